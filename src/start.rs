//! How the app takes over a page. Hosts serve one prerendered file at many
//! URLs (`/story/index.html`, `/story` without a redirect, `/Story/`, an SPA
//! fallback answering every path with the home page), so before the router
//! starts the URL is put in its one canonical form, and the page is adopted
//! (hydrated) only if its HTML was rendered for the page that URL names.
//! Otherwise the app renders the right page afresh: hydrating one page's HTML
//! as another's panics midway, and would show one page under another's title.

use crate::{lang::Lang, routes};

/// Written on `<html data-page="…">` of the not-found page (`404.html`).
pub const NOT_FOUND_KEY: &str = "404";

/// What a page's HTML was rendered for: a page's path, or [`NOT_FOUND_KEY`].
pub fn page_key(page: Option<&str>) -> &str {
    page.unwrap_or(NOT_FOUND_KEY)
}

/// What a URL's path names once its variants are set aside.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Landing {
    /// The path the router should see: the page's own path under the base,
    /// or, for a path no page claims, the path as it came.
    pub pathname: String,
    /// The page's path below the base (`/story/`, `/work/town-hall/`).
    pub page: Option<String>,
}

/// `base` is `""` at the root or `"/itpo"` under a sub-path. Accepts a
/// trailing `index.html`, a missing trailing slash, repeated slashes and any
/// letter case, since each of those reaches a real page on some host.
pub fn landing(pathname: &str, base: &str) -> Landing {
    let not_found = || Landing {
        pathname: pathname.to_string(),
        page: None,
    };
    let Some(below_base) = strip_prefix_ignore_case(pathname, base) else {
        return not_found();
    };
    if !(below_base.is_empty() || below_base.starts_with('/')) {
        return not_found();
    }
    let segments: Vec<&str> = below_base.split('/').filter(|s| !s.is_empty()).collect();
    let segments = match segments.split_last() {
        Some((last, rest)) if last.eq_ignore_ascii_case("index.html") => rest,
        _ => &segments[..],
    };
    let wanted = if segments.is_empty() {
        "/".to_string()
    } else {
        format!("/{}/", segments.join("/"))
    };
    let page = routes::ALL
        .iter()
        .flat_map(|p| Lang::ALL.map(|lang| p.path(lang)))
        .find(|p| p.eq_ignore_ascii_case(&wanted))
        .map(str::to_string)
        .or_else(|| post_path(segments));
    match page {
        Some(page) => Landing {
            pathname: routes::href(base, &page),
            page: Some(page),
        },
        None => not_found(),
    }
}

/// A post's path in either edition, in any case: slugs are lower case.
/// Whether the post exists is the router's to say.
fn post_path(segments: &[&str]) -> Option<String> {
    let (slug, list) = segments.split_last()?;
    let list = format!("/{}/", list.join("/"));
    let lang = Lang::ALL
        .into_iter()
        .find(|lang| routes::Page::Work.path(*lang).eq_ignore_ascii_case(&list))?;
    let slug = slug.to_ascii_lowercase();
    crate::posts::is_slug(&slug).then(|| crate::posts::path(&slug, lang))
}

/// The edition a URL's page belongs to. Paths no page claims are shown the
/// not-found page, which is one page for both languages (`404.html`), in
/// the English frame.
pub fn lang_of(landing: &Landing) -> Lang {
    landing
        .page
        .as_deref()
        .map(routes::lang_of)
        .unwrap_or_default()
}

/// Hydrate only HTML that was rendered for the page the URL names.
pub fn can_hydrate(rendered_for: Option<&str>, landing: &Landing) -> bool {
    rendered_for == Some(page_key(landing.page.as_deref()))
}

fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

/// In the browser: puts the URL in its canonical form (keeping the query and
/// fragment) and says whether the HTML can be adopted as it is. When it
/// cannot, the prerendered body and the head links that belong to the other
/// page are removed, so the app renders into a clean page.
#[cfg(target_arch = "wasm32")]
pub fn prepare(base: &str) -> bool {
    use crate::browser;
    let here = landing(&browser::pathname(), base);
    browser::replace_pathname(&here.pathname);
    let hydrate = can_hydrate(browser::page_rendered_for().as_deref(), &here);
    if !hydrate {
        browser::clear_page_for_render();
    }
    hydrate
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path_of(pathname: &str, base: &str) -> (String, Option<String>) {
        let l = landing(pathname, base);
        (l.pathname, l.page)
    }

    #[test]
    fn every_variant_of_a_page_url_lands_on_that_page() {
        for (url, want) in [
            ("/", "/"),
            ("/index.html", "/"),
            ("/INDEX.HTML", "/"),
            ("", "/"),
            ("/story/", "/story/"),
            ("/story", "/story/"),
            ("/story/index.html", "/story/"),
            ("/Story/", "/story/"),
            ("//story//", "/story/"),
            ("/mission/index.html", "/mission/"),
        ] {
            assert_eq!(
                path_of(url, ""),
                (want.to_string(), Some(want.to_string())),
                "{url}"
            );
        }
    }

    #[test]
    fn under_a_sub_path_the_base_is_kept() {
        assert_eq!(
            path_of("/itpo/join/index.html", "/itpo"),
            ("/itpo/join/".into(), Some("/join/".into()))
        );
        assert_eq!(
            path_of("/itpo", "/itpo"),
            ("/itpo/".into(), Some("/".into()))
        );
        assert_eq!(
            path_of("/ITPO/Story", "/itpo"),
            ("/itpo/story/".into(), Some("/story/".into()))
        );
        // Outside the base, or a longer name that only starts like it.
        assert_eq!(path_of("/story/", "/itpo"), ("/story/".into(), None));
        assert_eq!(path_of("/itpox/", "/itpo"), ("/itpox/".into(), None));
    }

    #[test]
    fn unknown_paths_are_not_found_and_left_as_they_are() {
        for url in [
            "/nope",
            "/story/extra/",
            "/index.html/story",
            "/story.html",
            "/work/a/b/",
            "/work/no%20such/",
        ] {
            assert_eq!(path_of(url, ""), (url.to_string(), None), "{url}");
        }
    }

    #[test]
    fn posts_land_on_their_one_path() {
        for url in [
            "/work/town-hall",
            "/work/town-hall/index.html",
            "/Work/Town-Hall/",
        ] {
            assert_eq!(
                path_of(url, ""),
                ("/work/town-hall/".into(), Some("/work/town-hall/".into())),
                "{url}"
            );
        }
        assert_eq!(
            path_of("/itpo/work", "/itpo"),
            ("/itpo/work/".into(), Some("/work/".into()))
        );
    }

    #[test]
    fn french_pages_and_posts_land_in_the_french_edition() {
        for (url, want) in [
            ("/fr", "/fr/"),
            ("/FR/Notre-Histoire", "/fr/notre-histoire/"),
            ("/fr/adhesion/index.html", "/fr/adhesion/"),
            (
                "/fr/nos-activites/Assemblee",
                "/fr/nos-activites/assemblee/",
            ),
        ] {
            let l = landing(url, "");
            assert_eq!(l.page.as_deref(), Some(want), "{url}");
            assert_eq!(lang_of(&l), Lang::Fr, "{url}");
        }
        // An English post path under the French list, and unknown French paths.
        assert_eq!(landing("/fr/work/a/", "").page, None);
        assert_eq!(lang_of(&landing("/fr/nope/", "")), Lang::En);
    }

    #[test]
    fn only_html_rendered_for_the_landing_page_is_adopted() {
        let story = landing("/story/index.html", "");
        assert!(can_hydrate(Some("/story/"), &story));
        assert!(!can_hydrate(Some("/"), &story));
        assert!(!can_hydrate(None, &story));
        // An SPA fallback serving the home page for an unknown path.
        let unknown = landing("/nope/", "");
        assert!(!can_hydrate(Some("/"), &unknown));
        assert!(can_hydrate(Some(NOT_FOUND_KEY), &unknown));
        // The not-found page served for a known page in another case: render that page.
        assert!(!can_hydrate(Some(NOT_FOUND_KEY), &landing("/JOIN/", "")));
    }
}
