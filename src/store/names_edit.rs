//! Writing the model's names in other languages into `[translations.LANG]` in place (the
//! dashboard's title edited in Japanese or Hindi, a merge that takes their names): a name's
//! value replaced where it is, a new one written after the table's last in its style, a name
//! taken out with its line, a table the file lacks added at its end. Everything else stays
//! byte for byte; the save reads the result back whole ([`super::Document::planned`]).

use std::ops::Range;

use toml::de::{DeTable, DeValue};

use super::splice::{line_end, line_start, toml_string};
use super::table_edit::CannotEdit;
use crate::i18n::Lang;
use crate::model::names::Named;

fn refuse(why: &str) -> CannotEdit {
    CannotEdit {
        kind: "translations table",
        why: why.to_string(),
    }
}

/// `text` with every name of `named` set or taken out.
pub fn set_names(text: &str, named: &[Named]) -> Result<String, CannotEdit> {
    let mut text = text.to_string();
    for lang in Lang::ALL {
        let mine: Vec<&Named> = named.iter().filter(|n| n.lang == lang).collect();
        if !mine.is_empty() {
            text = set_in(&text, lang, &mine)?;
        }
    }
    Ok(text)
}

/// Where `[translations.LANG]` is: its header, and each name's key and value, in the order
/// written.
struct Found {
    header: Range<usize>,
    keys: Vec<(String, Range<usize>, Range<usize>)>,
}

fn find(text: &str, lang: Lang) -> Result<Option<Found>, CannotEdit> {
    let root = DeTable::parse(text)
        .map_err(|_| refuse("the file does not read"))?
        .into_inner();
    let Some((_, translations)) = root
        .into_iter()
        .find(|(k, _)| k.get_ref() == "translations")
    else {
        return Ok(None);
    };
    let DeValue::Table(languages) = translations.into_inner() else {
        return Err(refuse("`translations` is not a table"));
    };
    let Some((_, table)) = languages
        .into_iter()
        .find(|(k, _)| k.get_ref() == lang.code())
    else {
        return Ok(None);
    };
    let header = table.span();
    if !text.get(header.clone()).is_some_and(|h| {
        let h = h.trim_start_matches('[').trim_start();
        h.starts_with("translations") && !text[header.clone()].starts_with("[[")
    }) || !text[header.clone()].starts_with('[')
    {
        return Err(refuse(
            "it is written in a layout pactboard does not edit (inline or dotted); edit it in the file",
        ));
    }
    let DeValue::Table(names) = table.into_inner() else {
        return Err(refuse("it is not a table"));
    };
    let mut keys: Vec<(String, Range<usize>, Range<usize>)> = names
        .iter()
        .map(|(k, v)| (k.get_ref().to_string(), k.span(), v.span()))
        .collect();
    keys.sort_by_key(|(_, k, _)| k.start);
    Ok(Some(Found { header, keys }))
}

fn set_in(text: &str, lang: Lang, named: &[&Named]) -> Result<String, CannotEdit> {
    let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let line = |indent: &str, between: &str, n: &Named, value: &str| {
        format!(
            "{indent}{}{between}{}",
            toml_string(&n.key()),
            toml_string(value)
        )
    };
    let Some(found) = find(text, lang)? else {
        // A table of its own at the end of the file.
        let mut out = text.to_string();
        if !out.is_empty() && !out.ends_with('\n') {
            out.push_str(newline);
        }
        let added: Vec<String> = named
            .iter()
            .filter_map(|n| n.text.as_deref().map(|t| line("", " = ", n, t)))
            .collect();
        if added.is_empty() {
            return Ok(out);
        }
        if !out.is_empty() {
            out.push_str(newline);
        }
        out.push_str(&format!("[translations.{}]{newline}", lang.code()));
        for l in added {
            out.push_str(&l);
            out.push_str(newline);
        }
        return Ok(out);
    };
    // The style of the table's names: the indent and what stands between a key and its value.
    let (indent, between) = found.keys.first().map_or_else(
        || (String::new(), " = ".to_string()),
        |(_, k, v)| {
            (
                text[line_start(text, k.start)..k.start].to_string(),
                text[k.end..v.start].to_string(),
            )
        },
    );
    let mut splices: Vec<(Range<usize>, String)> = Vec::new();
    let mut added = String::new();
    for n in named {
        let key = n.key();
        match (found.keys.iter().find(|(k, _, _)| *k == key), &n.text) {
            (Some((_, _, v)), Some(value)) => splices.push((v.clone(), toml_string(value))),
            (Some((_, k, v)), None) => {
                splices.push((
                    line_start(text, k.start)..line_end(text, v.end),
                    String::new(),
                ));
            }
            (None, Some(value)) => {
                added.push_str(&line(&indent, &between, n, value));
                added.push_str(newline);
            }
            (None, None) => {}
        }
    }
    if !added.is_empty() {
        // After the table's last name (or its header), on a line of its own.
        let after = found
            .keys
            .last()
            .map_or(found.header.end, |(_, _, v)| v.end);
        let at = line_end(text, after);
        if at == text.len() && !text.ends_with('\n') {
            splices.push((
                at..at,
                format!("{newline}{}", added.trim_end_matches(newline)),
            ));
        } else {
            splices.push((at..at, added));
        }
    }
    splices.sort_by_key(|(r, _)| std::cmp::Reverse(r.start));
    let mut out = text.to_string();
    for (range, with) in splices {
        out.replace_range(range, &with);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::names::{Field, Table};

    fn named(lang: Lang, table: Table, id: &str, field: Field, text: Option<&str>) -> Named {
        Named {
            lang,
            table,
            id: id.into(),
            field,
            text: text.map(str::to_string),
        }
    }

    #[test]
    fn names_are_replaced_added_and_taken_out_in_place() {
        let text = "title = \"x\"\n\n[translations.ja]\n  \"pillar:a\"   = \"甲\" # kept\n  \"pillar:b\"   = \"乙\"\n\n[other]\nk = 1\n";
        let out = set_names(
            text,
            &[
                named(Lang::Ja, Table::Pillar, "a", Field::Title, Some("新")),
                named(Lang::Ja, Table::Pillar, "b", Field::Title, None),
                named(Lang::Ja, Table::Pillar, "c", Field::Summary, Some("要\"約")),
            ],
        )
        .unwrap();
        assert_eq!(
            out,
            "title = \"x\"\n\n[translations.ja]\n  \"pillar:a\"   = \"新\" # kept\n  \"pillar:c:summary\"   = \"要\\\"約\"\n\n[other]\nk = 1\n"
        );
    }

    #[test]
    fn a_language_the_file_lacks_gets_a_table_at_its_end() {
        let text = "title = \"x\"\r\n[translations.ja]\r\n\"pillar:a\" = \"甲\"";
        let out = set_names(
            text,
            &[
                named(Lang::Hi, Table::Milestone, "m", Field::Title, Some("पड़ाव")),
                named(Lang::Ja, Table::Pillar, "b", Field::Title, Some("乙")),
            ],
        )
        .unwrap();
        assert_eq!(
            out,
            "title = \"x\"\r\n[translations.ja]\r\n\"pillar:a\" = \"甲\"\r\n\"pillar:b\" = \"乙\"\r\n\r\n[translations.hi]\r\n\"milestone:m\" = \"पड़ाव\"\r\n"
        );
    }

    #[test]
    fn an_inline_table_is_refused() {
        let text = "translations = { ja = { \"pillar:a\" = \"甲\" } }\n";
        let n = named(Lang::Ja, Table::Pillar, "a", Field::Title, Some("新"));
        assert!(set_names(text, &[n]).is_err());
    }
}
