//! FHIR R4 export: a `Bundle` of type `collection` with a `QuestionnaireResponse` per filled-in
//! questionnaire, `Observation`s for the NPRS (LOINC 72514-3 + zib Pijnscore) and complete QBPDS
//! totals, and the `Questionnaire` definitions. Rugplan's own codes live under [`CANONICAL`].

use super::checksum::crc32;
use crate::domain::complaints_start::ComplaintsStart;
use crate::domain::date::{LocalDate, Timestamp};
use crate::domain::id::EntryId;
use crate::domain::nprs::NprsEntry;
use crate::domain::qbpds::{QBPDS_ITEMS, QbpdsEntry, QbpdsTotal};
use crate::domain::qbpds_text::{QbpdsText, qbpds_text_by_version};
use crate::domain::record::PatientRecord;
use serde_json::{Value, json};

/// Namespace of Rugplan's canonical URLs (Questionnaires, code systems). Not a web service:
/// nothing is fetched from it.
pub const CANONICAL: &str = "https://rugplan.nl/fhir";
pub const NPRS_QUESTIONNAIRE: &str = "https://rugplan.nl/fhir/Questionnaire/nprs";
pub const QBPDS_QUESTIONNAIRE: &str = "https://rugplan.nl/fhir/Questionnaire/qbpds";
pub const NPRS_QUESTIONNAIRE_VERSION: &str = "1";
pub const QBPDS_ANSWER_SYSTEM: &str = "https://rugplan.nl/fhir/CodeSystem/qbpds-answer";
pub const RUGPLAN_CODES: &str = "https://rugplan.nl/fhir/CodeSystem/rugplan";
pub const TEXT_STATUS_SYSTEM: &str = "https://rugplan.nl/fhir/CodeSystem/text-validation";
/// When the patient started the questionnaire (FHIR R4 only records when it was authored).
pub const STARTED_EXTENSION: &str = "https://rugplan.nl/fhir/StructureDefinition/started";
const ORDINAL_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
const LOINC: &str = "http://loinc.org";
const SNOMED: &str = "http://snomed.info/sct";
/// zib Pijnscore: the method code system for the pain scale used.
const ZIB_PAIN_METHOD: &str = "urn:oid:2.16.840.1.113883.2.4.3.11.60.40.4.9.1";

/// A `urn:uuid:` for an entry. Ids made by Rugplan are UUIDs already; any other id (from an
/// imported file) gets a stable UUID derived from it, so the same entry always gets the same URL.
pub fn entry_uuid(id: &EntryId, kind: &str) -> String {
    let s = id.as_str();
    let is_uuid = s.len() == 36
        && s.char_indices().all(|(i, c)| {
            if [8, 13, 18, 23].contains(&i) {
                c == '-'
            } else {
                c.is_ascii_hexdigit() && !c.is_ascii_uppercase()
            }
        });
    let base = if is_uuid && kind.is_empty() {
        s.to_owned()
    } else {
        let mut bytes = [0u8; 16];
        for (n, chunk) in bytes.chunks_mut(4).enumerate() {
            let h = crc32(format!("{n}:{kind}:{s}").as_bytes());
            chunk.copy_from_slice(&h.to_be_bytes());
        }
        // RFC 9562 version 8 (custom) and variant bits.
        bytes[6] = (bytes[6] & 0x0f) | 0x80;
        bytes[8] = (bytes[8] & 0x3f) | 0x80;
        EntryId::from_random(bytes).as_str().to_owned()
    };
    format!("urn:uuid:{base}")
}

fn ordinal_coding(system: &str, code: u8, display: &str) -> Value {
    json!({
        "extension": [{"url": ORDINAL_VALUE, "valueDecimal": code}],
        "system": system,
        "code": code.to_string(),
        "display": display,
    })
}

fn text_status_tag(text: Option<&QbpdsText>) -> Value {
    let (code, display) = match text {
        Some(t) if t.validated => ("validated", "Validated text"),
        Some(_) => ("unvalidated-translation", "Working translation, not validated"),
        // Never another text's wording or validated flag for a version this build lacks.
        None => ("unknown-text", "Text version not known to this app"),
    };
    json!({"system": TEXT_STATUS_SYSTEM, "code": code, "display": display})
}

fn nprs_response(e: &NprsEntry, question: &str) -> Value {
    json!({
        "resourceType": "QuestionnaireResponse",
        "questionnaire": format!("{NPRS_QUESTIONNAIRE}|{NPRS_QUESTIONNAIRE_VERSION}"),
        "status": "completed",
        "authored": e.recorded_at.to_string(),
        "item": [{
            "linkId": "nprs",
            "text": question,
            "answer": [{"valueInteger": e.score.value()}],
        }],
    })
}

fn survey_category() -> Value {
    json!([{"coding": [{
        "system": "http://terminology.hl7.org/CodeSystem/observation-category",
        "code": "survey", "display": "Survey"}]}])
}

fn nprs_observation(e: &NprsEntry, response_url: &str) -> Value {
    json!({
        "resourceType": "Observation",
        "status": "final",
        "category": survey_category(),
        "code": {
            "coding": [
                {"system": LOINC, "code": "72514-3",
                 "display": "Pain severity - 0-10 verbal numeric rating [Score] - Reported"},
                {"system": SNOMED, "code": "225908003", "display": "Pain score"},
            ],
            "text": "NPRS: average pain over the last 24 hours (0-10)",
        },
        "method": {"coding": [{"system": ZIB_PAIN_METHOD, "code": "NRS", "display": "Numeric Rating Scale"}]},
        "effectiveDateTime": e.recorded_at.to_string(),
        "valueInteger": e.score.value(),
        "derivedFrom": [{"reference": response_url}],
    })
}

/// `text` is `None` for a version this build does not have: then the items carry only their
/// number and the answers only their code, never the wording of another version.
fn qbpds_response(e: &QbpdsEntry, text: Option<&QbpdsText>) -> Value {
    let mut items: Vec<Value> = (0..QBPDS_ITEMS)
        .map(|i| {
            let mut v = json!({"linkId": format!("q{}", i + 1)});
            if let Some(item) = text.and_then(|t| t.items.get(i)) {
                v["text"] = json!(item.text);
            }
            if let Some(a) = e.answers.get(i) {
                let mut coding = ordinal_coding(QBPDS_ANSWER_SYSTEM, a.value(), "");
                match text.and_then(|t| t.labels.get(usize::from(a.value()))) {
                    Some(label) => coding["display"] = json!(label),
                    None => {
                        coding.as_object_mut().map(|c| c.remove("display"));
                    }
                }
                v["answer"] = json!([{ "valueCoding": coding }]);
            }
            v
        })
        .collect();
    match e.total() {
        QbpdsTotal::Complete { value } => {
            items.push(json!({"linkId": "total", "text": "Total score (0-100)", "answer": [{"valueInteger": value}]}));
        }
        QbpdsTotal::Estimate { value, missing } => items.push(json!({
            "linkId": "total-estimate",
            "text": format!("Estimated total (mean of answered items x 20; {missing} item(s) missing)"),
            "answer": [{"valueInteger": value}],
        })),
        QbpdsTotal::NotScorable { .. } => {}
    }
    json!({
        "resourceType": "QuestionnaireResponse",
        "meta": {"tag": [text_status_tag(text)]},
        "extension": [{"url": STARTED_EXTENSION, "valueDateTime": e.started_at.to_string()}],
        "questionnaire": format!("{QBPDS_QUESTIONNAIRE}|{}", e.text_version),
        "status": "completed",
        "authored": e.completed_at.to_string(),
        "item": items,
    })
}

fn qbpds_observation(e: &QbpdsEntry, total: u32, response_url: &str) -> Value {
    json!({
        "resourceType": "Observation",
        "status": "final",
        "category": survey_category(),
        "code": {
            "coding": [{"system": RUGPLAN_CODES, "code": "qbpds-total",
                        "display": "Quebec Back Pain Disability Scale total score (0-100)"}],
            "text": "QBPDS total (0-100, higher is more limited)",
        },
        "effectiveDateTime": e.completed_at.to_string(),
        "valueInteger": total,
        "derivedFrom": [{"reference": response_url}],
    })
}

/// SNOMED CT 279039007 |Low back pain (finding)|.
const SNOMED_LOW_BACK_PAIN: &str = "279039007";
/// Rugplan's code for "this episode of back complaints", so the import finds its Condition.
pub const EPISODE_CODE: &str = "back-complaints-episode";
const DATA_ABSENT_REASON: &str = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";

/// The start of the complaints as a `Condition` (R4 `Condition.onset[x]`: "estimated or actual
/// date or date-time the condition began, in the opinion of the clinician"; here the patient's
/// own word, so `asserter` is the Patient). "I don't know" is an `onsetDateTime` left out with
/// the data-absent-reason `asked-unknown`; `recordedDate` is when the patient answered.
fn complaints_start_condition(start: &ComplaintsStart, patient: &str) -> Value {
    let mut c = json!({
        "resourceType": "Condition",
        "code": {
            "coding": [
                {"system": SNOMED, "code": SNOMED_LOW_BACK_PAIN, "display": "Low back pain"},
                {"system": RUGPLAN_CODES, "code": EPISODE_CODE, "display": "Current episode of back complaints"},
            ],
            "text": "Back complaints, current episode (start as reported by the patient)",
        },
        "subject": {"reference": patient},
        "asserter": {"reference": patient},
        "recordedDate": start.answered_at.to_string(),
    });
    match start.date {
        Some(d) => c["onsetDateTime"] = json!(d.to_string()),
        None => {
            c["_onsetDateTime"] =
                json!({"extension": [{"url": DATA_ABSENT_REASON, "valueCode": "asked-unknown"}]})
        }
    }
    c
}

/// The whole record as a FHIR R4 collection `Bundle`. Each QBPDS carries the item texts of the
/// version it was filled in with; a version this build does not have is exported with item
/// numbers and answer codes only, tagged "unknown-text" (its own version id is still recorded). The questionnaire in progress is not exported.
pub fn write_bundle(record: &PatientRecord, exported_at: Timestamp, nprs_question: &str) -> Value {
    // FHIR wants a subject for care plans and goals. Rugplan knows no identity: an anonymous
    // Patient stands in, for the clinician to link to the right person on import.
    let patient = EntryId::parse("patient")
        .map(|id| entry_uuid(&id, &exported_at.to_string()))
        .unwrap_or_default();
    let mut entries = vec![json!({
        "fullUrl": patient,
        "resource": {
            "resourceType": "Patient",
            "meta": {"tag": [{"system": RUGPLAN_CODES, "code": "anonymous", "display": "Identity not recorded by Rugplan"}]},
        },
    })];
    if let Some(start) = &record.complaints_start
        && let Some(id) = EntryId::parse("complaints-start")
    {
        entries.push(json!({
            "fullUrl": entry_uuid(&id, &start.answered_at.to_string()),
            "resource": complaints_start_condition(start, &patient),
        }));
    }
    for e in &record.nprs {
        let qr_url = entry_uuid(&e.id, "");
        entries.push(json!({"fullUrl": qr_url, "resource": nprs_response(e, nprs_question)}));
        entries.push(
            json!({"fullUrl": entry_uuid(&e.id, "observation"), "resource": nprs_observation(e, &qr_url)}),
        );
    }
    for e in &record.qbpds {
        let text = qbpds_text_by_version(&e.text_version);
        let qr_url = entry_uuid(&e.id, "");
        entries.push(json!({"fullUrl": qr_url, "resource": qbpds_response(e, text)}));
        if let Some(total) = e.total().complete() {
            entries.push(json!({
                "fullUrl": entry_uuid(&e.id, "observation"),
                "resource": qbpds_observation(e, total, &qr_url),
            }));
        }
    }
    entries.extend(super::fhir_plan::plan_entries(
        &record.plan,
        &patient,
        exported_at.date(),
    ));
    for entry in entries.iter_mut().skip(1) {
        let r = &mut entry["resource"];
        if r["resourceType"] == "QuestionnaireResponse" || r["resourceType"] == "Observation" {
            r["subject"] = json!({"reference": patient});
        }
    }
    json!({
        "resourceType": "Bundle",
        "meta": {"tag": [{"system": RUGPLAN_CODES, "code": "rugplan-export", "display": "Made by Rugplan"}]},
        "type": "collection",
        "timestamp": exported_at.to_string(),
        "entry": entries,
    })
}

/// The NPRS `Questionnaire` definition.
pub fn nprs_questionnaire(question: &str, low: &str, high: &str) -> Value {
    json!({
        "resourceType": "Questionnaire",
        "url": NPRS_QUESTIONNAIRE,
        "version": NPRS_QUESTIONNAIRE_VERSION,
        "name": "NPRS",
        "title": "Numeric Pain Rating Scale (average pain, last 24 hours)",
        "status": "active",
        "code": [{"system": LOINC, "code": "72514-3",
                  "display": "Pain severity - 0-10 verbal numeric rating [Score] - Reported"}],
        "item": [{
            "linkId": "nprs",
            "text": question,
            "type": "integer",
            "required": true,
            "extension": [
                {"url": "http://hl7.org/fhir/StructureDefinition/minValue", "valueInteger": 0},
                {"url": "http://hl7.org/fhir/StructureDefinition/maxValue", "valueInteger": 10},
                {"url": "http://hl7.org/fhir/StructureDefinition/questionnaire-lowRangeLabel", "valueString": low},
                {"url": "http://hl7.org/fhir/StructureDefinition/questionnaire-highRangeLabel", "valueString": high},
            ],
        }],
    })
}

/// The QBPDS `Questionnaire` definition for one language's text version.
pub fn qbpds_questionnaire(text: &QbpdsText) -> Value {
    let options: Vec<Value> = text
        .labels
        .iter()
        .enumerate()
        .map(|(i, label)| json!({"valueCoding": ordinal_coding(QBPDS_ANSWER_SYSTEM, i as u8, label)}))
        .collect();
    let mut items = vec![json!({"linkId": "instruction", "text": text.instruction, "type": "display"})];
    items.extend(text.items.iter().map(|item| {
        json!({
            "linkId": format!("q{}", item.number),
            "prefix": item.number.to_string(),
            "text": item.text,
            "type": "choice",
            "required": true,
            "answerOption": options,
        })
    }));
    items.push(
        json!({"linkId": "total", "text": "Total score (0-100), only when all 20 items are answered",
        "type": "integer", "readOnly": true}),
    );
    items.push(json!({"linkId": "total-estimate",
        "text": "Estimated total (mean of answered items x 20), only with 1-2 items missing",
        "type": "integer", "readOnly": true}));
    json!({
        "resourceType": "Questionnaire",
        "meta": {"tag": [text_status_tag(Some(text))]},
        "url": QBPDS_QUESTIONNAIRE,
        "version": text.text_version,
        "name": "QBPDS",
        "title": "Quebec Back Pain Disability Scale",
        "status": if text.validated { "active" } else { "draft" },
        "language": text.language,
        "copyright": "QBPDS: Kopec et al. 1995. Original forms under licence from Mapi Research Trust (ePROVIDE).",
        "description": text.source,
        "item": items,
    })
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FhirImportError {
    #[error("the file is too large ({0} bytes)")]
    TooLarge(usize),
    #[error("the file is not a FHIR Bundle")]
    NotABundle,
    #[error("the Bundle was not made by Rugplan")]
    NotRugplan,
    #[error("entry {index} is not valid: {reason}")]
    BadEntry { index: usize, reason: String },
    #[error("the Bundle is not consistent: {0}")]
    Inconsistent(#[from] crate::domain::record::RecordError),
}

/// Reads a Bundle written by [`write_bundle`] back into a record (NPRS and QBPDS entries).
/// Strict: every value is range-checked; anything that is not Rugplan's is refused.
pub fn read_bundle(text: &str) -> Result<PatientRecord, FhirImportError> {
    use crate::domain::nprs::NprsScore;
    use crate::domain::qbpds::{QbpdsAnswer, QbpdsAnswers};

    if text.len() > super::backup::MAX_BACKUP_BYTES {
        return Err(FhirImportError::TooLarge(text.len()));
    }
    let bundle: Value =
        serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|_| FhirImportError::NotABundle)?;
    if bundle.get("resourceType").and_then(Value::as_str) != Some("Bundle") {
        return Err(FhirImportError::NotABundle);
    }
    let ours = bundle["meta"]["tag"].as_array().is_some_and(|tags| {
        tags.iter()
            .any(|t| t["system"] == RUGPLAN_CODES && t["code"] == "rugplan-export")
    });
    if !ours {
        return Err(FhirImportError::NotRugplan);
    }
    let entries = bundle
        .get("entry")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let mut record = PatientRecord::default();
    for (index, entry) in entries.iter().enumerate() {
        let bad = |reason: &str| FhirImportError::BadEntry {
            index,
            reason: reason.to_owned(),
        };
        let resource = &entry["resource"];
        if resource["resourceType"] == "Condition" {
            let ours = resource["code"]["coding"].as_array().is_some_and(|codings| {
                codings
                    .iter()
                    .any(|c| c["system"] == RUGPLAN_CODES && c["code"] == EPISODE_CODE)
            });
            if ours {
                let answered_at = resource["recordedDate"]
                    .as_str()
                    .and_then(|s| Timestamp::parse(s).ok())
                    .ok_or_else(|| bad("recordedDate is not a date-time with offset"))?;
                let date = match resource.get("onsetDateTime") {
                    None => None,
                    Some(v) => Some(
                        v.as_str()
                            .and_then(|s| LocalDate::parse(s).ok())
                            .filter(|d| *d <= answered_at.date())
                            .ok_or_else(|| bad("onsetDateTime is not a date on or before recordedDate"))?,
                    ),
                };
                record.complaints_start = Some(ComplaintsStart { date, answered_at });
            }
            continue;
        }
        if resource["resourceType"] != "QuestionnaireResponse" {
            continue; // Observations repeat what the responses hold; the plan travels in the backup.
        }
        let id = entry["fullUrl"]
            .as_str()
            .and_then(|u| u.strip_prefix("urn:uuid:"))
            .and_then(EntryId::parse)
            .ok_or_else(|| bad("fullUrl is not a urn:uuid"))?;
        let authored = resource["authored"]
            .as_str()
            .and_then(|s| Timestamp::parse(s).ok())
            .ok_or_else(|| bad("authored is not a date-time with offset"))?;
        let questionnaire = resource["questionnaire"]
            .as_str()
            .ok_or_else(|| bad("no questionnaire"))?;
        let (url, version) = questionnaire.split_once('|').unwrap_or((questionnaire, ""));
        let items = resource["item"].as_array().cloned().unwrap_or_default();
        let answer_of = |link: &str| {
            items
                .iter()
                .find(|i| i["linkId"] == link)
                .and_then(|i| i["answer"].as_array())
                .and_then(|a| a.first())
                .cloned()
        };
        match url {
            NPRS_QUESTIONNAIRE => {
                let score = answer_of("nprs")
                    .and_then(|a| a["valueInteger"].as_u64())
                    .and_then(|v| u8::try_from(v).ok())
                    .and_then(NprsScore::new)
                    .ok_or_else(|| bad("NPRS answer must be a whole number 0-10"))?;
                record.add_nprs(id, authored, score);
            }
            QBPDS_QUESTIONNAIRE => {
                let mut answers = QbpdsAnswers::default();
                for i in 0..QBPDS_ITEMS {
                    if let Some(a) = answer_of(&format!("q{}", i + 1)) {
                        let value = a["valueCoding"]["code"]
                            .as_str()
                            .and_then(|c| c.parse::<u8>().ok())
                            .and_then(QbpdsAnswer::new)
                            .ok_or_else(|| bad("QBPDS answers must be 0-5"))?;
                        answers.set(i, Some(value));
                    }
                }
                let started = resource["extension"]
                    .as_array()
                    .and_then(|exts| exts.iter().find(|e| e["url"] == STARTED_EXTENSION))
                    .and_then(|e| e["valueDateTime"].as_str())
                    .and_then(|s| Timestamp::parse(s).ok())
                    .unwrap_or(authored);
                if version.is_empty() || version.len() > 64 || !version.bytes().all(|b| b.is_ascii_graphic())
                {
                    return Err(bad("QBPDS text version missing or invalid"));
                }
                record.qbpds.push(QbpdsEntry {
                    id,
                    started_at: started,
                    completed_at: authored,
                    answers,
                    text_version: version.to_owned(),
                });
            }
            _ => return Err(bad("unknown questionnaire")),
        }
    }
    crate::domain::sort::sort_by_key(&mut record.qbpds, |e| e.completed_at);
    record.validate()?;
    Ok(record)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::qbpds_text::qbpds_text;
    use crate::i18n::Lang;
    use crate::interop::testdata::sample_record;
    use proptest::prelude::*;

    fn at() -> Timestamp {
        Timestamp::parse("2026-11-22T12:00:00+01:00").unwrap()
    }

    fn bundle() -> Value {
        write_bundle(&sample_record(), at(), Lang::Nl.texts().nprs_question)
    }

    #[test]
    fn bundle_shape() {
        let b = bundle();
        assert_eq!(b["resourceType"], "Bundle");
        assert_eq!(b["type"], "collection");
        let entries = b["entry"].as_array().unwrap();
        // Patient + complaints start + 2 NPRS x (response + observation) + 2 QBPDS x (response +
        // observation); no draft.
        assert_eq!(entries.len(), 10);
        for e in entries {
            assert!(e["fullUrl"].as_str().unwrap().starts_with("urn:uuid:"));
        }
        let obs: Vec<&Value> = entries
            .iter()
            .map(|e| &e["resource"])
            .filter(|r| r["resourceType"] == "Observation")
            .collect();
        let nprs = obs
            .iter()
            .find(|o| o["code"]["coding"][0]["code"] == "72514-3")
            .unwrap();
        assert_eq!(nprs["code"]["coding"][1]["code"], "225908003");
        assert_eq!(nprs["method"]["coding"][0]["system"], ZIB_PAIN_METHOD);
        assert!(
            obs.iter()
                .any(|o| o["code"]["coding"][0]["code"] == "qbpds-total" && o["valueInteger"] == 58)
        );
        let qr = entries
            .iter()
            .map(|e| &e["resource"])
            .find(|r| {
                r["questionnaire"]
                    .as_str()
                    .unwrap_or("")
                    .starts_with(QBPDS_QUESTIONNAIRE)
            })
            .unwrap();
        assert_eq!(qr["meta"]["tag"][0]["code"], "unvalidated-translation");
        assert_eq!(
            qr["item"][0]["answer"][0]["valueCoding"]["extension"][0]["valueDecimal"],
            3
        );
    }

    #[test]
    fn round_trip_keeps_every_answer() {
        let r = sample_record();
        let back = read_bundle(&bundle().to_string()).unwrap();
        assert_eq!(back.nprs, r.nprs);
        assert_eq!(back.qbpds, r.qbpds);
        assert_eq!(back.complaints_start, r.complaints_start);
        assert!(
            back.qbpds_draft.is_none(),
            "a questionnaire in progress is not exported"
        );
    }

    /// Issue 14 item 4: the start of the complaints travels as a Condition with onsetDateTime;
    /// "I don't know" as a data-absent-reason.
    #[test]
    fn complaints_start_is_a_condition_onset() {
        let b = bundle();
        let c = b["entry"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| &e["resource"])
            .find(|r| r["resourceType"] == "Condition")
            .unwrap();
        assert_eq!(c["onsetDateTime"], "2026-02-23");
        assert_eq!(c["code"]["coding"][0]["code"], "279039007");
        assert_eq!(c["subject"], c["asserter"]);
        let mut r = sample_record();
        r.set_complaints_start(None, at());
        let b = write_bundle(&r, at(), "q");
        let back = read_bundle(&b.to_string()).unwrap();
        assert_eq!(back.complaints_start, r.complaints_start);
        let text = b.to_string();
        assert!(text.contains("asked-unknown") && !text.contains("\"onsetDateTime\""));
        let mut none = sample_record();
        none.complaints_start = None;
        let b = write_bundle(&none, at(), "q");
        assert!(!b.to_string().contains("Condition"));
        // A start after the answer was given is refused.
        let bad = bundle().to_string().replace("2026-02-23", "2027-02-23");
        assert!(matches!(read_bundle(&bad), Err(FhirImportError::BadEntry { .. })));
    }

    #[test]
    fn refuses_foreign_and_broken_bundles() {
        assert_eq!(read_bundle("[]"), Err(FhirImportError::NotABundle));
        assert_eq!(
            read_bundle(r#"{"resourceType":"Patient"}"#),
            Err(FhirImportError::NotABundle)
        );
        assert_eq!(
            read_bundle(r#"{"resourceType":"Bundle","type":"collection"}"#),
            Err(FhirImportError::NotRugplan)
        );
        let mut b = bundle();
        b["entry"][2]["resource"]["item"][0]["answer"][0]["valueInteger"] = json!(11);
        assert!(matches!(
            read_bundle(&b.to_string()),
            Err(FhirImportError::BadEntry { index: 2, .. })
        ));
        let mut b = bundle();
        b["entry"][2]["fullUrl"] = json!("urn:uuid:<script>");
        assert!(matches!(
            read_bundle(&b.to_string()),
            Err(FhirImportError::BadEntry { .. })
        ));
    }

    #[test]
    fn questionnaires_have_all_items() {
        let nl = qbpds_text(Lang::Nl).unwrap();
        let q = qbpds_questionnaire(nl);
        assert_eq!(q["item"].as_array().unwrap().len(), 23);
        assert_eq!(
            q["status"], "draft",
            "the unvalidated translation is published as draft"
        );
        assert_eq!(
            qbpds_questionnaire(qbpds_text(Lang::En).unwrap())["status"],
            "active"
        );
        let n = nprs_questionnaire("q", "geen pijn", "ergst denkbare pijn");
        assert_eq!(n["item"][0]["type"], "integer");
    }

    #[test]
    fn uuids_are_stable_and_distinct_per_kind() {
        let id = EntryId::from_random([7; 16]);
        assert_eq!(entry_uuid(&id, ""), format!("urn:uuid:{id}"));
        assert_eq!(entry_uuid(&id, "observation"), entry_uuid(&id, "observation"));
        assert_ne!(entry_uuid(&id, "observation"), entry_uuid(&id, ""));
        let other = EntryId::parse("imported-1").unwrap();
        assert!(entry_uuid(&other, "").len() == "urn:uuid:".len() + 36);
    }

    proptest! {
        #[test]
        fn arbitrary_text_never_panics(s in ".{0,300}") {
            let _ = read_bundle(&s);
        }

        #[test]
        fn altered_bundles_never_panic(pos in 0usize..5000, byte in any::<u8>()) {
            let mut bytes = bundle().to_string().into_bytes();
            let pos = pos % bytes.len();
            bytes[pos] = byte;
            let _ = read_bundle(&String::from_utf8_lossy(&bytes));
        }
    }
}
