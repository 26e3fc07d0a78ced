//! `pactboard export --format pdf`: a handout, a 16:9 page per slide laid out as a document in
//! proportional fonts, tagged, each slide's title as text, the fonts embedded; Devanagari and
//! Japanese titles extract exactly as the model writes them, Japanese in a Japanese face;
//! `--font` is tried first. Read with poppler's tools; without them the test says so and passes,
//! unless `PACTBOARD_REQUIRE_POPPLER` is set (as `.ci/run` does). The scripts' fonts are
//! required where `PACTBOARD_REQUIRE_FONTS` is set (`.ci/run` installs Noto).

use crate::common;

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

/// `export --format pdf` of the model at `model` into `pdf`, with `extra` arguments.
fn export_file(model: &Path, pdf: &Path, extra: &[&std::ffi::OsStr]) -> std::process::Output {
    pactboard()
        .arg("export")
        .arg(model)
        .args(["--format", "pdf", "--out"])
        .arg(pdf)
        .args(extra)
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
    assert!(
        info.contains("Page size:       960 x 540 pts"),
        "16:9 pages: {info}"
    );
    assert!(info.contains("Tagged:          yes"), "{info}");
    assert!(
        info.contains("Title:           India–Japan Special Strategic and Global Partnership"),
        "{info}"
    );
    let text = tool("pdftotext", &["-layout"], &pdf);
    let text = text.replace('\u{a0}', " ");
    let model = pactboard::store::load(&repo_file(BUNDLED)).unwrap().model;
    let mut titles: Vec<String> = vec![
        model.partnership.title.clone(),
        "Where we stand".into(),
        "The money".into(),
        "Needs a decision".into(),
        "Agreements".into(),
        "In summary".into(),
    ];
    // Every pillar is named: on its own slide, or on the one of pillars with nothing recorded.
    titles.extend(model.pillars.iter().map(|p| p.title.clone()));
    for title in titles {
        assert!(
            text.contains(&title),
            "`{title}` is not text in the PDF:\n{text}"
        );
    }
    let fonts = tool("pdffonts", &[], &pdf);
    assert!(
        !fonts.contains("Mono"),
        "a document, in proportional type: {fonts}"
    );
    let raw = std::fs::read(&pdf).unwrap();
    assert!(
        raw.windows(10).any(|w| w == b"/Lang (en)"),
        "the PDF says its language"
    );
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "{fonts}");
    for row in rows {
        let columns: Vec<&str> = row.split_whitespace().collect();
        // name, type (two words), encoding, emb, sub, uni, object, generation
        assert_eq!(columns[columns.len() - 5], "yes", "not embedded: {row}");
    }
}

/// A Devanagari and a Japanese title extract exactly as the model writes them (a cluster is one
/// run, not one glyph a cell: "क्षेत्रीय", never "क्षे त्री य"), each in a face of its script
/// (Japanese in a Japanese face, not the first CJK face found).
#[test]
fn devanagari_and_japanese_extract_exactly_as_written() {
    let dir = tempfile::tempdir().unwrap();
    let model = dir.path().join("scripts.toml");
    let devanagari = "खनिज सहयोग क्षेत्रीय परियोजनाएँ";
    let japanese = "重要鉱物の協力と経済安全保障";
    let text = std::fs::read_to_string(repo_file(BUNDLED))
        .unwrap()
        .replacen(
            "title = \"Investment and innovation\"",
            &format!("title = \"{devanagari}\""),
            1,
        )
        .replacen(
            "title = \"Economic and energy security\"",
            &format!("title = \"{japanese}\""),
            1,
        );
    assert!(text.contains(devanagari) && text.contains(japanese));
    std::fs::write(&model, text).unwrap();
    let pdf = dir.path().join("scripts.pdf");
    let out = export_file(&model, &pdf, &[]);
    assert!(out.status.success(), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    if stderr.contains("no Devanagari font") || stderr.contains("no Japanese font") {
        assert!(
            std::env::var_os("PACTBOARD_REQUIRE_FONTS").is_none(),
            "the scripts' fonts are required here: {stderr}"
        );
        eprintln!("skipped: {stderr}");
        return;
    }
    if !poppler() {
        return;
    }
    let extracted = tool("pdftotext", &[], &pdf);
    for title in [devanagari, japanese] {
        assert!(
            extracted.lines().any(|l| l.trim() == title),
            "`{title}` does not extract as written:\n{extracted}"
        );
    }
    let fonts = tool("pdffonts", &[], &pdf);
    assert!(
        fonts.contains("CJKjp") || fonts.contains("JP"),
        "no Japanese face: {fonts}"
    );
    assert!(fonts.contains("Devanagari"), "no Devanagari face: {fonts}");
}

/// `--font` is tried before the system's fonts; a path with no font is refused, nothing written.
#[test]
fn a_given_font_comes_first_and_a_wrong_one_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("mono.pdf");
    let mono = repo_file("assets/fonts/DejaVuSansMono.ttf");
    let font = std::ffi::OsStr::new("--font");
    let out = export_file(&repo_file(BUNDLED), &pdf, &[font, mono.as_os_str()]);
    assert!(out.status.success(), "{out:?}");
    if poppler() {
        let fonts = tool("pdffonts", &[], &pdf);
        assert!(fonts.contains("DejaVuSansMono"), "{fonts}");
    }
    let wrong = dir.path().join("none.pdf");
    let out = export_file(&repo_file(BUNDLED), &wrong, &[font, dir.path().as_os_str()]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("no font there"));
    assert!(!wrong.exists());
}

#[test]
fn an_existing_pdf_is_replaced_only_with_force() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("deck.pdf");
    assert!(export(BUNDLED, &pdf).status.success());
    let again = export(BUNDLED, &pdf);
    assert_eq!(again.status.code(), Some(2));
}

/// A crowded deck (300 milestones with long Japanese, Devanagari and English titles, most of
/// them needing a decision) is cut into pages the handout's type fits: no page says that
/// something did not fit.
#[test]
fn a_crowded_deck_fits_its_pages() {
    let dir = tempfile::tempdir().unwrap();
    let model = dir.path().join("crowded.toml");
    let mut text = std::fs::read_to_string(repo_file(BUNDLED)).unwrap();
    let pillars = [
        "investment-innovation",
        "economic-energy-security",
        "technology-collaboration",
    ];
    for n in 0..300 {
        let title = match n % 3 {
            0 => format!("重要鉱物の共同探査と採掘プロジェクト 第{n}段階の合意と実施計画の策定"),
            1 => format!("महत्वपूर्ण खनिजों पर सहयोग का चरण {n}: संयुक्त अन्वेषण और क्षेत्रीय परियोजनाएँ"),
            _ => format!(
                "Startup and MSME exchange programme, round {n}, with the state governments"
            ),
        };
        let status = ["blocked", "at_risk", "planned"][n % 3];
        text.push_str(&format!(
            "\n[[milestones]]\nid = \"crowd-{n}\"\ntitle = \"{title}\"\npillar = \"{}\"\nstatus = \"{status}\"\ndue = 2026-{:02}-01\nowner = \"METI\"\n",
            pillars[n % 3],
            1 + n % 12
        ));
    }
    std::fs::write(&model, text).unwrap();
    let pdf = dir.path().join("crowded.pdf");
    let out = export_file(&model, &pdf, &[]);
    assert!(out.status.success(), "{out:?}");
    if !poppler() {
        return;
    }
    let extracted = tool("pdftotext", &[], &pdf);
    assert!(
        !extracted.contains("continued in the HTML"),
        "a page of the handout is cut"
    );
    for n in [0, 151, 299] {
        assert!(extracted.contains(&format!("round {n},")) || n % 3 != 2);
    }
}

/// A 100,000-character title costs what a page can show: the handout is made, no bigger than
/// a short one's by much, and the page says that something did not fit.
#[test]
fn a_huge_title_is_cut_with_a_sign() {
    let dir = tempfile::tempdir().unwrap();
    let model = dir.path().join("huge.toml");
    let huge = format!("{} {}", "घ".repeat(50_000), "長".repeat(50_000));
    let text = std::fs::read_to_string(repo_file(BUNDLED))
        .unwrap()
        .replacen(
            "title = \"Launch joint exploration and mining projects\"",
            &format!("title = \"{huge}\""),
            1,
        )
        .replacen("status = \"planned\"", "status = \"blocked\"", 1);
    assert!(text.contains(&huge));
    std::fs::write(&model, text).unwrap();
    let pdf = dir.path().join("huge.pdf");
    let out = export_file(&model, &pdf, &[]);
    assert!(out.status.success(), "{out:?}");
    let size = std::fs::metadata(&pdf).unwrap().len();
    assert!(size < 300_000, "{size} bytes");
    if poppler() {
        assert!(tool("pdftotext", &[], &pdf).contains("continued in the HTML"));
    }
}

/// A partnership title of a million characters: the handout's size does not grow with it (its metadata
/// held it whole, twice), and the title it carries is cut with `…`.
#[test]
fn a_huge_partnership_title_costs_the_handout_nothing_either() {
    let dir = tempfile::tempdir().unwrap();
    let model = dir.path().join("m.toml");
    let text = std::fs::read_to_string(repo_file(BUNDLED)).unwrap();
    let title = "title = \"India–Japan Special Strategic and Global Partnership\"";
    assert!(text.contains(title));
    let huge = format!("title = \"{}\"", "x".repeat(1_000_000));
    std::fs::write(&model, text.replacen(title, &huge, 1)).unwrap();
    let pdf = dir.path().join("deck.pdf");
    let out = export_file(&model, &pdf, &[]);
    assert!(out.status.success(), "{out:?}");
    let size = std::fs::metadata(&pdf).unwrap().len();
    assert!(size < 300_000, "{size} bytes");
    if !poppler() {
        return;
    }
    let info = tool("pdfinfo", &[], &pdf);
    let shown = info.lines().find(|l| l.starts_with("Title:")).unwrap();
    assert!(shown.ends_with("x…"), "{shown}");
    assert!(shown.chars().count() < 230, "{shown}");
}
