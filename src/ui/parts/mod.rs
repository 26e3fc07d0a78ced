//! The pieces the views and overlays are drawn with: text into cells (`cells`), width-aware
//! safe text, bars and labels (`widgets`), panels and scrolling (`panel`, `scroll`), the chart,
//! and the key hints.

pub mod cells;
pub mod chart;
pub mod hints;
pub mod panel;
pub mod scroll;
pub mod widgets;
