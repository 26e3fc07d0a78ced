//! Changing the values of one `[[pillars]]` or `[[sources]]` table in place (`pactboard edit
//! pillar|source`, the dashboard's pillar form): each key's value replaced where it is, a new key written after the table's
//! last one in its style, a removed key's line taken out; every other byte stays. The result is
//! read back whole by the save ([`super::Document::planned`]).

use toml::de::{DeTable, DeValue};

use super::source_map::TableSpans;
use super::splice::{line_end, line_start};

/// Why a table's values cannot be changed in place.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot change this {kind} in place: {why}")]
pub struct CannotEdit {
    pub kind: &'static str,
    pub why: String,
}

/// `text` with the values of the `[[name]]` table at `at` set: each `(key, Some(toml value))`
/// replaced or added, each `(key, None)` removed.
pub fn set_values(
    text: &str,
    at: &TableSpans,
    name: &'static str,
    values: &[(&str, Option<String>)],
) -> Result<String, CannotEdit> {
    let refuse = |why: &str| CannotEdit {
        kind: name,
        why: why.to_string(),
    };
    let start = at.table.start;
    let region = text
        .get(start..at.own_end)
        .ok_or_else(|| refuse("its place in the file is not known"))?;
    if !region.starts_with("[[") {
        return Err(refuse("it is written inline; edit it in the file"));
    }
    let root = DeTable::parse(region)
        .map_err(|_| refuse("it does not read alone"))?
        .into_inner();
    let table = root
        .into_iter()
        .find(|(k, _)| k.get_ref() == name)
        .and_then(|(_, v)| match v.into_inner() {
            DeValue::Array(items) if items.len() == 1 => items.into_iter().next(),
            _ => None,
        })
        .and_then(|item| match item.into_inner() {
            DeValue::Table(t) => Some(t),
            _ => None,
        })
        .ok_or_else(|| refuse("it does not read alone"))?;
    let found: Vec<(String, std::ops::Range<usize>, std::ops::Range<usize>)> = table
        .iter()
        .map(|(k, v)| (k.get_ref().to_string(), k.span(), v.span()))
        .collect();
    let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
    // The style of the table's keys: what stands between a key and its value, and the indent.
    let (indent, between) = found.first().map_or_else(
        || (String::new(), " = ".to_string()),
        |(_, k, v)| {
            let line = line_start(region, k.start);
            (
                region[line..k.start].to_string(),
                region[k.end..v.start].to_string(),
            )
        },
    );
    let mut splices: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    let mut added = String::new();
    for (key, value) in values {
        match (found.iter().find(|(k, _, _)| k == key), value) {
            (Some((_, _, v)), Some(value)) => splices.push((v.clone(), value.clone())),
            (Some((_, k, v)), None) => {
                let mut from = line_start(region, k.start);
                let to = line_end(region, v.end);
                let to = if region[to..].starts_with("\r\n") {
                    to + 2
                } else if region[to..].starts_with('\n') {
                    to + 1
                } else {
                    // The table's last line: the line break before it goes with it.
                    if region[..from].ends_with("\r\n") {
                        from -= 2;
                    } else if region[..from].ends_with('\n') {
                        from -= 1;
                    }
                    to
                };
                splices.push((from..to, String::new()));
            }
            (None, Some(value)) => {
                added.push_str(&format!("{newline}{indent}{key}{between}{value}"));
            }
            (None, None) => {}
        }
    }
    let mut out = region.to_string();
    if !added.is_empty() {
        out.push_str(&added);
    }
    splices.sort_by_key(|(r, _)| std::cmp::Reverse(r.start));
    for (range, with) in splices {
        out.replace_range(range, &with);
    }
    Ok(format!("{}{out}{}", &text[..start], &text[at.own_end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_replaced_added_and_removed_in_place() {
        let text = "# top\n[[pillars]]\nid=\"p\"\ntitle=\"Old\"  # kept\nsummary=\"S\"\n\n[[pillars]]\nid=\"q\"\ntitle=\"Q\"\n";
        let start = text.find("[[pillars]]").unwrap();
        let own_end = text.find("\"S\"").unwrap() + 3;
        let at = TableSpans {
            table: start..start + 11,
            own_end,
        };
        let out = set_values(
            text,
            &at,
            "pillars",
            &[
                ("title", Some("\"New\"".into())),
                ("summary", None),
                ("source", Some("\"s\"".into())),
            ],
        )
        .unwrap();
        assert_eq!(
            out,
            "# top\n[[pillars]]\nid=\"p\"\ntitle=\"New\"  # kept\nsource=\"s\"\n\n[[pillars]]\nid=\"q\"\ntitle=\"Q\"\n"
        );
    }
}
