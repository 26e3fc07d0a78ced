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
            &["history.rs", "git_merge.rs"],
            &["app", "ui", "runtime", "cli"],
        ),
        (&["export"], &["app", "store", "runtime", "cli"]),
        (&["report"], &["app", "runtime", "cli"]),
        (
            &["text.rs", "clock.rs", "places.rs", "log.rs"],
            &["model", "store", "app", "ui"],
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
