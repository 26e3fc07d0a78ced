//! The model merge of `pactboard merge-driver` on random changes: two sides change different
//! milestones (statuses with history, notes) and add milestones, each side's file saved as the
//! dashboard saves it, on every layout; the merge has no conflict, keeps every change of both
//! sides, and the text it writes reads back as exactly the merged model.

use crate::common;

use chrono::{DateTime, Duration, FixedOffset};
use pactboard::git_merge;
use pactboard::model::edit::Edit;
use pactboard::model::{Model, Status};
use pactboard::store::author::Authored;
use pactboard::store::{self, Document, SourceText};
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Op {
    /// A status change of the side's `n`th milestone.
    Status(usize, Status),
    Notes(usize, String),
    Add,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0usize..8, prop::sample::select(Status::ALL.to_vec())).prop_map(|(n, s)| Op::Status(n, s)),
        (0usize..8, "[a-z ]{1,12}").prop_map(|(n, t)| Op::Notes(n, t)),
        Just(Op::Add),
    ]
}

fn at(minute: i64) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-25T09:00:00+09:00").unwrap() + Duration::minutes(minute)
}

/// `text` with `ops` made on the milestones of `side` (0: even places, 1: odd), each saved as
/// the dashboard saves it; the model after them.
fn changed(text: &str, ops: &[Op], side: usize, name: &str) -> (String, Model) {
    let loaded = store::load_source(SourceText::new("model.toml", text)).unwrap();
    let (mut model, mut document) = Document::split(loaded);
    let mine: Vec<usize> = (0..model.milestones.len())
        .filter(|i| i % 2 == side)
        .collect();
    for (k, op) in ops.iter().enumerate() {
        let minute = (k as i64) * 2 + side as i64;
        let pick = |n: usize| mine.get(n % mine.len().max(1)).copied();
        let (edited, authored) = match op {
            Op::Status(n, to) => {
                let Some(i) = pick(*n) else { continue };
                let edit = Edit::Status {
                    to: *to,
                    note: Some(format!("{name} {k}")),
                    at: at(minute),
                };
                let Ok(applied) = model.apply(i, edit) else {
                    continue;
                };
                (Some((i, applied.before)), None)
            }
            Op::Notes(n, text) => {
                let Some(i) = pick(*n) else { continue };
                let Ok(applied) = model.apply(i, Edit::Notes(Some(text.clone()))) else {
                    continue;
                };
                (Some((i, applied.before)), None)
            }
            Op::Add => {
                let mut m = model.milestones[0].clone();
                m.id = format!("{name}-added-{k}");
                m.title = format!("Added by {name} ({k})");
                m.history.clear();
                m.status = Status::Planned;
                m.done_on = None;
                let index = model.add_milestone(m).unwrap();
                (None, Some(Authored::Milestone { index }))
            }
        };
        let (text, spans) = match (&edited, authored) {
            (Some((i, before)), _) => document.updated(&model, &[(*i, before)]).unwrap(),
            (None, Some(a)) => document
                .planned(
                    &model,
                    &pactboard::model::plan::Plan {
                        authored: vec![a],
                        ..Default::default()
                    },
                )
                .unwrap(),
            (None, None) => continue,
        };
        document.text = text;
        document.spans = spans;
    }
    (document.text, model)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn independent_changes_merge_whole_and_are_written_exactly(
        fixture in prop::sample::select(common::LAYOUTS),
        ours_ops in prop::collection::vec(op(), 0..6),
        theirs_ops in prop::collection::vec(op(), 0..6),
    ) {
        let base = std::fs::read_to_string(common::repo_file(fixture)).unwrap();
        let base_model = store::load_source(SourceText::new("model.toml", base.as_str())).unwrap().model;
        let (ours, ours_model) = changed(&base, &ours_ops, 0, "ours");
        let (theirs, theirs_model) = changed(&base, &theirs_ops, 1, "theirs");
        let prepared = git_merge::prepare(std::path::Path::new("model.toml"), Some(&base), &ours, &theirs, pactboard::clock::now())
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(prepared.merged.conflicts.is_empty(), "{:?}", prepared.merged.conflicts);
        let text = prepared.with_markers(|| Some(theirs.clone())).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let written = store::load_source(SourceText::new("model.toml", text.as_str()))
            .map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        prop_assert_eq!(&written.model, &prepared.merged.model);
        // Each base milestone as the side that changed it has it (each side its own).
        for (i, b) in base_model.milestones.iter().enumerate() {
            let side = if i % 2 == 0 { &ours_model } else { &theirs_model };
            let expected = &side.milestones[side.milestone_index(&b.id).unwrap()];
            let got = &written.model.milestones[written.model.milestone_index(&b.id).unwrap()];
            prop_assert_eq!(got, expected);
        }
        // Every addition of both sides, ours first.
        let added = |m: &Model| m.milestones.iter().filter(|x| x.id.contains("-added-")).map(|x| x.id.clone()).collect::<Vec<_>>();
        let mut both = added(&ours_model);
        both.extend(added(&theirs_model));
        prop_assert_eq!(added(&written.model), both);
        // CRLF stays CRLF.
        if base.contains("\r\n") {
            prop_assert_eq!(text.matches('\n').count(), text.matches("\r\n").count());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// The merge driver's merge, which drops what theirs left unchanged before copying ours,
    /// is the merge: the same model, additions, removals and conflicts, or the same refusal,
    /// on changes that overlap (both sides on the same milestones) and changes that do not.
    #[test]
    fn the_merge_of_owned_versions_is_the_merge(
        fixture in prop::sample::select(common::LAYOUTS),
        ours_ops in prop::collection::vec(op(), 0..6),
        theirs_ops in prop::collection::vec(op(), 0..6),
        theirs_side in 0usize..2,
    ) {
        use pactboard::model::three_way::{merge, merge_owned};
        let base = std::fs::read_to_string(common::repo_file(fixture)).unwrap();
        let base = store::load_source(SourceText::new("model.toml", base.as_str())).unwrap();
        let (_, ours) = changed(&base.source.text, &ours_ops, 0, "ours");
        let (_, theirs) = changed(&base.source.text, &theirs_ops, theirs_side, "theirs");
        let now = at(100);
        let borrowed = merge(&base.model, &ours, &theirs, now);
        let owned = merge_owned(base.model.clone(), &ours, theirs.clone(), now);
        match (borrowed, owned) {
            (Ok(borrowed), Ok(owned)) => prop_assert_eq!(borrowed, owned),
            (Err(borrowed), Err(owned)) => prop_assert_eq!(borrowed.to_string(), owned.to_string()),
            (borrowed, owned) => prop_assert!(false, "{borrowed:?} but {owned:?}"),
        }
    }
}
