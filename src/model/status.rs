//! The closed vocabularies of the format: milestone statuses and target entry kinds.

use std::fmt;

/// Where a milestone stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    Planned,
    InProgress,
    AtRisk,
    Blocked,
    Done,
    Cancelled,
}

impl Status {
    /// Every status, in the order of a milestone's life.
    pub const ALL: [Status; 6] = [
        Status::Planned,
        Status::InProgress,
        Status::AtRisk,
        Status::Blocked,
        Status::Done,
        Status::Cancelled,
    ];

    /// The name used in the file and the JSON report.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Planned => "planned",
            Status::InProgress => "in_progress",
            Status::AtRisk => "at_risk",
            Status::Blocked => "blocked",
            Status::Done => "done",
            Status::Cancelled => "cancelled",
        }
    }

    /// The words shown to people, in `lang`.
    pub fn label_in(self, lang: crate::i18n::Lang) -> &'static str {
        let id = match self {
            Status::Planned => "status-planned",
            Status::InProgress => "status-in-progress",
            Status::AtRisk => "status-at-risk",
            Status::Blocked => "status-blocked",
            Status::Done => "status-done",
            Status::Cancelled => "status-cancelled",
        };
        crate::i18n::word(lang, id)
    }

    /// A change of status in words, in `lang`: `planned → at risk`, or `at risk` with no `from`.
    pub fn transition_in(lang: crate::i18n::Lang, from: Option<Status>, to: Status) -> String {
        match from {
            Some(from) => format!("{} → {}", from.label_in(lang), to.label_in(lang)),
            None => to.label_in(lang).to_string(),
        }
    }

    /// The words shown to people (in English; [`Status::label_in`] for another language).
    pub fn label(self) -> &'static str {
        match self {
            Status::Planned => "planned",
            Status::InProgress => "in progress",
            Status::AtRisk => "at risk",
            Status::Blocked => "blocked",
            Status::Done => "done",
            Status::Cancelled => "cancelled",
        }
    }

    /// A symbol that tells the status apart without colour.
    pub fn symbol(self) -> &'static str {
        match self {
            Status::Planned => "○",
            Status::InProgress => "◐",
            Status::AtRisk => "▲",
            Status::Blocked => "■",
            Status::Done => "●",
            Status::Cancelled => "×",
        }
    }

    /// Parses the file's name of a status.
    pub fn parse(name: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.as_str() == name)
    }

    /// Parses a status as a person types it: the file's name or the shown words, in any case,
    /// with `-`, `_` or spaces between words (`in progress`, `At-Risk`).
    pub fn parse_loose(name: &str) -> Option<Status> {
        let normal: String = name
            .trim()
            .chars()
            .map(|c| match c {
                '-' | ' ' => '_',
                c => c.to_ascii_lowercase(),
            })
            .collect();
        Status::parse(&normal)
    }

    /// Whether the milestone still has work ahead (neither done nor cancelled).
    pub fn is_open(self) -> bool {
        !matches!(self, Status::Done | Status::Cancelled)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a target entry reports: each kind is summed on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntryKind {
    Announced,
    Committed,
    Realized,
}

impl EntryKind {
    /// Every kind, from the weakest claim to the strongest.
    pub const ALL: [EntryKind; 3] = [
        EntryKind::Announced,
        EntryKind::Committed,
        EntryKind::Realized,
    ];

    /// The name used in the file.
    pub fn as_str(self) -> &'static str {
        match self {
            EntryKind::Announced => "announced",
            EntryKind::Committed => "committed",
            EntryKind::Realized => "realized",
        }
    }

    /// The kind in words, in `lang`.
    pub fn label_in(self, lang: crate::i18n::Lang) -> &'static str {
        let id = match self {
            EntryKind::Announced => "kind-announced",
            EntryKind::Committed => "kind-committed",
            EntryKind::Realized => "kind-realized",
        };
        crate::i18n::word(lang, id)
    }

    /// Parses the file's name of an entry kind.
    pub fn parse(name: &str) -> Option<EntryKind> {
        EntryKind::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

impl fmt::Display for EntryKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Status {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let name = String::deserialize(d)?;
        Status::parse(&name).ok_or_else(|| D::Error::custom(format!("`{name}` is not a status")))
    }
}
