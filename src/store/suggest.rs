//! "Did you mean": the closest known name to a misspelt one.

/// The longest name a suggestion is looked for.
pub const MAX_NAME: usize = 64;
/// The most names a suggestion is looked for among.
pub const MAX_KNOWN: usize = 5_000;

/// The known name closest to `name`, if it is close enough to be a likely typo.
/// Nothing is suggested for a name longer than [`MAX_NAME`] bytes or among more than
/// [`MAX_KNOWN`] names, so that a suggestion costs little whatever the file holds.
pub fn closest<'k>(name: &str, known: &[&'k str]) -> Option<&'k str> {
    if name.len() > MAX_NAME || known.len() > MAX_KNOWN {
        return None;
    }
    let limit = (name.chars().count() / 3).max(1) + usize::from(name.len() > 4);
    let near = known
        .iter()
        .filter(|k| k.len().abs_diff(name.len()) <= limit * 4)
        .map(|k| (strsim::osa_distance(name, k), *k))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k);
    near.or_else(|| {
        // A longer name that holds this one, when only one does ("stockpiling").
        let mut holding = known.iter().filter(|k| name.len() >= 3 && k.contains(name));
        match (holding.next(), holding.next()) {
            (Some(k), None) => Some(*k),
            _ => None,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_likely_typos_only() {
        let keys = ["id", "title", "pillar", "status", "due", "done_on"];
        assert_eq!(closest("staus", &keys), Some("status"));
        assert_eq!(closest("stauts", &keys), Some("status"));
        assert_eq!(closest("titel", &keys), Some("title"));
        assert_eq!(closest("pilar", &keys), Some("pillar"));
        assert_eq!(closest("owner_email", &keys), None);
        assert_eq!(closest("x", &keys), None);
        assert_eq!(closest("done", &keys), Some("done_on"));
        assert_eq!(
            closest("stockpiling", &["stockpiling-strategy", "summit"]),
            Some("stockpiling-strategy")
        );
    }
}
