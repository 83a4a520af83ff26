//! Site-wide state every page and component may read: the base path, the
//! deploy-time settings and the posts digest. Its own module so that
//! pages depend on it, and `app.rs` (which depends on the pages) does not
//! have to be imported by them.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::{
    address::Address,
    api, browser,
    built_page::PostsDigest,
    config::{self, SiteConfig},
    data,
    lang::Lang,
    own_task, start,
};

/// Shared, read-only site state, provided as context.
#[derive(Clone, Copy)]
pub struct Site {
    /// `""` at the root, `"/some/path"` under a sub-path.
    pub base: &'static str,
    /// The deploy-time settings: first those embedded at build time, then
    /// the live `config.json` (or why it could not be read).
    pub config: RwSignal<Option<SiteConfig>>,
    /// True once the live `config.json` has been read (or failed to be):
    /// only then is it certain whether the form can be sent.
    pub config_is_live: RwSignal<bool>,
    /// How many posts each edition has, as built.
    pub posts: StoredValue<PostsDigest>,
    /// False in the prerendered HTML and until the app has adopted all of
    /// it, the parts adopted in tasks of their own included (`own_task.rs`).
    pub started: RwSignal<bool>,
}

impl Site {
    /// ITPO's contact address from `config.json`, when the deployer gave one
    /// (reactive: the live file may add or change it).
    pub fn contact_email(&self) -> Option<String> {
        self.config
            .with(|c| c.as_ref().and_then(|c| c.contact_email.clone()))
    }

    /// Whether the edition has published posts.
    pub fn has_posts(&self, lang: Lang) -> bool {
        self.posts.with_value(|p| p.count(lang) > 0)
    }

    pub fn href(&self, path: &str) -> String {
        crate::routes::href(self.base, path)
    }
}

/// Builds the state from what the page carries (so the first render equals
/// the prerendered HTML), provides it, and once the app has adopted the
/// whole page in the browser (its parts adopted apart too: `own_task.rs`)
/// marks it started and reads the live `config.json`, so the join page is
/// ready when the member gets there.
pub fn provide_site() -> Site {
    let base = config::base_path();
    let embedded = data::load();
    let site = Site {
        base,
        config: RwSignal::new(embedded.config),
        config_is_live: RwSignal::new(false),
        started: RwSignal::new(false),
        posts: StoredValue::new(embedded.posts),
    };
    provide_context(site);
    // Effects run only in the browser, after the page's pass; its parts
    // adopted in tasks of their own follow (`own_task.rs`).
    Effect::new(move |_| {
        own_task::when_adopted(move || {
            site.started.set(true);
            browser::mark_started();
            leptos::task::spawn_local(async move {
                // In a task of its own: starting a fetch is work too.
                browser::next_task().await;
                site.config.set(Some(api::load_config().await));
                site.config_is_live.set(true);
            })
        })
    });
    site
}

pub fn use_site() -> Site {
    expect_context::<Site>()
}

/// The visit's edition, fixed once when the app starts.
#[derive(Clone, Copy)]
struct Edition(Lang);

/// Works out what the router's address shows, once per change of its path,
/// and fixes the edition of the visit from the address the app started at
/// (an address no page claims is shown in the English frame, as `404.html`
/// is). Called once, inside the router, around the frame and the pages.
pub fn provide_address() {
    let base = use_site().base;
    let pathname = use_location().pathname;
    let address = Memo::new(move |_| pathname.with(|p| start::landing(p, base).address));
    provide_context(Edition(address.with_untracked(Address::lang)));
    provide_context(address);
}

/// What the address on screen shows (`address.rs`).
pub fn use_address() -> Memo<Address> {
    expect_context::<Memo<Address>>()
}

/// The edition of the page on screen. It never changes within a visit:
/// links to the other edition (the language switch, the not-found page's
/// other half) load it as a new page (`rel="external"`), and any other link
/// into it, followed in place, loads it too (`pages/current.rs`); so the
/// frame, `<html lang>` and the whole head are always that edition's, as built.
pub fn page_lang() -> Lang {
    expect_context::<Edition>().0
}
