//! TOML syntax errors as diagnostics: a date or time the parser refused says which field is out of
//! range, and a message repeated at one place is reported once with a count.

use std::ops::Range;

use chrono::NaiveDate;

use super::diagnostic::Diagnostic;
use crate::text::quote;

/// The diagnostic of one parse error at `span` of `text`.
pub(super) fn diagnostic(text: &str, span: Range<usize>, message: &str) -> Diagnostic {
    let message = match datetime_problem(text, &span) {
        Some(problem) => problem,
        None => format!("TOML syntax: {}", quote(message)),
    };
    Diagnostic::error(span, message)
}

/// What is wrong with a date or time literal, field by field, with the key it is written to.
fn datetime_problem(text: &str, span: &Range<usize>) -> Option<String> {
    let literal = text.get(span.clone())?;
    let mut cut = literal.len().min(64);
    while !literal.is_char_boundary(cut) {
        cut -= 1;
    }
    let literal = &literal[..cut];
    let bytes = literal.as_bytes();
    let digits = |range: Range<usize>| -> Option<u32> {
        let part = literal.get(range)?;
        part.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    // YYYY-MM-DD, then T or a space and HH:MM[:SS], or HH:MM[:SS] alone.
    let (date, time_at) = if bytes.get(4) == Some(&b'-') && bytes.get(7) == Some(&b'-') {
        let date = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
        let time = matches!(bytes.get(10), Some(b'T' | b't' | b' ')).then_some(11);
        (Some(date), time)
    } else if bytes.get(2) == Some(&b':') {
        (None, Some(0))
    } else {
        return None;
    };
    let mut problems = Vec::new();
    if let Some((year, month, day)) = date {
        if !(1..=12).contains(&month) {
            problems.push(format!("month {month} is out of range (01 to 12)"));
        } else if let Some(last) = last_day(year, month)
            && (day == 0 || day > last)
        {
            problems.push(format!(
                "day {day} is out of range: month {month} has {last} days in {year}"
            ));
        }
    }
    if let Some(at) = time_at {
        let hour = digits(at..at + 2);
        let minute = digits(at + 3..at + 5);
        let second = (bytes.get(at + 5) == Some(&b':'))
            .then(|| digits(at + 6..at + 8))
            .flatten();
        if let Some(hour) = hour.filter(|h| *h > 23) {
            problems.push(format!("hour {hour} is out of range (00 to 23)"));
        }
        if let Some(minute) = minute.filter(|m| *m > 59) {
            problems.push(format!("minute {minute} is out of range (00 to 59)"));
        }
        if let Some(second) = second.filter(|s| *s > 60) {
            problems.push(format!("second {second} is out of range (00 to 59)"));
        }
    }
    if problems.is_empty() {
        return None;
    }
    let key = key_before(text, span.start)
        .map(|k| format!("`{}` = ", quote(k)))
        .unwrap_or_default();
    Some(format!("{key}{}: {}", quote(literal), problems.join("; ")))
}

/// The number of days of `month` in `year`.
fn last_day(year: u32, month: u32) -> Option<u32> {
    let year = i32::try_from(year).ok()?;
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?
    };
    u32::try_from((next - first).num_days()).ok()
}

/// The key of `key = value` when the value starts at `value_start` on the same line.
fn key_before(text: &str, value_start: usize) -> Option<&str> {
    let line_start = text.get(..value_start)?.rfind('\n').map_or(0, |i| i + 1);
    let before = text.get(line_start..value_start)?.trim_end();
    let key = before.strip_suffix('=')?.trim();
    (!key.is_empty() && key.len() <= 64).then_some(key)
}

/// Diagnostics in file order, each problem once: the same message at the same place (a deeply
/// nested error can repeat dozens of times) becomes one, with how often it was found.
/// The conflict markers git leaves in a file after a merge it could not finish (`<<<<<<<`,
/// `=======`, `>>>>>>>` at the start of a line), each an error that says so. A TOML file cannot
/// start a line with these, so nothing valid is mistaken for one.
pub fn merge_markers(text: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let (marker, what) = if line.starts_with("<<<<<<< ") || line.trim_end() == "<<<<<<<" {
            (true, "here begins your side of an unresolved git merge")
        } else if line.trim_end() == "=======" {
            (
                true,
                "between your side and theirs of an unresolved git merge",
            )
        } else if line.starts_with(">>>>>>> ") || line.trim_end() == ">>>>>>>" {
            (true, "here ends their side of an unresolved git merge")
        } else {
            (false, "")
        };
        if marker {
            let len = line.trim_end().len();
            out.push(
                Diagnostic::error(at..at + len.max(1), what.to_string()).with_help(
                    "keep one version of the lines between the markers (or both, merged by hand) and delete the marker lines",
                ),
            );
        }
        at += line.len();
    }
    // Git writes both ends; a lone `=======` may be a line of a multi-line string.
    let begins = out.iter().any(|d| d.message.starts_with("here begins"));
    let ends = out.iter().any(|d| d.message.starts_with("here ends"));
    if begins && ends { out } else { Vec::new() }
}

pub(super) fn dedupe(mut list: Vec<Diagnostic>) -> Vec<Diagnostic> {
    list.sort_by(|a, b| {
        (a.span.start, a.severity, a.span.end, &a.message).cmp(&(
            b.span.start,
            b.severity,
            b.span.end,
            &b.message,
        ))
    });
    let mut out: Vec<(Diagnostic, usize)> = Vec::with_capacity(list.len());
    for d in list {
        match out.last_mut() {
            Some((last, n))
                if last.span == d.span
                    && last.severity == d.severity
                    && last.message == d.message =>
            {
                *n += 1;
            }
            _ => out.push((d, 1)),
        }
    }
    out.into_iter()
        .map(|(mut d, n)| {
            if n > 1 {
                d.message.push_str(&format!(" ({n} times at this place)"));
            }
            d
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(text: &str) -> Option<String> {
        let start = text.find('=').map_or(0, |i| i + 2);
        datetime_problem(text, &(start..text.len()))
    }

    #[test]
    fn conflict_markers_are_named_as_an_unresolved_merge() {
        let text = "schema = 1\n<<<<<<< HEAD\nstatus = \"done\"\n=======\nstatus = \"blocked\"\n>>>>>>> theirs\n";
        let found = merge_markers(text);
        assert_eq!(found.len(), 3);
        assert!(found[0].message.contains("your side"));
        assert_eq!(&text[found[0].span.clone()], "<<<<<<< HEAD");
        assert_eq!(&text[found[2].span.clone()], ">>>>>>> theirs");
        assert!(merge_markers("title = \"<<<<<<< not at a line start\"\n").is_empty());
        assert!(merge_markers("notes = \"\"\"\n=======\n\"\"\"\n").is_empty());
    }

    #[test]
    fn a_refused_date_or_time_says_which_field_is_out_of_range() {
        assert_eq!(
            problem("due = 2025-02-30").as_deref(),
            Some("`due` = 2025-02-30: day 30 is out of range: month 2 has 28 days in 2025")
        );
        assert_eq!(
            problem("due = 2024-02-30").as_deref(),
            Some("`due` = 2024-02-30: day 30 is out of range: month 2 has 29 days in 2024")
        );
        assert_eq!(
            problem("due = 2025-13-01").as_deref(),
            Some("`due` = 2025-13-01: month 13 is out of range (01 to 12)")
        );
        assert_eq!(
            problem("at = 2025-08-29T25:00:00").as_deref(),
            Some("`at` = 2025-08-29T25:00:00: hour 25 is out of range (00 to 23)")
        );
        assert_eq!(
            problem("at = 2025-08-29T10:61:00Z").as_deref(),
            Some("`at` = 2025-08-29T10:61:00Z: minute 61 is out of range (00 to 59)")
        );
        assert_eq!(problem("due = 2025-02-28"), None);
        assert_eq!(problem("title = \"x\""), None);
    }

    #[test]
    fn the_same_problem_at_one_place_is_reported_once_with_a_count() {
        let d = |start: usize, m: &str| Diagnostic::error(start..start + 1, m);
        let list = vec![d(5, "a"), d(1, "b"), d(5, "a"), d(5, "a"), d(5, "c")];
        let messages: Vec<String> = dedupe(list).into_iter().map(|d| d.message).collect();
        assert_eq!(messages, ["b", "a (3 times at this place)", "c"]);
    }
}
