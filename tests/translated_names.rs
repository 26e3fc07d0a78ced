//! Editing a name in the language shown (#28): in Japanese or Hindi, the dashboard's forms edit
//! that language's name in `[translations.LANG]`, never the original; the save writes only that
//! line, undo brings the file back byte for byte, and git's merge takes the other side's names.

use std::fs;
use std::path::{Path, PathBuf};

use crate::common::{self, code, ctrl, keys, select, session};
use pactboard::app::modal::Modal;
use pactboard::app::{Action, View};
use pactboard::i18n::{Lang, Langs};
use pactboard::runtime::session::Session;
use ratatui::crossterm::event::KeyCode;

fn copy() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("model.toml");
    fs::copy(common::repo_file(common::BUNDLED), &file).unwrap();
    (dir, file)
}

fn save(s: &mut Session) {
    s.app.update(Action::Save);
    s.run_effects();
    assert_eq!(s.app.doc.unsaved(), 0, "{:?}", s.app.dash.message);
}

/// The open form's title field.
fn form_title(s: &Session) -> String {
    match s.app.modal() {
        Some(Modal::Form(form)) => match &form.fields[0].input {
            pactboard::app::form::Input::Text(editor) => editor.text().to_string(),
            other @ pactboard::app::form::Input::Choice { .. } => panic!("{other:?}"),
        },
        other => panic!("no form: {other:?}"),
    }
}

/// Lines of `after` that are not in `before`, and the other way round.
fn lines_changed(before: &str, after: &str) -> (Vec<String>, Vec<String>) {
    let b: Vec<&str> = before.lines().collect();
    let a: Vec<&str> = after.lines().collect();
    (
        a.iter()
            .filter(|l| !b.contains(l))
            .map(ToString::to_string)
            .collect(),
        b.iter()
            .filter(|l| !a.contains(l))
            .map(ToString::to_string)
            .collect(),
    )
}

fn retitle(s: &mut Session, title: &str) {
    ctrl(&mut s.app, 'u');
    keys(&mut s.app, title);
    code(&mut s.app, KeyCode::Enter);
}

#[test]
fn a_title_edited_in_japanese_or_hindi_is_that_languages_name() {
    let (_dir, file) = copy();
    let original = fs::read_to_string(&file).unwrap();
    let mut s = session(&file);
    s.app.dash.langs = Langs::one(Lang::Ja);
    // A milestone with no Japanese name: the form opens with the original, and what is typed
    // becomes its Japanese name.
    select(&mut s.app, "moc-signed");
    keys(&mut s.app, "E");
    let title = form_title(&s);
    assert!(title.starts_with("Memorandum of Cooperation"), "{title}");
    // The form says whose names it edits.
    let theme = pactboard::ui::theme::Theme::named(pactboard::ui::theme::ThemeName::Dark);
    let screen =
        pactboard::ui::snapshot::to_text(&pactboard::ui::snapshot::render(&s.app, &theme, 80, 24));
    assert!(screen.contains("名称は日本語"), "{screen}");
    retitle(&mut s, "重要鉱物協力覚書の署名");
    assert_eq!(s.app.doc.unsaved(), 1);
    let said = s.app.dash.message.clone().unwrap().text;
    assert!(
        said.contains("moc-signed") && said.contains("日本語"),
        "{said}"
    );
    // A pillar with one: the form opens with it, and the change replaces it.
    s.app.update(Action::Go(View::Pillars));
    let p = s
        .app
        .doc
        .model
        .pillars
        .iter()
        .position(|p| p.id == "people-to-people")
        .unwrap();
    for _ in 0..p {
        code(&mut s.app, KeyCode::Down);
    }
    keys(&mut s.app, "E");
    assert_eq!(form_title(&s), "人的交流");
    retitle(&mut s, "人と人との交流");
    assert_eq!(s.app.doc.unsaved(), 2);
    save(&mut s);
    let saved = fs::read_to_string(&file).unwrap();
    let (added, removed) = lines_changed(&original, &saved);
    assert_eq!(
        added,
        [
            "\"pillar:people-to-people\" = \"人と人との交流\"",
            "\"milestone:moc-signed\" = \"重要鉱物協力覚書の署名\"",
        ],
        "{saved}"
    );
    assert_eq!(removed, ["\"pillar:people-to-people\" = \"人的交流\""]);
    // The new name is in the Japanese table, after its last name; the originals are as they were.
    let ja = saved.find("[translations.ja]").unwrap();
    let hi = saved.find("[translations.hi]").unwrap();
    let at = saved.find("\"milestone:moc-signed\"").unwrap();
    assert!(ja < at && at < hi, "{saved}");
    let model = pactboard::store::load(&file).unwrap().model;
    let moc = model.milestone_index("moc-signed").unwrap();
    assert_eq!(
        model.milestones[moc].title,
        s.app.doc.model.milestones[moc].title
    );
    assert_eq!(
        model.milestone_title(Lang::Ja, moc),
        "重要鉱物協力覚書の署名"
    );
    // Undone and saved: the file is the original, byte for byte.
    s.app.update(Action::Undo);
    s.app.update(Action::Undo);
    save(&mut s);
    assert_eq!(fs::read_to_string(&file).unwrap(), original);
    // In Hindi, a name the file has no table entry for is added to the Hindi table.
    s.app.dash.langs = Langs::one(Lang::Hi);
    s.app.update(Action::Go(View::Milestones));
    select(&mut s.app, "summit-15");
    keys(&mut s.app, "E");
    retitle(&mut s, "टोक्यो में 15वाँ भारत-जापान वार्षिक शिखर सम्मेलन");
    save(&mut s);
    let saved = fs::read_to_string(&file).unwrap();
    let (added, removed) = lines_changed(&original, &saved);
    assert_eq!(
        added,
        ["\"milestone:summit-15\" = \"टोक्यो में 15वाँ भारत-जापान वार्षिक शिखर सम्मेलन\""]
    );
    assert!(removed.is_empty());
    assert!(saved.find("\"milestone:summit-15\"").unwrap() > hi);
}

/// The merge driver takes the other side's names, name by name, into ours in place.
#[test]
fn git_merges_names_changed_on_one_side() {
    if !common::git::have_git() {
        return;
    }
    let (dir, file) = common::git::repository();
    let root = dir.path();
    let run = |args: &[&str]| {
        let out = common::pactboard()
            .current_dir(root)
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
    };
    run(&["git-setup", "model.toml"]);
    let git = |args: &[&str]| common::git::git(root, "Asha", args);
    git(&["add", ".gitattributes"]);
    git(&["commit", "-qm", "Merge the model as a model"]);
    git(&["branch", "kenji"]);
    git(&["checkout", "-q", "kenji"]);
    let text = fs::read_to_string(&file).unwrap();
    fs::write(&file, text.replace("\"人的交流\"", "\"人と人との交流\"")).unwrap();
    git(&["commit", "-qam", "A better name"]);
    git(&["checkout", "-q", "main"]);
    common::git::set(&file, "deep-sea-practices", "blocked", "Asha");
    git(&["commit", "-qam", "Deep sea"]);
    let ours = fs::read_to_string(&file).unwrap();
    let out = common::git::git_output(root, "Asha", &["merge", "-q", "--no-edit", "kenji"]);
    assert!(out.status.success(), "{out:?}");
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("merged as lines"),
        "{out:?}"
    );
    let merged = fs::read_to_string(&file).unwrap();
    let (added, removed) = lines_changed(&ours, &merged);
    assert_eq!(added, ["\"pillar:people-to-people\" = \"人と人との交流\""]);
    assert_eq!(removed, ["\"pillar:people-to-people\" = \"人的交流\""]);
    assert!(merged.contains("status = \"blocked\""));
    check_ok(&file);
}

fn check_ok(file: &Path) {
    let out = common::pactboard().arg("check").arg(file).output().unwrap();
    assert!(out.status.success(), "{out:?}");
}
