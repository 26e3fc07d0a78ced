//! How the neighbour of an added table is written, and writing the new one the same way.

use super::line_start;
use super::table::{NewTable, Value};
use crate::store::source_map::TableSpans;
use crate::store::splice::{line_end, toml_string};

/// How the neighbour is written.
pub(super) struct Style {
    pub(super) nl: &'static str,
    pub(super) header_indent: String,
    pub(super) indent: String,
    pub(super) eq: &'static str,
    pub(super) literal: bool,
    /// Whether numbers are grouped by thousands with `_` (`10_000_000_000_000`).
    pub(super) grouped: bool,
    pub(super) blank_before: bool,
    /// The keys in the order the neighbour writes them.
    pub(super) order: Vec<usize>,
}

impl Style {
    /// The style of the file where it has no neighbour.
    pub(super) fn plain(text: &str) -> Self {
        Style {
            nl: newline_of(text, 0),
            header_indent: String::new(),
            indent: String::new(),
            eq: " = ",
            literal: false,
            grouped: false,
            blank_before: true,
            order: Vec::new(),
        }
    }

    pub(super) fn of(text: &str, neighbour: &TableSpans, keys: &[(&'static str, Value)]) -> Self {
        let region = &text[neighbour.table.start..neighbour.own_end.max(neighbour.table.end)];
        let header_line = line_start(text, neighbour.table.start);
        let header_indent = leading(&text[header_line..neighbour.table.start]);
        let section = neighbour.is_section(text);
        // The first key's line gives the indentation and the `=` spacing.
        let first_key = keys
            .iter()
            .filter_map(|(k, _)| key_at(region, k).map(|at| (at, *k)))
            .min();
        let (indent, eq) = match first_key {
            Some((at, key)) => {
                let abs = neighbour.table.start + at;
                let indent = if section {
                    leading(&text[line_start(text, abs)..abs])
                } else {
                    String::new()
                };
                let after = &region[at + key.len()..];
                let eq = if after.starts_with('=') { "=" } else { " = " };
                (indent, eq)
            }
            None => (String::new(), " = "),
        };
        let literal = key_at(region, "title").is_some_and(|at| {
            region[at + "title".len()..]
                .trim_start()
                .trim_start_matches('=')
                .trim_start()
                .starts_with('\'')
        });
        let blank_before = section && {
            header_line == 0 || {
                let previous = line_start(text, header_line - 1);
                text[previous..header_line].trim().is_empty()
            }
        };
        // Each key's rank: its place in the neighbour, or just after the key before it.
        let mut ranked: Vec<(usize, usize, usize)> = Vec::new();
        let mut last = 0;
        for (i, (k, _)) in keys.iter().enumerate() {
            match key_at(region, k) {
                Some(at) => {
                    last = at;
                    ranked.push((at, 0, i));
                }
                None => ranked.push((last, 1 + i, i)),
            }
        }
        ranked.sort_unstable();
        let grouped = region
            .as_bytes()
            .windows(3)
            .any(|w| w[0].is_ascii_digit() && w[1] == b'_' && w[2].is_ascii_digit());
        Style {
            grouped,
            nl: newline_of(text, neighbour.table.start),
            header_indent,
            indent,
            eq,
            literal,
            blank_before,
            order: ranked.into_iter().map(|(_, _, i)| i).collect(),
        }
    }

    fn ordered<'k>(&self, keys: &'k [(&'static str, Value)]) -> Vec<&'k (&'static str, Value)> {
        if self.order.len() == keys.len() {
            self.order.iter().map(|&i| &keys[i]).collect()
        } else {
            keys.iter().collect()
        }
    }

    fn value(&self, v: &Value) -> String {
        match v {
            Value::Raw(raw)
                if self.grouped && raw.len() > 4 && raw.bytes().all(|b| b.is_ascii_digit()) =>
            {
                group(raw)
            }
            Value::Raw(raw) => raw.clone(),
            Value::Str(s) if self.literal && literal_ok(s) => format!("'{s}'"),
            Value::Str(s) => toml_string(s),
        }
    }

    /// `[[header]]` and a line for each key.
    pub(super) fn section(&self, header: &str, table: &NewTable) -> String {
        let mut out = format!("{}[[{header}]]{}", self.header_indent, self.nl);
        let line = |out: &mut String, k: &str, v: &Value| {
            out.push_str(&format!(
                "{}{k}{}{}{}",
                self.indent,
                self.eq,
                self.value(v),
                self.nl
            ));
        };
        for (k, v) in self.ordered(&table.keys) {
            line(&mut out, k, v);
        }
        for entry in &table.history {
            if self.blank_before {
                out.push_str(self.nl);
            }
            out.push_str(&format!(
                "{}[[{header}.history]]{}",
                self.header_indent, self.nl
            ));
            for (k, v) in entry {
                line(&mut out, k, v);
            }
        }
        out
    }

    /// `{ key = value, ... }`.
    pub(super) fn inline(&self, table: &NewTable) -> String {
        let parts: Vec<String> = self
            .ordered(&table.keys)
            .into_iter()
            .map(|(k, v)| format!("{k}{}{}", self.eq, self.value(v)))
            .collect();
        let mut parts = parts;
        if !table.history.is_empty() {
            let entries: Vec<String> = table
                .history
                .iter()
                .map(|entry| {
                    let keys: Vec<String> = entry
                        .iter()
                        .map(|(k, v)| format!("{k}{}{}", self.eq, self.value(v)))
                        .collect();
                    format!("{{ {} }}", keys.join(", "))
                })
                .collect();
            parts.push(format!("history{}[{}]", self.eq, entries.join(", ")));
        }
        format!("{{ {} }}", parts.join(", "))
    }
}

pub(super) fn leading(s: &str) -> String {
    s.chars().take_while(|c| *c == ' ' || *c == '\t').collect()
}

pub(super) fn newline_of(text: &str, pos: usize) -> &'static str {
    let end = line_end(text, pos);
    let line = &text[..end];
    if line.ends_with("\r\n") || (!line.ends_with('\n') && text.contains("\r\n")) {
        "\r\n"
    } else {
        "\n"
    }
}

/// Where `key` is written as a key in `region`: after a line start, `{` or `,`, followed by `=`.
fn key_at(region: &str, key: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(found) = region[from..].find(key) {
        let at = from + found;
        let before = region[..at].trim_end_matches([' ', '\t']);
        let after = region[at + key.len()..].trim_start_matches([' ', '\t']);
        let starts = before.is_empty() || before.ends_with(['\n', '{', ',']);
        if starts && after.starts_with('=') {
            return Some(at);
        }
        from = at + key.len();
    }
    None
}

/// Whether `s` can be written as a TOML literal string.
fn literal_ok(s: &str) -> bool {
    !s.contains('\'') && !s.chars().any(char::is_control)
}

/// Digits grouped by thousands with `_`: `500_000_000_000`.
fn group(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('_');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_group_by_thousands() {
        assert_eq!(group("500000000000"), "500_000_000_000");
        assert_eq!(group("12345"), "12_345");
        assert_eq!(group("123"), "123");
    }

    #[test]
    fn a_key_is_found_only_where_a_key_is_written() {
        let region = "[[x]]\nnote = \"title = no\"\n  title= 'T'\n";
        assert_eq!(
            key_at(region, "title"),
            Some(region.find("title=").unwrap())
        );
        assert_eq!(key_at("{ id = 1, title = 2 }", "title"), Some(10));
        assert_eq!(key_at("subtitle = 1", "title"), None);
    }
}
