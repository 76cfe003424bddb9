//! The activity plan in FHIR R4: one `CarePlan` per revision (the current one `active`, earlier
//! ones `revoked`, so the history is kept) with a `Goal` per activity. Day logs travel as
//! `CarePlan.activity.progress` annotations ("done / planned", with the pain note), which keeps
//! two years of daily logs readable without thousands of resources. The backup file is the
//! lossless format; this is for the clinician's record.

use super::fhir::{RUGPLAN_CODES, entry_uuid};
use crate::domain::activity_plan::{Activity, ActivityPlan, ActivityUnit, PlanRevision};
use crate::domain::date::LocalDate;
use serde_json::{Value, json};

const UCUM: &str = "http://unitsofmeasure.org";

fn quantity(unit: ActivityUnit, value: u32) -> Value {
    match unit {
        ActivityUnit::Minutes => json!({"value": value, "unit": "min", "system": UCUM, "code": "min"}),
        ActivityUnit::Metres => json!({"value": value, "unit": "m", "system": UCUM, "code": "m"}),
        ActivityUnit::Repetitions => {
            json!({"value": value, "unit": "repetitions", "system": UCUM, "code": "{repetitions}"})
        }
        ActivityUnit::TimesPerDay => {
            json!({"value": value, "unit": "times per day", "system": UCUM, "code": "/d"})
        }
    }
}

fn unit_word(unit: ActivityUnit) -> &'static str {
    match unit {
        ActivityUnit::Minutes => "minutes",
        ActivityUnit::Metres => "metres",
        ActivityUnit::Repetitions => "repetitions",
        ActivityUnit::TimesPerDay => "times a day",
    }
}

fn goal(activity: &Activity, revision: &PlanRevision, patient: &str) -> Value {
    json!({
        "resourceType": "Goal",
        "lifecycleStatus": "active",
        "description": {"text": format!("{}: {} {} per day by {}", activity.name, activity.goal, unit_word(activity.unit), activity.goal_date)},
        "subject": {"reference": patient},
        "startDate": activity.start_date.to_string(),
        "target": [{
            "measure": {"text": activity.name},
            "detailQuantity": quantity(activity.unit, activity.goal),
            "dueDate": activity.goal_date.to_string(),
        }],
        "note": [{"text": format!("Plan revision of {}", revision.created_at)}],
    })
}

fn activity_detail(activity: &Activity, plan: &ActivityPlan, goal_url: &str, today: LocalDate) -> Value {
    let schedule = activity.schedule().ok();
    let steps: Vec<String> = schedule
        .iter()
        .flat_map(|s| s.steps.iter())
        .map(|s| format!("from {}: {} {}", s.date, s.quota, unit_word(activity.unit)))
        .collect();
    let progress: Vec<Value> = plan
        .logs_for(&activity.id)
        .into_iter()
        .filter(|l| l.date <= today)
        .map(|l| {
            let planned = schedule.as_ref().and_then(|s| s.quota_on(l.date)).unwrap_or_default();
            let note = l.pain_note.as_deref().map(|n| format!("; pain note: {n}")).unwrap_or_default();
            json!({
                "time": l.logged_at.to_string(),
                "text": format!("{}: done {} of {} {}{note}", l.date, l.done, planned, unit_word(activity.unit)),
            })
        })
        .collect();
    let mut v = json!({
        "detail": {
            "kind": "ServiceRequest",
            "code": {"text": activity.name},
            "goal": [{"reference": goal_url}],
            "status": "in-progress",
            "scheduledPeriod": {"start": activity.start_date.to_string(), "end": activity.goal_date.to_string()},
            "dailyAmount": quantity(activity.unit, schedule.as_ref().and_then(|s| s.quota_on(today)).unwrap_or(activity.goal)),
            "description": format!("Time-contingent: fixed steps on fixed dates, regardless of pain. {}", steps.join("; ")),
        },
    });
    if !progress.is_empty() {
        v["progress"] = Value::Array(progress);
    }
    v
}

/// Bundle entries (`fullUrl` + `resource`) for every revision of the plan.
pub fn plan_entries(plan: &ActivityPlan, patient: &str, today: LocalDate) -> Vec<Value> {
    let current = plan.current_revision(today).map(|r| r.id.clone());
    let mut entries = Vec::new();
    for revision in &plan.revisions {
        let mut goals = Vec::new();
        let mut activities = Vec::new();
        for activity in &revision.activities {
            let goal_url = entry_uuid(&activity.id, &format!("goal-{}", revision.id));
            entries.push(json!({"fullUrl": goal_url, "resource": goal(activity, revision, patient)}));
            goals.push(json!({"reference": goal_url}));
            activities.push(activity_detail(activity, plan, &goal_url, today));
        }
        let status = if Some(&revision.id) == current.as_ref() {
            "active"
        } else if revision.valid_from > today {
            "draft"
        } else {
            "revoked"
        };
        let mut notes = vec![
            json!({"text": "Personal time-contingent activity plan (NHG: fixed dates, regardless of pain)."}),
        ];
        if let Some(n) = &revision.note {
            notes.push(json!({"text": n}));
        }
        if let Some(d) = revision.milestones.back_to_work {
            notes.push(json!({"text": format!("Back to work: {d}")}));
        }
        if let Some(d) = revision.milestones.control_visit {
            notes.push(json!({"text": format!("Control visit: {d}")}));
        }
        entries.push(json!({
            "fullUrl": entry_uuid(&revision.id, ""),
            "resource": {
                "resourceType": "CarePlan",
                "meta": {"tag": [{"system": RUGPLAN_CODES, "code": "activity-plan"}]},
                "status": status,
                "intent": "plan",
                "title": "Activity plan",
                "subject": {"reference": patient},
                "created": revision.created_at.to_string(),
                "period": {"start": revision.valid_from.to_string()},
                "goal": goals,
                "activity": activities,
                "note": notes,
            },
        }));
    }
    entries
}
