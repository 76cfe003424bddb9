//! Schema migrations of the stored and exported record: pure functions on JSON values.
//!
//! `MIGRATIONS[n]` turns a version `n + 1` document into version `n + 2`. A new schema version
//! adds one function here and a fixture of the old version under `tests/fixtures/`, so that old
//! data always loads.

use crate::domain::record::SCHEMA_VERSION;
use serde_json::Value;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MigrateError {
    #[error("the data has no schema version")]
    NoVersion,
    #[error("the data is from a newer version of the app (schema {found}, this app knows up to {known})")]
    TooNew { found: u64, known: u32 },
    #[error("schema version {0} is not one this app ever wrote")]
    Unknown(u64),
    #[error("migration from schema {from} failed: {reason}")]
    Step { from: u32, reason: String },
}

pub type Migration = fn(Value) -> Result<Value, String>;

pub const MIGRATIONS: &[Migration] = &[v1_to_v2, v2_to_v3];

/// Version 2 adds the activity plan (empty) and the time of the last backup (none yet).
fn v1_to_v2(mut value: Value) -> Result<Value, String> {
    let obj = value.as_object_mut().ok_or("the record is not a JSON object")?;
    obj.entry("plan")
        .or_insert_with(|| serde_json::json!({"revisions": [], "logs": []}));
    obj.entry("last_backup_at").or_insert(Value::Null);
    Ok(value)
}

/// Version 3 adds the start of the complaints (not asked yet). A questionnaire in progress
/// keeps no text version (it was not stored): it is finished with the one on screen, as before.
fn v2_to_v3(mut value: Value) -> Result<Value, String> {
    let obj = value.as_object_mut().ok_or("the record is not a JSON object")?;
    obj.entry("complaints_start").or_insert(Value::Null);
    Ok(value)
}

const _: () = assert!(
    MIGRATIONS.len() as u32 + 1 == SCHEMA_VERSION,
    "one migration per version step"
);

/// Brings a stored document to the current schema.
pub fn migrate(value: Value) -> Result<Value, MigrateError> {
    run(value, MIGRATIONS, SCHEMA_VERSION)
}

fn run(mut value: Value, steps: &[Migration], current: u32) -> Result<Value, MigrateError> {
    let found = value
        .get("schema_version")
        .and_then(Value::as_u64)
        .ok_or(MigrateError::NoVersion)?;
    if found == 0 {
        return Err(MigrateError::Unknown(found));
    }
    if found > u64::from(current) {
        return Err(MigrateError::TooNew {
            found,
            known: current,
        });
    }
    // `found` is now 1..=current, so it fits a u32.
    let mut version = found as u32;
    while version < current {
        let step = steps
            .get(version as usize - 1)
            .ok_or(MigrateError::Unknown(u64::from(version)))?;
        value = step(value).map_err(|reason| MigrateError::Step {
            from: version,
            reason,
        })?;
        version += 1;
        if let Some(obj) = value.as_object_mut() {
            obj.insert("schema_version".into(), Value::from(version));
        }
    }
    Ok(value)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use serde_json::json;

    fn add_field(mut v: Value) -> Result<Value, String> {
        v.as_object_mut()
            .ok_or("not an object")?
            .insert("added".into(), json!(true));
        Ok(v)
    }
    fn rename_field(mut v: Value) -> Result<Value, String> {
        let obj = v.as_object_mut().ok_or("not an object")?;
        let x = obj.remove("added").ok_or("missing field")?;
        obj.insert("renamed".into(), x);
        Ok(v)
    }

    #[test]
    fn runs_every_step_in_order_from_the_found_version() {
        let steps: &[Migration] = &[add_field, rename_field];
        let out = run(json!({"schema_version": 1}), steps, 3).unwrap();
        assert_eq!(out, json!({"schema_version": 3, "renamed": true}));
        let out = run(json!({"schema_version": 2, "added": 5}), steps, 3).unwrap();
        assert_eq!(out, json!({"schema_version": 3, "renamed": 5}));
        let out = run(json!({"schema_version": 3, "x": 1}), steps, 3).unwrap();
        assert_eq!(out, json!({"schema_version": 3, "x": 1}));
    }

    #[test]
    fn a_failing_step_is_reported() {
        let steps: &[Migration] = &[rename_field];
        assert_eq!(
            run(json!({"schema_version": 1}), steps, 2),
            Err(MigrateError::Step {
                from: 1,
                reason: "missing field".into()
            })
        );
    }

    #[test]
    fn v1_gets_an_empty_plan() {
        let out = migrate(json!({"schema_version": 1, "nprs": []})).unwrap();
        assert_eq!(out["schema_version"], SCHEMA_VERSION);
        assert_eq!(out["plan"], json!({"revisions": [], "logs": []}));
        assert_eq!(out["last_backup_at"], Value::Null);
        assert!(
            migrate(json!({"schema_version": 1, "plan": 5})).is_ok(),
            "shape is checked later, on decoding"
        );
    }

    #[test]
    fn v2_gets_no_complaints_start_yet() {
        let out = migrate(json!({"schema_version": 2, "nprs": []})).unwrap();
        assert_eq!(out["schema_version"], 3);
        assert_eq!(out["complaints_start"], Value::Null);
        let kept = json!({"date": "2026-03-01", "answered_at": "2026-03-28T20:00:00+01:00"});
        let out = migrate(json!({"schema_version": 2, "complaints_start": kept})).unwrap();
        assert_eq!(out["complaints_start"], kept, "never overwrites");
    }

    #[test]
    fn versions_outside_the_known_range_are_refused() {
        assert_eq!(migrate(json!({})), Err(MigrateError::NoVersion));
        assert_eq!(
            migrate(json!({"schema_version": "1"})),
            Err(MigrateError::NoVersion)
        );
        assert_eq!(
            migrate(json!({"schema_version": 0})),
            Err(MigrateError::Unknown(0))
        );
        assert!(matches!(
            migrate(json!({"schema_version": 99})),
            Err(MigrateError::TooNew { found: 99, .. })
        ));
        assert!(matches!(migrate(json!([1, 2])), Err(MigrateError::NoVersion)));
    }
}
