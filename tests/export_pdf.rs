//! `pactboard export --format pdf`: a page per slide, each slide's title as text, the fonts
//! embedded, and a character no font has named once with a font that has it. Read with poppler's
//! tools; without them the test says so and passes, unless `PACTBOARD_REQUIRE_POPPLER` is set (as
//! `.ci/run` does).

mod common;

use std::path::Path;
use std::process::Command;

use common::{BUNDLED, pactboard, repo_file};

fn poppler() -> bool {
    if Command::new("pdftotext").arg("-v").output().is_ok() {
        return true;
    }
    assert!(
        std::env::var_os("PACTBOARD_REQUIRE_POPPLER").is_none(),
        "poppler-utils are required here"
    );
    eprintln!("poppler-utils are not installed: the PDF checks are skipped");
    false
}

fn tool(name: &str, args: &[&str], pdf: &Path) -> String {
    let mut command = Command::new(name);
    command.args(args).arg(pdf);
    if name == "pdftotext" {
        command.arg("-");
    }
    let out = command.output().unwrap();
    assert!(out.status.success(), "{name}: {out:?}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn export(fixture: &str, pdf: &Path) -> std::process::Output {
    pactboard()
        .arg("export")
        .arg(repo_file(fixture))
        .args(["--format", "pdf", "--out"])
        .arg(pdf)
        .args(["--today", "2026-11-25"])
        .output()
        .unwrap()
}

#[test]
fn a_page_per_slide_with_its_title_as_text_and_the_fonts_embedded() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("deck.pdf");
    let out = export(BUNDLED, &pdf);
    assert!(out.status.success(), "{out:?}");
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    if !poppler() {
        return;
    }
    let info = tool("pdfinfo", &[], &pdf);
    assert!(info.contains("Pages:           9"), "{info}");
    let text = tool("pdftotext", &["-layout"], &pdf);
    let text = text.replace('\u{a0}', " ");
    let model = pactboard::store::load(&repo_file(BUNDLED)).unwrap().model;
    let mut titles: Vec<String> = vec![
        model.partnership.title.clone(),
        "Where we stand".into(),
        "Agreements".into(),
        "In summary".into(),
    ];
    titles.extend(model.pillars.iter().map(|p| p.title.clone()));
    for title in titles {
        assert!(
            text.contains(&title),
            "`{title}` is not text in the PDF:\n{text}"
        );
    }
    let fonts = tool("pdffonts", &[], &pdf);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "{fonts}");
    for row in rows {
        let columns: Vec<&str> = row.split_whitespace().collect();
        // name, type (two words), encoding, emb, sub, uni, object, generation
        assert_eq!(columns[columns.len() - 5], "yes", "not embedded: {row}");
    }
}

#[test]
fn a_character_no_font_has_is_named_once_with_a_font_that_has_it() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("wide.pdf");
    let out = export("tests/fixtures/valid/wide-text.toml", &pdf);
    assert!(out.status.success(), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    // This machine may have fonts for every character of the file; when it has not, each font
    // that would draw them is named in one warning.
    for line in stderr.lines() {
        assert!(line.starts_with("warning: no font here has "), "{stderr}");
        assert!(line.contains("would draw them"), "{line}");
    }
    let mut fonts: Vec<&str> = stderr
        .lines()
        .filter_map(|l| l.split("(installing ").nth(1))
        .collect();
    let n = fonts.len();
    fonts.dedup();
    assert_eq!(fonts.len(), n, "one warning per font: {stderr}");
}

#[test]
fn an_existing_pdf_is_replaced_only_with_force() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("deck.pdf");
    assert!(export(BUNDLED, &pdf).status.success());
    let again = export(BUNDLED, &pdf);
    assert_eq!(again.status.code(), Some(2));
}
