//! Reading the site's own data files (`config.json`, `directors.json`, a
//! built page's `data/pages/….json`) from
//! beside the app, under the public URL, so a deployer edits them without a
//! rebuild.

use crate::{
    built_page::{self, BuiltPage},
    config, directors,
};

/// Why a file could not be read: `status` is the HTTP status when there was one.
pub struct FetchError {
    pub status: Option<u16>,
    pub message: String,
}

impl From<FetchError> for String {
    fn from(e: FetchError) -> String {
        e.message
    }
}

/// Fetches a file that sits under the site's base path.
#[cfg(target_arch = "wasm32")]
async fn fetch_text(file: &str) -> Result<String, FetchError> {
    let url = format!("{}/{file}", config::base_path());
    let response = gloo_net::http::Request::get(&url)
        .header("Accept", "application/json")
        .send()
        .await
        .map_err(|e| FetchError {
            status: None,
            message: format!("{file} could not be read: {e}"),
        })?;
    if !response.ok() {
        return Err(FetchError {
            status: Some(response.status()),
            message: format!("{file} answered HTTP {}", response.status()),
        });
    }
    response.text().await.map_err(|e| FetchError {
        status: None,
        message: format!("{file} could not be read: {e}"),
    })
}

#[cfg(not(target_arch = "wasm32"))]
async fn fetch_text(file: &str) -> Result<String, FetchError> {
    Err(FetchError {
        status: None,
        message: format!("{file} is only fetched in the browser"),
    })
}

pub async fn load_config() -> config::SiteConfig {
    match fetch_text(config::FILE).await {
        Ok(text) => config::parse(&text),
        Err(e) => config::SiteConfig::unavailable(e.message),
    }
}

/// The live `directors.json`, read once in a visit; a missing or broken
/// file reads as no profiles (the build has checked the file it had).
pub async fn load_directors() -> Vec<directors::Director> {
    thread_local! {
        static READ: std::cell::RefCell<Option<Vec<directors::Director>>> = const {
            std::cell::RefCell::new(None)
        };
    }
    if let Some(list) = READ.with_borrow(Clone::clone) {
        return list;
    }
    let list = match fetch_text(directors::DATA_FILE).await {
        Ok(text) => directors::parse(&text),
        Err(e) => Err(e.message),
    }
    .unwrap_or_else(|e| {
        leptos::logging::warn!("{e}");
        Vec::new()
    });
    READ.with_borrow_mut(|read| *read = Some(list.clone()));
    list
}

/// One built page's fetch, which everyone who asks for the page awaits.
#[cfg(target_arch = "wasm32")]
type BuiltPageFetch = futures::future::Shared<
    futures::future::LocalBoxFuture<'static, Result<Option<BuiltPage>, String>>,
>;

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// The one store of built pages, by path: kept for the visit once here,
    /// since built pages change only with a new build. A visit holds a few
    /// pages, so a list (no hash map: its code would be the wasm's only one).
    static BUILT_PAGES: std::cell::RefCell<Vec<(String, BuiltPageFetch)>> = const {
        std::cell::RefCell::new(Vec::new())
    };
}

/// A built page below the base, for in-place navigation to it; `Ok(None)`
/// when there is no such page (its file answers 404). Fetched once however
/// many ask for it at once (a link pointed at, then followed), and kept; a
/// failure is not kept, so the next visit to the page asks again.
#[cfg(target_arch = "wasm32")]
pub async fn load_built_page(path: String) -> Result<Option<BuiltPage>, String> {
    use futures::FutureExt;
    let fetch = BUILT_PAGES.with_borrow_mut(|all| {
        if let Some((_, fetch)) = all.iter().find(|(p, _)| *p == path) {
            return fetch.clone();
        }
        let fetch = fetch_built_page(path.clone()).boxed_local().shared();
        all.push((path, fetch.clone()));
        fetch
    });
    let result = fetch.clone().await;
    if !matches!(result, Ok(Some(_))) {
        BUILT_PAGES.with_borrow_mut(|all| all.retain(|(_, f)| !f.ptr_eq(&fetch)));
    }
    result
}

/// The built page if the store has it: shown at once, without a request.
#[cfg(target_arch = "wasm32")]
pub fn stored_built_page(path: &str) -> Option<BuiltPage> {
    BUILT_PAGES.with_borrow(|all| {
        let (_, fetch) = all.iter().find(|(p, _)| p == path)?;
        fetch.peek()?.clone().ok().flatten()
    })
}

#[cfg(not(target_arch = "wasm32"))]
pub fn stored_built_page(_path: &str) -> Option<BuiltPage> {
    None
}

#[cfg(not(target_arch = "wasm32"))]
pub async fn load_built_page(path: String) -> Result<Option<BuiltPage>, String> {
    fetch_built_page(path).await
}

async fn fetch_built_page(path: String) -> Result<Option<BuiltPage>, String> {
    let file = built_page::data_file(&path);
    match fetch_text(&file).await {
        Ok(text) => crate::json::read(&text)
            .map(Some)
            .map_err(|e| format!("{file}: {e}")),
        Err(FetchError {
            status: Some(404), ..
        }) => Ok(None),
        Err(e) => Err(e.message),
    }
}
