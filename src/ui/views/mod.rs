//! The dashboard's six views, each drawn from the app's state into the body of the screen.

pub mod changes;
pub mod milestones;
pub mod overview;
pub mod pillars;
pub mod targets;
pub mod timeline;
