//! The meeting pack as files: one self-contained HTML page with the deck (the slides of
//! `present`, navigable with the keys, one printed page each) and the report (figures, pillars,
//! milestones, targets with their charts, changes, sources). Everything from the same model and
//! figures as the terminal; every text from the file escaped.

mod chart;
mod html;
mod slides;

pub use html::html;

/// `s` as HTML text: markup characters escaped; control characters and the bidirectional
/// controls, which would reorder what is around them, left out.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' | '\t' => out.push(' '),
            c if crate::text::is_unsafe(c) => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_controls_and_bidi_are_never_passed_through() {
        assert_eq!(
            esc("<script>a & 'b' \"c\"</script>\u{1b}[31m\u{202e}x"),
            "&lt;script&gt;a &amp; &#39;b&#39; &quot;c&quot;&lt;/script&gt;[31mx"
        );
    }
}
