//! What is drawn over the views: a milestone's detail, the help, the problems of a file that
//! cannot be opened, and the popups (`modal`, with the forms and the conflict dialog).

pub mod detail;
pub mod help;
pub mod modal;
pub mod problems;
