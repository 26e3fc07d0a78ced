//! A file's history as the model sees it: each commit that changed the file, with the changes
//! it made to the model ([`super::diff`]). Read from git by the git layer; held by the app's
//! Changes view and written by `log`.

use chrono::{DateTime, FixedOffset};
use serde::Serialize;

use super::diff::Change;

/// A commit that changed the file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Commit {
    pub id: String,
    pub author: String,
    pub date: DateTime<FixedOffset>,
    pub subject: String,
}

/// The changes one commit made to the model, or the uncommitted ones (`commit` is `None`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    pub commit: Option<Commit>,
    /// The file did not load at this version (its problems are for `check`).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub invalid: bool,
    /// Why it did not load (its first problem), when it did not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
    /// The file was made here (it had no earlier version): every change is an addition.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub created: bool,
    /// The oldest commit a shallow clone has: its history starts here, so what the file held
    /// is listed as it was, not as made here.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub shallow_start: bool,
    /// The path of the file at this commit, when it differs from today's (renamed since).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    pub changes: Vec<Change>,
}

/// Why a file has no history to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unavailable {
    /// The bundled model, which is no file of a repository.
    Bundled,
    /// The file (as shown) is not in a git repository.
    NotInGit(String),
    /// Anything else git said (in English, or git's language).
    Other(String),
}

impl Unavailable {
    /// Why, in `lang`.
    pub fn message_in(&self, lang: crate::i18n::Lang) -> String {
        match self {
            Unavailable::Bundled => crate::tr!(lang, "changes-bundled"),
            Unavailable::NotInGit(file) => crate::tr!(lang, "changes-not-in-git", file = file),
            Unavailable::Other(why) => why.clone(),
        }
    }
}
