//! Progress charts as plain geometry: the series taken from the record, scales, ticks, SVG
//! point lists and text summaries. The UI draws them as inline SVG; everything here is tested on
//! the host (empty and single-point series, two years of daily data).

use super::activity_plan::ActivityPlan;
use super::change::{Change, Instrument, improvement_target};
use super::date::LocalDate;
use super::id::EntryId;
use super::record::PatientRecord;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub date: LocalDate,
    pub value: f64,
}

/// NPRS scores of the current episode, oldest first.
pub fn nprs_points(r: &PatientRecord) -> Vec<Point> {
    r.nprs
        .iter()
        .filter(|e| r.episode_start.is_none_or(|s| e.recorded_at >= s))
        .map(|e| Point {
            date: e.recorded_at.date(),
            value: f64::from(e.score.value()),
        })
        .collect()
}

/// Complete QBPDS totals of the current episode, oldest first (estimates are not charted).
pub fn qbpds_points(r: &PatientRecord) -> Vec<Point> {
    r.qbpds
        .iter()
        .filter(|e| r.episode_start.is_none_or(|s| e.completed_at >= s))
        .filter_map(|e| {
            Some(Point {
                date: e.completed_at.date(),
                value: f64::from(e.total().complete()?),
            })
        })
        .collect()
}

/// The plotting area of a chart, in SVG user units, and its scales.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    pub width: f64,
    pub height: f64,
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
    pub y_max: f64,
    from: i64,
    to: i64,
}

fn round1(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

impl Frame {
    /// A frame over the days from the first point to `until` (at least one day wide).
    pub fn new(points: &[Point], y_max: f64, until: LocalDate) -> Frame {
        let from = points.first().map_or(until, |p| p.date).days_since_epoch();
        let to = until
            .days_since_epoch()
            .max(points.last().map_or(from, |p| p.date.days_since_epoch()));
        Frame {
            width: 320.0,
            height: 180.0,
            left: 32.0,
            right: 8.0,
            top: 8.0,
            bottom: 24.0,
            y_max,
            from,
            to: to.max(from + 1),
        }
    }

    pub fn x(&self, date: LocalDate) -> f64 {
        let span = (self.to - self.from) as f64;
        let t = ((date.days_since_epoch() - self.from) as f64 / span).clamp(0.0, 1.0);
        round1(self.left + t * (self.width - self.left - self.right))
    }

    pub fn y(&self, value: f64) -> f64 {
        let t = (value / self.y_max).clamp(0.0, 1.0);
        round1(self.height - self.bottom - t * (self.height - self.top - self.bottom))
    }

    /// Up to five date ticks, first and last day included.
    pub fn x_ticks(&self) -> Vec<(f64, LocalDate)> {
        let span = self.to - self.from;
        let n = span.clamp(1, 4);
        (0..=n)
            .filter_map(|i| LocalDate::from_days_since_epoch(self.from + span * i / n))
            .map(|d| (self.x(d), d))
            .collect()
    }

    /// Value ticks from 0 to `y_max` in `step`s.
    pub fn y_ticks(&self, step: f64) -> Vec<(f64, f64)> {
        let count = (self.y_max / step).round() as i64;
        (0..=count)
            .map(|i| i as f64 * step)
            .map(|v| (self.y(v), v))
            .collect()
    }
}

/// The SVG `points` attribute of a polyline through the points.
pub fn polyline(frame: &Frame, points: &[Point]) -> String {
    points
        .iter()
        .map(|p| format!("{},{}", frame.x(p.date), frame.y(p.value)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The "clear improvement" line of a series: the highest score that counts as a clear
/// improvement from its first point, by the one rule in `change.rs` (30 % of the baseline, and
/// for the QBPDS at least 15 points). `None` when no improvement from this baseline can be
/// clear (NPRS 0, QBPDS under 15): then no line is drawn.
pub fn improvement_line(instrument: Instrument, points: &[Point]) -> Option<f64> {
    let first = points.first()?;
    improvement_target(instrument, whole(first.value)).map(f64::from)
}

/// The change from the first to the last point: the same [`Change`] (and so the same verdict
/// and text) as the NPRS and QBPDS pages give, because the points are the same entries of the
/// same episode. `None` with fewer than two points.
pub fn series_change(instrument: Instrument, points: &[Point]) -> Option<Change> {
    match points {
        [first, .., last] => Some(Change::between(instrument, whole(first.value), whole(last.value))),
        _ => None,
    }
}

/// Scores are whole numbers 0-100 by construction (NPRS scores, complete QBPDS totals).
fn whole(v: f64) -> u32 {
    v.round().clamp(0.0, 100.0) as u32
}

/// One day of an activity: the quota in force and what was logged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanDay {
    pub date: LocalDate,
    pub quota: u32,
    pub done: Option<u32>,
}

/// The last `days` days (up to `today`) of an activity of the revision current on `today`.
pub fn plan_days(plan: &ActivityPlan, activity: &EntryId, today: LocalDate, days: i64) -> Vec<PlanDay> {
    let Some(a) = plan.current_revision(today).and_then(|r| r.activity(activity)) else {
        return vec![];
    };
    let Ok(schedule) = a.schedule() else { return vec![] };
    let logs = plan.logs_for(activity);
    (0..days)
        .rev()
        .filter_map(|back| today.add_days(-back))
        .filter_map(|date| {
            let quota = schedule.quota_on(date)?;
            let done = logs.iter().rev().find(|l| l.date == date).map(|l| l.done);
            Some(PlanDay { date, quota, done })
        })
        .collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, day: u8) -> LocalDate {
        LocalDate::new(y, m, day).unwrap()
    }

    fn inside(f: &Frame, x: f64, y: f64) -> bool {
        (f.left..=f.width - f.right).contains(&x) && (f.top..=f.height - f.bottom).contains(&y)
    }

    #[test]
    fn empty_and_single_point_series() {
        let today = d(2026, 4, 1);
        let f = Frame::new(&[], 10.0, today);
        assert_eq!(polyline(&f, &[]), "");
        assert_eq!(series_change(Instrument::Nprs, &[]), None);
        assert_eq!(improvement_line(Instrument::Nprs, &[]), None);
        assert!(!f.x_ticks().is_empty());
        let one = [Point {
            date: today,
            value: 6.0,
        }];
        let f = Frame::new(&one, 10.0, today);
        let line = polyline(&f, &one);
        let (x, y) = line.split_once(',').unwrap();
        assert!(inside(&f, x.parse().unwrap(), y.parse().unwrap()), "{line}");
        assert_eq!(
            series_change(Instrument::Nprs, &one),
            None,
            "one point has no change"
        );
        assert_eq!(improvement_line(Instrument::Nprs, &one), Some(4.0));
    }

    #[test]
    fn scales_and_ticks() {
        let pts = [
            Point {
                date: d(2026, 1, 1),
                value: 0.0,
            },
            Point {
                date: d(2026, 1, 31),
                value: 10.0,
            },
        ];
        let f = Frame::new(&pts, 10.0, d(2026, 1, 31));
        assert_eq!(f.x(d(2026, 1, 1)), f.left);
        assert_eq!(f.x(d(2026, 1, 31)), f.width - f.right);
        assert_eq!(f.y(0.0), f.height - f.bottom);
        assert_eq!(f.y(10.0), f.top);
        assert_eq!(f.y(99.0), f.top, "clamped");
        assert_eq!(f.y_ticks(2.0).len(), 6);
        let ticks = f.x_ticks();
        assert_eq!(ticks.first().unwrap().1, d(2026, 1, 1));
        assert_eq!(ticks.last().unwrap().1, d(2026, 1, 31));
    }

    #[test]
    fn two_years_of_daily_points_stay_inside_and_in_order() {
        let start = d(2024, 11, 22);
        let pts: Vec<Point> = (0..731)
            .map(|i| Point {
                date: start.add_days(i).unwrap(),
                value: (i % 11) as f64,
            })
            .collect();
        let f = Frame::new(&pts, 10.0, d(2026, 11, 22));
        let line = polyline(&f, &pts);
        let xy: Vec<(f64, f64)> = line
            .split(' ')
            .map(|p| {
                p.split_once(',')
                    .map(|(x, y)| (x.parse().unwrap(), y.parse().unwrap()))
                    .unwrap()
            })
            .collect();
        assert_eq!(xy.len(), 731);
        assert!(xy.windows(2).all(|w| w[0].0 <= w[1].0));
        assert!(xy.iter().all(|&(x, y)| inside(&f, x, y)));
    }

    fn series(values: &[u32]) -> Vec<Point> {
        values
            .iter()
            .enumerate()
            .map(|(i, v)| Point {
                date: d(2026, 1, 1).add_days(i as i64).unwrap(),
                value: f64::from(*v),
            })
            .collect()
    }

    /// Issue 14 item 2: the dotted line and the verdict use one rule (KNGF notes L2596-2602,
    /// 30 %; QBPDS measurement error 15 points). The cases the review found: QBPDS 40 -> 28
    /// crossed the old line but read "about the same"; NPRS 8 -> 6 read "clearly less pain" but
    /// stayed above it.
    #[test]
    fn line_and_verdict_agree() {
        use crate::domain::change::Verdict;
        let cases: &[(Instrument, &[u32], Option<f64>, Verdict)] = &[
            (
                Instrument::Qbpds,
                &[40, 28],
                Some(25.0),
                Verdict::WithinMeasurementError,
            ),
            (
                Instrument::Qbpds,
                &[40, 30, 25],
                Some(25.0),
                Verdict::RelevantImprovement,
            ),
            (Instrument::Nprs, &[8, 6], Some(5.0), Verdict::Improvement),
            (
                Instrument::Nprs,
                &[8, 7, 5],
                Some(5.0),
                Verdict::RelevantImprovement,
            ),
            (Instrument::Nprs, &[0, 8], None, Verdict::RelevantWorsening),
            (Instrument::Qbpds, &[10, 0], None, Verdict::WithinMeasurementError),
        ];
        for &(instrument, values, line, verdict) in cases {
            let pts = series(values);
            assert_eq!(improvement_line(instrument, &pts), line, "{values:?}");
            let c = series_change(instrument, &pts).unwrap();
            assert_eq!(c.verdict, verdict, "{values:?}");
            let under = line.is_some_and(|y| pts.last().unwrap().value <= y);
            assert_eq!(under, verdict == Verdict::RelevantImprovement, "{values:?}");
        }
    }

    /// End to end on the fixtures: the progress page's change is the NPRS and QBPDS pages'.
    #[test]
    fn charts_give_the_same_change_as_the_pages() {
        use crate::domain::{nprs::nprs_change, qbpds::qbpds_change};
        for r in [
            crate::interop::testdata::sample_record(),
            crate::interop::testdata::record_with_history(200),
        ] {
            assert_eq!(
                series_change(Instrument::Nprs, &nprs_points(&r)),
                nprs_change(&r.nprs, r.episode_start)
            );
            assert_eq!(
                series_change(Instrument::Qbpds, &qbpds_points(&r)),
                qbpds_change(&r.qbpds, r.episode_start)
            );
        }
    }

    #[test]
    fn plan_days_follow_the_schedule_and_logs() {
        let r = crate::interop::stored::decode_record(include_str!("../../tests/fixtures/record-v2.json"))
            .unwrap();
        let id = r.plan.revisions[0].activities[0].id.clone();
        let days = plan_days(&r.plan, &id, d(2026, 4, 4), 7);
        assert_eq!(days.len(), 4, "the plan started on 1 April");
        assert_eq!(
            days[0],
            PlanDay {
                date: d(2026, 4, 1),
                quota: 12,
                done: Some(12)
            }
        );
        assert_eq!(days[2].done, None, "3 April was missed");
    }
}
