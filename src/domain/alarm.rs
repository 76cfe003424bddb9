//! The alarm-sign self-check (CONTENT.md §5): which signs exist, in which tier, what the patient
//! has answered so far, and the advice that follows. Texts live in `i18n::content`; this module
//! only decides, and never diagnoses.
//!
//! Sources: NHG box "Spoed bij lagerugpijn" (NHG:L338-370), where every sign counts on its own
//! ("wees alert ... bij" followed by one sign a line); NHG Tabel 1 (NHG:L612-665), where a single
//! sign "hoeft niet direct op een specifieke oorzaak te wijzen" but a combination makes it more
//! likely (NHG:L613-615); the exception "maligniteit in de voorgeschiedenis" (NHG:L2870-2879),
//! referred within one week (NHG:L1159-1163 + L1059-1062).

/// How urgent a sign is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AlarmTier {
    /// Call a doctor now: the GP (emergency line), the huisartsenpost, 1733 or 112 (NHG box
    /// "Spoed bij lagerugpijn", NHG:L338-370: "verwijs met spoed", L366-370).
    Emergency,
    /// Contact the GP within days (NHG Tabel 1, signs of a specific cause; severe radiating leg
    /// pain on its own).
    Soon,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AlarmSign {
    /// Stable id, used for texts and tests.
    pub id: &'static str,
    pub tier: AlarmTier,
    /// Whether "one such point alone is usually not serious" may follow when this is the only
    /// sign ticked. Only for NHG Tabel 1 signs, whose header says exactly that (NHG:L613-615);
    /// never for history of cancer, the exception NHG names (NHG:L2870-2879), and never for a
    /// sign from the "Spoed" box.
    pub may_reassure: bool,
    /// This sign makes 112 the first number: a ruptured aneurysm of the abdominal aorta cannot
    /// wait for a call-back (NHG:L341-351, "verwijs met spoed" L366-368).
    pub call_112_first: bool,
}

const fn emergency(id: &'static str) -> AlarmSign {
    AlarmSign {
        id,
        tier: AlarmTier::Emergency,
        may_reassure: false,
        call_112_first: false,
    }
}

const fn soon(id: &'static str, may_reassure: bool) -> AlarmSign {
    AlarmSign {
        id,
        tier: AlarmTier::Soon,
        may_reassure,
        call_112_first: false,
    }
}

/// Every sign, emergency tier first. The order is the order on screen.
pub const ALARM_SIGNS: [AlarmSign; 14] = [
    // NHG:L341-351: acute severe pain independent of movement or posture counts on its own; age
    // over 40, a known aneurysm and signs of shock are further lines of the same list, so the
    // sign text names them as making it more urgent, not as conditions.
    AlarmSign {
        call_112_first: true,
        ..emergency("sudden_severe_pain")
    },
    // NHG:L360-361: urinary retention and/or incontinence of urine and/or faeces.
    emergency("bladder_bowel"),
    // NHG:L356-357: "rijbroekanesthesie" (saddle anaesthesia).
    emergency("saddle_numbness"),
    // NHG:L356-357: "(uni- of bilaterale) motorische en/of sensibele uitval": new weakness or
    // numbness in one or both legs, not only when it gets worse quickly.
    emergency("leg_weakness_numbness"),
    // NHG:L362-363 + L368-370: more pain or weakness after a recent procedure on the back
    // (< 3 days, < 14 days with anticoagulants).
    emergency("after_back_procedure"),
    // NHG:L358 "hevige radiculaire pijn": in the Spoed box, but on its own the issue and CONTENT
    // §5 place it at "contact your GP within days"; with any emergency sign the emergency tier
    // wins (see `AlarmAnswer::result`). No reassurance: it is not a Tabel 1 sign.
    soon("severe_leg_pain", false),
    // NHG Tabel 1 L623 and the exception L2870-2879: refer within a week (L1159-1163).
    soon("cancer_history", false),
    // NHG Tabel 1 L628 (malignancy) and L659 (spondylodiscitis).
    soon("weight_loss", true),
    // NHG Tabel 1 L627 (malaise, night sweats) and L658 (fever, chills, night sweats).
    soon("fever_night_sweats", true),
    // NHG Tabel 1 L625-626: continuous pain independent of posture; worse at night.
    soon("constant_night_pain", true),
    // NHG Tabel 1 L636: complaints right after a high-energy trauma.
    soon("fall_or_accident", true),
    // NHG Tabel 1 L637: long-term use of corticosteroids (tablets or injections, not inhalers or
    // creams); KNGF:L642-646: osteoporosis, steroid use and trauma best predict a fracture.
    soon("steroids_osteoporosis", true),
    // NHG Tabel 1 L651: back pain starting before age 20 (spondylolisthesis).
    soon("onset_before_20", true),
    // NHG Tabel 1 L640-645: onset before 45 with complaints for more than 3 months, almost daily,
    // morning stiffness, better with moving. The sign text asks for all of them together.
    soon("young_onset_morning_stiffness", true),
];

/// The sign with this id, if it exists.
pub fn sign(id: &str) -> Option<&'static AlarmSign> {
    ALARM_SIGNS.iter().find(|s| s.id == id)
}

/// What the patient has answered so far. Nothing is decided before an answer: the check starts
/// as `NotAnswered`, and only a ticked sign or an explicit "none of these" gives a verdict.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AlarmAnswer {
    /// Ticked sign ids, in the order they were ticked.
    ticked: Vec<&'static str>,
    /// The patient chose "none of these apply to me".
    none_of_these: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AlarmAdvice {
    /// Nothing ticked and "none of these" not chosen: no verdict, reassuring or otherwise.
    NotAnswered,
    /// At least one emergency sign: call a doctor now. `call_112_first` when a ticked sign needs
    /// 112 before the GP lines.
    CallNow { call_112_first: bool },
    /// At least one "soon" sign and no emergency sign: contact the GP within days.
    ContactGpSoon,
    /// The patient chose "none of these": no alarm signs; the usual advice applies.
    NoSigns,
}

/// The outcome of the check, for the result box and the waiting-room hand-over.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlarmResult {
    pub advice: AlarmAdvice,
    /// "One such point alone is usually not serious" may be shown.
    pub reassure: bool,
    /// The ticked signs, in screen order.
    pub signs: Vec<&'static AlarmSign>,
}

impl AlarmAnswer {
    /// Ticks or unticks a sign. Ticking a sign ends "none of these". Unknown ids are ignored
    /// (they cannot come from the UI).
    pub fn set_sign(&mut self, id: &str, on: bool) {
        let Some(sign) = sign(id) else { return };
        self.ticked.retain(|x| *x != sign.id);
        if on {
            self.ticked.push(sign.id);
            self.none_of_these = false;
        }
    }

    /// Chooses or drops "none of these". While a sign is ticked it cannot be chosen: a tick is
    /// never undone by another control (the UI disables it then).
    pub fn set_none_of_these(&mut self, on: bool) {
        self.none_of_these = on && self.ticked.is_empty();
    }

    pub fn is_ticked(&self, id: &str) -> bool {
        self.ticked.contains(&id)
    }

    pub fn any_ticked(&self) -> bool {
        !self.ticked.is_empty()
    }

    pub fn none_of_these(&self) -> bool {
        self.none_of_these
    }

    /// The advice for what has been answered.
    pub fn result(&self) -> AlarmResult {
        let signs: Vec<&'static AlarmSign> = ALARM_SIGNS.iter().filter(|s| self.is_ticked(s.id)).collect();
        let emergency = signs.iter().any(|s| s.tier == AlarmTier::Emergency);
        let advice = if emergency {
            AlarmAdvice::CallNow {
                call_112_first: signs.iter().any(|s| s.call_112_first),
            }
        } else if !signs.is_empty() {
            AlarmAdvice::ContactGpSoon
        } else if self.none_of_these {
            AlarmAdvice::NoSigns
        } else {
            AlarmAdvice::NotAnswered
        };
        // NHG:L613-615: one Tabel 1 sign need not point to a cause; a combination makes it more
        // likely, so two or more signs get no reassurance, and neither does an excepted sign.
        let reassure =
            advice == AlarmAdvice::ContactGpSoon && matches!(signs.as_slice(), [only] if only.may_reassure);
        AlarmResult {
            advice,
            reassure,
            signs,
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn answer(ids: &[&str]) -> AlarmAnswer {
        let mut a = AlarmAnswer::default();
        for id in ids {
            a.set_sign(id, true);
        }
        a
    }

    fn advice(ids: &[&str]) -> AlarmAdvice {
        answer(ids).result().advice
    }

    const CALL_NOW: AlarmAdvice = AlarmAdvice::CallNow {
        call_112_first: false,
    };
    const CALL_112: AlarmAdvice = AlarmAdvice::CallNow { call_112_first: true };

    /// One row per sign: id, advice when it is the only sign, reassurance allowed, seed line.
    const TABLE: [(&str, AlarmAdvice, bool); 14] = [
        // NHG:L341-351: sudden severe pain independent of movement counts on its own; 112 first.
        ("sudden_severe_pain", CALL_112, false),
        // NHG:L360-361: urinary retention or incontinence.
        ("bladder_bowel", CALL_NOW, false),
        // NHG:L356-357: saddle anaesthesia.
        ("saddle_numbness", CALL_NOW, false),
        // NHG:L356-357: new weakness or numbness in one or both legs.
        ("leg_weakness_numbness", CALL_NOW, false),
        // NHG:L362-363: more pain or weakness after a recent back procedure.
        ("after_back_procedure", CALL_NOW, false),
        // NHG:L358: severe radiating leg pain alone: GP within days, not a Tabel 1 sign.
        ("severe_leg_pain", AlarmAdvice::ContactGpSoon, false),
        // NHG:L623 + L2870-2879: history of cancer, the exception: never softened.
        ("cancer_history", AlarmAdvice::ContactGpSoon, false),
        // NHG:L628, L659: unexplained weight loss.
        ("weight_loss", AlarmAdvice::ContactGpSoon, true),
        // NHG:L627, L658: fever, chills, night sweats.
        ("fever_night_sweats", AlarmAdvice::ContactGpSoon, true),
        // NHG:L625-626: constant pain, worse at night.
        ("constant_night_pain", AlarmAdvice::ContactGpSoon, true),
        // NHG:L636: after a high-energy trauma.
        ("fall_or_accident", AlarmAdvice::ContactGpSoon, true),
        // NHG:L637, KNGF:L642-646: long-term corticosteroids, osteoporosis.
        ("steroids_osteoporosis", AlarmAdvice::ContactGpSoon, true),
        // NHG:L651: onset before 20.
        ("onset_before_20", AlarmAdvice::ContactGpSoon, true),
        // NHG:L640-645: before 45, > 3 months almost daily, morning stiffness.
        ("young_onset_morning_stiffness", AlarmAdvice::ContactGpSoon, true),
    ];

    #[test]
    fn every_sign_alone_gives_its_tiers_advice_and_reassurance_rule() {
        let ids: Vec<&str> = TABLE.iter().map(|(id, _, _)| *id).collect();
        let domain: Vec<&str> = ALARM_SIGNS.iter().map(|s| s.id).collect();
        assert_eq!(ids, domain, "the table covers every sign, in screen order");
        for (id, expected, reassure) in TABLE {
            let result = answer(&[id]).result();
            assert_eq!(result.advice, expected, "{id}");
            assert_eq!(result.reassure, reassure, "{id}");
            assert_eq!(result.signs.len(), 1, "{id}");
            assert_eq!(result.signs[0].id, id);
        }
    }

    #[test]
    fn no_verdict_before_an_answer() {
        // CONTENT §5: no reassuring verdict before "none of these" or a tick.
        let mut a = AlarmAnswer::default();
        assert_eq!(a.result().advice, AlarmAdvice::NotAnswered);
        assert!(!a.result().reassure);
        a.set_sign("weight_loss", true);
        a.set_sign("weight_loss", false);
        assert_eq!(
            a.result().advice,
            AlarmAdvice::NotAnswered,
            "unticking the last sign is not an answer of 'none'"
        );
        a.set_none_of_these(true);
        assert_eq!(a.result().advice, AlarmAdvice::NoSigns);
        assert!(!a.result().reassure, "no 'one point alone' text without a point");
        a.set_none_of_these(false);
        assert_eq!(a.result().advice, AlarmAdvice::NotAnswered);
    }

    #[test]
    fn a_tick_is_never_undone_by_none_of_these() {
        let mut a = answer(&["bladder_bowel"]);
        a.set_none_of_these(true);
        assert!(!a.none_of_these());
        assert!(a.is_ticked("bladder_bowel"));
        assert_eq!(a.result().advice, CALL_NOW);
        // The other way round: ticking a sign ends "none of these".
        let mut b = AlarmAnswer::default();
        b.set_none_of_these(true);
        b.set_sign("cancer_history", true);
        assert!(!b.none_of_these());
        assert_eq!(b.result().advice, AlarmAdvice::ContactGpSoon);
    }

    #[test]
    fn any_emergency_sign_wins_and_never_reassures() {
        // NHG:L338-370: each Spoed sign counts on its own, whatever else is ticked.
        for s in ALARM_SIGNS.iter().filter(|s| s.tier == AlarmTier::Emergency) {
            for other in ALARM_SIGNS {
                let result = answer(&[s.id, other.id]).result();
                assert!(
                    matches!(result.advice, AlarmAdvice::CallNow { .. }),
                    "{} + {}",
                    s.id,
                    other.id
                );
                assert!(!result.reassure, "{} + {}", s.id, other.id);
            }
        }
    }

    #[test]
    fn severe_leg_pain_alone_is_soon_with_a_call_now_sign_it_is_now() {
        // NHG:L355-363, CONTENT §5.
        assert_eq!(advice(&["severe_leg_pain"]), AlarmAdvice::ContactGpSoon);
        for id in [
            "bladder_bowel",
            "saddle_numbness",
            "leg_weakness_numbness",
            "after_back_procedure",
        ] {
            assert_eq!(advice(&["severe_leg_pain", id]), CALL_NOW, "{id}");
        }
        assert_eq!(advice(&["severe_leg_pain", "sudden_severe_pain"]), CALL_112);
        assert_eq!(
            advice(&["severe_leg_pain", "weight_loss"]),
            AlarmAdvice::ContactGpSoon
        );
    }

    #[test]
    fn the_aneurysm_sign_needs_no_second_sign_and_puts_112_first() {
        // NHG:L341-351: the pain itself is enough; dizziness etc. only make it more urgent.
        assert_eq!(advice(&["sudden_severe_pain"]), CALL_112);
        assert_eq!(advice(&["bladder_bowel", "sudden_severe_pain"]), CALL_112);
        assert_eq!(advice(&["bladder_bowel", "saddle_numbness"]), CALL_NOW);
    }

    #[test]
    fn cancer_history_is_never_softened() {
        // NHG:L2870-2879, L1159-1163: the exception to "one sign alone"; refer within a week.
        assert!(!answer(&["cancer_history"]).result().reassure);
        for other in ALARM_SIGNS.iter().filter(|s| s.tier == AlarmTier::Soon) {
            assert!(
                !answer(&["cancer_history", other.id]).result().reassure,
                "{}",
                other.id
            );
        }
    }

    #[test]
    fn two_soon_signs_get_no_reassurance() {
        // NHG:L613-615: a combination of signs makes a specific cause more likely.
        let soon: Vec<&str> = ALARM_SIGNS
            .iter()
            .filter(|s| s.tier == AlarmTier::Soon)
            .map(|s| s.id)
            .collect();
        for a in &soon {
            for b in &soon {
                let result = answer(&[a, b]).result();
                assert_eq!(result.advice, AlarmAdvice::ContactGpSoon, "{a} + {b}");
                if a != b {
                    assert!(!result.reassure, "{a} + {b}");
                    assert_eq!(result.signs.len(), 2);
                }
            }
        }
    }

    #[test]
    fn signs_come_back_in_screen_order_and_unknown_ids_are_ignored() {
        let mut a = answer(&["weight_loss", "bladder_bowel", "no_such_sign"]);
        let ids: Vec<&str> = a.result().signs.iter().map(|s| s.id).collect();
        assert_eq!(ids, ["bladder_bowel", "weight_loss"]);
        a.set_sign("bladder_bowel", false);
        assert_eq!(a.result().advice, AlarmAdvice::ContactGpSoon);
        assert_eq!(advice(&["no_such_sign"]), AlarmAdvice::NotAnswered);
        let mut ids: Vec<_> = ALARM_SIGNS.iter().map(|s| s.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), ALARM_SIGNS.len(), "ids are unique");
    }
}
