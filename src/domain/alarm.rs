//! The alarm-sign self-check (CONTENT.md §5): which signs exist, in which tier, and the advice
//! that follows. Texts live in `i18n::content`; this module only decides, and never diagnoses.

/// How urgent a sign is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AlarmTier {
    /// Call 112 or the GP emergency line now (NHG box "Spoed bij lagerugpijn").
    Emergency,
    /// Contact the GP within days (NHG Tabel 1, alarm symptoms for a specific cause).
    Soon,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AlarmSign {
    /// Stable id, used for texts and tests.
    pub id: &'static str,
    pub tier: AlarmTier,
}

const fn sign(id: &'static str, tier: AlarmTier) -> AlarmSign {
    AlarmSign { id, tier }
}

/// Every sign, emergency tier first. The order is the order on screen.
pub const ALARM_SIGNS: [AlarmSign; 12] = [
    sign("sudden_severe_pain_faint", AlarmTier::Emergency),
    sign("bladder_bowel", AlarmTier::Emergency),
    sign("saddle_numbness", AlarmTier::Emergency),
    sign("leg_weakness_worsening", AlarmTier::Emergency),
    sign("after_back_procedure", AlarmTier::Emergency),
    sign("cancer_history", AlarmTier::Soon),
    sign("weight_loss", AlarmTier::Soon),
    sign("fever_night_sweats", AlarmTier::Soon),
    sign("constant_night_pain", AlarmTier::Soon),
    sign("fall_or_accident", AlarmTier::Soon),
    sign("steroids_osteoporosis", AlarmTier::Soon),
    sign("young_onset_morning_stiffness", AlarmTier::Soon),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AlarmAdvice {
    /// At least one emergency sign: call 112 or the GP emergency line now.
    CallNow,
    /// At least one "soon" sign and no emergency sign: contact the GP within days.
    ContactGpSoon,
    /// No sign ticked: no alarm signs; the usual advice applies.
    NoSigns,
}

/// The advice for the ticked signs. Unknown ids are ignored (they cannot come from the UI).
pub fn alarm_advice<'a>(ticked: impl IntoIterator<Item = &'a str>) -> AlarmAdvice {
    let mut advice = AlarmAdvice::NoSigns;
    for id in ticked {
        match ALARM_SIGNS.iter().find(|s| s.id == id).map(|s| s.tier) {
            Some(AlarmTier::Emergency) => return AlarmAdvice::CallNow,
            Some(AlarmTier::Soon) => advice = AlarmAdvice::ContactGpSoon,
            None => {}
        }
    }
    advice
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn emergency_wins_over_soon() {
        assert_eq!(alarm_advice([]), AlarmAdvice::NoSigns);
        assert_eq!(alarm_advice(["weight_loss"]), AlarmAdvice::ContactGpSoon);
        assert_eq!(
            alarm_advice(["weight_loss", "bladder_bowel"]),
            AlarmAdvice::CallNow
        );
        assert_eq!(alarm_advice(["saddle_numbness"]), AlarmAdvice::CallNow);
        assert_eq!(alarm_advice(["no_such_sign"]), AlarmAdvice::NoSigns);
    }

    #[test]
    fn every_sign_of_each_tier_gives_that_tiers_advice() {
        for s in ALARM_SIGNS {
            let expected = match s.tier {
                AlarmTier::Emergency => AlarmAdvice::CallNow,
                AlarmTier::Soon => AlarmAdvice::ContactGpSoon,
            };
            assert_eq!(alarm_advice([s.id]), expected, "{}", s.id);
        }
        let mut ids: Vec<_> = ALARM_SIGNS.iter().map(|s| s.id).collect();
        ids.dedup();
        assert_eq!(ids.len(), ALARM_SIGNS.len(), "ids are unique");
    }
}
