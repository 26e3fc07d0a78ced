//! Keys → actions: the defaults in `assets/keymap.toml`, with a person's overrides merged on top.

use std::collections::{BTreeMap, HashMap};

use serde::Deserialize;

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

/// Which bindings apply: everywhere on the dashboard, in one view, or in one mode over it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Section {
    Global,
    In(View),
    /// The popup with one milestone's detail.
    Detail,
    /// The help screen.
    Help,
    /// Typing in the search box (falls back to [`Section::Text`]).
    Search,
    /// Every text field: notes, due date, the note of a status change, save as.
    Text,
    /// The status picker.
    Picker,
    /// The question before quitting with unsaved changes.
    ConfirmQuit,
    /// Saving, but the file is gone.
    FileMissing,
    /// The file changed on disk where this session changed it too.
    Conflict,
    /// The presentation.
    Presenting,
    /// A form (falls back to [`Section::Text`] in its text fields).
    Form,
    /// The question before removing a milestone.
    ConfirmRemove,
    /// The problems of a file that cannot be opened.
    Problems,
}

/// The actions of the dashboard's views.
const DASHBOARD: &[Action] = &[
    Action::Help,
    Action::Quit,
    Action::NextView,
    Action::PreviousView,
    Action::ShowOverview,
    Action::ShowPillars,
    Action::ShowMilestones,
    Action::ShowTimeline,
    Action::ShowTargets,
    Action::ShowChanges,
    Action::Up,
    Action::Down,
    Action::PageUp,
    Action::PageDown,
    Action::First,
    Action::Last,
    Action::Open,
    Action::Back,
    Action::Search,
    Action::CycleSort,
    Action::CycleStatusFilter,
    Action::CyclePillarFilter,
    Action::CycleAuthorFilter,
    Action::ZoomIn,
    Action::ZoomOut,
    Action::ScrollLeft,
    Action::ScrollRight,
    Action::StatusPicker,
    Action::EditNotes,
    Action::EditDue,
    Action::Undo,
    Action::Redo,
    Action::Save,
    Action::Present,
    Action::ShowProblems,
    Action::SwitchPane,
    Action::ToggleMark,
    Action::OpenInEditor,
    Action::AddItem,
    Action::EditMilestone,
    Action::RemoveMilestone,
    Action::AddPillar,
    Action::AddSource,
];

/// What a key can do in a text that scrolls (the help, the problems of a file).
const SCROLL: &[Action] = &[
    Action::Up,
    Action::Down,
    Action::PageUp,
    Action::PageDown,
    Action::First,
    Action::Last,
];

/// What a key can do in a text field.
const TEXT: &[Action] = &[
    Action::Accept,
    Action::Cancel,
    Action::CursorLeft,
    Action::CursorRight,
    Action::WordLeft,
    Action::WordRight,
    Action::LineStart,
    Action::LineEnd,
    Action::DeleteBack,
    Action::DeleteForward,
    Action::DeleteWordBack,
    Action::DeleteToStart,
    Action::DeleteToEnd,
    Action::PutBack,
];

impl Section {
    /// Every section, as the keymap file names them in order.
    pub fn all() -> impl Iterator<Item = Section> {
        [Section::Global]
            .into_iter()
            .chain(View::ALL.map(Section::In))
            .chain([
                Section::Detail,
                Section::Help,
                Section::Search,
                Section::Text,
                Section::Picker,
                Section::ConfirmQuit,
                Section::FileMissing,
                Section::Conflict,
                Section::Presenting,
                Section::Problems,
                Section::Form,
                Section::ConfirmRemove,
            ])
    }

    /// The section's name in a keymap file.
    pub fn name(self) -> &'static str {
        match self {
            Section::Global => "global",
            Section::In(view) => view.name(),
            Section::Detail => "detail",
            Section::Help => "help",
            Section::Search => "search",
            Section::Text => "text",
            Section::Picker => "picker",
            Section::ConfirmQuit => "confirm_quit",
            Section::FileMissing => "file_missing",
            Section::Conflict => "conflict",
            Section::Presenting => "presenting",
            Section::Problems => "problems",
            Section::Form => "form",
            Section::ConfirmRemove => "confirm_remove",
        }
    }

    /// How the help screen heads the section.
    pub fn heading(self) -> String {
        match self {
            Section::Global => "Everywhere".to_string(),
            Section::In(view) => format!("In the {} view", view.title().to_lowercase()),
            Section::Detail => "In a milestone's detail".to_string(),
            Section::Help => "In the help".to_string(),
            Section::Search => "In the search box".to_string(),
            Section::Text => "In a text field".to_string(),
            Section::Picker => "Choosing a status".to_string(),
            Section::ConfirmQuit => "Quitting with unsaved changes".to_string(),
            Section::FileMissing => "The file is gone".to_string(),
            Section::Conflict => "Changed on disk".to_string(),
            Section::Presenting => "Presenting".to_string(),
            Section::Problems => "The file's problems".to_string(),
            Section::Form => "In a form".to_string(),
            Section::ConfirmRemove => "Removing a milestone".to_string(),
        }
    }

    fn parse(name: &str) -> Option<Self> {
        Section::all().find(|s| s.name() == name)
    }

    /// The actions a key can be bound to in this section.
    pub fn actions(self) -> Vec<Action> {
        let mut actions = match self {
            Section::Global | Section::In(_) => DASHBOARD.to_vec(),
            Section::Detail => [Action::Close].iter().chain(DASHBOARD).copied().collect(),
            Section::Help => [Action::Close].iter().chain(SCROLL).copied().collect(),
            Section::Search => [Action::Up, Action::Down]
                .iter()
                .chain(TEXT)
                .copied()
                .collect(),
            Section::Text => TEXT.to_vec(),
            Section::Picker => vec![
                Action::Up,
                Action::Down,
                Action::Accept,
                Action::Cancel,
                Action::MarkPlanned,
                Action::MarkInProgress,
                Action::MarkAtRisk,
                Action::MarkBlocked,
                Action::MarkDone,
                Action::MarkCancelled,
            ],
            Section::ConfirmQuit => vec![
                Action::SaveAndQuit,
                Action::SaveAs,
                Action::DiscardAndQuit,
                Action::Cancel,
            ],
            Section::FileMissing => vec![Action::WriteAgain, Action::SaveAs, Action::Cancel],
            Section::Conflict => vec![
                Action::MergeMine,
                Action::KeepTheirs,
                Action::Up,
                Action::Down,
                Action::Cancel,
            ],
            Section::Presenting => vec![
                Action::NextSlide,
                Action::PreviousSlide,
                Action::First,
                Action::Last,
                Action::JumpDigit,
                Action::ToggleFooter,
                Action::Help,
                Action::Leave,
            ],
            Section::Form => [Action::NextField, Action::PreviousField]
                .iter()
                .chain(TEXT)
                .copied()
                .collect(),
            Section::ConfirmRemove => vec![Action::RemoveIt, Action::CancelInstead, Action::Cancel],
            Section::Problems => [Action::Close, Action::Quit, Action::OpenInEditor]
                .iter()
                .chain(SCROLL)
                .copied()
                .collect(),
        };
        actions.sort();
        actions
    }
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
                        return Err(error(format!(
                            "[{section_name}] `{key_name}` is bound to `{name}`, which is not an action; see the help (?) for the actions"
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
        assert!(
            err("[global]\nq = \"quitt\"")
                .contains("`q` is bound to `quitt`, which is not an action")
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
