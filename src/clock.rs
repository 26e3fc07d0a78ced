//! The one place the wall clock is read; everything else is handed "today" and "now".

use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone, Timelike};

/// The local date, the default "today".
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// Now, with the local offset, to the second: the time a history entry records.
pub fn now() -> DateTime<FixedOffset> {
    let now = chrono::Local::now().fixed_offset();
    now.with_nanosecond(0).unwrap_or(now)
}

/// The present time of day on `date`, with that day's local offset: when a change made "on" a
/// date other than today (`set --on`) is recorded.
pub fn on(date: NaiveDate) -> DateTime<FixedOffset> {
    let now = now();
    chrono::Local
        .from_local_datetime(&date.and_time(now.time()))
        .earliest()
        .map_or_else(
            || date.and_time(now.time()).and_utc().fixed_offset(),
            |t| t.fixed_offset(),
        )
}
