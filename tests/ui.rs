//! The dashboard through ratatui's `TestBackend`: every view at 80x24 and 160x48 on the bundled
//! model and on hostile text, driven by keys, and a sweep of sizes that must never panic.

use crate::common;

use common::app_of;

use pactboard::app::{Action, App, Key, View};
use pactboard::ui::snapshot::{render, to_text};
use pactboard::ui::theme::{Theme, ThemeName};
use ratatui::crossterm::event::KeyCode;
use unicode_width::UnicodeWidthStr;

fn screen(app: &App, width: u16, height: u16) -> String {
    to_text(&render(app, &Theme::named(ThemeName::Mono), width, height))
}

fn in_view(mut app: App, view: View) -> App {
    app.update(Action::Go(view));
    app
}

fn press(app: &mut App, keys: &str) {
    for c in keys.chars() {
        app.handle_key(Key::plain(KeyCode::Char(c)));
    }
}

fn press_code(app: &mut App, code: KeyCode) {
    app.handle_key(Key::plain(code));
}

#[test]
fn every_view_of_the_bundled_model() {
    for (w, h) in [(80, 24), (160, 48)] {
        for view in View::ALL {
            let app = in_view(app_of("assets/india-japan.toml"), view);
            insta::assert_snapshot!(
                format!("bundled_{}_{w}x{h}", view.name()),
                screen(&app, w, h)
            );
        }
    }
}

/// Every view in Japanese and in Hindi (#28), at 80x24 and at a large size: the words from the
/// catalogs, the model's translated names, dates and money each language's way.
#[test]
fn every_view_in_japanese_and_hindi() {
    for lang in [pactboard::i18n::Lang::Ja, pactboard::i18n::Lang::Hi] {
        for (w, h) in [(80, 24), (160, 48)] {
            for view in View::ALL {
                let mut app = in_view(app_of("assets/india-japan.toml"), view);
                app.dash.langs = pactboard::i18n::Langs::one(lang);
                insta::assert_snapshot!(
                    format!("bundled_{lang}_{}_{w}x{h}", view.name()),
                    screen(&app, w, h)
                );
            }
        }
    }
}

#[test]
fn every_view_with_hostile_text() {
    for (w, h) in [(80, 24), (160, 48)] {
        for view in View::ALL {
            let app = in_view(app_of("tests/fixtures/valid/hostile.toml"), view);
            let text = screen(&app, w, h);
            assert!(
                !text.chars().any(|c| c.is_control() && c != '\n'),
                "{text:?}"
            );
            insta::assert_snapshot!(format!("hostile_{}_{w}x{h}", view.name()), text);
        }
    }
}

#[test]
fn the_full_fixture_targets_and_timeline() {
    let app = in_view(app_of("tests/fixtures/valid/full.toml"), View::Targets);
    insta::assert_snapshot!("full_targets_120x32", screen(&app, 120, 32));
    let app = in_view(app_of("tests/fixtures/valid/full.toml"), View::Timeline);
    insta::assert_snapshot!("full_timeline_120x32", screen(&app, 120, 32));
}

#[test]
fn tab_number_keys_and_shift_tab_move_between_views() {
    let mut app = app_of("assets/india-japan.toml");
    press_code(&mut app, KeyCode::Tab);
    assert_eq!(app.dash.view, View::Pillars);
    press_code(&mut app, KeyCode::BackTab);
    press_code(&mut app, KeyCode::BackTab);
    assert_eq!(app.dash.view, View::Changes);
    press_code(&mut app, KeyCode::BackTab);
    assert_eq!(app.dash.view, View::Targets);
    press(&mut app, "3");
    assert_eq!(app.dash.view, View::Milestones);
    press(&mut app, "6");
    assert_eq!(app.dash.view, View::Changes);
}

#[test]
fn opening_a_pillar_shows_its_milestones_and_esc_clears_the_filter() {
    let mut app = app_of("assets/india-japan.toml");
    press(&mut app, "2j");
    assert_eq!(app.selected_pillar(), Some(1));
    press_code(&mut app, KeyCode::Enter);
    assert_eq!(app.dash.view, View::Milestones);
    assert_eq!(app.dash.milestones.rows.len(), 7);
    press_code(&mut app, KeyCode::Esc);
    assert_eq!(app.dash.milestones.rows.len(), 9);
}

#[test]
fn enter_opens_a_milestone_with_its_history_and_esc_closes_it() {
    let mut app = in_view(app_of("tests/fixtures/valid/full.toml"), View::Milestones);
    press_code(&mut app, KeyCode::Enter);
    assert!(app.showing_detail());
    let text = screen(&app, 100, 30);
    assert!(text.contains("History (2)"), "{text}");
    assert!(text.contains("in progress → ● done"), "{text}");
    assert!(text.contains("Signed"), "{text}");
    press_code(&mut app, KeyCode::Esc);
    assert!(!app.showing_detail());
}

#[test]
fn search_filters_by_id_or_title_enter_keeps_and_esc_clears() {
    let mut app = in_view(app_of("assets/india-japan.toml"), View::Milestones);
    press(&mut app, "/");
    assert!(app.search_editor().is_some());
    press(&mut app, "DEEP");
    assert_eq!(app.dash.milestones.rows.len(), 1);
    press_code(&mut app, KeyCode::Enter);
    assert!(app.search_editor().is_none());
    assert_eq!(app.dash.search.query, "DEEP");
    assert!(screen(&app, 80, 24).contains("search: DEEP"));
    press(&mut app, "/");
    press_code(&mut app, KeyCode::Esc);
    assert_eq!(app.dash.milestones.rows.len(), 9);
    assert!(app.dash.search.query.is_empty());
}

#[test]
fn sort_and_filters_cycle_in_the_milestones_view() {
    let mut app = in_view(app_of("assets/india-japan.toml"), View::Milestones);
    press(&mut app, "f");
    assert_eq!(app.dash.milestones.rows.len(), 6, "planned");
    press(&mut app, "ffff");
    assert_eq!(app.dash.milestones.rows.len(), 3, "done");
    press(&mut app, "f");
    assert_eq!(app.dash.milestones.rows.len(), 0, "cancelled");
    press(&mut app, "f");
    assert_eq!(app.dash.milestones.rows.len(), 9, "no filter");
    press(&mut app, "F");
    assert_eq!(app.dash.milestones.rows.len(), 2);
    press(&mut app, "o");
    assert!(screen(&app, 80, 24).contains("by status"));
}

#[test]
fn help_lists_the_keys_of_the_view_from_the_keymap() {
    let mut app = in_view(app_of("assets/india-japan.toml"), View::Timeline);
    press(&mut app, "?");
    assert!(app.showing_help());
    let text = screen(&app, 100, 40);
    assert!(text.contains("In the timeline view"), "{text}");
    assert!(text.contains("zoom in"), "{text}");
    assert!(text.contains("Everywhere"), "{text}");
    press(&mut app, "q");
    assert!(
        !app.showing_help() && !app.quitting(),
        "q closes the help first"
    );
    press(&mut app, "q");
    assert!(app.quitting());
}

#[test]
fn the_timeline_zooms_and_scrolls() {
    let mut app = in_view(app_of("assets/india-japan.toml"), View::Timeline);
    app.resize(pactboard::ui::viewport(
        120,
        40,
        &app.doc.model,
        app.dash.langs,
    ));
    let years = screen(&app, 120, 40);
    assert!(years.contains("2030"), "{years}");
    press(&mut app, "+");
    let quarters = screen(&app, 120, 40);
    assert!(
        quarters.contains("Q1 2026") || quarters.contains("Q1 2027"),
        "{quarters}"
    );
    press(&mut app, "+");
    let start = app.dash.timeline.window_start;
    press(&mut app, "l");
    assert!(app.dash.timeline.window_start > start);
    press_code(&mut app, KeyCode::Left);
    assert_eq!(app.dash.timeline.window_start, start);
    assert!(screen(&app, 120, 40).contains("months"));
}

#[test]
fn clicks_select_tabs_and_rows() {
    use pactboard::ui::hit_test;
    use ratatui::layout::Rect;
    let mut app = app_of("assets/india-japan.toml");
    app.resize(pactboard::ui::viewport(
        100,
        30,
        &app.doc.model,
        app.dash.langs,
    ));
    let area = Rect::new(0, 0, 100, 30);
    let text = screen(&app, 100, 30);
    let tab_x = text.lines().next().unwrap().find("Milestones").unwrap() as u16;
    assert_eq!(
        hit_test(&app, area, tab_x, 0),
        Some(Action::Go(View::Milestones))
    );
    app.update(Action::Go(View::Milestones));
    // Row 5 of the screen is the third milestone row (tabs, header, border, column titles).
    assert_eq!(hit_test(&app, area, 10, 5), Some(Action::Select(1)));
    app.update(Action::Select(1));
    assert_eq!(app.dash.milestones.cursor.selected, 1);
}

#[test]
fn any_size_from_1x1_up_draws_without_panicking_and_fits() {
    let apps = [
        app_of("assets/india-japan.toml"),
        app_of("tests/fixtures/valid/hostile.toml"),
    ];
    for app in &apps {
        for view in View::ALL {
            let app = in_view(app.clone(), view);
            for w in (1..=130).step_by(7) {
                for h in (1..=50).step_by(5) {
                    let text = screen(&app, w, h);
                    assert_eq!(text.lines().count(), usize::from(h));
                    assert!(
                        text.lines().all(|l| l.width() <= usize::from(w)),
                        "{w}x{h}\n{text}"
                    );
                }
            }
        }
    }
    let text = screen(&apps[0], 45, 10);
    assert!(
        text.contains("terminal too small (need 60×16, have 45×10)"),
        "{text}"
    );
    // Narrower, a shorter wording, never a cut one.
    let text = screen(&apps[0], 40, 12);
    assert!(text.contains("too small: 40×12, need 60×16"), "{text}");
    let text = screen(&apps[0], 12, 5);
    assert!(text.contains("need 60×16"), "{text}");
    assert!(!text.contains('…'), "{text}");
}

#[test]
fn the_light_theme_paints_its_own_background() {
    let app = app_of("assets/india-japan.toml");
    for (w, h) in [(80, 24), (30, 10)] {
        let buffer = render(&app, &Theme::named(ThemeName::Light), w, h);
        // Every cell has a background of the theme's, never the terminal's own.
        let unpainted = buffer
            .content
            .iter()
            .find(|c| c.bg == ratatui::style::Color::Reset);
        assert!(unpainted.is_none(), "{w}x{h}: {unpainted:?}");
        assert!(
            buffer
                .content
                .iter()
                .any(|c| c.bg == ratatui::style::Color::White)
        );
    }
}

#[test]
fn a_long_message_wraps_onto_more_status_rows_and_is_never_cut_mid_word() {
    let mut app = app_of("assets/india-japan.toml");
    app.save_failed("cannot write /home/someone/partnerships/india-japan.toml: No space left on device (os error 28)");
    for (w, h) in [(80, 24), (60, 20)] {
        let text = screen(&app, w, h);
        let tail: Vec<&str> = text.lines().rev().take(4).collect();
        let joined: String = tail
            .iter()
            .rev()
            .map(|l| l.trim())
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            joined.contains("(your edits are kept; Ctrl-s tries again)"),
            "{w}x{h}:\n{text}"
        );
        assert!(
            joined.contains("No space left on device"),
            "{w}x{h}:\n{text}"
        );
        assert_eq!(text.lines().count(), usize::from(h));
    }
    // A short message keeps the one status row.
    let mut app = app_of("assets/india-japan.toml");
    app.say("saved", false);
    let text = screen(&app, 80, 24);
    assert!(text.lines().nth(22).unwrap().starts_with('╰'), "{text}");
}

/// The states a person scrolls to, the problems of a broken file, a long note being typed, and
/// the light and mono themes' styles: as snapshots.
#[test]
fn scrolled_states_problems_the_editor_and_the_themes() {
    let sized = |app: &mut App, w: u16, h: u16| {
        app.resize(pactboard::ui::viewport(
            w,
            h,
            &app.doc.model,
            app.dash.langs,
        ));
        screen(app, w, h)
    };
    let mut app = in_view(app_of("tests/fixtures/valid/crowded.toml"), View::Pillars);
    press(&mut app, "jlG");
    insta::assert_snapshot!("scrolled_pillar_detail_60x20", sized(&mut app, 60, 20));
    let mut app = app_of("tests/fixtures/valid/crowded.toml");
    press(&mut app, "lG");
    insta::assert_snapshot!("scrolled_agreements_60x20", sized(&mut app, 60, 20));
    let mut app = in_view(
        app_of("tests/fixtures/valid/crowded.toml"),
        View::Milestones,
    );
    press(&mut app, "G");
    press_code(&mut app, KeyCode::Enter);
    press_code(&mut app, KeyCode::PageDown);
    insta::assert_snapshot!("scrolled_milestone_detail_60x20", sized(&mut app, 60, 20));

    let text = std::fs::read_to_string(common::repo_file(common::BUNDLED)).unwrap();
    let broken = text.replacen("status = \"planned\"", "status = \"finished\"", 1);
    let error =
        pactboard::store::load_source(pactboard::store::SourceText::new("model.toml", broken))
            .unwrap_err();
    let problems =
        pactboard::runtime::session::problems_of(pactboard::i18n::Lang::En, &error).unwrap();
    let origin = pactboard::app::Origin {
        name: "model.toml".into(),
        read_only: false,
    };
    let mut app = App::waiting(
        problems,
        common::today(),
        origin,
        pactboard::app::Keymap::defaults(),
    );
    insta::assert_snapshot!("problems_80x24", sized(&mut app, 80, 24));

    let mut app = in_view(app_of(common::BUNDLED), View::Milestones);
    press(&mut app, "Gn");
    let words: Vec<String> = (0..60).map(|n| format!("word{n}")).collect();
    app.paste(&words.join(" "));
    insta::assert_snapshot!("notes_editor_long_80x24", sized(&mut app, 80, 24));

    for theme in [ThemeName::Light, ThemeName::Mono] {
        let mut app = app_of(common::BUNDLED);
        app.resize(pactboard::ui::viewport(
            60,
            16,
            &app.doc.model,
            app.dash.langs,
        ));
        let buffer = render(&app, &Theme::named(theme), 60, 16);
        insta::assert_debug_snapshot!(
            format!("styles_overview_60x16_{theme:?}").to_lowercase(),
            buffer
        );
    }
}

/// The milestones table shares its width by need (#28): at 80 columns a status is a symbol and a
/// word even when every milestone has a due date and an owner; at 200 nothing is cut while the
/// title column would have room to spare; in Japanese and Hindi the headings and status words
/// are the language's.
#[test]
fn the_milestones_table_shares_its_width_by_need() {
    let mut app = app_of(common::BUNDLED);
    for (i, m) in app.doc.model.milestones.iter_mut().enumerate() {
        m.due = chrono::NaiveDate::from_ymd_opt(2027, 1 + (i % 12) as u32, 1);
        m.owner = Some("Ministry of Mines".into());
    }
    let app = in_view(app, View::Milestones);
    let narrow = screen(&app, 80, 24);
    for word in ["planned", "done", "status"] {
        assert!(narrow.contains(word), "`{word}` at 80 columns:\n{narrow}");
    }
    let wide = screen(&app, 200, 16);
    let rows: Vec<&str> = wide.lines().skip(4).take(9).collect();
    assert!(
        rows.iter().all(|r| !r.contains('…')),
        "nothing cut at 200 columns:\n{wide}"
    );
    assert!(wide.contains("Economic and energy security") && wide.contains("Ministry of Mines"));
    let mut ja = app;
    ja.dash.langs = pactboard::i18n::Langs::one(pactboard::i18n::Lang::Ja);
    let ja_screen = screen(&ja, 80, 24);
    for word in ["予定", "完了", "期限", "状況", "マイルストーン"] {
        assert!(ja_screen.contains(word), "`{word}`:\n{ja_screen}");
    }
}

/// The mouse wheel scrolls the pane under the pointer, not the one with the keys (#28): over
/// the overview's agreements it scrolls them, over the pillars' list it moves the list.
#[test]
fn the_wheel_scrolls_the_pane_under_the_pointer() {
    let mut app = app_of(common::BUNDLED);
    let area = ratatui::layout::Rect::new(0, 0, 100, 30);
    app.resize(pactboard::ui::viewport(
        100,
        30,
        &app.doc.model,
        app.dash.langs,
    ));
    let body = ratatui::layout::Rect::new(0, 2, 100, 27);
    let text = pactboard::ui::overview::agreements_area(&app.doc.model, body);
    assert_eq!(app.dash.overview.focus, pactboard::app::Pane::List);
    let (x, y) = (text.x + 2, text.y + 1);
    let pane = pactboard::ui::pane_at(&app, area, x, y);
    assert_eq!(pane, Some(pactboard::app::Pane::Text));
    app.wheel(pane, 3);
    let scrolled = app.dash.overview.scroll;
    assert!(scrolled > 0, "the agreements scrolled");
    assert_eq!(app.dash.overview.focus, pactboard::app::Pane::Text);
    // Over the pillars' list, the list moves.
    let pane = pactboard::ui::pane_at(&app, area, 3, 6);
    assert_eq!(pane, Some(pactboard::app::Pane::List));
    app.wheel(pane, 3);
    assert_eq!(app.dash.pillars.cursor.selected, 3);
    assert_eq!(
        app.dash.overview.scroll, scrolled,
        "the agreements stay where they were"
    );
}
