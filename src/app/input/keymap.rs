//! Keys → actions: the defaults in `assets/keymap.toml`, with a person's overrides merged on top.

use std::collections::{BTreeMap, HashMap};

use serde::Deserialize;

pub use crate::app::input::section::Section;
pub use crate::app::key::Key;
use crate::app::{Action, View};

/// The default bindings, embedded in the binary.
pub const DEFAULT_KEYMAP: &str = include_str!("../../../assets/keymap.toml");

/// Key labels ("k ↑") with their action, for the help screen.
pub type HelpList = Vec<(String, Action)>;

/// A keymap file that cannot be used.
#[derive(Debug, thiserror::Error)]
#[error("{origin}: {message}")]
pub struct KeymapError {
    pub origin: String,
    pub message: String,
}

/// Bindings of keys to actions, per section.
#[derive(Debug, Clone, Default)]
pub struct Keymap {
    bindings: HashMap<Section, HashMap<Key, Bound>>,
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

/// A key's action and where its binding was written: of the keys that do one action, a hint
/// names the one written first, the user's own before the defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Bound {
    action: Action,
    rank: usize,
}

/// Where the defaults' ranks start: after every binding a user's file can hold.
const DEFAULT_RANK: usize = usize::MAX / 2;

impl Keymap {
    /// The default keymap.
    pub fn defaults() -> Self {
        let mut map = Keymap::default();
        // The embedded file is checked by a test; should it ever fail in a release build, the
        // help shows no keys rather than the dashboard not starting. A debug build says so.
        let merged = map.merge(DEFAULT_KEYMAP, "assets/keymap.toml", DEFAULT_RANK);
        debug_assert!(merged.is_ok(), "assets/keymap.toml: {merged:?}");
        map
    }

    /// The defaults with the overrides in `text` (read from `origin`) merged on top.
    pub fn with_overrides(text: &str, origin: &str) -> Result<Self, KeymapError> {
        let mut map = Keymap::defaults();
        map.merge(text, origin, 0)?;
        Ok(map)
    }

    /// Adds the bindings of `text`; their ranks start at `rank`.
    fn merge(&mut self, text: &str, origin: &str, rank: usize) -> Result<(), KeymapError> {
        let error = |message: String| KeymapError {
            origin: origin.to_string(),
            message,
        };
        let parsed: BTreeMap<String, BTreeMap<String, toml::Spanned<Binding>>> =
            toml::from_str(text).map_err(|e| error(e.message().to_string()))?;
        for (section_name, keys) in parsed {
            let section = Section::parse(&section_name).ok_or_else(|| {
                let names: Vec<&str> = Section::all().map(Section::name).collect();
                error(format!(
                    "unknown section [{section_name}]; the sections are {}",
                    names.join(", ")
                ))
            })?;
            let allowed = section.actions();
            let bindings = self.bindings.entry(section).or_default();
            for (key_name, binding) in keys {
                let written = rank + binding.span().start;
                let binding = binding.into_inner();
                let key = Key::parse(&key_name).ok_or_else(|| {
                    error(format!("[{section_name}] `{key_name}` is not a key I know"))
                })?;
                match binding {
                    Binding::Action(action) if allowed.contains(&action) => {
                        bindings.insert(
                            key,
                            Bound {
                                action,
                                rank: written,
                            },
                        );
                    }
                    Binding::Action(action) => {
                        return Err(error(format!(
                            "[{section_name}] `{key_name}`: `{}` does nothing there; the actions of [{section_name}] are {}",
                            action_name(action),
                            allowed
                                .iter()
                                .map(|a| action_name(*a))
                                .collect::<Vec<_>>()
                                .join(", ")
                        )));
                    }
                    Binding::Name(name) if name == "none" => {
                        bindings.remove(&key);
                    }
                    Binding::Name(name) => {
                        let names: Vec<String> = allowed.iter().map(|a| action_name(*a)).collect();
                        let near = names
                            .iter()
                            .map(|n| (strsim::damerau_levenshtein(&name, n), n))
                            .filter(|(d, n)| *d <= 3 && *d < n.len())
                            .min_by_key(|(d, _)| *d)
                            .map(|(_, n)| format!("did you mean `{n}`? "))
                            .unwrap_or_default();
                        return Err(error(format!(
                            "[{section_name}] `{key_name}` is bound to `{}`, which is not an action; {near}the actions of [{section_name}] are {}, or none",
                            crate::text::quote(&name),
                            names.join(", ")
                        )));
                    }
                }
            }
        }
        Ok(())
    }

    /// The action of `key` in the first of `sections` that binds it.
    pub fn lookup(&self, sections: &[Section], key: Key) -> Option<Action> {
        sections
            .iter()
            .find_map(|s| Some(self.bindings.get(s)?.get(&key)?.action))
    }

    /// The action of `key` in `view`: the view's own binding first, then the global one.
    pub fn action(&self, view: View, key: Key) -> Option<Action> {
        self.lookup(&[Section::In(view), Section::Global], key)
    }

    /// The keys that do `action` where `sections` apply (a key bound in an earlier section hides
    /// its binding in later ones), the one a hint shows first.
    pub fn keys(&self, sections: &[Section], action: Action) -> Vec<Key> {
        let mut keys: Vec<(usize, Key)> = sections
            .iter()
            .filter_map(|s| self.bindings.get(s))
            .flat_map(|b| b.iter())
            .filter(|(key, b)| b.action == action && self.lookup(sections, **key) == Some(action))
            .map(|(key, b)| (b.rank, *key))
            .collect();
        keys.sort_by_key(|(rank, _)| *rank);
        let mut keys: Vec<Key> = keys.into_iter().map(|(_, key)| key).collect();
        keys.dedup();
        keys
    }

    /// The name of the key a hint shows for `action`, if any key does it.
    pub fn label(&self, sections: &[Section], action: Action) -> Option<String> {
        self.keys(sections, action).first().map(Key::to_string)
    }

    /// Every action reachable where `sections` apply, section by section, with its keys, in the
    /// order of [`Action`]; a key shadowed by an earlier section is not listed again.
    pub fn help(&self, sections: &[Section]) -> Vec<(Section, HelpList)> {
        sections
            .iter()
            .enumerate()
            .map(|(n, section)| {
                let earlier = &sections[..n];
                let list = self.grouped(*section, |key| {
                    earlier
                        .iter()
                        .all(|s| self.bindings.get(s).is_none_or(|b| !b.contains_key(key)))
                });
                (*section, list)
            })
            .filter(|(_, list)| !list.is_empty())
            .collect()
    }

    /// The actions of `section` that no key does.
    pub fn unbound(&self, section: Section) -> Vec<Action> {
        let bound = self.bindings.get(&section);
        section
            .actions()
            .into_iter()
            .filter(|a| bound.is_none_or(|b| !b.values().any(|x| x.action == *a)))
            .collect()
    }

    fn grouped(&self, section: Section, keep: impl Fn(&Key) -> bool) -> HelpList {
        let mut by_action: BTreeMap<Action, Vec<(usize, Key)>> = BTreeMap::new();
        for (key, bound) in self.bindings.get(&section).into_iter().flatten() {
            if keep(key) {
                by_action
                    .entry(bound.action)
                    .or_default()
                    .push((bound.rank, *key));
            }
        }
        by_action
            .into_iter()
            .map(|(action, mut keys)| {
                keys.sort_by_key(|(rank, _)| *rank);
                let labels: Vec<String> = keys.iter().map(|(_, k)| k.to_string()).collect();
                (labels.join(" "), action)
            })
            .collect()
    }
}

/// The `snake_case` name of an action, as a keymap file writes it.
pub fn action_name(action: Action) -> String {
    let debug = format!("{action:?}");
    let mut name = String::new();
    for (i, c) in debug.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                name.push('_');
            }
            name.push(c.to_ascii_lowercase());
        } else {
            name.push(c);
        }
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::input::section::DASHBOARD;

    #[test]
    fn the_default_keymap_binds_the_contracted_keys() {
        let mut map = Keymap::default();
        map.merge(DEFAULT_KEYMAP, "assets/keymap.toml", DEFAULT_RANK)
            .unwrap();
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
        assert_eq!(at(View::Overview, "left"), Some(Action::SwitchPane));
        assert_eq!(at(View::Milestones, "left"), None);
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
        let quitt = err("[global]\nq = \"quitt\"");
        assert!(
            quitt.contains("`q` is bound to `quitt`, which is not an action; did you mean `quit`?"),
            "{quitt}"
        );
        // The choices are named: the help lists keys, not action names.
        assert!(
            quitt.contains("the actions of [global] are help, quit, next_view"),
            "{quitt}"
        );
        assert!(err("[global]\nctrl- = \"quit\"").contains("`ctrl-` is not a key"));
        assert!(err("[nowhere]\nq = \"quit\"").contains("unknown section [nowhere]"));
        assert!(err("[global\n").starts_with("k.toml: "));
    }

    #[test]
    fn every_action_of_every_mode_has_a_default_key() {
        let map = Keymap::defaults();
        for section in Section::all() {
            let missing: Vec<Action> = match section {
                // The views' actions may be bound in [global] or in the view that uses them.
                Section::Global | Section::In(_) => DASHBOARD
                    .iter()
                    .copied()
                    .filter(|a| Section::all().all(|s| map.keys(&[s], *a).is_empty()))
                    .collect(),
                // The detail falls back to the view's keys; its own is closing.
                Section::Detail => vec![Action::Close]
                    .into_iter()
                    .filter(|a| map.keys(&[section], *a).is_empty())
                    .collect(),
                Section::Search | Section::Form => section
                    .actions()
                    .into_iter()
                    .filter(|a| map.keys(&[section, Section::Text], *a).is_empty())
                    .collect(),
                _ => map.unbound(section),
            };
            assert!(
                missing.is_empty(),
                "[{}] has no key for {missing:?}",
                section.name()
            );
        }
    }

    #[test]
    fn every_action_name_reads_back_as_its_action() {
        for section in Section::all() {
            for action in section.actions() {
                let name = action_name(action);
                let text = format!("[{}]\nx = \"{name}\"\n", section.name());
                let map = Keymap::with_overrides(&text, "k.toml").unwrap();
                let key = Key::parse("x").unwrap();
                assert_eq!(map.lookup(&[section], key), Some(action), "{text}");
            }
        }
    }

    #[test]
    fn an_action_bound_where_it_means_nothing_names_the_sections_actions() {
        let err = Keymap::with_overrides("[conflict]\nx = \"zoom_in\"\n", "k.toml")
            .unwrap_err()
            .to_string();
        assert!(err.contains("`zoom_in` does nothing there"), "{err}");
        assert!(err.contains("cancel, merge_mine, keep_theirs"), "{err}");
    }

    #[test]
    fn a_hint_names_the_key_written_first_and_the_users_own_before_the_defaults() {
        let map = Keymap::defaults();
        let label = |map: &Keymap, section, action| map.label(&[section], action).unwrap();
        assert_eq!(label(&map, Section::Presenting, Action::NextSlide), "→");
        assert_eq!(label(&map, Section::Presenting, Action::Leave), "q");
        assert_eq!(label(&map, Section::Help, Action::Close), "Esc");
        let map = Keymap::with_overrides("[presenting]\nn = \"next_slide\"\n", "k").unwrap();
        assert_eq!(label(&map, Section::Presenting, Action::NextSlide), "n");
        // A key rebound to something else no longer names the action.
        let map = Keymap::with_overrides("[global]\nq = \"help\"\n", "k").unwrap();
        assert_eq!(map.label(&[Section::Global], Action::Quit), None);
    }
}
