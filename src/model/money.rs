//! Amounts for humans: yen in trillions (or 兆円), rupees in lakh and crore, other currencies with
//! their code, counted things plainly; and conversions, only through a `[[rates]]` entry.

use super::Rate;
use crate::i18n::Lang;

/// How much room an amount has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// `¥10 trillion`, `₹5.9 lakh crore`, `USD 2.5 billion`, `30 startups`.
    Long,
    /// For narrow panes: `¥10T`, `₹5.9L cr`, `USD 2.5B`.
    Short,
    /// Japanese units for yen: `10兆円`, `5000億円`; other units as [`Style::Long`].
    Japanese,
}

/// A progress fraction as `42%`, or "no milestones" when there is nothing to measure.
///
/// ```
/// use pactboard::model::money::percent;
/// assert_eq!(percent(Some(1.0 / 3.0)), "33%");
/// assert_eq!(percent(None), "no milestones");
/// ```
pub fn percent(progress: Option<f64>) -> String {
    match progress {
        Some(p) => format!("{:.0}%", p * 100.0),
        None => "no milestones".to_string(),
    }
}

/// Whether a unit is an ISO 4217 currency code (three capital letters) rather than a counted thing.
pub fn is_currency(unit: &str) -> bool {
    unit.len() == 3 && unit.bytes().all(|b| b.is_ascii_uppercase())
}

/// Formats `amount` of `unit` in `style`.
///
/// ```
/// use pactboard::model::money::{format, Style};
/// assert_eq!(format(1e13, "JPY", Style::Long), "¥10 trillion");
/// assert_eq!(format(1e13, "JPY", Style::Japanese), "10兆円");
/// assert_eq!(format(5.9e12, "INR", Style::Long), "₹5.9 lakh crore");
/// assert_eq!(format(30.0, "startups", Style::Short), "30 startups");
/// ```
pub fn format(amount: f64, unit: &str, style: Style) -> String {
    if !amount.is_finite() {
        return format!("{amount} {unit}");
    }
    let sign = if amount < 0.0 { "-" } else { "" };
    let a = amount.abs();
    let body = match (unit, style) {
        ("JPY", Style::Japanese) => japanese_yen(a),
        ("JPY", _) => scaled("¥", a, style, WESTERN),
        ("INR", _) => scaled("₹", a, style, INDIAN),
        (code, _) if is_currency(code) => scaled(&format!("{code} "), a, style, WESTERN),
        (word, _) => format!("{} {word}", plain(a)),
    };
    format!("{sign}{body}")
}

/// Formats `amount` of `unit` the way `lang` writes money: English as [`format`]; Japanese in
/// 万, 億, 兆 (`10兆円`, `5,000億円`, `2.5兆ルピー`); Hindi in lakh and crore with their Hindi
/// names, whatever the currency (`₹5.9 लाख करोड़`, `¥10 लाख करोड़`).
///
/// ```
/// use pactboard::i18n::Lang;
/// use pactboard::model::money::{format_in, Style};
/// assert_eq!(format_in(Lang::Ja, 1e13, "JPY", Style::Long), "10兆円");
/// assert_eq!(format_in(Lang::Ja, 5e11, "JPY", Style::Long), "5,000億円");
/// assert_eq!(format_in(Lang::Hi, 5.9e12, "INR", Style::Long), "₹5.9 लाख करोड़");
/// assert_eq!(format_in(Lang::Hi, 2.5e9, "INR", Style::Short), "₹250 करोड़");
/// assert_eq!(format_in(Lang::En, 1e13, "JPY", Style::Long), "¥10 trillion");
/// ```
pub fn format_in(lang: Lang, amount: f64, unit: &str, style: Style) -> String {
    if lang == Lang::En || !amount.is_finite() {
        return format(amount, unit, style);
    }
    let sign = if amount < 0.0 { "-" } else { "" };
    let a = amount.abs();
    let body = match (lang, unit) {
        (Lang::Ja, "JPY") => japanese(a, "", "円"),
        (Lang::Ja, "INR") => japanese(a, "", "ルピー"),
        (Lang::Ja, code) if is_currency(code) => japanese(a, &format!("{code} "), ""),
        (Lang::Hi, code) if is_currency(code) => {
            let prefix = symbol(code).map_or_else(|| format!("{code} "), str::to_string);
            scaled(&prefix, a, style, HINDI)
        }
        (_, word) => format!("{} {word}", plain(a)),
    };
    format!("{sign}{body}")
}

/// An amount converted through a rate, with what it takes to say where it came from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Converted<'a> {
    pub amount: f64,
    pub unit: &'a str,
    pub rate: &'a Rate,
}

/// Converts `amount` of `from` into `to` with the newest rate between them (either direction).
pub fn convert<'a>(
    amount: f64,
    from: &str,
    to: &'a str,
    rates: &'a [Rate],
) -> Option<Converted<'a>> {
    rates
        .iter()
        .filter_map(|r| {
            if r.from == from && r.to == to {
                Some((amount * r.rate, r))
            } else if r.from == to && r.to == from {
                Some((amount / r.rate, r))
            } else {
                None
            }
        })
        .max_by_key(|(_, r)| r.as_of)
        .map(|(amount, rate)| Converted {
            amount,
            unit: to,
            rate,
        })
}

/// The first currency other than `from` that a rate converts `from` into, if any.
pub fn conversion_for<'a>(amount: f64, from: &str, rates: &'a [Rate]) -> Option<Converted<'a>> {
    let other = rates.iter().find_map(|r| {
        if r.from == from {
            Some(r.to.as_str())
        } else if r.to == from {
            Some(r.from.as_str())
        } else {
            None
        }
    })?;
    convert(amount, from, other, rates)
}

impl Converted<'_> {
    /// `≈ ₹5.7 lakh crore at ¥1 = ₹0.57, as of 2025-08-29`.
    pub fn describe(&self, style: Style) -> String {
        let r = self.rate;
        format!(
            "≈ {} at {} = {}, as of {}",
            format(self.amount, self.unit, style),
            unit_one(&r.from),
            rate_value(r.rate, &r.to),
            r.as_of
        )
    }
}

fn unit_one(code: &str) -> String {
    match symbol(code) {
        Some(s) => format!("{s}1"),
        None => format!("1 {code}"),
    }
}

fn rate_value(rate: f64, code: &str) -> String {
    let digits = if rate >= 100.0 { 2 } else { 4 };
    let value = trim_zeros(format!("{rate:.digits$}"));
    match symbol(code) {
        Some(s) => format!("{s}{value}"),
        None => format!("{value} {code}"),
    }
}

fn symbol(code: &str) -> Option<&'static str> {
    match code {
        "JPY" => Some("¥"),
        "INR" => Some("₹"),
        _ => None,
    }
}

/// A named power of ten: (value, long name, short name).
type Scale = (f64, &'static str, &'static str);

const WESTERN: &[Scale] = &[
    (1e15, "quadrillion", "Q"),
    (1e12, "trillion", "T"),
    (1e9, "billion", "B"),
    (1e6, "million", "M"),
];

/// The Indian units with their Hindi names. The short forms are the same words: Hindi has no
/// abbreviations of them that a reader would know (`L cr` is Indian English), so a narrow pane
/// gives the words their room rather than guess one.
const HINDI: &[Scale] = &[
    (1e12, "लाख करोड़", " लाख करोड़"),
    (1e7, "करोड़", " करोड़"),
    (1e5, "लाख", " लाख"),
];

const INDIAN: &[Scale] = &[
    (1e12, "lakh crore", "L cr"),
    (1e7, "crore", " cr"),
    (1e5, "lakh", "L"),
];

/// Past a thousand of the largest named unit, amounts are written as `1.23e18`.
fn beyond_names(rounded: f64, largest: f64) -> bool {
    rounded >= largest * 1000.0
}

fn scaled(prefix: &str, a: f64, style: Style, scales: &[Scale]) -> String {
    let r = round_significant(a);
    if beyond_names(r, scales[0].0) {
        return format!("{prefix}{}", scientific(a));
    }
    // Below the smallest named unit an amount is written out whole, not rounded.
    let smallest = scales.last().map_or(f64::INFINITY, |s| s.0);
    for &(value, long, short) in scales.iter().filter(|_| a >= smallest) {
        if r >= value {
            let n = significant(r / value);
            return match style {
                Style::Short => format!("{prefix}{n}{short}"),
                _ => format!("{prefix}{n} {long}"),
            };
        }
    }
    let grouped = if scales == INDIAN || scales == HINDI {
        indian_grouping(a.round() as u64)
    } else {
        plain(a)
    };
    format!("{prefix}{grouped}")
}

fn japanese_yen(a: f64) -> String {
    let r = round_significant(a);
    if beyond_names(r, 1e16) {
        return format!("{}円", scientific(a));
    }
    for (value, name) in [(1e16, "京"), (1e12, "兆"), (1e8, "億"), (1e4, "万")] {
        if a >= 1e4 && r >= value {
            return format!("{}{name}円", significant(r / value));
        }
    }
    format!("{}円", plain(a))
}

/// An amount in Japanese units with the thousands grouped (`5,000億`), between `prefix` and
/// `suffix`.
fn japanese(a: f64, prefix: &str, suffix: &str) -> String {
    let r = round_significant(a);
    if beyond_names(r, 1e16) {
        return format!("{prefix}{}{suffix}", scientific(a));
    }
    for (value, name) in [(1e16, "京"), (1e12, "兆"), (1e8, "億"), (1e4, "万")] {
        if a >= 1e4 && r >= value {
            let n = significant(r / value);
            let (whole, decimals) = n.split_once('.').unwrap_or((&n, ""));
            let dot = if decimals.is_empty() { "" } else { "." };
            return format!(
                "{prefix}{}{dot}{decimals}{name}{suffix}",
                crate::i18n::format::group(whole, false)
            );
        }
    }
    format!("{prefix}{}{suffix}", plain(a))
}

/// `a` rounded to three significant figures, so that 999.7 billion is named a trillion.
fn round_significant(a: f64) -> f64 {
    if a <= 0.0 || !a.is_finite() {
        return a;
    }
    let step = 10f64.powi(a.log10().floor() as i32 - 2);
    (a / step).round() * step
}

/// Three significant figures in scientific notation: `1.23e18`, `1e21`.
fn scientific(a: f64) -> String {
    let text = format!("{a:.2e}");
    match text.split_once('e') {
        Some((mantissa, exponent)) => format!("{}e{exponent}", trim_zeros(mantissa.to_string())),
        None => text,
    }
}

/// Three significant figures at most, trailing zeros dropped: 10, 5.9, 1.23, 250.
fn significant(n: f64) -> String {
    let digits = if n >= 100.0 {
        0
    } else if n >= 10.0 {
        1
    } else {
        2
    };
    trim_zeros(format!("{n:.digits$}"))
}

fn trim_zeros(s: String) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// A number with thousands separators, and one decimal when it has any; past 10^15 (where
/// whole numbers stop being exact) in scientific notation.
fn plain(a: f64) -> String {
    if a >= 1e15 {
        return scientific(a);
    }
    let whole = a.trunc() as u64;
    let mut out = group(whole);
    let frac = trim_zeros(format!("{:.1}", a.fract()));
    if let Some(decimals) = frac.strip_prefix("0.") {
        out.push('.');
        out.push_str(decimals);
    } else if frac == "1" {
        out = group(whole + 1);
    }
    out
}

fn indian_grouping(n: u64) -> String {
    crate::i18n::format::group(&n.to_string(), true)
}

/// Groups digits in threes.
fn group(n: u64) -> String {
    crate::i18n::format::group(&n.to_string(), false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn yen_in_trillions_short_and_japanese() {
        assert_eq!(format(1e13, "JPY", Style::Long), "¥10 trillion");
        assert_eq!(format(1e13, "JPY", Style::Short), "¥10T");
        assert_eq!(format(1e13, "JPY", Style::Japanese), "10兆円");
        assert_eq!(format(5e11, "JPY", Style::Japanese), "5000億円");
        assert_eq!(format(1.234e12, "JPY", Style::Long), "¥1.23 trillion");
        assert_eq!(format(2.5e9, "JPY", Style::Long), "¥2.5 billion");
        assert_eq!(format(0.0, "JPY", Style::Long), "¥0");
        assert_eq!(format(12_345.0, "JPY", Style::Long), "¥12,345");
    }

    #[test]
    fn rupees_in_indian_units() {
        assert_eq!(format(5.9e12, "INR", Style::Long), "₹5.9 lakh crore");
        assert_eq!(format(5.9e12, "INR", Style::Short), "₹5.9L cr");
        assert_eq!(format(2.5e9, "INR", Style::Long), "₹250 crore");
        assert_eq!(format(2.5e9, "INR", Style::Short), "₹250 cr");
        assert_eq!(format(350_000.0, "INR", Style::Long), "₹3.5 lakh");
        assert_eq!(format(12_345.0, "INR", Style::Long), "₹12,345");
        assert_eq!(format(99_999.0, "INR", Style::Long), "₹99,999");
        assert_eq!(indian_grouping(1_234_567), "12,34,567");
    }

    #[test]
    fn other_currencies_with_their_code_and_counted_things_plainly() {
        assert_eq!(format(2.5e9, "USD", Style::Long), "USD 2.5 billion");
        assert_eq!(format(2.5e9, "USD", Style::Short), "USD 2.5B");
        assert_eq!(format(30.0, "startups", Style::Long), "30 startups");
        assert_eq!(format(1_500.0, "startups", Style::Short), "1,500 startups");
        assert_eq!(format(2.5, "MW", Style::Long), "2.5 MW");
        assert_eq!(format(6.29, "startups", Style::Long), "6.3 startups");
        assert_eq!(format(0.999, "km", Style::Long), "1 km");
    }

    /// Extreme amounts keep three significant figures, never a saturated or endless number.
    #[test]
    fn extreme_amounts_keep_three_significant_figures() {
        let table: &[(f64, &str, Style, &str)] = &[
            (1.234e16, "JPY", Style::Long, "¥12.3 quadrillion"),
            (1.234e16, "JPY", Style::Short, "¥12.3Q"),
            (1.234e16, "JPY", Style::Japanese, "1.23京円"),
            (
                9_007_199_254_740_992.0,
                "USD",
                Style::Long,
                "USD 9.01 quadrillion",
            ),
            (999.7e9, "USD", Style::Long, "USD 1 trillion"),
            (1.5e18, "USD", Style::Long, "USD 1.5e18"),
            (4.2e20, "JPY", Style::Japanese, "4.2e20円"),
            (1.234e16, "INR", Style::Long, "₹1.23e16"),
            (9.87e14, "INR", Style::Long, "₹987 lakh crore"),
            (1e21, "startups", Style::Long, "1e21 startups"),
            (f64::MAX, "startups", Style::Long, "1.8e308 startups"),
            (f64::MAX, "JPY", Style::Long, "¥1.8e308"),
            (
                123_456_789_012_345.0,
                "startups",
                Style::Long,
                "123,456,789,012,345 startups",
            ),
        ];
        for &(amount, unit, style, want) in table {
            assert_eq!(format(amount, unit, style), want, "{amount} {unit}");
        }
    }

    fn rate(from: &str, to: &str, rate: f64, day: u32) -> Rate {
        Rate {
            from: from.into(),
            to: to.into(),
            rate,
            as_of: NaiveDate::from_ymd_opt(2025, 8, day).unwrap(),
            source: None,
        }
    }

    #[test]
    fn conversion_uses_the_newest_rate_in_either_direction_and_names_its_date() {
        let rates = [
            rate("JPY", "INR", 0.5, 1),
            rate("INR", "JPY", 1.0 / 0.57, 29),
        ];
        let c = convert(1e13, "JPY", "INR", &rates).unwrap();
        assert!((c.amount - 5.7e12).abs() < 1.0);
        assert_eq!(
            c.describe(Style::Long),
            "≈ ₹5.7 lakh crore at ₹1 = ¥1.7544, as of 2025-08-29"
        );
        assert!(convert(1.0, "JPY", "USD", &rates).is_none());
        assert_eq!(conversion_for(1.0, "USD", &rates), None);
        assert_eq!(conversion_for(1e13, "JPY", &rates).unwrap().unit, "INR");
    }
}
