//! The one place the wall clock is read; everything else is handed "today" and "now".

use chrono::{DateTime, FixedOffset, NaiveDate, Timelike};

/// The local date, the default "today".
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// Now, with the local offset, to the second: the time a history entry records.
pub fn now() -> DateTime<FixedOffset> {
    let now = chrono::Local::now().fixed_offset();
    now.with_nanosecond(0).unwrap_or(now)
}
