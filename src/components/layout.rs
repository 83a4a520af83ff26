//! Header, footer and skip link around every page.

use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_location};

use super::page::Motto;
use crate::{content, routes, site::use_site};

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
            {content::ui::SKIP_LINK}
        </a>
    }
}

#[component]
pub fn SiteHeader() -> impl IntoView {
    let site = use_site();
    let links = routes::nav(site.has_posts())
        .into_iter()
        .filter(|p| p.in_header)
        .map(|p| {
            view! {
                <li>
                    <A href=site.href(p.path) exact=p.path == "/">{p.nav_label}</A>
                </li>
            }
        })
        .collect_view();
    view! {
        <header class="site-header">
            <div class="wrap header-inner">
                // A plain link: the router still handles it, and only the nav marks the page.
                <a href=site.href("/") class="brand">
                    <img class="brand-mark" src=site.href("/favicon.svg") alt="" width="40" height="40" />
                    <span class="brand-text">
                        <span class="brand-short">{content::ORG_SHORT}</span>
                        <span class="brand-long">{content::ORG_NAME}</span>
                    </span>
                </a>
                <nav aria-label=content::ui::NAV_MAIN>
                    <ul class="nav-list">{links}</ul>
                </nav>
            </div>
        </header>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    let site = use_site();
    let links = routes::nav(site.has_posts())
        .into_iter()
        .map(|p| view! { <li><A href=site.href(p.path) exact=p.path == "/">{p.nav_label}</A></li> })
        .collect_view();
    view! {
        <footer class="site-footer">
            <div class="wrap">
                <Motto />
                <p class="footer-name">{content::ORG_NAME}</p>
                <nav aria-label=content::ui::NAV_FOOTER>
                    <ul class="footer-links">{links}</ul>
                </nav>
            </div>
        </footer>
    }
}
