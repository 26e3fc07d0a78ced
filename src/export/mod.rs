//! The meeting pack as files: one self-contained HTML page with the deck (the slides of
//! `present`, navigable with the keys, one printed page each) and the report (figures, pillars,
//! milestones, targets with their charts, changes, sources). Everything from the same model and
//! figures as the terminal; every text from the file escaped. A slide drawn in a terminal buffer
//! is written as SVG ([`svg`]); the deck as a handout PDF is laid out as a document
//! ([`handout`], with the system's fonts chosen per script).

mod chart;
pub mod handout;
mod html;
mod report_html;
mod slides;
pub mod svg;

pub use html::html;

/// `s` as HTML text (the one rule, [`crate::text::markup`]).
pub use crate::text::markup as esc;

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
