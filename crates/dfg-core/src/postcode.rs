//! UK postcodes: validated against the Royal Mail format and normalised to "E8 1DY".

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use thiserror::Error;

/// A syntactically valid UK postcode in canonical form (upper case, one space before the inward code).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, ts_rs::TS)]
#[ts(type = "string")]
pub struct Postcode(String);

#[derive(Debug, Error, PartialEq, Eq)]
#[error("\"{0}\" is not a valid UK postcode (e.g. E8 1DY, LS1 1UR)")]
pub struct PostcodeError(pub String);

impl Postcode {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Without the space, for indexing and matching "e81dy" to "E8 1DY".
    pub fn compact(&self) -> String {
        self.0.replace(' ', "")
    }

    /// The outward code ("E8"), used for area statistics.
    pub fn outward(&self) -> &str {
        self.0.split(' ').next().unwrap_or("")
    }
}

impl FromStr for Postcode {
    type Err = PostcodeError;

    fn from_str(input: &str) -> Result<Postcode, PostcodeError> {
        let compact: String = input.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
        if compact == "GIR0AA" {
            return Ok(Postcode("GIR 0AA".into()));
        }
        if !(5..=7).contains(&compact.len()) || !compact.is_ascii() {
            return Err(PostcodeError(input.trim().to_string()));
        }
        let (outward, inward) = compact.split_at(compact.len() - 3);
        if valid_outward(outward) && valid_inward(inward) {
            Ok(Postcode(format!("{outward} {inward}")))
        } else {
            Err(PostcodeError(input.trim().to_string()))
        }
    }
}

/// A9, A99, AA9, AA99, A9A, AA9A with Royal Mail's letter restrictions.
fn valid_outward(s: &str) -> bool {
    let c: Vec<char> = s.chars().collect();
    let area_first = |ch: char| ch.is_ascii_uppercase() && !"QVX".contains(ch);
    let area_second = |ch: char| ch.is_ascii_uppercase() && !"IJZ".contains(ch);
    let digit = |ch: char| ch.is_ascii_digit();
    let third_letter = |ch: char| "ABCDEFGHJKPSTUW".contains(ch);
    let fourth_letter = |ch: char| "ABEHMNPRVWXY".contains(ch);
    match c.as_slice() {
        [a, n] => area_first(*a) && digit(*n),
        [a, n, m] if digit(*n) => area_first(*a) && (digit(*m) || third_letter(*m)),
        [a, b, n] => area_first(*a) && area_second(*b) && digit(*n),
        [a, b, n, x] => area_first(*a) && area_second(*b) && digit(*n) && (digit(*x) || fourth_letter(*x)),
        _ => false,
    }
}

/// 9AA, where the letters exclude C, I, K, M, O and V.
fn valid_inward(s: &str) -> bool {
    let c: Vec<char> = s.chars().collect();
    let unit = |ch: char| ch.is_ascii_uppercase() && !"CIKMOV".contains(ch);
    matches!(c.as_slice(), [n, x, y] if n.is_ascii_digit() && unit(*x) && unit(*y))
}

impl fmt::Display for Postcode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for Postcode {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Postcode {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Postcode, D::Error> {
        String::deserialize(d)?.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_every_format_and_normalises() {
        for (input, canonical) in [
            ("e8 1dy", "E8 1DY"),
            ("LS11UR", "LS1 1UR"),
            ("  sw1a 1aa ", "SW1A 1AA"),
            ("M1 1AE", "M1 1AE"),
            ("B33 8TH", "B33 8TH"),
            ("CR2 6XH", "CR2 6XH"),
            ("DN55 1PT", "DN55 1PT"),
            ("W1A 0AX", "W1A 0AX"),
            ("EC1A 1BB", "EC1A 1BB"),
            ("gir0aa", "GIR 0AA"),
        ] {
            assert_eq!(input.parse::<Postcode>().unwrap().as_str(), canonical, "{input}");
        }
    }

    #[test]
    fn refuses_what_royal_mail_would_not_deliver() {
        for bad in ["", "E8", "12345", "E8 1D", "QE8 1DY", "E8 1CY", "ABCDE", "E8 1DYY", "É8 1DY", "LS1-1UR!"] {
            assert!(bad.parse::<Postcode>().is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn compact_and_outward_forms() {
        let p: Postcode = "N16 7JN".parse().unwrap();
        assert_eq!(p.compact(), "N167JN");
        assert_eq!(p.outward(), "N16");
    }

    proptest::proptest! {
        #[test]
        fn never_panics(s in "\\PC{0,12}") {
            let _ = s.parse::<Postcode>();
        }
    }
}
