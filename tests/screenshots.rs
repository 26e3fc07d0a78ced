//! The README's screenshots in `assets/screenshots/` are `pactboard snapshot` output, as text and
//! as SVG images (`--format svg`, the dark theme); this test fails when they drift from what the
//! dashboard draws. `UPDATE_SCREENSHOTS=1 cargo test --test screenshots` writes them anew.

use std::path::Path;

mod common;

const SHOTS: &[(&str, u16, u16)] = &[
    ("overview", 100, 30),
    ("pillars", 100, 30),
    ("milestones", 100, 30),
    ("timeline", 100, 30),
    ("targets", 100, 30),
];

#[test]
fn screenshots_are_current_and_in_the_readme() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    for &(view, w, h) in SHOTS {
        for format in ["text", "svg"] {
            let out = common::pactboard()
                .arg("snapshot")
                .arg(root.join("assets/india-japan.toml"))
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
            let file = root.join(format!("assets/screenshots/{view}.{extension}"));
            if std::env::var_os("UPDATE_SCREENSHOTS").is_some() {
                std::fs::write(&file, &text).unwrap();
            }
            let saved = std::fs::read_to_string(&file).unwrap_or_default();
            assert_eq!(
                saved,
                text,
                "{} is stale: UPDATE_SCREENSHOTS=1 cargo test --test screenshots",
                file.display()
            );
        }
    }
    assert!(
        readme.contains("](assets/screenshots/overview.svg)"),
        "README.md shows the overview's SVG screenshot"
    );
}
