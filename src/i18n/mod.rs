//! The languages pactboard speaks, and the one place a word it shows comes from: a Fluent
//! catalog per language (`assets/locales/<code>.ftl`, compiled in, so nothing is read at run
//! time), asked per call with the language to say it in, so a slide can carry two languages at
//! once. A base helper: no IO, used by the model's slide text, the app, the UI and the files.
//!
//! A message missing from a catalog falls back to English (a test keeps the catalogs in step,
//! so that only happens to a translator's work in progress), and a message missing from English
//! too shows its id: never a panic.

use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub mod format;

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Lang {
    #[default]
    En,
    Ja,
    Hi,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Ja, Lang::Hi];

    /// The BCP 47 code: `en`, `ja`, `hi` (what `--lang`, `<html lang>` and the PDF say).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
            Lang::Hi => "hi",
        }
    }

    /// The language's name in itself, for the language switch and `config show`.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ja => "日本語",
            Lang::Hi => "हिन्दी",
        }
    }

    /// The language a code or a locale names: `ja`, `ja-JP`, `ja_JP.UTF-8`, `hi_IN@…` (case
    /// ignored); `None` for any other language, `C` or `POSIX`.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let code: String = locale
            .chars()
            .take_while(char::is_ascii_alphabetic)
            .collect::<String>()
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The next language, for the dashboard's language key.
    #[must_use]
    pub fn next(self) -> Lang {
        match self {
            Lang::En => Lang::Ja,
            Lang::Ja => Lang::Hi,
            Lang::Hi => Lang::En,
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The languages a screen or a file is shown in: the main one, and for a room with two
/// delegations a second one, shown beneath titles and labels on slides and beside them in the
/// handouts (`--lang en+ja`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Langs {
    pub main: Lang,
    pub second: Option<Lang>,
}

impl Langs {
    pub const fn one(main: Lang) -> Self {
        Langs { main, second: None }
    }

    /// The languages in order: the main one, then the second if there is one.
    pub fn all(self) -> impl Iterator<Item = Lang> {
        std::iter::once(self.main).chain(self.second)
    }
}

impl fmt::Display for Langs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.second {
            Some(second) => write!(f, "{}+{}", self.main, second),
            None => write!(f, "{}", self.main),
        }
    }
}

/// What `--lang` and the config file's `lang` accept.
pub const CHOICES: &str = "en, ja, hi, or two joined with + (en+ja)";

impl FromStr for Langs {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let one = |code: &str| {
            Lang::ALL
                .into_iter()
                .find(|l| l.code() == code.trim().to_ascii_lowercase())
                .ok_or_else(|| {
                    format!(
                        "`{}` is not a language pactboard speaks; the choices are {CHOICES}",
                        crate::text::safe_line(code)
                    )
                })
        };
        match s.split_once('+') {
            None => Ok(Langs::one(one(s)?)),
            Some((a, b)) => {
                let (main, second) = (one(a)?, one(b)?);
                if main == second {
                    return Err(format!("`{s}` names the same language twice"));
                }
                Ok(Langs {
                    main,
                    second: Some(second),
                })
            }
        }
    }
}

/// The language the environment asks for, as POSIX orders it: `LC_ALL`, then `LC_MESSAGES`,
/// then `LANG`; the first that is set and not empty decides (a language pactboard does not
/// speak, `C` or `POSIX` then means English). `get` reads a variable.
pub fn from_environment(get: impl Fn(&str) -> Option<String>) -> Option<Lang> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(&get)
        .find(|v| !v.is_empty())
        .and_then(|v| Lang::from_locale(&v))
}

/// The catalogs, as a translator edits them.
pub const CATALOGS: [(Lang, &str); 3] = [
    (Lang::En, include_str!("../../assets/locales/en.ftl")),
    (Lang::Ja, include_str!("../../assets/locales/ja.ftl")),
    (Lang::Hi, include_str!("../../assets/locales/hi.ftl")),
];

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: LazyLock<Vec<Bundle>> = LazyLock::new(|| {
    CATALOGS
        .iter()
        .map(|(lang, text)| {
            let id = lang.code().parse().unwrap_or_default();
            let mut bundle = Bundle::new_concurrent(vec![id]);
            // The terminal draws text in order; Unicode isolation marks would show as boxes.
            bundle.set_use_isolating(false);
            // A catalog with a syntax error keeps the messages that parsed (the test of the
            // catalogs fails on any error, so this is a translator's work in progress).
            let resource = FluentResource::try_new((*text).to_string()).unwrap_or_else(|(r, _)| r);
            bundle.add_resource_overriding(resource);
            bundle
        })
        .collect()
});

/// Every message of every catalog said once without arguments: a label drawn on every row
/// (a status, a health) costs a lookup, not a formatting. Falls back as [`message`] does.
static WORDS: LazyLock<Vec<std::collections::HashMap<String, String>>> = LazyLock::new(|| {
    BUNDLES
        .iter()
        .zip(CATALOGS)
        .map(|(bundle, (_, text))| {
            let ids = text.lines().filter_map(|line| {
                let (id, _) = line.split_once(" =")?;
                let id = id.trim();
                (!id.is_empty()
                    && id
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .then_some(id)
            });
            ids.filter_map(|id| {
                let pattern = bundle.get_message(id)?.value()?;
                let mut errors = Vec::new();
                let said = bundle.format_pattern(pattern, None, &mut errors);
                Some((id.to_string(), said.into_owned()))
            })
            .collect()
        })
        .collect()
});

/// The message `id` in `lang` with no arguments, as a `'static` text (English where `lang`'s
/// catalog lacks it, the id where English does too).
pub fn word(lang: Lang, id: &'static str) -> &'static str {
    WORDS[lang.index()]
        .get(id)
        .or_else(|| WORDS[Lang::En.index()].get(id))
        .map_or(id, String::as_str)
}

/// A value a message is given.
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    Text(std::borrow::Cow<'a, str>),
    Number(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(s.into())
    }
}
impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(s.as_str().into())
    }
}
impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(s.into())
    }
}
impl From<usize> for Arg<'_> {
    #[allow(clippy::cast_precision_loss)]
    fn from(n: usize) -> Self {
        Arg::Number(n as f64)
    }
}
impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Arg::Number(f64::from(n))
    }
}
impl From<i64> for Arg<'_> {
    #[allow(clippy::cast_precision_loss)]
    fn from(n: i64) -> Self {
        Arg::Number(n as f64)
    }
}

/// The message `id` in `lang`, with `args`; English where `lang`'s catalog lacks it, the id
/// where English does too.
pub fn message(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    if args.is_empty()
        && let Some(said) = WORDS[lang.index()].get(id)
    {
        return said.clone();
    }
    let fluent_args = (!args.is_empty()).then(|| {
        let mut a = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            match value {
                Arg::Text(s) => a.set(*name, FluentValue::from(s.as_ref())),
                Arg::Number(n) => a.set(*name, FluentValue::from(*n)),
            }
        }
        a
    });
    for bundle in [&BUNDLES[lang.index()], &BUNDLES[Lang::En.index()]] {
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, fluent_args.as_ref(), &mut errors)
                .into_owned();
        }
    }
    id.to_string()
}

/// `tr!(lang, "id")` or `tr!(lang, "id", name = value, …)`: the message `id` in `lang`.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:expr) => {
        $crate::i18n::message($lang, $id, &[])
    };
    ($lang:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message(
            $lang,
            $id,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
}

#[cfg(test)]
mod tests;
