//! Tests for case input validation and references.

use super::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 9, 1).unwrap()
}

pub fn good_input() -> CaseInput {
    CaseInput {
        occupant_name: "Siobhán Ó Briain".into(),
        occupant_date_of_birth: "1948-03-02".into(),
        address: "14 Mare Street, London".into(),
        postcode: "e8 1dy".into(),
        tenure: "owner_occupier".into(),
        referral_source: "ot".into(),
        priority: "high".into(),
        enquiry_date: "2025-08-20".into(),
        ..CaseInput::default()
    }
}

#[test]
fn a_good_form_becomes_details_with_the_occupant_as_applicant() {
    let d = good_input().validate(today()).unwrap();
    assert_eq!(d.property.postcode.as_str(), "E8 1DY");
    assert_eq!(d.applicant.name, "Siobhán Ó Briain");
    assert_eq!(d.tenure, Tenure::OwnerOccupier);
    assert!(!d.occupant.is_child_on(d.enquiry_date));
    assert_eq!(CaseInput::from_details(&d).validate(today()).unwrap(), d);
}

#[test]
fn every_bad_field_is_named_with_its_rule() {
    let input = CaseInput {
        occupant_name: "   ".into(),
        occupant_date_of_birth: "2030-01-01".into(),
        postcode: "NOT A CODE".into(),
        tenure: "squatter".into(),
        email: "nobody".into(),
        phone: "12".into(),
        uprn: "12ab".into(),
        enquiry_date: "01/02/2025".into(),
        ..good_input()
    };
    let errors = input.validate(today()).unwrap_err();
    let fields: Vec<&str> = errors.0.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(
        fields,
        ["occupant_name", "occupant_date_of_birth", "phone", "email", "postcode", "uprn", "tenure", "enquiry_date"]
    );
    assert_eq!(errors.0[0].message, "is required");
    assert!(errors.0[1].message.starts_with("must not be in the future"));
    assert!(errors.0[4].message.contains("not a valid UK postcode"));
    assert!(errors.0[6].message.contains("owner_occupier, private_tenant"));
}

#[test]
fn a_child_is_under_eighteen_on_the_date() {
    let input = CaseInput { occupant_date_of_birth: "2010-05-01".into(), ..good_input() };
    let d = input.validate(today()).unwrap();
    assert!(d.occupant.is_child_on(d.enquiry_date));
    assert!(!d.occupant.is_child_on(NaiveDate::from_ymd_opt(2028, 5, 1).unwrap()));
}

#[test]
fn council_tenants_are_flagged_for_landlord_funding() {
    assert!(Tenure::CouncilTenant.usually_landlord_funded());
    assert!(!Tenure::HousingAssociationTenant.usually_landlord_funded());
}

#[test]
fn references_print_and_parse() {
    let r = CaseRef::new(FinancialYear::new(2025).unwrap(), 42);
    assert_eq!(r.to_string(), "DFG-2025-0042");
    assert_eq!("dfg-2025-0042".parse::<CaseRef>().unwrap(), r);
    assert_eq!("DFG-2025-12345".parse::<CaseRef>().unwrap().number(), 12345);
    for bad in ["", "DFG-25-1", "XYZ-2025-0001", "DFG-2025-", "DFG-2025-abc"] {
        assert!(bad.parse::<CaseRef>().is_err(), "{bad}");
    }
}

proptest::proptest! {
    #[test]
    fn any_text_in_any_field_validates_or_errors(name in "\\PC{0,200}", pc in "\\PC{0,10}", date in "\\PC{0,12}") {
        let input = CaseInput { occupant_name: name, postcode: pc, occupant_date_of_birth: date, ..good_input() };
        let _ = input.validate(today());
    }
}
