//! Keys → actions: the defaults in `assets/keymap.toml`, with a person's overrides merged on top.

use std::collections::{BTreeMap, HashMap};
use std::fmt;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde::Deserialize;

use super::{Action, View};

/// The default bindings, embedded in the binary.
pub const DEFAULT_KEYMAP: &str = include_str!("../../assets/keymap.toml");

/// A key with its modifiers, as bound in a keymap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
    pub alt: bool,
}

impl Key {
    /// A plain key.
    pub const fn plain(code: KeyCode) -> Self {
        Key {
            code,
            ctrl: false,
            alt: false,
        }
    }

    /// The key of a terminal event (Shift is part of the character, so it is dropped).
    pub fn from_event(event: &KeyEvent) -> Self {
        Key {
            code: event.code,
            ctrl: event.modifiers.contains(KeyModifiers::CONTROL),
            alt: event.modifiers.contains(KeyModifiers::ALT),
        }
    }

    /// Parses `q`, `G`, `ctrl-r`, `pagedown`, `f1` ...
    pub fn parse(text: &str) -> Option<Self> {
        let (mut ctrl, mut alt, mut rest) = (false, false, text);
        loop {
            if let Some(r) = rest.strip_prefix("ctrl-").filter(|r| !r.is_empty()) {
                (ctrl, rest) = (true, r);
            } else if let Some(r) = rest.strip_prefix("alt-").filter(|r| !r.is_empty()) {
                (alt, rest) = (true, r);
            } else {
                break;
            }
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) => KeyCode::Char(c),
            _ => match rest {
                "enter" => KeyCode::Enter,
                "esc" => KeyCode::Esc,
                "tab" => KeyCode::Tab,
                "backtab" => KeyCode::BackTab,
                "up" => KeyCode::Up,
                "down" => KeyCode::Down,
                "left" => KeyCode::Left,
                "right" => KeyCode::Right,
                "pageup" => KeyCode::PageUp,
                "pagedown" => KeyCode::PageDown,
                "home" => KeyCode::Home,
                "end" => KeyCode::End,
                "space" => KeyCode::Char(' '),
                "backspace" => KeyCode::Backspace,
                "delete" => KeyCode::Delete,
                f => KeyCode::F(
                    f.strip_prefix('f')?
                        .parse()
                        .ok()
                        .filter(|n| (1..=12).contains(n))?,
                ),
            },
        };
        Some(Key { code, ctrl, alt })
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ctrl {
            f.write_str("Ctrl-")?;
        }
        if self.alt {
            f.write_str("Alt-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("Space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::Enter => f.write_str("Enter"),
            KeyCode::Esc => f.write_str("Esc"),
            KeyCode::Tab => f.write_str("Tab"),
            KeyCode::BackTab => f.write_str("Shift-Tab"),
            KeyCode::Up => f.write_str("↑"),
            KeyCode::Down => f.write_str("↓"),
            KeyCode::Left => f.write_str("←"),
            KeyCode::Right => f.write_str("→"),
            KeyCode::PageUp => f.write_str("PgUp"),
            KeyCode::PageDown => f.write_str("PgDn"),
            KeyCode::Home => f.write_str("Home"),
            KeyCode::End => f.write_str("End"),
            KeyCode::Backspace => f.write_str("Backspace"),
            KeyCode::Delete => f.write_str("Delete"),
            KeyCode::F(n) => write!(f, "F{n}"),
            other => write!(f, "{other:?}"),
        }
    }
}

/// Key labels ("k ↑") with their action, for the help screen.
pub type HelpList = Vec<(String, Action)>;

/// A keymap file that cannot be used.
#[derive(Debug, thiserror::Error)]
#[error("{origin}: {message}")]
pub struct KeymapError {
    pub origin: String,
    pub message: String,
}

/// Which bindings apply: everywhere, or in one view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Section {
    Global,
    In(View),
}

impl Section {
    fn parse(name: &str) -> Option<Self> {
        if name == "global" {
            return Some(Section::Global);
        }
        View::ALL
            .into_iter()
            .find(|v| v.name() == name)
            .map(Section::In)
    }
}

/// Bindings of keys to actions, per section.
#[derive(Debug, Clone, Default)]
pub struct Keymap {
    bindings: HashMap<Section, HashMap<Key, Action>>,
    /// Where the user's overrides are read from (whether or not the file exists), for the help.
    pub overrides_path: Option<String>,
}

/// A binding's action, or `none` to unbind a default.
#[derive(Deserialize)]
#[serde(untagged)]
enum Binding {
    Action(Action),
    Name(String),
}

impl Keymap {
    /// The default keymap.
    pub fn defaults() -> Self {
        let mut map = Keymap::default();
        // The embedded file is checked by a test; should it ever fail, the help shows no keys.
        let _ = map.merge(DEFAULT_KEYMAP, "assets/keymap.toml");
        map
    }

    /// The defaults with the overrides in `text` (read from `origin`) merged on top.
    pub fn with_overrides(text: &str, origin: &str) -> Result<Self, KeymapError> {
        let mut map = Keymap::defaults();
        map.merge(text, origin)?;
        Ok(map)
    }

    fn merge(&mut self, text: &str, origin: &str) -> Result<(), KeymapError> {
        let error = |message: String| KeymapError {
            origin: origin.to_string(),
            message,
        };
        let parsed: BTreeMap<String, BTreeMap<String, Binding>> =
            toml::from_str(text).map_err(|e| error(e.message().to_string()))?;
        for (section_name, keys) in parsed {
            let section = Section::parse(&section_name).ok_or_else(|| {
                error(format!(
                    "unknown section [{section_name}]; the sections are global, {}",
                    View::ALL.map(View::name).join(", ")
                ))
            })?;
            let bindings = self.bindings.entry(section).or_default();
            for (key_name, binding) in keys {
                let key = Key::parse(&key_name).ok_or_else(|| {
                    error(format!("[{section_name}] `{key_name}` is not a key I know"))
                })?;
                match binding {
                    Binding::Action(action) => {
                        bindings.insert(key, action);
                    }
                    Binding::Name(name) if name == "none" => {
                        bindings.remove(&key);
                    }
                    Binding::Name(name) => {
                        return Err(error(format!(
                            "[{section_name}] `{key_name}` is bound to `{name}`, which is not an action; see the help (?) for the actions"
                        )));
                    }
                }
            }
        }
        Ok(())
    }

    /// The action of `key` in `view`: the view's own binding first, then the global one.
    pub fn action(&self, view: View, key: Key) -> Option<Action> {
        [Section::In(view), Section::Global]
            .iter()
            .find_map(|s| self.bindings.get(s)?.get(&key).copied())
    }

    /// Every action reachable in `view` with its keys, in the order of [`Action`]: the view's
    /// own first, then the global ones.
    pub fn help(&self, view: View) -> (HelpList, HelpList) {
        let own = self.grouped(Section::In(view), |_| true);
        let global = self.grouped(Section::Global, |key| {
            self.bindings
                .get(&Section::In(view))
                .is_none_or(|b| !b.contains_key(key))
        });
        (own, global)
    }

    fn grouped(&self, section: Section, keep: impl Fn(&Key) -> bool) -> HelpList {
        let mut by_action: BTreeMap<Action, Vec<Key>> = BTreeMap::new();
        for (key, action) in self.bindings.get(&section).into_iter().flatten() {
            if keep(key) {
                by_action.entry(*action).or_default().push(*key);
            }
        }
        by_action
            .into_iter()
            .map(|(action, mut keys)| {
                keys.sort_by_key(std::string::ToString::to_string);
                let labels: Vec<String> = keys.iter().map(Key::to_string).collect();
                (labels.join(" "), action)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_keymap_binds_the_contracted_keys() {
        let mut map = Keymap::default();
        map.merge(DEFAULT_KEYMAP, "assets/keymap.toml").unwrap();
        let key = |s: &str| Key::parse(s).unwrap();
        let at = |view, s: &str| map.action(view, key(s));
        assert_eq!(at(View::Overview, "?"), Some(Action::Help));
        assert_eq!(at(View::Overview, "q"), Some(Action::Quit));
        assert_eq!(at(View::Overview, "tab"), Some(Action::NextView));
        assert_eq!(at(View::Overview, "backtab"), Some(Action::PreviousView));
        assert_eq!(at(View::Pillars, "5"), Some(Action::ShowTargets));
        for k in ["up", "k"] {
            assert_eq!(at(View::Milestones, k), Some(Action::Up));
        }
        assert_eq!(at(View::Milestones, "G"), Some(Action::Last));
        assert_eq!(at(View::Milestones, "/"), Some(Action::Search));
        assert_eq!(at(View::Timeline, "left"), Some(Action::ScrollLeft));
        assert_eq!(at(View::Overview, "left"), None);
    }

    #[test]
    fn overrides_replace_single_bindings_and_none_unbinds() {
        let map = Keymap::with_overrides("[global]\nx = \"quit\"\nq = \"none\"\n", "user").unwrap();
        let key = |s: &str| Key::parse(s).unwrap();
        assert_eq!(map.action(View::Overview, key("x")), Some(Action::Quit));
        assert_eq!(map.action(View::Overview, key("q")), None);
        assert_eq!(map.action(View::Overview, key("?")), Some(Action::Help));
    }

    #[test]
    fn bad_bindings_are_clear_errors() {
        let err = |text: &str| {
            Keymap::with_overrides(text, "k.toml")
                .unwrap_err()
                .to_string()
        };
        assert!(
            err("[global]\nq = \"quitt\"")
                .contains("`q` is bound to `quitt`, which is not an action")
        );
        assert!(err("[global]\nctrl- = \"quit\"").contains("`ctrl-` is not a key"));
        assert!(err("[nowhere]\nq = \"quit\"").contains("unknown section [nowhere]"));
        assert!(err("[global\n").starts_with("k.toml: "));
    }

    #[test]
    fn keys_parse_and_print() {
        let k = Key::parse("ctrl-r").unwrap();
        assert_eq!((k.code, k.ctrl, k.alt), (KeyCode::Char('r'), true, false));
        assert_eq!(k.to_string(), "Ctrl-r");
        assert_eq!(Key::parse("f12").unwrap().code, KeyCode::F(12));
        assert_eq!(Key::parse("f13"), None);
        assert_eq!(Key::parse("-"), Some(Key::plain(KeyCode::Char('-'))));
        assert_eq!(Key::parse(""), None);
    }
}
