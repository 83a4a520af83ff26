//! Prints both editions' copy as JSON, for the browser tests' language
//! checks: `cargo run --features ssr --example copy_strings`.

#[path = "copy.rs"]
mod copy;

use itpo_site::lang::Lang;

fn main() {
    let json = serde_json::json!({
        "en-CA": copy::edition(Lang::En, false),
        "fr-CA": copy::edition(Lang::Fr, false),
    });
    println!("{json}");
}
