//! `pactboard export --format html` in a real browser (Chromium, headless): every slide's title,
//! every pillar and milestone title and the target's figures are in the DOM as text, a
//! `<script>` in a title is text and never runs, nothing outside the page is referenced, and the
//! page is not blank. Without Chromium the test says so and passes, unless
//! `PACTBOARD_REQUIRE_CHROMIUM` is set (as `.ci/run` does).

use crate::common;

use std::path::Path;
use std::process::Command;

use common::{BUNDLED, pactboard, repo_file};

fn chromium() -> Option<&'static str> {
    for name in ["chromium", "chromium-browser", "google-chrome"] {
        if Command::new(name)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
        {
            return Some(name);
        }
    }
    assert!(
        std::env::var_os("PACTBOARD_REQUIRE_CHROMIUM").is_none(),
        "chromium is required here"
    );
    eprintln!("chromium is not installed: the browser checks are skipped");
    None
}

fn export(fixture: &str, out: &Path, extra: &[&str]) -> String {
    let result = pactboard()
        .arg("export")
        .arg(repo_file(fixture))
        .args(["--format", "html", "--out"])
        .arg(out)
        .args(["--today", "2026-11-25"])
        .args(extra)
        .output()
        .unwrap();
    assert!(result.status.success(), "{result:?}");
    std::fs::read_to_string(out).unwrap()
}

fn browser(name: &str, args: &[&str], page: &Path) -> std::process::Output {
    Command::new(name)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
        ])
        .args(args)
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap()
}

#[test]
fn the_browser_shows_every_slide_pillar_milestone_and_figure_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("pack.html");
    let html = export(BUNDLED, &page, &["--since", "2025-01-01"]);
    // Nothing outside the page is loaded: no element takes a source from anywhere.
    for pattern in [
        "src=", "<link", "@import", "url(", "<iframe", "<object", "<embed",
    ] {
        assert!(!html.contains(pattern), "the page refers to {pattern}");
    }
    assert!(html.contains("Content-Security-Policy"));
    let Some(name) = chromium() else {
        return;
    };
    let dom = browser(name, &["--dump-dom"], &page);
    let dom = String::from_utf8_lossy(&dom.stdout);
    let model = pactboard::store::load(&repo_file(BUNDLED)).unwrap().model;
    let mut expected: Vec<String> = vec![
        "Where we stand".into(),
        "Agreements".into(),
        "In summary".into(),
        "¥10 trillion".into(),
        "1 / 10".into(),
        "The money".into(),
        "Needs a decision".into(),
    ];
    expected.extend(model.pillars.iter().map(|p| p.title.clone()));
    expected.extend(model.milestones.iter().map(|m| m.title.clone()));
    for text in expected {
        let escaped = text.replace('&', "&amp;");
        assert!(dom.contains(&escaped), "`{text}` is not in the DOM");
    }
    // The script ran: the slides got their counter and only one is shown.
    assert!(dom.contains(r#"class="slide current""#), "{dom}");
    let shot = dir.path().join("shot.png");
    let shot_arg = format!("--screenshot={}", shot.display());
    browser(name, &[&shot_arg, "--window-size=1200,900"], &page);
    let png = std::fs::read(&shot).unwrap();
    // A blank page of this size compresses to a few kB; the slide's text makes it much more.
    assert!(png.len() > 20_000, "the screenshot is {} bytes", png.len());
}

#[test]
fn a_script_in_a_title_is_text_in_the_page_and_never_runs() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("markup.html");
    let html = export("tests/fixtures/valid/markup.toml", &page, &[]);
    assert_eq!(html.matches("<script>").count(), 1, "only the page's own");
    assert!(html.contains("&lt;script&gt;alert(&#39;milestone&#39;)&lt;/script&gt;"));
    assert!(
        !html.contains("javascript:alert(1)\""),
        "no javascript: link"
    );
    assert!(!html.contains('\u{1b}') && !html.contains('\u{202e}'));
    let Some(name) = chromium() else {
        return;
    };
    let dom = browser(name, &["--dump-dom"], &page);
    let dom = String::from_utf8_lossy(&dom.stdout);
    // The DOM has the title as text, and no element the title tried to make.
    assert!(
        dom.contains("&lt;script&gt;alert('milestone')&lt;/script&gt;"),
        "{dom}"
    );
    assert_eq!(dom.matches("<script").count(), 1, "{dom}");
    assert!(!dom.contains("<img"), "{dom}");
    assert!(!dom.contains("onerror=\"alert"), "{dom}");
}

#[test]
fn the_page_is_written_once_unless_forced_and_goes_to_stdout_with_dash() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("pack.html");
    export(BUNDLED, &page, &[]);
    let again = pactboard()
        .arg("export")
        .arg(repo_file(BUNDLED))
        .args(["--format", "html", "--out"])
        .arg(&page)
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(2));
    let out = pactboard()
        .arg("export")
        .arg(repo_file(BUNDLED))
        .args(["--format", "html", "--out", "-", "--today", "2026-11-25"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout, std::fs::read_to_string(&page).unwrap());
}

#[test]
fn the_page_structure() {
    let dir = tempfile::tempdir().unwrap();
    let html = export(
        BUNDLED,
        &dir.path().join("p.html"),
        &["--since", "2025-01-01"],
    );
    // Headings and table headers, one per line: the outline a reader (or a screen reader) gets.
    let outline: Vec<String> = html
        .split('<')
        .filter(|t| {
            ["h1>", "h2", "h3>", "h4>", "th scope=\"col\">", "section"]
                .iter()
                .any(|p| t.starts_with(p))
        })
        .map(|t| format!("<{}", t.trim_end()))
        .collect();
    insta::assert_snapshot!("html_outline", outline.join("\n"));
}

/// Printing the page (as "print to PDF" in a browser does) gives one page per slide, then the
/// report. Needs Chromium and poppler's tools.
#[test]
fn printing_gives_a_page_per_slide_then_the_report() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("pack.html");
    export(BUNDLED, &page, &[]);
    let Some(name) = chromium() else {
        return;
    };
    if Command::new("pdftotext").arg("-v").output().is_err() {
        assert!(std::env::var_os("PACTBOARD_REQUIRE_POPPLER").is_none());
        return;
    }
    let printed = dir.path().join("printed.pdf");
    let arg = format!("--print-to-pdf={}", printed.display());
    browser(name, &[&arg, "--no-pdf-header-footer"], &page);
    let text_of = |n: usize| {
        let out = Command::new("pdftotext")
            .args(["-f", &n.to_string(), "-l", &n.to_string()])
            .arg(&printed)
            .arg("-")
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    assert!(text_of(2).starts_with("Where we stand"), "{}", text_of(2));
    assert!(text_of(3).starts_with("The money"), "{}", text_of(3));
    assert!(text_of(4).starts_with("Needs a decision"), "{}", text_of(4));
    assert!(text_of(5).starts_with("Agreements"), "{}", text_of(5));
    assert!(text_of(9).starts_with("In summary"), "{}", text_of(9));
    assert!(text_of(10).starts_with("Report"), "{}", text_of(10));
}

/// Every text field of the model carries a markup payload, and every link a quote and a
/// handler: the page has one `<script>` (its own), and Chromium's DOM has no element or
/// attribute any field tried to make.
#[test]
fn markup_in_every_field_stays_text() {
    let dir = tempfile::tempdir().unwrap();
    let model = dir.path().join("model.toml");
    let payload = r"<script>alert(1)</script><img src=x onerror=alert(2)>";
    let mut text = std::fs::read_to_string(repo_file(BUNDLED)).unwrap();
    let escaped = payload.replace('"', "\\\"");
    let keys = [
        "title",
        "summary",
        "owner",
        "notes",
        "note",
        "publisher",
        "place",
        "occasion",
    ];
    text = text
        .lines()
        .map(|line| {
            for key in keys {
                let start = format!("{key} = \"");
                if line.starts_with(&start) && !line.starts_with(&format!("{start}\"\"")) {
                    return format!("{start}{escaped}{}", &line[start.len()..]);
                }
            }
            line.to_string()
        })
        .collect::<Vec<_>>()
        .join("\n");
    text = text.replace(
        "parties = [\"India\", \"Japan\"]",
        "parties = [\"India<script>alert(3)</script>\", \"Japan<b>\"]",
    );
    // A milestone with an owner, and a link that tries to leave its attribute.
    text = text.replace(
        "id = \"future-phases\"\n",
        &format!(
            "id = \"future-phases\"\nowner = \"{}\"\n",
            payload.replace('"', "\\\"")
        ),
    );
    text = text.replace(
        "id = \"moc-article\"\n",
        "id = \"moc-article\"\nurl = \"https://example.org/\\\" onmouseover=\\\"alert(4)\\\" x=\\\"\"\n",
    );
    std::fs::write(&model, &text).unwrap();
    let check = pactboard().arg("check").arg(&model).output().unwrap();
    assert!(check.status.success(), "{check:?}");
    let page = dir.path().join("page.html");
    let out = pactboard()
        .arg("export")
        .arg(&model)
        .args(["--format", "html", "--since", "2025-01-01", "--out"])
        .arg(&page)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let html = std::fs::read_to_string(&page).unwrap();
    assert_eq!(
        html.matches("<script").count(),
        1,
        "only the page's own script"
    );
    assert!(!html.contains("<img"), "no element made by a field");
    assert!(
        !html.contains("\" onmouseover"),
        "no attribute made by a link"
    );
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    let Some(name) = chromium() else {
        return;
    };
    let dom = String::from_utf8_lossy(&browser(name, &["--dump-dom"], &page).stdout).into_owned();
    assert_eq!(dom.matches("<script").count(), 1, "{dom}");
    assert!(!dom.contains("<img"), "{dom}");
    // No tag has a handler attribute (in text, quotes need no escaping, so look inside tags).
    for tag in dom.split('<').skip(1) {
        let inside = tag.split('>').next().unwrap_or("");
        assert!(
            !inside.contains("onmouseover=\"") && !inside.contains("onerror=\""),
            "<{inside}>"
        );
    }
    assert!(
        dom.contains(r#"class="slide current""#),
        "the page's own script ran"
    );
}
