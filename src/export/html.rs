//! The HTML page: head (a Content-Security-Policy that lets nothing load: no fonts, scripts,
//! images or styles from anywhere but the page), the deck, the report, and the inline CSS and
//! script. The script only moves between slides; the page reads whole without it.

use crate::i18n::{Langs, word};
use std::fmt::Write;

use super::esc;
use super::slides::{SinceList, slide};
use crate::model::deck;
use crate::model::{Figures, Model, Since};
use crate::ui::theme::ThemeName;

/// The most rows of the milestones table; past it the table says how many more there are (each
/// pillar still lists its own).
pub const TABLE_ROWS: usize = 2_000;

/// The most milestones the report lists under each pillar.
pub const PILLAR_ROWS: usize = 200;

/// The policy: nothing is fetched; only the page's own style and script run.
/// The page's policy: nothing loads from anywhere, and the one script that runs is the page's
/// own, named by its SHA-256 (an injected script, whatever the escaping missed, does not run).
fn csp() -> String {
    use base64::Engine;
    use sha2::Digest;
    let hash = sha2::Sha256::digest(SCRIPT.as_bytes());
    let hash = base64::engine::general_purpose::STANDARD.encode(hash);
    format!(
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{hash}'; img-src data:; base-uri 'none'; form-action 'none'"
    )
}

/// The room a list slide has on a printed page (a 16:9 page at the page's type sizes): its
/// lists are cut into pages of this many lines of this many characters, as the terminal's are
/// at its size.
const PAGE_ROOM: deck::Room = deck::Room {
    width: 110,
    rows: 16,
};

/// The whole page for `model` at the figures' date; `since` adds the slide and the table of the
/// changes since that date; `theme` picks the colours (without one, the reader's light or dark
/// preference).
pub fn html(
    model: &Model,
    figures: &Figures,
    (since, parts): (Option<&Since>, Option<&[deck::Part]>),
    theme: Option<ThemeName>,
    langs: Langs,
) -> String {
    let deck = deck::build(langs, model, figures, since, parts, PAGE_ROOM);
    let since_list = since.map(|s| SinceList::of(s, model));
    let by_pillar = model.by_pillar();
    let mut out = String::with_capacity(64 * 1024 + model.milestones.len() * 200);
    let theme_class = match theme {
        // A user's theme colours the terminal's drawings; the page follows the reader's setting.
        None | Some(ThemeName::User(_)) => "",
        Some(ThemeName::Dark) => "theme-dark",
        Some(ThemeName::Light) => "theme-light",
        Some(ThemeName::HighContrast) => "theme-high-contrast",
        Some(ThemeName::Mono) => "theme-mono",
    };
    let csp = csp();
    let lang = langs.main;
    let lang_code = lang.code();
    let header_line = crate::model::slide_text::report_line(lang, model, figures.today);
    let _ = write!(
        out,
        r#"<!DOCTYPE html>
<html lang="{lang_code}" class="{theme_class}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="pactboard">
<title>{}</title>
<style>{CSS}</style>
</head>
<body>
<header class="page"><h1>{}</h1><p class="muted">{}</p></header>
<main>
<section id="deck" aria-label="{slides}" lang="{lang_code}">
<nav class="deck-nav" aria-label="{slides}"><button type="button" id="prev" aria-label="{previous}">←</button> <span id="counter" aria-live="polite">1 / {}</span> <button type="button" id="next" aria-label="{next}">→</button> <span class="muted">← → Space Home End</span></nav>
"#,
        esc(&model.partnership.title),
        esc(&model.partnership.title),
        esc(&header_line),
        deck.slides.len(),
        slides = esc(word(lang, "html-slides")),
        previous = esc(word(lang, "html-previous")),
        next = esc(word(lang, "html-next")),
    );
    for (n, s) in deck.slides.iter().enumerate() {
        slide(
            langs,
            &mut out,
            (model, figures),
            &by_pillar,
            (&deck.lists, since),
            *s,
            (n, deck.slides.len()),
        );
    }
    let _ = writeln!(
        out,
        "</section>\n<section id=\"report\" aria-label=\"{}\">",
        esc(word(lang, "html-report"))
    );
    super::report_html::report(
        lang,
        &mut out,
        model,
        figures,
        &by_pillar,
        since_list.as_ref(),
    );
    let _ = write!(
        out,
        "</section>\n</main>\n<script>{SCRIPT}</script>\n</body>\n</html>\n"
    );
    out
}

const CSS: &str = r#"
:root{--bg:#ffffff;--fg:#1f2328;--muted:#5f6b7a;--accent:#0969da;--good:#1a7f37;--warn:#9a6700;--bad:#cf222e;--info:#8250df;--rule:#d0d7de;--bar:#d0d7de;--done:#1a7f37}
@media (prefers-color-scheme: dark){:root{--bg:#1b1d23;--fg:#e6e6e6;--muted:#9aa4b2;--accent:#58a6ff;--good:#3fb950;--warn:#d29922;--bad:#f85149;--info:#bc8cff;--rule:#30363d;--bar:#30363d;--done:#3fb950}}
html.theme-light{--bg:#ffffff;--fg:#1f2328;--muted:#5f6b7a;--accent:#0969da;--good:#1a7f37;--warn:#9a6700;--bad:#cf222e;--info:#8250df;--rule:#d0d7de;--bar:#d0d7de;--done:#1a7f37}
html.theme-dark{--bg:#1b1d23;--fg:#e6e6e6;--muted:#9aa4b2;--accent:#58a6ff;--good:#3fb950;--warn:#d29922;--bad:#f85149;--info:#bc8cff;--rule:#30363d;--bar:#30363d;--done:#3fb950}
html.theme-high-contrast{--bg:#000000;--fg:#ffffff;--muted:#ffffff;--accent:#ffff00;--good:#00ff00;--warn:#ffff00;--bad:#ff4040;--info:#00ffff;--rule:#ffffff;--bar:#ffffff;--done:#00ff00}
html.theme-mono{--bg:#ffffff;--fg:#000000;--muted:#444444;--accent:#000000;--good:#000000;--warn:#000000;--bad:#000000;--info:#000000;--rule:#000000;--bar:#bbbbbb;--done:#000000}
body{background:var(--bg);color:var(--fg);font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK JP","Noto Sans Devanagari",sans-serif;margin:0 auto;max-width:72rem;padding:1rem 1.5rem}
h1{font-size:1.6rem;margin:.5rem 0 0}h2{font-size:1.8rem}h3{font-size:1.25rem;margin-top:1.5rem}h4{font-size:1.05rem;margin-bottom:.3rem}
.second{color:var(--muted);font-style:italic;margin-top:-.4em}.second:lang(ja),.second:lang(hi){font-style:normal}.muted{color:var(--muted)}.bad{color:var(--bad)}.warn{color:var(--warn)}.good{color:var(--good)}.accent{color:var(--accent)}
ul.list{list-style:none;padding-left:0}ul.list li{margin:.2rem 0}
a{color:var(--accent)}
.slide{border:1px solid var(--rule);border-radius:8px;padding:1.5rem 2rem;min-height:28rem;margin:1rem 0}
.js .slide{display:none}.js .slide.current{display:block}
.big{font-size:3rem;line-height:1.15;margin:.5rem 0}.figure{font-size:2rem;margin:.2rem 0}
.title-slide{text-align:center;padding-top:5rem}.parties{color:var(--accent);font-weight:bold;font-size:1.3rem}
.deck-nav{display:none;gap:.5rem;align-items:center}.js .deck-nav{display:flex}
.deck-nav button{background:var(--bg);color:var(--fg);border:1px solid var(--rule);border-radius:6px;font-size:1.1rem;padding:.2rem .8rem;cursor:pointer}
meter{width:16rem;height:1rem;vertical-align:middle}
.status.done,.health.on_track{color:var(--good)}.status.at_risk,.health.at_risk{color:var(--warn)}
.status.blocked,.health.off_track{color:var(--bad)}.status.in_progress{color:var(--info)}
.status.planned,.status.cancelled,.health.no_data{color:var(--muted)}
table{border-collapse:collapse;margin:.5rem 0;width:100%}th,td{border-bottom:1px solid var(--rule);padding:.25rem .5rem;text-align:left;vertical-align:top}
table.figures{width:auto}
.chart{width:100%;max-width:40rem;height:auto}.chart .axis{stroke:var(--muted);stroke-width:1}
.chart .tick{fill:var(--muted);font-size:11px}.chart .pace{stroke:var(--warn);stroke-width:2;stroke-dasharray:6 4}
.chart .today{stroke:var(--fg);stroke-width:1}
.chart .series{fill:none;stroke-width:2.5}.chart .announced{stroke:var(--muted);stroke-width:3;stroke-dasharray:0.5 6;stroke-linecap:round}
.chart .committed{stroke:var(--info);stroke-dasharray:8 3}.chart .realized{stroke:var(--good)}
.key{margin-right:1rem}.key::before{content:"";display:inline-block;width:1.5rem;height:0;border-top:2px solid;vertical-align:middle;margin-right:.3rem}
.key.pace::before{border-top:2px dashed var(--warn)}.key.today::before{border-top:1px solid var(--fg)}
.key.announced::before{border-top:3px dotted var(--muted)}.key.committed::before{border-top:2px dashed var(--info)}.key.realized::before{border-top:2px solid var(--good)}
.url{font-size:.85em;word-break:break-all}
@media print{
 body{max-width:none;padding:0;background:#fff;color:#000}
 .deck-nav{display:none!important}
 .js .slide,.slide{display:block;border:none;min-height:auto;height:auto;break-after:page;page-break-after:always;margin:0;padding:1.5cm}
 #report{break-before:page}
 a{color:#000}
}
"#;

const SCRIPT: &str = r"
(function(){
  document.documentElement.classList.add('js');
  var slides=[].slice.call(document.querySelectorAll('.slide'));
  var counter=document.getElementById('counter');
  var at=0;
  function show(n){
    if(!slides.length){return;}
    at=Math.max(0,Math.min(slides.length-1,n));
    slides.forEach(function(s,i){s.classList.toggle('current',i===at);});
    counter.textContent=(at+1)+' / '+slides.length;
  }
  document.getElementById('prev').addEventListener('click',function(){show(at-1);});
  document.getElementById('next').addEventListener('click',function(){show(at+1);});
  document.addEventListener('keydown',function(e){
    if(e.altKey||e.ctrlKey||e.metaKey){return;}
    var k=e.key;
    if(k==='ArrowRight'||k==='PageDown'||k===' '){show(at+1);}
    else if(k==='ArrowLeft'||k==='PageUp'){show(at-1);}
    else if(k==='Home'){show(0);}
    else if(k==='End'){show(slides.length-1);}
    else{return;}
    e.preventDefault();
  });
  show(0);
})();
";

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    /// Every line of a chart is told apart by more than its colour: no two of the five share a
    /// dash pattern and a width, and "today" is also named on the chart.
    #[test]
    fn chart_lines_differ_by_more_than_colour() {
        let rule = |class: &str| -> String {
            CSS.split(&format!(".chart .{class}{{"))
                .nth(1)
                .and_then(|r| r.split('}').next())
                .unwrap_or_default()
                .to_string()
        };
        let get = |class: &str, key: &str, default: &str| -> String {
            rule(class)
                .split(';')
                .find_map(|d| d.strip_prefix(&format!("{key}:")))
                .unwrap_or(default)
                .to_string()
        };
        let looks: Vec<(String, String)> = ["pace", "today", "announced", "committed", "realized"]
            .iter()
            .map(|c| {
                let width = get(c, "stroke-width", &get("series", "stroke-width", "1"));
                (get(c, "stroke-dasharray", "solid"), width)
            })
            .collect();
        for (i, a) in looks.iter().enumerate() {
            for b in &looks[i + 1..] {
                assert_ne!(a, b, "{looks:?}");
            }
        }
        let model = crate::bundled::model();
        let figures = Figures::compute(&model, NaiveDate::from_ymd_opt(2026, 11, 25).unwrap());
        let page = html(&model, &figures, (None, None), None, Langs::default());
        assert!(page.contains(">today</text>"));
    }

    #[test]
    fn the_page_loads_nothing_and_has_every_slide() {
        let model = crate::bundled::model();
        let figures = Figures::compute(&model, NaiveDate::from_ymd_opt(2026, 11, 25).unwrap());
        let page = html(
            &model,
            &figures,
            (None, None),
            Some(ThemeName::Dark),
            Langs::default(),
        );
        assert!(page.contains(&csp()));
        assert!(!csp().contains("script-src 'unsafe-inline'"));
        for pattern in ["src=", "url(", "@import", "<link", "<iframe", "<img"] {
            assert!(!page.contains(pattern), "{pattern}");
        }
        let deck = deck::build(
            crate::i18n::Langs::one(crate::i18n::Lang::En),
            &model,
            &figures,
            None,
            None,
            PAGE_ROOM,
        );
        assert_eq!(
            page.matches(r#"<section class="slide""#).count(),
            deck.slides.len()
        );
    }
}
