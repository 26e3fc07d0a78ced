//! Authoring in the store: every kind of addition, edit and removal on every layout fixture
//! changes only what it must (the rest byte for byte), reloads as the intended model, and leaves
//! the source map exactly as a fresh load of the new text would have it.

use std::path::Path;

use chrono::NaiveDate;
use pactboard::model::edit::{Details, Edit};
use pactboard::model::{EntryKind, Milestone, Model, Pillar, Source, Status, TargetEntry};
use pactboard::store::author::{Authored, author};
use pactboard::store::{self, Document, SourceMap, SourceText};

const FIXTURES: &[&str] = &[
    "assets/india-japan.toml",
    "tests/fixtures/layouts/inline.toml",
    "tests/fixtures/layouts/indented.toml",
    "tests/fixtures/layouts/no-final-newline.toml",
    "tests/fixtures/valid/crlf.toml",
    "tests/fixtures/valid/full.toml",
    "tests/fixtures/valid/minimal.toml",
    "tests/fixtures/valid/hostile.toml",
    "tests/fixtures/valid/wide-text.toml",
    "tests/fixtures/valid/crowded.toml",
];

fn load(text: &str) -> (Model, SourceMap) {
    let loaded = store::load_source(SourceText::new("f.toml", text))
        .unwrap_or_else(|e| panic!("{e}\n{text}"));
    (loaded.model, loaded.spans)
}

fn fixtures() -> impl Iterator<Item = (&'static str, String)> {
    FIXTURES.iter().map(|f| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(f);
        (*f, std::fs::read_to_string(path).unwrap())
    })
}

/// The text `new` has where `old` does not: the one block between their common start and end.
fn inserted<'t>(old: &str, new: &'t str) -> &'t str {
    let prefix = old
        .bytes()
        .zip(new.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    let suffix = old[prefix..]
        .bytes()
        .rev()
        .zip(new[prefix..].bytes().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let old_middle = &old[prefix..old.len() - suffix];
    let new_middle = &new[prefix..new.len() - suffix];
    // An inline array whose last item had no comma gains one: the only other change allowed.
    assert!(
        old_middle.is_empty() || (new_middle.starts_with(',') && new_middle.contains(old_middle)),
        "more than one place changed:\n--- old\n{old_middle:?}\n--- new\n{new_middle:?}"
    );
    new_middle
}

/// Checks one change: the model reloads as intended and the spans are a fresh load's.
fn check(file: &str, text: &str, expected: &Model, out: (String, SourceMap)) -> String {
    let (new_text, spans) = out;
    let (model, fresh) = load(&new_text);
    assert_eq!(&model, expected, "{file}: the model read back\n{new_text}");
    assert_eq!(spans, fresh, "{file}: the source map after the change");
    assert_ne!(new_text, text);
    new_text
}

/// Makes `change` and checks it (see [`check`]); the new text.
fn made(file: &str, text: &str, spans: &SourceMap, model: &Model, change: Authored) -> String {
    check(
        file,
        text,
        model,
        author(text, spans, model, change).unwrap(),
    )
}

fn new_milestone(model: &Model, id: &str, title: &str) -> Milestone {
    Milestone {
        id: id.into(),
        title: title.into(),
        pillar: model.pillars.len() - 1,
        status: Status::Planned,
        objective: (!model.objectives.is_empty()).then_some(0),
        due: NaiveDate::from_ymd_opt(2027, 3, 31),
        done_on: None,
        weight: 2.5,
        owner: Some("METI \"and\" MoM".into()),
        notes: Some("line one\nline two".into()),
        source: (!model.sources.is_empty()).then_some(0),
        history: Vec::new(),
    }
}

#[test]
fn an_added_milestone_goes_after_the_last_in_the_file_style_and_nothing_else_moves() {
    for (file, text) in fixtures() {
        let (mut model, spans) = load(&text);
        if model.pillars.is_empty() {
            continue;
        }
        let m = new_milestone(
            &model,
            "agree-stockpiling",
            "Agree the stockpiling framework",
        );
        model.add_milestone(m).unwrap();
        let new_text = made(
            file,
            &text,
            &spans,
            &model,
            Authored::Milestone {
                index: model.milestones.len() - 1,
            },
        );
        let added = inserted(&text, &new_text);
        assert!(added.contains("agree-stockpiling"), "{file}: {added}");
        if text.contains("\r\n") {
            assert!(
                !added.replace("\r\n", "").contains('\n'),
                "{file}: {added:?}"
            );
        }
        // A second one goes after the first.
        let (mut again, spans) = load(&new_text);
        let mut m = new_milestone(&again, "second", "二つ目");
        // A milestone added and changed before the save is written with its history.
        m.status = Status::Done;
        m.done_on = NaiveDate::from_ymd_opt(2026, 11, 25);
        m.history = vec![pactboard::model::HistoryEntry {
            at: chrono::DateTime::parse_from_rfc3339("2026-11-25T10:00:00+09:00").unwrap(),
            from: Some(Status::Planned),
            to: Status::Done,
            note: Some("agreed".into()),
            day_only: false,
        }];
        again.add_milestone(m).unwrap();
        let newer = made(
            file,
            &new_text,
            &spans,
            &again,
            Authored::Milestone {
                index: again.milestones.len() - 1,
            },
        );
        assert!(newer.find("second").unwrap() > newer.find("agree-stockpiling").unwrap());
    }
}

#[test]
fn an_added_source_and_pillar_go_after_their_kind_or_at_the_end() {
    for (file, text) in fixtures() {
        let (mut model, spans) = load(&text);
        model
            .add_source(Source {
                id: "gujarat-plant".into(),
                title: "Announcement of the Gujarat plant".into(),
                published: NaiveDate::from_ymd_opt(2026, 11, 20),
                publisher: None,
                url: Some("https://example.org/a?b=c&d".into()),
                note: Some("it's 'quoted'".into()),
            })
            .unwrap();
        let text2 = made(
            file,
            &text,
            &spans,
            &model,
            Authored::Source {
                index: model.sources.len() - 1,
            },
        );
        inserted(&text, &text2);
        let (mut model2, spans2) = load(&text2);
        if model2.pillars.is_empty() {
            // A file without pillars has no milestones to add them for; at the end it goes.
        }
        model2
            .add_pillar(Pillar {
                id: "eighth".into(),
                title: "The eighth pillar".into(),
                summary: Some("Named at last".into()),
                source: Some(model2.sources.len() - 1),
            })
            .unwrap();
        let text3 = made(
            file,
            &text2,
            &spans2,
            &model2,
            Authored::Pillar {
                index: model2.pillars.len() - 1,
            },
        );
        let added = inserted(&text2, &text3);
        assert!(added.contains("eighth"), "{file}: {added}");
    }
}

#[test]
fn an_entry_goes_after_the_targets_last_entry() {
    let mut tried = 0;
    for (file, text) in fixtures() {
        let (model, _) = load(&text);
        for target in 0..model.targets.len() {
            let (mut model, spans) = load(&text);
            model
                .add_entry(
                    target,
                    TargetEntry {
                        date: NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
                        amount: 500_000_000_000.0,
                        kind: EntryKind::Committed,
                        note: Some("Gujarat plant".into()),
                        source: None,
                    },
                )
                .unwrap();
            let new_text = made(
                file,
                &text,
                &spans,
                &model,
                Authored::Entry {
                    target,
                    index: model.targets[target].entries.len() - 1,
                },
            );
            let added = inserted(&text, &new_text);
            assert!(added.contains("500000000000") || added.contains("500_000_000_000"));
            tried += 1;
        }
    }
    assert!(tried >= 3, "{tried}");
}

#[test]
fn an_entry_of_a_target_without_entries_and_of_inline_targets() {
    let cases = [
        "schema = 1\n[partnership]\ntitle = \"T\"\nparties = [\"A\", \"B\"]\n\n[[targets]]\nid = \"t\"\ntitle = \"T\"\nunit = \"JPY\"\namount = 10\nstart = 2025-01-01\nend = 2030-01-01\n\n[[milestones]]\nid = \"m\"\ntitle = \"M\"\npillar = \"p\"\nstatus = \"planned\"\n\n[[pillars]]\nid = \"p\"\ntitle = \"P\"\n",
        "schema = 1\npartnership = { title = \"T\", parties = [\"A\", \"B\"] }\ntargets = [{ id = \"t\", title = \"T\", unit = \"JPY\", amount = 10, start = 2025-01-01, end = 2030-01-01 }]\n",
        "schema = 1\npartnership = { title = \"T\", parties = [\"A\", \"B\"] }\ntargets = [\n  { id = \"t\", title = \"T\", unit = \"JPY\", amount = 10, start = 2025-01-01, end = 2030-01-01, entries = [] },\n]\n",
        "schema = 1\npartnership = { title = \"T\", parties = [\"A\", \"B\"] }\n[[targets]]\nid = \"t\"\ntitle = \"T\"\nunit = \"JPY\"\namount = 10\nstart = 2025-01-01\nend = 2030-01-01\nentries = [{ date = 2025-02-01, amount = 1, kind = \"announced\" }]\n",
    ];
    for text in cases {
        let (mut model, spans) = load(text);
        let entry = TargetEntry {
            date: NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
            amount: 3.0,
            kind: EntryKind::Realized,
            note: None,
            source: None,
        };
        model.add_entry(0, entry.clone()).unwrap();
        let new_text = made(
            "case",
            text,
            &spans,
            &model,
            Authored::Entry {
                target: 0,
                index: model.targets[0].entries.len() - 1,
            },
        );
        inserted(text, &new_text);
        // And a second entry after it.
        let (mut model, spans) = load(&new_text);
        model.add_entry(0, entry).unwrap();
        let out = author(
            &new_text,
            &spans,
            &model,
            Authored::Entry {
                target: 0,
                index: model.targets[0].entries.len() - 1,
            },
        )
        .unwrap();
        check("case, again", &new_text, &model, out);
    }
}

#[test]
fn a_removed_milestone_takes_exactly_its_lines_and_the_comment_above_it() {
    for (file, text) in fixtures() {
        let (model, _) = load(&text);
        if model.milestones.is_empty() {
            continue;
        }
        for i in [0, model.milestones.len() / 2, model.milestones.len() - 1] {
            let (mut model, spans) = load(&text);
            let gone = model.remove_milestone(i).unwrap();
            let out = author(&text, &spans, &model, Authored::Removed { milestone: i }).unwrap();
            let (new_text, new_spans) = out;
            let (reloaded, fresh) = load(&new_text);
            assert_eq!(reloaded, model, "{file} without {}:\n{new_text}", gone.id);
            assert_eq!(new_spans, fresh, "{file} without {}", gone.id);
            // The rest is the old text less one block (where a run of similar lines makes its
            // place ambiguous, the model above says it was the milestone).
            let removed = inserted(&new_text, &text);
            assert!(removed.len() > gone.id.len(), "{file}: {removed}");
        }
    }
    let commented = "schema = 1\n[partnership]\ntitle = \"T\"\nparties = [\"A\", \"B\"]\n\n[[pillars]]\nid = \"p\"\ntitle = \"P\"\n\n[[milestones]]\nid = \"a\"\ntitle = \"A\"\npillar = \"p\"\nstatus = \"planned\"\n\n# b is the one that goes\n# (two lines about it)\n[[milestones]]\nid = \"b\"\ntitle = \"B\"\npillar = \"p\"\nstatus = \"planned\"\n\n[[milestones.history]]\nat = 2025-01-01T00:00:00Z\nto = \"planned\"\n\n# c stays\n[[milestones]]\nid = \"c\"\ntitle = \"C\"\npillar = \"p\"\nstatus = \"planned\"\n";
    let (mut model, spans) = load(commented);
    model.remove_milestone(1).unwrap();
    let (new_text, _) = author(
        commented,
        &spans,
        &model,
        Authored::Removed { milestone: 1 },
    )
    .unwrap();
    assert_eq!(
        new_text,
        commented.replace(
            "\n# b is the one that goes\n# (two lines about it)\n[[milestones]]\nid = \"b\"\ntitle = \"B\"\npillar = \"p\"\nstatus = \"planned\"\n\n[[milestones.history]]\nat = 2025-01-01T00:00:00Z\nto = \"planned\"\n",
            ""
        )
    );
}

#[test]
fn every_field_of_a_milestone_is_edited_in_place() {
    for (file, text) in fixtures() {
        let (model, _) = load(&text);
        if model.milestones.is_empty() {
            continue;
        }
        for i in [0, model.milestones.len() - 1] {
            let loaded = store::load_source(SourceText::new("f.toml", text.clone())).unwrap();
            let document = Document::new(&loaded);
            let mut model = loaded.model;
            let before = model.milestones[i].clone();
            let mut details = Details::of(&before);
            details.title = format!("{} (renamed)", before.title);
            details.pillar = (before.pillar + 1) % model.pillars.len();
            details.objective = match before.objective {
                Some(_) => None,
                None => (!model.objectives.is_empty()).then_some(0),
            };
            details.weight = 3.0;
            details.owner = Some("MEA".into());
            details.source = match before.source {
                Some(_) => None,
                None => (!model.sources.is_empty()).then_some(0),
            };
            details.due = NaiveDate::from_ymd_opt(2028, 1, 31);
            model.apply(i, Edit::Details(Box::new(details))).unwrap();
            let out = document.updated(&model, &[(i, &before)]).unwrap();
            check(file, &text, &model, out);
        }
    }
}

#[test]
fn an_addition_then_its_removal_gives_back_the_file_byte_for_byte() {
    for (file, text) in fixtures() {
        let (model, spans) = load(&text);
        let mut steps: Vec<(Model, Authored, Authored)> = Vec::new();
        let mut with_source = model.clone();
        let index = with_source
            .add_source(Source {
                id: "new-source".into(),
                title: "New".into(),
                published: None,
                publisher: None,
                url: None,
                note: None,
            })
            .unwrap();
        steps.push((
            with_source,
            Authored::Source { index },
            Authored::RemovedSource { index },
        ));
        let mut with_pillar = model.clone();
        let index = with_pillar
            .add_pillar(Pillar {
                id: "new-pillar".into(),
                title: "New".into(),
                summary: None,
                source: None,
            })
            .unwrap();
        steps.push((
            with_pillar,
            Authored::Pillar { index },
            Authored::RemovedPillar { index },
        ));
        if !model.pillars.is_empty() {
            let mut with_milestone = model.clone();
            let m = new_milestone(&model, "new-milestone", "New");
            let index = with_milestone.add_milestone(m).unwrap();
            steps.push((
                with_milestone,
                Authored::Milestone { index },
                Authored::Removed { milestone: index },
            ));
        }
        for target in 0..model.targets.len() {
            let mut with_entry = model.clone();
            with_entry
                .add_entry(
                    target,
                    TargetEntry {
                        date: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
                        amount: 1.0,
                        kind: EntryKind::Announced,
                        note: None,
                        source: None,
                    },
                )
                .unwrap();
            let index = with_entry.targets[target].entries.len() - 1;
            steps.push((
                with_entry,
                Authored::Entry { target, index },
                Authored::RemovedEntry { target, index },
            ));
        }
        for (after, add, remove) in steps {
            let (added, added_spans) = author(&text, &spans, &after, add).unwrap();
            let (back, back_spans) = author(&added, &added_spans, &model, remove).unwrap();
            if !text.ends_with('\n') && back.len() == text.len() + 1 {
                // A table added at the end of a file without a final line break gave it one.
                assert_eq!(back, format!("{text}\n"), "{file}: {add:?} then {remove:?}");
                continue;
            }
            assert_eq!(back, text, "{file}: {add:?} then {remove:?}\n{added}");
            assert_eq!(back_spans, spans, "{file}: {add:?} then {remove:?}");
        }
    }
}

#[test]
fn inline_arrays_are_known_and_an_emptied_one_takes_the_next_addition() {
    let (_, spans) =
        load(&std::fs::read_to_string(common_file("assets/india-japan.toml")).unwrap());
    assert_eq!(
        (
            &spans.inline_sources,
            &spans.inline_pillars,
            &spans.inline_milestones
        ),
        (&None, &None, &None)
    );
    let text = std::fs::read_to_string(common_file("tests/fixtures/layouts/inline.toml")).unwrap();
    let (mut model, spans) = load(&text);
    assert!(spans.inline_pillars.is_some() && spans.inline_milestones.is_some());
    // Remove every milestone, then add one: it goes into the emptied array.
    let (mut text, mut spans) = (text, spans);
    while !model.milestones.is_empty() {
        model.remove_milestone(0);
        (text, spans) = author(&text, &spans, &model, Authored::Removed { milestone: 0 }).unwrap();
    }
    let m = new_milestone(&model, "again", "Again");
    model.add_milestone(m).unwrap();
    let new_text = made(
        "inline",
        &text,
        &spans,
        &model,
        Authored::Milestone { index: 0 },
    );
    assert!(!new_text.contains("[[milestones]]"), "{new_text}");
}

fn common_file(path: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

#[test]
fn a_table_goes_right_after_the_last_of_its_kind_and_into_empty_inline_arrays() {
    let text = std::fs::read_to_string(common_file("assets/india-japan.toml")).unwrap();
    let (mut model, spans) = load(&text);
    let index = model
        .add_source(Source {
            id: "new-source".into(),
            title: "New".into(),
            published: None,
            publisher: None,
            url: None,
            note: None,
        })
        .unwrap();
    let new_text = made("bundled", &text, &spans, &model, Authored::Source { index });
    let at = new_text.find("id = \"new-source\"").unwrap();
    assert!(
        at < new_text.find("\n[[pillars]]").unwrap(),
        "after the last source"
    );
    let (mut model, spans) = load(&new_text);
    let index = model
        .add_pillar(Pillar {
            id: "new-pillar".into(),
            title: "New".into(),
            summary: None,
            source: None,
        })
        .unwrap();
    let newer = made(
        "bundled",
        &new_text,
        &spans,
        &model,
        Authored::Pillar { index },
    );
    let at = newer.find("id = \"new-pillar\"").unwrap();
    let last_pillar = newer.find("id = \"state-prefecture\"").unwrap();
    assert!(last_pillar < at && at < newer.find("\n[[agreements]]").unwrap());
    // Emptied inline arrays of sources and pillars take the new table inside them; an inline
    // array written over several lines, its last item without a comma, gets one.
    let empty = "schema = 1\npartnership = { title = \"T\", parties = [\"A\", \"B\"] }\nsources = []\npillars = []\n";
    let (mut model, spans) = load(empty);
    let index = model
        .add_source(Source {
            id: "s".into(),
            title: "S".into(),
            published: None,
            publisher: None,
            url: None,
            note: None,
        })
        .unwrap();
    let with_source = made("inline", empty, &spans, &model, Authored::Source { index });
    assert!(
        with_source.contains("sources = [{ id = \"s\""),
        "{with_source}"
    );
    let (mut model, spans) = load(&with_source);
    let index = model
        .add_pillar(Pillar {
            id: "p".into(),
            title: "P".into(),
            summary: None,
            source: None,
        })
        .unwrap();
    let with_pillar = made(
        "inline",
        &with_source,
        &spans,
        &model,
        Authored::Pillar { index },
    );
    assert!(
        with_pillar.contains("pillars = [{ id = \"p\""),
        "{with_pillar}"
    );
    let lines = format!(
        "{with_pillar}milestones = [\n  {{ id = \"a\", title = \"A\", pillar = \"p\", status = \"planned\" }}\n]\n"
    );
    let (mut model, spans) = load(&lines);
    let m = new_milestone(&model, "b", "B");
    let index = model.add_milestone(m).unwrap();
    let with_milestone = made(
        "lines",
        &lines,
        &spans,
        &model,
        Authored::Milestone { index },
    );
    assert!(
        with_milestone.contains("status = \"planned\" },\n  { id = \"b\""),
        "{with_milestone}"
    );
}
