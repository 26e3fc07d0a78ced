//! What is open over the dashboard, one transition at a time: which key opens what, what the next
//! key goes to, and what closing it leaves. Also: a rebound key works in a popup and its hint
//! names it.

use crate::common;

use common::{BUNDLED, app_of};
use pactboard::app::{Action, App, Key, Keymap, Modal, Overlay, View};
use pactboard::ui::snapshot::{render, to_text};
use pactboard::ui::theme::{Theme, ThemeName};

/// The kinds of what is open, bottom to top ("search", "detail", "help", "picker", ...).
fn stack(app: &App) -> Vec<&'static str> {
    app.overlays()
        .iter()
        .map(|o| match o {
            Overlay::Search(_) => "search",
            Overlay::Detail { .. } => "detail",
            Overlay::Help { .. } => "help",
            Overlay::Presenting(_) => "presenting",
            Overlay::Popup(m) => match m {
                Modal::Picker { note: None, .. } => "picker",
                Modal::Picker { note: Some(_), .. } => "picker note",
                Modal::When { .. } => "when",
                Modal::Notes { .. } => "notes",
                Modal::Due { .. } => "due",
                Modal::ConfirmQuit => "confirm quit",
                Modal::FileMissing => "file missing",
                Modal::SaveAs { .. } => "save as",
                Modal::Conflict { .. } => "conflict",
                Modal::Form(_) => "form",
                Modal::ConfirmRemove { .. } => "confirm remove",
                Modal::ConfirmRemoveTable(_) => "confirm remove table",
            },
            Overlay::Problems { .. } => "problems",
        })
        .collect()
}

/// Presses keys named as in the keymap file, space-separated ("s esc enter").
fn press(app: &mut App, keys: &str) {
    for name in keys.split(' ') {
        app.handle_key(Key::parse(name).unwrap());
    }
}

fn screen(app: &App) -> String {
    to_text(&render(app, &Theme::named(ThemeName::Mono), 100, 30))
}

fn milestones() -> App {
    let mut app = app_of(BUNDLED);
    app.update(Action::Go(View::Milestones));
    app
}

#[test]
fn each_key_opens_and_closes_one_thing() {
    // (keys pressed, what is open after them), from the milestones view with nothing open.
    let steps: &[(&str, &[&str])] = &[
        ("/", &["search"]),
        ("x", &["search"]),
        ("enter", &[]),
        ("esc", &[]),
        ("enter", &["detail"]),
        ("s", &["detail", "picker"]),
        ("d", &["detail", "picker note"]),
        ("esc", &["detail"]),
        ("n", &["detail", "notes"]),
        ("esc", &["detail"]),
        ("e", &["detail", "due"]),
        ("esc", &["detail"]),
        ("?", &["detail", "help"]),
        ("esc", &["detail"]),
        ("esc", &[]),
        ("?", &["help"]),
        ("?", &[]),
        ("P", &["presenting"]),
        ("?", &["presenting", "help"]),
        ("q", &["presenting"]),
        ("q", &[]),
        ("s", &["picker"]),
        ("d", &["picker note"]),
        ("enter", &[]),
        ("q", &["confirm quit"]),
        ("esc", &[]),
        ("P", &["presenting"]),
        ("esc", &[]),
        ("q", &["confirm quit"]),
        ("d", &[]),
    ];
    let mut app = milestones();
    for (keys, expected) in steps {
        press(&mut app, keys);
        assert_eq!(stack(&app), *expected, "after {keys}");
    }
    assert!(app.quitting(), "d in the question discards and quits");
}

#[test]
fn the_search_box_types_what_no_binding_takes_and_its_arrows_move_the_selection() {
    let mut app = milestones();
    press(&mut app, "/ q s ? backspace");
    assert_eq!(
        app.dash.search.query, "qs",
        "q, s and ? are typed, not acted on"
    );
    assert_eq!(stack(&app), ["search"]);
    let before = app.dash.milestones.cursor.selected;
    press(&mut app, "esc");
    assert!(app.dash.search.query.is_empty());
    press(&mut app, "/ down");
    assert_eq!(app.dash.milestones.cursor.selected, before + 1);
}

#[test]
fn a_saved_file_gone_asks_where_and_save_as_takes_a_path() {
    let mut app = milestones();
    app.file_missing();
    assert_eq!(stack(&app), ["file missing"]);
    press(&mut app, "a");
    assert_eq!(stack(&app), ["save as"]);
    press(&mut app, "esc");
    assert!(stack(&app).is_empty());
}

#[test]
fn a_tab_in_the_detail_closes_it_and_goes_on() {
    let mut app = milestones();
    press(&mut app, "enter tab");
    assert!(stack(&app).is_empty());
    assert_eq!(app.dash.view, View::Timeline);
}

#[test]
fn a_rebound_popup_key_works_and_every_hint_names_it() {
    let keymap = Keymap::with_overrides(
        "[picker]\nx = \"mark_done\"\nd = \"none\"\n[text]\nctrl-o = \"accept\"\nenter = \"none\"\n\
         [confirm_quit]\nw = \"save_and_quit\"\ns = \"none\"\n[global]\nctrl-w = \"save\"\nctrl-s = \"none\"\n",
        "user keymap",
    )
    .unwrap();
    let mut app = milestones();
    app.dash.keymap = keymap;
    press(&mut app, "G s");
    let picker = screen(&app);
    assert!(picker.contains("x  ● done"), "{picker}");
    press(&mut app, "d");
    assert_eq!(stack(&app), ["picker"], "d no longer chooses done");
    press(&mut app, "x");
    assert_eq!(stack(&app), ["picker note"]);
    assert!(
        screen(&app).contains("Ctrl-o records the change"),
        "{}",
        screen(&app)
    );
    press(&mut app, "enter");
    assert_eq!(
        stack(&app),
        ["picker note"],
        "Enter is unbound in text fields now"
    );
    press(&mut app, "ctrl-o");
    assert!(stack(&app).is_empty());
    let said = app.dash.message.as_ref().unwrap().text.clone();
    assert!(
        said.contains("Ctrl-w saves") && !said.contains("Ctrl-s"),
        "{said}"
    );
    press(&mut app, "q");
    let question = screen(&app);
    assert!(question.contains("w save and quit"), "{question}");
    press(&mut app, "s");
    assert_eq!(stack(&app), ["confirm quit"]);
    press(&mut app, "w");
    assert!(stack(&app).is_empty());
    assert!(app.dash.effect.is_some(), "w saves before quitting");
}

#[test]
fn the_presentations_help_lists_its_own_keys() {
    let mut app = milestones();
    press(&mut app, "P ?");
    let help = screen(&app);
    assert!(help.contains("Presenting"), "{help}");
    assert!(help.contains("next slide"), "{help}");
    assert!(!help.contains("zoom"), "{help}");
}

#[test]
fn every_line_of_the_help_can_be_read_whole_at_60x20() {
    let mut app = milestones();
    app.resize(pactboard::ui::viewport(
        60,
        20,
        &app.doc.model,
        app.dash.langs,
    ));
    press(&mut app, "?");
    let mut seen = String::new();
    for _ in 0..40 {
        seen.push_str(&to_text(&render(
            &app,
            &Theme::named(ThemeName::Mono),
            60,
            20,
        )));
        press(&mut app, "j");
    }
    let keymap = Keymap::defaults();
    let sections = [
        pactboard::app::keymap::Section::In(View::Milestones),
        pactboard::app::keymap::Section::Global,
    ];
    for (_, list) in keymap.help(&sections) {
        for (_, action) in list {
            assert!(
                seen.contains(action.description()),
                "`{}` is never shown whole",
                action.description()
            );
        }
    }
    assert!(seen.contains("Keys can be changed in"), "{seen}");
}

/// The bundled model in a file of a temporary folder, with `status = "planned"` of its first
/// planned milestone written as `status = "finished"` when `broken`.
fn model_file(broken: bool) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("model.toml");
    write_model(&file, broken);
    (dir, file)
}

fn write_model(file: &std::path::Path, broken: bool) {
    let text = std::fs::read_to_string(common::repo_file(BUNDLED)).unwrap();
    let text = if broken {
        text.replacen("status = \"planned\"", "status = \"finished\"", 1)
    } else {
        text
    };
    std::fs::write(file, text).unwrap();
}

#[test]
fn a_broken_file_opens_on_its_problems_and_the_dashboard_follows_when_it_is_fixed() {
    use pactboard::runtime::session::{Session, problems_of};
    let (_dir, file) = model_file(true);
    let error = pactboard::store::load(&file).unwrap_err();
    let origin = pactboard::app::Origin {
        name: file.display().to_string(),
        read_only: false,
    };
    let app = App::waiting(
        problems_of(pactboard::i18n::Lang::En, &error).unwrap(),
        common::today(),
        origin,
        Keymap::defaults(),
    );
    let mut session = Session::waiting(app, file.clone());
    assert_eq!(stack(&session.app), ["problems"]);
    let shown = screen(&session.app);
    assert!(shown.contains("cannot be opened: 1 error"), "{shown}");
    assert!(
        shown.contains("finished"),
        "the line with the typo is shown: {shown}"
    );
    assert!(shown.contains("Fix it in your editor and save"), "{shown}");
    press(&mut session.app, "esc");
    assert_eq!(
        stack(&session.app),
        ["problems"],
        "nothing to go back to yet"
    );
    // Still broken: still waiting.
    session.file_changed();
    assert!(session.app.waiting_for_file());
    write_model(&file, false);
    session.file_changed();
    assert!(stack(&session.app).is_empty());
    assert!(!session.app.waiting_for_file());
    assert!(session.document.is_some() && session.waiting_for.is_none());
    assert_eq!(session.app.doc.model.pillars.len(), 7);
    assert!(screen(&session.app).contains("India–Japan"));
}

#[test]
fn a_file_broken_on_disk_keeps_the_last_good_version_and_bang_shows_why() {
    use pactboard::runtime::session::Session;
    let (_dir, file) = model_file(false);
    let loaded = pactboard::store::load(&file).unwrap();
    let document = Some(pactboard::store::Document::new(&loaded));
    let origin = pactboard::app::Origin {
        name: file.display().to_string(),
        read_only: false,
    };
    let app = App::new(loaded.model, common::today(), origin, Keymap::defaults());
    let mut session = Session::new(app, document);
    write_model(&file, true);
    session.file_changed();
    let banner = session.app.doc.banner.clone().unwrap();
    assert!(banner.contains("! shows the problems"), "{banner}");
    assert!(
        stack(&session.app).is_empty(),
        "the dashboard stays on the last good version"
    );
    press(&mut session.app, "!");
    assert_eq!(stack(&session.app), ["problems"]);
    assert!(screen(&session.app).contains("Esc back to the last good version"));
    press(&mut session.app, "esc");
    assert!(stack(&session.app).is_empty());
    write_model(&file, false);
    session.file_changed();
    assert!(session.app.doc.problems.is_none());
    press(&mut session.app, "!");
    assert!(stack(&session.app).is_empty(), "no problems to show");
}

/// The screen at `w`×`h` after the app was told that size.
fn screen_at(app: &mut App, w: u16, h: u16) -> String {
    app.resize(pactboard::ui::viewport(
        w,
        h,
        &app.doc.model,
        app.dash.langs,
    ));
    to_text(&render(app, &Theme::named(ThemeName::Mono), w, h))
}

#[test]
fn at_60x20_every_milestone_of_a_pillar_is_reached_by_scrolling_its_detail() {
    let mut app = app_of(BUNDLED);
    app.update(Action::Go(View::Pillars));
    press(&mut app, "j");
    let first = screen_at(&mut app, 60, 20);
    assert!(
        first.contains("↓ ") && first.contains("more (→ scrolls)"),
        "{first}"
    );
    assert!(!first.contains("Agree forms of"), "{first}");
    press(&mut app, "right G");
    let last = screen_at(&mut app, 60, 20);
    assert!(last.contains("Agree forms of"), "{last}");
    assert!(last.contains("above"), "{last}");
    assert!(
        last.contains("┏ economic-energy-security"),
        "the detail has the focus: {last}"
    );
    // Back to the list: the arrows move the selection again, and another pillar's detail starts
    // at its top.
    press(&mut app, "left k");
    assert_eq!(app.dash.pillars.cursor.selected, 0);
    assert_eq!(app.dash.pillars.panes.scroll, 0);
}

#[test]
fn at_60x20_the_overviews_agreements_scroll_to_the_summits_other_objectives() {
    let mut app = app_of(BUNDLED);
    let before = screen_at(&mut app, 60, 20);
    assert!(!before.contains("Other objectives"), "{before}");
    press(&mut app, "l G");
    let after = screen_at(&mut app, 60, 20);
    assert!(after.contains("Connect MSMEs"), "{after}");
    assert!(
        after.contains("countries"),
        "the title wraps, whole: {after}"
    );
    let mut seen = after;
    for _ in 0..4 {
        press(&mut app, "k");
        seen.push_str(&screen_at(&mut app, 60, 20));
    }
    assert!(seen.contains("Other objectives"), "{seen}");
    press(&mut app, "g");
    assert_eq!(app.dash.overview.scroll, 0);
    // Scrolling stops at the last page: one more line down from the end changes nothing.
    press(&mut app, "G");
    let end = app.dash.overview.scroll;
    press(&mut app, "j");
    assert_eq!(app.dash.overview.scroll, end);
}

#[test]
fn every_tab_is_on_the_tab_row_at_60_columns_and_a_click_on_it_goes_there() {
    let mut app = app_of(BUNDLED);
    let shown = screen_at(&mut app, 60, 20);
    let tabs = shown.lines().next().unwrap();
    for (n, view) in View::ALL.iter().enumerate() {
        let at = tabs
            .find(&format!("{} {}", n + 1, &view.title()[..3]))
            .unwrap_or_else(|| panic!("tab {} is missing: {tabs}", n + 1));
        let column = tabs[..at].chars().count() as u16;
        let area = ratatui::layout::Rect::new(0, 0, 60, 20);
        assert_eq!(
            pactboard::ui::hit_test(&app, area, column + 2, 0),
            Some(Action::Go(*view)),
            "{tabs}"
        );
    }
}

#[test]
fn a_long_note_wraps_in_its_popup_with_the_cursor_in_sight_and_a_date_error_is_read_whole() {
    let mut app = milestones();
    press(&mut app, "G n ctrl-u");
    let words: Vec<String> = (0..80).map(|n| format!("word{n}")).collect();
    app.paste(&words.join(" "));
    let shown = screen_at(&mut app, 80, 24);
    assert!(
        shown.contains("word79▏"),
        "the end, where the cursor is: {shown}"
    );
    assert!(
        shown.contains("word40"),
        "the middle wraps into view: {shown}"
    );
    press(&mut app, "home");
    let shown = screen_at(&mut app, 80, 24);
    assert!(shown.contains("▏word0 "), "{shown}");
    press(&mut app, "esc e ctrl-u");
    app.paste("2026-02-30");
    press(&mut app, "enter");
    let shown = screen_at(&mut app, 80, 24);
    for part in ["is not a date", "end of year", "remove it"] {
        assert!(shown.contains(part), "the whole error is shown: {shown}");
    }
}

/// Every view and everything that opens over it, at sizes from a split screen to a wall: each
/// screen is exactly its size, and from the smallest supported size up what the overlay is for
/// is on it whole (every status of the picker, the question's answers, the hints).
#[test]
fn every_view_and_overlay_at_every_size_shows_what_it_is_for() {
    let cases: &[(&str, &str, &[&str])] = &[
        ("1", "", &["1 Over", "5 Targ", "Overall progress"]),
        ("2", "", &["Pillars ·", "Health"]),
        ("3", "", &["Milestones ·", "summit-15"]),
        ("4", "", &["Timeline ·", "Investment and"]),
        ("5", "", &["Targets ·", "Realized"]),
        ("3", "G enter", &["future-phases", "Status", "close"]),
        (
            "3",
            "G s",
            &[
                "planned",
                "in progress",
                "at risk",
                "blocked",
                "done",
                "cancelled",
                "cancel",
            ],
        ),
        (
            "3",
            "G s d",
            &["Note for the history", "records the change"],
        ),
        ("3", "G n", &["Notes", "keeps", "cancels"]),
        ("3", "G e", &["Due date", "YYYY-MM-DD", "keeps"]),
        ("3", "?", &["Help", "In the milestones view", "closes"]),
        ("3", "/ s t o", &["/ sto", "keep", "clear"]),
        (
            "3",
            "G s d enter q",
            &["unsaved", "save and quit", "discard them and quit", "stay"],
        ),
        (
            "3",
            "G a",
            &["Add a milestone", "Title", "Source", "Enter adds"],
        ),
        ("3", "G E", &["Edit future-phases", "Weight", "Enter keeps"]),
        ("3", "G D", &["Remove it from the file?", "keep it"]),
        ("5", "a", &["Record an amount", "Amount", "Enter records"]),
        ("3", "A", &["Add a pillar", "Summary"]),
        ("3", "S", &["Add a source", "URL"]),
        ("3", "P", &["India", "1 / 9"]),
        ("3", "P ?", &["Presenting", "next slide"]),
    ];
    shows_what_it_is_for(pactboard::i18n::Lang::En, cases, |_, text| {
        (*text).to_string()
    });
}

/// For each case (a view's key, the keys pressed, what must show), in `lang`: every size from
/// 40x12 draws within the screen, and from 60x16 up each expected text (`said` of it) shows.
fn shows_what_it_is_for(
    lang: pactboard::i18n::Lang,
    cases: &[(&str, &str, &[&str])],
    said: impl Fn(pactboard::i18n::Lang, &&str) -> String,
) {
    for (view, keys, expected) in cases {
        let mut app = milestones();
        app.dash.langs = pactboard::i18n::Langs::one(lang);
        press(&mut app, view);
        if !keys.is_empty() {
            press(&mut app, keys);
        }
        for (w, h) in [(40, 12), (60, 16), (60, 20), (80, 24), (120, 40), (200, 60)] {
            let shown = screen_at(&mut app, w, h);
            assert_eq!(shown.lines().count(), usize::from(h));
            assert!(
                shown
                    .lines()
                    .all(|l| unicode_width::UnicodeWidthStr::width(l) <= usize::from(w)),
                "{lang} {keys} at {w}x{h}:\n{shown}"
            );
            if w < 60 || h < 16 {
                continue;
            }
            for text in *expected {
                let text = said(lang, text);
                assert!(
                    shown.contains(&text),
                    "{lang}: `{text}` is missing after `{view} {keys}` at {w}x{h}:\n{shown}"
                );
            }
        }
    }
}

#[test]
fn at_60x20_every_entry_of_a_target_is_reached_by_scrolling_its_entries() {
    let mut app = app_of("tests/fixtures/valid/full.toml");
    app.update(Action::Go(View::Targets));
    let entries = app.doc.model.targets[0].entries.len();
    let first = screen_at(&mut app, 60, 16);
    press(&mut app, "right G");
    let last = screen_at(&mut app, 60, 16);
    let mut dates: Vec<_> = app.doc.model.targets[0]
        .entries
        .iter()
        .map(|e| e.date)
        .collect();
    dates.sort();
    let newest = dates.last().unwrap().to_string();
    assert!(last.contains(&newest), "{last}");
    if entries > 1 && !first.contains(&newest) {
        assert!(first.contains("more (→ scrolls)"), "{first}");
    }
}

#[test]
fn marked_milestones_change_together_one_history_entry_each_and_one_undo() {
    let mut app = milestones();
    // The last three rows of the table: planned milestones of the economic pillar.
    press(&mut app, "G k k space space space");
    assert_eq!(app.dash.marked.len(), 3);
    let shown = screen_at(&mut app, 100, 30);
    assert!(shown.contains("· 3 marked"), "{shown}");
    assert!(shown.matches("✓ ").count() >= 3, "{shown}");
    press(&mut app, "s");
    assert!(screen_at(&mut app, 100, 30).contains("3 marked milestones"));
    press(&mut app, "r");
    app.paste("supply risk");
    press(&mut app, "enter");
    assert!(app.dash.marked.is_empty(), "the marks are used up");
    let at_risk: Vec<_> = app
        .doc
        .model
        .milestones
        .iter()
        .filter(|m| m.status == pactboard::model::Status::AtRisk)
        .collect();
    assert_eq!(at_risk.len(), 3);
    for m in &at_risk {
        assert_eq!(
            m.history.last().unwrap().note.as_deref(),
            Some("supply risk")
        );
    }
    assert_eq!(app.doc.unsaved(), 3);
    press(&mut app, "u");
    assert_eq!(app.doc.unsaved(), 0, "one undo takes all three back");
    press(&mut app, "ctrl-r");
    assert_eq!(app.doc.unsaved(), 3);
    // Esc clears marks before it clears anything else.
    press(&mut app, "space esc");
    assert!(app.dash.marked.is_empty());
}

#[test]
fn a_due_date_can_be_typed_relative_to_today() {
    let mut app = milestones();
    press(&mut app, "G e ctrl-u");
    app.paste("+2w");
    press(&mut app, "enter");
    let i = app.doc.model.milestone_index("future-phases").unwrap();
    assert_eq!(
        app.doc.model.milestones[i].due,
        chrono::NaiveDate::from_ymd_opt(2026, 12, 9)
    );
}

/// The text of the cells inside `rect`'s border, row by row.
fn inside(buffer: &ratatui::buffer::Buffer, rect: ratatui::layout::Rect) -> String {
    let mut text = String::new();
    for y in rect.top() + 1..rect.bottom() - 1 {
        for x in rect.left() + 1..rect.right() - 1 {
            text.push_str(buffer[(x, y)].symbol());
        }
        text.push('\n');
    }
    text
}

fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Every milestone's and objective's title is on some screen reached with the keys, whole, at
/// every supported size: milestones in their detail (Enter on each row of the table), objectives
/// in the overview's agreements scrolled to the end. On the bundled model and on one with seven
/// long milestones per pillar in English, Japanese and Hindi.
#[test]
fn every_milestone_and_objective_title_is_reached_whole_at_every_size() {
    for file in [BUNDLED, "tests/fixtures/valid/crowded.toml"] {
        for (w, h) in [(60, 20), (80, 24), (120, 40), (200, 60)] {
            let mut app = app_of(file);
            let titles: Vec<String> = app
                .doc
                .model
                .milestones
                .iter()
                .map(|m| m.title.clone())
                .collect();
            let objectives: Vec<String> = app
                .doc
                .model
                .objectives
                .iter()
                .map(|o| o.title.clone())
                .collect();
            app.update(Action::Go(View::Milestones));
            let mut seen = String::new();
            for _ in 0..titles.len() {
                press(&mut app, "enter");
                app.resize(pactboard::ui::viewport(
                    w,
                    h,
                    &app.doc.model,
                    app.dash.langs,
                ));
                let buffer = render(&app, &Theme::named(ThemeName::Mono), w, h);
                // The detail is centred over the body (below the tab row and the header, above
                // the status line), 8 columns narrower than the screen.
                let width = w.saturating_sub(8).max(40).min(w);
                let popup = ratatui::layout::Rect::new((w - width) / 2, 2, width, h - 3);
                seen.push_str(&squeeze(&inside(&buffer, popup)));
                press(&mut app, "esc j");
            }
            for title in &titles {
                assert!(
                    seen.contains(&squeeze(title)),
                    "{file} at {w}x{h}: `{title}` is never shown whole"
                );
            }
            let mut app = app_of(file);
            press(&mut app, "l");
            let area = ratatui::layout::Rect::new(0, 0, w, h);
            let mut seen = String::new();
            for _ in 0..60 {
                app.resize(pactboard::ui::viewport(
                    w,
                    h,
                    &app.doc.model,
                    app.dash.langs,
                ));
                let buffer = render(&app, &Theme::named(ThemeName::Mono), w, h);
                let pane = pactboard::ui::text_pane(&app, area).unwrap();
                // `inside` takes a rect with its border.
                let framed = ratatui::layout::Rect::new(
                    pane.x - 1,
                    pane.y - 1,
                    pane.width + 2,
                    pane.height + 2,
                );
                seen.push_str(&squeeze(&inside(&buffer, framed)));
                press(&mut app, "j");
            }
            for title in &objectives {
                assert!(
                    seen.contains(&squeeze(title)),
                    "{file} at {w}x{h}: objective `{title}` is never shown whole"
                );
            }
        }
    }
}

/// The same promise in Japanese and Hindi (#28): every view and overlay shows what it is for,
/// in the catalog's words, at every size from 60x16 up, and nothing is drawn past the screen.
#[test]
fn in_japanese_and_hindi_every_view_and_overlay_shows_what_it_is_for() {
    use pactboard::i18n::{Lang, message};
    let cases: &[(&str, &str, &[&str])] = &[
        ("1", "", &["view-overview", "overview-progress"]),
        ("2", "", &["view-pillars", "label-health"]),
        ("3", "", &["view-milestones"]),
        ("4", "", &["view-timeline"]),
        ("5", "", &["view-targets"]),
        ("3", "G enter", &["detail-status", "hint-close"]),
        (
            "3",
            "G s",
            &["status-planned", "status-in-progress", "status-done"],
        ),
        ("3", "G s d", &["modal-note", "hint-records"]),
        ("3", "G n", &["detail-notes", "hint-keeps", "hint-cancels"]),
        ("3", "G e", &["modal-due", "hint-keeps"]),
        ("3", "?", &["help-title", "hint-closes"]),
        ("3", "G s d enter q", &["modal-stay"]),
        ("3", "G a", &["form-add-milestone", "field-title"]),
        ("3", "G D", &["keep-it"]),
        ("5", "a", &["field-amount"]),
        ("3", "A", &["form-add-pillar", "field-summary"]),
        ("3", "P ?", &["section-presenting"]),
    ];
    for lang in [Lang::Ja, Lang::Hi] {
        shows_what_it_is_for(lang, cases, |lang, id| message(lang, id, &[]));
    }
}
