//! The handout's fonts, chosen per script from an ordered list of families (sans before serif;
//! the Japanese face for Japanese), after the fonts given with `--font FILE|DIR`. A script the
//! text uses that no font here covers is said once, naming the fonts tried; a character no font
//! has is drawn as the font's box.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use std::sync::Arc;

use krilla::text::Font;

/// The faces every handout can fall back on, bundled (`DejaVu Sans Mono`, its licence beside it
/// in `assets/fonts/`): on a machine with no fonts at all (a minimal server, a container, Wine)
/// the Latin text, the digits and the status marks are still drawn, not boxes. Tried after the
/// system's fonts, so a machine with its own faces uses them.
const BUNDLED: [&[u8]; 2] = [
    include_bytes!("../../../assets/fonts/DejaVuSansMono.ttf"),
    include_bytes!("../../../assets/fonts/DejaVuSansMono-Bold.ttf"),
];
/// Their family, last in the Latin and symbol lists.
const BUNDLED_FAMILY: &str = "DejaVu Sans Mono";

/// The scripts the handout picks a face for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Script {
    Latin,
    Japanese,
    Devanagari,
    /// Symbols and anything else: whichever face has the character.
    Other,
}

impl Script {
    pub fn of(c: char) -> Script {
        match c as u32 {
            0x3000..=0x30ff
            | 0x31f0..=0x31ff
            | 0x3400..=0x4dbf
            | 0x4e00..=0x9fff
            | 0xff00..=0xffef => Script::Japanese,
            0x0900..=0x097f | 0xa8e0..=0xa8ff | 0x1cd0..=0x1cff => Script::Devanagari,
            0x0000..=0x024f | 0x1e00..=0x1eff | 0x2000..=0x206f | 0x20a0..=0x20cf => Script::Latin,
            _ => Script::Other,
        }
    }

    /// The language a run of this script is tagged with, for a reader that speaks it.
    pub fn lang(self) -> Option<&'static str> {
        match self {
            Script::Japanese => Some("ja"),
            Script::Devanagari => Some("hi"),
            _ => None,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Script::Latin => "Latin",
            Script::Japanese => "Japanese",
            Script::Devanagari => "Devanagari",
            Script::Other => "symbol",
        }
    }

    /// The families tried, in order.
    fn families(self) -> &'static [&'static str] {
        match self {
            Script::Other => &[
                "DejaVu Sans",
                "Noto Sans Symbols 2",
                "Noto Sans Symbols",
                "Segoe UI Symbol",
                "Apple Symbols",
                "Noto Sans",
                BUNDLED_FAMILY,
            ],
            Script::Latin => &[
                "Noto Sans",
                "Source Sans 3",
                "DejaVu Sans",
                "Liberation Sans",
                "Helvetica Neue",
                "Helvetica",
                "Arial",
                "Segoe UI",
                BUNDLED_FAMILY,
            ],
            Script::Japanese => &[
                "Noto Sans CJK JP",
                "Noto Sans JP",
                "Source Han Sans JP",
                "Hiragino Sans",
                "Hiragino Kaku Gothic ProN",
                "Yu Gothic",
                "Meiryo",
                "IPAexGothic",
                "MS Gothic",
            ],
            Script::Devanagari => &[
                "Noto Sans Devanagari",
                "Lohit Devanagari",
                "Kohinoor Devanagari",
                "Nirmala UI",
                "Mangal",
            ],
        }
    }

    /// A character of the script, to ask a font whether it has the script.
    fn sample(self) -> char {
        match self {
            Script::Latin | Script::Other => 'a',
            Script::Japanese => '日',
            Script::Devanagari => 'क',
        }
    }
}

/// A face: what krilla draws with, and its bytes for measuring.
#[derive(Clone)]
pub struct Face {
    pub font: Font,
    data: Arc<Vec<u8>>,
    index: u32,
    /// Tells faces apart cheaply.
    pub id: usize,
}

impl Face {
    /// The width of `text` at `size` points, shaped as krilla shapes it (rustybuzz): a
    /// Devanagari cluster is as wide as drawn, not the sum of its characters.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let Some(face) = rustybuzz::Face::from_slice(&self.data, self.index) else {
            return 0.0;
        };
        let upem = face.units_per_em().max(1) as f32;
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        let shaped = rustybuzz::shape(&face, &[], buffer);
        let units: i32 = shaped.glyph_positions().iter().map(|p| p.x_advance).sum();
        units.max(0) as f32 * size / upem
    }

    fn has(&self, c: char) -> bool {
        ttf_parser::Face::parse(&self.data, self.index)
            .ok()
            .and_then(|f| f.glyph_index(c))
            .is_some()
    }
}

/// The fonts of one handout.
pub struct Fonts {
    db: fontdb::Database,
    /// The families given with `--font`, tried first.
    given: Vec<String>,
    chosen: HashMap<(Script, bool), Option<Face>>,
    by_char: HashMap<(char, bool), Option<Face>>,
    loaded: HashMap<(fontdb::ID, bool), Face>,
    /// Scripts the text uses that no font covers.
    pub missing: BTreeSet<Script>,
    /// Characters no font has.
    pub missing_chars: BTreeSet<char>,
}

impl Fonts {
    /// The system's fonts, after those at `given` (files or folders).
    pub fn new(given: &[&Path]) -> Result<Self, String> {
        Fonts::open(given, true)
    }

    fn open(given: &[&Path], system: bool) -> Result<Self, String> {
        let mut db = fontdb::Database::new();
        let before: BTreeSet<fontdb::ID> = BTreeSet::new();
        let mut families = Vec::new();
        for path in given {
            let count = db.len();
            if path.is_dir() {
                db.load_fonts_dir(path);
            } else {
                db.load_font_file(path)
                    .map_err(|e| format!("--font {}: {e}", crate::text::shown_path(path)))?;
            }
            if db.len() == count {
                return Err(format!(
                    "--font {}: no font there",
                    crate::text::shown_path(path)
                ));
            }
        }
        for face in db.faces() {
            if !before.contains(&face.id) {
                for (name, _) in &face.families {
                    if !families.contains(name) {
                        families.push(name.clone());
                    }
                }
            }
        }
        if system {
            db.load_system_fonts();
        }
        for data in BUNDLED {
            db.load_font_source(fontdb::Source::Binary(Arc::new(data)));
        }
        Ok(Fonts {
            db,
            given: families,
            chosen: HashMap::new(),
            by_char: HashMap::new(),
            loaded: HashMap::new(),
            missing: BTreeSet::new(),
            missing_chars: BTreeSet::new(),
        })
    }

    fn load(&mut self, id: fontdb::ID, bold: bool) -> Option<Face> {
        if let Some(face) = self.loaded.get(&(id, bold)) {
            return Some(face.clone());
        }
        let (data, index) = self
            .db
            .with_face_data(id, |data, index| (Arc::new(data.to_vec()), index))?;
        let font = Font::new(krilla::Data::from(Arc::clone(&data)), index)?;
        let face = Face {
            font,
            data,
            index,
            id: self.loaded.len(),
        };
        self.loaded.insert((id, bold), face.clone());
        Some(face)
    }

    /// The face for `script`: the first family (given, then the list) that has it.
    fn for_script(&mut self, script: Script, bold: bool) -> Option<Face> {
        if let Some(face) = self.chosen.get(&(script, bold)) {
            return face.clone();
        }
        let weight = if bold {
            fontdb::Weight::BOLD
        } else {
            fontdb::Weight::NORMAL
        };
        let names: Vec<String> = self
            .given
            .iter()
            .cloned()
            .chain(script.families().iter().map(ToString::to_string))
            .collect();
        let mut found = None;
        for name in &names {
            let query = fontdb::Query {
                families: &[fontdb::Family::Name(name)],
                weight,
                ..fontdb::Query::default()
            };
            if let Some(id) = self.db.query(&query)
                && let Some(face) = self.load(id, bold)
                && face.has(script.sample())
            {
                found = Some(face);
                break;
            }
        }
        self.chosen.insert((script, bold), found.clone());
        found
    }

    /// The face that draws `c`: its script's, else any that has it, else the Latin one (which
    /// draws its box); a character no font has is remembered for the warning.
    pub fn face_for(&mut self, c: char, bold: bool) -> Option<Face> {
        let script = Script::of(c);
        if let Some(face) = self.for_script(script, bold)
            && (c.is_whitespace() || face.has(c))
        {
            return Some(face);
        }
        // A symbol the text face lacks: from the text face when it has it, else the symbol
        // families in order, before any face that happens to have it.
        if script == Script::Other {
            if let Some(face) = self.for_script(Script::Latin, bold)
                && face.has(c)
            {
                return Some(face);
            }
            if let Some(face) = self.symbol_face(c, bold) {
                return Some(face);
            }
        }
        if let Some(found) = self.by_char.get(&(c, bold)) {
            return found
                .clone()
                .or_else(|| self.for_script(Script::Latin, bold));
        }
        if matches!(script, Script::Japanese | Script::Devanagari) {
            self.missing.insert(script);
        }
        let id = self.db.faces().map(|f| f.id).find(|&id| {
            self.db
                .with_face_data(id, |data, index| {
                    ttf_parser::Face::parse(data, index)
                        .ok()
                        .and_then(|face| face.glyph_index(c))
                        .is_some()
                })
                .unwrap_or(false)
        });
        let found = id.and_then(|id| self.load(id, bold));
        if found.is_none() {
            self.missing_chars.insert(c);
        }
        self.by_char.insert((c, bold), found.clone());
        found.or_else(|| self.for_script(Script::Latin, bold))
    }

    /// The first of the symbol families that has `c`.
    fn symbol_face(&mut self, c: char, bold: bool) -> Option<Face> {
        if let Some(found) = self.by_char.get(&(c, bold)) {
            return found.clone();
        }
        for name in Script::Other.families() {
            let query = fontdb::Query {
                families: &[fontdb::Family::Name(name)],
                weight: if bold {
                    fontdb::Weight::BOLD
                } else {
                    fontdb::Weight::NORMAL
                },
                ..fontdb::Query::default()
            };
            if let Some(id) = self.db.query(&query)
                && let Some(face) = self.load(id, bold)
                && face.has(c)
            {
                self.by_char.insert((c, bold), Some(face.clone()));
                return Some(face);
            }
        }
        None
    }

    /// What to say about the fonts after the handout is made.
    pub fn warnings(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .missing
            .iter()
            .map(|s| {
                format!(
                    "no {} font here among {} (give one with --font FILE|DIR); its text is drawn from another font where one has it",
                    s.name(),
                    s.families().join(", ")
                )
            })
            .collect();
        if !self.missing_chars.is_empty() {
            let chars: String = self.missing_chars.iter().collect();
            out.push(format!(
                "no font here has {}; they are drawn as boxes",
                crate::text::sanitize(&chars)
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// With only a Latin font, Japanese and Devanagari text is said once per script, naming
    /// the fonts tried; a character no font has is named too.
    #[test]
    fn a_script_without_a_font_is_said_once_with_the_fonts_tried() {
        let mono = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/fonts/DejaVuSansMono.ttf");
        let mut fonts = Fonts::open(&[&mono], false).unwrap();
        for c in "重要鉱物 खनिज 日本".chars() {
            let _ = fonts.face_for(c, false);
        }
        assert!(fonts.face_for('a', false).is_some());
        let warnings = fonts.warnings();
        assert_eq!(warnings.len(), 3, "{warnings:?}");
        assert!(warnings[0].starts_with("no Japanese font here among Noto Sans CJK JP"));
        assert!(warnings[1].starts_with("no Devanagari font here among Noto Sans Devanagari"));
        assert!(warnings[2].contains("drawn as boxes"), "{warnings:?}");
        assert!(Fonts::open(&[Path::new("/nonexistent/font.ttf")], false).is_err());
    }

    /// With no font on the machine, the bundled face draws every character of the English
    /// handout (letters, digits, the yen sign, the dashes and quotes, the status marks), in
    /// both weights: nothing is a box, nothing is warned of.
    #[test]
    fn with_no_font_on_the_machine_the_bundled_face_draws_the_english_handout() {
        let mut fonts = Fonts::open(&[], false).unwrap();
        for bold in [false, true] {
            for c in " %'(),-./0123456789:;ABCDEFGHIJLMNPRSTWYabcdefghijklmnoprstuvwxyz¥·–“”•▲◆○●✔✖"
                .chars()
            {
                assert!(fonts.face_for(c, bold).is_some(), "{c:?}");
            }
        }
        assert_eq!(fonts.warnings(), Vec::<String>::new());
        // Bold text is drawn in the bold face, not the regular one.
        let regular = fonts.face_for('a', false).unwrap().data;
        let bold = fonts.face_for('a', true).unwrap().data;
        assert_eq!(regular.as_slice(), BUNDLED[0]);
        assert_eq!(bold.as_slice(), BUNDLED[1]);
    }
}
