//! The hand-over code: the baseline and latest NPRS and QBPDS in a short, checksummed text that
//! fits a QR code, for the waiting room and the consultation. Read-only on the other side.
//!
//! Format (ASCII, URL-safe): `RP1.` + sections joined by `.` + `.` + CRC-32 (8 hex digits) of
//! everything before it. Sections: `N<time><score>` with the score as one character `0`-`9`,
//! `A` (= 10); `Q<time><20 answers 0-5 or x><text>` with text `n` (Dutch working translation,
//! version 1), `d` (Dutch working translation, version 2), `e` (English Kopec 1995) or `u`
//! (another version); optionally `S<time><YYYYMMDD or x>`: the start of the complaints as the
//! patient gave it (`x`: "I don't know"), `<time>` being when they answered. `<time>` is
//! `YYYYMMDDhhmm` plus the UTC offset as `p`/`m` and `hhmm`. The activity plan and any older
//! measurements are left out: the
//! code carries at most the first (baseline) and latest of each instrument, so it always stays
//! under [`MAX_CODE_CHARS`]. The backup or FHIR file carries everything.

use super::checksum::crc32_hex;
use crate::domain::complaints_start::ComplaintsStart;
use crate::domain::date::{LocalDate, Timestamp};
use crate::domain::id::EntryId;
use crate::domain::nprs::{NprsEntry, NprsScore};
use crate::domain::qbpds::{QBPDS_ITEMS, QbpdsAnswer, QbpdsAnswers, QbpdsEntry};
use crate::domain::record::PatientRecord;

pub const CODE_PREFIX: &str = "RP1";
/// 2 NPRS (19 characters) + 2 QBPDS (39) + the complaints start (26) + prefix and checksum:
/// well under this.
pub const MAX_CODE_CHARS: usize = 400;
const NL_TEXT: &str = "qbpds-nl-rugplan-working-1";
const NL_TEXT_2: &str = "qbpds-nl-rugplan-working-2";
const EN_TEXT: &str = "qbpds-en-kopec-1995";

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    #[error("the code is too long")]
    TooLong,
    #[error("this is not a Rugplan code")]
    NotACode,
    #[error("the code is damaged or incomplete: its checksum does not match")]
    Checksum,
    #[error("part {0} of the code is not valid")]
    BadSection(usize),
    #[error("the code is not consistent: {0}")]
    Inconsistent(#[from] crate::domain::record::RecordError),
}

fn time(t: Timestamp) -> String {
    let off = t.offset_minutes();
    let sign = if off < 0 { 'm' } else { 'p' };
    let off = off.unsigned_abs();
    let d = t.date();
    format!(
        "{:04}{:02}{:02}{:02}{:02}{sign}{:02}{:02}",
        d.year(),
        d.month(),
        d.day(),
        t.hour(),
        t.minute(),
        off / 60,
        off % 60
    )
}

fn parse_time(s: &str) -> Option<Timestamp> {
    if s.len() != 17 || !s.is_ascii() {
        return None;
    }
    let n = |r: std::ops::Range<usize>| {
        s.get(r)
            .filter(|x| x.bytes().all(|b| b.is_ascii_digit()))?
            .parse::<u32>()
            .ok()
    };
    let date = LocalDate::new(n(0..4)? as i32, n(4..6)? as u8, n(6..8)? as u8)?;
    let sign = match s.as_bytes()[12] {
        b'p' => 1,
        b'm' => -1,
        _ => return None,
    };
    let offset = sign * (n(13..15)? * 60 + n(15..17)?) as i32;
    Timestamp::new(
        date,
        n(8..10)? as u8,
        n(10..12)? as u8,
        0,
        i16::try_from(offset).ok()?,
    )
}

/// The first and the latest entry (one when there is only one).
fn ends<T>(items: &[T]) -> Vec<&T> {
    match items {
        [] => vec![],
        [one] => vec![one],
        [first, .., last] => vec![first, last],
    }
}

pub fn write_code(record: &PatientRecord) -> String {
    let mut sections = vec![CODE_PREFIX.to_owned()];
    if let Some(start) = &record.complaints_start {
        let date = start.date.map_or("x".to_owned(), |d| {
            format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
        });
        sections.push(format!("S{}{date}", time(start.answered_at)));
    }
    for e in ends(&record.nprs) {
        let score = match e.score.value() {
            10 => 'A',
            v => char::from(b'0' + v),
        };
        sections.push(format!("N{}{score}", time(e.recorded_at)));
    }
    for e in ends(&record.qbpds) {
        let answers: String = e
            .answers
            .iter()
            .map(|a| a.map_or('x', |a| char::from(b'0' + a.value())))
            .collect();
        let text = match e.text_version.as_str() {
            NL_TEXT => 'n',
            NL_TEXT_2 => 'd',
            EN_TEXT => 'e',
            _ => 'u',
        };
        sections.push(format!("Q{}{answers}{text}", time(e.completed_at)));
    }
    let body = sections.join(".");
    format!("{body}.{}", crc32_hex(body.as_bytes()))
}

/// A stable id for an entry read from a code, so reading the same code twice merges cleanly.
fn derived_id(section: &str) -> Option<EntryId> {
    EntryId::parse(&format!(
        "code-{}-{}",
        crc32_hex(section.as_bytes()),
        section.len()
    ))
}

/// Reads a code, or a link that carries one after `#c=`. Strict: checksum, ranges, dates.
pub fn read_code(input: &str) -> Result<PatientRecord, CodeError> {
    let input = input.trim();
    let code = input.rsplit_once("#c=").map_or(input, |(_, c)| c);
    if code.len() > MAX_CODE_CHARS {
        return Err(CodeError::TooLong);
    }
    if !code.starts_with("RP1.") || !code.is_ascii() {
        return Err(CodeError::NotACode);
    }
    let (body, checksum) = code.rsplit_once('.').ok_or(CodeError::NotACode)?;
    if crc32_hex(body.as_bytes()) != checksum.to_ascii_lowercase() {
        return Err(CodeError::Checksum);
    }
    let mut record = PatientRecord::default();
    for (i, section) in body.split('.').enumerate().skip(1) {
        let bad = CodeError::BadSection(i);
        let kind = section.as_bytes().first().copied().ok_or(bad.clone())?;
        let at = section.get(1..18).and_then(parse_time).ok_or(bad.clone())?;
        let rest = section.get(18..).ok_or(bad.clone())?;
        let id = derived_id(section).ok_or(bad.clone())?;
        match kind {
            b'N' => {
                let score = match rest {
                    "A" => 10,
                    d if d.len() == 1 && d.as_bytes()[0].is_ascii_digit() => d.as_bytes()[0] - b'0',
                    _ => return Err(bad),
                };
                record.nprs.push(NprsEntry {
                    id,
                    recorded_at: at,
                    score: NprsScore::new(score).ok_or(bad)?,
                });
            }
            b'S' => {
                let date = match rest {
                    "x" => None,
                    d if d.len() == 8 && d.bytes().all(|b| b.is_ascii_digit()) => {
                        let n = |r: std::ops::Range<usize>| d.get(r).and_then(|x| x.parse::<u32>().ok());
                        let date = n(0..4)
                            .zip(n(4..6))
                            .zip(n(6..8))
                            .and_then(|((y, m), day)| LocalDate::new(y as i32, m as u8, day as u8))
                            .filter(|date| *date <= at.date())
                            .ok_or(bad.clone())?;
                        Some(date)
                    }
                    _ => return Err(bad),
                };
                record.complaints_start = Some(ComplaintsStart {
                    date,
                    answered_at: at,
                });
            }
            b'Q' => {
                if rest.len() != QBPDS_ITEMS + 1 {
                    return Err(bad);
                }
                let mut answers = QbpdsAnswers::default();
                for (j, c) in rest.bytes().take(QBPDS_ITEMS).enumerate() {
                    let a = match c {
                        b'x' => None,
                        b'0'..=b'5' => QbpdsAnswer::new(c - b'0'),
                        _ => return Err(bad),
                    };
                    answers.set(j, a);
                }
                let text_version = match rest.as_bytes()[QBPDS_ITEMS] {
                    b'n' => NL_TEXT,
                    b'd' => NL_TEXT_2,
                    b'e' => EN_TEXT,
                    b'u' => "unknown",
                    _ => return Err(bad),
                };
                record.qbpds.push(QbpdsEntry {
                    id,
                    started_at: at,
                    completed_at: at,
                    answers,
                    text_version: text_version.to_owned(),
                });
            }
            _ => return Err(bad),
        }
    }
    crate::domain::sort::sort_by_key(&mut record.nprs, |e| e.recorded_at);
    crate::domain::sort::sort_by_key(&mut record.qbpds, |e| e.completed_at);
    record.validate()?;
    Ok(record)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::interop::testdata::sample_record;
    use proptest::prelude::*;

    #[test]
    fn round_trip_keeps_scores_answers_times_and_text_version() {
        let r = sample_record();
        let code = write_code(&r);
        assert!(code.len() < 180, "{} characters: {code}", code.len());
        let back = read_code(&code).unwrap();
        let scores = |r: &PatientRecord| {
            r.nprs
                .iter()
                .map(|e| (e.recorded_at, e.score))
                .collect::<Vec<_>>()
        };
        assert_eq!(scores(&back), scores(&r));
        let answers = |r: &PatientRecord| {
            r.qbpds
                .iter()
                .map(|e| (e.completed_at, e.answers, e.text_version.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(answers(&back), answers(&r));
        assert_eq!(
            back.complaints_start, r.complaints_start,
            "the start of the complaints"
        );
        assert_eq!(
            read_code(&format!("https://example.org/clinician#c={code}")).unwrap(),
            back,
            "links work too"
        );
        assert_eq!(
            read_code(&code).unwrap(),
            back,
            "the same code gives the same ids"
        );
    }

    /// Each Dutch text version keeps its own letter, so a code read back names the wording the
    /// answers were given with (issue 14: the Dutch text changed to version 2).
    #[test]
    fn every_known_text_version_travels() {
        for version in [NL_TEXT, NL_TEXT_2, EN_TEXT] {
            let mut r = sample_record();
            for e in &mut r.qbpds {
                e.text_version = version.to_owned();
            }
            let back = read_code(&write_code(&r)).unwrap();
            assert!(back.qbpds.iter().all(|e| e.text_version == version), "{version}");
            assert!(
                crate::domain::qbpds_text::qbpds_text_by_version(version).is_some(),
                "{version} has its text"
            );
        }
    }

    #[test]
    fn only_baseline_and_latest_travel() {
        let mut r = sample_record();
        for day in 10..=28u8 {
            let at = Timestamp::parse(&format!("2026-03-{day}T09:00:00+01:00")).unwrap();
            r.add_nprs(
                EntryId::from_random([day; 16]),
                at,
                NprsScore::new(day % 11).unwrap(),
            );
        }
        let back = read_code(&write_code(&r)).unwrap();
        assert_eq!(back.nprs.len(), 2);
        assert_eq!(back.nprs[0].score.value(), 7, "baseline kept");
        assert!(write_code(&r).len() < MAX_CODE_CHARS);
    }

    #[test]
    fn complaints_start_unknown_or_absent() {
        let mut r = sample_record();
        r.set_complaints_start(None, Timestamp::parse("2026-03-02T09:12:00+01:00").unwrap());
        assert_eq!(
            read_code(&write_code(&r)).unwrap().complaints_start,
            r.complaints_start
        );
        r.complaints_start = None;
        let code = write_code(&r);
        assert!(!code.contains(".S"), "{code}");
        assert_eq!(read_code(&code).unwrap().complaints_start, None);
        // A start after the answer, or a bad date, is refused.
        for s in [
            "S202603020912p010020270101",
            "S202603020912p010020261301",
            "S202603020912p0100y",
        ] {
            let body = format!("RP1.{s}");
            assert_eq!(
                read_code(&format!("{body}.{}", crc32_hex(body.as_bytes()))),
                Err(CodeError::BadSection(1)),
                "{s}"
            );
        }
    }

    #[test]
    fn damaged_and_foreign_codes_are_refused() {
        let code = write_code(&sample_record());
        assert_eq!(read_code("hello"), Err(CodeError::NotACode));
        assert_eq!(
            read_code(&code.replacen("N2026", "N2027", 1)),
            Err(CodeError::Checksum)
        );
        assert_eq!(read_code(&code[..code.len() - 3]), Err(CodeError::Checksum));
        assert_eq!(read_code(&"RP1.".repeat(200)), Err(CodeError::TooLong));
        let body = "RP1.N202603020910p01009Z";
        assert_eq!(
            read_code(&format!("{body}.{}", crc32_hex(body.as_bytes()))),
            Err(CodeError::BadSection(1))
        );
        let body = "RP1.N202613020910p01009";
        assert_eq!(
            read_code(&format!("{body}.{}", crc32_hex(body.as_bytes()))),
            Err(CodeError::BadSection(1))
        );
    }

    proptest! {
        #[test]
        fn arbitrary_input_never_panics(s in ".{0,300}") {
            let _ = read_code(&s);
            let _ = read_code(&format!("RP1.{s}"));
        }

        #[test]
        fn any_correctly_checksummed_body_never_panics(s in "[A-Za-z0-9.]{0,120}") {
            let body = format!("RP1.{s}");
            let _ = read_code(&format!("{body}.{}", crc32_hex(body.as_bytes())));
        }
    }
}
