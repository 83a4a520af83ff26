//! How the app takes over a page. Hosts serve one prerendered file at many
//! URLs (`/story/index.html`, `/story` without a redirect, `/Story/`, an SPA
//! fallback answering every path with the home page), so before the router
//! starts the URL is put in its one canonical form, and the page is adopted
//! (hydrated) only if its HTML was rendered for the page that URL names.
//! Otherwise the app renders the right page afresh: hydrating one page's HTML
//! as another's panics midway, and would show one page under another's title.

use crate::{address::Address, lang::Lang, posts, routes};

/// A URL's path, once its variants are set aside.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Landing {
    /// The path the router should see: the page's own path under the base,
    /// or, for a path no page claims, the path as it came.
    pub pathname: String,
    /// What it shows.
    pub address: Address,
}

/// `base` is `""` at the root or `"/itpo"` under a sub-path. Accepts a
/// trailing `index.html`, a missing trailing slash, repeated slashes and any
/// letter case, since each of those reaches a real page on some host.
pub fn landing(pathname: &str, base: &str) -> Landing {
    let address = strip_prefix_ignore_case(pathname, base)
        .filter(|below_base| below_base.is_empty() || below_base.starts_with('/'))
        .map(address_below_base)
        .unwrap_or(Address::NotFound);
    Landing {
        pathname: match address.path() {
            Some(path) => routes::href(base, &path),
            None => pathname.to_string(),
        },
        address,
    }
}

fn address_below_base(below_base: &str) -> Address {
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
    routes::ALL
        .iter()
        .copied()
        .flat_map(|page| Lang::ALL.map(|lang| (page, lang)))
        .find(|(page, lang)| page.path(*lang).eq_ignore_ascii_case(&wanted))
        .map(|(page, lang)| Address::Page(page, lang))
        .or_else(|| post_address(segments))
        .unwrap_or(Address::NotFound)
}

/// A post's address in either edition, in any case: slugs are lower case.
/// Whether the post exists, its data file's 404 says (`api.rs`).
fn post_address(segments: &[&str]) -> Option<Address> {
    let (slug, list) = segments.split_last()?;
    let list = format!("/{}/", list.join("/"));
    let lang = Lang::ALL
        .into_iter()
        .find(|lang| routes::Page::Work.path(*lang).eq_ignore_ascii_case(&list))?;
    let slug = slug.to_ascii_lowercase();
    posts::is_slug(&slug).then_some(Address::Post { slug, lang })
}

/// Hydrate only HTML that was rendered for the page the URL names.
pub fn can_hydrate(rendered_for: Option<&str>, landing: &Landing) -> bool {
    rendered_for == Some(&*landing.address.key())
}

fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

/// In the browser: puts the URL in its canonical form (keeping the query and
/// fragment) and gives the address whose HTML the app adopts as it is, or
/// `None` when it cannot: then the prerendered body and the head links that
/// belong to the other page are removed, so the app renders into a clean page.
#[cfg(target_arch = "wasm32")]
pub fn prepare(base: &str) -> Option<Address> {
    use crate::browser;
    let here = landing(&browser::pathname(), base);
    browser::replace_pathname(&here.pathname);
    if can_hydrate(browser::page_rendered_for().as_deref(), &here) {
        Some(here.address)
    } else {
        browser::clear_page_for_render();
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::address::NOT_FOUND_KEY;

    fn path_of(pathname: &str, base: &str) -> (String, Option<String>) {
        let l = landing(pathname, base);
        (l.pathname, l.address.path().map(String::from))
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
            assert_eq!(l.address.path().as_deref(), Some(want), "{url}");
            assert_eq!(l.address.lang(), Lang::Fr, "{url}");
        }
        // An English post path under the French list, and unknown French paths.
        assert_eq!(landing("/fr/work/a/", "").address, Address::NotFound);
        assert_eq!(landing("/fr/nope/", "").address.lang(), Lang::En);
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
