//! The arrows between the layers that must never exist (docs/architecture.md): a file of a layer
//! that names a module it may not use fails this test, so an arrow added back is caught at once.

use std::path::{Path, PathBuf};

/// The `.rs` files under `path` (or `path` itself).
fn files(path: &Path) -> Vec<PathBuf> {
    if path.is_file() {
        return vec![path.to_path_buf()];
    }
    let mut out = Vec::new();
    for entry in std::fs::read_dir(path).unwrap().flatten() {
        let p = entry.path();
        if p.is_dir() {
            out.extend(files(&p));
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
    out
}

/// Where `line` names `crate::module` (as a path, not in a comment).
fn names(line: &str, module: &str) -> bool {
    let code = line.split("//").next().unwrap_or("");
    let needle = format!("crate::{module}");
    code.match_indices(&needle).any(|(at, _)| {
        code[at + needle.len()..]
            .chars()
            .next()
            .is_none_or(|c| !(c.is_alphanumeric() || c == '_'))
    })
}

#[test]
fn no_layer_uses_one_it_may_not() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let rules: &[(&[&str], &[&str])] = &[
        (
            &["model"],
            &[
                "store",
                "app",
                "ui",
                "runtime",
                "history",
                "git_merge",
                "cli",
            ],
        ),
        (&["store"], &["app", "ui", "runtime", "cli"]),
        (
            &["ui"],
            &["store", "history", "git_merge", "runtime", "cli"],
        ),
        (
            &["app"],
            &["store", "history", "git_merge", "runtime", "cli"],
        ),
        (
            &["history.rs", "history", "git_merge.rs"],
            &["app", "ui", "runtime", "cli"],
        ),
        (&["export"], &["app", "store", "runtime", "cli"]),
        (&["report"], &["app", "runtime", "cli"]),
        (
            &["text.rs", "clock.rs", "places.rs", "log.rs", "i18n"],
            &["model", "store", "app", "ui", "export", "report"],
        ),
    ];
    let mut found = Vec::new();
    for (layers, forbidden) in rules {
        for layer in *layers {
            for file in files(&src.join(layer)) {
                let text = std::fs::read_to_string(&file).unwrap();
                for (n, line) in text.lines().enumerate() {
                    for module in *forbidden {
                        if names(line, module) {
                            found.push(format!(
                                "{}:{}: uses crate::{module}",
                                file.strip_prefix(&src).unwrap().display(),
                                n + 1
                            ));
                        }
                    }
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "arrows that must not exist:\n{}",
        found.join("\n")
    );
}

/// The model, the app and the UI do no IO: no file is read or written from them (the UI draws
/// from state; the runtime and the commands read and write).
#[test]
fn the_model_the_app_and_the_ui_touch_no_file() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    for layer in ["model", "app", "ui"] {
        for file in files(&src.join(layer)) {
            let text = std::fs::read_to_string(&file).unwrap();
            for (n, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or("");
                if ["std::fs", "fs::", "File::", "OpenOptions"]
                    .iter()
                    .any(|io| code.contains(io))
                {
                    found.push(format!(
                        "{}:{}: {}",
                        file.strip_prefix(&src).unwrap().display(),
                        n + 1,
                        line.trim()
                    ));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "IO where there must be none:\n{}",
        found.join("\n")
    );
}

/// No file under src/ is much over 450 lines of code before its tests, unless its first comment
/// says why it is one concern ("Longer than … on purpose: …").
#[test]
fn long_files_say_why() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    for file in files(&src) {
        let text = std::fs::read_to_string(&file).unwrap();
        let code = text
            .lines()
            .take_while(|l| !l.starts_with("#[cfg(test)]"))
            .count();
        let head: String = text
            .lines()
            .take_while(|l| l.starts_with("//!"))
            .collect::<Vec<_>>()
            .join("\n");
        if code > 470 && !head.contains("on purpose") {
            found.push(format!(
                "{}: {code} lines",
                file.strip_prefix(&src).unwrap().display()
            ));
        }
    }
    assert!(
        found.is_empty(),
        "long files that do not say why:\n{}",
        found.join("\n")
    );
}

/// The modules of one folder of src/app or src/ui (its files and subfolders), and which of them
/// each names: `crate::app::NAME`, `crate::app::FOLDER::NAME` or `super::NAME`.
fn folder_arrows(folder: &Path, root: &str) -> Vec<(String, Vec<String>)> {
    let mut modules: Vec<(String, PathBuf)> = Vec::new();
    for entry in std::fs::read_dir(folder).unwrap().flatten() {
        let p = entry.path();
        let name = p.file_stem().unwrap().to_string_lossy().into_owned();
        if p.is_dir() && p.join("mod.rs").exists() {
            modules.push((name, p.join("mod.rs")));
        } else if p.extension().is_some_and(|e| e == "rs") && name != "mod" {
            modules.push((name, p));
        }
    }
    let names: Vec<String> = modules.iter().map(|(n, _)| n.clone()).collect();
    modules
        .iter()
        .map(|(name, path)| {
            let text = std::fs::read_to_string(path).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap_or("");
            let folder_name = folder.file_name().unwrap().to_string_lossy();
            let uses = names
                .iter()
                .filter(|other| *other != name)
                .filter(|other| {
                    [
                        format!("crate::{root}::{other}::"),
                        format!("crate::{root}::{other};"),
                        format!("crate::{root}::{folder_name}::{other}"),
                        format!("super::{other}::"),
                        format!("super::{other};"),
                        format!("super::{{{other}"),
                    ]
                    .iter()
                    .any(|needle| code.contains(needle.as_str()))
                })
                .cloned()
                .collect();
            (name.clone(), uses)
        })
        .collect()
}

/// A circle among `arrows`, if there is one.
fn circle(arrows: &[(String, Vec<String>)]) -> Option<Vec<String>> {
    fn walk(
        at: &str,
        path: &mut Vec<String>,
        arrows: &[(String, Vec<String>)],
    ) -> Option<Vec<String>> {
        if let Some(k) = path.iter().position(|p| p == at) {
            let mut found = path[k..].to_vec();
            found.push(at.to_string());
            return Some(found);
        }
        path.push(at.to_string());
        let next = arrows.iter().find(|(n, _)| n == at).map(|(_, u)| u.clone());
        for n in next.unwrap_or_default() {
            if let Some(found) = walk(&n, path, arrows) {
                return Some(found);
            }
        }
        path.pop();
        None
    }
    arrows
        .iter()
        .find_map(|(n, _)| walk(n, &mut Vec::new(), arrows))
}

/// src/app and src/ui are grouped in folders that say what they hold, with no import circle
/// inside a folder.
#[test]
fn no_folder_of_the_app_or_the_ui_imports_in_a_circle() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    for root in ["app", "ui"] {
        let mut folders = vec![src.join(root)];
        let mut k = 0;
        while k < folders.len() {
            for entry in std::fs::read_dir(&folders[k]).unwrap().flatten() {
                if entry.path().is_dir() {
                    folders.push(entry.path());
                }
            }
            k += 1;
        }
        for folder in folders {
            if let Some(c) = circle(&folder_arrows(&folder, root)) {
                found.push(format!(
                    "{}: {}",
                    folder.strip_prefix(&src).unwrap().display(),
                    c.join(" → ")
                ));
            }
        }
    }
    assert!(found.is_empty(), "import circles:\n{}", found.join("\n"));
}
