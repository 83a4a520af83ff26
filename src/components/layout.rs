//! Header, footer, skip link and language switch around every page, in the
//! visit's edition (see `site::page_lang`).

use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_location};

use super::page::{Motto, OrgName};
use crate::{
    content,
    lang::Lang,
    routes,
    site::{page_lang, use_address, use_site},
};

/// Moves focus itself: left to the browser, `#main` alone would resolve
/// against `<base href>` and lead to the home page, so the link names the
/// current page too, which is also what it does when the app is not running.
#[component]
pub fn SkipLink() -> impl IntoView {
    let location = use_location();
    let skip = |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        crate::browser::focus_id("main");
    };
    view! {
        <a class="skip-link" href=move || format!("{}#main", location.pathname.get()) on:click=skip>
            {content::ui(page_lang()).skip_link}
        </a>
    }
}

/// The navigation's links in one edition.
fn nav_links(lang: Lang, header_only: bool) -> impl IntoView {
    let site = use_site();
    routes::nav(site.has_posts(lang))
        .into_iter()
        .filter(move |p| p.in_header() || !header_only)
        .map(move |p| {
            let path = p.path(lang);
            view! {
                <li>
                    <A href=site.href(path) exact=path == routes::Page::Home.path(lang)>{p.meta(lang).nav_label}</A>
                </li>
            }
        })
        .collect_view()
}

#[component]
pub fn SiteHeader() -> impl IntoView {
    let site = use_site();
    let lang = page_lang();
    view! {
        <header class="site-header">
            <div class="wrap header-inner">
                // A plain link: the router still handles it, and only the nav marks the page.
                <a href=site.href(routes::Page::Home.path(lang)) class="brand">
                    <img class="brand-mark" src=site.href("/favicon.svg") alt="" width="40" height="40" />
                    <span class="brand-text">
                        <span class="brand-short">{content::ORG_SHORT}</span>
                        <span class="brand-long"><OrgName lang /></span>
                    </span>
                </a>
                <LanguageSwitch lang />
                <nav aria-label=content::ui(lang).nav_main>
                    <ul class="nav-list">{nav_links(lang, true)}</ul>
                </nav>
            </div>
        </header>
    }
}

/// The same page in the other edition: a plain link, named in its own
/// language, so it works (and is read right) without the app too. Followed
/// as a new page load, so the other edition arrives with its own head.
#[component]
fn LanguageSwitch(lang: Lang) -> impl IntoView {
    let site = use_site();
    let address = use_address();
    let other = lang.other();
    let href = move || address.with(|a| site.href(a.counterpart()));
    view! {
        <a class="lang-switch" href=href hreflang=other.tag() lang=other.tag() rel="external">
            {content::ui(other).switch_label}
        </a>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    let lang = page_lang();
    view! {
        <footer class="site-footer">
            <div class="wrap">
                <Motto lang />
                <p class="footer-name"><OrgName lang /></p>
                <nav aria-label=content::ui(lang).nav_footer>
                    <ul class="footer-links">{nav_links(lang, false)}</ul>
                </nav>
            </div>
        </footer>
    }
}
