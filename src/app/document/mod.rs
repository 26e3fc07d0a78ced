//! The file's side of the app, in model terms: edits and their undo, what a save writes
//! (`editing`), tables added, changed and removed (`authoring`), and the file changed on disk
//! (`disk`: reload, edits put on the new version, conflicts).

pub(in crate::app) mod authoring;
pub mod disk;
pub mod editing;
pub(in crate::app) mod said;
pub(in crate::app) mod step_words;
