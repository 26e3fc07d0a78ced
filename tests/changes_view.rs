//! View 6, the changes, through ratatui's `TestBackend`: the log newest first, filtered by pillar
//! (`F`) and by author (`w`), `Enter` for one change in full and `Esc` back, at 80x24 and 60x20;
//! what it says when the file is not in a repository; hostile text from commits kept harmless.

use crate::common;

use chrono::DateTime;
use common::{app_of, code, keys};
use pactboard::app::changes::History;
use pactboard::app::{Action, App, View};
use pactboard::history::{Commit, Entry};
use pactboard::model::diff::diff;
use pactboard::model::edit::Edit;
use pactboard::model::{Model, Status};
use pactboard::ui::snapshot::{render, to_text};
use pactboard::ui::theme::{Theme, ThemeName};
use ratatui::crossterm::event::KeyCode;

fn screen(app: &App, width: u16, height: u16) -> String {
    to_text(&render(app, &Theme::named(ThemeName::Mono), width, height))
}

fn commit(id: &str, author: &str, at: &str, subject: &str) -> Commit {
    Commit {
        id: id.into(),
        author: author.into(),
        date: DateTime::parse_from_rfc3339(at).unwrap(),
        subject: subject.into(),
    }
}

fn set(model: &Model, id: &str, to: Status, at: &str, note: &str) -> Model {
    let mut m = model.clone();
    let i = m.milestone_index(id).unwrap();
    m.apply(
        i,
        Edit::Status {
            to,
            note: Some(note.into()),
            at: DateTime::parse_from_rfc3339(at).unwrap(),
        },
    )
    .unwrap();
    m
}

/// Three commits by two people and an uncommitted hand edit, as `history::log` gives them.
fn history(app: &App) -> Vec<Entry> {
    let v0 = app.doc.model.clone();
    let v1 = set(
        &v0,
        "stockpiling-strategy",
        Status::InProgress,
        "2026-01-10T10:00:00+09:00",
        "working group formed",
    );
    let v2 = set(
        &v1,
        "future-phases",
        Status::AtRisk,
        "2026-02-01T09:00:00+05:30",
        "budget\u{1b}[31m cut",
    );
    let mut v3 = v2.clone();
    let i = v3.milestone_index("deep-sea-practices").unwrap();
    v3.milestones[i].status = Status::Blocked;
    let entry = |commit, old: &Model, new: &Model| Entry {
        commit,
        invalid: false,
        problem: None,
        shallow_start: false,
        created: old.milestones.is_empty(),
        path: None,
        changes: diff(old, new),
    };
    vec![
        entry(None, &v2, &v3),
        entry(
            Some(commit(
                "b2c3d4e",
                "Priya",
                "2026-02-01T09:30:00+05:30",
                "Future phases at risk",
            )),
            &v1,
            &v2,
        ),
        entry(
            Some(commit(
                "a1b2c3d",
                "Kenji",
                "2026-01-10T10:05:00+09:00",
                "Stockpiling under way",
            )),
            &v0,
            &v1,
        ),
        entry(
            Some(commit(
                "0a1b2c3",
                "Asha",
                "2025-09-01T09:00:00+05:30",
                "The summit model",
            )),
            &Model::empty(),
            &v0,
        ),
    ]
}

fn changes_app() -> App {
    let mut app = app_of("assets/india-japan.toml");
    app.update(Action::Go(View::Changes));
    assert!(app.wants_history());
    app.history_reading();
    let entries = history(&app);
    app.history_read(Ok(entries));
    assert!(!app.wants_history());
    app
}

#[test]
fn the_log_newest_first_filtered_and_one_change_in_full() {
    let mut app = changes_app();
    let list = screen(&app, 80, 24);
    insta::assert_snapshot!("changes_80x24", list);
    assert!(list.contains("uncommitted"), "{list}");
    assert!(!list.contains('\u{1b}'));
    insta::assert_snapshot!("changes_60x20", screen(&app, 60, 20));

    // Enter: the change in full, with the rest of its commit; Esc back to the list.
    code(&mut app, KeyCode::Down);
    code(&mut app, KeyCode::Enter);
    let detail = screen(&app, 80, 24);
    insta::assert_snapshot!("changes_detail_80x24", detail);
    assert!(
        detail.contains("Future phases at risk") && detail.contains("Priya"),
        "{detail}"
    );
    code(&mut app, KeyCode::Esc);
    assert!(!app.dash.changes.detail);
    // The commit that made the file is one row; its detail lists what it added.
    keys(&mut app, "G");
    code(&mut app, KeyCode::Enter);
    let made = screen(&app, 80, 40);
    assert!(
        made.contains("Created the file: 2 sources, 7 pillars"),
        "{made}"
    );
    assert!(made.contains("It added:") && made.contains("• pillar investment-innovation added"));
    code(&mut app, KeyCode::Esc);

    // By author: the latest first; Kenji's commit alone.
    keys(&mut app, "ww");
    assert_eq!(app.dash.changes.author.as_deref(), Some("Priya"));
    keys(&mut app, "w");
    assert_eq!(app.dash.changes.author.as_deref(), Some("Kenji"));
    let kenji = screen(&app, 80, 24);
    assert!(kenji.contains("· by Kenji"), "{kenji}");
    assert_eq!(app.dash.changes.rows.len(), 1);
    // Esc clears the filters.
    code(&mut app, KeyCode::Esc);
    assert_eq!(app.dash.changes.author, None);

    // By pillar: the economic and energy security pillar holds the three status changes and
    // the first commit's additions of its milestones, nothing else.
    while app.dash.changes.pillar.as_deref() != Some("economic-energy-security") {
        keys(&mut app, "F");
        assert!(
            app.dash.changes.pillar.is_some(),
            "the pillar filter came back to none"
        );
    }
    let shown = screen(&app, 80, 40);
    assert_eq!(shown.matches(" → ").count(), 3, "{shown}");
    assert_eq!(app.dash.changes.rows.len(), 3 + 7, "{shown}");
    assert!(
        !shown.contains("pillar ") || shown.contains("· pillar economic"),
        "{shown}"
    );
    assert!(!shown.contains("objective "), "{shown}");
}

#[test]
fn a_file_not_in_a_repository_says_so_and_a_save_reads_the_history_again() {
    let mut app = app_of("assets/india-japan.toml");
    app.update(Action::Go(View::Changes));
    app.history_reading();
    app.history_read(Err(pactboard::model::log::Unavailable::NotInGit(
        "model.toml".into(),
    )));
    let text = screen(&app, 80, 24);
    assert!(text.contains("not in a git repository"), "{text}");
    // After a save the history is read again when the view is shown.
    let mut app = changes_app();
    app.saved();
    assert!(app.wants_history());
    app.history_reading();
    assert!(matches!(app.dash.changes.history, History::Read(_)));
    app.update(Action::Go(View::Overview));
    app.saved();
    assert!(!app.wants_history());
}

#[test]
fn an_author_in_devanagari_and_kanji_is_shown_whole() {
    let mut app = changes_app();
    let mut entries = app.dash.changes.entries().to_vec();
    if let Some(c) = entries[1].commit.as_mut() {
        c.author = "प्रिया 田中".into();
    }
    app.history_read(Ok(entries));
    let text = screen(&app, 80, 24);
    assert!(text.contains("प्रिया 田中 "), "{text}");
}

/// The newest part of the history is shown as soon as it is read, saying that older changes are
/// still being read; the whole history then takes its place. A whole history already on screen
/// is not replaced by a newer part (after a save it stays while it is read again).
#[test]
fn the_newest_changes_show_first_with_a_sign_while_older_ones_are_read() {
    let mut app = app_of(common::BUNDLED);
    app.update(Action::Go(View::Changes));
    assert!(app.wants_history());
    app.history_reading();
    assert!(screen(&app, 80, 24).contains("Reading the file's history…"));
    let entries = history(&app);
    app.history_newest(entries[..1].to_vec());
    assert!(!app.wants_history(), "the rest is being read");
    let shown = screen(&app, 80, 24);
    assert!(shown.contains("reading older changes…"), "{shown}");
    assert!(!shown.contains("Reading the file's history…"), "{shown}");
    let newest_rows = app.dash.changes.rows.len();
    assert!(newest_rows > 0);
    app.history_read(Ok(entries.clone()));
    let shown = screen(&app, 80, 24);
    assert!(!shown.contains("reading older changes…"), "{shown}");
    assert!(app.dash.changes.rows.len() > newest_rows);
    let all_rows = app.dash.changes.rows.len();
    app.history_newest(entries[..1].to_vec());
    assert_eq!(
        app.dash.changes.rows.len(),
        all_rows,
        "the whole history stays"
    );
}
