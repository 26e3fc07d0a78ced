//! The partnership model: plain data as the file describes it, and the figures derived from it.
//! No IO and no terminal here: the store builds a [`Model`], the views and the report read it.

pub mod add;
pub mod adopt;
pub mod amount;
pub mod change_words;
pub mod dates;
pub mod deck;
pub mod diff;
pub mod edit;
mod figures;
pub mod history;
pub mod ids;
pub mod log;
pub mod merge;
pub mod money;
pub mod names;
pub mod plan;
mod refusals;
pub mod shape;
mod since;
pub mod slide_text;
mod status;
pub mod three_way;

pub use figures::{
    Figures, Health, MilestoneCounts, NEXT_DUE_SHOWN, PillarGroups, TargetFigures, UPCOMING_DAYS,
    is_overdue, milestone_progress, recorded_since, running_total,
};
pub use since::Since;
pub use status::{EntryKind, Status};

use chrono::{DateTime, FixedOffset, NaiveDate};

/// The file format version this build reads and writes.
pub const SCHEMA_VERSION: i64 = 1;

/// A whole partnership file, references resolved to indexes into its own vectors.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub partnership: Partnership,
    pub sources: Vec<Source>,
    pub pillars: Vec<Pillar>,
    pub agreements: Vec<Agreement>,
    pub objectives: Vec<Objective>,
    pub targets: Vec<Target>,
    pub milestones: Vec<Milestone>,
    pub rates: Vec<Rate>,
    /// The model's own deck (`[deck]`): its slides and the presenter's notes.
    pub deck: deck::Chosen,
    /// The names in other languages (`[translations.LANG]`).
    pub translations: names::Translations,
}

impl Model {
    /// A model with nothing in it: what the dashboard holds while its file cannot be opened.
    pub fn empty() -> Self {
        Model {
            partnership: Partnership {
                title: String::new(),
                parties: Vec::new(),
                summary: None,
                as_of: None,
                pillars_declared: None,
                fiscal_year_starts: None,
            },
            sources: Vec::new(),
            pillars: Vec::new(),
            agreements: Vec::new(),
            objectives: Vec::new(),
            targets: Vec::new(),
            milestones: Vec::new(),
            rates: Vec::new(),
            deck: deck::Chosen::default(),
            translations: names::Translations::default(),
        }
    }
}

/// The `[partnership]` table.
#[derive(Debug, Clone, PartialEq)]
pub struct Partnership {
    pub title: String,
    pub parties: Vec<String>,
    pub summary: Option<String>,
    pub as_of: Option<NaiveDate>,
    pub pillars_declared: Option<u32>,
    /// The month (1–12) the partnership's fiscal year starts in; `None` for April, when both
    /// India's and Japan's start (`fiscal_year_starts` in the file).
    pub fiscal_year_starts: Option<u32>,
}

impl Partnership {
    /// The month the fiscal year starts in: the file's, else April.
    pub fn fiscal_start(&self) -> u32 {
        self.fiscal_year_starts.unwrap_or(4)
    }
}

/// Where a fact comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub published: Option<NaiveDate>,
    pub publisher: Option<String>,
    pub url: Option<String>,
    pub note: Option<String>,
}

/// A pillar of the partnership's roadmap.
#[derive(Debug, Clone, PartialEq)]
pub struct Pillar {
    pub id: String,
    pub title: String,
    pub summary: Option<String>,
    pub source: Option<usize>,
}

/// A signed agreement (an `MoC`, a treaty, a joint statement).
#[derive(Debug, Clone, PartialEq)]
pub struct Agreement {
    pub id: String,
    pub title: String,
    pub kind: Option<String>,
    pub signed: Option<NaiveDate>,
    pub place: Option<String>,
    pub occasion: Option<String>,
    pub summary: Option<String>,
    pub source: Option<usize>,
}

/// An objective, usually one area of cooperation of an agreement.
#[derive(Debug, Clone, PartialEq)]
pub struct Objective {
    pub id: String,
    pub title: String,
    pub agreement: Option<usize>,
    pub pillar: Option<usize>,
    pub summary: Option<String>,
    pub source: Option<usize>,
}

/// A quantified goal over a period, such as an investment amount.
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    pub id: String,
    pub title: String,
    pub unit: String,
    pub amount: f64,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub pillar: Option<usize>,
    pub summary: Option<String>,
    pub source: Option<usize>,
    pub entries: Vec<TargetEntry>,
}

/// One reported amount towards a target.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetEntry {
    pub date: NaiveDate,
    pub amount: f64,
    pub kind: EntryKind,
    pub note: Option<String>,
    pub source: Option<usize>,
}

impl TargetEntry {
    /// The entry in words, its amount in `unit` as officials write it: "2026-01-10 announced
    /// ¥1.5 trillion" (its note is the caller's to add, made safe for where it goes).
    pub fn describe(&self, unit: &str) -> String {
        format!(
            "{} {} {}",
            self.date,
            self.kind.as_str(),
            money::format(self.amount, unit, money::Style::Long)
        )
    }
}

/// A dated step of a pillar, the unit of progress.
#[derive(Debug, Clone, PartialEq)]
pub struct Milestone {
    pub id: String,
    pub title: String,
    pub pillar: usize,
    pub status: Status,
    pub objective: Option<usize>,
    pub due: Option<NaiveDate>,
    pub done_on: Option<NaiveDate>,
    pub weight: f64,
    pub owner: Option<String>,
    pub notes: Option<String>,
    pub source: Option<usize>,
    pub history: Vec<HistoryEntry>,
}

impl Milestone {
    /// A planned milestone of pillar `pillar` with nothing else set (weight 1).
    pub fn new(id: impl Into<String>, title: impl Into<String>, pillar: usize) -> Self {
        Milestone {
            id: id.into(),
            title: title.into(),
            pillar,
            status: Status::Planned,
            objective: None,
            due: None,
            done_on: None,
            weight: 1.0,
            owner: None,
            notes: None,
            source: None,
            history: Vec::new(),
        }
    }
}

/// A recorded status change of a milestone.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryEntry {
    /// When the change happened; for a [`HistoryEntry::day_only`] entry, the start of that day
    /// in UTC (how it is ordered among the others).
    pub at: DateTime<FixedOffset>,
    pub from: Option<Status>,
    pub to: Status,
    pub note: Option<String>,
    /// Recorded with a day and no time of day (`at = 2026-01-10` in the file): the time is not
    /// known, and none is invented.
    pub day_only: bool,
}

impl HistoryEntry {
    /// The start of `date` in UTC: the `at` of an entry known only by its day.
    pub fn day_start(date: NaiveDate) -> DateTime<FixedOffset> {
        date.and_time(chrono::NaiveTime::MIN)
            .and_utc()
            .fixed_offset()
    }

    /// `at` as the file writes it: a TOML date for a day-only entry, else an offset date-time.
    pub fn at_toml(&self) -> String {
        if self.day_only {
            self.at.date_naive().to_string()
        } else {
            self.at
                .to_rfc3339_opts(chrono::SecondsFormat::AutoSi, false)
        }
    }

    /// `at` as people read it: `2026-01-10` for a day-only entry, else `2026-01-10 14:30 +09:00`.
    pub fn at_shown(&self) -> String {
        if self.day_only {
            self.at.date_naive().to_string()
        } else {
            self.at.format("%Y-%m-%d %H:%M %:z").to_string()
        }
    }
}

/// An exchange rate for display: one `from` is worth `rate` of `to`, as of a date.
#[derive(Debug, Clone, PartialEq)]
pub struct Rate {
    pub from: String,
    pub to: String,
    pub rate: f64,
    pub as_of: NaiveDate,
    pub source: Option<usize>,
}

impl Agreement {
    /// "`MoC`: Memorandum of Cooperation on critical minerals": the kind, when there is one, and the title.
    pub fn label(&self) -> String {
        match &self.kind {
            Some(kind) => format!("{kind}: {}", self.title),
            None => self.title.clone(),
        }
    }

    /// Where, at what occasion and when it was signed, as far as the file says.
    pub fn context(&self) -> Vec<String> {
        self.context_in(crate::i18n::Lang::En)
    }

    /// [`Agreement::context`], the date said in `lang`.
    pub fn context_in(&self, lang: crate::i18n::Lang) -> Vec<String> {
        [
            self.place.clone(),
            self.occasion.clone(),
            self.signed.map(|d| {
                crate::tr!(
                    lang,
                    "agreement-signed",
                    date = crate::i18n::format::date(lang, d)
                )
            }),
        ]
        .into_iter()
        .flatten()
        .collect()
    }
}

impl Model {
    /// The index of the milestone with this id, if any.
    pub fn milestone_index(&self, id: &str) -> Option<usize> {
        self.milestones.iter().position(|m| m.id == id)
    }

    /// The objectives of `agreement`, or with `None` those of no agreement, in file order.
    pub fn objectives_of(&self, agreement: Option<usize>) -> impl Iterator<Item = &Objective> {
        self.objectives
            .iter()
            .filter(move |o| o.agreement == agreement)
    }

    /// The milestones of each pillar (their indices), in file order.
    pub fn by_pillar(&self) -> Vec<Vec<usize>> {
        let mut out = vec![Vec::new(); self.pillars.len()];
        for (i, m) in self.milestones.iter().enumerate() {
            if let Some(list) = out.get_mut(m.pillar) {
                list.push(i);
            }
        }
        out
    }

    /// How many pillars the source announces but the file does not name.
    pub fn pillars_missing(&self) -> Option<(usize, u32)> {
        let declared = self.partnership.pillars_declared?;
        (declared as usize > self.pillars.len()).then_some((self.pillars.len(), declared))
    }
}
