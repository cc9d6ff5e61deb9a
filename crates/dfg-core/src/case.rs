//! A DFG case: who it is for, where they live, how they hold the home, and how it reached us.
//!
//! `CaseInput` is what a form or the CLI sends: plain text, checked field by field by
//! `CaseInput::validate` into `CaseDetails`, whose types cannot hold a bad postcode or a missing name.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::calendar::{age_on, FinancialYear};
use crate::postcode::Postcode;
use crate::validation::{optional_text, required_text, ValidationErrors};

crate::coded_enum! {
    pub enum Tenure {
        OwnerOccupier => ("owner_occupier", "Owner-occupier"),
        PrivateTenant => ("private_tenant", "Private tenant"),
        HousingAssociationTenant => ("housing_association_tenant", "Housing association tenant"),
        CouncilTenant => ("council_tenant", "Council tenant"),
    }
}

impl Tenure {
    /// Council tenants' adaptations are normally paid from the landlord's Housing Revenue Account.
    pub fn usually_landlord_funded(self) -> bool {
        self == Tenure::CouncilTenant
    }
}

crate::coded_enum! {
    pub enum ReferralSource {
        Ot => ("ot", "Occupational therapist"),
        HospitalDischarge => ("hospital_discharge", "Hospital discharge"),
        SelfOrFamily => ("self_or_family", "Self or family"),
        Other => ("other", "Other"),
    }
}

crate::coded_enum! {
    pub enum Priority {
        Urgent => ("urgent", "Urgent"),
        High => ("high", "High"),
        Standard => ("standard", "Standard"),
    }
}

/// A person named on a case. The applicant's date of birth is optional; the occupant's is not.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Person {
    pub name: String,
    pub date_of_birth: Option<NaiveDate>,
}

/// The disabled occupant: the person the adaptations are for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Occupant {
    pub name: String,
    pub date_of_birth: NaiveDate,
}

impl Occupant {
    /// Under 18 on the given date (the means test does not apply to a disabled child).
    pub fn is_child_on(&self, date: NaiveDate) -> bool {
        age_on(self.date_of_birth, date) < 18
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Property {
    pub address: String,
    pub postcode: Postcode,
    /// Unique Property Reference Number (up to 12 digits).
    pub uprn: Option<String>,
}

/// Everything about a case that a caseworker types in, validated.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct CaseDetails {
    pub applicant: Person,
    pub occupant: Occupant,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub property: Property,
    pub tenure: Tenure,
    pub referral_source: ReferralSource,
    pub priority: Priority,
    pub enquiry_date: NaiveDate,
    pub notes: Option<String>,
}

/// The case form as typed. Blank applicant name means the occupant applies for themself.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct CaseInput {
    pub applicant_name: String,
    pub applicant_date_of_birth: String,
    pub occupant_name: String,
    pub occupant_date_of_birth: String,
    pub phone: String,
    pub email: String,
    pub address: String,
    pub postcode: String,
    pub uprn: String,
    pub tenure: String,
    pub referral_source: String,
    pub priority: String,
    pub enquiry_date: String,
    pub notes: String,
}

const NAME_MAX: usize = 120;

impl CaseInput {
    /// Checks every field against its rule; returns all the problems at once.
    pub fn validate(&self, today: NaiveDate) -> Result<CaseDetails, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let occupant_name = errors.check("occupant_name", required_text(&self.occupant_name, NAME_MAX));
        let occupant_dob = errors.check("occupant_date_of_birth", past_date(&self.occupant_date_of_birth, today, true));
        let applicant_name = errors.check("applicant_name", optional_text(&self.applicant_name, NAME_MAX));
        let applicant_dob =
            errors.check("applicant_date_of_birth", optional_past_date(&self.applicant_date_of_birth, today));
        let phone = errors.check("phone", optional_phone(&self.phone));
        let email = errors.check("email", optional_email(&self.email));
        let address = errors.check("address", required_text(&self.address, 300));
        let postcode = errors.check("postcode", self.postcode.parse::<Postcode>());
        let uprn = errors.check("uprn", optional_uprn(&self.uprn));
        let tenure = errors.check("tenure", choice::<Tenure>(&self.tenure));
        let referral_source = errors.check("referral_source", choice::<ReferralSource>(&self.referral_source));
        let priority = errors.check("priority", choice::<Priority>(&self.priority));
        let enquiry_date = errors.check("enquiry_date", past_date(&self.enquiry_date, today, false));
        let notes = errors.check("notes", optional_text(&self.notes, 4000));
        if let (Some(dob), Some(enquiry)) = (occupant_dob, enquiry_date) {
            if enquiry < dob {
                errors.add("enquiry_date", "must not be before the occupant's date of birth");
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let (Some(occupant_name), Some(occupant_dob)) = (occupant_name, occupant_dob) else { unreachable!() };
        let applicant = match applicant_name.flatten() {
            Some(name) => Person { name, date_of_birth: applicant_dob.flatten() },
            None => Person { name: occupant_name.clone(), date_of_birth: Some(occupant_dob) },
        };
        Ok(CaseDetails {
            applicant,
            occupant: Occupant { name: occupant_name, date_of_birth: occupant_dob },
            phone: phone.flatten(),
            email: email.flatten(),
            property: Property {
                address: address.expect("checked"),
                postcode: postcode.expect("checked"),
                uprn: uprn.flatten(),
            },
            tenure: tenure.expect("checked"),
            referral_source: referral_source.expect("checked"),
            priority: priority.expect("checked"),
            enquiry_date: enquiry_date.expect("checked"),
            notes: notes.flatten(),
        })
    }

    /// The form filled from saved details, for editing.
    pub fn from_details(d: &CaseDetails) -> CaseInput {
        let date = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        CaseInput {
            applicant_name: d.applicant.name.clone(),
            applicant_date_of_birth: date(d.applicant.date_of_birth),
            occupant_name: d.occupant.name.clone(),
            occupant_date_of_birth: d.occupant.date_of_birth.to_string(),
            phone: d.phone.clone().unwrap_or_default(),
            email: d.email.clone().unwrap_or_default(),
            address: d.property.address.clone(),
            postcode: d.property.postcode.to_string(),
            uprn: d.property.uprn.clone().unwrap_or_default(),
            tenure: d.tenure.code().into(),
            referral_source: d.referral_source.code().into(),
            priority: d.priority.code().into(),
            enquiry_date: d.enquiry_date.to_string(),
            notes: d.notes.clone().unwrap_or_default(),
        }
    }
}

fn choice<T: FromStr<Err = String>>(value: &str) -> Result<T, String> {
    if value.trim().is_empty() {
        return Err("is required".into());
    }
    value.parse()
}

/// Parses an ISO date (YYYY-MM-DD) that is not in the future and not before 1900.
pub fn parse_date(value: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d")
        .map_err(|_| format!("\"{}\" is not a date (use YYYY-MM-DD)", value.trim()))
}

fn past_date(value: &str, today: NaiveDate, is_birth: bool) -> Result<NaiveDate, String> {
    if value.trim().is_empty() {
        return Err("is required".into());
    }
    let date = parse_date(value)?;
    if date > today {
        return Err(format!("must not be in the future ({date} is after today, {today})"));
    }
    let earliest = NaiveDate::from_ymd_opt(if is_birth { 1900 } else { 2000 }, 1, 1).expect("valid");
    if date < earliest {
        return Err(format!("must not be before {earliest}"));
    }
    Ok(date)
}

fn optional_past_date(value: &str, today: NaiveDate) -> Result<Option<NaiveDate>, String> {
    if value.trim().is_empty() {
        Ok(None)
    } else {
        past_date(value, today, true).map(Some)
    }
}

fn optional_phone(value: &str) -> Result<Option<String>, String> {
    let Some(text) = optional_text(value, 30)? else { return Ok(None) };
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let allowed = text.chars().all(|c| c.is_ascii_digit() || " +()-".contains(c));
    if allowed && (10..=13).contains(&digits) {
        Ok(Some(text))
    } else {
        Err("must be a UK phone number of 10 to 13 digits (spaces, +, ( ) and - allowed)".into())
    }
}

fn optional_email(value: &str) -> Result<Option<String>, String> {
    let Some(text) = optional_text(value, 254)? else { return Ok(None) };
    let valid = match text.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !text.contains(char::is_whitespace)
        }
        None => false,
    };
    if valid {
        Ok(Some(text))
    } else {
        Err(format!("\"{text}\" is not an email address"))
    }
}

fn optional_uprn(value: &str) -> Result<Option<String>, String> {
    let text = value.trim();
    if text.is_empty() {
        return Ok(None);
    }
    if text.len() <= 12 && text.chars().all(|c| c.is_ascii_digit()) {
        Ok(Some(text.trim_start_matches('0').to_string()))
    } else {
        Err("must be up to 12 digits".into())
    }
}

/// A case reference such as `DFG-2025-0042`: the financial year it was registered in and a number.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, ts_rs::TS)]
#[ts(type = "string")]
pub struct CaseRef {
    year: i32,
    number: u32,
}

impl CaseRef {
    pub fn new(year: FinancialYear, number: u32) -> CaseRef {
        CaseRef { year: year.start_year(), number }
    }

    pub fn year(&self) -> i32 {
        self.year
    }

    pub fn number(&self) -> u32 {
        self.number
    }
}

impl fmt::Display for CaseRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DFG-{}-{:04}", self.year, self.number)
    }
}

impl FromStr for CaseRef {
    type Err = String;
    fn from_str(s: &str) -> Result<CaseRef, String> {
        let bad = || format!("\"{}\" is not a case reference (e.g. DFG-2025-0042)", s.trim());
        let upper = s.trim().to_ascii_uppercase();
        let rest = upper.strip_prefix("DFG-").ok_or_else(bad)?;
        let (year, number) = rest.split_once('-').ok_or_else(bad)?;
        if year.len() != 4 || number.is_empty() || number.len() > 9 {
            return Err(bad());
        }
        let year: i32 = year.parse().map_err(|_| bad())?;
        let number: u32 = number.parse().map_err(|_| bad())?;
        Ok(CaseRef { year, number })
    }
}

impl Serialize for CaseRef {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for CaseRef {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<CaseRef, D::Error> {
        String::deserialize(d)?.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
#[path = "case_tests.rs"]
mod tests;
