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

/// Timings of save, load, export and import for growing records (BENCHMARKS.md). Reported, not
/// asserted: run `cargo test --release --lib bench_formats -- --ignored --nocapture`.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod bench {
    use crate::domain::date::{LocalDate, Timestamp};
    use crate::interop::{backup, csv, fhir, stored, testdata};
    use std::time::Instant;

    fn time<T>(f: impl Fn() -> T) -> (f64, T) {
        let runs = 5;
        let mut best = f64::MAX;
        let mut out = f();
        for _ in 0..runs {
            let t = Instant::now();
            out = f();
            best = best.min(t.elapsed().as_secs_f64() * 1000.0);
        }
        (best, out)
    }

    #[test]
    #[ignore = "benchmark: run on demand"]
    fn bench_formats() {
        let at = Timestamp::parse("2026-11-22T12:00:00+01:00").unwrap();
        println!("| data | stored KB | save ms | load ms | backup ms | restore ms | FHIR ms | CSV ms |");
        println!("|---|---|---|---|---|---|---|---|");
        for (label, days) in [
            ("1 month", 30),
            ("6 months", 182),
            ("1 year", 365),
            ("2 years", 730),
        ] {
            let r = testdata::record_with_history(days);
            let today = LocalDate::new(2024, 11, 22)
                .and_then(|d| d.add_days(days))
                .unwrap();
            let (save, text) = time(|| stored::encode_record(&r));
            // The browser benchmark loads these records (scripts/bench.sh).
            let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join(format!("target/bench-record-{days}.json"));
            std::fs::write(out, &text).unwrap();
            let (load, back) = time(|| stored::decode_record(&text).unwrap());
            assert_eq!(back, r);
            let (bw, b) = time(|| backup::write_backup(&r, at));
            let (br, _) = time(|| backup::read_backup(&b).unwrap());
            let (fw, _) = time(|| fhir::write_bundle(&r, at, "q").to_string());
            let (cw, _) = time(|| csv::write_csv(&r, today));
            println!(
                "| {label} | {:.0} | {save:.1} | {load:.1} | {bw:.1} | {br:.1} | {fw:.1} | {cw:.1} |",
                text.len() as f64 / 1000.0
            );
        }
    }
}
