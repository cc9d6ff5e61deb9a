//! DFG Casework domain core.
//!
//! Everything here is pure: no files, no database, no clock, no Tauri. Callers pass "today" in.
//! Rules and rates live as data with effective dates; the types make wrong states unbuildable.

pub mod calendar;
pub mod case;
mod codes;
pub mod cost;
pub mod lifecycle;
pub mod money;
pub mod postcode;
pub mod role;
pub mod search;
pub mod user;
pub mod validation;

pub use calendar::{FinancialYear, Quarter};
pub use case::{CaseDetails, CaseInput, CaseRef, Occupant, Person, Priority, Property, ReferralSource, Tenure};
pub use lifecycle::{CaseStatus, LifecycleError, TransitionRequest};
pub use money::Money;
pub use postcode::Postcode;
pub use role::{Action, Forbidden, Role};
pub use user::Actor;
pub use validation::{FieldError, ValidationErrors};
