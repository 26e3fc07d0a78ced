//! The model's refusals in each language: what the dashboard says when a typed amount, a new
//! table or the date of news cannot be taken. Their `Display` is the English the command line
//! prints; the words of every other language are in its catalog.

use super::add::AddError;
use super::amount::AmountError;
use super::edit::NewsDateError;
use crate::i18n::{Lang, format};
use crate::tr;

impl AmountError {
    /// The refusal in `lang`.
    pub fn message_in(&self, lang: Lang) -> String {
        match self {
            AmountError::Empty => tr!(lang, "amount-empty"),
            AmountError::NotPositive => tr!(lang, "amount-not-positive"),
            AmountError::NotANumber(text) => tr!(lang, "amount-not-a-number", text = text),
            AmountError::UnknownScale(text) => tr!(lang, "amount-unknown-scale", text = text),
            AmountError::OtherUnit { found, unit } => {
                tr!(lang, "amount-other-unit", found = found, unit = unit)
            }
            AmountError::OtherScale {
                word,
                currency,
                unit,
            } => tr!(
                lang,
                "amount-other-scale",
                word = word,
                currency = *currency,
                unit = unit
            ),
            AmountError::TooLarge => tr!(lang, "amount-too-large"),
            AmountError::Ambiguous {
                written,
                one,
                other,
                one_plain,
                other_plain,
            } => tr!(
                lang,
                "amount-ambiguous",
                written = written,
                one = one,
                other = other,
                one_plain = one_plain,
                other_plain = other_plain
            ),
            AmountError::BadGrouping { written } => {
                tr!(lang, "amount-bad-grouping", written = written)
            }
            AmountError::BelowSmallest {
                written,
                smallest,
                unit,
            } => tr!(
                lang,
                "amount-below-smallest",
                written = written,
                smallest = *smallest,
                unit = unit
            ),
        }
    }
}

/// The noun a refusal names a table or a value by (`milestone`, `a weight`), in `lang`.
fn noun(lang: Lang, english: &str) -> String {
    let id = match english {
        "milestone" => "noun-milestone",
        "source" => "noun-source",
        "pillar" => "noun-pillar",
        "a weight" => "noun-weight",
        "an amount" => "noun-amount",
        _ => return english.to_string(),
    };
    tr!(lang, id)
}

impl AddError {
    /// The refusal in `lang`.
    pub fn message_in(&self, lang: Lang) -> String {
        match self {
            AddError::BadId(id) => tr!(lang, "add-bad-id", id = id),
            AddError::Taken { kind, id } => {
                tr!(lang, "add-taken", kind = noun(lang, kind), id = id)
            }
            AddError::NoTitle(kind) => tr!(lang, "add-no-title", kind = noun(lang, kind)),
            AddError::NotPositive(what) => {
                tr!(lang, "add-not-positive", what = noun(lang, what))
            }
            AddError::NoTarget(n) => tr!(lang, "add-no-target", n = *n),
            AddError::TitleTaken { id, title } => {
                tr!(lang, "add-title-taken", id = id, title = title)
            }
        }
    }
}

impl NewsDateError {
    /// The refusal in `lang`, without the command line's `--force` (the dashboard has none).
    pub fn message_in(&self, lang: Lang) -> String {
        match self {
            NewsDateError::Future { when, today } => tr!(
                lang,
                "error-future",
                when = when,
                today = format::date(lang, *today)
            ),
            NewsDateError::Before1970 { when } => tr!(lang, "error-before-1970", when = when),
            NewsDateError::BeforeLast { when, id, last, to } => tr!(
                lang,
                "error-before-last",
                when = when,
                id = id,
                last = last,
                status = to.label_in(lang)
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_are_said_in_each_language() {
        let e = AmountError::OtherUnit {
            found: "INR".into(),
            unit: "JPY".into(),
        };
        assert_eq!(e.message_in(Lang::En), e.to_string());
        assert!(e.message_in(Lang::Ja).contains("目標"));
        let e = AddError::Taken {
            kind: "pillar",
            id: "trade".into(),
        };
        assert_eq!(e.message_in(Lang::En), e.to_string());
        assert!(e.message_in(Lang::Hi).contains("स्तंभ"));
        let e = NewsDateError::Before1970 {
            when: "1969-01-01".into(),
        };
        assert_eq!(e.message_in(Lang::En), e.to_string());
    }
}
