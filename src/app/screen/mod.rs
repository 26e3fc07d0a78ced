//! The screen's side of the app: the views and their states (`view`, `cursor`, `panes`,
//! `rows`, `changes`), the deck (`deck`), what is open over the views (`mode`, `modal`, the
//! forms in `form`, the conflict list in `conflict_lines`).

pub mod changes;
pub mod conflict_lines;
pub(in crate::app) mod cursor;
pub mod deck;
pub mod form;
pub mod milestone_ref;
pub mod modal;
pub mod mode;
pub mod panes;
pub(in crate::app) mod rows;
pub(in crate::app) mod view;
