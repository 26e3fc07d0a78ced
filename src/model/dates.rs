//! Reading a date as people type it in a form: `2026-06-30`, or relative to today: `+10d`,
//! `+2w`, `+3m`, `+1y`, `today`, `tomorrow`, `end of month`, `end of quarter`, `end of year`.
//! Today is passed in, never read from the clock.

use chrono::{Datelike, Duration, Months, NaiveDate};

/// `text` as a date, with `today` for the relative forms; the error says what is accepted.
pub fn parse_date(text: &str, today: NaiveDate) -> Result<NaiveDate, String> {
    let text = text.trim();
    let lower = text.to_lowercase();
    let accepted = "write YYYY-MM-DD (such as 2026-06-30), +10d, +2w, +3m, +1y, today, tomorrow, end of month, end of quarter or end of year";
    let refuse = || format!("`{text}` is not a date: {accepted}");
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
        _ => {}
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
            assert_eq!(parse_date(text, today), Ok(want), "{text}");
        }
        assert_eq!(
            parse_date("end of quarter", day(2026, 2, 10)),
            Ok(day(2026, 3, 31))
        );
        assert_eq!(parse_date("+1m", day(2026, 1, 31)), Ok(day(2026, 2, 28)));
        for bad in ["2026-02-30", "", "+", "+x", "+5q", "+99999999999y", "soon"] {
            let err = parse_date(bad, today).unwrap_err();
            assert!(
                err.contains("YYYY-MM-DD") && err.contains("+2w"),
                "{bad}: {err}"
            );
        }
    }
}
