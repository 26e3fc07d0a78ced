//! Which slides a deck has, in which order, from the model: the one list the terminal's
//! presentation and the exported files (HTML, SVG, PDF) all show.
//!
//! A deck is chosen by its parts (`present --slides overview,money,since`, or the model's own
//! `[deck]`; see docs/format.md); a part that would be empty is left out. The list slides (the
//! pillars with nothing recorded, what is coming up, what changed since, what needs a decision)
//! are cut into pages that fit the room the slide has, so that nothing is cut: what does not fit
//! continues on the next slide ("Since 2026-11-01 · 2 of 3").

use super::slide_text::lists::{self, ListKind, ListLine};
use super::{Figures, Model, Since};
use crate::i18n::{Lang, Langs};

/// A page of a list slide: its number (from 1) of how many, and its lines of the list; on a
/// wide screen, where its second column starts (`second == end` for one column).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    pub n: usize,
    pub of: usize,
    pub start: usize,
    pub end: usize,
    pub second: usize,
}

/// The columns between a list's two columns.
pub const COLUMN_GAP: usize = 4;
/// The narrowest screen body whose long lists take two columns: each column is then as wide as
/// a line of a 80-column screen, which reads better than one line across a projector.
pub const TWO_COLUMNS_FROM: usize = 150;

/// The width of each of a list's `columns` columns in `width`.
pub fn column_width(width: usize, columns: usize) -> usize {
    if columns > 1 {
        width.saturating_sub(COLUMN_GAP * (columns - 1)) / columns
    } else {
        width
    }
}

/// One slide: what it shows, from the model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slide {
    /// The partnership's title, parties and dates.
    Title,
    /// Where we stand: overall progress, the pillars' health and each target's money in a line.
    Overview,
    /// The money: each target's big figure, what was announced, committed and realized, its
    /// pace and the run-rate still needed.
    Money,
    /// Each agreement with its objectives.
    Agreements,
    /// One pillar (an index into the model's pillars).
    Pillar(usize),
    /// A page of a list slide.
    List(ListKind, Page),
    /// The closing summary.
    Closing,
}

/// The room a list slide has for its lines, below its heading: columns and rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Room {
    pub width: usize,
    pub rows: usize,
}

/// A part of a deck, as `--slides` and the model's `[deck]` name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    Title,
    Overview,
    Money,
    Agreements,
    /// Every pillar with milestones, one slide each.
    Pillars,
    /// One pillar, by id (shown even when it has no milestones).
    Pillar(String),
    /// One slide naming the pillars with nothing recorded.
    Quiet,
    ComingUp,
    Since,
    Decisions,
    Summary,
}

/// The parts' names and what each shows, for `present --help` and the help overlay.
pub const PARTS: [(&str, &str); 11] = [
    ("title", "the partnership's title and dates"),
    (
        "overview",
        "where we stand: progress, health, the money in a line",
    ),
    (
        "money",
        "each target: announced, committed, realized, pace, run-rate",
    ),
    ("agreements", "the agreements and their objectives"),
    ("since", "everything since --since DATE|REV"),
    ("decisions", "blocked, at risk, overdue, behind pace"),
    ("pillars", "a slide for each pillar with milestones"),
    ("pillar:ID", "one pillar's slide"),
    ("quiet", "the pillars with nothing recorded, on one slide"),
    ("coming-up", "overdue and the next 90 days"),
    ("summary", "the closing summary"),
];

/// The deck when neither `--slides` nor the model chooses: the meeting's story in order.
pub const DEFAULT: &str =
    "title,overview,money,since,decisions,agreements,pillars,quiet,coming-up,summary";

impl Part {
    /// A part by its name (`pillar:ID` names a pillar by id).
    pub fn parse(name: &str) -> Result<Part, String> {
        let name = name.trim();
        Ok(match name {
            "title" => Part::Title,
            "overview" => Part::Overview,
            "money" => Part::Money,
            "agreements" => Part::Agreements,
            "pillars" => Part::Pillars,
            "quiet" => Part::Quiet,
            "coming-up" => Part::ComingUp,
            "since" => Part::Since,
            "decisions" => Part::Decisions,
            "summary" => Part::Summary,
            _ => match name.strip_prefix("pillar:") {
                Some(id) if !id.is_empty() => Part::Pillar(id.to_string()),
                _ => {
                    let names: Vec<&str> = PARTS.iter().map(|(n, _)| *n).collect();
                    return Err(format!(
                        "`{}` is not a slide; the slides are {}",
                        crate::text::sanitize(crate::text::head(name, 60)),
                        names.join(", ")
                    ));
                }
            },
        })
    }

    /// A list of parts, separated by commas.
    pub fn parse_list(text: &str) -> Result<Vec<Part>, String> {
        let parts: Vec<Part> = text
            .split(',')
            .filter(|p| !p.trim().is_empty())
            .map(Part::parse)
            .collect::<Result<_, _>>()?;
        if parts.is_empty() {
            return Err("name at least one slide, such as overview,money,since".into());
        }
        Ok(parts)
    }

    /// The default deck.
    pub fn default_deck() -> Vec<Part> {
        Part::parse_list(DEFAULT).unwrap_or_default()
    }
}

/// The model's own deck, `[deck]` (docs/format.md): the slides a team shows, shared through
/// git, and the presenter's notes by slide name (`overview`, `pillar:ID`…).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Chosen {
    /// The slides in order; `None` for the default deck.
    pub slides: Option<Vec<Part>>,
    pub notes: Vec<(String, String)>,
}

/// The lists of the list slides, built once per deck.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Lists {
    /// The language the lists are in (a continued group's heading is said in it too).
    pub lang: Lang,
    pub quiet: Vec<ListLine>,
    pub coming_up: Vec<ListLine>,
    pub since: Vec<ListLine>,
    pub decisions: Vec<ListLine>,
}

impl Lists {
    /// The lines of `kind`.
    pub fn of(&self, kind: ListKind) -> &[ListLine] {
        match kind {
            ListKind::Quiet => &self.quiet,
            ListKind::ComingUp => &self.coming_up,
            ListKind::Since => &self.since,
            ListKind::Decisions => &self.decisions,
        }
    }

    /// The group heading a page starting at `start` continues, when it starts inside a group.
    pub fn continued_group(&self, kind: ListKind, start: usize) -> Option<String> {
        let lines = self.of(kind);
        if matches!(
            lines.get(start),
            Some(ListLine::Group(_) | ListLine::Beneath(_)) | None
        ) {
            return None;
        }
        lines[..start].iter().rev().find_map(|l| match l {
            ListLine::Group(g) => Some(lists::continued(self.lang, g)),
            ListLine::Item(_) | ListLine::Beneath(_) => None,
        })
    }
}

/// A deck: its slides in order and the lists its list slides show.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Deck {
    pub slides: Vec<Slide>,
    pub lists: Lists,
}

/// The deck of `parts` (when `None`, the model's own `[deck]`, or else the default), its list slides cut to `room`; leaves out
/// what would be empty, and a part named twice is shown once where it is first named.
pub fn build(
    langs: Langs,
    model: &Model,
    figures: &Figures,
    since: Option<&Since>,
    parts: Option<&[Part]>,
    room: Room,
) -> Deck {
    let lang = langs.main;
    let default = Part::default_deck();
    let parts = parts.or(model.deck.slides.as_deref()).unwrap_or(&default);
    let mut lists = Lists {
        lang,
        ..Lists::default()
    };
    let mut slides: Vec<Slide> = Vec::new();
    let push = |slides: &mut Vec<Slide>, slide: Slide| {
        if !slides.contains(&slide) {
            slides.push(slide);
        }
    };
    for part in parts {
        match part {
            Part::Title => push(&mut slides, Slide::Title),
            Part::Overview => push(&mut slides, Slide::Overview),
            Part::Money if !model.targets.is_empty() => push(&mut slides, Slide::Money),
            Part::Agreements if !model.agreements.is_empty() || !model.objectives.is_empty() => {
                push(&mut slides, Slide::Agreements);
            }
            Part::Pillars => {
                for (i, f) in figures.pillars.iter().enumerate() {
                    if f.milestones > 0 {
                        push(&mut slides, Slide::Pillar(i));
                    }
                }
            }
            Part::Pillar(id) => {
                if let Some(i) = model.pillars.iter().position(|p| &p.id == id) {
                    push(&mut slides, Slide::Pillar(i));
                }
            }
            Part::Quiet => {
                lists.quiet = lists::quiet(model, figures);
                paginate(lang, &mut slides, ListKind::Quiet, &lists.quiet, room);
            }
            Part::ComingUp => {
                lists.coming_up = lists::coming_up(lang, model, figures);
                paginate(
                    lang,
                    &mut slides,
                    ListKind::ComingUp,
                    &lists.coming_up,
                    room,
                );
            }
            Part::Since => {
                if let Some(since) = since {
                    lists.since = lists::since(langs, model, since);
                    paginate(lang, &mut slides, ListKind::Since, &lists.since, room);
                }
            }
            Part::Decisions => {
                lists.decisions = lists::decisions(langs, model, figures);
                paginate(
                    lang,
                    &mut slides,
                    ListKind::Decisions,
                    &lists.decisions,
                    room,
                );
            }
            Part::Summary => push(&mut slides, Slide::Closing),
            Part::Money | Part::Agreements => {}
        }
    }
    if slides.is_empty() {
        slides.push(Slide::Title);
    }
    Deck { slides, lists }
}

/// A slide's name, as `--slides` and `[deck.notes]` write it (`overview`, `pillar:ID`, `since`).
pub fn slide_name(model: &Model, slide: Slide) -> String {
    match slide {
        Slide::Title => "title".into(),
        Slide::Overview => "overview".into(),
        Slide::Money => "money".into(),
        Slide::Agreements => "agreements".into(),
        Slide::Pillar(i) => format!(
            "pillar:{}",
            model.pillars.get(i).map_or("", |p| p.id.as_str())
        ),
        Slide::List(ListKind::Quiet, _) => "quiet".into(),
        Slide::List(ListKind::ComingUp, _) => "coming-up".into(),
        Slide::List(ListKind::Since, _) => "since".into(),
        Slide::List(ListKind::Decisions, _) => "decisions".into(),
        Slide::Closing => "summary".into(),
    }
}

/// The pages of `lines` in `room`, added to `slides` (none for an empty list, or for one
/// already in the deck).
fn paginate(lang: Lang, slides: &mut Vec<Slide>, kind: ListKind, lines: &[ListLine], room: Room) {
    if lines.is_empty()
        || slides
            .iter()
            .any(|s| matches!(s, Slide::List(k, _) if *k == kind))
    {
        return;
    }
    // A list that needs more than one page takes two columns on a wide screen.
    let mut ranges: Vec<(usize, usize, usize)> = pages(lang, lines, room)
        .into_iter()
        .map(|(a, b)| (a, b, b))
        .collect();
    if ranges.len() > 1 && room.width >= TWO_COLUMNS_FROM {
        let columns = pages(
            lang,
            lines,
            Room {
                width: column_width(room.width, 2),
                rows: room.rows,
            },
        );
        ranges = columns
            .chunks(2)
            .map(|pair| match pair {
                [(a, b), (_, d)] => (*a, *d, *b),
                [(a, b)] | [(a, b), ..] => (*a, *b, *b),
                [] => (0, 0, 0),
            })
            .collect();
    }
    let of = ranges.len();
    slides.extend(
        ranges
            .into_iter()
            .enumerate()
            .map(|(n, (start, end, second))| {
                Slide::List(
                    kind,
                    Page {
                        n: n + 1,
                        of,
                        start,
                        end,
                        second,
                    },
                )
            }),
    );
}

/// Cuts `lines` into pages of at most `room.rows` rows at `room.width` columns: a group's
/// heading is never the last line of a page (it goes with its first item), and a page that
/// starts inside a group begins with the group's heading again ("… (continued)"), counted. A
/// page holds at least one item, so an item taller than the room (under its heading) is alone
/// on its page, and cut there only on a screen smaller than any the deck supports.
pub fn pages(lang: Lang, lines: &[ListLine], room: Room) -> Vec<(usize, usize)> {
    let width = room.width.max(1);
    let rows = room.rows.max(1);
    // Each line wrapped once.
    let heights: Vec<usize> = lines.iter().map(|l| l.rows(width)).collect();
    let mut pages = Vec::new();
    let (mut start, mut used) = (0, 0);
    let mut group: Option<&str> = None;
    for (i, line) in lines.iter().enumerate() {
        let mut need = heights[i];
        if let ListLine::Group(_) = line {
            // A group's heading goes with the line in the second language under it and its
            // first item.
            let mut next = i + 1;
            if let Some(ListLine::Beneath(_)) = lines.get(next) {
                need += heights[next];
                next += 1;
            }
            if let Some(ListLine::Item(_)) = lines.get(next) {
                need += heights[next];
            }
        }
        // A page of nothing but a group's heading would say nothing: its first item stays.
        let only_headings = matches!(line, ListLine::Beneath(_))
            || lines[start..i]
                .iter()
                .all(|l| matches!(l, ListLine::Group(_) | ListLine::Beneath(_)));
        if !only_headings && used + need > rows {
            pages.push((start, i));
            start = i;
            used = 0;
            if let (ListLine::Item(_), Some(g)) = (line, group) {
                used += ListLine::Group(lists::continued(lang, g)).rows(width);
            }
        }
        used += heights[i];
        if let ListLine::Group(g) = line {
            group = Some(g);
        }
    }
    if start < lines.len() {
        pages.push((start, lines.len()));
    }
    pages
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::slide_text::lists::Tone;

    fn item(text: &str) -> ListLine {
        ListLine::Item(vec![(text.to_string(), Tone::Text)])
    }

    /// Every line is on exactly one page, in order; no page needs more rows than the room
    /// (counting a continued group's heading); no page ends with a group's heading.
    #[test]
    fn pages_hold_every_line_once_and_fit() {
        let mut lines = Vec::new();
        for g in 0..5 {
            lines.push(ListLine::Group(format!("Group {g}")));
            for i in 0..=(g * 3) {
                lines.push(item(&format!(
                    "item {i} of group {g} {}",
                    "with words ".repeat(i % 4)
                )));
            }
        }
        for (width, rows) in [(20, 3), (30, 5), (56, 15), (150, 40), (10, 2)] {
            let room = Room { width, rows };
            let pages = pages(Lang::En, &lines, room);
            let mut next = 0;
            for &(start, end) in &pages {
                assert_eq!(start, next);
                assert!(end > start);
                next = end;
                let lists = Lists {
                    since: lines.clone(),
                    ..Lists::default()
                };
                let mut used: usize = lists
                    .continued_group(ListKind::Since, start)
                    .map_or(0, |g| ListLine::Group(g).rows(width));
                used += lines[start..end]
                    .iter()
                    .map(|l| l.rows(width))
                    .sum::<usize>();
                let items = lines[start..end]
                    .iter()
                    .filter(|l| matches!(l, ListLine::Item(_)))
                    .count();
                assert!(items >= 1, "a page with no item");
                assert!(
                    used <= rows || items == 1,
                    "{used} rows in {rows} at {width}"
                );
                if end < lines.len() {
                    assert!(!matches!(lines[end - 1], ListLine::Group(_)));
                }
            }
            assert_eq!(next, lines.len());
        }
    }

    #[test]
    fn parts_parse_and_a_wrong_name_lists_the_names() {
        assert_eq!(
            Part::parse_list("overview, money,pillar:trade").unwrap(),
            [Part::Overview, Part::Money, Part::Pillar("trade".into())]
        );
        let e = Part::parse_list("overveiw").unwrap_err();
        assert!(e.contains("`overveiw` is not a slide"), "{e}");
        assert!(e.contains("coming-up"), "{e}");
        assert!(Part::parse_list(" , ").is_err());
        assert_eq!(Part::default_deck().len(), 10);
    }
}
