//! How the endpoint answers a plain HTML send of the join form (a browser
//! navigation, `Accept: text/html`), as Formspree and Web3Forms do: on to
//! the redirect field's address when it is the site's own, else a small
//! thank-you page; a rejected send gets a page naming each problem, with a
//! way back to the form (the browser keeps typed answers on Back). The
//! checks and storage are the `fetch` path's (`endpoint.rs`).

use serde_json::{Map, Value};

use itpo_site::{join::SiteKey, markup::escape};

use crate::{
    http::Response,
    submission::{field_label, language, text},
};

/// The fields form services read the redirect address from: Web3Forms'
/// `redirect` and Formspree's `_next`.
pub const REDIRECT_FIELDS: [&str; 2] = ["redirect", "_next"];

/// Whether a request is a browser's own form navigation rather than a
/// script's `fetch` (which asks for JSON).
pub fn is_plain(accept: Option<&str>) -> bool {
    accept.is_some_and(|a| a.contains("text/html"))
}

/// Where to send the member after an accepted plain send: the redirect
/// field's URL, only when it parses as a URL on `site_origin` (never an open
/// redirect) and holds no control character (which would end the `Location`
/// header and start one of the sender's choosing); as the parser writes it,
/// so anything unusual in it is percent-encoded.
pub fn redirect_to(fields: &Map<String, Value>, site_origin: Option<&str>) -> Option<String> {
    let site = url::Url::parse(site_origin?).ok()?.origin();
    let raw = REDIRECT_FIELDS
        .iter()
        .map(|f| text(fields, f))
        .find(|u| !u.is_empty())?;
    if raw.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return None;
    }
    let url = url::Url::parse(raw).ok()?;
    (url.origin() == site).then(|| url.to_string())
}

/// The fields' language: French when the form said `fr-CA`.
fn french(fields: &Map<String, Value>) -> bool {
    text(fields, SiteKey::Locale.key()).starts_with("fr")
}

/// Accepted: `303 See Other` to the site's thank-you page, or a page of our own.
pub fn accepted(fields: &Map<String, Value>, site_origin: Option<&str>) -> Response {
    if let Some(url) = redirect_to(fields, site_origin) {
        return Response::new(303, "text/plain; charset=utf-8", "").with_header("Location", &url);
    }
    let (lang, title, body) = if french(fields) {
        (
            "fr-CA",
            "Merci",
            "Votre demande d’adhésion a bien été reçue.",
        )
    } else {
        (
            "en-CA",
            "Thank you",
            "Your membership request has been received.",
        )
    };
    page(
        200,
        lang,
        title,
        &format!("<p>{body}</p>{}", back_link(site_origin, french(fields))),
    )
}

/// A body that is neither form-encoded nor JSON (not the form's own send):
/// its language is unknown, so the page says it in both.
pub fn unreadable() -> Response {
    page(
        400,
        "en-CA",
        "Your request could not be received",
        "<p>Your request could not be received. Please go back and send the form again, \
         or try again later.</p>\
         <section lang=\"fr-CA\"><h2>Votre demande n’a pas pu être reçue</h2>\
         <p>Revenez au formulaire et envoyez-le de nouveau, ou réessayez plus tard.</p></section>",
    )
}

/// Checked but not stored (the disk is full or unwritable): nothing was
/// received, and the member's answers are still in the form.
pub fn not_stored(fields: &Map<String, Value>) -> Response {
    let (lang, title, body) = if french(fields) {
        (
            "fr-CA",
            "La demande n’a pas pu être enregistrée",
            "Un problème de notre côté a empêché d’enregistrer votre demande. \
             Revenez au formulaire avec le bouton de retour («\u{a0}Précédent\u{a0}») de votre \
             navigateur\u{a0}: vos réponses devraient s’y trouver encore. Réessayez plus tard.",
        )
    } else {
        (
            "en-CA",
            "Your request could not be saved",
            "A problem on our side kept your request from being saved. Go back to the form \
             with your browser’s Back button: your answers should still be there. Please try again later.",
        )
    };
    page(500, lang, title, &format!("<p>{body}</p>"))
}

/// Rejected: each problem by field, and the way back.
pub fn rejected(status: u16, fields: Option<&Map<String, Value>>, errors: &[Value]) -> Response {
    let fr = fields.is_some_and(french);
    let (tag, title, lead, back) = if fr {
        (
            "fr-CA",
            "Votre demande n’a pas été acceptée",
            "Veuillez corriger ce qui suit\u{a0}:",
            "Revenez au formulaire avec le bouton de retour («\u{a0}Précédent\u{a0}») de votre navigateur\u{a0}: \
             vos réponses devraient s’y trouver encore.",
        )
    } else {
        (
            "en-CA",
            "Your request was not accepted",
            "Please correct the following:",
            "Go back to the form with your browser’s Back button: your answers should still be there.",
        )
    };
    let lang = fields.map_or(itpo_site::lang::Lang::En, language);
    let items: String = errors
        .iter()
        .map(|e| {
            let line = itpo_site::content::validation(lang).summary_line(
                field_label(e["field"].as_str().unwrap_or(""), lang),
                e["message"].as_str().unwrap_or(""),
            );
            format!("<li>{}</li>", escape(&line))
        })
        .collect();
    page(
        status,
        tag,
        title,
        &format!("<p>{lead}</p><ul>{items}</ul><p>{back}</p>"),
    )
}

fn back_link(site_origin: Option<&str>, fr: bool) -> String {
    match site_origin {
        Some(site) => format!(
            "<p><a href=\"{}/\">{}</a></p>",
            escape(site.trim_end_matches('/')),
            if fr {
                "Retour au site"
            } else {
                "Back to the site"
            }
        ),
        None => String::new(),
    }
}

fn page(status: u16, lang: &str, title: &str, body: &str) -> Response {
    Response::new(
        status,
        "text/html; charset=utf-8",
        format!(
            "<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
             <title>{title}</title></head><body><main><h1>{title}</h1>{body}</main></body></html>\n"
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn fields(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn redirects_only_to_the_sites_own_origin() {
        let site = Some("http://127.0.0.1:4000");
        let to = |url: &str| redirect_to(&fields(json!({ "redirect": url })), site);
        assert_eq!(
            to("http://127.0.0.1:4000/join/thanks/").as_deref(),
            Some("http://127.0.0.1:4000/join/thanks/")
        );
        assert_eq!(to("https://evil.example/"), None);
        // A line break would end the Location header and start one of the sender's.
        assert_eq!(to("http://127.0.0.1:4000/t/\r\nSet-Cookie: a=1"), None);
        assert_eq!(to("http://127.0.0.1:4000/t/\nX: 1"), None);
        // What the URL parser rewrites comes out percent-encoded.
        assert_eq!(
            to("http://127.0.0.1:4000/t/é\"<").as_deref(),
            Some("http://127.0.0.1:4000/t/%C3%A9%22%3C")
        );
        assert_eq!(to("http://127.0.0.1:4000@evil.example/"), None);
        // A look-alike host that merely starts with the site's origin.
        assert_eq!(to("http://127.0.0.1:40000/x"), None);
        assert_eq!(to("http://127.0.0.1:4000.evil.example/"), None);
        assert_eq!(
            redirect_to(
                &fields(json!({ "_next": "http://127.0.0.1:4000/t/" })),
                site
            )
            .as_deref(),
            Some("http://127.0.0.1:4000/t/")
        );
        assert_eq!(
            redirect_to(
                &fields(json!({ "redirect": "http://127.0.0.1:4000/t/" })),
                None
            ),
            None
        );
    }

    #[test]
    fn pages_name_each_problem_in_the_members_language() {
        let errors = [json!({"field": "name", "message": "<b>needed</b>"})];
        let r = rejected(422, Some(&fields(json!({"locale": "fr-CA"}))), &errors);
        let body = String::from_utf8(r.body).unwrap();
        assert_eq!(r.status, 422);
        assert!(body.contains("lang=\"fr-CA\"") && body.contains("Précédent"));
        let label = itpo_site::content::validation(itpo_site::lang::Lang::Fr).summary_name;
        assert!(body.contains("&lt;b&gt;needed&lt;/b&gt;"));
        assert!(
            body.contains(&format!("<li>{label}\u{a0}: &lt;b&gt;")),
            "{body}"
        );
        let ok = accepted(
            &fields(json!({"redirect": "https://evil.example/"})),
            Some("http://s"),
        );
        assert_eq!(ok.status, 200);
        assert!(String::from_utf8(ok.body).unwrap().contains("Thank you"));
        assert!(is_plain(Some("text/html,application/xhtml+xml")));
        assert!(!is_plain(Some("application/json")) && !is_plain(None));
    }
}
