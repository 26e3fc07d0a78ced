//! `pactboard export` and `snapshot --format svg`: the views and slides as SVG images drawn from
//! the same screens as the terminal, with hostile text escaped.

mod common;

use common::{BUNDLED, pactboard, repo_file};

#[test]
fn export_svg_writes_every_view_and_slide_and_never_over_a_folder_unasked() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("pack");
    let run = |force: bool| {
        let mut cmd = pactboard();
        cmd.arg("export")
            .arg(repo_file(BUNDLED))
            .args(["--format", "svg", "--out"])
            .arg(&out)
            .args(["--width", "100", "--height", "30"]);
        if force {
            cmd.arg("--force");
        }
        cmd.output().unwrap()
    };
    let first = run(false);
    assert!(first.status.success(), "{first:?}");
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 6 + 11, "{names:?}");
    assert!(names.contains(&"changes.svg".to_string()));
    assert!(names.contains(&"overview.svg".to_string()));
    assert!(names.contains(&"slide-11.svg".to_string()));
    // Each is the screen `snapshot` draws: the same words in the same places.
    let overview = std::fs::read_to_string(out.join("overview.svg")).unwrap();
    assert!(overview.starts_with("<svg "), "{overview}");
    assert!(overview.contains(">Overall progress</text>"), "{overview}");
    let again = run(false);
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("--force"));
    assert!(run(true).status.success());
}

#[test]
fn hostile_titles_are_text_in_the_svg() {
    let out = pactboard()
        .arg("snapshot")
        .arg(repo_file("tests/fixtures/valid/markup.toml"))
        .args(["--view", "milestones", "--format", "svg", "--width", "160"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let svg = String::from_utf8(out.stdout).unwrap();
    assert_eq!(svg.matches("<svg").count(), 1, "{svg}");
    assert_eq!(svg.matches("</svg>").count(), 1, "{svg}");
    assert!(!svg.contains("<script"), "{svg}");
    assert!(
        svg.contains("&lt;script&gt;alert("),
        "the title is there, as text: {svg}"
    );
    assert!(!svg.chars().any(|c| c.is_control() && c != '\n'), "{svg:?}");
    // Every element the image has is one this writer makes.
    for tag in svg.split('<').skip(1) {
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '/')
            .collect();
        assert!(
            ["svg", "/svg", "rect", "text", "/text"].contains(&name.as_str()),
            "unexpected <{name} in {tag}"
        );
    }
}
