//! Which slides a deck has, from the model: the one list the terminal's presentation and the
//! exported files (HTML, SVG, PDF) all show.

use super::{Figures, Model, Since};

/// One slide: what it shows, from the model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slide {
    /// The partnership's title, parties and dates.
    Title,
    /// Overall progress and each target against its pace.
    Headline,
    /// Each agreement with its objectives.
    Agreements,
    /// One pillar (an index into the model's pillars).
    Pillar(usize),
    /// Milestones due in the next 90 days, overdue ones first.
    ComingUp,
    /// The changes since a date or a version of the file (the presenter's `since`).
    Since,
    /// The closing summary.
    Closing,
}

/// The slides of a model, leaving out those that would be empty.
pub fn build(model: &Model, figures: &Figures, since: Option<&Since>) -> Vec<Slide> {
    let mut slides = vec![Slide::Title, Slide::Headline];
    if !model.agreements.is_empty() || !model.objectives.is_empty() {
        slides.push(Slide::Agreements);
    }
    slides.extend((0..model.pillars.len()).map(Slide::Pillar));
    let coming = !figures.overdue.is_empty() || !figures.upcoming.is_empty();
    if coming {
        slides.push(Slide::ComingUp);
    }
    if since.is_some_and(|s| !s.changes(model).is_empty()) {
        slides.push(Slide::Since);
    }
    slides.push(Slide::Closing);
    slides
}
