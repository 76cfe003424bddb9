//! The committed example exports in `docs/examples/`, made from a fixed test record. The test
//! fails when they are stale; `UPDATE_EXAMPLES=1 cargo test examples` writes them anew.

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use crate::domain::date::{LocalDate, Timestamp};
    use crate::domain::qbpds_text::qbpds_text;
    use crate::i18n::Lang;
    use crate::interop::{backup, csv, fhir, stored, testdata};
    use std::path::Path;

    fn record() -> crate::domain::record::PatientRecord {
        let mut r = testdata::sample_record();
        let with_plan = stored::decode_record(include_str!("../../tests/fixtures/record-v2.json")).unwrap();
        r.plan = with_plan.plan;
        r
    }

    fn examples() -> Vec<(&'static str, String)> {
        let at = Timestamp::parse("2026-04-20T12:00:00+02:00").unwrap();
        let pretty = |v: serde_json::Value| serde_json::to_string_pretty(&v).unwrap() + "\n";
        let nl = Lang::Nl.texts();
        vec![
            (
                "fhir-bundle.json",
                pretty(fhir::write_bundle(&record(), at, nl.nprs_question)),
            ),
            (
                "Questionnaire-nprs.json",
                pretty(fhir::nprs_questionnaire(
                    nl.nprs_question,
                    nl.nprs_anchor_low,
                    nl.nprs_anchor_high,
                )),
            ),
            (
                "Questionnaire-qbpds-nl.json",
                pretty(fhir::qbpds_questionnaire(qbpds_text(Lang::Nl).unwrap())),
            ),
            (
                "Questionnaire-qbpds-en.json",
                pretty(fhir::qbpds_questionnaire(qbpds_text(Lang::En).unwrap())),
            ),
            (
                "export.csv",
                csv::write_csv(&record(), LocalDate::new(2026, 4, 20).unwrap()),
            ),
            ("backup.json", backup::write_backup(&record(), at) + "\n"),
        ]
    }

    #[test]
    fn committed_examples_are_up_to_date() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/examples");
        let update = std::env::var_os("UPDATE_EXAMPLES").is_some();
        for (name, content) in examples() {
            let path = dir.join(name);
            if update {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(&path, &content).unwrap();
            } else {
                let committed = std::fs::read_to_string(&path).unwrap_or_default();
                assert!(
                    committed == content,
                    "docs/examples/{name} is stale: run UPDATE_EXAMPLES=1 cargo test examples"
                );
            }
        }
    }

    #[test]
    fn the_example_backup_restores_the_example_record() {
        let (_, text) = examples().into_iter().find(|(n, _)| *n == "backup.json").unwrap();
        assert_eq!(backup::read_backup(&text), Ok(record()));
    }
}
