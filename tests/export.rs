//! `pactboard export` and `snapshot --format svg`: the views and slides as SVG images drawn from
//! the same screens as the terminal, with hostile text escaped.

use crate::common;

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
    assert_eq!(names.len(), 6 + 9, "{names:?}");
    assert!(names.contains(&"changes.svg".to_string()));
    assert!(names.contains(&"overview.svg".to_string()));
    assert!(names.contains(&"slide-09.svg".to_string()));
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

/// An export never follows a symbolic link at its output path: refused (nothing created at the
/// link's target, dangling or not); with `--force` the link itself is replaced, its target
/// untouched.
#[cfg(unix)]
#[test]
fn an_export_never_follows_a_link() {
    let dir = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    let file = repo_file(BUNDLED);
    for format in ["html", "pdf", "svg"] {
        let out = dir.path().join(format!("deck.{format}"));
        let target = outside.path().join(format!("victim.{format}"));
        // Dangling: refused, nothing made outside.
        std::os::unix::fs::symlink(&target, &out).unwrap();
        let o = pactboard()
            .args(["export", "--format", format, "--out"])
            .arg(&out)
            .arg(&file)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{format}: {o:?}");
        assert!(String::from_utf8_lossy(&o.stderr).contains("symbolic link"));
        assert!(!target.exists(), "{format}: followed the link");
        // To a file: --force replaces the link, the file stays as it was.
        std::fs::write(&target, "keep me").unwrap();
        let o = pactboard()
            .args(["export", "--force", "--format", format, "--out"])
            .arg(&out)
            .arg(&file)
            .output()
            .unwrap();
        assert!(o.status.success(), "{format}: {o:?}");
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep me");
        let meta = std::fs::symlink_metadata(&out).unwrap();
        assert!(
            !meta.file_type().is_symlink(),
            "{format}: the link is replaced"
        );
    }
}

/// An export killed at random moments leaves the old output or none, never a torn one, and
/// never blocks the next export.
#[cfg(unix)]
#[test]
fn an_export_killed_at_any_moment_leaves_the_old_output_or_none() {
    let dir = tempfile::tempdir().unwrap();
    let file = repo_file(BUNDLED);
    for (k, format) in ["html", "pdf", "svg"].iter().cycle().take(24).enumerate() {
        let out = dir.path().join(format!("deck-{format}"));
        let mut child = common::pactboard_process()
            .args(["export", "--force", "--format", format, "--out"])
            .arg(&out)
            .arg(&file)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis((k as u64 * 37) % 300));
        let _ = child.kill();
        let _ = child.wait();
        match *format {
            "svg" => {
                if out.exists() {
                    let n = std::fs::read_dir(&out).unwrap().count();
                    assert!(n >= 7, "a whole folder: {n} files");
                }
            }
            "html" => {
                if out.exists() {
                    let page = std::fs::read_to_string(&out).unwrap();
                    assert!(page.trim_end().ends_with("</html>"), "torn page");
                }
            }
            _ => {
                if out.exists() {
                    let pdf = std::fs::read(&out).unwrap();
                    assert!(pdf.starts_with(b"%PDF") && pdf.windows(5).any(|w| w == b"%%EOF"));
                }
            }
        }
    }
    // Leftovers never block: every format exports again without --force to a new path.
    for format in ["html", "pdf", "svg"] {
        let out = dir.path().join(format!("again-{format}"));
        let o = pactboard()
            .args(["export", "--format", format, "--out"])
            .arg(&out)
            .arg(&file)
            .output()
            .unwrap();
        assert!(o.status.success(), "{o:?}");
    }
}
