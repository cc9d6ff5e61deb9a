//! Local user accounts: who is working, and in which role.

use serde::{Deserialize, Serialize};

use crate::role::Role;
use crate::validation::{required_text, ValidationErrors};

/// The signed-in person every command acts as. Built only by the store after checking a password.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Actor {
    pub user_id: i64,
    pub username: String,
    pub display_name: String,
    pub role: Role,
}

/// The "add user" form.
#[derive(Clone, Debug, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct UserInput {
    pub username: String,
    pub display_name: String,
    pub role: String,
    pub password: String,
}

/// A validated new user; the password is still plain here and is hashed by the store.
#[derive(Clone, Debug)]
pub struct NewUser {
    pub username: String,
    pub display_name: String,
    pub role: Role,
    pub password: String,
}

pub const PASSWORD_MIN: usize = 8;

impl UserInput {
    pub fn validate(&self) -> Result<NewUser, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let username = errors.check("username", valid_username(&self.username));
        let display_name = errors.check("display_name", required_text(&self.display_name, 120));
        let role = errors.check("role", self.role.parse::<Role>());
        let password = errors.check("password", valid_password(&self.password));
        errors.into_result(())?;
        Ok(NewUser {
            username: username.expect("checked"),
            display_name: display_name.expect("checked"),
            role: role.expect("checked"),
            password: password.expect("checked"),
        })
    }
}

fn valid_username(value: &str) -> Result<String, String> {
    let name = value.trim().to_ascii_lowercase();
    let ok_chars = name.chars().all(|c| c.is_ascii_alphanumeric() || "._-".contains(c));
    if (2..=32).contains(&name.len()) && ok_chars && name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        Ok(name)
    } else {
        Err("must be 2 to 32 letters, digits, '.', '_' or '-', starting with a letter".into())
    }
}

pub fn valid_password(value: &str) -> Result<String, String> {
    if value.chars().count() < PASSWORD_MIN {
        Err(format!("must be at least {PASSWORD_MIN} characters"))
    } else if value.len() > 200 {
        Err("must be at most 200 characters".into())
    } else {
        Ok(value.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_form_rules() {
        let ok = UserInput {
            username: "Casey".into(),
            display_name: "Casey Jones".into(),
            role: "caseworker".into(),
            password: "longenough".into(),
        };
        let user = ok.validate().unwrap();
        assert_eq!(user.username, "casey");
        assert_eq!(user.role, Role::Caseworker);
        let bad =
            UserInput { username: "1x".into(), display_name: "".into(), role: "boss".into(), password: "short".into() };
        let fields: Vec<String> = bad.validate().unwrap_err().0.into_iter().map(|e| e.field).collect();
        assert_eq!(fields, ["username", "display_name", "role", "password"]);
    }
}
