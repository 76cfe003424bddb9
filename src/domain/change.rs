//! Change of a score against the baseline (CONTENT.md §3): the one rule that the verdict
//! text, the threshold shown to the patient and the line in the progress charts all use.
//!
//! # The rule, and why
//! Both scales: higher = worse. All numbers are whole points, so the rule is exact integer
//! arithmetic and "on the line" counts as reaching it.
//!
//! - **Clear improvement: at least 30 % lower than the baseline.** The KNGF guideline
//!   (seed `kngf-guideline-low-back-pain-notes.nl.txt` L2596-2602) adopts this from Ostelo 2008
//!   as the useful threshold for a clinically relevant improvement of the *individual patient*
//!   "wanneer rekening wordt gehouden met de baselinescore". Ostelo RW et al., Interpreting
//!   change scores for pain and functional status in low back pain, Spine 2008;33(1):90-94,
//!   also proposes fixed values (NPRS 2 points, QBPDS 20 points) for when the baseline is
//!   *not* taken into account. We do not OR them in: that would make the threshold easier
//!   exactly for high baselines (NPRS 8 -> 6 is 25 %), which the baseline-adjusted rule is there
//!   to prevent, and the chart would need a second line. We do not AND them either: at low
//!   baselines the fixed value can be out of reach (NPRS 1 -> 0 cannot drop 2 points).
//!   The fixed values are shown to the clinician as context only.
//! - **Never inside the measurement error.** A QBPDS change under 15 points is within the
//!   measurement error (CONTENT.md §3, MDC90 15; Demoulin C et al., J Clin Epidemiol
//!   2010;63(11):1249-1255 found a smallest detectable change of 15.8 points), so a clear
//!   improvement needs at least 15 points as well as 30 %. A QBPDS baseline under 15 therefore
//!   has no clear improvement and no meaningful percentage. The NPRS has no published
//!   measurement error in our sources: one whole point is its smallest change.
//! - **Worsening: Ostelo 2008's fixed minimal important change, NPRS 2 / QBPDS 20 points.**
//!   The 30 % rule is defined for improvement, and a percentage of a low baseline turns a small
//!   step into a large number (NPRS 1 -> 2 is +100 %). A fixed number of points does not
//!   depend on the baseline, so NPRS 1 -> 2 is "a little more pain" and only NPRS +2 or
//!   QBPDS +20 is called "more" (and offers the alarm check). QBPDS changes under 15 points are
//!   within measurement error in this direction too.
//! - **Percentages** exist only where the baseline carries one (NPRS above 0, QBPDS 15 or
//!   more); a patient never sees one above 100 ([`Change::patient_percent`]).

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Instrument {
    Nprs,
    Qbpds,
}

impl Instrument {
    /// Ostelo 2008's fixed minimal important change in points: the threshold for a relevant
    /// worsening, and context for the clinician on improvement.
    pub fn relevant_points(self) -> u32 {
        match self {
            Instrument::Nprs => 2,
            Instrument::Qbpds => 20,
        }
    }
    /// Smallest change beyond measurement error (QBPDS 15, see the module comment); none is
    /// published for the NPRS in our sources, so every whole point counts.
    pub fn measurement_error_points(self) -> u32 {
        match self {
            Instrument::Nprs => 0,
            Instrument::Qbpds => 15,
        }
    }
    /// The highest score of the scale.
    pub fn max(self) -> u32 {
        match self {
            Instrument::Nprs => 10,
            Instrument::Qbpds => 100,
        }
    }
}

/// Relevant improvement as a share of the baseline (KNGF notes L2596-2602, Ostelo 2008).
pub const RELEVANT_PERCENT: u32 = 30;

/// The smallest drop in points that counts as a clear improvement from `baseline`: 30 % of it,
/// rounded up, and at least the measurement error (at least 1 point). `None` when no drop from
/// this baseline can be one (NPRS 0, QBPDS under 15).
pub fn improvement_points_needed(instrument: Instrument, baseline: u32) -> Option<u32> {
    let relative = (baseline * RELEVANT_PERCENT).div_ceil(100);
    let needed = relative.max(instrument.measurement_error_points()).max(1);
    (needed <= baseline).then_some(needed)
}

/// The highest score that counts as a clear improvement from `baseline`: the dotted line in
/// the charts and the number the patient is shown. `None` when there is none.
pub fn improvement_target(instrument: Instrument, baseline: u32) -> Option<u32> {
    improvement_points_needed(instrument, baseline).map(|n| baseline - n)
}

/// The smallest rise in points that counts as a relevant worsening (Ostelo 2008's fixed
/// value, never less than the measurement error).
pub fn worsening_points_needed(instrument: Instrument) -> u32 {
    instrument
        .relevant_points()
        .max(instrument.measurement_error_points())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Verdict {
    RelevantImprovement,
    Improvement,
    WithinMeasurementError,
    NoChange,
    Worse,
    RelevantWorsening,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub instrument: Instrument,
    pub baseline: u32,
    pub latest: u32,
    /// `latest - baseline`: negative is better.
    pub difference: i64,
    /// `difference / baseline` in whole percent, rounded half away from zero; `None` where the
    /// baseline carries no meaningful percentage (NPRS 0, QBPDS under 15).
    pub percent: Option<i64>,
    /// An improvement of at least 30 % of the baseline.
    pub meets_percent_threshold: bool,
    /// The size of the change reaches Ostelo's fixed value (NPRS 2, QBPDS 20 points).
    pub meets_points_threshold: bool,
    pub within_measurement_error: bool,
    /// The highest score that counts as a clear improvement ([`improvement_target`]).
    pub improvement_target: Option<u32>,
    pub verdict: Verdict,
}

impl Change {
    pub fn between(instrument: Instrument, baseline: u32, latest: u32) -> Change {
        let difference = i64::from(latest) - i64::from(baseline);
        let size = difference.unsigned_abs();
        let has_percent = baseline > 0 && baseline >= instrument.measurement_error_points();
        let percent = has_percent.then(|| {
            let b = i64::from(baseline);
            let scaled = difference * 100;
            // Round half away from zero without floats.
            (scaled + scaled.signum() * b / 2) / b
        });
        let meets_percent_threshold =
            difference < 0 && size * 100 >= u64::from(RELEVANT_PERCENT) * u64::from(baseline);
        let meets_points_threshold = size >= u64::from(instrument.relevant_points());
        let within_measurement_error = size > 0 && size < u64::from(instrument.measurement_error_points());
        let improvement_target = improvement_target(instrument, baseline);
        let verdict = match difference {
            0 => Verdict::NoChange,
            _ if within_measurement_error => Verdict::WithinMeasurementError,
            d if d < 0 && improvement_target.is_some_and(|t| latest <= t) => Verdict::RelevantImprovement,
            d if d < 0 => Verdict::Improvement,
            _ if size >= u64::from(worsening_points_needed(instrument)) => Verdict::RelevantWorsening,
            _ => Verdict::Worse,
        };
        Change {
            instrument,
            baseline,
            latest,
            difference,
            percent,
            meets_percent_threshold,
            meets_points_threshold,
            within_measurement_error,
            improvement_target,
            verdict,
        }
    }

    /// The percentage a patient may see: none above 100 (a rise from a low baseline).
    pub fn patient_percent(&self) -> Option<i64> {
        self.percent.filter(|p| p.abs() <= 100)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn v(i: Instrument, b: u32, l: u32) -> Verdict {
        Change::between(i, b, l).verdict
    }

    /// Every wording case of the patient texts, on both sides of each threshold. Sources:
    /// improvement = KNGF notes L2596-2602 (30 % of the baseline, Ostelo 2008); floor = QBPDS
    /// measurement error 15 points (CONTENT.md §3; Demoulin 2010); worsening = Ostelo 2008's
    /// absolute minimal important change (NPRS 2, QBPDS 20 points).
    #[test]
    fn verdict_table() {
        use Instrument::{Nprs, Qbpds};
        use Verdict::*;
        let cases: &[(Instrument, u32, u32, Verdict, &str)] = &[
            // NPRS baseline 0: no percentage exists; only worsening or no change.
            (Nprs, 0, 0, NoChange, "0 -> 0"),
            (Nprs, 0, 1, Worse, "0 -> 1: 1 point, below the 2-point worsening"),
            (Nprs, 0, 2, RelevantWorsening, "0 -> 2: 2 points (Ostelo MIC)"),
            (
                Nprs,
                0,
                8,
                RelevantWorsening,
                "0 -> 8, never 'as high as at the start'",
            ),
            // Small NPRS baselines.
            (Nprs, 1, 0, RelevantImprovement, "1 -> 0: 100 %"),
            (Nprs, 1, 2, Worse, "1 -> 2: +1 point is not a relevant worsening"),
            (Nprs, 1, 3, RelevantWorsening, "1 -> 3: +2 points"),
            (Nprs, 2, 1, RelevantImprovement, "2 -> 1: 50 %"),
            (Nprs, 3, 2, RelevantImprovement, "3 -> 2: 33 %, just over 30 %"),
            (Nprs, 4, 3, Improvement, "4 -> 3: 25 %, just under 30 %"),
            // NPRS improvement around 30 %.
            (Nprs, 10, 7, RelevantImprovement, "10 -> 7: exactly 30 %"),
            (Nprs, 10, 8, Improvement, "10 -> 8: 20 %, though 2 points"),
            (
                Nprs,
                8,
                6,
                Improvement,
                "8 -> 6: 25 %, though 2 points (the chart line is at 5)",
            ),
            (Nprs, 8, 5, RelevantImprovement, "8 -> 5: 37.5 %"),
            (Nprs, 8, 7, Improvement, "8 -> 7: 12.5 %"),
            (Nprs, 5, 5, NoChange, "5 -> 5"),
            // NPRS worsening around 2 points.
            (Nprs, 5, 6, Worse, "5 -> 6: +1"),
            (Nprs, 5, 7, RelevantWorsening, "5 -> 7: +2"),
            (Nprs, 9, 10, Worse, "9 -> 10: +1"),
            // QBPDS baseline 0 and baselines under the measurement error (15).
            (Qbpds, 0, 0, NoChange, "0 -> 0"),
            (Qbpds, 0, 14, WithinMeasurementError, "0 -> 14: under 15 points"),
            (Qbpds, 0, 20, RelevantWorsening, "0 -> 20: +20 (Ostelo MIC)"),
            (
                Qbpds,
                10,
                0,
                WithinMeasurementError,
                "10 -> 0: 100 %, but only 10 points",
            ),
            (Qbpds, 14, 0, WithinMeasurementError, "14 -> 0"),
            (Qbpds, 15, 0, RelevantImprovement, "15 -> 0: 15 points, 100 %"),
            (Qbpds, 10, 28, Worse, "10 -> 28: +18, beyond the error, under 20"),
            (Qbpds, 10, 30, RelevantWorsening, "10 -> 30: +20"),
            // QBPDS improvement: 30 % with the 15-point floor.
            (
                Qbpds,
                40,
                28,
                WithinMeasurementError,
                "40 -> 28: 30 %, but 12 points",
            ),
            (Qbpds, 40, 26, WithinMeasurementError, "40 -> 26: 14 points"),
            (Qbpds, 40, 25, RelevantImprovement, "40 -> 25: 15 points, 37.5 %"),
            (Qbpds, 50, 35, RelevantImprovement, "50 -> 35: 15 points is 30 %"),
            (Qbpds, 60, 43, Improvement, "60 -> 43: 17 points, 28 %"),
            (Qbpds, 60, 42, RelevantImprovement, "60 -> 42: 18 points, 30 %"),
            (Qbpds, 80, 64, Improvement, "80 -> 64: 16 points, 20 %"),
            (
                Qbpds,
                80,
                60,
                Improvement,
                "80 -> 60: 20 points, 25 %: Ostelo's absolute MIC alone is not enough",
            ),
            (Qbpds, 80, 56, RelevantImprovement, "80 -> 56: 30 %"),
            (Qbpds, 40, 40, NoChange, "40 -> 40"),
            // QBPDS worsening.
            (Qbpds, 40, 54, WithinMeasurementError, "40 -> 54: +14"),
            (Qbpds, 40, 55, Worse, "40 -> 55: +15, under 20"),
            (Qbpds, 40, 59, Worse, "40 -> 59: +19"),
            (Qbpds, 40, 60, RelevantWorsening, "40 -> 60: +20"),
            (Qbpds, 80, 96, Worse, "80 -> 96: +16"),
        ];
        for &(instrument, baseline, latest, expected, why) in cases {
            assert_eq!(v(instrument, baseline, latest), expected, "{instrument:?} {why}");
        }
    }

    #[test]
    fn percent_rounds_half_away_from_zero() {
        assert_eq!(Change::between(Instrument::Nprs, 8, 7).percent, Some(-13)); // -12.5
        assert_eq!(Change::between(Instrument::Nprs, 8, 9).percent, Some(13));
        assert_eq!(Change::between(Instrument::Nprs, 3, 2).percent, Some(-33));
        assert_eq!(Change::between(Instrument::Qbpds, 40, 25).percent, Some(-38)); // -37.5
    }

    /// Issue 14 item 1: no percentage where the baseline carries none (NPRS 0; QBPDS under the
    /// measurement error of 15, CONTENT.md §3); item 3: none above 100 for the patient.
    #[test]
    fn percentages_only_where_they_mean_something() {
        assert_eq!(Change::between(Instrument::Nprs, 0, 8).percent, None);
        assert_eq!(Change::between(Instrument::Qbpds, 14, 40).percent, None);
        assert_eq!(Change::between(Instrument::Qbpds, 15, 30).percent, Some(100));
        let c = Change::between(Instrument::Nprs, 2, 6);
        assert_eq!((c.percent, c.patient_percent()), (Some(200), None));
        assert_eq!(
            Change::between(Instrument::Nprs, 4, 8).patient_percent(),
            Some(100)
        );
        assert_eq!(
            Change::between(Instrument::Nprs, 5, 0).patient_percent(),
            Some(-100)
        );
    }

    /// The number shown to the patient and drawn as the chart line (KNGF L2596-2602: 30 %;
    /// QBPDS floor 15 points).
    #[test]
    fn improvement_targets() {
        use Instrument::{Nprs, Qbpds};
        assert_eq!(improvement_target(Nprs, 0), None);
        assert_eq!(improvement_target(Nprs, 1), Some(0));
        assert_eq!(improvement_target(Nprs, 3), Some(2));
        assert_eq!(improvement_target(Nprs, 8), Some(5));
        assert_eq!(improvement_target(Nprs, 10), Some(7));
        assert_eq!(improvement_target(Qbpds, 14), None);
        assert_eq!(improvement_target(Qbpds, 15), Some(0));
        assert_eq!(improvement_target(Qbpds, 40), Some(25));
        assert_eq!(improvement_target(Qbpds, 50), Some(35));
        assert_eq!(improvement_target(Qbpds, 100), Some(70));
        assert_eq!(worsening_points_needed(Nprs), 2);
        assert_eq!(worsening_points_needed(Qbpds), 20);
    }

    proptest! {
        #[test]
        fn direction_matches_sign(b in 0u32..=100, l in 0u32..=100) {
            let c = Change::between(Instrument::Qbpds, b, l);
            match c.verdict {
                Verdict::RelevantImprovement | Verdict::Improvement => prop_assert!(l < b),
                Verdict::Worse | Verdict::RelevantWorsening => prop_assert!(l > b),
                Verdict::NoChange => prop_assert_eq!(l, b),
                Verdict::WithinMeasurementError => prop_assert!(l.abs_diff(b) < 15 && l != b),
            }
        }

        /// The chart line and the verdict can never disagree: a score on or under the line is a
        /// clear improvement, and only such a score is.
        #[test]
        fn verdict_agrees_with_the_target_line(nprs in any::<bool>(), b in 0u32..=100, l in 0u32..=100) {
            let i = if nprs { Instrument::Nprs } else { Instrument::Qbpds };
            let (b, l) = (b.min(i.max()), l.min(i.max()));
            let c = Change::between(i, b, l);
            let on_or_under = improvement_target(i, b).is_some_and(|t| l <= t);
            prop_assert_eq!(c.verdict == Verdict::RelevantImprovement, on_or_under);
            if c.verdict == Verdict::RelevantWorsening {
                prop_assert!(l >= b + worsening_points_needed(i));
            }
        }

        #[test]
        fn larger_drop_is_never_less_relevant(b in 1u32..=10, l in 0u32..10) {
            prop_assume!(l < b);
            let worse = Change::between(Instrument::Nprs, b, l + 1);
            let better = Change::between(Instrument::Nprs, b, l);
            if worse.verdict == Verdict::RelevantImprovement {
                prop_assert_eq!(better.verdict, Verdict::RelevantImprovement);
            }
        }
    }
}
