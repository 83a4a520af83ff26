//! Reading the site's own data files (`config.json`, `directors.json`, a
//! built page's `data/pages/….json`) from
//! beside the app, under the public URL, so a deployer edits them without a
//! rebuild.

use crate::{
    built_page::{self, BuiltPage},
    config,
    content::directors,
};

/// Fetches a file that sits under the site's base path.
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

pub async fn load_directors() -> Result<Vec<directors::Director>, String> {
    directors::parse(&fetch_text(directors::DATA_FILE).await?)
}

/// A built page below the base, for in-place navigation to it; `Ok(None)`
/// when there is no such page (its file answers 404). Fetched once however
/// many ask for it at once (a link pointed at, then followed); nothing is
/// kept here (the view keeps the pages it showed), so a failed page is
/// fetched again on the next visit.
#[cfg(target_arch = "wasm32")]
pub async fn load_built_page(path: &str) -> Result<Option<BuiltPage>, String> {
    use futures::channel::oneshot;
    type Waiting = Vec<oneshot::Sender<Result<Option<BuiltPage>, String>>>;
    thread_local! {
        /// The pages being fetched, with whoever else waits for each.
        static FETCHING: std::cell::RefCell<std::collections::HashMap<String, Waiting>> =
            Default::default();
    }
    let already = FETCHING.with_borrow_mut(|all| match all.get_mut(path) {
        Some(waiting) => {
            let (answer, wait) = oneshot::channel();
            waiting.push(answer);
            Some(wait)
        }
        None => {
            all.insert(path.to_string(), Vec::new());
            None
        }
    });
    if let Some(wait) = already {
        return wait
            .await
            .unwrap_or_else(|_| Err(format!("{path} was not fetched")));
    }
    let result = fetch_built_page(path.to_string()).await;
    for answer in FETCHING
        .with_borrow_mut(|all| all.remove(path))
        .unwrap_or_default()
    {
        _ = answer.send(result.clone());
    }
    result
}

#[cfg(not(target_arch = "wasm32"))]
pub async fn load_built_page(path: &str) -> Result<Option<BuiltPage>, String> {
    fetch_built_page(path.to_string()).await
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
