//! The time-contingent activity plan (graded activity): activities, revisions, day logs, schedule, adherence.
//!
//! CONTENT.md §4: the NHG asks for fixed dates for every step, regardless of the pain felt. The
//! mechanics here (baseline mean, start quota at a percentage of it, equal increments to the goal)
//! come from Dutch graded-activity protocols, not from the NHG, and every default is the
//! clinician's to change. The schedule is always computed from the activity and never stored, so
//! neither a log nor a pain note can move it; only an explicit, dated revision can, and older
//! revisions are kept as history.
//!
//! Everything is in calendar days (`LocalDate`): a step falls on a date, so a daylight-saving
//! change cannot shift it.

use super::date::{LocalDate, Timestamp};
use super::id::EntryId;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::ops::RangeInclusive;

pub const MAX_NAME_CHARS: usize = 80;
pub const MIN_BASELINE_DAYS: usize = 3;
/// Upper bound for any amount (baseline, goal, typed input): far above any real day of walking
/// metres, and low enough that no sum or product here can overflow.
pub const MAX_AMOUNT: u32 = 100_000;
/// 26 weeks.
pub const MAX_PLAN_DAYS: i64 = 182;
pub const STEP_INTERVAL_DAYS: RangeInclusive<u16> = 1..=28;
pub const START_PERCENT_RANGE: RangeInclusive<u8> = 10..=100;
/// Dutch graded-activity default; one Dutch RCT protocol used 70 %.
pub const DEFAULT_START_PERCENT: u8 = 80;
/// NHG example: "Ga na circa een week weer aan het werk".
pub const NHG_BACK_TO_WORK_DAYS: i64 = 7;
/// NHG example: "Kom na circa drie weken terug, tenzij u dan weer normaal functioneert".
pub const NHG_CONTROL_VISIT_DAYS: i64 = 21;
/// The years any plan date may fall in, whatever its source (typed, stored, backup). Far wider
/// than a real plan needs; it keeps a hostile "valid" file (a plan from year 1) from making every
/// per-day figure walk two thousand years. Checked on every decode (issue 15).
pub const PLAN_YEARS: RangeInclusive<i32> = 2000..=2100;
/// How far from today a plan date that is typed or imported may lie: two years either way
/// (issue 15). Stored plans are held to [`PLAN_YEARS`] only, so a record never becomes
/// unreadable just because time passed or the device clock is wrong.
pub const PLAN_DATE_MARGIN_DAYS: i64 = 2 * 366;
/// Missed days listed per activity (the most recent ones). The counts cover every day; the list
/// is what the plan page shows, and is bounded so that a long-running plan stays cheap.
pub const MISSED_LISTED: usize = 60;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    #[error("the activity needs a name")]
    NameEmpty,
    #[error("the activity name is longer than {max} characters")]
    NameTooLong { max: usize },
    #[error("the baseline needs at least {needed} measured days, found {found}")]
    TooFewBaselineDays { found: usize, needed: usize },
    #[error("the baseline has more than one measurement on {0}")]
    DuplicateBaselineDay(LocalDate),
    #[error("the baseline measurement on {0} is zero")]
    ZeroBaselineDay(LocalDate),
    #[error("the baseline is zero")]
    ZeroBaseline,
    #[error("the goal is zero")]
    ZeroGoal,
    #[error("the goal ({goal}) must be above the start quota ({start_quota})")]
    GoalNotAboveStart { goal: u32, start_quota: u32 },
    #[error("the goal date must be after the start date")]
    GoalDateNotAfterStart,
    #[error("the plan lasts {days} days; at most {max} (26 weeks) are allowed")]
    PlanTooLong { days: i64, max: i64 },
    #[error("the step interval must be 1 to 28 days, not {0}")]
    IntervalOutOfRange(u16),
    #[error("the start percentage must be 10 to 100, not {0}")]
    StartPercentOutOfRange(u8),
    #[error("the activity {0} appears twice in one revision")]
    DuplicateActivity(EntryId),
    #[error("a revision with id {0} already exists")]
    DuplicateRevision(EntryId),
    #[error("a date of the plan falls outside the supported years")]
    DateOutOfRange,
    #[error("the plan date {0} is more than two years away from today")]
    DateTooFarFromToday(LocalDate),
    #[error("the day log {0} appears twice")]
    DuplicateLog(EntryId),
    #[error("no amount was entered")]
    AmountEmpty,
    #[error("the amount is not a number")]
    AmountNotANumber,
    #[error("use a whole number, without decimals or separators")]
    AmountNotWhole,
    #[error("negative amounts are not possible")]
    AmountNegative,
    #[error("the amount must be more than zero")]
    AmountZero,
    #[error("the amount is larger than {max}")]
    AmountTooLarge { max: u32 },
    #[error("the start quota ({start_quota}) must be below the baseline ({baseline})")]
    StartNotBelowBaseline { start_quota: u32, baseline: u32 },
}

/// Reads an amount typed by the user. Each refusal has its own variant so the UI can say why.
pub fn parse_amount(input: &str) -> Result<u32, PlanError> {
    let s = input.trim();
    if s.is_empty() {
        return Err(PlanError::AmountEmpty);
    }
    // Phones offer U+2212 as well as the ASCII hyphen.
    let (negative, body) = match s.strip_prefix(['-', '\u{2212}']) {
        Some(rest) => (true, rest.trim_start()),
        None => (false, s),
    };
    let numeric = body.bytes().any(|c| c.is_ascii_digit())
        && body.bytes().all(|c| c.is_ascii_digit() || c == b'.' || c == b',');
    if !numeric {
        return Err(PlanError::AmountNotANumber);
    }
    if body.bytes().all(|c| !c.is_ascii_digit() || c == b'0') {
        return Err(PlanError::AmountZero);
    }
    if negative {
        return Err(PlanError::AmountNegative);
    }
    // "1.000" is a thousand in Dutch and one elsewhere; refusing beats guessing.
    if body.contains(['.', ',']) {
        return Err(PlanError::AmountNotWhole);
    }
    let significant = body.trim_start_matches('0');
    let too_large = PlanError::AmountTooLarge { max: MAX_AMOUNT };
    // Length first, so a hundred digits cannot overflow the parse.
    if significant.len() > 6 {
        return Err(too_large);
    }
    let value: u32 = significant.parse().map_err(|_| PlanError::AmountNotANumber)?;
    if value > MAX_AMOUNT {
        return Err(too_large);
    }
    Ok(value)
}

fn check_not_too_large(value: u32) -> Result<u32, PlanError> {
    if value > MAX_AMOUNT {
        Err(PlanError::AmountTooLarge { max: MAX_AMOUNT })
    } else {
        Ok(value)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActivityUnit {
    Minutes,
    Metres,
    Repetitions,
    TimesPerDay,
}

impl ActivityUnit {
    /// The step in which quotas are given. Metres go in 10s for short walks and 50s for longer
    /// ones, because nobody paces 1,230 m; the other units are small whole counts already.
    pub fn granularity(self, goal: u32) -> u32 {
        match self {
            ActivityUnit::Metres if goal < 1000 => 10,
            ActivityUnit::Metres => 50,
            ActivityUnit::Minutes | ActivityUnit::Repetitions | ActivityUnit::TimesPerDay => 1,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BaselineDay {
    pub date: LocalDate,
    pub value: u32,
}

/// What the patient can do now: measured on several days (the only phase where pain may stop
/// the patient) or entered by the clinician.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Baseline {
    Measured { days: Vec<BaselineDay> },
    Entered { value: u32 },
}

impl Baseline {
    /// The baseline amount: the entered value, or the mean of the measured days rounded half up.
    pub fn value(&self) -> Result<u32, PlanError> {
        match self {
            Baseline::Entered { value: 0 } => Err(PlanError::ZeroBaseline),
            Baseline::Entered { value } => check_not_too_large(*value),
            Baseline::Measured { days } => {
                for day in days {
                    if day.value == 0 {
                        return Err(PlanError::ZeroBaselineDay(day.date));
                    }
                    check_not_too_large(day.value)?;
                }
                let distinct: BTreeSet<LocalDate> = days.iter().map(|d| d.date).collect();
                if distinct.len() < MIN_BASELINE_DAYS {
                    return Err(PlanError::TooFewBaselineDays {
                        found: distinct.len(),
                        needed: MIN_BASELINE_DAYS,
                    });
                }
                // Two values for one day would weigh that day double in the mean.
                if distinct.len() != days.len() {
                    let mut seen = BTreeSet::new();
                    if let Some(day) = days.iter().find(|d| !seen.insert(d.date)) {
                        return Err(PlanError::DuplicateBaselineDay(day.date));
                    }
                }
                let n = days.len() as u64;
                let sum: u64 = days.iter().map(|d| u64::from(d.value)).sum();
                let mean = (2 * sum + n) / (2 * n);
                u32::try_from(mean).map_err(|_| PlanError::AmountTooLarge { max: MAX_AMOUNT })
            }
        }
    }
}

fn default_start_percent() -> u8 {
    DEFAULT_START_PERCENT
}

/// One activity of the plan, with everything its schedule is computed from.
///
/// Deserialising validates (see [`Activity::validate`]), so a stored or imported plan with an
/// empty name or an absurd goal is refused as a whole instead of failing later on screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, try_from = "ActivityFields")]
pub struct Activity {
    pub id: EntryId,
    pub name: String,
    pub unit: ActivityUnit,
    pub baseline: Baseline,
    /// Percentage of the baseline to start at.
    pub start_percent: u8,
    pub goal: u32,
    pub start_date: LocalDate,
    pub goal_date: LocalDate,
    pub step_interval_days: u16,
}

/// The wire form of [`Activity`] before validation.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ActivityFields {
    id: EntryId,
    name: String,
    unit: ActivityUnit,
    baseline: Baseline,
    #[serde(default = "default_start_percent")]
    start_percent: u8,
    goal: u32,
    start_date: LocalDate,
    goal_date: LocalDate,
    step_interval_days: u16,
}

impl TryFrom<ActivityFields> for Activity {
    type Error = PlanError;

    fn try_from(f: ActivityFields) -> Result<Self, PlanError> {
        let activity = Activity {
            id: f.id,
            name: f.name,
            unit: f.unit,
            baseline: f.baseline,
            start_percent: f.start_percent,
            goal: f.goal,
            start_date: f.start_date,
            goal_date: f.goal_date,
            step_interval_days: f.step_interval_days,
        };
        activity.validate()?;
        Ok(activity)
    }
}

impl Activity {
    pub fn granularity(&self) -> u32 {
        self.unit.granularity(self.goal)
    }

    /// `start_percent` % of the baseline, rounded down to the granularity but at least one granule.
    pub fn start_quota(&self) -> Result<u32, PlanError> {
        let baseline = u64::from(self.baseline.value()?);
        let g = u64::from(self.granularity());
        let raw = baseline * u64::from(self.start_percent) / 100;
        let quota = (raw / g * g).max(g);
        u32::try_from(quota).map_err(|_| PlanError::AmountTooLarge { max: MAX_AMOUNT })
    }

    pub fn validate(&self) -> Result<(), PlanError> {
        if self.name.trim().is_empty() {
            return Err(PlanError::NameEmpty);
        }
        if self.name.chars().count() > MAX_NAME_CHARS {
            return Err(PlanError::NameTooLong { max: MAX_NAME_CHARS });
        }
        if !START_PERCENT_RANGE.contains(&self.start_percent) {
            return Err(PlanError::StartPercentOutOfRange(self.start_percent));
        }
        if !STEP_INTERVAL_DAYS.contains(&self.step_interval_days) {
            return Err(PlanError::IntervalOutOfRange(self.step_interval_days));
        }
        if self.goal == 0 {
            return Err(PlanError::ZeroGoal);
        }
        check_not_too_large(self.goal)?;
        let days = self.start_date.days_until(self.goal_date);
        if days <= 0 {
            return Err(PlanError::GoalDateNotAfterStart);
        }
        if days > MAX_PLAN_DAYS {
            return Err(PlanError::PlanTooLong {
                days,
                max: MAX_PLAN_DAYS,
            });
        }
        let start_quota = self.start_quota()?;
        if self.goal <= start_quota {
            return Err(PlanError::GoalNotAboveStart {
                goal: self.goal,
                start_quota,
            });
        }
        Ok(())
    }

    /// [`validate`](Self::validate) plus the rules for a plan that is made or changed *now*
    /// (the builder, [`ActivityPlan::add_revision`]).
    ///
    /// The start lies below the baseline (CONTENT.md §4 step 3, "start quota below the
    /// baseline"; KNGF "start low and go slow", KNGF:L3731-3741): the percentage is under 100
    /// and the start quota, after rounding to whole granules, is less than the baseline. These
    /// rules are not part of `validate`, which decoding runs: a plan stored before them (say at
    /// 100 %) must keep loading, because nothing the user entered may be lost.
    pub fn validate_new(&self) -> Result<(), PlanError> {
        self.validate()?;
        let baseline = self.baseline.value()?;
        let start_quota = self.start_quota()?;
        if self.start_percent >= 100 || start_quota >= baseline {
            return Err(PlanError::StartNotBelowBaseline {
                start_quota,
                baseline,
            });
        }
        Ok(())
    }

    /// Every date this activity holds (start, goal and measured baseline days).
    pub fn dates(&self) -> impl Iterator<Item = LocalDate> + '_ {
        let baseline: &[BaselineDay] = match &self.baseline {
            Baseline::Measured { days } => days,
            Baseline::Entered { .. } => &[],
        };
        [self.start_date, self.goal_date]
            .into_iter()
            .chain(baseline.iter().map(|d| d.date))
    }

    /// The steps from start quota to goal.
    ///
    /// Step `k` of `m` gets `start + ⌊(goal − start) · k / m⌋`, rounded down to the granularity,
    /// so the increments are as equal as whole granules allow and rounding never overshoots the
    /// goal; the last step is the goal itself, exactly, on the goal date.
    pub fn schedule(&self) -> Result<Schedule, PlanError> {
        self.validate()?;
        let start_quota = self.start_quota()?;
        let total_days = self.start_date.days_until(self.goal_date);
        let interval = i64::from(self.step_interval_days);
        let mut dates = Vec::new();
        let mut offset = 0;
        while offset < total_days {
            dates.push(
                self.start_date
                    .add_days(offset)
                    .ok_or(PlanError::DateOutOfRange)?,
            );
            offset += interval;
        }
        dates.push(self.goal_date);
        let last = (dates.len() - 1) as u64;
        let rise = u64::from(self.goal - start_quota);
        let g = u64::from(self.granularity());
        let steps = dates
            .into_iter()
            .zip(0u64..)
            .map(|(date, k)| {
                let quota = if k == last {
                    self.goal
                } else {
                    // rise ≤ MAX_AMOUNT, so this fits in u32.
                    start_quota + (rise * k / last / g * g) as u32
                };
                Step { date, quota }
            })
            .collect();
        Ok(Schedule { steps })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    pub date: LocalDate,
    pub quota: u32,
}

/// Computed from an [`Activity`], never stored. Steps are in date order; there are always at
/// least two (start and goal).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    pub steps: Vec<Step>,
}

impl Schedule {
    /// The quota in force on `date`: `None` before the start, the goal after the goal date.
    pub fn quota_on(&self, date: LocalDate) -> Option<u32> {
        self.current_step(date).map(|s| s.quota)
    }

    /// The step in force on `date` (the latest one on or before it).
    pub fn current_step(&self, date: LocalDate) -> Option<&Step> {
        self.steps.iter().rev().find(|s| s.date <= date)
    }

    /// 0-based index of [`current_step`](Self::current_step), for "step 3 of 8".
    pub fn current_step_index(&self, date: LocalDate) -> Option<usize> {
        self.steps.iter().rposition(|s| s.date <= date)
    }

    /// The step that starts on exactly `date`, if a new one does.
    pub fn step_on(&self, date: LocalDate) -> Option<&Step> {
        self.steps.iter().find(|s| s.date == date)
    }

    pub fn next_step_after(&self, date: LocalDate) -> Option<&Step> {
        self.steps.iter().find(|s| s.date > date)
    }

    /// Steps that more than double the amount of the step before, for a warning in the builder
    /// (issue 14; KNGF "start low and go slow", KNGF:L3731-3741). Exactly double is not flagged.
    /// A warning, not a refusal: the clinician may have a reason.
    pub fn large_steps(&self) -> Vec<LargeStep> {
        self.steps
            .windows(2)
            .filter(|w| u64::from(w[1].quota) > 2 * u64::from(w[0].quota))
            .map(|w| LargeStep {
                date: w[1].date,
                from: w[0].quota,
                to: w[1].quota,
            })
            .collect()
    }
}

/// A step of the schedule that more than doubles the amount: from `from` to `to` on `date`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LargeStep {
    pub date: LocalDate,
    pub from: u32,
    pub to: u32,
}

/// Dates agreed with the clinician, shown beside the plan.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Milestones {
    pub back_to_work: Option<LocalDate>,
    pub control_visit: Option<LocalDate>,
}

impl Milestones {
    /// The NHG *example* timings (back to work after about one week, control visit after about
    /// three weeks), counted from `start`. They are defaults the clinician can change or clear,
    /// not fixed rules.
    pub fn nhg_defaults(start: LocalDate) -> Self {
        Self {
            back_to_work: start.add_days(NHG_BACK_TO_WORK_DAYS),
            control_visit: start.add_days(NHG_CONTROL_VISIT_DAYS),
        }
    }
}

/// One agreed version of the plan. A change is a new revision; old ones stay as history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanRevision {
    pub id: EntryId,
    pub created_at: Timestamp,
    pub valid_from: LocalDate,
    pub activities: Vec<Activity>,
    pub milestones: Milestones,
    pub note: Option<String>,
}

impl PlanRevision {
    pub fn validate(&self) -> Result<(), PlanError> {
        let mut ids = BTreeSet::new();
        for activity in &self.activities {
            activity.validate()?;
            if !ids.insert(&activity.id) {
                return Err(PlanError::DuplicateActivity(activity.id.clone()));
            }
        }
        Ok(())
    }

    /// [`validate`](Self::validate) plus [`Activity::validate_new`] for every activity.
    pub fn validate_new(&self) -> Result<(), PlanError> {
        self.validate()?;
        self.activities.iter().try_for_each(Activity::validate_new)
    }

    pub fn activity(&self, id: &EntryId) -> Option<&Activity> {
        self.activities.iter().find(|a| a.id == *id)
    }
}

/// What was done for one activity on one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DayLog {
    pub id: EntryId,
    pub activity_id: EntryId,
    pub date: LocalDate,
    pub done: u32,
    pub logged_at: Timestamp,
    /// Kept for the conversation with the clinician; it never changes the plan.
    pub pain_note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogOutcome {
    Added,
    /// An older log for the same activity and day (or with the same id) was replaced.
    Replaced,
    /// A log recorded later already exists; the given one was dropped.
    KeptNewer,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActivityPlan {
    pub revisions: Vec<PlanRevision>,
    pub logs: Vec<DayLog>,
}

impl ActivityPlan {
    /// The earliest start date of any activity in any revision: the day the plan began.
    pub fn first_start_date(&self) -> Option<LocalDate> {
        self.revisions
            .iter()
            .flat_map(|r| r.activities.iter().map(|a| a.start_date))
            .min()
    }

    /// Adds an agreed revision after validating all of its activities with the rules for a new
    /// plan ([`PlanRevision::validate_new`]). Earlier revisions and all logs are kept.
    pub fn add_revision(&mut self, revision: PlanRevision) -> Result<(), PlanError> {
        revision.validate_new()?;
        if self.revisions.iter().any(|r| r.id == revision.id) {
            return Err(PlanError::DuplicateRevision(revision.id));
        }
        self.revisions.push(revision);
        Ok(())
    }

    /// The latest-created revision already valid on `on`; on equal creation times the one added
    /// last wins.
    pub fn current_revision(&self, on: LocalDate) -> Option<&PlanRevision> {
        self.revisions
            .iter()
            .filter(|r| r.valid_from <= on)
            .max_by_key(|r| r.created_at)
    }

    /// Adds a day log, replacing one for the same activity and day (or with the same id, which
    /// is an edit), unless that one was recorded later: with two devices the most recent entry
    /// wins whatever order they arrive in.
    pub fn log(&mut self, entry: DayLog) -> LogOutcome {
        let clashes =
            |l: &DayLog| l.id == entry.id || (l.activity_id == entry.activity_id && l.date == entry.date);
        if self
            .logs
            .iter()
            .any(|l| clashes(l) && l.logged_at > entry.logged_at)
        {
            return LogOutcome::KeptNewer;
        }
        let before = self.logs.len();
        self.logs.retain(|l| !clashes(l));
        let replaced = self.logs.len() < before;
        self.logs.push(entry);
        if replaced {
            LogOutcome::Replaced
        } else {
            LogOutcome::Added
        }
    }

    /// Returns whether a log was removed.
    pub fn delete_log(&mut self, id: &EntryId) -> bool {
        let before = self.logs.len();
        self.logs.retain(|l| l.id != *id);
        self.logs.len() < before
    }

    /// Logs of one activity, oldest day first.
    pub fn logs_for(&self, activity_id: &EntryId) -> Vec<&DayLog> {
        let mut logs: Vec<&DayLog> = self
            .logs
            .iter()
            .filter(|l| l.activity_id == *activity_id)
            .collect();
        crate::domain::sort::sort_by_key(&mut logs, |l| (l.date, l.logged_at));
        logs
    }

    /// Checks a plan that arrived from storage or an import: every revision, unique ids (so
    /// deleting one entry can never delete two) and every date within [`PLAN_YEARS`].
    pub fn validate(&self) -> Result<(), PlanError> {
        let mut ids = BTreeSet::new();
        for revision in &self.revisions {
            revision.validate()?;
            if !ids.insert(&revision.id) {
                return Err(PlanError::DuplicateRevision(revision.id.clone()));
            }
        }
        let mut log_ids = BTreeSet::new();
        for log in &self.logs {
            if !log_ids.insert(&log.id) {
                return Err(PlanError::DuplicateLog(log.id.clone()));
            }
        }
        self.dates().try_for_each(check_plan_year)
    }

    /// Every date the plan holds: activities, revision and milestone dates, day logs.
    pub fn dates(&self) -> impl Iterator<Item = LocalDate> + '_ {
        let revisions = self.revisions.iter().flat_map(|r| {
            [
                Some(r.valid_from),
                r.milestones.back_to_work,
                r.milestones.control_visit,
            ]
            .into_iter()
            .flatten()
            .chain(r.activities.iter().flat_map(Activity::dates))
        });
        revisions.chain(self.logs.iter().map(|l| l.date))
    }

    /// For a plan that is typed or imported: every date lies within [`plan_date_window`] of
    /// `today`.
    pub fn check_dates_near(&self, today: LocalDate) -> Result<(), PlanError> {
        let window = plan_date_window(today);
        match self.dates().find(|d| !window.contains(d)) {
            Some(d) => Err(PlanError::DateTooFarFromToday(d)),
            None => Ok(()),
        }
    }
}

fn check_plan_year(date: LocalDate) -> Result<(), PlanError> {
    if PLAN_YEARS.contains(&date.year()) {
        Ok(())
    } else {
        Err(PlanError::DateOutOfRange)
    }
}

/// The dates a typed or imported plan date may take: [`PLAN_DATE_MARGIN_DAYS`] before and after
/// `today`, and never outside [`PLAN_YEARS`]. Also the `min`/`max` of the plan's date inputs.
pub fn plan_date_window(today: LocalDate) -> RangeInclusive<LocalDate> {
    let first_allowed = LocalDate::new(*PLAN_YEARS.start(), 1, 1);
    let last_allowed = LocalDate::new(*PLAN_YEARS.end(), 12, 31);
    let from = today.add_days(-PLAN_DATE_MARGIN_DAYS).unwrap_or(today);
    let to = today.add_days(PLAN_DATE_MARGIN_DAYS).unwrap_or(today);
    let from = first_allowed.map_or(from, |f| from.max(f));
    let to = last_allowed.map_or(to, |l| to.min(l));
    from..=to
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AdherenceCounts {
    /// Days from the start date up to and including today (after the goal date at the goal).
    pub planned_days: u32,
    /// Planned days with a log.
    pub logged_days: u32,
    /// Logged days with `done >= quota`.
    pub met_days: u32,
    /// Logged days with `done > quota`: also in `met_days`, but time-contingent means "not more
    /// and not less", so the UI shows them apart.
    pub over_days: u32,
    /// Planned days without a log.
    pub missed_days: u32,
}

impl AdherenceCounts {
    fn add(&mut self, other: &AdherenceCounts) {
        self.planned_days += other.planned_days;
        self.logged_days += other.logged_days;
        self.met_days += other.met_days;
        self.over_days += other.over_days;
        self.missed_days += other.missed_days;
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActivityAdherence {
    pub activity_id: EntryId,
    pub counts: AdherenceCounts,
    /// The most recent planned days without a log (at most [`MISSED_LISTED`]), oldest first,
    /// so the UI can keep them visible.
    pub missed: Vec<LocalDate>,
    /// `None` before the start date.
    pub current_quota: Option<u32>,
    pub goal: u32,
    /// 0-based index of the step in force today; `None` before the start date.
    pub current_step: Option<usize>,
    pub step_count: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlanAdherence {
    /// The revision the figures are for; `None` when no revision is valid yet.
    pub revision_id: Option<EntryId>,
    pub activities: Vec<ActivityAdherence>,
    /// Sums over the activities.
    pub overall: AdherenceCounts,
}

/// Adherence of one activity up to and including `today`, from the logs with its id.
pub fn activity_adherence(
    activity: &Activity,
    logs: &[DayLog],
    today: LocalDate,
) -> Result<ActivityAdherence, PlanError> {
    let schedule = activity.schedule()?;
    // A plan merged from two devices may hold two logs for a day; the later one counts.
    let mut by_date: BTreeMap<LocalDate, &DayLog> = BTreeMap::new();
    for log in logs.iter().filter(|l| l.activity_id == activity.id) {
        let slot = by_date.entry(log.date).or_insert(log);
        if log.logged_at > slot.logged_at {
            *slot = log;
        }
    }
    // Bounded by construction (issue 15): the counts come from the logs, never from a walk over
    // every day since the start, which a hostile or very old plan makes arbitrarily long.
    let mut counts = AdherenceCounts::default();
    let mut missed = Vec::new();
    let elapsed = activity.start_date.days_until(today);
    if elapsed >= 0 {
        // Every day from the start on has a quota (the first step is on the start date).
        counts.planned_days = u32::try_from(elapsed + 1).unwrap_or(u32::MAX);
        for (date, log) in by_date.range(activity.start_date..=today) {
            let Some(quota) = schedule.quota_on(*date) else {
                continue;
            };
            counts.logged_days += 1;
            if log.done >= quota {
                counts.met_days += 1;
            }
            if log.done > quota {
                counts.over_days += 1;
            }
        }
        counts.missed_days = counts.planned_days.saturating_sub(counts.logged_days);
        // The most recent missed days, walking back from today: each step finds a missed day
        // (at most MISSED_LISTED) or a logged one (at most one per log), so the walk is bounded.
        let mut day = Some(today);
        for _ in 0..=MISSED_LISTED + by_date.len() {
            let Some(d) = day.filter(|d| *d >= activity.start_date) else {
                break;
            };
            if missed.len() == MISSED_LISTED {
                break;
            }
            if !by_date.contains_key(&d) {
                missed.push(d);
            }
            day = d.add_days(-1);
        }
        missed.reverse();
    }
    Ok(ActivityAdherence {
        activity_id: activity.id.clone(),
        counts,
        missed,
        current_quota: schedule.quota_on(today),
        goal: activity.goal,
        current_step: schedule.current_step_index(today),
        step_count: schedule.steps.len(),
    })
}

/// Adherence per activity of the revision current on `today`, and overall.
pub fn adherence(plan: &ActivityPlan, today: LocalDate) -> Result<PlanAdherence, PlanError> {
    let Some(revision) = plan.current_revision(today) else {
        return Ok(PlanAdherence::default());
    };
    let mut result = PlanAdherence {
        revision_id: Some(revision.id.clone()),
        ..PlanAdherence::default()
    };
    for activity in &revision.activities {
        let a = activity_adherence(activity, &plan.logs, today)?;
        result.overall.add(&a.counts);
        result.activities.push(a);
    }
    Ok(result)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u8, day: u8) -> LocalDate {
        LocalDate::new(y, m, day).unwrap()
    }

    fn ts(s: &str) -> Timestamp {
        Timestamp::parse(s).unwrap()
    }

    fn id(n: u8) -> EntryId {
        EntryId::from_random([n; 16])
    }

    /// Walking 10 → goal 20 minutes, 2026-11-01 to 2026-11-15, a step every 7 days.
    fn walking() -> Activity {
        Activity {
            id: id(1),
            name: "Wandelen".into(),
            unit: ActivityUnit::Minutes,
            baseline: Baseline::Entered { value: 10 },
            start_percent: DEFAULT_START_PERCENT,
            goal: 20,
            start_date: d(2026, 11, 1),
            goal_date: d(2026, 11, 15),
            step_interval_days: 7,
        }
    }

    fn dates(schedule: &Schedule) -> Vec<String> {
        schedule.steps.iter().map(|s| s.date.to_string()).collect()
    }

    fn quotas(schedule: &Schedule) -> Vec<u32> {
        schedule.steps.iter().map(|s| s.quota).collect()
    }

    fn revision(n: u8, created: &str, valid_from: LocalDate, activities: Vec<Activity>) -> PlanRevision {
        PlanRevision {
            id: id(n),
            created_at: ts(created),
            valid_from,
            activities,
            milestones: Milestones::nhg_defaults(valid_from),
            note: None,
        }
    }

    fn day_log(n: u8, activity: &EntryId, date: LocalDate, done: u32, at: &str) -> DayLog {
        DayLog {
            id: id(n),
            activity_id: activity.clone(),
            date,
            done,
            logged_at: ts(at),
            pain_note: None,
        }
    }

    fn measured(values: &[(LocalDate, u32)]) -> Baseline {
        Baseline::Measured {
            days: values
                .iter()
                .map(|&(date, value)| BaselineDay { date, value })
                .collect(),
        }
    }

    // ---- baseline -------------------------------------------------------------------------

    #[test]
    fn baseline_mean_rounds_half_up() {
        let b = measured(&[(d(2026, 1, 1), 10), (d(2026, 1, 2), 11), (d(2026, 1, 3), 11)]);
        assert_eq!(b.value(), Ok(11), "10.67 -> 11");
        let b = measured(&[(d(2026, 1, 1), 10), (d(2026, 1, 2), 10), (d(2026, 1, 3), 11)]);
        assert_eq!(b.value(), Ok(10), "10.33 -> 10");
        let b = measured(&[
            (d(2026, 1, 1), 10),
            (d(2026, 1, 2), 11),
            (d(2026, 1, 3), 10),
            (d(2026, 1, 4), 11),
        ]);
        assert_eq!(b.value(), Ok(11), "10.5 -> 11");
        assert_eq!(Baseline::Entered { value: 42 }.value(), Ok(42));
    }

    #[test]
    fn baseline_errors() {
        let two = measured(&[(d(2026, 1, 1), 10), (d(2026, 1, 2), 10)]);
        assert_eq!(
            two.value(),
            Err(PlanError::TooFewBaselineDays { found: 2, needed: 3 })
        );
        let same_day = measured(&[(d(2026, 1, 1), 10), (d(2026, 1, 1), 12), (d(2026, 1, 2), 10)]);
        assert_eq!(
            same_day.value(),
            Err(PlanError::TooFewBaselineDays { found: 2, needed: 3 }),
            "three values on two dates are two days"
        );
        let dup = measured(&[
            (d(2026, 1, 1), 10),
            (d(2026, 1, 2), 10),
            (d(2026, 1, 3), 10),
            (d(2026, 1, 2), 30),
        ]);
        assert_eq!(dup.value(), Err(PlanError::DuplicateBaselineDay(d(2026, 1, 2))));
        let zero = measured(&[(d(2026, 1, 1), 10), (d(2026, 1, 2), 0), (d(2026, 1, 3), 10)]);
        assert_eq!(zero.value(), Err(PlanError::ZeroBaselineDay(d(2026, 1, 2))));
        assert_eq!(
            Baseline::Entered { value: 0 }.value(),
            Err(PlanError::ZeroBaseline)
        );
        assert_eq!(
            Baseline::Entered {
                value: MAX_AMOUNT + 1
            }
            .value(),
            Err(PlanError::AmountTooLarge { max: MAX_AMOUNT })
        );
        let huge = measured(&[(d(2026, 1, 1), u32::MAX), (d(2026, 1, 2), 1), (d(2026, 1, 3), 1)]);
        assert_eq!(huge.value(), Err(PlanError::AmountTooLarge { max: MAX_AMOUNT }));
        assert_eq!(
            Baseline::Measured { days: vec![] }.value(),
            Err(PlanError::TooFewBaselineDays { found: 0, needed: 3 })
        );
    }

    #[test]
    fn measured_baseline_drives_the_start_quota() {
        let mut a = walking();
        a.baseline = measured(&[(d(2026, 10, 28), 9), (d(2026, 10, 29), 12), (d(2026, 10, 30), 12)]);
        // Mean 11, 80 % = 8.8 -> 8.
        assert_eq!(a.start_quota(), Ok(8));
        assert_eq!(a.schedule().unwrap().steps[0].quota, 8);
    }

    // ---- validation -----------------------------------------------------------------------

    #[test]
    fn valid_example_passes() {
        assert_eq!(walking().validate(), Ok(()));
    }

    #[test]
    fn each_plan_error() {
        let check = |f: &dyn Fn(&mut Activity), want: PlanError| {
            let mut a = walking();
            f(&mut a);
            assert_eq!(a.validate(), Err(want.clone()), "{want}");
            assert_eq!(a.schedule(), Err(want));
        };
        check(&|a| a.name = String::new(), PlanError::NameEmpty);
        check(&|a| a.name = "  \t ".into(), PlanError::NameEmpty);
        check(&|a| a.name = "x".repeat(81), PlanError::NameTooLong { max: 80 });
        check(
            &|a| {
                a.baseline = measured(&[(d(2026, 1, 1), 5), (d(2026, 1, 2), 5)]);
            },
            PlanError::TooFewBaselineDays { found: 2, needed: 3 },
        );
        check(
            &|a| a.baseline = measured(&[(d(2026, 1, 1), 5), (d(2026, 1, 2), 0), (d(2026, 1, 3), 5)]),
            PlanError::ZeroBaselineDay(d(2026, 1, 2)),
        );
        check(
            &|a| a.baseline = Baseline::Entered { value: 0 },
            PlanError::ZeroBaseline,
        );
        check(&|a| a.goal = 0, PlanError::ZeroGoal);
        check(
            &|a| a.goal = MAX_AMOUNT + 1,
            PlanError::AmountTooLarge { max: MAX_AMOUNT },
        );
        check(
            &|a| a.goal = 8,
            PlanError::GoalNotAboveStart {
                goal: 8,
                start_quota: 8,
            },
        );
        check(&|a| a.goal_date = a.start_date, PlanError::GoalDateNotAfterStart);
        check(
            &|a| a.goal_date = d(2026, 10, 1),
            PlanError::GoalDateNotAfterStart,
        );
        check(
            &|a| a.goal_date = a.start_date.add_days(183).unwrap(),
            PlanError::PlanTooLong { days: 183, max: 182 },
        );
        check(&|a| a.step_interval_days = 0, PlanError::IntervalOutOfRange(0));
        check(&|a| a.step_interval_days = 29, PlanError::IntervalOutOfRange(29));
        check(&|a| a.start_percent = 9, PlanError::StartPercentOutOfRange(9));
        check(&|a| a.start_percent = 101, PlanError::StartPercentOutOfRange(101));
    }

    #[test]
    fn limits_are_inclusive() {
        let mut a = walking();
        a.name = "é".repeat(80);
        a.goal_date = a.start_date.add_days(182).unwrap();
        a.step_interval_days = 28;
        a.start_percent = 10;
        assert_eq!(a.validate(), Ok(()));
        a.step_interval_days = 1;
        a.start_percent = 100;
        assert_eq!(a.validate(), Ok(()));
        a.goal_date = a.start_date.add_days(1).unwrap();
        assert_eq!(a.validate(), Ok(()));
    }

    // ---- rules for a plan made now (builder, add_revision) -------------------------------

    /// CONTENT.md §4 step 3: "Start quota below the baseline". Until issue 14 a start at 100 %
    /// (or one granule above a tiny baseline) was accepted.
    #[test]
    fn a_new_plan_starts_below_the_baseline() {
        let mut a = walking();
        assert_eq!(a.validate_new(), Ok(()), "80 % of 10 is 8");
        a.start_percent = 99;
        assert_eq!(a.validate_new(), Ok(()), "99 % of 10 is 9.9, rounded down to 9");
        a.start_percent = 100;
        assert_eq!(a.validate(), Ok(()), "a stored plan at 100 % still loads");
        assert_eq!(
            a.validate_new(),
            Err(PlanError::StartNotBelowBaseline {
                start_quota: 10,
                baseline: 10
            })
        );
        // 100 % of 437 m is 430 after rounding to 10s: below the baseline, but 100 % is not "below".
        let mut m = walking();
        m.unit = ActivityUnit::Metres;
        m.baseline = Baseline::Entered { value: 437 };
        m.goal = 990;
        m.start_percent = 100;
        assert_eq!(
            m.validate_new(),
            Err(PlanError::StartNotBelowBaseline {
                start_quota: 430,
                baseline: 437
            })
        );
        // One granule (50 m for a goal of 1000 m or more) lifts 80 % of 20 m above the baseline.
        m.baseline = Baseline::Entered { value: 20 };
        m.goal = 1000;
        m.start_percent = 80;
        assert_eq!(
            m.validate_new(),
            Err(PlanError::StartNotBelowBaseline {
                start_quota: 50,
                baseline: 20
            })
        );
        // Once a day cannot be lowered: nothing whole lies below it.
        let mut t = walking();
        t.unit = ActivityUnit::TimesPerDay;
        t.baseline = Baseline::Entered { value: 1 };
        t.start_percent = 10;
        t.goal = 3;
        assert_eq!(
            t.validate_new(),
            Err(PlanError::StartNotBelowBaseline {
                start_quota: 1,
                baseline: 1
            })
        );
        // The other rules come first.
        a.name.clear();
        assert_eq!(a.validate_new(), Err(PlanError::NameEmpty));
    }

    #[test]
    fn add_revision_applies_the_rules_for_a_new_plan_but_stored_plans_load() {
        let mut plan = ActivityPlan::default();
        let mut at_baseline = walking();
        at_baseline.start_percent = 100;
        let rev = revision(1, "2026-11-01T09:00:00+01:00", d(2026, 11, 1), vec![at_baseline]);
        assert_eq!(
            plan.add_revision(rev.clone()),
            Err(PlanError::StartNotBelowBaseline {
                start_quota: 10,
                baseline: 10
            })
        );
        assert!(plan.revisions.is_empty());
        // A plan saved before the rule (or merged from a backup) keeps loading: nothing is lost.
        plan.revisions.push(rev);
        assert_eq!(plan.validate(), Ok(()));
        let json = serde_json::to_string(&plan).unwrap();
        assert_eq!(serde_json::from_str::<ActivityPlan>(&json).ok(), Some(plan));
    }

    /// Issue 14: a step that more than doubles the amount gets a warning in the builder (KNGF
    /// "start low and go slow", KNGF:L3731-3741; the factor 2 is the review's rule, not a seed's).
    #[test]
    fn steps_that_more_than_double_are_flagged() {
        assert_eq!(walking().schedule().unwrap().large_steps(), vec![], "8, 14, 20");
        let mut a = walking();
        a.goal_date = d(2026, 11, 2);
        assert_eq!(
            a.schedule().unwrap().large_steps(),
            vec![LargeStep {
                date: d(2026, 11, 2),
                from: 8,
                to: 20
            }],
            "8 to 20 in one step"
        );
        a.goal = 16;
        assert_eq!(
            a.schedule().unwrap().large_steps(),
            vec![],
            "exactly double is allowed"
        );
        a.goal = 17;
        assert_eq!(a.schedule().unwrap().large_steps().len(), 1, "just over double");
        // 1, 2, 3 times a day: 1 -> 2 doubles (allowed), 2 -> 3 does not.
        let mut t = walking();
        t.unit = ActivityUnit::TimesPerDay;
        t.baseline = Baseline::Entered { value: 2 };
        t.start_percent = 50;
        t.goal = 3;
        assert_eq!(quotas(&t.schedule().unwrap()), [1, 2, 3]);
        assert_eq!(t.schedule().unwrap().large_steps(), vec![]);
        // 1 then 4 a day: flagged at the first step that jumps.
        t.goal = 4;
        t.goal_date = d(2026, 11, 8);
        assert_eq!(quotas(&t.schedule().unwrap()), [1, 4]);
        assert_eq!(
            t.schedule().unwrap().large_steps(),
            vec![LargeStep {
                date: d(2026, 11, 8),
                from: 1,
                to: 4
            }]
        );
    }

    // ---- parse_amount ---------------------------------------------------------------------

    #[test]
    fn parse_amount_accepts_whole_positive_numbers() {
        assert_eq!(parse_amount("25"), Ok(25));
        assert_eq!(parse_amount(" 007 "), Ok(7));
        assert_eq!(parse_amount("100000"), Ok(100_000));
        assert_eq!(parse_amount("0000000000000001"), Ok(1));
    }

    #[test]
    fn parse_amount_refusals_are_distinct() {
        use PlanError::*;
        let cases: &[(&str, PlanError)] = &[
            ("", AmountEmpty),
            ("   ", AmountEmpty),
            ("abc", AmountNotANumber),
            ("12a", AmountNotANumber),
            ("1 2", AmountNotANumber),
            ("+5", AmountNotANumber),
            ("-", AmountNotANumber),
            ("٣", AmountNotANumber),
            ("1e3", AmountNotANumber),
            ("-5", AmountNegative),
            ("- 5", AmountNegative),
            ("\u{2212}5", AmountNegative),
            ("-2.5", AmountNegative),
            ("0", AmountZero),
            ("000", AmountZero),
            ("-0", AmountZero),
            ("0,0", AmountZero),
            ("2.5", AmountNotWhole),
            ("2,5", AmountNotWhole),
            ("1.000", AmountNotWhole),
            ("100001", AmountTooLarge { max: MAX_AMOUNT }),
            ("4294967296", AmountTooLarge { max: MAX_AMOUNT }),
            (
                "99999999999999999999999999999999999999",
                AmountTooLarge { max: MAX_AMOUNT },
            ),
        ];
        for (input, want) in cases {
            assert_eq!(parse_amount(input).as_ref(), Err(want), "{input:?}");
        }
    }

    // ---- schedule -------------------------------------------------------------------------

    #[test]
    fn example_schedule() {
        let s = walking().schedule().unwrap();
        assert_eq!(dates(&s), ["2026-11-01", "2026-11-08", "2026-11-15"]);
        // Start 8, rise 12 over 2 steps.
        assert_eq!(quotas(&s), [8, 14, 20]);
    }

    #[test]
    fn goal_date_off_the_interval_is_the_final_step() {
        let mut a = walking();
        a.goal_date = d(2026, 11, 18);
        let s = a.schedule().unwrap();
        assert_eq!(
            dates(&s),
            ["2026-11-01", "2026-11-08", "2026-11-15", "2026-11-18"]
        );
        assert_eq!(quotas(&s), [8, 12, 16, 20]);
    }

    #[test]
    fn rounding_is_down_and_never_overshoots() {
        let mut a = walking();
        a.goal = 30;
        a.step_interval_days = 1;
        // 15 steps over 14 days from 8 to 30: rise 22, k*22/14 rounded down.
        let s = a.schedule().unwrap();
        assert_eq!(
            quotas(&s),
            [8, 9, 11, 12, 14, 15, 17, 19, 20, 22, 23, 25, 26, 28, 30]
        );
    }

    #[test]
    fn metres_round_to_10_below_1000_and_50_from_1000() {
        let mut a = walking();
        a.unit = ActivityUnit::Metres;
        a.baseline = Baseline::Entered { value: 437 };
        a.goal = 995;
        // 80 % of 437 = 349.6 -> 340.
        assert_eq!(a.start_quota(), Ok(340));
        let s = a.schedule().unwrap();
        assert_eq!(quotas(&s), [340, 660, 995]);
        a.goal = 1000;
        // Granule 50: 349 -> 300.
        assert_eq!(a.start_quota(), Ok(300));
        let s = a.schedule().unwrap();
        assert_eq!(quotas(&s), [300, 650, 1000]);
        a.baseline = Baseline::Entered { value: 20 };
        assert_eq!(a.start_quota(), Ok(50), "never below one granule");
    }

    #[test]
    fn start_quota_never_below_one() {
        let mut a = walking();
        a.unit = ActivityUnit::TimesPerDay;
        a.baseline = Baseline::Entered { value: 1 };
        a.start_percent = 10;
        a.goal = 3;
        assert_eq!(a.start_quota(), Ok(1));
        assert_eq!(quotas(&a.schedule().unwrap()), [1, 2, 3]);
    }

    #[test]
    fn small_rise_over_many_steps_repeats_quotas() {
        let mut a = walking();
        a.unit = ActivityUnit::Repetitions;
        a.baseline = Baseline::Entered { value: 5 };
        a.goal = 6;
        a.step_interval_days = 1;
        a.goal_date = d(2026, 11, 5);
        assert_eq!(quotas(&a.schedule().unwrap()), [4, 4, 5, 5, 6]);
    }

    #[test]
    fn one_day_plan_has_two_steps() {
        let mut a = walking();
        a.goal_date = d(2026, 11, 2);
        let s = a.schedule().unwrap();
        assert_eq!(dates(&s), ["2026-11-01", "2026-11-02"]);
        assert_eq!(quotas(&s), [8, 20]);
    }

    #[test]
    fn schedule_lookups() {
        let s = walking().schedule().unwrap();
        assert_eq!(s.quota_on(d(2026, 10, 31)), None);
        assert_eq!(s.quota_on(d(2026, 11, 1)), Some(8));
        assert_eq!(s.quota_on(d(2026, 11, 7)), Some(8));
        assert_eq!(s.quota_on(d(2026, 11, 8)), Some(14));
        assert_eq!(s.quota_on(d(2026, 11, 15)), Some(20));
        assert_eq!(
            s.quota_on(d(2027, 6, 1)),
            Some(20),
            "the goal after the goal date"
        );
        assert_eq!(s.step_on(d(2026, 11, 8)).map(|st| st.quota), Some(14));
        assert_eq!(s.step_on(d(2026, 11, 9)), None);
        assert_eq!(s.current_step(d(2026, 11, 9)).map(|st| st.quota), Some(14));
        assert_eq!(s.current_step_index(d(2026, 11, 9)), Some(1));
        assert_eq!(s.current_step_index(d(2026, 10, 1)), None);
        assert_eq!(
            s.next_step_after(d(2026, 10, 1)).map(|st| st.date),
            Some(d(2026, 11, 1))
        );
        assert_eq!(
            s.next_step_after(d(2026, 11, 8)).map(|st| st.date),
            Some(d(2026, 11, 15))
        );
        assert_eq!(s.next_step_after(d(2026, 11, 15)), None);
    }

    // ---- calendar days: DST and month ends ------------------------------------------------

    #[test]
    fn dst_start_does_not_shift_steps() {
        // Dutch clocks go forward on 2026-03-29.
        let mut a = walking();
        a.start_date = d(2026, 3, 22);
        a.goal_date = d(2026, 4, 5);
        let s = a.schedule().unwrap();
        assert_eq!(dates(&s), ["2026-03-22", "2026-03-29", "2026-04-05"]);
        assert_eq!(s.quota_on(d(2026, 3, 28)), Some(8));
        assert_eq!(s.quota_on(d(2026, 3, 29)), Some(14));
        a.start_date = d(2026, 3, 27);
        a.step_interval_days = 1;
        let s = a.schedule().unwrap();
        assert!(s.steps.iter().any(|st| st.date == d(2026, 3, 29)));
        assert!(s.steps.windows(2).all(|w| w[0].date.days_until(w[1].date) == 1));
    }

    #[test]
    fn dst_end_does_not_shift_steps() {
        // Dutch clocks go back on 2026-10-25.
        let mut a = walking();
        a.start_date = d(2026, 10, 18);
        a.goal_date = d(2026, 11, 1);
        let s = a.schedule().unwrap();
        assert_eq!(dates(&s), ["2026-10-18", "2026-10-25", "2026-11-01"]);
        assert_eq!(s.step_on(d(2026, 10, 25)).map(|st| st.quota), Some(14));
    }

    #[test]
    fn logs_across_dst_count_by_calendar_day() {
        let mut a = walking();
        a.start_date = d(2026, 10, 24);
        a.goal_date = d(2026, 10, 31);
        let mut plan = ActivityPlan::default();
        plan.add_revision(revision(
            9,
            "2026-10-20T10:00:00+02:00",
            a.start_date,
            vec![a.clone()],
        ))
        .unwrap();
        // 23:30 in summer time and 00:30 in winter time are an hour apart but on two days.
        plan.log(day_log(1, &a.id, d(2026, 10, 24), 8, "2026-10-24T23:30:00+02:00"));
        plan.log(day_log(2, &a.id, d(2026, 10, 25), 8, "2026-10-25T00:30:00+01:00"));
        plan.log(day_log(3, &a.id, d(2026, 10, 26), 8, "2026-10-26T09:00:00+01:00"));
        let r = adherence(&plan, d(2026, 10, 26)).unwrap();
        assert_eq!(r.overall.planned_days, 3);
        assert_eq!(r.overall.logged_days, 3);
        assert_eq!(r.overall.met_days, 3);
        assert!(r.activities[0].missed.is_empty());
    }

    #[test]
    fn month_ends_and_leap_day() {
        let mut a = walking();
        a.start_date = d(2026, 1, 31);
        a.goal_date = d(2026, 3, 14);
        a.step_interval_days = 14;
        let s = a.schedule().unwrap();
        assert_eq!(
            dates(&s),
            ["2026-01-31", "2026-02-14", "2026-02-28", "2026-03-14"]
        );
        a.start_date = d(2026, 1, 31);
        a.goal_date = d(2026, 3, 3);
        a.step_interval_days = 28;
        assert_eq!(
            dates(&a.schedule().unwrap()),
            ["2026-01-31", "2026-02-28", "2026-03-03"]
        );
        a.start_date = d(2028, 2, 15);
        a.goal_date = d(2028, 3, 20);
        let s = a.schedule().unwrap();
        assert_eq!(dates(&s), ["2028-02-15", "2028-03-14", "2028-03-20"]);
        a.step_interval_days = 14;
        let s = a.schedule().unwrap();
        assert_eq!(
            dates(&s),
            ["2028-02-15", "2028-02-29", "2028-03-14", "2028-03-20"]
        );
        assert_eq!(
            s.quota_on(d(2028, 2, 29)),
            s.step_on(d(2028, 2, 29)).map(|st| st.quota)
        );
        a.start_date = d(2028, 2, 28);
        a.goal_date = d(2028, 3, 1);
        a.step_interval_days = 1;
        assert_eq!(
            dates(&a.schedule().unwrap()),
            ["2028-02-28", "2028-02-29", "2028-03-01"]
        );
        a.start_date = d(2026, 12, 31);
        a.goal_date = d(2027, 1, 2);
        assert_eq!(
            dates(&a.schedule().unwrap()),
            ["2026-12-31", "2027-01-01", "2027-01-02"]
        );
    }

    #[test]
    fn plan_at_the_end_of_the_supported_years() {
        let mut a = walking();
        a.start_date = d(2100, 12, 1);
        a.goal_date = d(2100, 12, 31);
        let s = a.schedule().unwrap();
        assert_eq!(s.steps.last().map(|st| st.date), Some(d(2100, 12, 31)));
        let r = activity_adherence(&a, &[], d(2100, 12, 31)).unwrap();
        assert_eq!(r.counts.planned_days, 31);
        // The end of the calendar itself is outside the supported years (issue 15).
        a.start_date = d(9999, 12, 1);
        a.goal_date = d(9999, 12, 31);
        let mut plan = ActivityPlan::default();
        plan.revisions
            .push(revision(1, "2026-11-01T10:00:00+01:00", a.start_date, vec![a]));
        assert_eq!(plan.validate(), Err(PlanError::DateOutOfRange));
    }

    // ---- milestones -----------------------------------------------------------------------

    #[test]
    fn nhg_milestone_defaults() {
        let m = Milestones::nhg_defaults(d(2026, 11, 1));
        assert_eq!(m.back_to_work, Some(d(2026, 11, 8)));
        assert_eq!(m.control_visit, Some(d(2026, 11, 22)));
        let m = Milestones::nhg_defaults(d(2026, 3, 22));
        assert_eq!(m.back_to_work, Some(d(2026, 3, 29)));
        assert_eq!(m.control_visit, Some(d(2026, 4, 12)));
        let m = Milestones::nhg_defaults(d(2028, 2, 22));
        assert_eq!(m.back_to_work, Some(d(2028, 2, 29)));
        assert_eq!(m.control_visit, Some(d(2028, 3, 14)));
        assert_eq!(Milestones::default().back_to_work, None);
        let end = Milestones::nhg_defaults(d(9999, 12, 28));
        assert_eq!((end.back_to_work, end.control_visit), (None, None));
    }

    // ---- revisions ------------------------------------------------------------------------

    #[test]
    fn revisions_keep_history_and_pick_by_date() {
        let mut plan = ActivityPlan::default();
        let first = revision(1, "2026-11-01T09:00:00+01:00", d(2026, 11, 1), vec![walking()]);
        let mut faster = walking();
        faster.goal = 30;
        let second = revision(2, "2026-11-05T09:00:00+01:00", d(2026, 11, 8), vec![faster]);
        plan.add_revision(first).unwrap();
        plan.add_revision(second).unwrap();
        assert_eq!(plan.revisions.len(), 2);
        assert_eq!(plan.current_revision(d(2026, 10, 31)), None);
        assert_eq!(plan.current_revision(d(2026, 11, 7)).map(|r| &r.id), Some(&id(1)));
        assert_eq!(plan.current_revision(d(2026, 11, 8)).map(|r| &r.id), Some(&id(2)));
        // A later-created revision valid from an earlier date takes over from then.
        let third = revision(3, "2026-11-06T09:00:00+01:00", d(2026, 11, 1), vec![walking()]);
        plan.add_revision(third).unwrap();
        assert_eq!(
            plan.current_revision(d(2026, 11, 20)).map(|r| &r.id),
            Some(&id(3))
        );
        assert_eq!(plan.revisions.len(), 3);
        let r = plan.current_revision(d(2026, 11, 2)).unwrap();
        assert_eq!(r.activity(&id(1)).map(|a| a.goal), Some(20));
    }

    #[test]
    fn creation_time_compares_real_moments_across_offsets() {
        let mut plan = ActivityPlan::default();
        // 01:30+00:00 is later than 02:00+02:00 (= 00:00 UTC).
        plan.add_revision(revision(
            1,
            "2026-11-01T01:30:00+00:00",
            d(2026, 11, 1),
            vec![walking()],
        ))
        .unwrap();
        plan.add_revision(revision(
            2,
            "2026-11-01T02:00:00+02:00",
            d(2026, 11, 1),
            vec![walking()],
        ))
        .unwrap();
        assert_eq!(plan.current_revision(d(2026, 11, 1)).map(|r| &r.id), Some(&id(1)));
    }

    #[test]
    fn invalid_revisions_are_refused_and_change_nothing() {
        let mut plan = ActivityPlan::default();
        let mut bad = walking();
        bad.name.clear();
        let err = plan.add_revision(revision(
            1,
            "2026-11-01T09:00:00+01:00",
            d(2026, 11, 1),
            vec![bad],
        ));
        assert_eq!(err, Err(PlanError::NameEmpty));
        assert!(plan.revisions.is_empty());
        let twice = revision(
            2,
            "2026-11-01T09:00:00+01:00",
            d(2026, 11, 1),
            vec![walking(), walking()],
        );
        assert_eq!(plan.add_revision(twice), Err(PlanError::DuplicateActivity(id(1))));
        let ok = revision(3, "2026-11-01T09:00:00+01:00", d(2026, 11, 1), vec![walking()]);
        plan.add_revision(ok.clone()).unwrap();
        assert_eq!(plan.add_revision(ok), Err(PlanError::DuplicateRevision(id(3))));
        assert_eq!(plan.revisions.len(), 1);
        assert_eq!(plan.validate(), Ok(()));
    }

    #[test]
    fn revisions_keep_logs() {
        let mut plan = ActivityPlan::default();
        plan.log(day_log(5, &id(1), d(2026, 11, 1), 8, "2026-11-01T20:00:00+01:00"));
        plan.add_revision(revision(
            1,
            "2026-11-01T09:00:00+01:00",
            d(2026, 11, 1),
            vec![walking()],
        ))
        .unwrap();
        assert_eq!(plan.logs.len(), 1);
    }

    // ---- logs -----------------------------------------------------------------------------

    #[test]
    fn logging_adds_replaces_and_keeps_the_newest() {
        let mut plan = ActivityPlan::default();
        let a = id(1);
        let day = d(2026, 11, 2);
        let first = day_log(10, &a, day, 8, "2026-11-02T18:00:00+01:00");
        assert_eq!(plan.log(first), LogOutcome::Added);
        let newer = day_log(11, &a, day, 9, "2026-11-02T19:00:00+01:00");
        assert_eq!(plan.log(newer.clone()), LogOutcome::Replaced);
        assert_eq!(plan.logs, vec![newer.clone()]);
        let older = day_log(12, &a, day, 3, "2026-11-02T17:00:00+01:00");
        assert_eq!(plan.log(older), LogOutcome::KeptNewer);
        assert_eq!(plan.logs, vec![newer.clone()]);
        // Another day or another activity is a separate log.
        assert_eq!(
            plan.log(day_log(13, &a, d(2026, 11, 3), 8, "2026-11-03T18:00:00+01:00")),
            LogOutcome::Added
        );
        assert_eq!(
            plan.log(day_log(14, &id(2), day, 8, "2026-11-02T18:00:00+01:00")),
            LogOutcome::Added
        );
        assert_eq!(plan.logs.len(), 3);
        // Editing a log (same id) to another day moves it instead of duplicating it.
        let moved = day_log(13, &a, d(2026, 11, 4), 8, "2026-11-04T08:00:00+01:00");
        assert_eq!(plan.log(moved), LogOutcome::Replaced);
        assert_eq!(plan.logs.len(), 3);
        let days: Vec<LocalDate> = plan.logs_for(&a).iter().map(|l| l.date).collect();
        assert_eq!(days, [day, d(2026, 11, 4)]);
    }

    #[test]
    fn delete_log() {
        let mut plan = ActivityPlan::default();
        plan.log(day_log(
            10,
            &id(1),
            d(2026, 11, 2),
            8,
            "2026-11-02T18:00:00+01:00",
        ));
        plan.log(day_log(
            11,
            &id(1),
            d(2026, 11, 3),
            8,
            "2026-11-03T18:00:00+01:00",
        ));
        assert!(plan.delete_log(&id(10)));
        assert!(!plan.delete_log(&id(10)));
        assert_eq!(plan.logs_for(&id(1)).len(), 1);
        assert!(plan.logs_for(&id(2)).is_empty());
    }

    #[test]
    fn a_pain_note_changes_nothing() {
        let a = walking();
        let mut plan = ActivityPlan::default();
        plan.add_revision(revision(
            1,
            "2026-11-01T09:00:00+01:00",
            a.start_date,
            vec![a.clone()],
        ))
        .unwrap();
        let before_schedule = plan.revisions[0].activities[0].schedule().unwrap();
        let mut quiet = day_log(10, &a.id, d(2026, 11, 2), 4, "2026-11-02T18:00:00+01:00");
        plan.log(quiet.clone());
        let without_note = adherence(&plan, d(2026, 11, 3)).unwrap();
        let revisions_before = plan.revisions.clone();
        quiet.pain_note = Some("Veel pijn vandaag, 8/10".into());
        plan.log(quiet);
        assert_eq!(plan.revisions, revisions_before);
        assert_eq!(
            plan.revisions[0].activities[0].schedule().unwrap(),
            before_schedule
        );
        assert_eq!(adherence(&plan, d(2026, 11, 3)).unwrap(), without_note);
    }

    // ---- adherence ------------------------------------------------------------------------

    fn plan_with_logs() -> ActivityPlan {
        let mut reps = walking();
        reps.id = id(2);
        reps.name = "Oefeningen".into();
        reps.unit = ActivityUnit::Repetitions;
        reps.start_date = d(2026, 11, 3);
        reps.goal_date = d(2026, 11, 10);
        let mut plan = ActivityPlan::default();
        plan.add_revision(revision(
            7,
            "2026-10-31T12:00:00+01:00",
            d(2026, 11, 1),
            vec![walking(), reps],
        ))
        .unwrap();
        let w = id(1);
        plan.log(day_log(20, &w, d(2026, 11, 1), 8, "2026-11-01T20:00:00+01:00"));
        plan.log(day_log(21, &w, d(2026, 11, 2), 12, "2026-11-02T20:00:00+01:00"));
        plan.log(day_log(22, &w, d(2026, 11, 3), 5, "2026-11-03T20:00:00+01:00"));
        plan.log(day_log(23, &w, d(2026, 11, 6), 40, "2026-11-06T20:00:00+01:00"));
        plan.log(day_log(24, &w, d(2026, 10, 30), 8, "2026-10-30T20:00:00+01:00"));
        let r = id(2);
        plan.log(day_log(30, &r, d(2026, 11, 3), 8, "2026-11-03T20:00:00+01:00"));
        plan
    }

    #[test]
    fn adherence_counts_and_missed_days() {
        let plan = plan_with_logs();
        let today = d(2026, 11, 5);
        let r = adherence(&plan, today).unwrap();
        assert_eq!(r.revision_id, Some(id(7)));
        let w = &r.activities[0];
        assert_eq!(w.activity_id, id(1));
        assert_eq!(
            w.counts,
            AdherenceCounts {
                planned_days: 5,
                logged_days: 3,
                met_days: 2,
                over_days: 1,
                missed_days: 2,
            }
        );
        assert_eq!(w.missed, [d(2026, 11, 4), d(2026, 11, 5)]);
        assert_eq!((w.current_quota, w.goal), (Some(8), 20));
        assert_eq!((w.current_step, w.step_count), (Some(0), 3));
        let reps = &r.activities[1];
        assert_eq!(
            reps.counts,
            AdherenceCounts {
                planned_days: 3,
                logged_days: 1,
                met_days: 1,
                over_days: 0,
                missed_days: 2,
            }
        );
        assert_eq!(
            r.overall,
            AdherenceCounts {
                planned_days: 8,
                logged_days: 4,
                met_days: 3,
                over_days: 1,
                missed_days: 4,
            }
        );
    }

    #[test]
    fn adherence_keeps_counting_after_the_goal_date() {
        let plan = plan_with_logs();
        let r = adherence(&plan, d(2026, 11, 17)).unwrap();
        let w = &r.activities[0];
        assert_eq!(w.counts.planned_days, 17);
        assert_eq!(w.counts.logged_days, 4);
        // 2026-11-06: 40 against quota 8 is met and over.
        assert_eq!((w.counts.met_days, w.counts.over_days), (3, 2));
        assert_eq!(w.counts.missed_days, 13);
        assert_eq!(w.missed.len(), 13);
        assert_eq!(w.missed.last(), Some(&d(2026, 11, 17)));
        assert_eq!((w.current_quota, w.current_step), (Some(20), Some(2)));
    }

    #[test]
    fn adherence_before_any_plan_or_start() {
        assert_eq!(
            adherence(&ActivityPlan::default(), d(2026, 11, 5)).unwrap(),
            PlanAdherence::default()
        );
        let plan = plan_with_logs();
        assert_eq!(
            adherence(&plan, d(2026, 10, 31)).unwrap(),
            PlanAdherence::default()
        );
        let r = adherence(&plan, d(2026, 11, 1)).unwrap();
        let reps = &r.activities[1];
        assert_eq!(reps.counts, AdherenceCounts::default());
        assert_eq!((reps.current_quota, reps.current_step), (None, None));
    }

    #[test]
    fn adherence_uses_the_latest_of_duplicate_logs() {
        let a = walking();
        let logs = vec![
            day_log(1, &a.id, a.start_date, 20, "2026-11-01T21:00:00+01:00"),
            day_log(2, &a.id, a.start_date, 2, "2026-11-01T20:00:00+01:00"),
        ];
        let r = activity_adherence(&a, &logs, a.start_date).unwrap();
        assert_eq!(
            (r.counts.logged_days, r.counts.met_days, r.counts.over_days),
            (1, 1, 1)
        );
    }

    // ---- serde ----------------------------------------------------------------------------

    #[test]
    fn whole_plan_round_trips() {
        let mut plan = plan_with_logs();
        let mut metres = walking();
        metres.id = id(3);
        metres.unit = ActivityUnit::Metres;
        metres.baseline = measured(&[
            (d(2026, 10, 28), 400),
            (d(2026, 10, 29), 500),
            (d(2026, 10, 30), 450),
        ]);
        metres.goal = 2000;
        let mut r = revision(8, "2026-11-08T10:00:00+01:00", d(2026, 11, 8), vec![metres]);
        r.note = Some("Na controle: lopen toegevoegd".into());
        r.milestones.back_to_work = None;
        plan.add_revision(r).unwrap();
        plan.logs[0].pain_note = Some("rug stijf \"zeer\" <b>".into());
        let json = serde_json::to_string(&plan).unwrap();
        assert!(json.contains(r#""unit":"metres""#));
        assert!(json.contains(r#""kind":"measured""#));
        let back: ActivityPlan = serde_json::from_str(&json).unwrap();
        assert_eq!(back, plan);
        assert_eq!(back.validate(), Ok(()));
    }

    #[test]
    fn start_percent_defaults_to_80() {
        let json = r#"{"id":"a1","name":"Zitten","unit":"minutes","baseline":{"kind":"entered","value":30},
            "goal":60,"start_date":"2026-11-01","goal_date":"2026-11-15","step_interval_days":2}"#;
        let a: Activity = serde_json::from_str(json).unwrap();
        assert_eq!(a.start_percent, 80);
        assert_eq!(a.start_quota(), Ok(24));
        assert_eq!(
            serde_json::to_value(ActivityUnit::TimesPerDay).unwrap(),
            serde_json::json!("times_per_day")
        );
    }

    fn activity_json(patch: &[(&str, serde_json::Value)]) -> String {
        let mut v = serde_json::to_value(walking()).unwrap();
        for (key, value) in patch {
            v[*key] = value.clone();
        }
        v.to_string()
    }

    #[test]
    fn hostile_json_is_refused() {
        use serde_json::json;
        assert!(serde_json::from_str::<Activity>(&activity_json(&[])).is_ok());
        let bad = [
            activity_json(&[("extra", json!(1))]),
            activity_json(&[("name", json!(""))]),
            activity_json(&[("name", json!("   "))]),
            activity_json(&[("name", json!("x".repeat(10_000)))]),
            activity_json(&[("goal", json!(1e30))]),
            activity_json(&[("goal", json!(4_000_000_000u32))]),
            activity_json(&[("goal", json!(u64::MAX))]),
            activity_json(&[("goal", json!(-5))]),
            activity_json(&[("goal", json!(12.5))]),
            activity_json(&[("goal", json!("20"))]),
            activity_json(&[("start_percent", json!(300))]),
            activity_json(&[("start_percent", json!(5))]),
            activity_json(&[("step_interval_days", json!(70_000))]),
            activity_json(&[("step_interval_days", json!(0))]),
            activity_json(&[("unit", json!("lightyears"))]),
            activity_json(&[("id", json!("<script>"))]),
            activity_json(&[("goal_date", json!("2026-02-30"))]),
            activity_json(&[("goal_date", json!("9999-12-31"))]),
            activity_json(&[("baseline", json!({"kind": "entered", "value": 10, "x": 1}))]),
            activity_json(&[("baseline", json!({"kind": "guessed", "value": 10}))]),
            activity_json(&[("baseline", json!({"kind": "entered", "value": 4_000_000_000u32}))]),
            activity_json(&[(
                "baseline",
                json!({"kind": "measured", "days": [{"date": "2026-10-01", "value": 5, "pain": 9}]}),
            )]),
            activity_json(&[(
                "baseline",
                json!({"kind": "measured", "days": [{"date": "2026-10-01", "value": 5}]}),
            )]),
        ];
        for json in &bad {
            assert!(serde_json::from_str::<Activity>(json).is_err(), "{json}");
        }
        let plans = [
            r#"{"revisions":[],"logs":[],"extra":true}"#,
            r#"{"revisions":[]}"#,
            r#"{"revisions":[],"logs":[{"id":"a","activity_id":"b","date":"2026-11-01","done":1e99,
                "logged_at":"2026-11-01T10:00:00+01:00","pain_note":null}]}"#,
            r#"{"revisions":[],"logs":[{"id":"a","activity_id":"b","date":"2026-11-01","done":1,
                "logged_at":"2026-11-01T10:00:00+01:00","pain_note":null,"mood":3}]}"#,
            r#"{"revisions":[{"id":"r","created_at":"2026-11-01T10:00:00+01:00","valid_from":"2026-11-01",
                "activities":[],"milestones":{"back_to_work":null,"control_visit":null,"x":1},"note":null}],
                "logs":[]}"#,
            "[]",
            "null",
            "",
        ];
        for json in plans {
            assert!(serde_json::from_str::<ActivityPlan>(json).is_err(), "{json}");
        }
        let nested = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        assert!(serde_json::from_str::<ActivityPlan>(&nested).is_err());
    }

    // ---- properties -----------------------------------------------------------------------

    fn arb_unit() -> impl Strategy<Value = ActivityUnit> {
        prop_oneof![
            Just(ActivityUnit::Minutes),
            Just(ActivityUnit::Metres),
            Just(ActivityUnit::Repetitions),
            Just(ActivityUnit::TimesPerDay),
        ]
    }

    prop_compose! {
        fn arb_goal_and_baseline()(goal in prop_oneof![2u32..=60, 2u32..=2_000, 2u32..=MAX_AMOUNT])
            (goal in Just(goal), baseline in 1u32..=goal, spread in 0u32..=3) -> (u32, u32, u32) {
            (goal, baseline, spread)
        }
    }

    prop_compose! {
        fn arb_activity()(
            unit in arb_unit(),
            (goal, baseline, spread) in arb_goal_and_baseline(),
            measure in any::<bool>(),
            start_percent in 10u8..=100,
            start_offset in 0i64..3_650,
            plan_days in 1i64..=MAX_PLAN_DAYS,
            step_interval_days in 1u16..=14,
        ) -> Activity {
            let start_date = d(2024, 1, 1).add_days(start_offset).unwrap();
            let baseline = if measure {
                // Three days around the value, so the mean is `baseline` give or take rounding.
                let lo = baseline.saturating_sub(spread).max(1);
                measured(&[
                    (start_date.add_days(-3).unwrap(), lo),
                    (start_date.add_days(-2).unwrap(), baseline),
                    (start_date.add_days(-1).unwrap(), baseline + spread),
                ])
            } else {
                Baseline::Entered { value: baseline }
            };
            Activity {
                id: id(1),
                name: "Activiteit".into(),
                unit,
                baseline,
                start_percent,
                goal,
                start_date,
                goal_date: start_date.add_days(plan_days).unwrap(),
                step_interval_days,
            }
        }
    }

    fn arb_valid_activity() -> impl Strategy<Value = Activity> {
        arb_activity().prop_filter("valid activity", |a| a.validate().is_ok())
    }

    proptest! {
        #[test]
        fn schedule_is_non_decreasing_and_bounded(a in arb_valid_activity()) {
            let s = a.schedule().unwrap();
            prop_assert!(s.steps.len() >= 2);
            prop_assert!(s.steps.windows(2).all(|w| w[0].quota <= w[1].quota));
            prop_assert!(s.steps.windows(2).all(|w| w[0].date < w[1].date));
            prop_assert!(s.steps.iter().all(|st| st.quota <= a.goal));
            prop_assert_eq!(s.steps[0].quota, a.start_quota().unwrap());
        }

        #[test]
        fn schedule_starts_and_ends_on_the_fixed_dates(a in arb_valid_activity()) {
            let s = a.schedule().unwrap();
            prop_assert_eq!(s.steps[0].date, a.start_date);
            let last = s.steps.last().unwrap();
            prop_assert_eq!(last.date, a.goal_date);
            prop_assert_eq!(last.quota, a.goal);
        }

        #[test]
        fn step_dates_follow_the_interval(a in arb_valid_activity()) {
            let s = a.schedule().unwrap();
            let interval = i64::from(a.step_interval_days);
            let days = a.start_date.days_until(a.goal_date);
            // One step per interval strictly before the goal date, plus the goal date.
            prop_assert_eq!(s.steps.len() as i64, (days + interval - 1) / interval + 1);
            for st in &s.steps {
                let offset = a.start_date.days_until(st.date);
                prop_assert!(offset % interval == 0 || st.date == a.goal_date, "{}", st.date);
            }
        }

        #[test]
        fn quotas_are_whole_granules(a in arb_valid_activity()) {
            let s = a.schedule().unwrap();
            let g = a.granularity();
            let (last, rest) = s.steps.split_last().unwrap();
            prop_assert!(rest.iter().all(|st| st.quota % g == 0 && st.quota >= g));
            prop_assert_eq!(last.quota, a.goal);
        }

        #[test]
        fn increments_are_as_equal_as_granules_allow(a in arb_valid_activity()) {
            let s = a.schedule().unwrap();
            let g = a.granularity();
            let (_, rest) = s.steps.split_last().unwrap();
            let jumps: Vec<u32> = rest.windows(2).map(|w| w[1].quota - w[0].quota).collect();
            if let (Some(lo), Some(hi)) = (jumps.iter().min(), jumps.iter().max()) {
                prop_assert!(hi - lo <= g, "{:?}", jumps);
            }
        }

        #[test]
        fn quota_on_is_constant_between_steps(a in arb_valid_activity()) {
            let s = a.schedule().unwrap();
            prop_assert_eq!(s.quota_on(a.start_date.add_days(-1).unwrap()), None);
            for w in s.steps.windows(2) {
                let mut day = w[0].date;
                while day < w[1].date {
                    prop_assert_eq!(s.quota_on(day), Some(w[0].quota));
                    prop_assert_eq!(s.next_step_after(day), Some(&w[1]));
                    day = day.add_days(1).unwrap();
                }
            }
            for extra in 0..3 {
                prop_assert_eq!(s.quota_on(a.goal_date.add_days(extra).unwrap()), Some(a.goal));
            }
        }

        #[test]
        fn adherence_counts_add_up(
            a in arb_valid_activity(),
            logged in proptest::collection::vec((0i64..200, 1u32..=MAX_AMOUNT), 0..40),
            today_offset in -5i64..220,
        ) {
            let logs: Vec<DayLog> = logged
                .iter()
                .zip(0u8..)
                .map(|(&(offset, done), n)| {
                    let date = a.start_date.add_days(offset).unwrap();
                    day_log(n, &a.id, date, done, "2026-01-01T10:00:00+01:00")
                })
                .collect();
            let today = a.start_date.add_days(today_offset).unwrap();
            let r = activity_adherence(&a, &logs, today).unwrap();
            let c = r.counts;
            prop_assert_eq!(i64::from(c.planned_days), (today_offset + 1).max(0));
            prop_assert_eq!(c.logged_days + c.missed_days, c.planned_days);
            prop_assert!(c.over_days <= c.met_days && c.met_days <= c.logged_days);
            prop_assert_eq!(r.missed.len(), (c.missed_days as usize).min(MISSED_LISTED));
            prop_assert!(r.missed.windows(2).all(|w| w[0] < w[1]));
        }

        #[test]
        fn parse_amount_never_panics_and_is_in_range(s in ".{0,20}") {
            if let Ok(v) = parse_amount(&s) {
                prop_assert!((1..=MAX_AMOUNT).contains(&v));
            }
        }

        #[test]
        fn parse_amount_reads_back_numbers(v in 1u32..=MAX_AMOUNT) {
            prop_assert_eq!(parse_amount(&v.to_string()), Ok(v));
        }

        #[test]
        fn hostile_text_never_panics(s in ".{0,200}") {
            let _ = serde_json::from_str::<ActivityPlan>(&s);
            let _ = serde_json::from_str::<Activity>(&s);
        }

        #[test]
        fn valid_activities_round_trip(a in arb_valid_activity()) {
            let json = serde_json::to_string(&a).unwrap();
            let back: Activity = serde_json::from_str(&json).unwrap();
            prop_assert_eq!(back, a);
        }
    }
}
