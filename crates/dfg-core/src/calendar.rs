//! The UK public-sector financial year (1 April – 31 March) and its quarters.
//!
//! "2025-26" is the year starting 1 April 2025. Q1 is April–June … Q4 is January–March.

use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// A financial year, named by the calendar year it starts in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ts_rs::TS)]
#[ts(type = "number")]
pub struct FinancialYear(i32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ts_rs::TS)]
pub enum Quarter {
    Q1,
    Q2,
    Q3,
    Q4,
}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum CalendarError {
    #[error("quarter must be 1, 2, 3 or 4 (got {0})")]
    BadQuarter(i64),
    #[error("financial year must be a four-digit year between 2000 and 2100 (got {0})")]
    BadYear(String),
}

impl FinancialYear {
    pub fn new(start_year: i32) -> Result<FinancialYear, CalendarError> {
        if (2000..=2100).contains(&start_year) {
            Ok(FinancialYear(start_year))
        } else {
            Err(CalendarError::BadYear(start_year.to_string()))
        }
    }

    pub fn parse(text: &str) -> Result<FinancialYear, CalendarError> {
        let head = text.trim().split('-').next().unwrap_or("");
        match head.parse::<i32>() {
            Ok(y) if head.len() == 4 => FinancialYear::new(y),
            _ => Err(CalendarError::BadYear(text.to_string())),
        }
    }

    pub fn containing(date: NaiveDate) -> FinancialYear {
        if date.month() >= 4 {
            FinancialYear(date.year())
        } else {
            FinancialYear(date.year() - 1)
        }
    }

    pub fn start_year(self) -> i32 {
        self.0
    }

    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.0, 4, 1).expect("1 April exists")
    }

    pub fn last_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.0 + 1, 3, 31).expect("31 March exists")
    }

    pub fn previous(self) -> FinancialYear {
        FinancialYear(self.0 - 1)
    }

    pub fn contains(self, date: NaiveDate) -> bool {
        FinancialYear::containing(date) == self
    }
}

impl fmt::Display for FinancialYear {
    /// "2025-26"
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{:02}", self.0, (self.0 + 1) % 100)
    }
}

impl Quarter {
    pub const ALL: [Quarter; 4] = [Quarter::Q1, Quarter::Q2, Quarter::Q3, Quarter::Q4];

    pub fn from_number(n: i64) -> Result<Quarter, CalendarError> {
        match n {
            1 => Ok(Quarter::Q1),
            2 => Ok(Quarter::Q2),
            3 => Ok(Quarter::Q3),
            4 => Ok(Quarter::Q4),
            _ => Err(CalendarError::BadQuarter(n)),
        }
    }

    pub fn number(self) -> u8 {
        self as u8 + 1
    }

    pub fn of(date: NaiveDate) -> Quarter {
        match date.month() {
            4..=6 => Quarter::Q1,
            7..=9 => Quarter::Q2,
            10..=12 => Quarter::Q3,
            _ => Quarter::Q4,
        }
    }

    /// First and last day of this quarter in the given financial year.
    pub fn range(self, year: FinancialYear) -> (NaiveDate, NaiveDate) {
        let y = year.start_year();
        let (from, to) = match self {
            Quarter::Q1 => ((y, 4, 1), (y, 6, 30)),
            Quarter::Q2 => ((y, 7, 1), (y, 9, 30)),
            Quarter::Q3 => ((y, 10, 1), (y, 12, 31)),
            Quarter::Q4 => ((y + 1, 1, 1), (y + 1, 3, 31)),
        };
        let day = |(y, m, d): (i32, u32, u32)| NaiveDate::from_ymd_opt(y, m, d).expect("valid quarter bound");
        (day(from), day(to))
    }

    /// The quarter before, which may be in the previous financial year.
    pub fn previous(self, year: FinancialYear) -> (Quarter, FinancialYear) {
        match self {
            Quarter::Q1 => (Quarter::Q4, year.previous()),
            q => (Quarter::ALL[q as usize - 1], year),
        }
    }
}

/// Age in whole years on a date (the birthday counts on the day itself; 29 Feb birthdays on 1 March).
pub fn age_on(date_of_birth: NaiveDate, on: NaiveDate) -> i32 {
    let mut age = on.year() - date_of_birth.year();
    if (on.month(), on.day()) < (date_of_birth.month(), date_of_birth.day()) {
        age -= 1;
    }
    age
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn year_turns_on_first_of_april() {
        assert_eq!(FinancialYear::containing(d(2026, 3, 31)).start_year(), 2025);
        assert_eq!(FinancialYear::containing(d(2026, 4, 1)).start_year(), 2026);
        assert_eq!(FinancialYear::new(2025).unwrap().to_string(), "2025-26");
        assert_eq!(FinancialYear::new(2099).unwrap().to_string(), "2099-00");
    }

    #[test]
    fn quarters_follow_the_financial_year() {
        let fy = FinancialYear::new(2025).unwrap();
        assert_eq!(Quarter::Q4.range(fy), (d(2026, 1, 1), d(2026, 3, 31)));
        assert_eq!(Quarter::of(d(2025, 12, 31)), Quarter::Q3);
        assert_eq!(Quarter::Q1.previous(fy), (Quarter::Q4, FinancialYear::new(2024).unwrap()));
        assert_eq!(Quarter::Q3.previous(fy), (Quarter::Q2, fy));
        assert_eq!(Quarter::from_number(5), Err(CalendarError::BadQuarter(5)));
        assert!(FinancialYear::parse("20x5").is_err());
        assert_eq!(FinancialYear::parse("2025-26").unwrap(), fy);
    }

    #[test]
    fn age_counts_whole_years() {
        assert_eq!(age_on(d(2008, 6, 15), d(2026, 6, 14)), 17);
        assert_eq!(age_on(d(2008, 6, 15), d(2026, 6, 15)), 18);
    }
}
