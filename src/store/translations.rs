//! Reads the model's names in other languages, `[translations.LANG]` (docs/format.md): keys
//! `TABLE:ID` (a title) or `pillar:ID:summary`, each a name in that language. Checked where
//! written: a language pactboard does not speak, a table or field that has no name to translate,
//! an empty name are located errors; a translation of an id the file no longer has (a milestone
//! removed since) or of a summary a pillar no longer has is a warning, and kept, so that what
//! the dashboard removes never leaves a file that fails to open.

use std::collections::HashMap;

use toml::de::DeValue;

use super::diagnostic::Diagnostic;
use super::fields::{Problems, Value};
use crate::i18n::Lang;
use crate::model::names::{Field, Table, Translations};
use crate::text::quote;

/// The ids a translation may name, per table, and the pillars that have a summary.
pub(super) struct Named<'a> {
    pub(super) ids: [(Table, &'a HashMap<&'a str, usize>); 5],
    pub(super) sources: &'a HashMap<&'a str, usize>,
    pub(super) pillar_has_summary: &'a dyn Fn(usize) -> bool,
}

/// `[translations]`.
pub(super) fn translations(p: &mut Problems, v: Value<'_>, named: &Named<'_>) -> Translations {
    let mut out = Translations::default();
    let span = v.span();
    let DeValue::Table(languages) = v.into_inner() else {
        p.push(
            Diagnostic::error(span, "`translations` must be a table of languages")
                .with_help("such as [translations.ja] \"pillar:trade\" = \"貿易\""),
        );
        return out;
    };
    for (code, names) in languages {
        let Some(lang) = Lang::ALL
            .into_iter()
            .find(|l| l.code() == code.get_ref().as_ref())
        else {
            p.push(
                Diagnostic::error(
                    code.span(),
                    format!(
                        "`{}` is not a language pactboard speaks",
                        quote(code.get_ref().as_ref())
                    ),
                )
                .with_help("the languages are ja and hi (the tables' own names are en)"),
            );
            continue;
        };
        if lang == Lang::En {
            p.push(
                Diagnostic::error(code.span(), "the tables' own names are the English ones")
                    .with_help("translate into ja or hi"),
            );
            continue;
        }
        let at = names.span();
        let DeValue::Table(names) = names.into_inner() else {
            p.push(Diagnostic::error(
                at,
                format!("`translations.{lang}` must be a table of names"),
            ));
            continue;
        };
        for (key, value) in names {
            let key_text = key.get_ref().to_string();
            if key_text == "source" {
                if let Some(source) = p.reference(value, "source", named.sources) {
                    out.sources.push((lang, source));
                }
                continue;
            }
            let Some((table, id, field)) = parse_key(p, &key_text, key.span(), named) else {
                continue;
            };
            let at = value.span();
            let Some(text) = p.string(value) else {
                continue;
            };
            if text.trim().is_empty() {
                p.push(Diagnostic::error(
                    at,
                    format!("the {lang} name of `{}` is empty", quote(&key_text)),
                ));
                continue;
            }
            out.insert(lang, table, &id, field, text);
        }
    }
    out
}

/// `TABLE:ID` or `pillar:ID:summary`, checked against the file.
fn parse_key(
    p: &mut Problems,
    key: &str,
    span: std::ops::Range<usize>,
    named: &Named<'_>,
) -> Option<(Table, String, Field)> {
    let mut parts = key.splitn(3, ':');
    let (table, id, field) = (parts.next()?, parts.next(), parts.next());
    let Some(table) = Table::ALL.into_iter().find(|t| t.name() == table) else {
        p.push(
            Diagnostic::error(span, format!("`{}` names no table with names", quote(key)))
                .with_help(
                    "write pillar:ID, agreement:ID, objective:ID, target:ID or milestone:ID \
                     (a pillar's summary: pillar:ID:summary)",
                ),
        );
        return None;
    };
    let Some(id) = id.filter(|id| !id.is_empty()) else {
        p.push(Diagnostic::error(
            span,
            format!("`{}` names no id: write {}:ID", quote(key), table.name()),
        ));
        return None;
    };
    let field = match field {
        None | Some("title") => Field::Title,
        Some("summary") if table == Table::Pillar => Field::Summary,
        Some(other) => {
            p.push(
                Diagnostic::error(
                    span,
                    format!("a {}'s `{}` has no translation", table.name(), quote(other)),
                )
                .with_help("translations are of titles, and of a pillar's summary"),
            );
            return None;
        }
    };
    let ids = named
        .ids
        .iter()
        .find(|(t, _)| *t == table)
        .map(|(_, ids)| *ids)?;
    let Some(&index) = ids.get(id) else {
        // Kept, as the file has it (a table removed in the dashboard leaves its names).
        p.push(Diagnostic::warning(
            span,
            format!(
                "no {} has the id `{}`: this translation is not shown",
                table.name(),
                quote(id)
            ),
        ));
        return Some((table, id.to_string(), field));
    };
    if field == Field::Summary && !(named.pillar_has_summary)(index) {
        // A warning, and kept: the dashboard may take a summary away.
        p.push(Diagnostic::warning(
            span,
            format!(
                "the pillar `{}` has no summary: this translation is not shown",
                quote(id)
            ),
        ));
    }
    Some((table, id.to_string(), field))
}
