//! Small pieces every view uses: safe, width-aware text, progress bars, status and health labels.

use crate::i18n::Lang;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::model::{Health, Status};
use crate::ui::theme::Theme;

pub use crate::text::{MAX_SHOWN_CHARS, fit, fit_pad, safe_line};

/// One pillar as a row of a list `width` columns wide: its title, then as much of its figures as
/// fits: the progress bar (or "no milestones"), the percentage and done/total, the health. What
/// does not fit goes first: the health word (shown only where titles keep 28 columns), the bar,
/// the numbers; the health symbol stays while the title keeps 8 columns.
pub fn pillar_row<'a>(
    lang: Lang,
    theme: &Theme,
    title: &str,
    figures: &crate::model::MilestoneCounts,
    count_width: usize,
    width: usize,
    selected: bool,
) -> Line<'a> {
    const MIN_TITLE: usize = 8;
    const WORD_TITLE: usize = 28;
    let progress = figures.progress();
    let health = figures.health();
    let counts = format!(
        " {:>count_width$}",
        format!("{}/{}", figures.done, figures.milestones)
    );
    let numbers = counts.len() + 5;
    let word = 12;
    let bar_width = (width / 6).clamp(5, 16);
    let room = width.saturating_sub(MIN_TITLE + 1);
    // The health word only where titles keep room to be read whole.
    let (show_bar, show_numbers, show_word, show_symbol) =
        if room >= bar_width + numbers + word + (WORD_TITLE - MIN_TITLE) {
            (true, true, true, true)
        } else if room >= bar_width + numbers + 2 {
            (true, true, false, true)
        } else if room >= numbers + 2 {
            (false, true, false, true)
        } else {
            (false, false, false, room >= 2)
        };
    let mut figures_spans: Vec<Span<'a>> = Vec::new();
    match (progress, show_bar) {
        // "no milestones" takes the bar's and the percentage's columns.
        (None, true) => figures_spans.push(Span::styled(
            fit_pad(crate::i18n::word(lang, "no-milestones"), bar_width + 5),
            theme.muted,
        )),
        (Some(p), true) => {
            figures_spans.extend(bar(theme, Some(p), bar_width));
            figures_spans.push(Span::styled(
                format!("{:>5}", crate::model::money::percent(Some(p))),
                theme.text,
            ));
        }
        (_, false) if show_numbers => figures_spans.push(Span::styled(
            format!(
                "{:>5}",
                progress.map_or("—".into(), |p| crate::model::money::percent(Some(p)))
            ),
            theme.text,
        )),
        _ => {}
    }
    if show_numbers {
        figures_spans.push(Span::styled(counts, theme.muted));
    }
    if show_word {
        figures_spans.push(Span::styled(
            fit_pad(
                &format!(" {} {}", health.symbol(), health.label_in(lang)),
                12,
            ),
            theme.health(health),
        ));
    } else if show_symbol {
        figures_spans.push(Span::styled(
            format!(" {}", health.symbol()),
            theme.health(health),
        ));
    }
    let used: usize = figures_spans.iter().map(|s| s.content.width()).sum();
    let name_style = selectable(theme, theme.text, selected);
    let mut spans = vec![
        Span::styled(fit_pad(title, width.saturating_sub(used + 1)), name_style),
        Span::raw(" "),
    ];
    spans.extend(figures_spans);
    Line::from(spans)
}

pub use crate::text::wrap_words;

/// A progress bar of `width` cells: done cells, then the rest; no progress shows dots.
pub fn bar<'a>(theme: &Theme, fraction: Option<f64>, width: usize) -> Vec<Span<'a>> {
    let Some(f) = fraction else {
        return vec![Span::styled("·".repeat(width), theme.muted)];
    };
    let done = ((f.clamp(0.0, 1.0) * width as f64).round() as usize).min(width);
    vec![
        Span::styled("█".repeat(done), theme.bar_done),
        Span::styled("░".repeat(width - done), theme.bar_todo),
    ]
}

/// A bar with a marker where the pace says the value should be: `████░░│░░░`.
pub fn pace_bar<'a>(theme: &Theme, fraction: f64, pace: f64, width: usize) -> Vec<Span<'a>> {
    let cell =
        |f: f64| ((f.clamp(0.0, 1.0) * width as f64).round() as usize).min(width.saturating_sub(1));
    let done = ((fraction.clamp(0.0, 1.0) * width as f64).round() as usize).min(width);
    let mark = cell(pace);
    (0..width)
        .map(|i| {
            if i == mark {
                Span::styled("┃", theme.pace)
            } else if i < done {
                Span::styled("█", theme.bar_done)
            } else {
                Span::styled("░", theme.bar_todo)
            }
        })
        .collect()
}

/// `● done`, in the status's style.
pub fn status<'a>(lang: Lang, theme: &Theme, status: Status) -> Span<'a> {
    Span::styled(
        format!("{} {}", status.symbol(), status.label_in(lang)),
        theme.status(status),
    )
}

/// The columns [`status`] takes for `status`.
pub fn status_width(lang: Lang, status: Status) -> usize {
    status.symbol().width() + 1 + status.label_in(lang).width()
}

/// `✔ on track`, in the health's style.
pub fn health<'a>(lang: Lang, theme: &Theme, health: Health) -> Span<'a> {
    Span::styled(
        format!("{} {}", health.symbol(), health.label_in(lang)),
        theme.health(health),
    )
}

/// Draws one line per row of `area`, cut at its width: a lighter `Paragraph` for the hot views.
pub fn draw_lines(lines: &[Line<'_>], area: Rect, buf: &mut Buffer) {
    for (line, y) in lines.iter().zip(area.top()..area.bottom()) {
        crate::ui::cells::put_line(buf, area.x, y, line, area.width);
    }
}

/// A style with the selection on top when `selected`.
pub fn selectable(theme: &Theme, base: Style, selected: bool) -> Style {
    if selected {
        base.patch(theme.selected)
    } else {
        base
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A row of the bundled model's pillar `p` (1: one of seven done; 2: no milestones).
    fn pillar(width: usize, p: usize) -> String {
        let model = crate::bundled::model();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let figures = crate::model::Figures::compute(&model, today);
        let theme = Theme::default();
        let title = "Economic and energy security";
        let line = pillar_row(
            Lang::En,
            &theme,
            title,
            &figures.pillars[p],
            3,
            width,
            false,
        );
        line.spans.iter().map(|s| s.content.as_ref()).collect()
    }

    fn row(width: usize, done: usize, milestones: usize) -> String {
        pillar(width, if (done, milestones) == (0, 0) { 2 } else { 1 })
    }

    #[test]
    fn words_wrap_at_spaces_and_only_an_overlong_word_is_cut() {
        assert_eq!(
            wrap_words("not saved: your edits are kept", 12),
            ["not saved:", "your edits", "are kept"]
        );
        assert_eq!(wrap_words("abcdefghij xy", 4), ["abcd", "efgh", "ij", "xy"]);
        assert_eq!(wrap_words("日本語 テキスト", 6), ["日本語", "テキス", "ト"]);
        assert_eq!(wrap_words("", 5), Vec::<String>::new());
    }

    #[test]
    fn a_pillar_row_drops_the_word_then_the_bar_then_the_numbers_never_the_title() {
        let wide = row(80, 1, 7);
        assert!(wide.starts_with("Economic and energy security"), "{wide}");
        assert!(
            wide.contains('█')
                && wide.contains("14%")
                && wide.contains("1/7")
                && wide.contains("on track"),
            "{wide}"
        );
        let middle = row(40, 1, 7);
        assert!(
            middle.contains('█') && middle.contains("14% 1/7 ✔") && !middle.contains("on track"),
            "{middle}"
        );
        let narrow = row(24, 1, 7);
        assert!(
            !narrow.contains('█') && narrow.contains("14% 1/7 ✔"),
            "{narrow}"
        );
        let tiny = row(12, 1, 7);
        assert!(!tiny.contains("1/7") && tiny.ends_with(" ✔"), "{tiny}");
        let none = row(80, 0, 0);
        assert!(
            none.contains("no milestones") && none.contains("0/0") && none.contains("no data"),
            "{none}"
        );
        for width in [12, 24, 40, 80] {
            assert_eq!(row(width, 1, 7).width(), width);
        }
    }

    #[test]
    fn fit_cuts_by_display_width_never_inside_a_wide_character() {
        assert_eq!(fit("India–Japan", 20), "India–Japan");
        assert_eq!(fit("日本語のタイトル", 7), "日本語…");
        assert_eq!(fit("日本語のタイトル", 6), "日本…");
        assert_eq!(fit("abcdef", 3), "ab…");
        assert_eq!(fit("abc", 0), "");
        assert_eq!(fit_pad("日本", 5), "日本 ");
        assert_eq!(fit("a\u{1b}]0;x\u{7}\nb", 20), "a␛]0;x␇ b");
    }
}
