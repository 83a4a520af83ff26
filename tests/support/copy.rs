//! Every string of an edition's copy, and the words "Where to start" shows
//! from `content/resources.toml`: what the language checks compare. Shared
//! by `tests/editions.rs` and the `copy_strings` example that the browser
//! tests run (`tests/e2e/french.test.mjs`).

use itpo_site::{content::all_as_json, lang::Lang, prerender::resources};

/// The edition's copy as JSON, with its resources' words under `resources`.
/// `all_words`: also the bodies' English names that a French page shows
/// marked as English (not its copy, but what the term checks read), and the
/// links' texts.
pub fn edition(lang: Lang, all_words: bool) -> serde_json::Value {
    let mut copy: serde_json::Value = serde_json::from_str(&all_as_json(lang)).unwrap();
    let list = resources::parse(
        "resources.toml",
        include_str!("../../content/resources.toml"),
    )
    .unwrap();
    let words: Vec<String> = list
        .iter()
        .flat_map(|r| {
            let (name, is_english) = r.name_in(lang);
            let shown = lang == Lang::En || !is_english || all_words;
            shown
                .then(|| name.to_string())
                .into_iter()
                .chain(all_words.then(|| r.link_in(lang).to_string()))
                .chain([r.does[lang].clone()])
                .chain(r.note.as_ref().map(|n| n[lang].clone()))
        })
        .collect();
    copy["resources"] = words.into();
    copy
}

/// Every string in a JSON value, once.
#[allow(dead_code)] // The example needs only `edition`.
pub fn strings(value: &serde_json::Value) -> std::collections::BTreeSet<String> {
    fn walk(v: &serde_json::Value, out: &mut std::collections::BTreeSet<String>) {
        match v {
            serde_json::Value::String(s) => {
                out.insert(s.clone());
            }
            serde_json::Value::Array(a) => a.iter().for_each(|v| walk(v, out)),
            serde_json::Value::Object(o) => o.values().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let mut out = Default::default();
    walk(value, &mut out);
    out
}
