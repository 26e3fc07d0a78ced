//! Presentation mode: one slide of the deck on the whole screen, in big text where it fits, with a
//! footer of slide number, clock and time since the start.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};

mod slides;
mod writer;

use slides::{agreements, closing, coming_up, headline, pillar, since, title};
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

/// Draws the presenter's slide over the whole `area`.
pub fn render(app: &App, p: &Presenter, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let [body, footer] =
        Layout::vertical([Constraint::Min(0), Constraint::Length(u16::from(p.footer))]).areas(area);
    let body = body.inner(ratatui::layout::Margin::new(2, 1));
    let mut s = SlideWriter {
        theme,
        buf,
        area: body,
        y: body.y,
    };
    match p.slide() {
        Slide::Title => title(app, &mut s),
        Slide::Headline => headline(app, &mut s),
        Slide::Agreements => agreements(app, &mut s),
        Slide::Pillar(i) => pillar(app, i, &mut s),
        Slide::ComingUp => coming_up(app, &mut s),
        Slide::Since => {
            if let Some(from) = &p.since {
                since(app, from, &mut s);
            }
        }
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
