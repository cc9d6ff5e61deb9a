//! The case lifecycle: every status a DFG case can be in and the only moves between them.
//!
//! enquiry → OT assessment → test of resources → works specified → full application
//! → approved | refused; approved → works in progress → works complete → paid → closed;
//! refused → closed; withdrawn or cancelled (with a reason) from any open stage.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::role::Action;

crate::coded_enum! {
    pub enum CaseStatus {
        Enquiry => ("enquiry", "Enquiry"),
        OtAssessment => ("ot_assessment", "OT assessment"),
        TestOfResources => ("test_of_resources", "Test of resources"),
        WorksSpecified => ("works_specified", "Works specified / quotes"),
        FullApplication => ("full_application", "Full application received"),
        Approved => ("approved", "Approved"),
        Refused => ("refused", "Refused"),
        WorksInProgress => ("works_in_progress", "Works in progress"),
        WorksComplete => ("works_complete", "Works complete"),
        Paid => ("paid", "Paid"),
        Closed => ("closed", "Closed"),
        Withdrawn => ("withdrawn", "Withdrawn"),
        Cancelled => ("cancelled", "Cancelled"),
    }
}

/// A request to move a case, as a person makes it.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, ts_rs::TS)]
pub struct TransitionRequest {
    pub to: CaseStatus,
    /// The day the move took effect (e.g. the day the full application arrived); not in the future.
    pub effective_date: NaiveDate,
    /// Required for refusal, withdrawal and cancellation; optional otherwise.
    #[serde(default)]
    pub reason: Option<String>,
}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum LifecycleError {
    #[error("a case cannot move from {from} to {to}: from {from} it can go to {allowed}")]
    NotAllowed { from: CaseStatus, to: CaseStatus, allowed: String },
    #[error("the case is {0}; it cannot change stage any more")]
    Finished(CaseStatus),
    #[error("a reason is required to move a case to {0}")]
    ReasonRequired(CaseStatus),
    #[error("the effective date {0} is in the future")]
    FutureDate(NaiveDate),
    #[error("the effective date {date} is before the case's last stage change on {last}")]
    BeforeLastChange { date: NaiveDate, last: NaiveDate },
}

impl CaseStatus {
    /// Open stages: the case can still be withdrawn or cancelled.
    pub fn is_open(self) -> bool {
        use CaseStatus::*;
        matches!(
            self,
            Enquiry | OtAssessment | TestOfResources | WorksSpecified | FullApplication | Approved | WorksInProgress
        )
    }

    /// Where the case can go from here, in the order a user would expect to see the choices.
    pub fn next(self) -> &'static [CaseStatus] {
        use CaseStatus::*;
        match self {
            Enquiry => &[OtAssessment, Withdrawn, Cancelled],
            OtAssessment => &[TestOfResources, Withdrawn, Cancelled],
            TestOfResources => &[WorksSpecified, Withdrawn, Cancelled],
            WorksSpecified => &[FullApplication, Withdrawn, Cancelled],
            FullApplication => &[Approved, Refused, Withdrawn, Cancelled],
            Approved => &[WorksInProgress, Withdrawn, Cancelled],
            WorksInProgress => &[WorksComplete, Withdrawn, Cancelled],
            WorksComplete => &[Paid],
            Paid => &[Closed],
            Refused => &[Closed],
            Closed | Withdrawn | Cancelled => &[],
        }
    }

    /// A move into this status needs a reason on record.
    pub fn needs_reason(self) -> bool {
        matches!(self, CaseStatus::Refused | CaseStatus::Withdrawn | CaseStatus::Cancelled)
    }

    /// The permission a move from `self` to `to` needs.
    pub fn action_to(self, to: CaseStatus) -> Action {
        match (self, to) {
            (CaseStatus::OtAssessment, CaseStatus::TestOfResources) => Action::CompleteAssessmentStage,
            (_, CaseStatus::Approved | CaseStatus::Refused) => Action::DecideGrant,
            (_, CaseStatus::Paid) => Action::RecordPayment,
            _ => Action::AdvanceCase,
        }
    }

    /// Checks a requested move against the lifecycle. `last_change` is the date of the case's
    /// most recent stage change; `today` comes from the caller's clock.
    pub fn check_transition(
        self,
        request: &TransitionRequest,
        last_change: NaiveDate,
        today: NaiveDate,
    ) -> Result<(), LifecycleError> {
        let next = self.next();
        if next.is_empty() {
            return Err(LifecycleError::Finished(self));
        }
        if !next.contains(&request.to) {
            let allowed: Vec<String> = next.iter().map(|s| s.to_string()).collect();
            return Err(LifecycleError::NotAllowed { from: self, to: request.to, allowed: allowed.join(", ") });
        }
        if request.to.needs_reason() && request.reason.as_deref().is_none_or(|r| r.trim().is_empty()) {
            return Err(LifecycleError::ReasonRequired(request.to));
        }
        if request.effective_date > today {
            return Err(LifecycleError::FutureDate(request.effective_date));
        }
        if request.effective_date < last_change {
            return Err(LifecycleError::BeforeLastChange { date: request.effective_date, last: last_change });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use CaseStatus::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 6, d).unwrap()
    }

    fn req(to: CaseStatus, reason: Option<&str>) -> TransitionRequest {
        TransitionRequest { to, effective_date: day(10), reason: reason.map(String::from) }
    }

    #[test]
    fn the_ordinary_path_runs_end_to_end() {
        let path = [
            Enquiry,
            OtAssessment,
            TestOfResources,
            WorksSpecified,
            FullApplication,
            Approved,
            WorksInProgress,
            WorksComplete,
            Paid,
            Closed,
        ];
        for pair in path.windows(2) {
            assert_eq!(pair[0].check_transition(&req(pair[1], None), day(1), day(20)), Ok(()));
        }
    }

    #[test]
    fn illegal_moves_say_what_is_allowed() {
        let err = Enquiry.check_transition(&req(Approved, None), day(1), day(20)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "a case cannot move from Enquiry to Approved: from Enquiry it can go to OT assessment, Withdrawn, Cancelled"
        );
        assert_eq!(
            Closed.check_transition(&req(Enquiry, None), day(1), day(20)),
            Err(LifecycleError::Finished(Closed))
        );
        assert!(WorksComplete.check_transition(&req(Withdrawn, Some("moved")), day(1), day(20)).is_err());
    }

    #[test]
    fn withdrawal_refusal_and_cancellation_need_reasons() {
        for to in [Withdrawn, Cancelled] {
            assert_eq!(
                Approved.check_transition(&req(to, Some("  ")), day(1), day(20)),
                Err(LifecycleError::ReasonRequired(to))
            );
            assert_eq!(Approved.check_transition(&req(to, Some("moved away")), day(1), day(20)), Ok(()));
        }
        assert!(FullApplication.check_transition(&req(Refused, None), day(1), day(20)).is_err());
    }

    #[test]
    fn dates_must_be_in_order_and_not_in_the_future() {
        assert_eq!(
            Enquiry.check_transition(&req(OtAssessment, None), day(1), day(5)),
            Err(LifecycleError::FutureDate(day(10)))
        );
        assert_eq!(
            Enquiry.check_transition(&req(OtAssessment, None), day(11), day(20)),
            Err(LifecycleError::BeforeLastChange { date: day(10), last: day(11) })
        );
    }

    #[test]
    fn every_open_stage_can_be_withdrawn_and_codes_round_trip() {
        for &s in CaseStatus::ALL {
            assert_eq!(s.is_open(), s.next().contains(&Withdrawn), "{s}");
            assert_eq!(s.code().parse::<CaseStatus>().unwrap(), s);
        }
        assert_eq!("works in progress".parse::<CaseStatus>().unwrap(), WorksInProgress);
    }

    #[test]
    fn decisions_need_the_decide_permission() {
        assert_eq!(FullApplication.action_to(Approved), Action::DecideGrant);
        assert_eq!(OtAssessment.action_to(TestOfResources), Action::CompleteAssessmentStage);
        assert_eq!(Enquiry.action_to(Withdrawn), Action::AdvanceCase);
    }
}
