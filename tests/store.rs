//! Loading through the library: generated models of any size, and arbitrary input that must
//! never panic and whose every problem is located inside the text.
// Amounts written as whole numbers load exactly.
#![allow(clippy::float_cmp)]

use crate::sample;

use pactboard::model::Status;
use pactboard::store::{self, LineIndex, SourceText};
use proptest::prelude::*;

fn check(text: &str) -> store::Checked {
    store::check(&SourceText::new("t.toml", text))
}

#[test]
fn a_generated_100k_milestone_model_loads() {
    let text = sample::generate(100_000);
    assert!(text.len() > 20_000_000, "{} bytes", text.len());
    let checked = check(&text);
    assert!(
        checked.diagnostics.is_empty(),
        "{:?}",
        &checked.diagnostics[..1]
    );
    let model = checked.model.unwrap();
    assert_eq!(model.milestones.len(), 100_000);
    assert_eq!(model.milestones[99_999].id, "m-99999");
    assert!(
        model
            .milestones
            .iter()
            .filter(|m| !m.history.is_empty())
            .count()
            > 33_000
    );
}

#[test]
fn crlf_files_and_underscored_integers_load() {
    let text = "schema = 1\r\n[partnership]\r\ntitle = \"T\"\r\nparties = [\"A\", \"B\"]\r\n\
                [[pillars]]\r\nid = \"p\"\r\ntitle = \"P\"\r\n[[targets]]\r\nid = \"t\"\r\n\
                title = \"T\"\r\nunit = \"JPY\"\r\namount = 10_000_000_000_000\r\n\
                start = 2025-08-29\r\nend = 2035-08-29\r\n";
    let model = check(text).model.unwrap();
    assert_eq!(model.targets[0].amount, 1e13);
}

#[test]
fn warnings_do_not_stop_a_file_from_loading() {
    let text = "schema = 1\n[partnership]\ntitle = \"T\"\nparties = [\"A\", \"B\"]\npillars_declared = 1\n\
                [[pillars]]\nid = \"p\"\ntitle = \"P\"\n[[milestones]]\nid = \"m\"\ntitle = \"M\"\n\
                pillar = \"p\"\nstatus = \"planned\"\ndone_on = 2025-01-01\n\
                [[milestones.history]]\nat = 2025-01-01T00:00:00Z\nto = \"done\"\n";
    let checked = check(text);
    let model = checked.model.expect("warnings only");
    assert_eq!(model.milestones[0].status, Status::Planned);
    let messages: Vec<&str> = checked
        .diagnostics
        .iter()
        .map(|d| d.message.as_str())
        .collect();
    assert_eq!(
        messages,
        [
            "status is `planned` but the last history entry moves it to `done`",
            "`done_on` is set but the status is `planned`",
        ]
    );
}

#[test]
fn an_empty_file_says_what_is_missing() {
    let checked = check("");
    assert!(checked.model.is_none());
    assert_eq!(checked.diagnostics.len(), 2);
    assert!(checked.diagnostics.iter().all(|d| d.span == (0..0)));
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let text = format!("a = {}{}", "[".repeat(100_000), "]".repeat(100_000));
    let checked = check(&text);
    assert!(checked.model.is_none());
    assert!(!checked.diagnostics.is_empty());
}

fn assert_located(text: &str) {
    let checked = check(text);
    let index = LineIndex::new(text);
    if checked.model.is_none() {
        assert!(
            checked
                .diagnostics
                .iter()
                .any(pactboard::store::Diagnostic::is_error)
        );
    }
    for d in &checked.diagnostics {
        assert!(
            d.span.start <= text.len() && d.span.end <= text.len(),
            "{d:?}"
        );
        let (line, col) = index.locate(d.span.start);
        assert!(line >= 1 && col >= 1);
        let rendered = store::Report::new("t.toml", text, false).render(d);
        assert!(rendered.starts_with(&format!("t.toml:{line}:{col}: ")));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_text_never_panics_and_every_problem_is_located(text in "\\PC*") {
        assert_located(&text);
    }

    #[test]
    fn damaged_partnership_files_never_panic(
        cut in 0usize..12_000,
        len in 0usize..40,
        insert in "[\\[\\]=\"'#\\n a-z0-9._\\-:{},]{0,12}",
    ) {
        let base = include_str!("../assets/india-japan.toml");
        let mut start = cut.min(base.len());
        while !base.is_char_boundary(start) { start -= 1; }
        let mut end = (start + len).min(base.len());
        while !base.is_char_boundary(end) { end -= 1; }
        let text = format!("{}{insert}{}", &base[..start], &base[end..]);
        assert_located(&text);
    }
}
