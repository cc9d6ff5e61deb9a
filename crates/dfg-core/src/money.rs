//! Money: pounds and pence, exact. A `Money` always has exactly two decimal places.
//!
//! Parsed from what people type ("1234.5", "£1,234.50"), stored as integer pence, shown as
//! "£1,234.50", and sent over IPC/JSON as a decimal string ("1234.50"), never as a float.

use std::fmt;
use std::iter::Sum;
use std::ops::{Add, Neg, Sub};
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use thiserror::Error;

/// An exact sum of money in pounds, always held to the penny.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, ts_rs::TS)]
#[ts(type = "string")]
pub struct Money(Decimal);

#[derive(Debug, Error, PartialEq, Eq)]
pub enum MoneyError {
    #[error("is empty")]
    Empty,
    #[error("\"{0}\" is not an amount of money (use digits, e.g. 1234.50)")]
    NotANumber(String),
    #[error("\"{0}\" has more than two decimal places")]
    TooPrecise(String),
    #[error("\"{0}\" is too large")]
    TooLarge(String),
}

/// The largest amount the app accepts anywhere: £1 billion. Keeps pence inside i64 with room.
const LIMIT_PENCE: i64 = 100_000_000_000;

impl Money {
    pub const ZERO: Money = Money(Decimal::ZERO);

    pub fn from_pence(pence: i64) -> Money {
        Money(Decimal::new(pence, 2))
    }

    /// Whole pounds, for data and tests: `Money::pounds(30_000)`.
    pub fn pounds(pounds: i64) -> Money {
        Money::from_pence(pounds * 100)
    }

    /// Exact pence. Every `Money` is a whole number of pence by construction.
    pub fn pence(self) -> i64 {
        let scaled = self.0 * Decimal::ONE_HUNDRED;
        i64::try_from(scaled).expect("Money is bounded to i64 pence by construction")
    }

    pub fn decimal(self) -> Decimal {
        self.0
    }

    /// From a decimal that must already be whole pence (e.g. a rate file value).
    pub fn try_from_decimal(d: Decimal) -> Result<Money, MoneyError> {
        if d.normalize().scale() > 2 {
            return Err(MoneyError::TooPrecise(d.to_string()));
        }
        let pence = d * Decimal::ONE_HUNDRED;
        match i64::try_from(pence) {
            Ok(p) if p.abs() <= LIMIT_PENCE => Ok(Money::from_pence(p)),
            _ => Err(MoneyError::TooLarge(d.to_string())),
        }
    }

    /// Rounds a computed decimal to the nearest penny (half away from zero), within the app's limit.
    pub fn round_from(d: Decimal) -> Money {
        let limit = Decimal::new(LIMIT_PENCE, 2);
        let mut rounded =
            d.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero).clamp(-limit, limit);
        rounded.rescale(2);
        Money(rounded)
    }

    pub fn is_negative(self) -> bool {
        self.0.is_sign_negative() && !self.0.is_zero()
    }

    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }

    /// Never below zero.
    pub fn floor_zero(self) -> Money {
        self.max(Money::ZERO)
    }

    /// Plain decimal text with two places, e.g. "1234.50": the wire and file format.
    pub fn to_plain(self) -> String {
        format!("{:.2}", self.0)
    }
}

impl FromStr for Money {
    type Err = MoneyError;

    /// Accepts "1234.5", "1,234.50", "£1,234.50", " -12 ". Rejects exponents, >2 dp, junk.
    fn from_str(input: &str) -> Result<Money, MoneyError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(MoneyError::Empty);
        }
        let (negative, rest) = match trimmed.strip_prefix('-') {
            Some(r) => (true, r.trim_start()),
            None => (false, trimmed),
        };
        let rest = rest.strip_prefix('£').unwrap_or(rest);
        let digits: String = rest.chars().filter(|c| *c != ',').collect();
        let valid_shape = !digits.is_empty()
            && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
            && digits.matches('.').count() <= 1
            && digits.chars().any(|c| c.is_ascii_digit())
            && commas_are_thousands(rest);
        if !valid_shape {
            return Err(MoneyError::NotANumber(input.to_string()));
        }
        if digits.split('.').nth(1).is_some_and(|frac| frac.len() > 2) {
            return Err(MoneyError::TooPrecise(input.to_string()));
        }
        if digits.split('.').next().is_some_and(|whole| whole.trim_start_matches('0').len() > 12) {
            return Err(MoneyError::TooLarge(input.to_string()));
        }
        let value = Decimal::from_str(&digits).map_err(|_| MoneyError::NotANumber(input.to_string()))?;
        let value = if negative { -value } else { value };
        Money::try_from_decimal(value).map_err(|_| MoneyError::TooLarge(input.to_string()))
    }
}

/// "1,234,567.00" is fine; "1,23.00" or ",5" is not.
fn commas_are_thousands(s: &str) -> bool {
    if !s.contains(',') {
        return true;
    }
    let whole = s.split('.').next().unwrap_or("");
    let groups: Vec<&str> = whole.split(',').collect();
    !groups[0].is_empty() && groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3)
}

impl fmt::Display for Money {
    /// "£1,234.50" / "-£12.00"
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plain = format!("{:.2}", self.0.abs());
        let (whole, frac) = plain.split_once('.').unwrap_or((&plain, "00"));
        let mut grouped = String::new();
        for (i, c) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(c);
        }
        let sign = if self.is_negative() { "-" } else { "" };
        write!(f, "{sign}£{grouped}.{frac}")
    }
}

impl Add for Money {
    type Output = Money;
    fn add(self, rhs: Money) -> Money {
        Money(self.0 + rhs.0)
    }
}

impl Sub for Money {
    type Output = Money;
    fn sub(self, rhs: Money) -> Money {
        Money(self.0 - rhs.0)
    }
}

impl Neg for Money {
    type Output = Money;
    fn neg(self) -> Money {
        Money(-self.0)
    }
}

impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money::ZERO, Add::add)
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_plain())
    }
}

impl<'de> Deserialize<'de> for Money {
    /// Accepts a decimal string ("1234.50"); a JSON number is refused so floats never sneak in.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Money, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> Result<Money, MoneyError> {
        s.parse()
    }

    #[test]
    fn parses_what_people_type() {
        assert_eq!(m("1234.5").unwrap().pence(), 123_450);
        assert_eq!(m("£1,234.50").unwrap().pence(), 123_450);
        assert_eq!(m(" 30000 ").unwrap(), Money::pounds(30_000));
        assert_eq!(m("-0").unwrap(), Money::ZERO);
        assert_eq!(m("-12.01").unwrap().pence(), -1201);
        assert_eq!(m(".5").unwrap().pence(), 50);
    }

    #[test]
    fn refuses_what_is_not_money() {
        assert_eq!(m(""), Err(MoneyError::Empty));
        assert!(matches!(m("1,000.005"), Err(MoneyError::TooPrecise(_))));
        assert!(matches!(m("£1e9"), Err(MoneyError::NotANumber(_))));
        assert!(matches!(m("1,23.00"), Err(MoneyError::NotANumber(_))));
        assert!(matches!(m("12.3.4"), Err(MoneyError::NotANumber(_))));
        assert!(matches!(m("abc"), Err(MoneyError::NotANumber(_))));
        assert!(matches!(m("99999999999999999999999999"), Err(MoneyError::TooLarge(_))));
    }

    #[test]
    fn displays_in_pounds_with_grouping() {
        assert_eq!(Money::from_pence(123_456_789).to_string(), "£1,234,567.89");
        assert_eq!(Money::from_pence(-1200).to_string(), "-£12.00");
        assert_eq!(Money::ZERO.to_string(), "£0.00");
        assert_eq!(Money::pounds(100).to_string(), "£100.00");
    }

    #[test]
    fn json_is_a_string_and_floats_are_refused() {
        let v = serde_json::to_string(&Money::from_pence(500_001)).unwrap();
        assert_eq!(v, "\"5000.01\"");
        assert!(serde_json::from_str::<Money>("12.5").is_err());
        assert_eq!(serde_json::from_str::<Money>("\"12.5\"").unwrap().pence(), 1250);
    }

    #[test]
    fn rounding_is_half_away_from_zero() {
        assert_eq!(Money::round_from(Decimal::new(12345, 3)).pence(), 1235);
        assert_eq!(Money::round_from(Decimal::new(-12345, 3)).pence(), -1235);
    }

    proptest::proptest! {
        #[test]
        fn any_string_parses_or_errors_without_panic(s in "\\PC{0,40}") {
            let _ = s.parse::<Money>();
        }

        #[test]
        fn pence_round_trip_through_text(p in -LIMIT_PENCE..LIMIT_PENCE) {
            let money = Money::from_pence(p);
            proptest::prop_assert_eq!(money.to_plain().parse::<Money>().unwrap(), money);
            proptest::prop_assert_eq!(money.to_string().parse::<Money>().unwrap(), money);
        }
    }
}
