//! The languages (#28): `--lang`, the config file's `lang` and the environment choose them; the
//! deck, the speaker view, the page and the handout say pactboard's words in them, a room of two
//! delegations gets the second beneath the headings, and `L` switches live.

use crate::common;

use std::process::Command;

use common::{BUNDLED, app_of, pactboard};
use pactboard::app::{App, Key};
use pactboard::i18n::{Lang, Langs};
use pactboard::model::names::{Field, Table};
use ratatui::crossterm::event::KeyCode;

fn slide(extra: &[&str], n: usize) -> String {
    let out = pactboard()
        .args(["snapshot", BUNDLED])
        .args([
            "--view",
            &format!("slide:{n}"),
            "--width",
            "80",
            "--height",
            "24",
        ])
        .args(extra)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_deck_speaks_japanese_and_hindi_and_two_at_once() {
    let en = slide(&[], 2);
    assert!(en.contains("Where we stand"), "{en}");
    let ja = slide(&["--lang", "ja"], 2);
    assert!(ja.contains("現状"), "{ja}");
    assert!(ja.contains("マイルストーン9件中"), "{ja}");
    assert!(ja.contains("10兆円"), "the yen in Japanese units: {ja}");
    assert!(ja.contains("2035年8月29日"), "the date in Japanese: {ja}");
    for english in [
        "Where we stand",
        "milestones done",
        "overdue",
        "since the start",
    ] {
        assert!(!ja.contains(english), "`{english}` left in English:\n{ja}");
    }
    let hi = slide(&["--lang", "hi"], 3);
    assert!(hi.contains("निवेश"), "{hi}");
    assert!(hi.contains("लाख करोड़"), "Indian units in Hindi: {hi}");
    assert!(hi.contains("29 अगस्त 2035"), "{hi}");
    let both = slide(&["--lang", "en+ja"], 2);
    let heading = both.lines().position(|l| l.contains("Where we stand"));
    let second = both.lines().position(|l| l.contains("現状"));
    assert!(
        matches!((heading, second), (Some(h), Some(s)) if s == h + 1),
        "the second language right beneath the heading:\n{both}"
    );
}

#[test]
fn a_language_not_spoken_is_refused_with_the_choices() {
    let out = pactboard()
        .args(["snapshot", BUNDLED, "--lang", "fr"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("en, ja, hi"), "{err}");
}

#[test]
fn the_flag_beats_the_config_file_which_beats_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "lang = \"hi\"\n").unwrap();
    let show = |args: &[&str], env: &[(&str, &str)], config: Option<&std::path::Path>| {
        let mut c = pactboard();
        c.args(["config", "show"]).args(args);
        for (k, v) in env {
            c.env(k, v);
        }
        if let Some(config) = config {
            c.env("PACTBOARD_CONFIG", config);
        }
        let out = c.output().unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    assert!(show(&[], &[], None).contains("lang = en    (default)"));
    let env = show(&[], &[("LANG", "ja_JP.UTF-8")], None);
    assert!(
        env.contains("lang = ja    (LC_ALL, LC_MESSAGES or LANG)"),
        "{env}"
    );
    let file = show(&[], &[("LANG", "ja_JP.UTF-8")], Some(&config));
    assert!(file.contains("lang = hi    ("), "{file}");
    let flag = show(&["--lang", "en+ja"], &[], Some(&config));
    assert!(flag.contains("lang = en+ja    (--lang)"), "{flag}");
    // A language the file cannot have is a located error naming the choices.
    std::fs::write(&config, "lang = \"de\"\n").unwrap();
    let bad = show(&[], &[], Some(&config));
    assert!(bad.contains(":1:") && bad.contains("en, ja, hi"), "{bad}");
    // What the snapshot draws follows the environment.
    let out = pactboard()
        .args(["snapshot", BUNDLED, "--view", "slide:2"])
        .env("LC_ALL", "ja_JP.UTF-8")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("現状"));
}

#[test]
fn l_switches_the_language_live_and_the_deck_follows() {
    let mut app: App = app_of("assets/india-japan.toml");
    app.start_presentation(None, false);
    app.handle_key(Key::plain(KeyCode::Right));
    let theme = pactboard::ui::theme::Theme::named(pactboard::ui::theme::ThemeName::Dark);
    let draw = |app: &App| {
        pactboard::ui::snapshot::to_text(&pactboard::ui::snapshot::render(app, &theme, 80, 24))
    };
    assert!(draw(&app).contains("Where we stand"));
    app.handle_key(Key::plain(KeyCode::Char('L')));
    assert_eq!(app.dash.langs, Langs::one(Lang::Ja));
    let shown = draw(&app);
    assert!(shown.contains("現状"), "{shown}");
    assert_eq!(
        app.presenter().unwrap().current,
        1,
        "the same slide, in Japanese"
    );
    app.handle_key(Key::plain(KeyCode::Char('L')));
    assert!(draw(&app).contains("हम कहाँ हैं"));
    app.handle_key(Key::plain(KeyCode::Char('L')));
    assert_eq!(app.dash.langs.main, Lang::En);
}

#[test]
fn the_page_and_the_handout_say_their_language() {
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
    assert!(html.contains(r#"<section id="deck" aria-label="Slides" lang="en">"#));
    assert!(
        html.contains(r#"<h2>Where we stand</h2><p class="second" lang="ja">現状</p>"#),
        "the second language beneath the heading, in its own language"
    );
    // In Japanese the whole page is Japanese: no English of the interface on it (its own
    // style and script aside), and it says so.
    let ja_page = dir.path().join("ja.html");
    let out = pactboard()
        .args([
            "export", BUNDLED, "--format", "html", "--lang", "ja", "--out",
        ])
        .arg(&ja_page)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let ja_html = std::fs::read_to_string(&ja_page).unwrap();
    assert!(ja_html.contains(r#"<html lang="ja""#));
    let without = |text: &str, open: &str, close: &str| {
        let (a, b) = (text.find(open).unwrap(), text.find(close).unwrap());
        format!("{}{}", &text[..a], &text[b..])
    };
    let shown = without(
        &without(&ja_html, "<style>", "</style>"),
        "<script>",
        "</script>",
    );
    let model_text = std::fs::read_to_string(common::repo_file(BUNDLED)).unwrap();
    let left: Vec<_> = english_fragments(&model_text)
        .into_iter()
        .filter(|f| shown.contains(f.as_str()))
        .collect();
    assert!(
        left.is_empty(),
        "English left on the Japanese page: {left:?}"
    );
    if Command::new("pdftotext").arg("-v").output().is_err() {
        assert!(std::env::var_os("PACTBOARD_REQUIRE_POPPLER").is_none());
        return;
    }
    let pdf = dir.path().join("deck.pdf");
    let out = pactboard()
        .args([
            "export", BUNDLED, "--format", "pdf", "--lang", "ja", "--out",
        ])
        .arg(&pdf)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let info = Command::new("pdfinfo").arg(&pdf).output().unwrap();
    let text = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("現状"), "{text}");
    assert!(text.contains("まとめ"), "{text}");
    // No English of the interface in the Japanese handout (the file's own English is data).
    let model_text = std::fs::read_to_string(common::repo_file(BUNDLED)).unwrap();
    let flat = text.replace('\n', " ");
    let left: Vec<_> = english_fragments(&model_text)
        .into_iter()
        .filter(|f| flat.contains(f.as_str()))
        .collect();
    assert!(left.is_empty(), "English left in the handout: {left:?}");
    let raw = std::fs::read(&pdf).unwrap();
    assert!(
        raw.windows(8).any(|w| w == b"/Lang (j" || w == b"/Lang(ja"),
        "the PDF says Japanese: {}",
        String::from_utf8_lossy(&info.stdout)
    );
}

/// Fiscal years (#28): a due date may be written by the model's fiscal year, which starts in
/// April unless the file says otherwise; what the file holds is the day itself.
#[test]
fn fiscal_years_in_every_date_field() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("m.toml");
    std::fs::copy(common::repo_file(BUNDLED), &file).unwrap();
    let edit = |due: &str| {
        let out = pactboard()
            .args(["edit"])
            .arg(&file)
            .args(["stockpiling-strategy", "--due", due])
            .output()
            .unwrap();
        assert!(out.status.success(), "{due}: {out:?}");
        let text = std::fs::read_to_string(&file).unwrap();
        let at = text.find("id = \"stockpiling-strategy\"").unwrap();
        text[at..]
            .lines()
            .find(|l| l.starts_with("due"))
            .unwrap()
            .to_string()
    };
    assert_eq!(edit("FY26 Q3"), "due = 2026-12-31");
    assert_eq!(edit("FY2026"), "due = 2027-03-31");
    assert_eq!(edit("2027年度 Q1"), "due = 2027-06-30");
    // A calendar fiscal year, said in the file.
    let text = std::fs::read_to_string(&file).unwrap();
    let text = text.replacen(
        "[partnership]\n",
        "[partnership]\nfiscal_year_starts = 1\n",
        1,
    );
    std::fs::write(&file, text).unwrap();
    assert_eq!(edit("FY2026"), "due = 2026-12-31");
    // A month that is none is a located error naming what is meant.
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        text.replace("fiscal_year_starts = 1", "fiscal_year_starts = 13"),
    )
    .unwrap();
    let out = pactboard().arg("check").arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let said =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("1 to 12") && said.contains(":18:22"),
        "{said}"
    );
    // The money slide says where the pace is at the end of the fiscal year, in Japanese too.
    let ja = slide(&["--lang", "ja"], 3);
    assert!(ja.contains("2026年度末（2027年3月31日）"), "{ja}");
}

/// The English of the interface, as fragments of at least eight characters between a message's
/// placeholders (so that data, which may be English, is not mistaken for it).
fn english_fragments(model_text: &str) -> Vec<String> {
    let catalog = include_str!("../assets/locales/en.ftl");
    let mut out = Vec::new();
    for line in catalog.lines() {
        let value = match line.split_once(" = ") {
            Some((id, value)) if !id.starts_with(' ') && !id.starts_with('#') => value,
            _ => match line
                .trim_start()
                .strip_prefix('[')
                .or_else(|| line.trim_start().strip_prefix("*["))
            {
                Some(variant) => variant.split_once("] ").map_or("", |(_, v)| v),
                None => continue,
            },
        };
        let mut rest = value;
        while !rest.is_empty() {
            let (text, after) = match rest.split_once('{') {
                Some((text, after)) => (text, after.split_once('}').map_or("", |(_, a)| a)),
                None => (rest, ""),
            };
            let fragment = text.trim_matches(|c: char| !c.is_alphanumeric());
            if fragment.chars().count() >= 8
                && fragment.chars().any(|c| c.is_ascii_lowercase())
                && !model_text.contains(fragment)
                && !fragment.contains("pactboard")
                && !fragment.contains("YYYY")
            {
                out.push(fragment.to_string());
            }
            rest = after;
        }
    }
    out.sort();
    out.dedup();
    out
}

/// `--lang ja` and `--lang hi` show no English of the interface: every view, the help, a
/// milestone's detail, the status picker, and every slide, at 80x24 and 200x60.
#[test]
fn japanese_and_hindi_screens_hold_no_english_of_the_interface() {
    let model_text = std::fs::read_to_string(common::repo_file(BUNDLED)).unwrap();
    let english = english_fragments(&model_text);
    assert!(english.len() > 100, "{english:?}");
    assert!(english.iter().any(|f| f == "Overall progress"));
    let theme = pactboard::ui::theme::Theme::named(pactboard::ui::theme::ThemeName::Dark);
    for lang in [Lang::Ja, Lang::Hi] {
        let mut screens: Vec<(String, String)> = Vec::new();
        for (w, h) in [(80, 24), (200, 60)] {
            let mut shot = |app: &App, what: &str| {
                let text = pactboard::ui::snapshot::to_text(&pactboard::ui::snapshot::render(
                    app, &theme, w, h,
                ));
                screens.push((format!("{lang} {what} at {w}x{h}"), text));
            };
            let fresh = || {
                let mut app = app_of(BUNDLED);
                app.dash.langs = Langs::one(lang);
                app.resize(pactboard::ui::viewport(
                    w,
                    h,
                    &app.doc.model,
                    app.dash.langs,
                ));
                app
            };
            for n in 1..=6 {
                let mut app = fresh();
                app.handle_key(Key::plain(KeyCode::Char(char::from(b'0' + n))));
                shot(&app, &format!("view {n}"));
                app.handle_key(Key::plain(KeyCode::Char('?')));
                shot(&app, &format!("help over view {n}"));
            }
            let mut app = fresh();
            app.handle_key(Key::plain(KeyCode::Char('3')));
            app.handle_key(Key::plain(KeyCode::Enter));
            shot(&app, "detail");
            let mut app = fresh();
            app.handle_key(Key::plain(KeyCode::Char('3')));
            app.handle_key(Key::plain(KeyCode::Char('s')));
            shot(&app, "status picker");
            // The forms, their refusals, and what the status line says after an edit, an
            // addition and their undoing.
            let typed = |app: &mut App, text: &str| {
                for c in text.chars() {
                    app.handle_key(Key::plain(KeyCode::Char(c)));
                }
            };
            let mut app = fresh();
            app.handle_key(Key::plain(KeyCode::Char('3')));
            app.handle_key(Key::plain(KeyCode::Char('E')));
            shot(&app, "edit form");
            let mut app = fresh();
            app.handle_key(Key::plain(KeyCode::Char('3')));
            app.handle_key(Key::plain(KeyCode::Char('a')));
            shot(&app, "add form");
            app.handle_key(Key::plain(KeyCode::Enter));
            shot(&app, "add form, nothing typed");
            typed(&mut app, "Rare earth stockpile");
            for _ in 0..4 {
                app.handle_key(Key::plain(KeyCode::Tab));
            }
            typed(&mut app, "soon");
            app.handle_key(Key::plain(KeyCode::Tab));
            app.handle_key(Key::plain(KeyCode::Tab));
            for _ in 0..3 {
                app.handle_key(Key::plain(KeyCode::Backspace));
            }
            typed(&mut app, "0");
            app.handle_key(Key::plain(KeyCode::Enter));
            shot(&app, "add form refusing a date and a weight");
            // Enter put the focus on the first field refused: the due date.
            for _ in 0..4 {
                app.handle_key(Key::plain(KeyCode::Backspace));
            }
            typed(&mut app, "FY26 Q3");
            app.handle_key(Key::plain(KeyCode::Tab));
            app.handle_key(Key::plain(KeyCode::Tab));
            app.handle_key(Key::plain(KeyCode::Backspace));
            typed(&mut app, "2");
            app.handle_key(Key::plain(KeyCode::Enter));
            shot(&app, "a milestone added");
            app.handle_key(Key::plain(KeyCode::Char('u')));
            shot(&app, "its addition undone");
            let mut app = fresh();
            app.handle_key(Key::plain(KeyCode::Char('5')));
            app.handle_key(Key::plain(KeyCode::Char('a')));
            shot(&app, "an amount's form");
            app.handle_key(Key::plain(KeyCode::Tab));
            typed(&mut app, "abc");
            app.handle_key(Key::plain(KeyCode::Enter));
            shot(&app, "an amount refused");
            let mut app = fresh();
            app.handle_key(Key::plain(KeyCode::Char('3')));
            app.handle_key(Key::plain(KeyCode::Char('e')));
            typed(&mut app, "soon");
            app.handle_key(Key::plain(KeyCode::Enter));
            shot(&app, "a due date refused");
            let mut app = fresh();
            app.start_presentation(None, false);
            let slides = app.presenter().unwrap().slides.len();
            for n in 0..slides {
                shot(&app, &format!("slide {}", n + 1));
                app.handle_key(Key::plain(KeyCode::Right));
            }
        }
        let mut found = Vec::new();
        for (what, text) in &screens {
            for fragment in &english {
                if text.contains(fragment.as_str()) {
                    found.push(format!("{what}: `{fragment}`"));
                }
            }
        }
        assert!(found.is_empty(), "English left:\n{}", found.join("\n"));
    }
}

/// The model's names in Japanese and Hindi (#28): the bundled model carries them, marked in its
/// sources as the project's own translation; a name with none is the original, marked `[en]`;
/// `check` locates what is wrong; a merge never drops theirs (it falls back to lines).
#[test]
fn the_models_names_in_each_language() {
    let ja = slide(&["--lang", "ja"], 6);
    assert!(ja.contains("投資・イノベーション"), "{ja}");
    assert!(
        ja.contains("15th India-Japan Annual Summit held in Tokyo [en]"),
        "{ja}"
    );
    let en = slide(&[], 6);
    assert!(
        en.contains("15th India-Japan Annual Summit held in Tokyo") && !en.contains("[en]"),
        "{en}"
    );
    let hi = slide(&["--lang", "hi"], 5);
    assert!(hi.contains("महत्वपूर्ण खनिजों पर सहयोग ज्ञापन"), "{hi}");
    let bundled = std::fs::read_to_string(common::repo_file(BUNDLED)).unwrap();
    assert!(bundled.contains("the pactboard project's own translation, not an official text"));
    // What check says of a glossary gone wrong, each where it is written.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("m.toml");
    let wrong = format!(
        "{bundled}\n[translations.fr]\n\"pillar:people-to-people\" = \"Échanges\"\n"
    )
    .replace(
        "\"target:japan-investment\" = \"今後10年間の日本の対インド投資\"",
        "\"target:japan-investment\" = \"\"\n\"milestone:moc-signed:summary\" = \"x\"\n\"rate:x\" = \"y\"\n\"milestone:gone\" = \"消えた\"",
    );
    std::fs::write(&file, &wrong).unwrap();
    let out = pactboard().arg("check").arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let said =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    for (what, line_of) in [
        (
            "`fr` is not a language pactboard speaks",
            "[translations.fr]",
        ),
        ("is empty", "\"target:japan-investment\" = \"\""),
        (
            "a milestone's `summary` has no translation",
            "\"milestone:moc-signed:summary\"",
        ),
        ("names no table with names", "\"rate:x\""),
        ("no milestone has the id `gone`", "\"milestone:gone\""),
    ] {
        let line = wrong.lines().position(|l| l.contains(line_of)).unwrap() + 1;
        assert!(
            said.lines()
                .any(|l| l.contains(&format!(":{line}:")) && l.contains(what)),
            "`{what}` at line {line}:\n{said}"
        );
    }
    // Theirs changed a translation: the model merge takes it, name by name; the same name
    // changed differently on both sides gives way to a merge of lines, so that nothing of
    // theirs is lost.
    let load = |text: &str| {
        pactboard::store::load_source(pactboard::store::SourceText::new(
            "m.toml",
            text.to_string(),
        ))
        .unwrap()
        .model
    };
    let base = load(&bundled);
    let theirs = load(&bundled.replace("\"人的交流\"", "\"人と人との交流\""));
    let now = chrono::DateTime::parse_from_rfc3339("2026-11-25T12:00:00+09:00").unwrap();
    let ours = load(&bundled.replace("\"技術協力\"", "\"技術の協力\""));
    let merged = pactboard::model::three_way::merge(&base, &ours, &theirs, now).unwrap();
    let names = &merged.model.translations;
    let name = |id: &str| {
        names
            .get(Lang::Ja, Table::Pillar, id, Field::Title)
            .map(str::to_string)
    };
    assert_eq!(name("people-to-people").as_deref(), Some("人と人との交流"));
    let differently = load(&bundled.replace("\"人的交流\"", "\"人の交流\""));
    let merged = pactboard::model::three_way::merge(&base, &differently, &theirs, now);
    assert!(
        merged.is_err(),
        "the same name changed differently on both sides is merged as lines"
    );
}

/// The report for the minutes is in the language asked; its JSON stays language-neutral.
#[test]
fn the_report_speaks_the_language_and_its_json_does_not() {
    let report = |args: &[&str]| {
        let out = pactboard()
            .args(["report", BUNDLED])
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let ja = report(&["--lang", "ja"]);
    for said in [
        "全体の進捗",
        "投資・イノベーション",
        "| 柱 | 進捗 |",
        "10兆円",
    ] {
        assert!(ja.contains(said), "`{said}`:\n{ja}");
    }
    let hi = report(&["--lang", "hi"]);
    assert!(
        hi.contains("कुल प्रगति") && hi.contains("निवेश और नवाचार"),
        "{hi}"
    );
    let en = report(&[]);
    assert!(en.contains("**Overall progress: 33%**"), "{en}");
    assert_eq!(
        report(&["--format", "json", "--lang", "ja"]),
        report(&["--format", "json"]),
        "the JSON is the same in every language"
    );
}
