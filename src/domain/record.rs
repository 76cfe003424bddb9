//! `PatientRecord`: the one aggregate that is saved, exported and imported.
//!
//! Every change is a pure function from the old record to the new one, so the UI never edits
//! fields itself and every rule is tested on the host.

use super::activity_plan::{ActivityPlan, PlanError};
use super::complaints_start::ComplaintsStart;
use super::date::{LocalDate, Timestamp};
use super::id::EntryId;
use super::nprs::{NprsEntry, NprsScore};
use super::qbpds::{QbpdsAnswer, QbpdsDraft, QbpdsEntry};
use serde::{Deserialize, Serialize};

/// The schema version this build writes. Older versions are migrated by `interop::migrate`.
/// 1: NPRS and QBPDS. 2: adds the activity plan and the time of the last backup.
/// 3: adds the start of the complaints (optional) and the text version of a QBPDS in progress.
pub const SCHEMA_VERSION: u32 = 3;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PatientRecord {
    pub schema_version: u32,
    /// Start of the current episode; the baseline is the first measurement from here on.
    /// `None`: everything counts. A clinician can reset it.
    #[serde(default)]
    pub episode_start: Option<Timestamp>,
    #[serde(default)]
    pub nprs: Vec<NprsEntry>,
    #[serde(default)]
    pub qbpds: Vec<QbpdsEntry>,
    #[serde(default)]
    pub qbpds_draft: Option<QbpdsDraft>,
    #[serde(default)]
    pub plan: ActivityPlan,
    /// When the patient last downloaded a backup, to remind them when it gets old.
    #[serde(default)]
    pub last_backup_at: Option<Timestamp>,
    /// When this episode of complaints began, as the patient remembers it; `None`: not asked
    /// yet. The stepped-care cues count from it (`complaints_start.rs`).
    #[serde(default)]
    pub complaints_start: Option<ComplaintsStart>,
}

impl Default for PatientRecord {
    fn default() -> Self {
        Self {
            schema_version: SCHEMA_VERSION,
            episode_start: None,
            nprs: Vec::new(),
            qbpds: Vec::new(),
            qbpds_draft: None,
            plan: ActivityPlan::default(),
            last_backup_at: None,
            complaints_start: None,
        }
    }
}

impl PatientRecord {
    pub fn is_empty(&self) -> bool {
        self.nprs.is_empty()
            && self.qbpds.is_empty()
            && self.qbpds_draft.is_none()
            && self.plan.revisions.is_empty()
            && self.plan.logs.is_empty()
            && self.complaints_start.is_none()
    }

    pub fn add_nprs(&mut self, id: EntryId, recorded_at: Timestamp, score: NprsScore) {
        self.nprs.push(NprsEntry {
            id,
            recorded_at,
            score,
        });
        crate::domain::sort::sort_by_key(&mut self.nprs, |e| e.recorded_at);
    }

    /// Removes an entry; `false` when there was none with that id.
    pub fn delete_nprs(&mut self, id: &EntryId) -> bool {
        let before = self.nprs.len();
        self.nprs.retain(|e| &e.id != id);
        self.nprs.len() != before
    }

    pub fn latest_nprs(&self) -> Option<&NprsEntry> {
        self.nprs.iter().max_by_key(|e| e.recorded_at)
    }

    /// Starts a new questionnaire unless one is already in progress (then that one is kept).
    /// `text_version` is the item text shown: it stays with the questionnaire until it is
    /// finished, whatever language is on screen by then.
    pub fn start_qbpds(&mut self, id: EntryId, now: Timestamp, text_version: &str) -> &mut QbpdsDraft {
        self.qbpds_draft
            .get_or_insert_with(|| QbpdsDraft::new(id, now, text_version))
    }

    /// The patient's answer to "when did this episode begin" (a checked date, or `None` for
    /// "I don't know"); a new answer replaces the old one.
    pub fn set_complaints_start(&mut self, date: Option<super::date::LocalDate>, now: Timestamp) {
        self.complaints_start = Some(ComplaintsStart {
            date,
            answered_at: now,
        });
    }

    pub fn answer_qbpds(&mut self, index: usize, answer: QbpdsAnswer) {
        if let Some(draft) = self.qbpds_draft.as_mut() {
            draft.answer(index, answer);
        }
    }

    pub fn move_qbpds(&mut self, position: usize) {
        if let Some(draft) = self.qbpds_draft.as_mut() {
            draft.go_to(position);
        }
    }

    pub fn mark_qbpds_skipped_offered(&mut self) {
        if let Some(draft) = self.qbpds_draft.as_mut() {
            draft.skipped_offered = true;
        }
    }

    /// Moves the draft to the finished entries. Returns the new entry's id. The text version
    /// is the one stored when the questionnaire was started; `fallback` is only for a draft
    /// saved by an older version of the app, which did not store it.
    pub fn finish_qbpds(&mut self, now: Timestamp, fallback: &str) -> Option<EntryId> {
        let draft = self.qbpds_draft.take()?;
        let entry = draft.finish(now, fallback);
        let id = entry.id.clone();
        self.qbpds.push(entry);
        crate::domain::sort::sort_by_key(&mut self.qbpds, |e| e.completed_at);
        Some(id)
    }

    pub fn discard_qbpds_draft(&mut self) {
        self.qbpds_draft = None;
    }

    pub fn delete_qbpds(&mut self, id: &EntryId) -> bool {
        let before = self.qbpds.len();
        self.qbpds.retain(|e| &e.id != id);
        self.qbpds.len() != before
    }

    pub fn latest_qbpds(&self) -> Option<&QbpdsEntry> {
        self.qbpds.iter().max_by_key(|e| e.completed_at)
    }

    /// Adds what `incoming` has that this record lacks, matching entries by id; entries already
    /// here are kept as they are. A questionnaire in progress here wins over one in `incoming`.
    pub fn merge(&mut self, incoming: &PatientRecord) -> MergeCount {
        let mut count = MergeCount::default();
        for e in &incoming.nprs {
            if !self.nprs.iter().any(|x| x.id == e.id) {
                self.nprs.push(e.clone());
                count.nprs += 1;
            }
        }
        for e in &incoming.qbpds {
            if !self.qbpds.iter().any(|x| x.id == e.id) {
                self.qbpds.push(e.clone());
                count.qbpds += 1;
            }
        }
        for revision in &incoming.plan.revisions {
            if !self.plan.revisions.iter().any(|r| r.id == revision.id) {
                self.plan.revisions.push(revision.clone());
                count.plan_revisions += 1;
            }
        }
        for log in &incoming.plan.logs {
            if !self.plan.logs.iter().any(|l| l.id == log.id) {
                // Same activity and day from two devices: the later entry wins (see `log`).
                self.plan.log(log.clone());
                count.plan_logs += 1;
            }
        }
        if self.qbpds_draft.is_none() {
            self.qbpds_draft = incoming.qbpds_draft.clone();
        }
        if self.episode_start.is_none() {
            self.episode_start = incoming.episode_start;
        }
        // The later answer wins: it is the patient's latest word on it.
        if let Some(theirs) = incoming.complaints_start
            && self
                .complaints_start
                .is_none_or(|ours| theirs.answered_at > ours.answered_at)
        {
            self.complaints_start = Some(theirs);
        }
        crate::domain::sort::sort_by_key(&mut self.nprs, |e| e.recorded_at);
        crate::domain::sort::sort_by_key(&mut self.qbpds, |e| e.completed_at);
        count
    }
}

/// Why a decoded record is refused although every field on its own is valid.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RecordError {
    #[error("the entry id {0} appears twice")]
    DuplicateId(EntryId),
    #[error(transparent)]
    Plan(#[from] PlanError),
}

impl PatientRecord {
    /// The checks every decode runs (stored, backup, FHIR, hand-over code; issue 15): measurement
    /// ids are unique, so deleting one entry can never delete two, and the plan is valid as a
    /// whole (its ids unique, every date within the supported years).
    pub fn validate(&self) -> Result<(), RecordError> {
        let mut ids = std::collections::BTreeSet::new();
        let measurement_ids = self
            .nprs
            .iter()
            .map(|e| &e.id)
            .chain(self.qbpds.iter().map(|e| &e.id))
            .chain(self.qbpds_draft.iter().map(|d| &d.id));
        for id in measurement_ids {
            if !ids.insert(id) {
                return Err(RecordError::DuplicateId(id.clone()));
            }
        }
        self.plan.validate()?;
        Ok(())
    }

    /// For a record that is imported (backup, FHIR, hand-over code): every plan date lies
    /// within two years of `today` (see `activity_plan::plan_date_window`).
    pub fn check_import_dates(&self, today: LocalDate) -> Result<(), PlanError> {
        self.plan.check_dates_near(today)
    }
}

/// How many entries a merge added.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MergeCount {
    pub nprs: usize,
    pub qbpds: usize,
    pub plan_revisions: usize,
    pub plan_logs: usize,
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn t(s: &str) -> Timestamp {
        Timestamp::parse(s).unwrap()
    }

    #[test]
    fn nprs_add_keeps_time_order_and_delete_by_id() {
        let mut r = PatientRecord::default();
        let a = EntryId::from_random([1; 16]);
        let b = EntryId::from_random([2; 16]);
        r.add_nprs(
            a.clone(),
            t("2026-11-02T10:00:00+01:00"),
            NprsScore::new(5).unwrap(),
        );
        r.add_nprs(
            b.clone(),
            t("2026-11-01T10:00:00+01:00"),
            NprsScore::new(7).unwrap(),
        );
        assert_eq!(r.nprs[0].id, b);
        assert_eq!(r.latest_nprs().map(|e| e.score.value()), Some(5));
        assert!(r.delete_nprs(&a));
        assert!(!r.delete_nprs(&a));
        assert_eq!(r.nprs.len(), 1);
    }

    #[test]
    fn merge_adds_only_what_is_new_and_is_idempotent() {
        let mut a = PatientRecord::default();
        a.add_nprs(
            EntryId::from_random([1; 16]),
            t("2026-11-02T10:00:00+01:00"),
            NprsScore::new(5).unwrap(),
        );
        let mut b = a.clone();
        b.add_nprs(
            EntryId::from_random([2; 16]),
            t("2026-11-01T10:00:00+01:00"),
            NprsScore::new(8).unwrap(),
        );
        let count = a.merge(&b);
        assert_eq!(
            count,
            MergeCount {
                nprs: 1,
                ..MergeCount::default()
            }
        );
        assert_eq!(a.nprs.len(), 2);
        assert_eq!(a.nprs[0].score.value(), 8, "kept in time order");
        assert_eq!(a.merge(&b), MergeCount::default(), "merging twice adds nothing");
        let mut c = b.clone();
        c.merge(&a);
        assert_eq!(c, a, "the same entries whichever side merges");
    }

    #[test]
    fn one_draft_at_a_time() {
        let mut r = PatientRecord::default();
        let now = t("2026-11-02T10:00:00+01:00");
        r.start_qbpds(EntryId::from_random([1; 16]), now, "v");
        r.answer_qbpds(0, QbpdsAnswer::new(3).unwrap());
        // A second start keeps the first draft and its answers.
        r.start_qbpds(EntryId::from_random([2; 16]), now, "w");
        let draft = r.qbpds_draft.as_ref().unwrap();
        assert_eq!(draft.id, EntryId::from_random([1; 16]));
        assert_eq!(draft.answers.answered(), 1);
        let id = r.finish_qbpds(now, "v").unwrap();
        assert!(r.qbpds_draft.is_none());
        assert_eq!(r.qbpds[0].id, id);
        assert!(r.finish_qbpds(now, "v").is_none());
        assert!(r.delete_qbpds(&id));
        assert!(r.is_empty());
    }

    /// Issue 14 item 5: the text version is the one on screen when the questionnaire was
    /// started, not the language on screen when it is finished.
    #[test]
    fn qbpds_text_version_is_fixed_at_the_start() {
        let mut r = PatientRecord::default();
        let now = t("2026-11-02T10:00:00+01:00");
        r.start_qbpds(EntryId::from_random([1; 16]), now, "qbpds-nl-rugplan-working-1");
        // The patient switches to English before finishing.
        r.finish_qbpds(now, "qbpds-en-kopec-1995");
        assert_eq!(r.qbpds[0].text_version, "qbpds-nl-rugplan-working-1");
        // A draft saved by an older app (no version stored) falls back to the one on screen.
        r.start_qbpds(EntryId::from_random([2; 16]), now, "x");
        if let Some(d) = r.qbpds_draft.as_mut() {
            d.text_version = None;
        }
        r.finish_qbpds(now, "qbpds-en-kopec-1995");
        assert_eq!(r.qbpds[1].text_version, "qbpds-en-kopec-1995");
    }

    #[test]
    fn complaints_start_merges_by_latest_answer() {
        use crate::domain::date::LocalDate;
        let mut a = PatientRecord::default();
        let mut b = PatientRecord::default();
        a.set_complaints_start(LocalDate::new(2026, 3, 1), t("2026-03-10T10:00:00+01:00"));
        b.set_complaints_start(None, t("2026-03-12T10:00:00+01:00"));
        let mut merged = a.clone();
        merged.merge(&b);
        assert_eq!(merged.complaints_start, b.complaints_start, "later answer wins");
        let mut merged = b.clone();
        merged.merge(&a);
        assert_eq!(
            merged.complaints_start, b.complaints_start,
            "earlier answer does not"
        );
        let mut empty = PatientRecord::default();
        empty.merge(&a);
        assert_eq!(empty.complaints_start, a.complaints_start);
    }
}
