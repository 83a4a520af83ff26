//! Reading the site's own data files (`config.json`, `directors.json`, a
//! post's `data/posts/<slug>.json`) from
//! beside the app, under the public URL, so a deployer edits them without a
//! rebuild.

use crate::{config, content::directors, posts};

/// Fetches a file that sits under the site's base path.
#[cfg(target_arch = "wasm32")]
async fn fetch_text(file: &str) -> Result<String, String> {
    let url = format!("{}/{file}", config::base_path());
    let response = gloo_net::http::Request::get(&url)
        .header("Accept", "application/json")
        .send()
        .await
        .map_err(|e| format!("{file} could not be read: {e}"))?;
    if !response.ok() {
        return Err(format!("{file} answered HTTP {}", response.status()));
    }
    response
        .text()
        .await
        .map_err(|e| format!("{file} could not be read: {e}"))
}

#[cfg(not(target_arch = "wasm32"))]
async fn fetch_text(file: &str) -> Result<String, String> {
    Err(format!("{file} is only fetched in the browser"))
}

pub async fn load_config() -> config::SiteConfig {
    match fetch_text(config::FILE).await {
        Ok(text) => config::parse(&text),
        Err(reason) => config::SiteConfig::unavailable(reason),
    }
}

pub async fn load_directors() -> Result<Vec<directors::Director>, String> {
    directors::parse(&fetch_text(directors::DATA_FILE).await?)
}

/// One post's HTML, for in-place navigation to it.
pub async fn load_post(slug: &str) -> Result<posts::PostBody, String> {
    let file = posts::body_file(slug);
    crate::json::parse(&fetch_text(&file).await?).map_err(|e| format!("{file}: {e}"))
}
