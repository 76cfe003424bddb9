//! CSV for spreadsheets: semicolon-separated (Dutch Excel), UTF-8 with BOM, CRLF, one row per
//! measurement and one per plan day. Text that a spreadsheet could run as a formula is defused.

use crate::domain::activity_plan::ActivityPlan;
use crate::domain::date::LocalDate;
use crate::domain::qbpds::{QBPDS_ITEMS, QbpdsTotal};
use crate::domain::record::PatientRecord;

const BOM: &str = "\u{feff}";
/// Plan rows cover at most this many days up to today (two years, as far back as a typed or
/// imported plan date may lie), so the loop below is bounded by construction (issue 15).
pub const PLAN_ROW_DAYS: i64 = crate::domain::activity_plan::PLAN_DATE_MARGIN_DAYS;

fn field(s: &str) -> String {
    // A cell starting with = + - @ (or a tab/CR) is a formula in Excel and LibreOffice.
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_owned()
    };
    if s.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn header() -> Vec<String> {
    let mut h: Vec<String> = [
        "type",
        "date",
        "time",
        "name",
        "score",
        "score_max",
        "is_estimate",
        "missing_items",
    ]
    .map(String::from)
    .to_vec();
    h.extend((1..=QBPDS_ITEMS).map(|i| format!("q{i}")));
    h.extend(
        [
            "planned",
            "done",
            "unit",
            "quota_met",
            "pain_note",
            "text_version",
            "entry_id",
        ]
        .map(String::from),
    );
    h
}

struct Row(Vec<String>);

impl Row {
    fn new(kind: &str, date: LocalDate, time: &str, name: &str) -> Row {
        let mut cells = vec![String::new(); header().len()];
        cells[0] = kind.to_owned();
        cells[1] = date.to_string();
        cells[2] = time.to_owned();
        cells[3] = name.to_owned();
        Row(cells)
    }
    fn set(&mut self, column: &str, value: impl ToString) {
        if let Some(i) = header().iter().position(|h| h == column) {
            self.0[i] = value.to_string();
        }
    }
}

fn plan_rows(plan: &ActivityPlan, today: LocalDate, rows: &mut Vec<Row>) {
    let Some(revision) = plan.current_revision(today) else {
        return;
    };
    for activity in &revision.activities {
        let Ok(schedule) = activity.schedule() else {
            continue;
        };
        let unit = format!("{:?}", activity.unit).to_lowercase();
        let logs = plan.logs_for(&activity.id);
        let elapsed = activity.start_date.days_until(today);
        for offset in (elapsed - PLAN_ROW_DAYS + 1).max(0)..=elapsed {
            let Some(date) = activity.start_date.add_days(offset) else {
                break;
            };
            let Some(quota) = schedule.quota_on(date) else {
                continue;
            };
            let mut row = Row::new("PLAN", date, "", &activity.name);
            row.set("planned", quota);
            row.set("unit", &unit);
            // The latest log of the day counts (logs_for is sorted by date, then time).
            if let Some(log) = logs.iter().rev().find(|l| l.date == date) {
                row.set("done", log.done);
                row.set("quota_met", if log.done >= quota { "yes" } else { "no" });
                row.set("pain_note", log.pain_note.as_deref().unwrap_or_default());
                row.set("entry_id", &log.id);
            }
            rows.push(row);
        }
    }
}

/// The record as CSV text. Plan days run from each activity's start (at most [`PLAN_ROW_DAYS`]
/// back) up to `today`.
pub fn write_csv(record: &PatientRecord, today: LocalDate) -> String {
    let mut rows = Vec::new();
    // The start of the complaints as the patient gave it: one row, first, with the day it began
    // (empty when the patient does not know) and the time of the answer in `time`.
    if let Some(start) = &record.complaints_start {
        let answered = start.answered_at;
        let mut row = Row::new("COMPLAINTS_START", answered.date(), &answered.time_hm(), "");
        match start.date {
            Some(d) => {
                row.0[1] = d.to_string();
                row.0[3] = "start of complaints (patient-reported)".into();
            }
            None => {
                row.0[1] = String::new();
                row.0[3] = "start of complaints unknown (patient does not know)".into();
            }
        }
        rows.push(row);
    }
    for e in &record.nprs {
        let mut row = Row::new("NPRS", e.recorded_at.date(), &e.recorded_at.time_hm(), "NPRS");
        row.set("score", e.score.value());
        row.set("score_max", 10);
        row.set("entry_id", &e.id);
        rows.push(row);
    }
    for e in &record.qbpds {
        let mut row = Row::new("QBPDS", e.completed_at.date(), &e.completed_at.time_hm(), "QBPDS");
        match e.total() {
            QbpdsTotal::Complete { value } => {
                row.set("score", value);
                row.set("is_estimate", "no");
                row.set("missing_items", 0);
            }
            QbpdsTotal::Estimate { value, missing } => {
                row.set("score", value);
                row.set("is_estimate", "yes");
                row.set("missing_items", missing);
            }
            QbpdsTotal::NotScorable { missing } => row.set("missing_items", missing),
        }
        row.set("score_max", 100);
        for (i, a) in e.answers.iter().enumerate() {
            if let Some(a) = a {
                row.set(&format!("q{}", i + 1), a.value());
            }
        }
        row.set("text_version", &e.text_version);
        row.set("entry_id", &e.id);
        rows.push(row);
    }
    plan_rows(&record.plan, today, &mut rows);
    let mut out = String::from(BOM);
    for cells in std::iter::once(header()).chain(rows.into_iter().map(|r| r.0)) {
        let line: Vec<String> = cells.iter().map(|c| field(c)).collect();
        out.push_str(&line.join(";"));
        out.push_str("\r\n");
    }
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::interop::testdata::sample_record;

    #[test]
    fn bom_header_and_one_row_per_measurement() {
        let csv = write_csv(&sample_record(), LocalDate::new(2026, 4, 20).unwrap());
        assert!(csv.starts_with('\u{feff}'));
        let lines: Vec<&str> = csv
            .trim_start_matches('\u{feff}')
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .collect();
        assert_eq!(
            lines.len(),
            1 + 1 + 2 + 2,
            "header, complaints start, 2 NPRS, 2 QBPDS (the draft is not a measurement)"
        );
        let header: Vec<&str> = lines[0].split(';').collect();
        assert_eq!(header.len(), 8 + 20 + 7);
        assert!(
            lines[1].starts_with("COMPLAINTS_START;2026-02-23;09:12;start of complaints (patient-reported);")
        );
        assert!(lines[2].starts_with("NPRS;2026-03-02;09:10;NPRS;7;10;"));
        assert!(lines[4].starts_with("QBPDS;2026-03-02;09:15;QBPDS;58;100;no;0;3;3;2;"));
        let mut unknown = sample_record();
        unknown.set_complaints_start(
            None,
            crate::domain::date::Timestamp::parse("2026-03-02T09:12:00+01:00").unwrap(),
        );
        let csv = write_csv(&unknown, LocalDate::new(2026, 4, 20).unwrap());
        assert!(
            csv.contains("\r\nCOMPLAINTS_START;;09:12;start of complaints unknown (patient does not know);")
        );
    }

    #[test]
    fn hostile_text_is_quoted_and_defused() {
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("a;b"), "\"a;b\"");
        assert_eq!(field("line\nbreak"), "\"line\nbreak\"");
        assert_eq!(field("-5"), "'-5");
        assert_eq!(field("Wandelen"), "Wandelen");
    }

    #[test]
    fn plan_days_up_to_today_with_logs() {
        let text = include_str!("../../tests/fixtures/record-v2.json");
        let record = crate::interop::stored::decode_record(text).unwrap();
        let csv = write_csv(&record, LocalDate::new(2026, 4, 4).unwrap());
        let plan: Vec<&str> = csv.split("\r\n").filter(|l| l.starts_with("PLAN;")).collect();
        assert_eq!(plan.len(), 4, "1 to 4 April");
        assert!(plan[1].contains("Veel pijn in de ochtend"));
        assert!(plan[1].contains(";12;10;minutes;no;"), "{}", plan[1]);
        assert!(
            plan[2].contains(";14;;minutes;;"),
            "a missed day has no done value: {}",
            plan[2]
        );
    }
}
