//! Reading an amount as officials write it: `500000000000`, `500_000_000_000`, `¥500B`,
//! `500 billion yen`, `0.5 trillion`, `5000億円`, `1兆5000億円`, `₹2 lakh crore`,
//! `20 thousand crore`, `30 startups`. The number is read digit by digit and scaled by a power of
//! ten, so `0.5兆円` is exactly 500,000,000,000, never 499,999,999,999.99994.
//!
//! An amount is refused, with the reason, when it is empty, not above zero, above 2^53 (the
//! largest value pactboard computes with exactly, as in the file), written in another currency
//! than the target's, or with the scale words of another currency (`lakh` and `crore` are rupee
//! words, `万`, `億`, `兆` and `京` yen words).
//!
//! Longer than 450 lines on purpose: every way of writing an amount (digits, scale words in three
//! languages, currency signs and names) is read by one scanner, so each refusal is worded once.

use super::money::is_currency;

/// The largest amount pactboard computes with exactly: 2^53.
const MAX_EXACT: u128 = 1 << 53;

/// Why a written amount cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AmountError {
    #[error("write an amount, such as `500 billion` or `5000億円`")]
    Empty,
    #[error("an amount is above zero")]
    NotPositive,
    #[error(
        "`{0}` is not a number pactboard reads; write digits (`500_000_000_000`), maybe with a scale (`500 billion`, `5000億`, `2 lakh crore`)"
    )]
    NotANumber(String),
    #[error(
        "`{0}` is not a scale pactboard knows; the scales are thousand, million, billion, trillion (k, M, B, T), lakh, crore, 万, 億, 兆"
    )]
    UnknownScale(String),
    #[error("this is an amount in {found}, and the target counts {unit}")]
    OtherUnit { found: String, unit: String },
    #[error("`{word}` is how {currency} amounts are written, and the target counts {unit}")]
    OtherScale {
        word: String,
        currency: &'static str,
        unit: String,
    },
    #[error(
        "above 9,007,199,254,740,992 (2^53), the largest amount pactboard computes with exactly"
    )]
    TooLarge,
    #[error(
        "`{written}` could be read two ways ({one} or {other}): the comma and the point are decimal marks in some countries and thousands marks in others; write {one_plain} or {other_plain}, or `_` between thousands (`1_500`)"
    )]
    Ambiguous {
        written: String,
        one: String,
        other: String,
        one_plain: String,
        other_plain: String,
    },
    #[error(
        "`{written}` puts its marks where no convention does; write digits with `_` between thousands (`1_500_000`) and a point before decimals (`1.5`)"
    )]
    BadGrouping { written: String },
    #[error("{written} is finer than {smallest}, the smallest amount of {unit}")]
    BelowSmallest {
        written: String,
        smallest: &'static str,
        unit: String,
    },
}

/// The currencies whose symbols and words are recognised, with how each is written.
const CURRENCIES: &[(&str, &[&str])] = &[
    ("JPY", &["¥", "円", "yen", "jpy", "￥"]),
    ("INR", &["₹", "rs.", "rs", "inr", "rupees", "rupee"]),
    ("USD", &["$", "usd", "dollars", "dollar"]),
    ("EUR", &["€", "eur", "euros", "euro"]),
];

/// A scale word: its power of ten and the currency whose words it is, if only one's.
struct ScaleWord {
    words: &'static [&'static str],
    power: u32,
    only: Option<&'static str>,
}

/// Longer words first, so `lakh crore` is read before `lakh`.
const SCALES: &[ScaleWord] = &[
    ScaleWord {
        words: &["lakh crore", "lakh cr", "l cr"],
        power: 12,
        only: Some("INR"),
    },
    ScaleWord {
        words: &["thousand crore", "thousand cr", "k cr", "k crore"],
        power: 10,
        only: Some("INR"),
    },
    ScaleWord {
        words: &["crore", "crores", "cr"],
        power: 7,
        only: Some("INR"),
    },
    ScaleWord {
        words: &["lakh", "lakhs", "lac", "l"],
        power: 5,
        only: Some("INR"),
    },
    ScaleWord {
        words: &["quadrillion", "q"],
        power: 15,
        only: None,
    },
    ScaleWord {
        words: &["trillion", "tn", "t"],
        power: 12,
        only: None,
    },
    ScaleWord {
        words: &["billion", "bn", "b"],
        power: 9,
        only: None,
    },
    ScaleWord {
        words: &["million", "mn", "m"],
        power: 6,
        only: None,
    },
    ScaleWord {
        words: &["thousand", "k"],
        power: 3,
        only: None,
    },
];

/// The yen's own scale characters.
const JAPANESE: &[(char, u32)] = &[('京', 16), ('兆', 12), ('億', 8), ('万', 4)];

/// Reads `text` as an amount of `unit` (the target's: `JPY`, `INR`, or a counted word).
pub fn parse_amount(text: &str, unit: &str) -> Result<f64, AmountError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(AmountError::Empty);
    }
    if text.starts_with('-') || text.starts_with('−') {
        return Err(AmountError::NotPositive);
    }
    let body = strip_unit(text, unit)?;
    if body.is_empty() {
        return Err(AmountError::NotANumber(text.to_string()));
    }
    let (mantissa, fraction_digits) = if body.chars().any(|c| JAPANESE.iter().any(|(j, _)| *j == c))
    {
        if unit != "JPY" {
            let word: String = body
                .chars()
                .filter(|c| JAPANESE.iter().any(|(j, _)| j == c))
                .take(1)
                .collect();
            return Err(AmountError::OtherScale {
                word,
                currency: "yen",
                unit: unit.to_string(),
            });
        }
        japanese(body)?
    } else {
        western(body, unit)?
    };
    finest(text, mantissa, fraction_digits, unit)?;
    value_of(mantissa, fraction_digits)
}

/// How many decimals an amount of `unit` may have, and how its smallest amount is said.
fn smallest(unit: &str) -> (i32, &'static str) {
    match unit {
        "JPY" => (0, "1 yen"),
        "INR" => (2, "1 paisa (0.01)"),
        "USD" | "EUR" => (2, "1 cent (0.01)"),
        _ if is_currency(unit) => (2, "0.01"),
        // A counted thing may be measured in parts (tonnes): no smallest amount.
        _ => (i32::MAX, ""),
    }
}

/// Refuses an amount finer than its unit's smallest amount (`0.000000001` yen, `2.5` startups).
fn finest(text: &str, mantissa: u128, fraction_digits: i32, unit: &str) -> Result<(), AmountError> {
    let (decimals, said) = smallest(unit);
    if fraction_digits <= decimals || mantissa == 0 {
        return Ok(());
    }
    let below = u32::try_from(fraction_digits - decimals).unwrap_or(u32::MAX);
    let exact = 10u128
        .checked_pow(below)
        .is_some_and(|p| mantissa.is_multiple_of(p));
    if exact {
        return Ok(());
    }
    Err(AmountError::BelowSmallest {
        written: format!("`{}`", short(text)),
        smallest: said,
        unit: unit.to_string(),
    })
}

/// At most 40 characters of what was written, for a message.
fn short(text: &str) -> String {
    let head: String = text.chars().take(40).collect();
    if text.chars().nth(40).is_some() {
        format!("{head}…")
    } else {
        head
    }
}

/// Refuses digits whose `,` and `.` could mean a decimal mark in one convention and a
/// thousands mark in another (`1,5`, `5.000`, `,5`, `1.500,25`). Accepted: `1,500`, `15,00,000`
/// (lakh grouping), `1,500.25`, `1.5`, `0.500`, `1_500`, `1 500`.
fn unambiguous(number: &str) -> Result<(), AmountError> {
    let written = short(number);
    let commas = number.matches(',').count();
    let points = number.matches('.').count();
    let plain = |s: &str| s.replace([',', ' ', '_'], "");
    if commas == 0 && points == 0 {
        return Ok(());
    }
    if number.starts_with([',', '.']) && commas > 0 {
        return Err(AmountError::BadGrouping { written });
    }
    if commas > 0 && points > 0 {
        // English: thousands marks, then one decimal point after them.
        let (whole, _) = number.split_once('.').unwrap_or((number, ""));
        if points > 1 || number.rfind(',') > number.find('.') || !grouped(whole) {
            return Err(AmountError::BadGrouping { written });
        }
        return Ok(());
    }
    if commas > 0 {
        if grouped(number) {
            return Ok(());
        }
        // One comma and not three digits after it: a decimal comma, or a typo.
        if commas == 1 {
            let (whole, fraction) = number.split_once(',').unwrap_or((number, ""));
            if !whole.is_empty() && !fraction.is_empty() {
                return Err(AmountError::Ambiguous {
                    written,
                    one: format!("{whole}.{fraction}"),
                    other: plain(number),
                    one_plain: format!("`{whole}.{fraction}`"),
                    other_plain: format!("`{}`", plain(number)),
                });
            }
        }
        return Err(AmountError::BadGrouping { written });
    }
    // Points only: one point with exactly three digits after a whole part that is not zero
    // reads as a thousands mark in much of Europe (`5.000` = 5000).
    if points == 1 {
        let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
        let whole_digits = plain(whole);
        if fraction.len() == 3
            && fraction.chars().all(|c| c.is_ascii_digit())
            && !whole_digits.is_empty()
            && !whole_digits.trim_start_matches('0').is_empty()
        {
            let thousands = format!("{whole_digits}{fraction}");
            return Err(AmountError::Ambiguous {
                written,
                one: format!("{whole}.{fraction}"),
                other: thousands.clone(),
                one_plain: match fraction.trim_end_matches('0') {
                    "" => format!("`{whole}`"),
                    kept => format!("`{whole}.{kept}`"),
                },
                other_plain: format!("`{thousands}`"),
            });
        }
        return Ok(());
    }
    // Several points and no comma (`1.2.3`): not a number, said so by the reading.
    Ok(())
}

/// Whether the commas of `whole` (no point in it) group thousands: three digits after the
/// last, and groups of three (international) or two (Indian lakh) before it, 1 to 3 first.
fn grouped(whole: &str) -> bool {
    let groups: Vec<&str> = whole.split(',').collect();
    let Some((last, before)) = groups.split_last() else {
        return false;
    };
    let digits = |g: &str| !g.is_empty() && g.chars().all(|c| c.is_ascii_digit());
    if before.is_empty() {
        return true;
    }
    if last.len() != 3 || !digits(last) || !before.iter().all(|g| digits(g)) {
        return false;
    }
    let (first, middle) = before.split_first().unwrap_or((&"", &[]));
    if first.len() > 3 {
        return false;
    }
    middle.iter().all(|g| g.len() == 3) || middle.iter().all(|g| g.len() == 2)
}

/// `text` without the currency or counted word written before or after it; an amount written in
/// another currency is refused.
fn strip_unit<'t>(text: &'t str, unit: &str) -> Result<&'t str, AmountError> {
    let lower = text.to_lowercase();
    for (code, marks) in CURRENCIES {
        for mark in *marks {
            // A word (`yen`, `rs`) stands apart from letters around it, so `5 dollars` is not
            // read as rupees; a symbol (`¥`, `円`) needs nothing around it.
            let word = mark.chars().any(|c| c.is_ascii_alphabetic());
            let apart = |c: Option<char>| !word || c.is_none_or(|c| !c.is_ascii_alphabetic());
            let found = if lower.starts_with(mark) && apart(lower[mark.len()..].chars().next()) {
                text.get(mark.len()..).map(str::trim)
            } else if lower.ends_with(mark)
                && apart(lower[..lower.len() - mark.len()].chars().next_back())
            {
                text.get(..text.len() - mark.len()).map(str::trim)
            } else {
                None
            };
            let Some(rest) = found else { continue };
            if *code != unit {
                return Err(AmountError::OtherUnit {
                    found: (*code).to_string(),
                    unit: unit.to_string(),
                });
            }
            return strip_unit(rest, unit).or(Ok(rest));
        }
    }
    // A counted thing's own word ("30 startups").
    if !is_currency(unit)
        && let Some(rest) = lower.strip_suffix(&unit.to_lowercase())
    {
        return Ok(text[..rest.len()].trim());
    }
    Ok(text)
}

/// Digits (with `_`, `,` or spaces between groups) and a decimal point, then maybe a scale word.
fn western(body: &str, unit: &str) -> Result<(u128, i32), AmountError> {
    let number_end = body
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_digit() || matches!(c, '_' | ',' | '.' | 'e' | 'E' | '+')))
        .map_or(body.len(), |(i, _)| i);
    // `1e12`: scientific notation reads as the digits times a power of ten.
    let (number, rest) = body.split_at(number_end);
    let rest = rest.trim().to_lowercase();
    let (digits, exponent) = match number.to_lowercase().split_once('e') {
        Some((d, e)) => {
            let e: i32 = e
                .trim_start_matches('+')
                .parse()
                .map_err(|_| AmountError::NotANumber(body.to_string()))?;
            (d.to_string(), e)
        }
        None => (number.to_string(), 0),
    };
    unambiguous(&digits)?;
    let (mantissa, fraction) =
        digits_of(&digits).ok_or_else(|| AmountError::NotANumber(body.to_string()))?;
    let power = if rest.is_empty() {
        0
    } else {
        let scale = SCALES
            .iter()
            .find(|s| s.words.contains(&rest.as_str()))
            .ok_or_else(|| AmountError::UnknownScale(rest.clone()))?;
        if let Some(only) = scale.only
            && only != unit
        {
            return Err(AmountError::OtherScale {
                word: rest.clone(),
                currency: "rupee",
                unit: unit.to_string(),
            });
        }
        i32::try_from(scale.power).unwrap_or(0)
    };
    Ok((mantissa, fraction - power - exponent))
}

/// `1兆5000億`: each number times its scale character, summed; digits may stand alone at the end.
fn japanese(body: &str) -> Result<(u128, i32), AmountError> {
    let mut total: u128 = 0;
    let mut fraction_digits = 0;
    let mut number = String::new();
    let add = |number: &str, power: u32, total: &mut u128, fraction_digits: &mut i32| {
        unambiguous(number)?;
        let (mantissa, fraction) =
            digits_of(number).ok_or_else(|| AmountError::NotANumber(body.to_string()))?;
        // Each part as an integer of units: `0.5兆` is 5 × 10^11.
        let shift = i32::try_from(power).unwrap_or(0) - fraction;
        if shift < 0 {
            // Smaller than one yen: kept as a fraction of the whole.
            *fraction_digits = (*fraction_digits).max(-shift);
        }
        let part = mantissa
            .checked_mul(
                10u128
                    .checked_pow(shift.max(0).unsigned_abs())
                    .ok_or(AmountError::TooLarge)?,
            )
            .ok_or(AmountError::TooLarge)?;
        *total = total.checked_add(part).ok_or(AmountError::TooLarge)?;
        Ok::<(), AmountError>(())
    };
    for c in body.chars() {
        if let Some((_, power)) = JAPANESE.iter().find(|(j, _)| *j == c) {
            add(&number, *power, &mut total, &mut fraction_digits)?;
            number.clear();
        } else if !c.is_whitespace() {
            number.push(c);
        }
    }
    if !number.is_empty() {
        add(&number, 0, &mut total, &mut fraction_digits)?;
    }
    if fraction_digits > 0 {
        // Sub-yen parts of a written yen amount are not meant: refuse rather than guess.
        return Err(AmountError::NotANumber(body.to_string()));
    }
    Ok((total, 0))
}

/// The digits of a decimal number as an integer and how many of them follow the point; `None`
/// when it is not one (`1.2.3`, `12a`, nothing).
fn digits_of(text: &str) -> Option<(u128, i32)> {
    let text: String = text
        .chars()
        .filter(|c| !matches!(c, '_' | ',' | ' '))
        .collect();
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    if whole.is_empty() && fraction.is_empty() {
        return None;
    }
    if !whole
        .chars()
        .chain(fraction.chars())
        .all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let digits = format!("{whole}{fraction}");
    let digits = digits.trim_start_matches('0');
    if digits.len() > 36 {
        // More digits than a u128 holds: far above 2^53 unless they are all after the point.
        return Some((u128::MAX, i32::try_from(fraction.len()).ok()?));
    }
    let mantissa = if digits.is_empty() {
        0
    } else {
        digits.parse().ok()?
    };
    Some((mantissa, i32::try_from(fraction.len()).ok()?))
}

/// `mantissa` × 10^-`fraction_digits`, checked to be above zero and at most 2^53.
fn value_of(mantissa: u128, fraction_digits: i32) -> Result<f64, AmountError> {
    if mantissa == 0 {
        return Err(AmountError::NotPositive);
    }
    if fraction_digits <= 0 {
        let scale = 10u128
            .checked_pow(fraction_digits.unsigned_abs())
            .ok_or(AmountError::TooLarge)?;
        let value = mantissa.checked_mul(scale).ok_or(AmountError::TooLarge)?;
        if value > MAX_EXACT {
            return Err(AmountError::TooLarge);
        }
        return Ok(value as f64);
    }
    let value = mantissa as f64 / 10f64.powi(fraction_digits);
    if !value.is_finite() || value > MAX_EXACT as f64 {
        return Err(AmountError::TooLarge);
    }
    if value <= 0.0 {
        return Err(AmountError::NotPositive);
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_forms_officials_write_read_as_their_value() {
        let table: &[(&str, &str, f64)] = &[
            ("500000000000", "JPY", 5e11),
            ("500_000_000_000", "JPY", 5e11),
            ("500,000,000,000", "JPY", 5e11),
            ("¥500B", "JPY", 5e11),
            ("¥ 500 billion", "JPY", 5e11),
            ("500 billion yen", "JPY", 5e11),
            ("0.5 trillion", "JPY", 5e11),
            ("5000億円", "JPY", 5e11),
            ("0.5兆円", "JPY", 5e11),
            ("1兆5000億円", "JPY", 1.5e12),
            ("10兆", "JPY", 1e13),
            ("₹2 lakh crore", "INR", 2e12),
            ("20 thousand crore", "INR", 2e11),
            ("Rs 5 crore", "INR", 5e7),
            ("₹3.5L cr", "INR", 3.5e12),
            ("1.24 trillion", "JPY", 1.24e12),
            ("1e12", "JPY", 1e12),
            ("30 startups", "startups", 30.0),
            ("2.5", "startups", 2.5),
            ("$1.5M", "USD", 1.5e6),
            ("5 dollars", "USD", 5.0),
            ("500 crores", "INR", 5e9),
            ("5yen", "JPY", 5.0),
        ];
        for &(text, unit, want) in table {
            assert_eq!(parse_amount(text, unit), Ok(want), "{text} {unit}");
        }
    }

    /// A comma or point that means a decimal in one convention and thousands in another, a
    /// fraction finer than the currency's smallest amount, or digits an f64 would round are
    /// refused with the reason; the unambiguous forms pass.
    #[test]
    fn ambiguous_marks_and_fractions_too_fine_are_refused() {
        for text in ["1,5", "1,5 lakh crore", "5.000", "1.500 billion", "2,50"] {
            let unit = if text.contains("lakh") { "INR" } else { "JPY" };
            assert!(
                matches!(parse_amount(text, unit), Err(AmountError::Ambiguous { .. })),
                "{text}: {:?}",
                parse_amount(text, unit)
            );
        }
        for text in [",5", "1.500,25", "1,50,5", "5,,000", "1,000.5.5"] {
            assert!(parse_amount(text, "INR").is_err(), "{text}");
        }
        for (text, unit) in [
            ("0.000000001", "JPY"),
            ("9007199254740992.5", "JPY"),
            ("0.001", "INR"),
            ("2.3456", "USD"),
        ] {
            assert!(
                matches!(
                    parse_amount(text, unit),
                    Err(AmountError::BelowSmallest { .. })
                ),
                "{text} {unit}: {:?}",
                parse_amount(text, unit)
            );
        }
        for (text, unit, want) in [
            ("1,500", "JPY", 1500.0),
            ("15,00,000", "INR", 1_500_000.0),
            ("1,500.25", "INR", 1500.25),
            ("0.500 trillion", "JPY", 5e11),
            ("₹2.5", "INR", 2.5),
            ("0.5", "tonnes", 0.5),
        ] {
            assert_eq!(parse_amount(text, unit), Ok(want), "{text} {unit}");
        }
        let message = parse_amount("1,5", "JPY").unwrap_err().to_string();
        assert!(message.contains("1.5 or 15"), "{message}");
        let message = parse_amount("5.000", "JPY").unwrap_err().to_string();
        assert!(message.contains("write `5` or `5000`"), "{message}");
    }

    #[test]
    fn what_cannot_be_meant_is_refused_with_the_reason() {
        let refused = |text: &str, unit: &str| parse_amount(text, unit).unwrap_err();
        assert!(matches!(
            refused("¥5 lakh crore", "JPY"),
            AmountError::OtherScale {
                currency: "rupee",
                ..
            }
        ));
        assert!(matches!(
            refused("5000億円", "INR"),
            AmountError::OtherUnit { .. }
        ));
        assert_eq!(
            refused("5000億", "INR"),
            AmountError::OtherScale {
                word: "億".into(),
                currency: "yen",
                unit: "INR".into()
            }
        );
        assert!(matches!(
            refused("₹2 lakh crore", "JPY"),
            AmountError::OtherUnit { .. }
        ));
        assert_eq!(refused("-3", "JPY"), AmountError::NotPositive);
        assert_eq!(refused("0", "JPY"), AmountError::NotPositive);
        assert_eq!(refused("1e400", "JPY"), AmountError::TooLarge);
        assert_eq!(refused("9007199254740993", "JPY"), AmountError::TooLarge);
        assert_eq!(
            parse_amount("9007199254740992", "JPY"),
            Ok(9_007_199_254_740_992.0)
        );
        assert_eq!(refused("", "JPY"), AmountError::Empty);
        assert_eq!(refused("   ", "JPY"), AmountError::Empty);
        assert!(matches!(refused("five", "JPY"), AmountError::NotANumber(_)));
        assert!(matches!(
            refused("1.2.3", "JPY"),
            AmountError::NotANumber(_)
        ));
        assert!(matches!(
            refused("5 zillion", "JPY"),
            AmountError::UnknownScale(_)
        ));
        let message = refused("¥5 lakh crore", "JPY").to_string();
        assert!(
            message.contains("rupee") && message.contains("JPY"),
            "{message}"
        );
    }

    proptest::proptest! {
        /// What `report` writes for an amount of three significant figures reads back as it.
        #[test]
        fn the_written_form_of_an_amount_reads_back(m in 1u64..1000, power in 0u32..14, inr in proptest::bool::ANY) {
            let unit = if inr { "INR" } else { "JPY" };
            let amount = (m * 10u64.pow(power)) as f64;
            proptest::prop_assume!(amount <= MAX_EXACT as f64);
            for style in [super::super::money::Style::Long, super::super::money::Style::Short, super::super::money::Style::Japanese] {
                let written = super::super::money::format(amount, unit, style);
                proptest::prop_assert_eq!(parse_amount(&written, unit), Ok(amount), "{}", written);
            }
        }

        /// Any text is read or refused, never a panic.
        #[test]
        fn any_text_is_read_or_refused(text in ".{0,40}") {
            let _ = parse_amount(&text, "JPY");
            let _ = parse_amount(&text, "startups");
        }
    }
}
