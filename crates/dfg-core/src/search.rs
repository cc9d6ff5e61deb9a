//! What a case search asks for: one free-text box (reference, postcode or name), a status filter, a page.

use serde::{Deserialize, Serialize};

use crate::lifecycle::CaseStatus;
use crate::validation::ValidationErrors;

pub const PAGE_SIZE_MAX: u32 = 200;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct CaseQuery {
    /// Matches a reference or postcode by prefix, or any part of the applicant's or occupant's name.
    pub text: String,
    pub status: Option<CaseStatus>,
    /// Only cases still open (not closed, withdrawn, cancelled, refused or paid).
    pub open_only: bool,
    /// Zero-based page number.
    pub page: u32,
    pub page_size: u32,
}

/// A checked query, ready for the store.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchPlan {
    /// Upper-case with spaces removed, for reference and postcode prefix matching.
    pub compact: Option<String>,
    /// Lower-case name fragment.
    pub name: Option<String>,
    pub status: Option<CaseStatus>,
    pub open_only: bool,
    pub offset: u64,
    pub limit: u32,
}

impl CaseQuery {
    pub fn plan(&self) -> Result<SearchPlan, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let text = self.text.trim();
        if text.chars().count() > 100 {
            errors.add("text", "must be at most 100 characters");
        }
        if self.page_size > PAGE_SIZE_MAX {
            errors.add("page_size", format!("must be at most {PAGE_SIZE_MAX}"));
        }
        errors.into_result(())?;
        let limit = if self.page_size == 0 { 50 } else { self.page_size };
        let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_uppercase();
        Ok(SearchPlan {
            compact: (!compact.is_empty()).then_some(compact),
            name: (!text.is_empty()).then(|| text.to_lowercase()),
            status: self.status,
            open_only: self.open_only,
            offset: u64::from(self.page) * u64::from(limit),
            limit,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plans_prefixes_and_pages() {
        let q = CaseQuery { text: " e8 1d ".into(), page: 2, page_size: 25, ..Default::default() };
        let p = q.plan().unwrap();
        assert_eq!(p.compact.as_deref(), Some("E81D"));
        assert_eq!(p.name.as_deref(), Some("e8 1d"));
        assert_eq!((p.offset, p.limit), (50, 25));
        assert_eq!(CaseQuery::default().plan().unwrap().limit, 50);
        assert_eq!(CaseQuery { page_size: 500, ..Default::default() }.plan().unwrap_err().0[0].field, "page_size");
    }
}
