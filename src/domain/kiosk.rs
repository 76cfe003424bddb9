//! Waiting-room kiosk settings: the staff PIN (kept only as a salted, stretched SHA-256 hash),
//! which instruments a patient session offers, the idle time, and a limit on wrong PIN tries;
//! and the order of the steps of one patient's session ([`KioskFlow`]).

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

/// A step of one patient's waiting-room session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KioskStep {
    Welcome,
    Nprs,
    Qbpds,
    /// "Would you like to check the warning signs?" (only when staff chose to offer it).
    AlarmOffer,
    Alarm,
    Handover,
}

/// Which step comes next in one patient's session. The alarm check can be opened at any moment
/// (the header link, the link after an NPRS of 9-10): the patient then comes back to where they
/// were, and is not offered the check a second time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KioskFlow {
    steps: Vec<KioskStep>,
    current: KioskStep,
    /// Where "next" leads from the alarm check when it was opened from a link.
    back_to: Option<KioskStep>,
}

impl KioskFlow {
    /// The steps for these settings (`None`: every instrument, as before settings existed).
    pub fn new(settings: Option<&KioskSettings>) -> Self {
        let offers = |pick: fn(&KioskSettings) -> bool| settings.is_none_or(pick);
        let mut steps = vec![KioskStep::Welcome];
        if offers(|k| k.nprs) {
            steps.push(KioskStep::Nprs);
        }
        if offers(|k| k.qbpds) {
            steps.push(KioskStep::Qbpds);
        }
        if offers(|k| k.alarm) {
            steps.push(KioskStep::AlarmOffer);
        }
        steps.push(KioskStep::Handover);
        Self {
            steps,
            current: KioskStep::Welcome,
            back_to: None,
        }
    }

    pub fn current(&self) -> KioskStep {
        self.current
    }

    /// Goes on from the current step. `alarm_answered`: the alarm check already has an answer,
    /// so it is not offered again.
    pub fn next(&mut self, alarm_answered: bool) {
        let from = match (self.current, self.back_to.take()) {
            (KioskStep::Alarm, Some(back)) => {
                self.current = back;
                return;
            }
            (KioskStep::Alarm, None) => KioskStep::AlarmOffer,
            (step, _) => step,
        };
        let mut following = self.steps.iter().skip_while(|s| **s != from).skip(1).copied();
        self.current = following
            .find(|s| !(alarm_answered && *s == KioskStep::AlarmOffer))
            .unwrap_or(KioskStep::Handover);
    }

    /// The patient accepts the offer of the alarm check.
    pub fn accept_alarm(&mut self) {
        self.current = KioskStep::Alarm;
        self.back_to = None;
    }

    /// Opens the alarm check from a link; "next" returns to the current step. Works whether or
    /// not staff chose to offer the check: it must always be reachable.
    pub fn open_alarm(&mut self) {
        if self.current != KioskStep::Alarm {
            self.back_to = Some(match self.current {
                // Declining or accepting the offer is answered by opening the check.
                KioskStep::AlarmOffer => KioskStep::Handover,
                step => step,
            });
            self.current = KioskStep::Alarm;
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

    fn step_through(flow: &mut KioskFlow, alarm_answered: bool) -> Vec<KioskStep> {
        let mut seen = vec![flow.current()];
        for _ in 0..10 {
            if flow.current() == KioskStep::Handover {
                break;
            }
            flow.next(alarm_answered);
            seen.push(flow.current());
        }
        seen
    }

    #[test]
    fn the_session_follows_the_chosen_instruments() {
        use KioskStep::*;
        let all = settings();
        assert_eq!(
            step_through(&mut KioskFlow::new(Some(&all)), false),
            [Welcome, Nprs, Qbpds, AlarmOffer, Handover]
        );
        let nprs_only = KioskSettings::new([1; 16], "1234", "1234", (true, false, false), 3).unwrap();
        assert_eq!(
            step_through(&mut KioskFlow::new(Some(&nprs_only)), false),
            [Welcome, Nprs, Handover]
        );
        assert_eq!(
            step_through(&mut KioskFlow::new(None), false),
            [Welcome, Nprs, Qbpds, AlarmOffer, Handover]
        );
    }

    #[test]
    fn the_offered_alarm_check_leads_to_the_handover() {
        let mut flow = KioskFlow::new(Some(&settings()));
        flow.next(false);
        flow.next(false);
        flow.next(false);
        assert_eq!(flow.current(), KioskStep::AlarmOffer);
        flow.accept_alarm();
        assert_eq!(flow.current(), KioskStep::Alarm);
        flow.next(true);
        assert_eq!(flow.current(), KioskStep::Handover);
    }

    #[test]
    fn a_link_opens_the_alarm_check_and_next_comes_back() {
        // The link after an NPRS of 9-10 (CONTENT §5) and the header link, in a kiosk session.
        let mut flow = KioskFlow::new(Some(&settings()));
        flow.next(false);
        assert_eq!(flow.current(), KioskStep::Nprs);
        flow.open_alarm();
        assert_eq!(flow.current(), KioskStep::Alarm);
        flow.open_alarm();
        assert_eq!(flow.current(), KioskStep::Alarm, "a second click changes nothing");
        flow.next(true);
        assert_eq!(flow.current(), KioskStep::Nprs, "back to the pain score");
        flow.next(true);
        assert_eq!(flow.current(), KioskStep::Qbpds);
        flow.next(true);
        assert_eq!(
            flow.current(),
            KioskStep::Handover,
            "an answered check is not offered again"
        );
    }

    #[test]
    fn an_unanswered_check_is_still_offered_and_links_work_without_the_offer() {
        let mut flow = KioskFlow::new(Some(&settings()));
        flow.next(false);
        flow.open_alarm();
        flow.next(false);
        flow.next(false);
        flow.next(false);
        assert_eq!(flow.current(), KioskStep::AlarmOffer);
        flow.open_alarm();
        flow.next(true);
        assert_eq!(flow.current(), KioskStep::Handover);

        let no_offer = KioskSettings::new([1; 16], "1234", "1234", (true, true, false), 3).unwrap();
        let mut flow = KioskFlow::new(Some(&no_offer));
        flow.open_alarm();
        assert_eq!(flow.current(), KioskStep::Alarm, "from the welcome screen too");
        flow.next(false);
        assert_eq!(flow.current(), KioskStep::Welcome);
        for _ in 0..3 {
            flow.next(false);
        }
        assert_eq!(flow.current(), KioskStep::Handover);
        flow.open_alarm();
        flow.next(true);
        assert_eq!(
            flow.current(),
            KioskStep::Handover,
            "from the hand-over back to it"
        );
    }
}
