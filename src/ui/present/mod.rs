//! Presentation mode: one slide of the deck on the whole screen, in big text where it fits, with a
//! footer of slide number, clock and time since the start.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};

mod slides;
mod writer;

use slides::{agreements, closing, list, money, overview, pillar, title};
use writer::SlideWriter;

use super::theme::Theme;
use super::widgets::fit;
use crate::app::deck::{Presenter, Slide};
use crate::app::keymap::Section;
use crate::app::{Action, App};

/// The words a slide draws in big block letters (its title), which a copy of the slide that
/// keeps text as text (the PDF) carries as text too.
pub fn big_words(model: &crate::model::Model, slide: Slide) -> Option<&str> {
    match slide {
        Slide::Title => Some(&model.partnership.title),
        Slide::Pillar(i) => model.pillars.get(i).map(|p| p.title.as_str()),
        _ => None,
    }
}

/// The margin around a slide's body, in columns and rows.
const MARGIN: (u16, u16) = (2, 1);

/// The room a list slide has for its lines on a `width`×`height` screen: the body inside the
/// margin, above the footer (counted whether shown or not, so hiding it never moves a page),
/// below the heading and the gap under it.
pub fn list_room(width: u16, height: u16) -> crate::app::PaneSize {
    crate::app::PaneSize {
        width: width.saturating_sub(2 * MARGIN.0).max(1),
        rows: usize::from(height.saturating_sub(1 + 2 * MARGIN.1 + 2)).max(1),
    }
}

/// Draws the presenter's slide over the whole `area`.
pub fn render(app: &App, p: &Presenter, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let [body, footer] = Layout::vertical([Constraint::Min(0), Constraint::Length(1)]).areas(area);
    let body = body.inner(ratatui::layout::Margin::new(MARGIN.0, MARGIN.1));
    let mut s = SlideWriter {
        theme,
        buf,
        area: body,
        y: body.y,
    };
    match p.slide() {
        Slide::Title => title(app, &mut s),
        Slide::Overview => overview(app, &mut s),
        Slide::Money => money(app, &mut s),
        Slide::Agreements => agreements(app, &mut s),
        Slide::Pillar(i) => pillar(app, i, &mut s),
        Slide::List(kind, page) => list(p, kind, page, &mut s),
        Slide::Closing => closing(app, &mut s),
    }
    if p.footer {
        let elapsed = (app.doc.now - p.started).num_seconds().max(0);
        let mut text = format!(
            " {} / {}{}   {}   {}:{:02}:{:02} since the start",
            p.current + 1,
            p.slides.len(),
            if p.jump.is_empty() {
                String::new()
            } else {
                format!("  go to {}…", p.jump)
            },
            app.doc.now.format("%H:%M"),
            elapsed / 3600,
            elapsed / 60 % 60,
            elapsed % 60
        );
        // As many key hints as fit beside the counter and the clock, the most needed first.
        let keys = super::hints::key_hints(
            app,
            &[Section::Presenting],
            &[
                (Action::NextSlide, "next"),
                (Action::PreviousSlide, "back"),
                (Action::Help, "help"),
                (Action::Leave, "leaves"),
                (Action::ToggleFooter, "hides this"),
            ],
        );
        let mut shown: Vec<&str> = Vec::new();
        for key in &keys {
            let with = format!("   {} · {key}", shown.join(" · "));
            if text.chars().count() + with.chars().count() <= usize::from(footer.width) {
                shown.push(key);
            }
        }
        if !shown.is_empty() {
            text.push_str(&format!("   {}", shown.join(" · ")));
        }
        buf.set_string(
            footer.x,
            footer.y,
            fit(&text, footer.width.into()),
            theme.muted,
        );
    }
}
