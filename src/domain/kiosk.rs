//! Waiting-room kiosk settings: the staff PIN (kept only as a salted, stretched SHA-256 hash),
//! which instruments a patient session offers, the idle time, and a limit on wrong PIN tries.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// Wrong tries before the PIN is locked for [`LOCK_SECONDS`].
pub const MAX_PIN_FAILURES: u32 = 5;
pub const LOCK_SECONDS: i64 = 300;
/// Hash rounds: makes trying all 4-8 digit PINs from a copied hash slow, still instant to check.
const ROUNDS: u32 = 20_000;
pub const IDLE_MINUTES: std::ops::RangeInclusive<u8> = 1..=30;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KioskError {
    #[error("the PIN must be 4 to 8 digits")]
    BadPin,
    #[error("the two PINs are not the same")]
    PinsDiffer,
    #[error("choose at least one questionnaire")]
    NothingChosen,
    #[error("the idle time must be 1 to 30 minutes")]
    BadIdle,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KioskSettings {
    salt: String,
    pin_hash: String,
    pub nprs: bool,
    pub qbpds: bool,
    pub alarm: bool,
    pub idle_minutes: u8,
    #[serde(default)]
    failures: u32,
    /// Unix seconds until which the PIN is locked.
    #[serde(default)]
    locked_until: Option<i64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinCheck {
    Correct,
    Wrong { tries_left: u32 },
    Locked { seconds_left: i64 },
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn hash_pin(salt: &str, pin: &str) -> String {
    let mut digest = Sha256::digest(format!("rugplan-kiosk:{salt}:{pin}").as_bytes());
    for _ in 1..ROUNDS {
        let mut h = Sha256::new();
        h.update(digest);
        h.update(pin.as_bytes());
        digest = h.finalize();
    }
    hex(&digest)
}

pub fn valid_pin(pin: &str) -> bool {
    (4..=8).contains(&pin.len()) && pin.bytes().all(|b| b.is_ascii_digit())
}

/// Compares without stopping at the first difference.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

impl KioskSettings {
    pub fn new(
        salt: [u8; 16],
        pin: &str,
        pin_again: &str,
        (nprs, qbpds, alarm): (bool, bool, bool),
        idle_minutes: u8,
    ) -> Result<Self, KioskError> {
        if !valid_pin(pin) {
            return Err(KioskError::BadPin);
        }
        if pin != pin_again {
            return Err(KioskError::PinsDiffer);
        }
        if !nprs && !qbpds {
            return Err(KioskError::NothingChosen);
        }
        if !IDLE_MINUTES.contains(&idle_minutes) {
            return Err(KioskError::BadIdle);
        }
        let salt = hex(&salt);
        Ok(Self {
            pin_hash: hash_pin(&salt, pin),
            salt,
            nprs,
            qbpds,
            alarm,
            idle_minutes,
            failures: 0,
            locked_until: None,
        })
    }

    /// Checks a PIN at `now` (unix seconds), counting wrong tries and locking after too many.
    pub fn check_pin(&mut self, pin: &str, now: i64) -> PinCheck {
        if let Some(until) = self.locked_until {
            if now < until {
                return PinCheck::Locked {
                    seconds_left: until - now,
                };
            }
            self.locked_until = None;
            self.failures = 0;
        }
        if valid_pin(pin) && same(&hash_pin(&self.salt, pin), &self.pin_hash) {
            self.failures = 0;
            return PinCheck::Correct;
        }
        self.failures += 1;
        if self.failures >= MAX_PIN_FAILURES {
            self.locked_until = Some(now + LOCK_SECONDS);
            return PinCheck::Locked {
                seconds_left: LOCK_SECONDS,
            };
        }
        PinCheck::Wrong {
            tries_left: MAX_PIN_FAILURES - self.failures,
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn settings() -> KioskSettings {
        KioskSettings::new([7; 16], "2468", "2468", (true, true, true), 3).unwrap()
    }

    #[test]
    fn the_pin_is_stored_only_as_a_salted_hash() {
        let s = settings();
        let json = serde_json::to_string(&s).unwrap();
        assert!(!json.contains("2468"));
        let other_salt = KioskSettings::new([8; 16], "2468", "2468", (true, true, true), 3).unwrap();
        assert_ne!(
            s.pin_hash, other_salt.pin_hash,
            "same PIN, other salt, other hash"
        );
        assert_eq!(s.pin_hash.len(), 64);
    }

    #[test]
    fn setup_is_validated() {
        let new = |pin: &str, again: &str, inst, idle| KioskSettings::new([1; 16], pin, again, inst, idle);
        assert_eq!(new("12", "12", (true, true, false), 3), Err(KioskError::BadPin));
        assert_eq!(
            new("12a4", "12a4", (true, true, false), 3),
            Err(KioskError::BadPin)
        );
        assert_eq!(
            new("1234", "1235", (true, true, false), 3),
            Err(KioskError::PinsDiffer)
        );
        assert_eq!(
            new("1234", "1234", (false, false, true), 3),
            Err(KioskError::NothingChosen)
        );
        assert_eq!(
            new("1234", "1234", (true, false, false), 0),
            Err(KioskError::BadIdle)
        );
        assert!(new("12345678", "12345678", (false, true, false), 30).is_ok());
    }

    #[test]
    fn wrong_tries_are_limited_and_the_lock_expires() {
        let mut s = settings();
        assert_eq!(s.check_pin("1111", 1000), PinCheck::Wrong { tries_left: 4 });
        assert_eq!(
            s.check_pin("2468", 1001),
            PinCheck::Correct,
            "a right PIN resets the count"
        );
        for left in (1..=4).rev() {
            assert_eq!(s.check_pin("0000", 1002), PinCheck::Wrong { tries_left: left });
        }
        assert_eq!(
            s.check_pin("0000", 1003),
            PinCheck::Locked {
                seconds_left: LOCK_SECONDS
            }
        );
        assert_eq!(
            s.check_pin("2468", 1004),
            PinCheck::Locked {
                seconds_left: LOCK_SECONDS - 1
            },
            "even the right PIN waits"
        );
        assert_eq!(s.check_pin("2468", 1003 + LOCK_SECONDS), PinCheck::Correct);
    }
}
