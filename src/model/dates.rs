//! Reading a date as people type it in a form: `2026-06-30`, or relative to today: `+10d`,
//! `+2w`, `+3m`, `+1y`, `today`, `tomorrow`, `end of month`, `end of quarter`, `end of year`;
//! or by the model's fiscal year (the month it starts in, April by default: both India's and
//! Japan's): `end of fiscal year`, `end of fiscal quarter`, `FY2026` (or `FY26`, `FY2026-27`,
//! `2026年度`: the fiscal year that starts in 2026, to its last day), `FY26 Q3` (the third
//! quarter of that year, to its last day). Today is passed in, never read from the clock.

use chrono::{
    DateTime, Datelike, Duration, FixedOffset, Months, NaiveDate, NaiveDateTime, TimeZone,
};

/// What a date may be written as (the English error; each language's is in its catalog).
const ACCEPTED: &str = "write YYYY-MM-DD (such as 2026-06-30), +10d, +2w, +3m, +1y, today, tomorrow, end of month, end of quarter, end of year, end of fiscal year, end of fiscal quarter, FY2026 or FY26 Q3";

/// Why what was typed is not a date: each holds the text as shown (its first 40 characters),
/// and says what is accepted ([`DateError::message_in`] in another language).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("`{0}` is not a date: {ACCEPTED}")]
    NotADate(String),
    /// A due date, which may also be left empty.
    #[error("`{0}` is not a date: {ACCEPTED}, or nothing to remove it")]
    NotADue(String),
    #[error(
        "`{0}` is not a date or a time: write YYYY-MM-DD (2026-01-10), a date and time (2026-01-10 14:30, 2026-01-10T14:30+09:00), today, yesterday, now, or days or weeks ago (-3d, -2w)"
    )]
    NotAWhen(String),
}

impl DateError {
    /// The error in `lang`.
    pub fn message_in(&self, lang: crate::i18n::Lang) -> String {
        match self {
            DateError::NotADate(text) => crate::tr!(lang, "error-not-a-date", text = text.as_str()),
            DateError::NotADue(text) => crate::tr!(
                lang,
                "error-or-nothing",
                error = crate::tr!(lang, "error-not-a-date", text = text.as_str())
            ),
            DateError::NotAWhen(text) => {
                crate::tr!(lang, "error-not-a-when", text = text.as_str())
            }
        }
    }
}

/// The first 40 characters of `text`, with `…` when there is more: what an error shows of it.
fn shown(text: &str) -> String {
    let mut shown: String = text.chars().take(40).collect();
    if text.chars().nth(40).is_some() {
        shown.push('…');
    }
    shown
}

/// `text` as a date, with `today` for the relative forms; the error says what is accepted.
pub fn parse_date(text: &str, today: NaiveDate, fiscal_start: u32) -> Result<NaiveDate, DateError> {
    let text = text.trim();
    let lower = text.to_lowercase();
    let refuse = || DateError::NotADate(shown(text));
    if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Ok(date);
    }
    match lower.as_str() {
        "today" => return Ok(today),
        "tomorrow" => return Ok(today + Duration::days(1)),
        "end of month" | "eom" => {
            return end_of_month(today.year(), today.month()).ok_or_else(refuse);
        }
        "end of quarter" | "eoq" => {
            let last_month = (today.month0() / 3) * 3 + 3;
            return end_of_month(today.year(), last_month).ok_or_else(refuse);
        }
        "end of year" | "eoy" => return end_of_month(today.year(), 12).ok_or_else(refuse),
        "end of fiscal year" | "eofy" => {
            let fy = FiscalYear::of(today, fiscal_start);
            return fy.end().ok_or_else(refuse);
        }
        "end of fiscal quarter" | "eofq" => {
            let fy = FiscalYear::of(today, fiscal_start);
            return fy.quarter_end(fy.quarter_of(today)).ok_or_else(refuse);
        }
        _ => {}
    }
    if let Some(fiscal) = parse_fiscal(&lower, fiscal_start) {
        return fiscal.map_err(|()| refuse());
    }
    let Some(rest) = lower.strip_prefix('+') else {
        return Err(refuse());
    };
    let (number, unit) = rest.split_at(rest.len().saturating_sub(1));
    let n: u32 = number.trim().parse().map_err(|_| refuse())?;
    let date = match unit {
        "d" => today.checked_add_signed(Duration::days(i64::from(n))),
        "w" => today.checked_add_signed(Duration::weeks(i64::from(n))),
        "m" => today.checked_add_months(Months::new(n)),
        "y" => n
            .checked_mul(12)
            .and_then(|months| today.checked_add_months(Months::new(months))),
        _ => None,
    };
    date.ok_or_else(refuse)
}

/// A due date as typed (a date, relative to `today`, or by the fiscal year), or none when empty.
pub fn parse_due(
    text: &str,
    today: NaiveDate,
    fiscal: u32,
) -> Result<Option<NaiveDate>, DateError> {
    if text.is_empty() {
        return Ok(None);
    }
    parse_date(text, today, fiscal)
        .map(Some)
        .map_err(|_| DateError::NotADue(shown(text)))
}

/// A fiscal year: the one that starts in `start_year`, in month `start_month` (1–12).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FiscalYear {
    pub start_year: i32,
    pub start_month: u32,
}

impl FiscalYear {
    /// The fiscal year `day` is in.
    pub fn of(day: NaiveDate, start_month: u32) -> Self {
        let start_month = start_month.clamp(1, 12);
        let start_year = if day.month() >= start_month {
            day.year()
        } else {
            day.year() - 1
        };
        FiscalYear {
            start_year,
            start_month,
        }
    }

    /// Its first day.
    pub fn start(self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.start_year, self.start_month, 1)
    }

    /// Its last day.
    pub fn end(self) -> Option<NaiveDate> {
        self.quarter_end(4)
    }

    /// The quarter (1–4) of the year `day` is in.
    pub fn quarter_of(self, day: NaiveDate) -> u32 {
        let months =
            (day.year() - self.start_year) * 12 + day.month() as i32 - self.start_month as i32;
        (months.clamp(0, 11) as u32) / 3 + 1
    }

    /// The last day of quarter `q` (1–4).
    pub fn quarter_end(self, q: u32) -> Option<NaiveDate> {
        let first = self.start()?;
        let next = first.checked_add_months(Months::new(3 * q.clamp(1, 4)))?;
        next.pred_opt()
    }

    /// Its name as the two countries write it: `FY2026-27` (the year it starts in, then the
    /// one it ends in; a calendar fiscal year is `FY2026`).
    pub fn name(self) -> String {
        if self.start_month == 1 {
            format!("FY{}", self.start_year)
        } else {
            format!(
                "FY{}-{:02}",
                self.start_year,
                (self.start_year + 1).rem_euclid(100)
            )
        }
    }
}

/// `fy2026`, `fy26`, `fy2026-27`, `fy26-27`, `2026年度`, each optionally followed by ` q1`–` q4`:
/// the last day of that fiscal year (or quarter); `None` when `lower` is none of these, an error
/// for a year or quarter with no such day.
fn parse_fiscal(lower: &str, start_month: u32) -> Option<Result<NaiveDate, ()>> {
    let (year, rest) = if let Some(rest) = lower.strip_prefix("fy") {
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        let rest = &rest[digits.len()..];
        // `-27` after the year names the year it ends in.
        let rest = match rest.strip_prefix('-') {
            Some(end) => end.trim_start_matches(|c: char| c.is_ascii_digit()),
            None => rest,
        };
        let year: i32 = match digits.len() {
            2 => 2000 + digits.parse::<i32>().ok()?,
            4 => digits.parse().ok()?,
            _ => return None,
        };
        (year, rest)
    } else if let Some((digits, rest)) = lower.split_once("年度") {
        (digits.trim().parse().ok()?, rest)
    } else {
        return None;
    };
    let fy = FiscalYear {
        start_year: year,
        start_month: start_month.clamp(1, 12),
    };
    let rest = rest.trim();
    if rest.is_empty() {
        return Some(fy.end().ok_or(()));
    }
    let q: u32 = rest.strip_prefix('q')?.parse().ok()?;
    if !(1..=4).contains(&q) {
        return None;
    }
    Some(fy.quarter_end(q).ok_or(()))
}

/// When a piece of news happened, as a person gives it: a day (`2026-01-10`, `today`,
/// `yesterday`, `-3d`, `-2w`), or a day and a time (`2026-01-10 14:30`, `2026-01-10T14:30+09:00`,
/// `now`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// A day with no time of day: recorded as a date, never with an invented time.
    Day(NaiveDate),
    /// A moment; a time typed without an offset takes the offset of `now`.
    At(DateTime<FixedOffset>),
}

impl When {
    /// The day it happened on.
    pub fn date(self) -> NaiveDate {
        match self {
            When::Day(d) => d,
            When::At(t) => t.date_naive(),
        }
    }
}

/// `text` as the moment news happened, relative to `now` (see [`When`]); the error says what
/// is accepted. Checks of range (the future, before the last change) are the caller's.
pub fn parse_when(text: &str, now: DateTime<FixedOffset>) -> Result<When, DateError> {
    let text = text.trim();
    let lower = text.to_lowercase();
    let refuse = || DateError::NotAWhen(shown(text));
    let today = now.date_naive();
    match lower.as_str() {
        "now" => return Ok(When::At(now)),
        "today" => return Ok(When::Day(today)),
        "yesterday" => return Ok(When::Day(today - Duration::days(1))),
        _ => {}
    }
    if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Ok(When::Day(date));
    }
    if let Ok(t) = DateTime::parse_from_rfc3339(text) {
        return Ok(When::At(t));
    }
    for format in [
        "%Y-%m-%dT%H:%M%:z",
        "%Y-%m-%d %H:%M%:z",
        "%Y-%m-%d %H:%M:%S%:z",
    ] {
        if let Ok(t) = DateTime::parse_from_str(text, format) {
            return Ok(When::At(t));
        }
    }
    for format in [
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M:%S",
    ] {
        if let Ok(t) = NaiveDateTime::parse_from_str(text, format) {
            return now
                .offset()
                .from_local_datetime(&t)
                .single()
                .map(When::At)
                .ok_or_else(refuse);
        }
    }
    let Some(rest) = lower.strip_prefix('-') else {
        return Err(refuse());
    };
    let (number, unit) = rest.split_at(rest.len().saturating_sub(1));
    let n: i64 = number.trim().parse().map_err(|_| refuse())?;
    let back = match unit {
        "d" => Duration::try_days(n),
        "w" => Duration::try_weeks(n),
        _ => None,
    };
    back.and_then(|d| today.checked_sub_signed(d))
        .map(When::Day)
        .ok_or_else(refuse)
}

/// The last day of `month` (1..=12) of `year`.
fn end_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    first.checked_add_months(Months::new(1))?.pred_opt()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn news_is_dated_by_a_day_or_a_moment_never_an_invented_time() {
        let now = DateTime::parse_from_rfc3339("2026-11-25T15:20:00+09:00").unwrap();
        let at = |s: &str| When::At(DateTime::parse_from_rfc3339(s).unwrap());
        let table = [
            ("2026-01-10", When::Day(day(2026, 1, 10))),
            ("yesterday", When::Day(day(2026, 11, 24))),
            ("Today", When::Day(day(2026, 11, 25))),
            ("-3d", When::Day(day(2026, 11, 22))),
            ("-2w", When::Day(day(2026, 11, 11))),
            ("now", When::At(now)),
            ("2026-01-10 14:30", at("2026-01-10T14:30:00+09:00")),
            ("2026-01-10T14:30+05:30", at("2026-01-10T14:30:00+05:30")),
            ("2026-01-10T14:30:05Z", at("2026-01-10T14:30:05+00:00")),
        ];
        for (text, want) in table {
            assert_eq!(parse_when(text, now), Ok(want), "{text}");
        }
        for bad in ["+3d", "2026-02-30", "soon", "-3m", "-99999999999999d"] {
            assert!(parse_when(bad, now).is_err(), "{bad}");
        }
        let long = "9".repeat(100_000);
        assert!(parse_when(&long, now).unwrap_err().to_string().len() < 400);
    }

    #[test]
    fn dates_are_read_as_written_or_from_today() {
        let today = day(2026, 11, 25);
        let table = [
            ("2026-06-30", day(2026, 6, 30)),
            (" today ", today),
            ("tomorrow", day(2026, 11, 26)),
            ("+10d", day(2026, 12, 5)),
            ("+2w", day(2026, 12, 9)),
            ("+3m", day(2027, 2, 25)),
            ("+1y", day(2027, 11, 25)),
            ("End of month", day(2026, 11, 30)),
            ("end of quarter", day(2026, 12, 31)),
            ("end of year", day(2026, 12, 31)),
        ];
        for (text, want) in table {
            assert_eq!(parse_date(text, today, 4), Ok(want), "{text}");
        }
        assert_eq!(
            parse_date("end of quarter", day(2026, 2, 10), 4),
            Ok(day(2026, 3, 31))
        );
        assert_eq!(parse_date("+1m", day(2026, 1, 31), 4), Ok(day(2026, 2, 28)));
        for bad in ["2026-02-30", "", "+", "+x", "+5q", "+99999999999y", "soon"] {
            let err = parse_date(bad, today, 4).unwrap_err().to_string();
            assert!(
                err.contains("YYYY-MM-DD") && err.contains("+2w"),
                "{bad}: {err}"
            );
        }
    }

    #[test]
    fn fiscal_years_from_april_or_another_month() {
        let today = day(2026, 11, 25);
        let table = [
            ("end of fiscal year", day(2027, 3, 31)),
            ("EOFY", day(2027, 3, 31)),
            ("end of fiscal quarter", day(2026, 12, 31)),
            ("FY2026", day(2027, 3, 31)),
            ("fy26", day(2027, 3, 31)),
            ("FY2026-27", day(2027, 3, 31)),
            ("FY26-27", day(2027, 3, 31)),
            ("FY26 Q1", day(2026, 6, 30)),
            ("FY26 Q3", day(2026, 12, 31)),
            ("FY2026 q4", day(2027, 3, 31)),
            ("2026年度", day(2027, 3, 31)),
            ("2026年度 Q2", day(2026, 9, 30)),
        ];
        for (text, want) in table {
            assert_eq!(parse_date(text, today, 4), Ok(want), "{text}");
        }
        // In February the fiscal year (from April) is the one that began the April before.
        assert_eq!(
            parse_date("end of fiscal year", day(2027, 2, 1), 4),
            Ok(day(2027, 3, 31))
        );
        // A calendar fiscal year, and one from July.
        assert_eq!(parse_date("FY2026", today, 1), Ok(day(2026, 12, 31)));
        assert_eq!(parse_date("FY26 Q1", today, 7), Ok(day(2026, 9, 30)));
        for bad in ["FY", "FY2026 Q5", "FY2026 Q0", "FY123", "fy26 soon", "年度"] {
            assert!(parse_date(bad, today, 4).is_err(), "{bad}");
        }
        let fy = FiscalYear::of(today, 4);
        assert_eq!(fy.name(), "FY2026-27");
        assert_eq!(fy.quarter_of(today), 3);
        assert_eq!(FiscalYear::of(today, 1).name(), "FY2026");
    }
}
