//! The crate's modules depend on each other one way only (pages -> shared
//! site state and data -> join logic), and so do the files inside each
//! module: a `use` that closes a cycle, between top-level modules or between
//! two files of one module, fails here, before it becomes a tangle.

use std::{
    collections::{BTreeMap, BTreeSet},
    fs,
    path::Path,
};

/// Top-level modules named after `crate::` in this text, however the `use`
/// is written (`crate::a::b`, `crate::{a, b::{c, d}}`).
fn crate_references(text: &str) -> BTreeSet<String> {
    names_after(text, "crate::")
}

/// The first names after each `prefix` in this text, however the `use` is written.
fn names_after(text: &str, prefix: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = text;
    while let Some(at) = rest.find(prefix) {
        // `crate::` inside `super::super::` or `a::crate::` is not this prefix.
        let before = &rest[..at];
        rest = &rest[at + prefix.len()..];
        if before.ends_with(':') || before.ends_with(|c: char| c.is_alphanumeric() || c == '_') {
            continue;
        }
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

/// A file's text without its unit tests, whose `super::` is the file itself.
fn without_tests(text: &str) -> &str {
    text.find("#[cfg(test)]\nmod tests")
        .map_or(text, |at| &text[..at])
}

/// The files of each module folder and which siblings each one uses, by
/// `super::file`, `super::Name` re-exported from a sibling by the folder's
/// `mod.rs` (`pub use file::Name`), or `crate::module::file`.
fn file_graphs(
    dir: &Path,
    module: &str,
    out: &mut Vec<(String, BTreeMap<String, BTreeSet<String>>)>,
) {
    let entries: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    let stem = |p: &Path| p.file_stem().unwrap().to_string_lossy().into_owned();
    let siblings: BTreeSet<String> = entries
        .iter()
        .filter(|p| p.is_dir() || p.extension().is_some_and(|e| e == "rs"))
        .map(|p| stem(p))
        .filter(|n| n != "mod")
        .collect();
    let mod_text = fs::read_to_string(dir.join("mod.rs")).unwrap_or_default();
    // `pub use answers::{Answers, Field};` names `Answers` and `Field` as `answers`.
    let mut reexported = BTreeMap::new();
    for line in mod_text.lines() {
        let Some(rest) = line.trim().strip_prefix("pub use ") else {
            continue;
        };
        let Some((file, names)) = rest.split_once("::") else {
            continue;
        };
        for name in names.split(|c: char| !(c.is_alphanumeric() || c == '_')) {
            if !name.is_empty() {
                reexported.insert(name.to_string(), file.to_string());
            }
        }
    }
    let mut graph = BTreeMap::new();
    for path in &entries {
        if path.is_dir() {
            file_graphs(path, &format!("{module}::{}", stem(path)), out);
            continue;
        }
        let name = stem(path);
        if name == "mod" || path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = fs::read_to_string(path).unwrap();
        let text = without_tests(&text);
        let uses: BTreeSet<String> = names_after(text, "super::")
            .into_iter()
            .chain(names_after(text, &format!("crate::{module}::")))
            .filter_map(|n| match reexported.get(&n) {
                Some(file) => Some(file.clone()),
                None => siblings.contains(&n).then_some(n),
            })
            .filter(|n| *n != name)
            .collect();
        graph.insert(name, uses);
    }
    out.push((module.to_string(), graph));
}

#[test]
fn files_inside_each_module_form_no_cycle() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut graphs = Vec::new();
    for entry in fs::read_dir(&src).unwrap().flatten() {
        let path = entry.path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if path.is_dir() && name != "bin" {
            file_graphs(&path, &name, &mut graphs);
        }
    }
    let join = graphs
        .iter()
        .find(|(m, _)| m == "join")
        .map(|(_, g)| g)
        .unwrap();
    assert!(
        join["payload"].contains("settings"),
        "read the join files: {join:?}"
    );
    for (module, graph) in &graphs {
        assert_eq!(cycle(graph), None, "files of {module}: {graph:#?}");
    }
}

#[test]
fn a_cycle_between_two_files_is_found() {
    let graph: BTreeMap<String, BTreeSet<String>> = [
        ("payload", vec!["settings", "answers"]),
        ("settings", vec!["payload"]),
        ("answers", vec![]),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.into_iter().map(String::from).collect()))
    .collect();
    assert_eq!(
        cycle(&graph),
        Some(vec!["payload".into(), "settings".into(), "payload".into()])
    );
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
