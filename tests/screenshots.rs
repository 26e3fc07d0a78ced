//! The README's screenshots in `assets/screenshots/` are `pactboard snapshot` output, as text and
//! as SVG images (`--format svg`, the dark theme); this test fails when they drift from what the
//! dashboard draws. `UPDATE_SCREENSHOTS=1 cargo test --test all screenshots::` writes them anew.

use std::path::Path;

use crate::common;

/// The file name, the view (`snapshot --view`), and the size.
const SHOTS: &[(&str, &str, u16, u16)] = &[
    ("overview", "overview", 100, 30),
    ("pillars", "pillars", 100, 30),
    ("milestones", "milestones", 100, 30),
    ("timeline", "timeline", 100, 30),
    ("targets", "targets", 100, 30),
    ("slide-where-we-stand", "slide:2", 100, 30),
    ("slide-money", "slide:3", 100, 30),
    ("slide-decisions", "slide:4", 100, 30),
];

#[test]
fn screenshots_are_current_and_in_the_readme() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let history = changes_repository();
    let shots = SHOTS
        .iter()
        .map(|&(name, view, w, h)| (name, view, w, h, None))
        .chain(
            history
                .as_ref()
                .map(|(_, file)| ("changes", "changes", 100, 30, Some(file.clone()))),
        );
    for (name, view, w, h, file) in shots {
        for format in ["text", "svg"] {
            let model = file
                .clone()
                .unwrap_or_else(|| root.join("assets/india-japan.toml"));
            let out = common::pactboard()
                .arg("snapshot")
                .arg(&model)
                .args([
                    "--view",
                    view,
                    "--width",
                    &w.to_string(),
                    "--height",
                    &h.to_string(),
                    "--format",
                    format,
                    "--theme",
                    "dark",
                ])
                .args(["--today", "2026-11-25"])
                .output()
                .unwrap();
            let text = String::from_utf8(out.stdout).unwrap();
            let extension = if format == "svg" { "svg" } else { "txt" };
            let file = root.join(format!("assets/screenshots/{name}.{extension}"));
            if std::env::var_os("UPDATE_SCREENSHOTS").is_some() {
                std::fs::write(&file, &text).unwrap();
            }
            let saved = std::fs::read_to_string(&file).unwrap_or_default();
            assert_eq!(
                saved,
                text,
                "{} is stale: UPDATE_SCREENSHOTS=1 cargo test --test all screenshots::",
                file.display()
            );
        }
    }
    for shot in ["overview", "changes", "slide-money"] {
        assert!(
            readme.contains(&format!("](assets/screenshots/{shot}.svg)")),
            "README.md shows the {shot} SVG screenshot"
        );
    }
}

/// A repository whose history is the same on every machine (the authors, the dates, the days
/// of the changes are fixed, so the commits' ids are too): the Changes view's screenshot.
fn changes_repository() -> Option<(tempfile::TempDir, std::path::PathBuf)> {
    use common::git::{git, have_git, repository};
    if !have_git() {
        return None;
    }
    let (dir, file) = repository();
    let set = |id: &str, status: &str, note: &str, on: &str| {
        let out = common::pactboard()
            .arg("set")
            .arg(&file)
            .args([id, status, "--note", note, "--on", on])
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
    };
    set(
        "joint-exploration-projects",
        "in_progress",
        "Working group formed",
        "2026-01-10",
    );
    git(
        dir.path(),
        "Kenji",
        &["commit", "-qam", "Exploration under way"],
    );
    set(
        "stockpiling-strategy",
        "at_risk",
        "Funding not agreed",
        "2026-02-03",
    );
    git(
        dir.path(),
        "Priya",
        &["commit", "-qam", "Stockpiling at risk"],
    );
    Some((dir, file))
}
