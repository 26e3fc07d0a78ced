//! Dates and numbers each language's own way (money is `model::money`, which uses these):
//! English keeps ISO dates (what the file says, and what every table sorts by), Japanese writes
//! `2026年7月1日`, Hindi `1 जुलाई 2026`. Grouping: `12,345` in English and Japanese, the Indian
//! `12,34,567` in Hindi. The report's JSON uses none of these.

use chrono::{Datelike, NaiveDate};

use super::Lang;

const HINDI_MONTHS: [&str; 12] = [
    "जनवरी",
    "फ़रवरी",
    "मार्च",
    "अप्रैल",
    "मई",
    "जून",
    "जुलाई",
    "अगस्त",
    "सितंबर",
    "अक्टूबर",
    "नवंबर",
    "दिसंबर",
];

/// A date in `lang`.
///
/// ```
/// use chrono::NaiveDate;
/// use pactboard::i18n::{Lang, format::date};
/// let d = NaiveDate::from_ymd_opt(2026, 7, 1).unwrap();
/// assert_eq!(date(Lang::En, d), "2026-07-01");
/// assert_eq!(date(Lang::Ja, d), "2026年7月1日");
/// assert_eq!(date(Lang::Hi, d), "1 जुलाई 2026");
/// ```
pub fn date(lang: Lang, d: NaiveDate) -> String {
    match lang {
        Lang::En => d.to_string(),
        Lang::Ja => format!("{}年{}月{}日", d.year(), d.month(), d.day()),
        Lang::Hi => format!(
            "{} {} {}",
            d.day(),
            HINDI_MONTHS[d.month0() as usize % 12],
            d.year()
        ),
    }
}

/// A month of a year, as a timeline's axis labels it: `Jul 2026`, `2026年7月`, `जुलाई 2026`.
pub fn month_year(lang: Lang, d: NaiveDate) -> String {
    match lang {
        Lang::En => d.format("%b %Y").to_string(),
        Lang::Ja => format!("{}年{}月", d.year(), d.month()),
        Lang::Hi => format!("{} {}", HINDI_MONTHS[d.month0() as usize % 12], d.year()),
    }
}

/// A whole number with `lang`'s grouping.
///
/// ```
/// use pactboard::i18n::{Lang, format::integer};
/// assert_eq!(integer(Lang::En, 1234567), "1,234,567");
/// assert_eq!(integer(Lang::Hi, 1234567), "12,34,567");
/// assert_eq!(integer(Lang::Ja, 5000), "5,000");
/// ```
pub fn integer(lang: Lang, n: u64) -> String {
    let digits = n.to_string();
    let indian = lang == Lang::Hi;
    group(&digits, indian)
}

/// `digits` (ASCII digits only) grouped in threes, or the Indian way (three, then twos).
pub fn group(digits: &str, indian: bool) -> String {
    let len = digits.len();
    let mut out = String::with_capacity(len + len / 2);
    for (i, c) in digits.chars().enumerate() {
        let left = len - i;
        if i > 0 {
            let comma = if indian && left > 3 {
                (left - 3).is_multiple_of(2)
            } else {
                left.is_multiple_of(3)
            };
            if comma {
                out.push(',');
            }
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping() {
        assert_eq!(group("1", false), "1");
        assert_eq!(group("123", true), "123");
        assert_eq!(group("1234", true), "1,234");
        assert_eq!(group("12345", true), "12,345");
        assert_eq!(group("123456", true), "1,23,456");
        assert_eq!(group("1234567890", true), "1,23,45,67,890");
        assert_eq!(group("1234567890", false), "1,234,567,890");
    }

    #[test]
    fn every_month_has_its_hindi_name() {
        for m in 1..=12 {
            let d = NaiveDate::from_ymd_opt(2026, m, 3).unwrap();
            assert!(date(Lang::Hi, d).contains(HINDI_MONTHS[m as usize - 1]));
        }
    }
}
