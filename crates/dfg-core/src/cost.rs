//! The eligible cost of works: what the grant calculation starts from.
//!
//! Derived from the accepted quote and the recorded fees, never typed by hand.

use serde::{Deserialize, Serialize};

use crate::money::Money;

/// Accepted quote plus reasonable fees (agency, surveyor, architect), each with its VAT.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct EligibleCost {
    pub works_net: Money,
    pub works_vat: Money,
    pub fees_net: Money,
    pub fees_vat: Money,
}

impl EligibleCost {
    pub fn vat(&self) -> Money {
        self.works_vat + self.fees_vat
    }

    pub fn total(&self) -> Money {
        self.works_net + self.works_vat + self.fees_net + self.fees_vat
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn total_is_works_fees_and_vat() {
        let c = EligibleCost {
            works_net: Money::pounds(10_000),
            works_vat: Money::pounds(2_000),
            fees_net: Money::pounds(1_000),
            fees_vat: Money::pounds(200),
        };
        assert_eq!(c.total(), Money::pounds(13_200));
        assert_eq!(c.vat(), Money::pounds(2_200));
    }
}
