//! A room of two languages (#28, `--lang en+ja`): on the slides the second language stands
//! beneath each heading, each label of pactboard's own (a group, a pillar's place and health,
//! the pillars' count) and a pillar's name where the file has it; in the page the same, each in
//! its own `lang`; in the handout side by side, on one line.

use std::process::Command;

use crate::common::{BUNDLED, pactboard};

fn slide(langs: &str, n: usize) -> String {
    let out = pactboard()
        .args(["snapshot", BUNDLED, "--lang", langs])
        .args([
            "--view",
            &format!("slide:{n}"),
            "--width",
            "100",
            "--height",
            "40",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).unwrap()
}

/// Whether `second` stands on the line right under `first`.
fn beneath(text: &str, first: &str, second: &str) -> bool {
    let lines: Vec<&str> = text.lines().collect();
    lines
        .windows(2)
        .any(|w| w[0].contains(first) && w[1].contains(second))
}

#[test]
fn labels_and_names_have_the_second_language_beneath_them_on_slides() {
    // The decisions slide: each group's heading.
    let decisions = slide("en+ja", 4);
    assert!(
        beneath(
            &decisions,
            "Behind their pace (1)",
            "計画より遅れている目標（1）"
        ),
        "{decisions}"
    );
    // A pillar's slide: its place, its name (from the file's Japanese names), its health and
    // each group.
    let pillar = slide("en+ja", 6);
    for (first, second) in [
        ("Pillar 1 of 7", "柱 1/7"),
        ("Health: ✔ on track", "健全度: 順調"),
        ("Done (2)", "完了（2）"),
    ] {
        assert!(beneath(&pillar, first, second), "{first}:\n{pillar}");
    }
    assert!(pillar.contains("投資・イノベーション"), "{pillar}");
    // The other way round: the English original beneath the Japanese name.
    let pillar = slide("ja+en", 6);
    assert!(pillar.contains("Investment and innovation"), "{pillar}");
    assert!(beneath(&pillar, "完了（2）", "Done (2)"), "{pillar}");
    // One language: nothing beneath.
    assert!(!slide("en", 6).contains("健全度"));
}

#[test]
fn the_page_says_the_labels_in_both_and_the_handout_sets_them_side_by_side() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("deck.html");
    let out = pactboard()
        .args([
            "export", BUNDLED, "--format", "html", "--lang", "en+ja", "--out",
        ])
        .arg(&page)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let html = std::fs::read_to_string(&page).unwrap();
    for second in [
        r#"<h3>Behind their pace (1)</h3><p class="second" lang="ja">計画より遅れている目標（1）</p>"#,
        r#"<p class="second" lang="ja">健全度: 順調</p>"#,
        r#"<h2>Investment and innovation</h2><p class="second" lang="ja">投資・イノベーション</p>"#,
        r#"aria-label="Slide 1 of "#,
    ] {
        assert!(html.contains(second), "{second}");
    }
    if Command::new("pdftotext").arg("-v").output().is_err() {
        assert!(std::env::var_os("PACTBOARD_REQUIRE_POPPLER").is_none());
        return;
    }
    let pdf = dir.path().join("deck.pdf");
    let out = pactboard()
        .args([
            "export", BUNDLED, "--format", "pdf", "--lang", "en+ja", "--out",
        ])
        .arg(&pdf)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let text = Command::new("pdftotext")
        .arg("-layout")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    for (first, second) in [
        ("Where we stand", "現状"),
        ("Behind their pace (1)", "計画より遅れている目標（1）"),
        ("Investment and innovation", "投資・イノベーション"),
        ("Done (2)", "完了（2）"),
    ] {
        assert!(
            text.lines()
                .any(|l| l.contains(first) && l.contains(second)),
            "`{first}` and `{second}` side by side:\n{text}"
        );
    }
}

/// `pdftotext` of a Japanese and of a Hindi handout gives back the model's names exactly, as
/// the file writes them (shaped Devanagari included).
#[test]
fn the_handouts_give_back_the_models_names_in_their_language() {
    if Command::new("pdftotext").arg("-v").output().is_err() {
        assert!(std::env::var_os("PACTBOARD_REQUIRE_POPPLER").is_none());
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    for (lang, names) in [
        (
            "ja",
            ["投資・イノベーション", "今後10年間の日本の対インド投資"],
        ),
        ("hi", ["निवेश और नवाचार", "अगले दशक में भारत में जापानी निवेश"]),
    ] {
        let pdf = dir.path().join(format!("{lang}.pdf"));
        let out = pactboard()
            .args([
                "export", BUNDLED, "--format", "pdf", "--lang", lang, "--out",
            ])
            .arg(&pdf)
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        let text = Command::new("pdftotext")
            .arg(&pdf)
            .arg("-")
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&text.stdout);
        for name in names {
            assert!(text.contains(name), "{lang}: `{name}` in\n{text}");
        }
    }
}
