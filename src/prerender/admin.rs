//! The content editor's page at `/admin/` and the pages' copy its preview
//! uses. The editor itself (Sveltia CMS, bundled with `admin/main.js`) and its
//! configuration are put beside them by `scripts/build-admin.mjs`; this side
//! owns what must agree with the rest of the build: the editor's policy (the
//! same as its headers), `noindex`, and the copy from `src/content/`.

use serde_json::json;

use super::policy::meta_only;
use crate::{
    content::{self, document_title},
    lang::Lang,
    markup::escape,
};

/// The content editor's folder under the site's base (`scripts/build-admin.mjs` fills it).
pub const ADMIN_FOLDER: &str = "admin";

/// The content editor's policy (Sveltia CMS, bundled into the site: docs/editing.md). Only
/// what the editor needs: its own scripts and wasm, with no `'unsafe-eval'`; the inline styles its
/// components inject (allowed here only); the repository host's API (GitHub's, and the
/// volunteer's avatar); blob and data URLs for pictures being uploaded and the preview,
/// which is a `blob:` frame.
pub fn admin_directives() -> Vec<(&'static str, String)> {
    [
        ("default-src", "'none'"),
        // The post preview runs the site's Markdown rules compiled to wasm (crates/preview).
        ("script-src", "'self' 'wasm-unsafe-eval'"),
        ("style-src", "'self' 'unsafe-inline'"),
        (
            "img-src",
            "'self' blob: data: https://avatars.githubusercontent.com",
        ),
        ("font-src", "'self'"),
        ("connect-src", "'self' blob: data: https://api.github.com"),
        ("frame-src", "blob:"),
        ("worker-src", "'self' blob:"),
        ("manifest-src", "'self'"),
        ("base-uri", "'self'"),
        ("form-action", "'none'"),
        ("frame-ancestors", "'none'"),
        ("object-src", "'none'"),
    ]
    .into_iter()
    .map(|(name, value)| (name, value.to_string()))
    .collect()
}

/// `admin/index.html`: no inline script or style, the editor's own policy
/// (hosts that send no headers have only this one), and a note in both
/// languages for a browser that cannot run the editor (no JavaScript, or too
/// old): `admin/main.js` removes it as the editor starts.
pub fn page() -> String {
    let [en, fr] = Lang::ALL.map(content::admin);
    format!(
        "<!doctype html>\n<html lang=\"{}\">\n<head>\n\
         <meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"robots\" content=\"noindex, nofollow\">\n\
         <title>{}</title>\n\
         <link rel=\"icon\" href=\"../favicon.svg\" type=\"image/svg+xml\">\n\
         <script type=\"module\" src=\"cms.js\"></script>\n\
         </head>\n<body>\n<main id=\"{NEEDS_SCRIPT_ID}\"><p>{}</p><p lang=\"{}\">{}</p></main>\n</body>\n</html>\n",
        Lang::En.tag(),
        escape(&meta_only(admin_directives())),
        escape(&document_title(en.title)),
        escape(en.needs_script),
        Lang::Fr.tag(),
        escape(fr.needs_script),
    )
}

/// The note's id, which `admin/main.js` removes.
const NEEDS_SCRIPT_ID: &str = "editor-needs-script";

/// `admin/preview.json`: the words the post page and the directors page show
/// around an entry, per language, so the preview says what the page will.
pub fn preview_copy() -> String {
    let mut out = json!({});
    let (mut directors, mut refused) = (json!({}), json!({}));
    for lang in Lang::ALL {
        out[lang.code()] = json!(content::work(lang));
        directors[lang.code()] = json!(content::pages(lang).directors.heading);
        refused[lang.code()] = json!(content::admin(lang).preview_refused);
    }
    out["directors"] = directors;
    out["refused"] = refused;
    out.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_editors_page_carries_its_own_policy_and_stays_out_of_search() {
        let page = page();
        assert!(page.contains("<meta name=\"robots\" content=\"noindex, nofollow\">"));
        let policy = meta_only(admin_directives());
        assert!(page.contains(&escape(&policy)));
        assert!(!policy.contains("'unsafe-eval'"), "{policy}");
        assert!(policy.contains("connect-src 'self' blob: data: https://api.github.com"));
        assert!(policy.contains("frame-src blob:"));
        // Nothing inline for the policy to allow.
        assert!(!page.contains("<script>") && !page.contains("<style"));
        assert!(page.contains("<script type=\"module\" src=\"cms.js\"></script>"));
    }

    #[test]
    fn the_preview_has_each_editions_words() {
        let copy: serde_json::Value = serde_json::from_str(&preview_copy()).unwrap();
        assert_eq!(copy["en"]["published"], content::work(Lang::En).published);
        assert_eq!(copy["fr"]["months"][7], "août");
        assert_eq!(
            copy["directors"]["fr"],
            content::pages(Lang::Fr).directors.heading
        );
    }
}
