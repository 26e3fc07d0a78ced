//! Reading typed values out of a parsed TOML tree, recording a located problem for each value
//! that is missing, of the wrong type or out of range, and going on so every problem is found.
//!
//! Longer than 400 lines on purpose: every reader of a typed value (string, date, amount, rate...)
//! is here, so each problem is worded once for the whole format.

use std::collections::HashMap;
use std::ops::Range;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime};
use toml::Spanned;
use toml::de::{DeTable, DeValue};
use toml::value::{Datetime, Offset};

use super::diagnostic::Diagnostic;
use super::suggest::closest;
use crate::text::quote;

pub(super) type Value<'i> = Spanned<DeValue<'i>>;

/// Errors past this many get no "did you mean" or list of choices (see `check --max-errors`).
const HELPED: usize = 100;
/// How many ids a dangling reference lists.
const SHOWN_IDS: usize = 5;

/// The largest integer an f64 holds exactly: 2^53.
const EXACT_LIMIT: f64 = 9_007_199_254_740_992.0;

/// Where a key and its value were written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyValue {
    pub key: Range<usize>,
    pub value: Range<usize>,
}

/// Collects every problem found while decoding one file.
#[derive(Default)]
pub(super) struct Problems {
    pub(super) list: Vec<Diagnostic>,
    /// Missing required keys, kept apart: after a syntax error they may be its consequence.
    pub(super) missing: Vec<Diagnostic>,
    /// The key being read, for messages.
    key: &'static str,
}

/// The known keys of one table, taken out of it one by one.
pub(super) struct Fields<'i> {
    /// What the table is, for messages: "milestone", "[partnership]".
    pub(super) what: &'static str,
    pub(super) span: Range<usize>,
    names: &'static [&'static str],
    values: Vec<Option<Value<'i>>>,
    /// Where each known key was written, kept after its value is taken.
    keys: Vec<Option<Range<usize>>>,
    /// Where each known key's value ends (a table header's end for `[[a.b]]` tables).
    ends: Vec<usize>,
    /// The end of the last key or value written directly in this table.
    pub(super) end: usize,
}

impl<'i> Fields<'i> {
    /// Takes the value of `name` (one of the known keys) out of the table.
    pub(super) fn take(&mut self, name: &str) -> Option<Value<'i>> {
        self.take_named(name).map(|(_, v)| v)
    }

    /// The end of the last key or value of this table, leaving out `name`.
    pub(super) fn end_without(&self, name: &str) -> usize {
        let skip = self.names.iter().position(|n| *n == name);
        (0..self.names.len())
            .filter(|&i| Some(i) != skip)
            .map(|i| self.ends[i])
            .max()
            .unwrap_or(self.span.start)
            .max(self.span.start)
    }

    /// Where `name` and its value were written, if it was.
    pub(super) fn key_value(&self, name: &str) -> Option<KeyValue> {
        let slot = self.names.iter().position(|n| *n == name)?;
        let key = self.keys[slot].clone()?;
        let value = self.values[slot].as_ref()?.span();
        Some(KeyValue { key, value })
    }

    fn take_named(&mut self, name: &str) -> Option<(&'static str, Value<'i>)> {
        let slot = self.names.iter().position(|n| *n == name)?;
        self.values[slot].take().map(|v| (self.names[slot], v))
    }
}

impl Problems {
    pub(super) fn push(&mut self, d: Diagnostic) {
        self.list.push(d);
    }

    fn type_error(&mut self, v: &Value<'_>, expected: &str) {
        let found = v.get_ref().type_str();
        self.push(Diagnostic::error(
            v.span(),
            format!(
                "`{}` must be {expected}, found {}",
                self.key,
                article(found)
            ),
        ));
    }

    /// Opens `value` as a table with the keys `names`, reporting every key it does not know.
    pub(super) fn fields<'i>(
        &mut self,
        what: &'static str,
        value: Value<'i>,
        names: &'static [&'static str],
    ) -> Option<Fields<'i>> {
        let span = value.span();
        let DeValue::Table(table) = value.into_inner() else {
            self.push(Diagnostic::error(span, format!("{what} must be a table")));
            return None;
        };
        Some(self.fields_of(what, span, table, names))
    }

    /// Like [`Problems::fields`], for a table already opened.
    pub(super) fn fields_of<'i>(
        &mut self,
        what: &'static str,
        span: Range<usize>,
        table: DeTable<'i>,
        names: &'static [&'static str],
    ) -> Fields<'i> {
        let mut values: Vec<Option<Value<'i>>> = names.iter().map(|_| None).collect();
        let mut keys: Vec<Option<Range<usize>>> = names.iter().map(|_| None).collect();
        let mut ends: Vec<usize> = names.iter().map(|_| 0).collect();
        // An inline table's span is all of it; a `[[table]]`'s only its header.
        let mut end = span.start;
        for (key, value) in table {
            end = end.max(key.span().end).max(value.span().end);
            if let Some(slot) = names.iter().position(|n| *n == key.get_ref().as_ref()) {
                keys[slot] = Some(key.span());
                ends[slot] = key.span().end.max(value.span().end);
                values[slot] = Some(value);
            } else {
                let name = key.get_ref().as_ref();
                let mut d = Diagnostic::error(
                    key.span(),
                    format!("unknown key `{}` in {what}", quote(name)),
                );
                d = match closest(name, names) {
                    Some(known) => d.with_help(format!("did you mean `{known}`?")),
                    None => d.with_help(format!("known keys: {}", names.join(", "))),
                };
                self.push(d);
            }
        }
        Fields {
            what,
            span,
            names,
            values,
            keys,
            ends,
            end,
        }
    }

    /// Reads a required key with `read`, reporting it when missing.
    pub(super) fn required<'i, T>(
        &mut self,
        fields: &mut Fields<'i>,
        name: &str,
        read: impl FnOnce(&mut Self, Value<'i>) -> Option<T>,
    ) -> Option<T> {
        if let Some((key, v)) = fields.take_named(name) {
            self.key = key;
            read(self, v)
        } else {
            let (span, what) = (fields.span.clone(), fields.what);
            self.missing.push(Diagnostic::error(
                span,
                format!("{what} is missing the required key `{name}`"),
            ));
            None
        }
    }

    /// Reads an optional key with `read`.
    pub(super) fn optional<'i, T>(
        &mut self,
        fields: &mut Fields<'i>,
        name: &str,
        read: impl FnOnce(&mut Self, Value<'i>) -> Option<T>,
    ) -> Option<T> {
        let (key, v) = fields.take_named(name)?;
        self.key = key;
        read(self, v)
    }

    pub(super) fn string(&mut self, v: Value<'_>) -> Option<String> {
        if let DeValue::String(_) = v.get_ref() {
            match v.into_inner() {
                DeValue::String(s) => Some(s.into_owned()),
                _ => None,
            }
        } else {
            self.type_error(&v, "a string");
            None
        }
    }

    /// A string with something in it besides white space.
    pub(super) fn text(&mut self, v: Value<'_>) -> Option<String> {
        let span = v.span();
        let s = self.string(v)?;
        if s.trim().is_empty() {
            self.push(Diagnostic::error(
                span,
                format!("`{}` must not be empty", self.key),
            ));
            return None;
        }
        Some(s)
    }

    /// An id: `[a-z0-9][a-z0-9-]*`.
    pub(super) fn id(&mut self, v: Value<'_>) -> Option<Spanned<String>> {
        let span = v.span();
        let s = self.string(v)?;
        let valid = s
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !valid {
            self.push(
                Diagnostic::error(span.clone(), format!("`{}` is not a valid id", quote(&s)))
                    .with_help(
                    "ids are lower-case letters, digits and `-`, starting with a letter or digit",
                ),
            );
        }
        Some(Spanned::new(span, s))
    }

    pub(super) fn integer(&mut self, v: Value<'_>) -> Option<i64> {
        if let DeValue::Integer(i) = v.get_ref() {
            if let Ok(n) = i64::from_str_radix(i.as_str(), i.radix()) {
                Some(n)
            } else {
                self.push(Diagnostic::error(
                    v.span(),
                    format!(
                        "`{}` = {} is out of range (a 64-bit integer)",
                        self.key,
                        quote(i.as_str())
                    ),
                ));
                None
            }
        } else {
            self.type_error(&v, "an integer");
            None
        }
    }

    /// An integer or float greater than zero that pactboard computes with exactly: at most 2^53,
    /// the largest integer an f64 holds exactly.
    pub(super) fn positive(&mut self, v: Value<'_>) -> Option<f64> {
        let (literal, n) = match v.get_ref() {
            // An integer is compared as one (2^53 + 1 would round to 2^53 as an f64); one past
            // i64 is above the limit too.
            DeValue::Integer(i) => (
                i.as_str(),
                Some(match i64::from_str_radix(i.as_str(), i.radix()) {
                    Ok(n) if n <= 1 << 53 => n as f64,
                    _ => f64::MAX,
                }),
            ),
            DeValue::Float(f) => (f.as_str(), f.as_str().parse::<f64>().ok()),
            _ => {
                self.type_error(&v, "a number");
                return None;
            }
        };
        let (key, found) = (self.key, quote(literal));
        let problem = match n {
            Some(n) if n.is_finite() && n > 0.0 && n <= EXACT_LIMIT => return Some(n),
            Some(n) if n.is_finite() && n > EXACT_LIMIT => format!(
                "`{key}` = {found} is above 9,007,199,254,740,992 (2^53), the largest value pactboard computes with exactly"
            ),
            _ => format!("`{key}` must be a finite number greater than 0, found {found}"),
        };
        self.push(Diagnostic::error(v.span(), problem));
        None
    }

    /// An exchange rate: [`Problems::positive`], and at least 2^-53, so that a conversion either
    /// way stays a finite number.
    pub(super) fn rate(&mut self, v: Value<'_>) -> Option<f64> {
        let span = v.span();
        let rate = self.positive(v)?;
        if rate < 1.0 / EXACT_LIMIT {
            self.push(Diagnostic::error(
                span,
                format!(
                    "`{}` = {rate:e} is below 2^-53 (about 1.1e-16), the smallest rate pactboard converts with",
                    self.key
                ),
            ));
            return None;
        }
        Some(rate)
    }

    /// A TOML local date (`2025-08-29`), checked against the calendar.
    pub(super) fn date(&mut self, v: Value<'_>) -> Option<NaiveDate> {
        let dt = self.datetime(&v, "a date (YYYY-MM-DD)")?;
        if let (Some(_), None, None) = (dt.date, dt.time, dt.offset) {
            self.calendar_date(&v, &dt)
        } else {
            self.push(
                Diagnostic::error(
                    v.span(),
                    format!("`{}` must be a date, found `{dt}`", self.key),
                )
                .with_help("write the day only, such as 2025-08-29"),
            );
            None
        }
    }

    /// A TOML offset date-time (`2025-08-29T10:00:00+09:00`).
    /// A history entry's `at`: an offset date-time, or a local date for a change known only
    /// by its day (then `true`, and the start of that day in UTC).
    pub(super) fn history_at(&mut self, v: Value<'_>) -> Option<(DateTime<FixedOffset>, bool)> {
        if let DeValue::Datetime(dt) = v.get_ref()
            && dt.time.is_none()
            && dt.offset.is_none()
        {
            let date = self.calendar_date(&v, &dt.clone())?;
            return Some((crate::model::HistoryEntry::day_start(date), true));
        }
        self.offset_datetime(v).map(|t| (t, false))
    }

    pub(super) fn offset_datetime(&mut self, v: Value<'_>) -> Option<DateTime<FixedOffset>> {
        let dt = self.datetime(&v, "a date-time with an offset")?;
        let (Some(time), Some(offset)) = (dt.time, dt.offset) else {
            self.push(
                Diagnostic::error(v.span(), format!("`{}` = {dt} has no UTC offset", self.key))
                    .with_help("add the offset, such as 2025-08-29T10:00:00+09:00 or ...Z for UTC, or write the day alone (2025-08-29) when the time is not known"),
            );
            return None;
        };
        let date = self.calendar_date(&v, &dt)?;
        let seconds = match offset {
            Offset::Z => 0,
            Offset::Custom { minutes } => i32::from(minutes) * 60,
        };
        let time = NaiveTime::from_hms_nano_opt(
            time.hour.into(),
            time.minute.into(),
            time.second.unwrap_or(0).into(),
            time.nanosecond.unwrap_or(0),
        );
        let offset = FixedOffset::east_opt(seconds);
        if let (Some(time), Some(offset)) = (time, offset) {
            NaiveDateTime::new(date, time)
                .and_local_timezone(offset)
                .single()
        } else {
            self.push(Diagnostic::error(
                v.span(),
                format!("`{dt}` is not a real time"),
            ));
            None
        }
    }

    fn datetime(&mut self, v: &Value<'_>, expected: &str) -> Option<Datetime> {
        if let DeValue::Datetime(dt) = v.get_ref() {
            Some(*dt)
        } else {
            self.type_error(v, expected);
            None
        }
    }

    fn calendar_date(&mut self, v: &Value<'_>, dt: &Datetime) -> Option<NaiveDate> {
        let d = dt.date?;
        let date = NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into());
        if date.is_none() {
            self.push(Diagnostic::error(
                v.span(),
                format!("`{}` = {d} is not a date in the calendar", self.key),
            ));
        }
        date
    }

    /// An array of strings.
    pub(super) fn strings(&mut self, v: Value<'_>) -> Option<Vec<String>> {
        let span = v.span();
        let DeValue::Array(items) = v.into_inner() else {
            self.push(Diagnostic::error(
                span,
                format!("`{}` must be an array of strings", self.key),
            ));
            return None;
        };
        let mut out = Vec::with_capacity(items.len());
        for item in &items {
            out.push(self.string(item.clone())?);
        }
        Some(out)
    }

    /// The tables of an array of tables (`[[name]]` or `name = [{...}]`).
    pub(super) fn tables<'i>(&mut self, v: Value<'i>, name: &str) -> Vec<Value<'i>> {
        let span = v.span();
        let DeValue::Array(items) = v.into_inner() else {
            self.push(
                Diagnostic::error(span, format!("`{name}` must be an array of tables"))
                    .with_help(format!("write each entry under its own [[{name}]] header")),
            );
            return Vec::new();
        };
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            if item.get_ref().is_table() {
                out.push(item);
            } else {
                self.push(Diagnostic::error(
                    item.span(),
                    format!("each entry of `{name}` must be a table"),
                ));
            }
        }
        out
    }

    /// A reference to an id of `kind` among `ids`: its index, or an error naming what exists.
    pub(super) fn reference(
        &mut self,
        v: Value<'_>,
        kind: &str,
        ids: &HashMap<&str, usize>,
    ) -> Option<usize> {
        let span = v.span();
        let name = self.string(v)?;
        if let Some(&index) = ids.get(name.as_str()) {
            return Some(index);
        }
        let mut d = Diagnostic::error(span, format!("no {kind} has the id `{}`", quote(&name)));
        if self.list.len() >= HELPED {
            // Past the errors anyone reads, no help is worked out: it would cost time per error.
            self.push(d);
            return None;
        }
        let mut known: Vec<&str> = ids.keys().copied().collect();
        d = if let Some(close) = closest(&name, &known) {
            d.with_help(format!("did you mean `{}`?", quote(close)))
        } else if known.is_empty() {
            d.with_help(format!("the file defines no {kind}"))
        } else {
            // The first few in order, found without sorting them all.
            let shown = known.len().min(SHOWN_IDS);
            if known.len() > shown {
                known.select_nth_unstable(shown - 1);
            }
            let mut first: Vec<&str> = known[..shown].to_vec();
            first.sort_unstable();
            let first: Vec<String> = first.into_iter().map(quote).collect();
            let more = match known.len() - shown {
                0 => String::new(),
                n => format!(" … and {n} more"),
            };
            d.with_help(format!("the {kind} ids are: {}{more}", first.join(", ")))
        };
        self.push(d);
        None
    }
}

fn article(type_name: &str) -> String {
    match type_name.chars().next() {
        Some('a' | 'e' | 'i' | 'o' | 'u') => format!("an {type_name}"),
        _ => format!("a {type_name}"),
    }
}
