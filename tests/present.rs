//! Presentation mode: every slide of the bundled model at 80x24 and 200x60 (in mono too),
//! navigation, rebuilding on a changed model, and the deck leaving out empty slides.

use crate::common;

use common::app_of;

use chrono::NaiveDate;
use pactboard::app::deck::Slide;
use pactboard::app::{Action, App, Key, View};
use pactboard::model::edit::Edit;
use pactboard::model::slide_text::lists::ListKind;
use pactboard::model::{Since, Status};
use pactboard::ui::snapshot::{render, to_text};
use pactboard::ui::theme::{Theme, ThemeName};
use ratatui::crossterm::event::KeyCode;

fn key(app: &mut App, code: KeyCode) {
    app.handle_key(Key::plain(code));
}

fn current(app: &App) -> usize {
    app.presenter().unwrap().current
}

#[test]
fn every_slide_of_the_bundled_model() {
    let mut app = app_of("assets/india-japan.toml");
    app.start_presentation(None, false);
    let count = app.presenter().unwrap().slides.len();
    assert_eq!(
        count, 9,
        "title, overview, money, decisions, agreements, the 2 pillars with milestones, the 5 without on one slide, summary"
    );
    for n in 0..count {
        app.presenter_mut().unwrap().current = n;
        for (w, h, theme) in [
            (80, 24, ThemeName::Dark),
            (200, 60, ThemeName::Dark),
            (80, 24, ThemeName::Mono),
        ] {
            let text = to_text(&render(&app, &Theme::named(theme), w, h));
            assert_eq!(text.lines().count(), usize::from(h));
            let name = format!("slide_{:02}_{w}x{h}_{theme:?}", n + 1).to_lowercase();
            insta::assert_snapshot!(name, text);
        }
    }
}

#[test]
fn keys_move_through_the_deck_and_a_number_jumps() {
    let mut app = app_of("assets/india-japan.toml");
    app.start_presentation(None, false);
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::PageDown);
    assert_eq!(current(&app), 3);
    key(&mut app, KeyCode::Left);
    key(&mut app, KeyCode::PageUp);
    assert_eq!(current(&app), 1);
    key(&mut app, KeyCode::End);
    assert_eq!(current(&app), 8);
    key(&mut app, KeyCode::Right);
    assert_eq!(current(&app), 8, "stays on the last");
    key(&mut app, KeyCode::Home);
    assert_eq!(current(&app), 0);
    key(&mut app, KeyCode::Char('5'));
    key(&mut app, KeyCode::Enter);
    assert_eq!(current(&app), 4);
    key(&mut app, KeyCode::Char('t'));
    assert!(!app.presenter().unwrap().footer);
    key(&mut app, KeyCode::Char('q'));
    assert!(app.quitting(), "q leaves `pactboard present`");
}

#[test]
fn from_the_dashboard_p_presents_and_esc_comes_back_with_the_edits() {
    let mut app = app_of("assets/india-japan.toml");
    app.update(Action::Go(View::Milestones));
    let i = app.doc.model.milestone_index("future-phases").unwrap();
    let at = app.doc.now;
    app.edit(
        i,
        Edit::Status {
            to: Status::Done,
            note: None,
            at,
        },
    );
    key(&mut app, KeyCode::Char('P'));
    assert!(app.presenter().is_some());
    key(&mut app, KeyCode::Esc);
    assert!(app.presenter().is_none() && !app.quitting());
    assert_eq!(app.dash.view, View::Milestones);
    assert_eq!(app.doc.unsaved(), 1);
}

#[test]
fn the_deck_is_rebuilt_on_a_changed_model_and_stays_on_its_slide() {
    let mut app = app_of("assets/india-japan.toml");
    app.start_presentation(None, true);
    app.presenter_mut().unwrap().current = 6;
    let before = to_text(&render(&app, &Theme::named(ThemeName::Mono), 100, 30));
    let i = app.doc.model.milestone_index("future-phases").unwrap();
    let at = app.doc.now;
    app.edit(
        i,
        Edit::Status {
            to: Status::Done,
            note: None,
            at,
        },
    );
    assert_eq!(app.presenter().unwrap().slide(), Slide::Pillar(1));
    let headline = |app: &mut App| {
        app.presenter_mut().unwrap().current = 1;
        to_text(&render(app, &Theme::named(ThemeName::Mono), 100, 30))
    };
    assert!(headline(&mut app).contains("4 of 9 milestones done"));
    assert_ne!(
        before,
        to_text(&render(&app, &Theme::named(ThemeName::Mono), 100, 30))
    );
}

#[test]
fn empty_slides_are_left_out_and_since_says_what_changed() {
    let mut app = app_of("tests/fixtures/valid/hostile.toml");
    app.start_presentation(NaiveDate::from_ymd_opt(2020, 1, 1).map(Since::Date), false);
    let slides = &app.presenter().unwrap().slides;
    assert!(
        slides.starts_with(&[Slide::Title, Slide::Overview]) && slides.contains(&Slide::Pillar(0)),
        "{slides:?}"
    );
    // Asked for, the "since" slide says that nothing changed rather than leave the room guessing.
    let n = slides
        .iter()
        .position(|s| matches!(s, Slide::List(ListKind::Since, _)))
        .unwrap();
    app.presenter_mut().unwrap().current = n;
    let text = to_text(&render(&app, &Theme::named(ThemeName::Mono), 80, 24));
    assert!(text.contains("Nothing has changed."), "{text}");
    let mut app = app_of("tests/fixtures/valid/full.toml");
    app.start_presentation(NaiveDate::from_ymd_opt(2025, 10, 1).map(Since::Date), false);
    let slides = app.presenter().unwrap().slides.clone();
    let n = slides
        .iter()
        .position(|s| matches!(s, Slide::List(ListKind::Since, _)))
        .unwrap();
    app.presenter_mut().unwrap().current = n;
    let text = to_text(&render(&app, &Theme::named(ThemeName::Mono), 120, 30));
    assert!(text.contains("Since 2025-10-01"), "{text}");
    assert!(text.contains("“Signed”"), "{text}");
}

#[test]
fn snapshot_of_a_slide_past_the_end_says_how_many_there_are() {
    let file = format!("{}/assets/india-japan.toml", env!("CARGO_MANIFEST_DIR"));
    common::pactboard()
        .args(["snapshot", &file, "--view", "slide:10"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("the deck has 9 slides"));
    common::pactboard()
        .args(["snapshot", &file, "--view", "slide:9"])
        .assert()
        .code(0)
        .stdout(predicates::str::contains("In summary"));
}

#[test]
fn hostile_text_on_slides_is_safe_and_cjk_titles_fall_back_to_bold_text() {
    let mut app = app_of("tests/fixtures/valid/hostile.toml");
    app.start_presentation(None, false);
    for n in 0..app.presenter().unwrap().slides.len() {
        app.presenter_mut().unwrap().current = n;
        for (w, h) in [(60, 16), (80, 24), (200, 60)] {
            let text = to_text(&render(&app, &Theme::named(ThemeName::Mono), w, h));
            assert!(
                !text.chars().any(|c| c.is_control() && c != '\n'),
                "{text:?}"
            );
        }
    }
    app.presenter_mut().unwrap().current = 0;
    let text = to_text(&render(&app, &Theme::named(ThemeName::Mono), 80, 24));
    assert!(text.contains("日本・インド"), "{text}");
}

#[test]
fn where_we_stand_keeps_every_line_at_60x20_and_the_footer_names_keys_at_80() {
    let mut app = app_of("assets/india-japan.toml");
    app.start_presentation(None, false);
    app.presenter_mut().unwrap().current = 1;
    let small = to_text(&render(&app, &Theme::named(ThemeName::Mono), 60, 20));
    for line in [
        "milestones done",
        "realized ¥0 of ¥10",
        "pace:",
        "run-rate needed",
    ] {
        assert!(small.contains(line), "`{line}` is cut at 60x20:\n{small}");
    }
    app.presenter_mut().unwrap().current = 2;
    let small = to_text(&render(&app, &Theme::named(ThemeName::Mono), 60, 20));
    for line in [
        "Realized (the big figure): ¥0 of ¥10 trillion",
        "Committed ¥0 · announced ¥0",
        "pace:",
        "Run-rate needed:",
    ] {
        assert!(small.contains(line), "`{line}` is cut at 60x20:\n{small}");
    }
    let footer = to_text(&render(&app, &Theme::named(ThemeName::Mono), 80, 24));
    let last = footer.lines().last().unwrap();
    assert!(last.contains("→ next") && last.contains("? help"), "{last}");
}

/// A crowded "since": 50 changes of every kind (status changes with notes, amounts, milestones
/// added, removed, re-dated and retitled, a pillar added) since a version of the file. At every
/// size from the smallest the deck supports, every change is on one of the "since" pages, the
/// pages say "n of N", no line is cut (each ends inside the screen's margin), the money comes
/// first and a removed milestone is under the pillar it had.
#[test]
fn since_shows_every_change_on_as_many_pages_as_it_needs() {
    use pactboard::model::{Milestone, Pillar, TargetEntry};
    let mut app = app_of("assets/india-japan.toml");
    let then = app.doc.model.clone();
    let mut now = then.clone();
    let at = app.doc.now;
    let mut expected: Vec<String> = Vec::new();
    for n in 0..30 {
        let title = format!("新しい 協力 milestone नई परियोजना number {n} with a longer title");
        now.add_milestone(Milestone::new(format!("added-{n}"), title.clone(), n % 2))
            .unwrap();
        expected.push(format!("number {n} "));
    }
    for n in 1..then.milestones.len() {
        let i = now.milestone_index(&then.milestones[n].id).unwrap();
        now.apply(
            i,
            Edit::Status {
                to: if now.milestones[i].status == Status::AtRisk {
                    Status::Blocked
                } else {
                    Status::AtRisk
                },
                note: Some(format!("note {n} from the working group")),
                at,
            },
        )
        .unwrap();
        expected.push(format!("note {n} from"));
    }
    let removed = then.milestones[0].clone();
    now.remove_milestone(now.milestone_index(&removed.id).unwrap());
    expected.push(removed.title.clone());
    now.targets[0].entries.push(TargetEntry {
        date: NaiveDate::from_ymd_opt(2026, 10, 1).unwrap(),
        amount: 1.5e12,
        kind: pactboard::model::EntryKind::Announced,
        note: Some("Gujarat".into()),
        source: None,
    });
    expected.push("announced ¥1.5 trillion".into());
    now.pillars.push(Pillar {
        id: "space".into(),
        title: "Space".into(),
        summary: None,
        source: None,
    });
    expected.push("pillar space added".into());
    app.reload(now);
    let since = Since::Version {
        revision: "meeting-2026-09".into(),
        commit: "abc1234".into(),
        date: NaiveDate::from_ymd_opt(2026, 9, 1).unwrap(),
        model: Box::new(then),
    };
    for (w, h) in [(60, 16), (80, 24), (160, 45), (200, 60)] {
        app.resize(pactboard::ui::viewport(
            w,
            h,
            &app.doc.model,
            app.dash.langs,
        ));
        app.start_presentation(Some(since.clone()), false);
        let slides = app.presenter().unwrap().slides.clone();
        let pages: Vec<usize> = slides
            .iter()
            .enumerate()
            .filter(|(_, s)| matches!(s, Slide::List(ListKind::Since, _)))
            .map(|(n, _)| n)
            .collect();
        let mut all = String::new();
        let mut two_columns = 0;
        for (k, &n) in pages.iter().enumerate() {
            app.presenter_mut().unwrap().current = n;
            let text = to_text(&render(&app, &Theme::named(ThemeName::Mono), w, h));
            // The heading is text on a small screen, block letters over its page on a large one.
            let heading = text.lines().take(7).collect::<Vec<_>>().join("\n");
            if h < 45 {
                assert!(heading.contains("Since meeting-2026-09"), "{heading}");
            }
            if pages.len() > 1 {
                assert!(
                    heading.contains(&format!("{} of {}", k + 1, pages.len())),
                    "{heading}"
                );
            }
            for line in text.lines() {
                assert!(!line.ends_with('…'), "a line is cut at {w}x{h}: {line}");
            }
            // The page's own lines, column by column, joined, so that a wrapped change reads
            // as one (on a wide screen a long list takes two columns).
            let buffer = render(&app, &Theme::named(ThemeName::Mono), w, h);
            let body = usize::from(w) - 4;
            let two = matches!(
                app.presenter().unwrap().slide(),
                Slide::List(_, page) if page.second < page.end
            );
            two_columns += usize::from(two);
            let columns: Vec<(usize, usize)> = if two {
                let cw = pactboard::model::deck::column_width(body, 2);
                vec![(2, 2 + cw), (2 + cw + 4, 2 + 2 * cw + 4)]
            } else {
                vec![(0, usize::from(w))]
            };
            for (from, to) in columns {
                for y in 0..h - 1 {
                    for x in from..to {
                        all.push_str(buffer[(x as u16, y)].symbol());
                    }
                    all.push(' ');
                }
            }
        }
        let squeezed: String = all.split_whitespace().collect::<Vec<_>>().join(" ");
        for e in &expected {
            assert!(squeezed.contains(e.as_str()), "`{e}` is missing at {w}x{h}");
        }
        // A list longer than a page takes two columns on a wide screen, and only there.
        if w < 160 {
            assert_eq!(two_columns, 0, "two columns at {w}x{h}");
        } else if pages.len() > 1 || w == 160 {
            assert!(
                two_columns > 0,
                "one column for {} pages at {w}x{h}",
                pages.len()
            );
        }
        let money = squeezed.find("Money (1)").unwrap();
        let first_pillar = squeezed.find(&app.doc.model.pillars[0].title).unwrap();
        assert!(money < first_pillar, "the money comes first at {w}x{h}");
        assert!(
            pages.len() >= 2 || h >= 45,
            "{} pages at {w}x{h}",
            pages.len()
        );
    }
}

/// The model's `[deck]` chooses the slides and their order, `--slides` overrides it for a run,
/// the speaker's notes are the model's note first and then what the model says, and a pillar the
/// deck names is not removed from under it.
#[test]
fn the_models_deck_chooses_the_slides_and_carries_the_notes() {
    use pactboard::model::deck::{Part, Slide as S};
    use pactboard::model::slide_text::notes::notes;
    let mut app = app_of("tests/fixtures/valid/deck.toml");
    app.start_presentation(None, false);
    let p = app.presenter().unwrap();
    assert!(
        matches!(
            p.slides.as_slice(),
            [
                S::Title,
                S::List(ListKind::Decisions, _),
                S::Pillar(0),
                S::Closing
            ]
        ),
        "{:?}",
        p.slides
    );
    let deck = pactboard::model::deck::Deck {
        slides: p.slides.clone(),
        lists: p.lists.clone(),
    };
    let said = notes(
        pactboard::i18n::Lang::En,
        &app.doc.model,
        &app.doc.figures,
        &deck,
        p.slides[1],
    );
    assert_eq!(said[0], "Ask METI for a date.");
    assert!(said.iter().any(|n| n == "Owners to ask: METI."), "{said:?}");
    let said = notes(
        pactboard::i18n::Lang::En,
        &app.doc.model,
        &app.doc.figures,
        &deck,
        S::Pillar(0),
    );
    assert_eq!(said[0], "The trade pillar is the one to watch.");
    assert!(said[1].contains("M (at risk): METI"), "{said:?}");
    app.start_deck(
        None,
        Some(Part::parse_list("summary,title").unwrap()),
        false,
    );
    assert_eq!(app.presenter().unwrap().slides, [S::Closing, S::Title]);
    assert!(
        app.doc
            .model
            .pillar_users(0)
            .contains(&"the deck's pillar:trade".to_string())
    );
}

/// The speaker view shows the slide small, the next one, the clock and the notes, and cuts its
/// list slides to the room its small slide has.
#[test]
fn the_speaker_view_shows_now_next_the_clock_and_the_notes() {
    use pactboard::app::deck::Role;
    let mut app = app_of("tests/fixtures/valid/deck.toml");
    app.resize(pactboard::ui::viewport(
        120,
        40,
        &app.doc.model,
        app.dash.langs,
    ));
    app.start_deck_as(None, None, false, Role::Speaker);
    app.presenter_mut().unwrap().current = 1;
    let text = to_text(&render(&app, &Theme::named(ThemeName::Mono), 120, 40));
    for want in [
        "Speaker view · slide 2 of 4",
        "since the start",
        "Now: 2 · decisions",
        "Next: 3 · pillar:trade",
        "Needs a decision",
        "Notes",
        "• Ask METI for a date.",
        "• Owners to ask: METI.",
    ] {
        assert!(text.contains(want), "`{want}` is not in:\n{text}");
    }
    app.presenter_mut().unwrap().current = 3;
    let text = to_text(&render(&app, &Theme::named(ThemeName::Mono), 120, 40));
    assert!(text.contains("Next: the end of the deck"), "{text}");
}

/// The bundled model and a crowded one: 300 milestones with long Japanese and Devanagari titles
/// over the seven pillars, some overdue, blocked and at risk with owners and notes, amounts
/// recorded, and more than 50 changes since the version the meeting compares with.
fn crowded() -> (App, Since) {
    use pactboard::model::{EntryKind, Milestone, TargetEntry};
    let mut app = app_of("assets/india-japan.toml");
    let then = app.doc.model.clone();
    let mut now = then.clone();
    let at = app.doc.now;
    for n in 0..300 {
        let title = match n % 3 {
            0 => format!("重要鉱物の共同探査と採掘プロジェクトの開始 第{n}段階の合意と実施計画"),
            1 => format!("महत्वपूर्ण खनिजों पर सहयोग का चरण {n}: संयुक्त अन्वेषण और क्षेत्रीय परियोजनाएँ"),
            _ => format!(
                "Startup and MSME exchange programme, round {n}, with the state governments"
            ),
        };
        let mut m = Milestone::new(format!("crowd-{n}"), title, n % 7);
        m.due = chrono::NaiveDate::from_ymd_opt(2026, 1 + (n % 12) as u32, 1 + (n % 28) as u32);
        m.owner = Some(if n % 2 == 0 { "METI" } else { "MeitY" }.into());
        now.add_milestone(m).unwrap();
    }
    for n in 0..40 {
        let i = now.milestone_index(&format!("crowd-{n}")).unwrap();
        let to = [
            Status::Blocked,
            Status::AtRisk,
            Status::InProgress,
            Status::Done,
        ][n % 4];
        now.apply(
            i,
            Edit::Status {
                to,
                note: Some(format!(
                    "ワーキンググループ {n} の報告 / कार्य समूह की रिपोर्ट {n}"
                )),
                at,
            },
        )
        .unwrap();
    }
    for n in 0..12 {
        now.targets[0].entries.push(TargetEntry {
            date: NaiveDate::from_ymd_opt(2026, 1 + n, 10).unwrap(),
            amount: 1e11 * f64::from(n + 1),
            kind: [
                EntryKind::Announced,
                EntryKind::Committed,
                EntryKind::Realized,
            ][n as usize % 3],
            note: None,
            source: None,
        });
    }
    app.reload(now.clone());
    // "Since" a version with the first 250 milestones and none of the amounts.
    let mut before = now;
    before.milestones.truncate(then.milestones.len() + 250);
    before.targets[0].entries.clear();
    let since = Since::Version {
        revision: "meeting-2026-09".into(),
        commit: "abc1234".into(),
        date: NaiveDate::from_ymd_opt(2026, 9, 1).unwrap(),
        model: Box::new(before),
    };
    (app, since)
}

/// Every slide uses the room it has. For every slide of the bundled and a crowded model at
/// 80x24, 160x45 and 200x60, the share of empty rows of the slide's body (the rows above the
/// footer) is measured, and held under the bound `docs/performance.md` states: a slide of fixed
/// content (title, where we stand, the money, the agreements, a pillar, the summary) leaves at
/// most 65% of its rows empty on the crowded model (the loosest is its agreements slide: one
/// agreement of six objectives, 63% at 200x60) and at most 80% on the bundled one, whose pillars
/// are nearly empty; a page of a list that continues on the next page at most 25% (a wrapped item or a group's
/// heading kept with its first item moves to the next page whole). And
/// nothing is cut without a sign: no row ends in `…` except a list's "… and N more".
#[test]
fn every_slide_uses_the_room_it_has() {
    let (crowded, since) = crowded();
    let mut bundled = app_of("assets/india-japan.toml");
    let mut report = Vec::new();
    let mut failures = Vec::new();
    for (name, app, since, fixed_bound) in [
        ("bundled", &mut bundled, None, 0.80),
        ("crowded", &mut { crowded }, Some(since), 0.65),
    ] {
        for (w, h) in [(80u16, 24u16), (160, 45), (200, 60)] {
            app.resize(pactboard::ui::viewport(
                w,
                h,
                &app.doc.model,
                app.dash.langs,
            ));
            app.start_presentation(since.clone(), false);
            let slides = app.presenter().unwrap().slides.clone();
            let mut row = format!("{name} {w}x{h}:");
            for (n, slide) in slides.iter().enumerate() {
                app.presenter_mut().unwrap().current = n;
                let text = to_text(&render(app, &Theme::named(ThemeName::Mono), w, h));
                let body: Vec<&str> = text.lines().take(usize::from(h) - 1).collect();
                let empty = body.iter().filter(|l| l.trim().is_empty()).count();
                let share = empty as f64 / body.len() as f64;
                row.push_str(&format!(" {:.0}", share * 100.0));
                let bound = match slide {
                    Slide::List(_, page) if page.n < page.of => Some(0.25),
                    Slide::List(..) => None,
                    _ => Some(fixed_bound),
                };
                if bound.is_some_and(|b| share > b) {
                    failures.push(format!(
                        "{name} {w}x{h} slide {} ({slide:?}): {:.0}% empty",
                        n + 1,
                        share * 100.0
                    ));
                }
                for line in &body {
                    if line.trim_end().ends_with('…') && !line.contains("more") {
                        failures.push(format!("{name} {w}x{h} slide {} cuts: {line}", n + 1));
                    }
                }
            }
            report.push(row);
        }
    }
    assert!(
        failures.is_empty(),
        "{}\n\n{}",
        failures.join("\n"),
        report.join("\n")
    );
    eprintln!("{}", report.join("\n"));
}

/// A slide the screen is too small for says so on its footer, even with the footer hidden; one
/// that fits says nothing of the kind.
#[test]
fn a_slide_cut_by_a_small_screen_says_so() {
    let mut app = app_of("assets/india-japan.toml");
    app.start_presentation(None, false);
    let agreements = app
        .presenter()
        .unwrap()
        .slides
        .iter()
        .position(|s| *s == Slide::Agreements)
        .unwrap();
    app.presenter_mut().unwrap().current = agreements;
    let fits = to_text(&render(&app, &Theme::named(ThemeName::Mono), 80, 24));
    assert!(!fits.contains("▼ cut"), "{fits}");
    app.presenter_mut().unwrap().footer = false;
    let small = to_text(&render(&app, &Theme::named(ThemeName::Mono), 60, 16));
    assert!(
        small
            .lines()
            .last()
            .unwrap()
            .contains("▼ cut: the screen is too small"),
        "{small}"
    );
}
