//! Presentation mode: one slide of the deck on the whole screen, in big text where it fits, with a
//! footer of slide number, clock and time since the start.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};

mod list;
mod slides;
mod speaker;
mod structure;
mod writer;

use list::list;
use slides::{closing, money, overview, title};
use structure::{agreements, pillar};
use writer::SlideWriter;

use super::theme::Theme;
use super::widgets::fit;
use crate::app::deck::{Presenter, Role, Slide};
use crate::app::keymap::Section;
use crate::app::{Action, App};
use crate::i18n::Langs;
use crate::tr;
use unicode_width::UnicodeWidthStr as _;

/// The model the slides are drawn from: its names as the deck's language shows them.
pub(super) fn shown(app: &App) -> &crate::model::Model {
    app.presenter()
        .and_then(|p| p.shown.as_deref())
        .unwrap_or(&app.doc.model)
}

/// The margin around a slide's body, in columns and rows.
const MARGIN: (u16, u16) = (2, 1);

/// The room a list slide has for its lines on a `width`×`height` screen: the body inside the
/// margin, above the footer (counted whether shown or not, so hiding it never moves a page),
/// below the heading and the gap under it.
pub fn list_room(width: u16, height: u16, langs: Langs) -> crate::app::PaneSize {
    let body = height.saturating_sub(1 + 2 * MARGIN.1);
    crate::app::PaneSize {
        width: width.saturating_sub(2 * MARGIN.0).max(1),
        rows: usize::from(body.saturating_sub(list::list_heading_rows(body, langs))).max(1),
    }
}

/// The room a list slide has in the speaker view's current slide.
pub fn speaker_room(width: u16, height: u16, langs: Langs) -> crate::app::PaneSize {
    speaker::list_room(width, height, langs)
}

/// Draws the presenter's slide over the whole `area` (the speaker view when it is one).
pub fn render(app: &App, p: &Presenter, theme: &Theme, area: Rect, buf: &mut Buffer) {
    if p.role == Role::Speaker {
        speaker::render(app, p, theme, area, buf);
        return;
    }
    let [body, footer] = Layout::vertical([Constraint::Min(0), Constraint::Length(1)]).areas(area);
    let body = body.inner(ratatui::layout::Margin::new(MARGIN.0, MARGIN.1));
    let cut = render_slide(app, p, p.slide(), theme, body, buf);
    if p.footer || cut {
        let following = p
            .following
            .as_ref()
            .map(|f| format!("   {f}"))
            .unwrap_or_default();
        // A slide the screen is too small for says so, even with the footer hidden.
        let lang = app.dash.langs.main;
        let sign = if cut {
            format!(" {}", tr!(lang, "deck-cut"))
        } else {
            String::new()
        };
        let mut text = format!(
            "{sign} {} / {}{}   {}   {}{following}",
            p.current + 1,
            p.slides.len(),
            if p.jump.is_empty() {
                String::new()
            } else {
                format!("  {}", tr!(lang, "deck-go-to", slide = p.jump.as_str()))
            },
            app.doc.now.format("%H:%M"),
            tr!(lang, "deck-since-start", elapsed = elapsed(app, p)),
        );
        // As many key hints as fit beside the counter and the clock, the most needed first.
        let said: Vec<(Action, String)> = if p.role == Role::Follower {
            // A follower's keys do not move it: it names only what they do.
            vec![
                (Action::Leave, tr!(lang, "deck-key-leave")),
                (Action::ToggleFooter, tr!(lang, "deck-key-hide")),
            ]
        } else {
            vec![
                (Action::NextSlide, tr!(lang, "deck-key-next")),
                (Action::PreviousSlide, tr!(lang, "deck-key-back")),
                (Action::Help, tr!(lang, "deck-key-help")),
                (Action::Leave, tr!(lang, "deck-key-leave")),
                (Action::ToggleFooter, tr!(lang, "deck-key-hide")),
            ]
        };
        let items: Vec<(Action, &str)> = said.iter().map(|(a, w)| (*a, w.as_str())).collect();
        let keys = super::hints::key_hints(app, &[Section::Presenting], &items);
        let mut shown: Vec<&str> = Vec::new();
        for key in &keys {
            let with = format!("   {} · {key}", shown.join(" · "));
            if text.width() + with.width() <= usize::from(footer.width) {
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

/// Draws `slide` of the presenter's deck into `body` (no margin, no footer); whether something
/// did not fit and was cut.
fn render_slide(
    app: &App,
    p: &Presenter,
    slide: Slide,
    theme: &Theme,
    body: Rect,
    buf: &mut Buffer,
) -> bool {
    let mut s = SlideWriter {
        theme,
        buf,
        area: body,
        y: body.y,
        cut: false,
        langs: app.dash.langs,
    };
    match slide {
        Slide::Title => title(app, &mut s),
        Slide::Overview => overview(app, &mut s),
        Slide::Money => money(app, &mut s),
        Slide::Agreements => agreements(app, &mut s),
        Slide::Pillar(i) => pillar(app, i, &mut s),
        Slide::List(kind, page) => list(p, kind, page, &mut s),
        Slide::Closing => closing(app, &mut s),
    }
    s.cut
}

/// How long the presentation has run, as `h:mm:ss`.
fn elapsed(app: &App, p: &Presenter) -> String {
    let elapsed = (app.doc.now - p.started).num_seconds().max(0);
    format!(
        "{}:{:02}:{:02}",
        elapsed / 3600,
        elapsed / 60 % 60,
        elapsed % 60
    )
}
