//! Ids made from titles, for what a person adds: `Agree the stockpiling framework` becomes
//! `agree-the-stockpiling-framework`, unique among the ids already used. A title with no Latin
//! letters or digits (`重要鉱物`) gets a numbered id (`milestone-10`), since a transliteration
//! would be a guess.

/// The longest id made from a title, in characters (cut at a word).
const MAX_LEN: usize = 48;

/// An id for `title` that `taken` says is free; `kind` names the numbered fallback
/// (`milestone`).
pub fn id_for(title: &str, kind: &str, taken: impl Fn(&str) -> bool) -> String {
    let base = slug(title);
    if base.is_empty() {
        return (1..usize::MAX)
            .map(|n| format!("{kind}-{n}"))
            .find(|id| !taken(id))
            .unwrap_or_else(|| kind.to_string());
    }
    if !taken(&base) {
        return base;
    }
    (2..usize::MAX)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or(base)
}

/// The ASCII letters and digits of `title`, lower-cased, words joined by `-`, at most
/// [`MAX_LEN`] characters, cut between words.
pub fn slug(title: &str) -> String {
    let mut out = String::new();
    for word in title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let word = word.to_ascii_lowercase();
        let extra = usize::from(!out.is_empty()) + word.len();
        if out.len() + extra > MAX_LEN {
            if out.is_empty() {
                out = word[..MAX_LEN].to_string();
            }
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn titles_become_short_unique_ascii_ids() {
        let used: HashSet<&str> = ["stockpiling-framework", "milestone-1"].into();
        let taken = |id: &str| used.contains(id);
        assert_eq!(
            id_for(
                "Agree the stockpiling framework by March",
                "milestone",
                taken
            ),
            "agree-the-stockpiling-framework-by-march"
        );
        assert_eq!(
            id_for("Stockpiling framework", "milestone", taken),
            "stockpiling-framework-2"
        );
        assert_eq!(id_for("重要鉱物の備蓄", "milestone", taken), "milestone-2");
        assert_eq!(
            id_for("¥500B — Gujarat plant", "entry", taken),
            "500b-gujarat-plant"
        );
        let long = "word ".repeat(40);
        let id = id_for(&long, "milestone", taken);
        assert!(id.len() <= MAX_LEN && !id.ends_with('-'), "{id}");
        assert_eq!(slug(&"x".repeat(100)).len(), MAX_LEN);
    }
}
