//! The crate's modules depend on each other one way only (pages -> shared
//! site state and data -> join logic): a `use crate::` that closes a cycle
//! between top-level modules fails here, before it becomes a tangle.

use std::{
    collections::{BTreeMap, BTreeSet},
    fs,
    path::Path,
};

/// Top-level modules named after `crate::` in this text, however the `use`
/// is written (`crate::a::b`, `crate::{a, b::{c, d}}`).
fn crate_references(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = text;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // Names at the group's first level, before any `::`.
            let (mut depth, mut name, mut first_segment) = (0usize, String::new(), true);
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        if !name.is_empty() {
                            found.insert(std::mem::take(&mut name));
                        }
                        first_segment = true;
                    }
                    ':' if depth == 0 => first_segment = false,
                    c if depth == 0 && first_segment && (c.is_alphanumeric() || c == '_') => {
                        name.push(c)
                    }
                    c if depth == 0 && first_segment && c.is_whitespace() && !name.is_empty() => {
                        first_segment = false // `x as y`
                    }
                    _ => {}
                }
            }
            if !name.is_empty() {
                found.insert(name);
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                found.insert(name);
            }
        }
    }
    found
}

fn collect(dir: &Path, module: Option<&str>, graph: &mut BTreeMap<String, BTreeSet<String>>) {
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        if path.is_dir() {
            if module.is_none() && name == "bin" {
                continue; // the prerenderer binary is a user of the crate, not part of it
            }
            collect(&path, Some(module.unwrap_or(&name)), graph);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let Some(owner) = module
                .map(String::from)
                .or_else(|| (!matches!(name.as_str(), "lib" | "main")).then(|| name.clone()))
            else {
                continue;
            };
            let text = fs::read_to_string(&path).unwrap();
            let uses = graph.entry(owner.clone()).or_default();
            uses.extend(crate_references(&text).into_iter().filter(|m| *m != owner));
        }
    }
}

fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| p == node) {
            let mut found = path[i..].to_vec();
            found.push(node.to_string());
            return Some(found);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(c) = visit(next, graph, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|n| visit(n, graph, &mut Vec::new(), &mut done))
}

#[test]
fn references_are_read_in_every_form() {
    let refs = crate_references(
        "use crate::{\n    api, browser,\n    components::{layout::{A, B}, page::C},\n    x as y,\n};\nlet z = crate::routes::href();",
    );
    let want: BTreeSet<String> = ["api", "browser", "components", "x", "routes"]
        .map(String::from)
        .into();
    assert_eq!(refs, want);
}

#[test]
fn top_level_modules_form_no_cycle() {
    let mut graph = BTreeMap::new();
    collect(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        None,
        &mut graph,
    );
    assert!(graph.len() > 8, "read the crate: {graph:?}");
    assert_eq!(cycle(&graph), None, "module graph: {graph:#?}");
}
