//! QBPDS: the Quebec Back Pain Disability Scale (Kopec 1995): 20 items scored 0-5, total 0-100.
//!
//! Scoring rules (CONTENT.md §2): the total is the sum of the 20 items and exists only when all
//! 20 are answered. With 1-2 items missing an *estimate* (mean of the answered items × 20) may be
//! shown, always labelled as one; with more missing there is no total. Nothing here invents an
//! answer: exports carry every item as it was given.

use super::change::{Change, Instrument};
use super::date::Timestamp;
use super::id::EntryId;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

pub const QBPDS_ITEMS: usize = 20;
pub const QBPDS_MAX_ANSWER: u8 = 5;
/// Most items that may be missing for an estimated total.
pub const QBPDS_MAX_MISSING_FOR_ESTIMATE: usize = 2;

/// One answer, 0 (not difficult at all) to 5 (unable to do).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct QbpdsAnswer(u8);

impl QbpdsAnswer {
    pub fn new(value: u8) -> Option<Self> {
        (value <= QBPDS_MAX_ANSWER).then_some(Self(value))
    }
    pub fn value(self) -> u8 {
        self.0
    }
    pub fn all() -> impl Iterator<Item = QbpdsAnswer> {
        (0..=QBPDS_MAX_ANSWER).map(QbpdsAnswer)
    }
}

impl<'de> Deserialize<'de> for QbpdsAnswer {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = u8::deserialize(d)?;
        QbpdsAnswer::new(v).ok_or_else(|| serde::de::Error::custom("QBPDS answer must be 0-5"))
    }
}

/// The six functional domains of Kopec 1995, with their 1-based item ranges.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QbpdsDomain {
    BedRest,
    SittingStanding,
    Ambulation,
    Movement,
    BendingStooping,
    HandlingObjects,
}

impl QbpdsDomain {
    pub const ALL: [QbpdsDomain; 6] = [
        QbpdsDomain::BedRest,
        QbpdsDomain::SittingStanding,
        QbpdsDomain::Ambulation,
        QbpdsDomain::Movement,
        QbpdsDomain::BendingStooping,
        QbpdsDomain::HandlingObjects,
    ];

    /// Item numbers (1-based, inclusive).
    pub fn items(self) -> std::ops::RangeInclusive<usize> {
        match self {
            QbpdsDomain::BedRest => 1..=3,
            QbpdsDomain::SittingStanding => 4..=6,
            QbpdsDomain::Ambulation => 7..=9,
            QbpdsDomain::Movement => 10..=12,
            QbpdsDomain::BendingStooping => 13..=16,
            QbpdsDomain::HandlingObjects => 17..=20,
        }
    }

    pub fn of_item(number: usize) -> Option<QbpdsDomain> {
        Self::ALL.into_iter().find(|d| d.items().contains(&number))
    }
}

/// The 20 answers, each possibly missing. Stored as a JSON array of 20 numbers or nulls.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct QbpdsAnswers([Option<QbpdsAnswer>; QBPDS_ITEMS]);

impl QbpdsAnswers {
    pub fn get(&self, index: usize) -> Option<QbpdsAnswer> {
        self.0.get(index).copied().flatten()
    }
    /// Sets or clears item `index` (0-based); out-of-range indexes are ignored.
    pub fn set(&mut self, index: usize, answer: Option<QbpdsAnswer>) {
        if let Some(slot) = self.0.get_mut(index) {
            *slot = answer;
        }
    }
    pub fn answered(&self) -> usize {
        self.0.iter().filter(|a| a.is_some()).count()
    }
    /// 0-based indexes of unanswered items, in order.
    pub fn missing(&self) -> Vec<usize> {
        (0..QBPDS_ITEMS).filter(|&i| self.0[i].is_none()).collect()
    }
    pub fn iter(&self) -> impl Iterator<Item = Option<QbpdsAnswer>> + '_ {
        self.0.iter().copied()
    }
    fn sum(&self) -> u32 {
        self.0.iter().flatten().map(|a| u32::from(a.value())).sum()
    }
}

impl Serialize for QbpdsAnswers {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl<'de> Deserialize<'de> for QbpdsAnswers {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = Vec::<Option<QbpdsAnswer>>::deserialize(d)?;
        let arr: [Option<QbpdsAnswer>; QBPDS_ITEMS] = v
            .try_into()
            .map_err(|_| serde::de::Error::custom("QBPDS needs exactly 20 answers (numbers or null)"))?;
        Ok(QbpdsAnswers(arr))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum QbpdsTotal {
    /// All 20 answered: the real total.
    Complete { value: u32 },
    /// 1-2 missing: mean of the answered items × 20, rounded; must be labelled as an estimate.
    Estimate { value: u32, missing: u8 },
    /// 3 or more missing: no total.
    NotScorable { missing: u8 },
}

impl QbpdsTotal {
    /// The real total only; estimates and unscorable forms give `None`.
    pub fn complete(self) -> Option<u32> {
        match self {
            QbpdsTotal::Complete { value } => Some(value),
            _ => None,
        }
    }
    /// The number to show, real or estimated.
    pub fn shown(self) -> Option<u32> {
        match self {
            QbpdsTotal::Complete { value } | QbpdsTotal::Estimate { value, .. } => Some(value),
            QbpdsTotal::NotScorable { .. } => None,
        }
    }
}

pub fn qbpds_total(answers: &QbpdsAnswers) -> QbpdsTotal {
    let answered = answers.answered();
    let missing = QBPDS_ITEMS - answered;
    let sum = answers.sum();
    if missing == 0 {
        QbpdsTotal::Complete { value: sum }
    } else if missing <= QBPDS_MAX_MISSING_FOR_ESTIMATE {
        let n = answered as u32;
        // round(sum / n * 20), half up, in integers.
        let value = (sum * 20 * 2 + n) / (2 * n);
        QbpdsTotal::Estimate {
            value,
            missing: missing as u8,
        }
    } else {
        QbpdsTotal::NotScorable {
            missing: missing as u8,
        }
    }
}

/// A domain's raw sum, for the clinician: `sum` of `answered` items out of `items` (max 5 each).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DomainScore {
    pub domain: QbpdsDomain,
    pub sum: u32,
    pub answered: usize,
    pub items: usize,
}

impl DomainScore {
    pub fn max(&self) -> u32 {
        self.items as u32 * u32::from(QBPDS_MAX_ANSWER)
    }
}

pub fn domain_scores(answers: &QbpdsAnswers) -> Vec<DomainScore> {
    QbpdsDomain::ALL
        .into_iter()
        .map(|domain| {
            let range = domain.items();
            let values: Vec<u32> = range
                .clone()
                .filter_map(|n| answers.get(n - 1))
                .map(|a| u32::from(a.value()))
                .collect();
            DomainScore {
                domain,
                sum: values.iter().sum(),
                answered: values.len(),
                items: range.count(),
            }
        })
        .collect()
}

/// A finished questionnaire.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QbpdsEntry {
    pub id: EntryId,
    pub started_at: Timestamp,
    pub completed_at: Timestamp,
    pub answers: QbpdsAnswers,
    /// Which item text was shown (`text_version` of the instrument file), for the clinician.
    pub text_version: String,
}

impl QbpdsEntry {
    pub fn total(&self) -> QbpdsTotal {
        qbpds_total(&self.answers)
    }
}

/// Where the patient is in the questionnaire in progress.
pub const QBPDS_REVIEW_POSITION: usize = QBPDS_ITEMS;

/// The one questionnaire in progress, kept apart from the finished ones.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QbpdsDraft {
    pub id: EntryId,
    pub started_at: Timestamp,
    pub answers: QbpdsAnswers,
    /// 0..20 = the item on screen (0-based); 20 = the review page.
    pub position: usize,
    /// The patient was already shown the skipped items once, so finishing is no longer held up.
    #[serde(default)]
    pub skipped_offered: bool,
    /// The item text shown, fixed when the questionnaire is started (schema 3). `None` in a
    /// draft saved by an older version of the app.
    #[serde(default)]
    pub text_version: Option<String>,
}

impl QbpdsDraft {
    pub fn new(id: EntryId, started_at: Timestamp, text_version: &str) -> Self {
        Self {
            id,
            started_at,
            answers: QbpdsAnswers::default(),
            position: 0,
            skipped_offered: false,
            text_version: Some(text_version.to_owned()),
        }
    }

    pub fn answer(&mut self, index: usize, answer: QbpdsAnswer) {
        self.answers.set(index, Some(answer));
    }

    pub fn go_to(&mut self, position: usize) {
        self.position = position.min(QBPDS_REVIEW_POSITION);
    }

    /// Turns the draft into a finished entry, with the text version stored at the start
    /// (`fallback` only for an old draft without one).
    pub fn finish(self, completed_at: Timestamp, fallback: &str) -> QbpdsEntry {
        QbpdsEntry {
            id: self.id,
            started_at: self.started_at,
            completed_at,
            answers: self.answers,
            text_version: self.text_version.unwrap_or_else(|| fallback.to_owned()),
        }
    }
}

/// Change of the latest complete QBPDS against the first complete one since `episode_start`.
/// Estimated totals are not used for change: a threshold decision needs a real total.
pub fn qbpds_change(entries: &[QbpdsEntry], episode_start: Option<Timestamp>) -> Option<Change> {
    let mut scored: Vec<(Timestamp, u32)> = entries
        .iter()
        .filter(|e| episode_start.is_none_or(|s| e.completed_at >= s))
        .filter_map(|e| e.total().complete().map(|t| (e.completed_at, t)))
        .collect();
    if scored.len() < 2 {
        return None;
    }
    crate::domain::sort::sort_by_key(&mut scored, |(at, _)| *at);
    let (_, baseline) = *scored.first()?;
    let (_, latest) = *scored.last()?;
    Some(Change::between(Instrument::Qbpds, baseline, latest))
}

/// For each entry (same order as `entries`): its change against the baseline, when both it and
/// the baseline have a complete total and it is not the baseline itself.
pub fn qbpds_changes(entries: &[QbpdsEntry], episode_start: Option<Timestamp>) -> Vec<Option<Change>> {
    let baseline = entries
        .iter()
        .filter(|e| episode_start.is_none_or(|s| e.completed_at >= s))
        .filter_map(|e| e.total().complete().map(|t| (e.completed_at, &e.id, t)))
        .min_by_key(|(at, _, _)| *at);
    entries
        .iter()
        .map(|e| {
            let (base_at, base_id, base) = baseline?;
            let total = e.total().complete()?;
            (e.id != *base_id && e.completed_at >= base_at)
                .then(|| Change::between(Instrument::Qbpds, base, total))
        })
        .collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn answers(values: &[Option<u8>]) -> QbpdsAnswers {
        let mut a = QbpdsAnswers::default();
        for (i, v) in values.iter().enumerate() {
            a.set(i, v.and_then(QbpdsAnswer::new));
        }
        a
    }

    fn full(v: u8) -> QbpdsAnswers {
        answers(&[Some(v); 20])
    }

    #[test]
    fn complete_total_is_the_sum() {
        assert_eq!(qbpds_total(&full(0)), QbpdsTotal::Complete { value: 0 });
        assert_eq!(qbpds_total(&full(5)), QbpdsTotal::Complete { value: 100 });
        let mut mixed = full(2);
        mixed.set(0, QbpdsAnswer::new(5));
        assert_eq!(qbpds_total(&mixed), QbpdsTotal::Complete { value: 43 });
    }

    #[test]
    fn estimate_with_one_or_two_missing() {
        let mut a = full(3);
        a.set(4, None);
        assert_eq!(
            qbpds_total(&a),
            QbpdsTotal::Estimate {
                value: 60,
                missing: 1
            }
        );
        a.set(5, None);
        assert_eq!(
            qbpds_total(&a),
            QbpdsTotal::Estimate {
                value: 60,
                missing: 2
            }
        );
        a.set(6, None);
        assert_eq!(qbpds_total(&a), QbpdsTotal::NotScorable { missing: 3 });
        assert_eq!(
            qbpds_total(&QbpdsAnswers::default()),
            QbpdsTotal::NotScorable { missing: 20 }
        );
    }

    #[test]
    fn estimate_rounds_half_up() {
        // 19 answers summing to 1: 1/19*20 = 1.05 -> 1; 10 of them 1 -> 10/19*20 = 10.53 -> 11.
        let mut a = full(0);
        a.set(19, None);
        a.set(0, QbpdsAnswer::new(1));
        assert_eq!(qbpds_total(&a).shown(), Some(1));
        for i in 0..10 {
            a.set(i, QbpdsAnswer::new(1));
        }
        assert_eq!(qbpds_total(&a).shown(), Some(11));
    }

    #[test]
    fn domains_cover_items_once_each() {
        let mut seen = [0; 21];
        for d in QbpdsDomain::ALL {
            for i in d.items() {
                seen[i] += 1;
            }
        }
        assert_eq!(&seen[1..], &[1; 20]);
        assert_eq!(QbpdsDomain::of_item(13), Some(QbpdsDomain::BendingStooping));
        assert_eq!(QbpdsDomain::of_item(21), None);
        let scores = domain_scores(&full(5));
        assert_eq!(scores.iter().map(|s| s.sum).sum::<u32>(), 100);
        assert_eq!(scores[4].max(), 20);
    }

    #[test]
    fn stored_answers_must_be_twenty_in_range() {
        assert!(serde_json::from_str::<QbpdsAnswers>("[1,2]").is_err());
        let mut s = vec!["1"; 19];
        s.push("6");
        assert!(serde_json::from_str::<QbpdsAnswers>(&format!("[{}]", s.join(","))).is_err());
        let ok = format!("[{}null]", "0,".repeat(19));
        assert_eq!(serde_json::from_str::<QbpdsAnswers>(&ok).unwrap().answered(), 19);
    }

    #[test]
    fn draft_position_is_clamped_and_finish_keeps_answers() {
        let t = Timestamp::parse("2026-11-22T10:00:00+01:00").unwrap();
        let mut d = QbpdsDraft::new(EntryId::from_random([1; 16]), t, "test-1");
        d.go_to(99);
        assert_eq!(d.position, QBPDS_REVIEW_POSITION);
        d.answer(3, QbpdsAnswer::new(4).unwrap());
        let e = d.finish(t, "test-1");
        assert_eq!(e.answers.get(3), QbpdsAnswer::new(4));
        assert_eq!(e.total(), QbpdsTotal::NotScorable { missing: 19 });
    }

    #[test]
    fn change_uses_complete_totals_only() {
        let at = |d: &str| Timestamp::parse(&format!("2026-11-{d}T10:00:00+01:00")).unwrap();
        let entry = |n: u8, day: &str, a: QbpdsAnswers| QbpdsEntry {
            id: EntryId::from_random([n; 16]),
            started_at: at(day),
            completed_at: at(day),
            answers: a,
            text_version: "t".into(),
        };
        let mut partial = full(0);
        partial.set(0, None);
        let entries = vec![
            entry(1, "01", full(3)),
            entry(2, "10", partial),
            entry(3, "05", full(2)),
        ];
        let c = qbpds_change(&entries, None).unwrap();
        assert_eq!((c.baseline, c.latest), (60, 40));
        let per_entry = qbpds_changes(&entries, None);
        assert!(
            per_entry[0].is_none(),
            "the baseline has no change against itself"
        );
        assert!(per_entry[1].is_none(), "an estimate has no change");
        assert_eq!(per_entry[2].as_ref().map(|c| c.difference), Some(-20));
    }

    fn arb_answers() -> impl Strategy<Value = [Option<u8>; 20]> {
        proptest::array::uniform20(proptest::option::weighted(0.9, 0u8..=5))
    }

    proptest! {
        #[test]
        fn total_is_sum_and_in_range(vals in proptest::array::uniform20(0u8..=5)) {
            let a = answers(&vals.map(Some));
            let sum: u32 = vals.iter().map(|&v| u32::from(v)).sum();
            prop_assert_eq!(qbpds_total(&a), QbpdsTotal::Complete { value: sum });
            prop_assert!(sum <= 100);
        }

        #[test]
        fn total_is_monotone_in_each_item(vals in proptest::array::uniform20(0u8..=5), i in 0usize..20) {
            prop_assume!(vals[i] < 5);
            let lower = qbpds_total(&answers(&vals.map(Some))).complete().unwrap();
            let mut up = vals;
            up[i] += 1;
            let higher = qbpds_total(&answers(&up.map(Some))).complete().unwrap();
            prop_assert_eq!(higher, lower + 1);
        }

        #[test]
        fn estimate_rule(vals in arb_answers()) {
            let a = answers(&vals);
            let missing = vals.iter().filter(|v| v.is_none()).count();
            match qbpds_total(&a) {
                QbpdsTotal::Complete { value } => { prop_assert_eq!(missing, 0); prop_assert!(value <= 100); }
                QbpdsTotal::Estimate { value, missing: m } => {
                    prop_assert!((1..=2).contains(&missing));
                    prop_assert_eq!(usize::from(m), missing);
                    prop_assert!(value <= 100);
                    // Within rounding of mean × 20.
                    let answered: Vec<u32> = vals.iter().flatten().map(|&v| u32::from(v)).collect();
                    let exact = answered.iter().sum::<u32>() as f64 / answered.len() as f64 * 20.0;
                    prop_assert!((value as f64 - exact).abs() <= 0.5 + 1e-9);
                }
                QbpdsTotal::NotScorable { missing: m } => {
                    prop_assert!(missing >= 3);
                    prop_assert_eq!(usize::from(m), missing);
                }
            }
        }
    }
}
