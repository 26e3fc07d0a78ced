//! Drawing the dashboard: one module per view and per popup. Widgets render from `&App` and
//! never change it; geometry that input needs (which tab or row is where) comes from here too.

pub mod ascii;
pub mod overlays;
pub mod parts;
mod present;
pub mod snapshot;
mod tabs;
pub mod theme;
pub mod views;

pub use overlays::{detail, help, modal, problems};
pub use parts::{cells, chart, hints, panel, scroll, widgets};
pub use views::{changes, milestones, overview, pillars, targets, timeline};

use crate::i18n::format::date;
use crate::i18n::{Lang, Langs};
use crate::tr;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Widget};
use unicode_width::UnicodeWidthStr;

use crate::app::keymap::Section;
use crate::app::{Action, App, Overlay, PaneSize, View, Viewport};
use crate::model::Model;
pub(crate) use panel::{Panel, panel};
use theme::Theme;

/// The smallest terminal the dashboard draws in.
pub const MIN_SIZE: (u16, u16) = (60, 16);

/// What a `width`×`height` screen holds for `model`, for the app's page sizes and scrolling.
pub fn viewport(width: u16, height: u16, model: &Model, langs: Langs) -> Viewport {
    let body = bands(Rect::new(0, 0, width, height), 1).body;
    let size = |area: Rect| PaneSize {
        width: area.width,
        rows: usize::from(area.height),
    };
    Viewport {
        overview_text: size(overview::agreements_area(model, body)),
        pillar_detail: size(pillars::detail_area(body)),
        target_entries: size(targets::entries_area(model, body)),
        // The tab row, the header, the status line, a pane's borders and its column titles,
        // with a row to spare.
        list_rows: usize::from(height.saturating_sub(8)).max(1),
        timeline_columns: timeline::chart_columns(width),
        // The help popup's borders and a margin.
        help_rows: usize::from(height.saturating_sub(4)).max(1),
        conflicts: modal::conflict_list_size(width, height),
        slide: present::list_room(width, height, langs),
        speaker_slide: present::speaker_room(width, height, langs),
    }
}

/// The screen: the app's state drawn with a theme.
pub struct Screen<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
}

/// The four bands of the screen.
struct Bands {
    tabs: Rect,
    header: Rect,
    body: Rect,
    footer: Rect,
}

/// The status line grows for a long message up to a quarter of the screen (at least 3 rows).
fn max_footer_rows(height: u16) -> usize {
    usize::from(height / 4).max(3)
}

/// The message or banner the status line shows, as the lines it wraps to at `width`.
fn footer_text(app: &App, width: u16) -> Option<Vec<String>> {
    let text = match (&app.dash.message, &app.doc.banner) {
        (Some(message), _) => &message.text,
        (None, Some(banner)) => banner,
        (None, None) => return None,
    };
    Some(widgets::wrap_words(
        &widgets::safe_line(text),
        usize::from(width).saturating_sub(1),
    ))
}

fn footer_rows(app: &App, area: Rect) -> u16 {
    footer_text(app, area.width).map_or(1, |lines| {
        lines.len().clamp(1, max_footer_rows(area.height)) as u16
    })
}

fn bands(area: Rect, footer_rows: u16) -> Bands {
    let [tabs, header, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(footer_rows),
    ])
    .areas(area);
    Bands {
        tabs,
        header,
        body,
        footer,
    }
}

impl Widget for &Screen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = self.theme;
        if theme.text != ratatui::style::Style::default() {
            cells::restyle(buf, area, theme.text);
        }
        if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
            too_small(self.app.dash.langs.main, area, buf, theme);
            if theme.ascii {
                ascii::downgrade(area, buf);
            }
            return;
        }
        let app = self.app;
        // The presentation takes the whole screen; the dashboard has its bands.
        let body = if let Some(presenter) = app.presenter() {
            present::render(app, presenter, theme, area, buf);
            area
        } else {
            let b = bands(area, footer_rows(app, area));
            self.tabs(b.tabs, buf);
            self.header(b.header, buf);
            match app.dash.view {
                View::Overview => overview::render(app, theme, b.body, buf),
                View::Pillars => pillars::render(app, theme, b.body, buf),
                View::Milestones => milestones::render(app, theme, b.body, buf),
                View::Timeline => timeline::render(app, theme, b.body, buf),
                View::Targets => targets::render(app, theme, b.body, buf),
                View::Changes => changes::render(app, theme, b.body, buf),
            }
            self.footer(b.footer, buf);
            b.body
        };
        // What is open over it, bottom to top.
        for (depth, overlay) in app.overlays().iter().enumerate() {
            match overlay {
                Overlay::Detail { scroll } => detail::render(app, *scroll, theme, body, buf),
                // The conflict list is sized on the whole screen (the app scrolls it by the
                // same measure: see `viewport`), whatever the footer holds.
                Overlay::Popup(popup @ crate::app::Modal::Conflict { .. }) => {
                    modal::render(app, popup, theme, area, buf);
                }
                Overlay::Popup(popup) => modal::render(app, popup, theme, body, buf),
                Overlay::Help { scroll } => help::render(app, depth, *scroll, theme, area, buf),
                Overlay::Problems { scroll } => problems::render(app, *scroll, theme, area, buf),
                // The search box is the footer's; the presentation is drawn above.
                Overlay::Search(_) | Overlay::Presenting(_) => {}
            }
        }
        if theme.ascii {
            ascii::downgrade(area, buf);
        }
    }
}

fn too_small(lang: Lang, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let (need, have) = (
        format!("{}×{}", MIN_SIZE.0, MIN_SIZE.1),
        format!("{}×{}", area.width, area.height),
    );
    // The longest wording that fits, so the message itself is never cut.
    let wordings = [
        tr!(
            lang,
            "too-small-long",
            need = need.as_str(),
            have = have.as_str()
        ),
        tr!(
            lang,
            "too-small-short",
            need = need.as_str(),
            have = have.as_str()
        ),
        tr!(lang, "too-small-need", need = need.as_str()),
        need.clone(),
    ];
    let text = wordings
        .iter()
        .find(|w| w.width() <= usize::from(area.width))
        .map_or("", String::as_str);
    let y = area.y + area.height / 2;
    let line = Line::styled(text.to_string(), theme.bad).centered();
    if area.height > 0 {
        line.render(Rect::new(area.x, y, area.width, 1), buf);
    }
}

impl Screen<'_> {
    fn tabs(&self, area: Rect, buf: &mut Buffer) {
        let theme = self.theme;
        let lang = self.app.dash.langs.main;
        for (view, label, x, width) in tabs::tab_positions(lang, area, self.app.dash.view) {
            if x + width > area.right() {
                break;
            }
            let style = if view == self.app.dash.view {
                theme.tab_active
            } else {
                theme.tab
            };
            buf.set_string(x, area.y, label, style);
        }
    }

    fn header(&self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let p = &app.doc.model.partnership;
        let lang = app.dash.langs.main;
        let mut right = String::new();
        let unsaved = app.doc.unsaved();
        let unsaved_mark = tr!(lang, "header-unsaved", count = unsaved);
        if unsaved > 0 {
            right.push_str(&format!("{unsaved_mark} · "));
        }
        if app.doc.origin.read_only {
            right.push_str(&format!("{} · ", tr!(lang, "header-read-only")));
        } else if let Some(why) = &app.doc.not_writable {
            // Marked read-only (a second save writes it where the system allows), or not this
            // user's to write at all.
            right.push_str(&format!(
                "{} · ",
                if why.contains("read-only") {
                    tr!(lang, "header-marked-read-only")
                } else {
                    tr!(lang, "header-cannot-save")
                }
            ));
        } else if app.doc.autosave {
            right.push_str(&format!("{} · ", tr!(lang, "header-autosave")));
        }
        if let Some(as_of) = p.as_of {
            right.push_str(&format!(
                "{} · ",
                tr!(lang, "header-as-of", date = date(lang, as_of))
            ));
        }
        right.push_str(&format!(
            "{} ",
            tr!(lang, "header-today", date = date(lang, app.today()))
        ));
        let right_width = right.width();
        let room = usize::from(area.width).saturating_sub(right_width + 2);
        let title = widgets::safe_line(&p.title);
        let parties = widgets::safe_line(&p.parties.join(" · ")).into_owned();
        let left = if title.width() + parties.width() + 3 <= room {
            vec![
                Span::styled(format!(" {title}"), self.theme.title),
                Span::styled(format!("  {parties}"), self.theme.muted),
            ]
        } else {
            vec![Span::styled(
                format!(" {}", widgets::fit(&title, room)),
                self.theme.title,
            )]
        };
        Line::from(left).render(area, buf);
        if usize::from(area.width) > right_width {
            let x = area.right() - right_width as u16;
            buf.set_string(x, area.y, right, self.theme.muted);
            if unsaved > 0 {
                // What is unsaved must catch the eye.
                buf.set_string(x, area.y, unsaved_mark, self.theme.warn);
            }
        }
    }

    fn footer(&self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let lang = app.dash.langs.main;
        let theme = self.theme;
        if let Some(lines) = footer_text(app, area.width) {
            // A message wraps onto the rows the footer was given, never cut mid-word.
            let style = match &app.dash.message {
                Some(message) if message.error => theme.bad,
                Some(_) => theme.good,
                None => theme.warn,
            };
            let rows = usize::from(area.height);
            let cut = lines.len() > rows;
            let mut lines: Vec<String> = lines.into_iter().take(rows).collect();
            if cut && let Some(last) = lines.last_mut() {
                *last = widgets::fit(
                    &format!("{last} …"),
                    usize::from(area.width).saturating_sub(1),
                );
            }
            let lines: Vec<Line> = lines
                .into_iter()
                .map(|l| Line::styled(format!(" {l}"), style))
                .collect();
            widgets::draw_lines(&lines, area, buf);
            return;
        }
        let line = if let Some(editor) = app.search_editor() {
            let (before, after) = editor.split();
            let (keep, clear) = (tr!(lang, "hint-keep"), tr!(lang, "hint-clear"));
            let hint = hints::key_hints(
                app,
                &[Section::Search, Section::Text],
                &[(Action::Accept, &keep), (Action::Cancel, &clear)],
            );
            Line::from(vec![
                Span::styled(" / ", theme.accent),
                Span::styled(widgets::safe_line(before).into_owned(), theme.text),
                Span::styled("▏", theme.accent),
                Span::styled(widgets::safe_line(after).into_owned(), theme.text),
                Span::styled(format!("   {}", hint.join(" · ")), theme.muted),
            ])
        } else {
            let dashboard = [Section::In(app.dash.view), Section::Global];
            let words = [
                tr!(lang, "hint-help"),
                tr!(lang, "hint-search"),
                tr!(lang, "hint-views"),
                tr!(lang, "hint-quit"),
            ];
            let hints = hints::key_hints(
                app,
                &dashboard,
                &[
                    (Action::Help, &words[0]),
                    (Action::Search, &words[1]),
                    (Action::NextView, &words[2]),
                    (Action::Quit, &words[3]),
                ],
            );
            let mut spans = vec![Span::styled(format!(" {}", hints.join(" · ")), theme.muted)];
            if !app.dash.search.query.is_empty() {
                let clears = app
                    .dash
                    .keymap
                    .label(&dashboard, Action::Back)
                    .map(|k| format!(" {}", tr!(lang, "search-clears", key = k)))
                    .unwrap_or_default();
                spans.push(Span::styled(
                    format!(
                        "   {}{clears}",
                        tr!(
                            lang,
                            "search-shown",
                            query = widgets::safe_line(&app.dash.search.query).into_owned()
                        )
                    ),
                    theme.accent,
                ));
            }
            Line::from(spans)
        };
        line.render(area, buf);
    }
}

/// A popup of at most `width`×`height` in the middle of `area`, cleared.
pub(crate) fn popup(area: Rect, width: u16, height: u16, buf: &mut Buffer) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    let rect = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    );
    Clear.render(rect, buf);
    rect
}

/// The inside of the current view's text pane (the overview's agreements, a pillar's detail, a
/// target's entries) on a screen of `area`, if the view has one.
pub fn text_pane(app: &App, area: Rect) -> Option<Rect> {
    let body = bands(area, footer_rows(app, area)).body;
    match app.dash.view {
        View::Overview => Some(overview::agreements_area(&app.doc.model, body)),
        View::Pillars => Some(pillars::detail_area(body)),
        View::Targets => Some(targets::entries_area(&app.doc.model, body)),
        View::Milestones | View::Timeline | View::Changes => None,
    }
}

/// What a click at (`x`, `y`) on a screen of `area` means, if anything.
pub fn hit_test(app: &App, area: Rect, x: u16, y: u16) -> Option<Action> {
    let over = app.overlay();
    if !matches!(
        over,
        None | Some(Overlay::Detail { .. } | Overlay::Search(_))
    ) || area.width < MIN_SIZE.0
        || area.height < MIN_SIZE.1
    {
        return None;
    }
    let b = bands(area, footer_rows(app, area));
    if y == b.tabs.y {
        return tabs::tab_positions(app.dash.langs.main, b.tabs, app.dash.view)
            .into_iter()
            .find(|(_, _, at, width)| x >= *at && x < at + width)
            .map(|(view, ..)| Action::Go(view));
    }
    if matches!(over, Some(Overlay::Detail { .. })) || !b.body.contains((x, y).into()) {
        return None;
    }
    let row = match app.dash.view {
        View::Overview => overview::row_at(app, b.body, x, y),
        View::Pillars => pillars::row_at(app, b.body, x, y),
        View::Milestones => milestones::row_at(app, b.body, x, y),
        View::Timeline => timeline::row_at(app, b.body, x, y),
        View::Targets => targets::row_at(app, b.body, x, y),
        View::Changes => changes::row_at(app, b.body, x, y),
    }?;
    Some(Action::Select(row))
}

/// Which pane of a view of two panes is under the pointer at (`x`, `y`) (`None` when the view
/// has one, or something is open over it): where the wheel scrolls.
pub fn pane_at(app: &App, area: Rect, x: u16, y: u16) -> Option<crate::app::Pane> {
    if app.overlay().is_some() || area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
        return None;
    }
    let b = bands(area, footer_rows(app, area));
    if !b.body.contains((x, y).into()) {
        return None;
    }
    let model = &app.doc.model;
    let text = match app.dash.view {
        View::Overview => overview::agreements_area(model, b.body),
        View::Pillars => pillars::detail_area(b.body),
        View::Targets => targets::entries_area(model, b.body),
        _ => return None,
    };
    // The text pane with its border.
    let framed = Rect {
        x: text.x.saturating_sub(1),
        y: text.y.saturating_sub(1),
        width: text.width + 2,
        height: text.height + 2,
    };
    Some(if framed.contains((x, y).into()) {
        crate::app::Pane::Text
    } else {
        crate::app::Pane::List
    })
}

/// Whether a drawn screen holds a cell whose width terminals may count unlike ratatui: a
/// cluster of several characters (combining marks, Indic conjuncts, emoji sequences), a flag's
/// regional indicator, or an emoji.
pub fn uncertain_width(buffer: &Buffer) -> bool {
    buffer.content.iter().any(|cell| {
        let symbol = cell.symbol();
        symbol.len() > 1 && {
            let mut chars = symbol.chars();
            let first = chars.next().unwrap_or(' ');
            chars.next().is_some() || matches!(u32::from(first), 0x1F000..=0x1FAFF)
        }
    })
}
