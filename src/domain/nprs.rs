//! NPRS: the Numeric Pain Rating Scale, average pain over the last 24 hours, 0-10.

use super::change::{Change, Instrument};
use super::date::Timestamp;
use super::id::EntryId;
use serde::{Deserialize, Deserializer, Serialize};

pub const NPRS_MAX: u8 = 10;

/// A whole number 0..=10; anything else cannot exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct NprsScore(u8);

impl NprsScore {
    pub fn new(value: u8) -> Option<Self> {
        (value <= NPRS_MAX).then_some(Self(value))
    }
    pub fn value(self) -> u8 {
        self.0
    }
    /// All 11 possible answers in order, for the radio group.
    pub fn all() -> impl Iterator<Item = NprsScore> {
        (0..=NPRS_MAX).map(NprsScore)
    }
}

impl<'de> Deserialize<'de> for NprsScore {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = u8::deserialize(d)?;
        NprsScore::new(v).ok_or_else(|| serde::de::Error::custom("NPRS score must be 0-10"))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NprsEntry {
    pub id: EntryId,
    pub recorded_at: Timestamp,
    pub score: NprsScore,
}

/// Change of the latest entry against the baseline (the first entry since `episode_start`).
///
/// `entries` may be in any order. `None` when there are fewer than two entries in the episode.
pub fn nprs_change(entries: &[NprsEntry], episode_start: Option<Timestamp>) -> Option<Change> {
    let mut in_episode: Vec<&NprsEntry> = entries
        .iter()
        .filter(|e| episode_start.is_none_or(|start| e.recorded_at >= start))
        .collect();
    if in_episode.len() < 2 {
        return None;
    }
    crate::domain::sort::sort_by_key(&mut in_episode, |e| e.recorded_at);
    let baseline = in_episode.first()?;
    let latest = in_episode.last()?;
    Some(Change::between(
        Instrument::Nprs,
        u32::from(baseline.score.value()),
        u32::from(latest.score.value()),
    ))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::change::Verdict;

    fn entry(n: u8, at: &str, score: u8) -> NprsEntry {
        NprsEntry {
            id: EntryId::from_random([n; 16]),
            recorded_at: Timestamp::parse(at).unwrap(),
            score: NprsScore::new(score).unwrap(),
        }
    }

    #[test]
    fn score_range_is_enforced() {
        assert!(NprsScore::new(10).is_some());
        assert!(NprsScore::new(11).is_none());
        assert_eq!(NprsScore::all().count(), 11);
        assert!(serde_json::from_str::<NprsScore>("11").is_err());
        assert!(serde_json::from_str::<NprsScore>("-1").is_err());
        assert!(serde_json::from_str::<NprsScore>("2.5").is_err());
    }

    #[test]
    fn baseline_is_first_entry_by_time_not_by_position() {
        let entries = vec![
            entry(2, "2026-11-10T09:00:00+01:00", 4),
            entry(1, "2026-11-01T09:00:00+01:00", 8),
        ];
        let c = nprs_change(&entries, None).unwrap();
        assert_eq!((c.baseline, c.latest), (8, 4));
        assert_eq!(c.verdict, Verdict::RelevantImprovement);
    }

    #[test]
    fn episode_start_moves_the_baseline() {
        let entries = vec![
            entry(1, "2026-01-01T09:00:00+01:00", 9),
            entry(2, "2026-11-01T09:00:00+01:00", 5),
            entry(3, "2026-11-10T09:00:00+01:00", 4),
        ];
        let start = Timestamp::parse("2026-10-01T00:00:00+02:00").ok();
        let c = nprs_change(&entries, start).unwrap();
        assert_eq!(c.baseline, 5);
        assert_eq!(c.verdict, Verdict::Improvement);
    }

    #[test]
    fn one_entry_has_no_change() {
        assert!(nprs_change(&[entry(1, "2026-11-01T09:00:00+01:00", 3)], None).is_none());
    }
}
