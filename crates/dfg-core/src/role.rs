//! Who may do what. This table is the one place a permission is decided; the Tauri commands and the
//! CLI both ask it before doing anything, so hiding a button in the UI is never the only guard.

use thiserror::Error;

crate::coded_enum! {
    pub enum Role {
        Caseworker => ("caseworker", "Caseworker"),
        Ot => ("ot", "Occupational therapist"),
        Manager => ("manager", "Manager"),
        Administrator => ("administrator", "Administrator"),
    }
}

crate::coded_enum! {
    /// Everything a signed-in person can ask the system to do.
    pub enum Action {
        ViewCases => ("view_cases", "view cases"),
        RegisterCase => ("register_case", "register cases"),
        EditCase => ("edit_case", "edit case details"),
        /// Move a case along its ordinary path, or withdraw/cancel/close it.
        AdvanceCase => ("advance_case", "move cases between stages"),
        /// Move a case on from the OT assessment stage once the assessment is done.
        CompleteAssessmentStage => ("complete_assessment_stage", "complete the OT assessment stage"),
        RecordAssessment => ("record_assessment", "record OT assessments"),
        SignOffAssessment => ("sign_off_assessment", "sign off OT assessments"),
        RecordWorks => ("record_works", "record works and quotes"),
        AcceptQuote => ("accept_quote", "accept quotes"),
        ManageContractors => ("manage_contractors", "manage contractors"),
        RunMeansTest => ("run_means_test", "run the means test"),
        /// Approve or refuse a grant within the policy's ordinary limits.
        DecideGrant => ("decide_grant", "approve or refuse grants"),
        /// Approvals the policy reserves for a manager (discretionary top-ups, large awards, overrides).
        ManagerApproval => ("manager_approval", "give manager approvals"),
        RecordPayment => ("record_payment", "record payments"),
        PrintLetters => ("print_letters", "print letters"),
        ViewReports => ("view_reports", "view reports"),
        ManageBudgets => ("manage_budgets", "manage budgets"),
        ViewAudit => ("view_audit", "view the audit log"),
        ManageUsers => ("manage_users", "manage users"),
        /// Rates, local policy and council details.
        ManagePolicy => ("manage_policy", "manage rates and policy"),
        /// Backup, restore, import and export of the whole store.
        ManageData => ("manage_data", "back up, restore, import or export data"),
    }
}

#[derive(Debug, Error, PartialEq, Eq)]
#[error("{} {} may not {action}", article(role.label()), role.label().to_lowercase())]
pub struct Forbidden {
    pub role: Role,
    pub action: Action,
}

fn article(word: &str) -> &'static str {
    if word.to_lowercase().starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

impl Role {
    pub fn permits(self, action: Action) -> bool {
        use Action::*;
        use Role::*;
        match action {
            ViewCases => true,
            CompleteAssessmentStage => matches!(self, Ot | Caseworker | Manager),
            RecordAssessment | SignOffAssessment => self == Ot,
            RegisterCase | EditCase | AdvanceCase | RecordWorks | AcceptQuote | ManageContractors | RunMeansTest
            | DecideGrant | RecordPayment | PrintLetters => matches!(self, Caseworker | Manager),
            ManagerApproval | ViewReports | ManageBudgets => self == Manager,
            ViewAudit => matches!(self, Manager | Administrator),
            ManageUsers | ManagePolicy | ManageData => self == Administrator,
        }
    }

    pub fn require(self, action: Action) -> Result<(), Forbidden> {
        if self.permits(action) {
            Ok(())
        } else {
            Err(Forbidden { role: self, action })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_brief_s_separations_hold() {
        assert!(!Role::Ot.permits(Action::DecideGrant), "an OT cannot approve a grant");
        assert!(!Role::Caseworker.permits(Action::ManageUsers), "a caseworker cannot edit users");
        assert!(!Role::Caseworker.permits(Action::SignOffAssessment));
        assert!(!Role::Ot.permits(Action::AcceptQuote));
        assert!(Role::Manager.permits(Action::ManagerApproval));
        assert!(!Role::Administrator.permits(Action::RegisterCase));
    }

    #[test]
    fn forbidden_reads_as_a_sentence() {
        let err = Role::Ot.require(Action::DecideGrant).unwrap_err();
        assert_eq!(err.to_string(), "an occupational therapist may not approve or refuse grants");
        assert_eq!("OT".parse::<Role>().unwrap(), Role::Ot);
    }
}
