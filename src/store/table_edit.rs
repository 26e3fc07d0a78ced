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
    if region.starts_with('{') {
        let end = at.table.end.max(at.own_end);
        let region = text
            .get(start..end)
            .ok_or_else(|| refuse("its place in the file is not known"))?;
        let out = set_inline(region, values).ok_or_else(|| refuse("it does not read alone"))?;
        return Ok(format!("{}{out}{}", &text[..start], &text[end..]));
    }
    if !region.starts_with("[[") {
        return Err(refuse(
            "it is written in a layout pactboard does not edit; edit it in the file",
        ));
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
    // In the order written (the parsed table is not): the first key gives the style.
    let mut found = found;
    found.sort_by_key(|(_, k, _)| k.start);
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
                // The key's whole line (`line_end` is the start of the next one); on the
                // table's last line, which has no break of its own here, the break before it.
                let mut from = line_start(region, k.start);
                let to = line_end(region, v.end);
                if to == region.len() && !region.ends_with('\n') {
                    if region[..from].ends_with("\r\n") {
                        from -= 2;
                    } else if region[..from].ends_with('\n') {
                        from -= 1;
                    }
                }
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

/// An inline table `{ … }` with `values` set: a value replaced where it is, a key removed with
/// the comma that separates it, a new key written after the last one (`, key = value`).
fn set_inline(region: &str, values: &[(&str, Option<String>)]) -> Option<String> {
    // Read as the value of a key, so that the spans are the region's shifted by the prefix.
    const PREFIX: &str = "x = ";
    let wrapped = format!("{PREFIX}{region}");
    let root = DeTable::parse(&wrapped).ok()?.into_inner();
    let (_, value) = root.into_iter().next()?;
    let DeValue::Table(table) = value.into_inner() else {
        return None;
    };
    let shift = |r: std::ops::Range<usize>| r.start - PREFIX.len()..r.end - PREFIX.len();
    let found: Vec<(String, std::ops::Range<usize>, std::ops::Range<usize>)> = table
        .iter()
        .map(|(k, v)| (k.get_ref().to_string(), shift(k.span()), shift(v.span())))
        .collect();
    // In the order written (the parsed table is not).
    let mut found = found;
    found.sort_by_key(|(_, k, _)| k.start);
    let between = found.first().map_or(" = ".to_string(), |(_, k, v)| {
        region[k.end..v.start].to_string()
    });
    let mut splices: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    let mut added = String::new();
    for (key, value) in values {
        match (found.iter().position(|(k, _, _)| k == key), value) {
            (Some(i), Some(value)) => splices.push((found[i].2.clone(), value.clone())),
            (Some(i), None) => {
                let (_, k, v) = &found[i];
                // With the comma after it (and the space up to the next key), or, for the
                // last, the comma and space before it.
                let range = match found.get(i + 1) {
                    Some((_, next, _)) => k.start..next.start,
                    None if i > 0 => found[i - 1].2.end..v.end,
                    None => k.start..v.end,
                };
                splices.push((range, String::new()));
            }
            (None, Some(value)) => added.push_str(&format!(
                "{}{key}{between}{value}",
                if found.is_empty() && added.is_empty() {
                    " "
                } else {
                    ", "
                }
            )),
            (None, None) => {}
        }
    }
    let mut out = region.to_string();
    if !added.is_empty() {
        // After the last value (or inside the empty braces).
        let at = found.last().map_or(1, |(_, _, v)| v.end);
        splices.push((at..at, added));
    }
    splices.sort_by_key(|(r, _)| std::cmp::Reverse(r.start));
    for (range, with) in splices {
        out.replace_range(range, &with);
    }
    Some(out)
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

    #[test]
    fn a_key_removed_between_others_takes_only_its_line() {
        for nl in ["\n", "\r\n"] {
            let text = [
                "[[pillars]]",
                "id = \"p1\"",
                "title = \"Investment\"",
                "summary = \"Money\"",
                "source = \"s1\"",
                "",
            ]
            .join(nl);
            let at = TableSpans {
                table: 0..11,
                own_end: text.find("\"s1\"").unwrap() + 4,
            };
            let out = set_values(
                &text,
                &at,
                "pillars",
                &[("title", Some("\"X\"".into())), ("summary", None)],
            )
            .unwrap();
            let want = [
                "[[pillars]]",
                "id = \"p1\"",
                "title = \"X\"",
                "source = \"s1\"",
                "",
            ]
            .join(nl);
            assert_eq!(out, want);
        }
    }

    #[test]
    fn an_inline_table_keeps_its_layout() {
        let cases = [
            (
                "{ id = \"p\", title = \"P\" }",
                vec![("title", Some("\"X\"")), ("summary", Some("\"S\""))],
                "{ id = \"p\", title = \"X\", summary = \"S\" }",
            ),
            (
                "{ id = \"p\", title = \"P\", summary = \"S\", source = \"s\" }",
                vec![("summary", None)],
                "{ id = \"p\", title = \"P\", source = \"s\" }",
            ),
            (
                "{id=\"p\",title=\"P\",summary=\"S\"}",
                vec![("summary", None), ("title", Some("\"Q\""))],
                "{id=\"p\",title=\"Q\"}",
            ),
        ];
        for (region, values, want) in cases {
            let values: Vec<(&str, Option<String>)> = values
                .into_iter()
                .map(|(k, v)| (k, v.map(String::from)))
                .collect();
            let text = format!("pillars = [{region}]\n");
            let at = TableSpans {
                table: 11..11 + region.len(),
                own_end: 11 + region.len(),
            };
            let out = set_values(&text, &at, "pillars", &values).unwrap();
            assert_eq!(out, format!("pillars = [{want}]\n"));
        }
    }
}
