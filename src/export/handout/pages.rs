//! What each slide's page shows: the words of `model::slide_text` set as headings, paragraphs,
//! bars and lists on the page.

use super::{BOTTOM, Block, Rgb, Sheet, Source};
use crate::i18n::Lang;
use crate::model::PillarGroups;
use crate::model::deck::Slide;
use crate::model::money::{self, Style, percent};
use crate::model::slide_text as words;
use crate::model::slide_text::lists::{self, ListLine, Tone};

/// A slide's heading in the main language, and in the second beneath it for a room of two.
fn heading(sheet: &mut Sheet<'_, '_>, src: &Source<'_>, text: impl Fn(Lang) -> String) {
    let main = text(src.langs.main);
    match src.langs.second {
        Some(second) => {
            // Side by side: a reader of either language finds the heading on the same line.
            let (accent, muted) = (sheet.colours.accent, sheet.colours.muted);
            sheet.beside(
                (&main, accent, 30.0),
                (&text(second), muted, 22.0),
                Block::H1,
            );
            sheet.gap(10.0);
        }
        None => sheet.heading(&main),
    }
}

pub(super) fn draw_slide(
    sheet: &mut Sheet<'_, '_>,
    src: &Source<'_>,
    by_pillar: &[Vec<usize>],
    slide: Slide,
) {
    let (model, figures) = (src.model, src.figures);
    let lang = src.langs.main;
    let ink = *sheet.colours;
    match slide {
        Slide::Title => {
            let p = &model.partnership;
            sheet.y = 150.0;
            sheet.text(&[(&p.title, ink.fg)], 40.0, true, Block::H1, true);
            sheet.gap(16.0);
            sheet.text(
                &[(&p.parties.join(" · "), ink.accent)],
                22.0,
                true,
                Block::P,
                true,
            );
            sheet.gap(8.0);
            sheet.text(
                &[(&words::title_dates(lang, model, figures.today), ink.muted)],
                15.0,
                false,
                Block::P,
                true,
            );
            if let Some(summary) = &p.summary {
                sheet.gap(24.0);
                sheet.text(&[(summary, ink.fg)], 15.0, false, Block::P, true);
            }
        }
        Slide::Overview => {
            let o = &figures.overall;
            heading(sheet, src, words::headline);
            sheet.big(&percent(o.progress()), 60.0);
            sheet.bar(o.progress(), &words::overall_words(lang, o));
            let (counts, without) = words::health_counts(&figures.pillars);
            let mut line = format!("{}: ", words::pillar_count(lang, model.pillars.len()));
            for (h, n) in counts {
                line.push_str(&format!("{} {n} {}  ", h.symbol(), h.label_in(lang)));
            }
            line.push_str(&format!("· {}", words::without_milestones(lang, without)));
            sheet.para(&line, 16.0, ink.fg);
            for (t, f) in model.targets.iter().zip(&figures.targets) {
                sheet.gap(12.0);
                sheet.para(&words::target_line(lang, t, f), 16.0, ink.accent);
                sheet.para(&words::target_pace_line(lang, t, f), 16.0, ink.fg);
            }
        }
        Slide::Money => {
            heading(sheet, src, words::money_heading);
            for (t, f) in model.targets.iter().zip(&figures.targets) {
                sheet.text(&[(&t.title, ink.accent)], 20.0, true, Block::H2, false);
                sheet.big(&words::target_figure(lang, t, f), 52.0);
                sheet.para(&words::target_realized(lang, t, f), 17.0, ink.fg);
                sheet.para(&words::target_money(lang, t, f), 17.0, ink.fg);
                sheet.bar(Some(f.progress), &words::target_pace(lang, t, f));
                sheet.para(&words::target_needed(lang, t, f), 17.0, ink.fg);
                sheet.para(
                    &words::target_fiscal_pace(lang, model, t, figures.today),
                    15.0,
                    ink.muted,
                );
                if let Some(conv) = money::conversion_for(t.amount, &t.unit, &model.rates) {
                    sheet.para(&conv.describe(Style::Long), 14.0, ink.muted);
                }
                sheet.gap(14.0);
            }
        }
        Slide::Agreements => {
            heading(sheet, src, words::agreements);
            for (a, agreement) in model.agreements.iter().enumerate() {
                sheet.text(
                    &[(&agreement.label(), ink.fg)],
                    20.0,
                    true,
                    Block::H2,
                    false,
                );
                let context = agreement.context_in(lang);
                if !context.is_empty() {
                    sheet.para(&context.join(" · "), 14.0, ink.muted);
                }
                for (n, o) in model.objectives_of(Some(a)).enumerate() {
                    let number = format!("{}. ", n + 1);
                    sheet.text(
                        &[(&number, ink.accent), (&o.title, ink.fg)],
                        16.0,
                        false,
                        Block::Li,
                        false,
                    );
                }
                sheet.gap(10.0);
            }
            let loose: Vec<_> = model.objectives_of(None).collect();
            if !loose.is_empty() {
                sheet.text(
                    &[(&words::also(lang), ink.fg)],
                    20.0,
                    true,
                    Block::H2,
                    false,
                );
                for o in loose {
                    sheet.text(
                        &[("• ", ink.accent), (&o.title, ink.fg)],
                        16.0,
                        false,
                        Block::Li,
                        false,
                    );
                }
            }
        }
        Slide::Pillar(i) => {
            let (pillar, f) = (&model.pillars[i], &figures.pillars[i]);
            match src.langs.second {
                Some(second) => sheet.beside(
                    (&words::pillar_heading(lang, model, i), ink.muted, 13.0),
                    (&words::pillar_heading(second, model, i), ink.muted, 13.0),
                    Block::P,
                ),
                None => sheet.para(&words::pillar_heading(lang, model, i), 13.0, ink.muted),
            }
            match src
                .langs
                .second
                .and_then(|l| model.pillar_title_known(l, i))
                .filter(|t| *t != pillar.title)
            {
                Some(second) => sheet.beside(
                    (&pillar.title, ink.fg, 34.0),
                    (second, ink.muted, 22.0),
                    Block::H1,
                ),
                None => sheet.text(&[(&pillar.title, ink.fg)], 34.0, true, Block::H1, false),
            }
            if let Some(summary) = &pillar.summary {
                sheet.para(summary, 15.0, ink.fg);
            }
            sheet.gap(6.0);
            match f.progress() {
                Some(p) => sheet.bar(Some(p), &words::pillar_progress(lang, f, p)),
                None => sheet.para(&words::no_milestones(lang), 15.0, ink.muted),
            }
            let health = f.health();
            let said = |l| {
                format!(
                    "{}: {} {}",
                    words::health_label(l),
                    health.symbol(),
                    health.label_in(l)
                )
            };
            match src.langs.second {
                Some(second) => {
                    sheet.beside(
                        (&said(lang), ink.fg, 15.0),
                        (&said(second), ink.muted, 13.0),
                        Block::P,
                    );
                }
                None => sheet.para(&said(lang), 15.0, ink.fg),
            }
            let names = words::groups(lang);
            let groups = PillarGroups::of(
                model,
                by_pillar.get(i).map_or(&[][..], Vec::as_slice),
                figures.today,
            );
            for (k, (label, list, colour)) in [
                (&names[0], &groups.overdue, ink.bad),
                (&names[1], &groups.next, ink.fg),
                (&names[2], &groups.done, ink.good),
            ]
            .into_iter()
            .enumerate()
            {
                if list.is_empty() || sheet.y + 60.0 > BOTTOM {
                    continue;
                }
                sheet.gap(6.0);
                let heading = words::group_heading(lang, label, list.len());
                match src.langs.second {
                    Some(second) => sheet.beside(
                        (&heading, ink.accent, 16.0),
                        (
                            &words::group_heading(second, &words::groups(second)[k], list.len()),
                            ink.muted,
                            13.0,
                        ),
                        Block::H2,
                    ),
                    None => sheet.text(&[(&heading, ink.accent)], 16.0, true, Block::H2, false),
                }
                for (k, &m) in list.iter().enumerate() {
                    if sheet.y + 2.0 * 20.0 > BOTTOM && k + 1 < list.len() {
                        sheet.para(&words::more(lang, list.len() - k), 14.0, ink.muted);
                        break;
                    }
                    let m = &model.milestones[m];
                    let due = m
                        .due
                        .map(|d| format!("  {}", words::due(lang, Some(d))))
                        .unwrap_or_default();
                    let symbol = format!("{} ", m.status.symbol());
                    sheet.text(
                        &[
                            (&symbol, ink.tone(Tone::Status(m.status))),
                            (&m.title, colour),
                            (&due, ink.muted),
                        ],
                        15.0,
                        false,
                        Block::Li,
                        false,
                    );
                }
            }
        }
        Slide::List(kind, page) => {
            heading(sheet, src, |l| {
                format!(
                    "{}{}",
                    lists::heading(l, kind, src.since),
                    lists::page_of(l, page.n, page.of)
                )
            });
            let all = src.deck.lists.of(kind);
            let continued = src
                .deck
                .lists
                .continued_group(kind, page.start)
                .map(ListLine::Group);
            let shown: Vec<&ListLine> = continued
                .iter()
                .chain(all.get(page.start..page.end).unwrap_or_default())
                .collect();
            for (k, line) in shown.iter().enumerate() {
                match line {
                    // A group's heading with its second language beside it.
                    ListLine::Group(g) => {
                        sheet.gap(4.0);
                        match shown.get(k + 1) {
                            Some(ListLine::Beneath(second)) => sheet.beside(
                                (g, ink.accent, 16.0),
                                (second, ink.muted, 13.0),
                                Block::H2,
                            ),
                            _ => sheet.text(&[(g, ink.accent)], 16.0, true, Block::H2, false),
                        }
                    }
                    ListLine::Beneath(g) => {
                        if !matches!(
                            k.checked_sub(1).and_then(|j| shown.get(j)),
                            Some(ListLine::Group(_))
                        ) {
                            sheet.text(&[(g, ink.muted)], 13.0, false, Block::P, false);
                        }
                    }
                    ListLine::Item(runs) => {
                        let runs: Vec<(&str, Rgb)> = runs
                            .iter()
                            .map(|(t, tone)| (t.as_str(), ink.tone(*tone)))
                            .collect();
                        sheet.text(&runs, 15.0, false, Block::Li, false);
                    }
                }
            }
        }
        Slide::Closing => {
            let o = &figures.overall;
            heading(sheet, src, words::summary);
            sheet.bar(o.progress(), &words::summary_words(lang, o));
            if let Some(missing) = words::pillars_missing(lang, model) {
                sheet.para(&missing, 14.0, ink.muted);
            }
            for (t, f) in model.targets.iter().zip(&figures.targets) {
                sheet.para(&words::target_line(lang, t, f), 16.0, ink.fg);
                sheet.para(&words::target_pace_line(lang, t, f), 14.0, ink.muted);
            }
            if o.overdue > 0 {
                sheet.para(&words::overdue_count(lang, o.overdue), 16.0, ink.bad);
            }
            sheet.gap(12.0);
            let sources: Vec<String> = model.sources.iter().map(|x| x.title.clone()).collect();
            if !sources.is_empty() {
                sheet.para(&words::sources(lang, &sources), 13.0, ink.muted);
            }
            sheet.para(
                &words::colophon(lang, model, figures.today),
                13.0,
                ink.muted,
            );
        }
    }
}
