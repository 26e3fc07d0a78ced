//! The tab row: where each view's tab is, its title cut to fit (in the language shown).

use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

use crate::app::View;
use crate::i18n::Lang;

/// Where each tab is on the tab row: (view, its label, first column, width). Every tab is
/// shown: when the titles do not fit, the padding goes first, then the titles (all but the
/// shown view's) are cut to the same length, a character at a time (down to the numbers alone).
pub(super) fn tab_positions(lang: Lang, area: Rect, active: View) -> Vec<(View, String, u16, u16)> {
    let longest = View::ALL
        .iter()
        .map(|v| v.title_in(lang).chars().count())
        .max()
        .unwrap_or(0);
    let layouts = (0..=longest)
        .rev()
        .flat_map(|keep| [(true, keep), (false, keep)]);
    let labels = |(padded, keep): (bool, usize)| -> (Vec<String>, u16) {
        let labels = View::ALL
            .iter()
            .enumerate()
            .map(|(i, view)| {
                // The view shown keeps its whole title while the others are cut.
                let keep = if *view == active { longest } else { keep };
                tab_label(lang, i, *view, keep, padded)
            })
            .collect();
        (labels, if padded { 1 } else { 2 })
    };
    let (labels, gap) = layouts
        .map(labels)
        .find(|(labels, gap)| {
            let total: usize = labels.iter().map(|l| l.width() + usize::from(*gap)).sum();
            total < usize::from(area.width)
        })
        .unwrap_or_else(|| labels((false, 0)));
    let mut x = area.x + 1;
    View::ALL
        .iter()
        .zip(labels)
        .map(|(view, label)| {
            let width = label.width() as u16;
            let at = x;
            x = x.saturating_add(width + gap);
            (*view, label, at, width)
        })
        .collect()
}

/// A tab's label, its title cut to `keep` characters (none: the number alone), `padded` with a
/// space each side.
fn tab_label(lang: Lang, index: usize, view: View, keep: usize, padded: bool) -> String {
    let title = view.title_in(lang);
    let label = if keep == 0 {
        format!("{}", index + 1)
    } else if title.chars().count() > keep {
        let cut: String = title.chars().take(keep.saturating_sub(1)).collect();
        format!("{} {cut}…", index + 1)
    } else {
        format!("{} {title}", index + 1)
    };
    if padded { format!(" {label} ") } else { label }
}
