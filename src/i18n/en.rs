//! English texts (plain language; second language of the app).

use super::{Lang, PageTexts, Texts, list_numbers};
use crate::domain::activity_plan::{ActivityUnit, PlanError};
use crate::domain::change::{Change, Instrument, Verdict, worsening_points_needed};
use crate::domain::kiosk::KioskError;

// Patient wording of a change (issue 14; rule and sources in domain/change.rs).
fn change_nprs(c: &Change) -> String {
    let (from, to) = (c.baseline, c.latest);
    match c.verdict {
        Verdict::NoChange if to == 0 => "You have no pain, as at the start.".to_owned(),
        Verdict::NoChange => format!("Your pain is as strong as at the start: {to}."),
        Verdict::WithinMeasurementError => {
            format!("Your pain is about the same as at the start: from {from} to {to}.")
        }
        Verdict::RelevantImprovement if to == 0 => {
            format!("You have no pain any more. At the start your pain was {from}.")
        }
        Verdict::RelevantImprovement => {
            format!("You have clearly less pain than at the start: from {from} to {to}.")
        }
        Verdict::Improvement => {
            format!("You have a little less pain than at the start: from {from} to {to}.")
        }
        Verdict::Worse => format!("You have a little more pain than at the start: from {from} to {to}."),
        Verdict::RelevantWorsening => format!("You have more pain than at the start: from {from} to {to}."),
    }
}

fn change_qbpds(c: &Change) -> String {
    let (from, to) = (c.baseline, c.latest);
    match c.verdict {
        Verdict::NoChange => format!("Your score is the same as at the start: {to}."),
        Verdict::WithinMeasurementError => {
            format!("You can do about as much as at the start. Your score went from {from} to {to}.")
        }
        Verdict::RelevantImprovement => {
            format!("You can clearly do more than at the start. Your score went from {from} to {to}.")
        }
        Verdict::Improvement => {
            format!("You can do a little more than at the start. Your score went from {from} to {to}.")
        }
        Verdict::Worse => {
            format!("You find things a little harder than at the start. Your score went from {from} to {to}.")
        }
        Verdict::RelevantWorsening => {
            format!("You find things harder than at the start. Your score went from {from} to {to}.")
        }
    }
}

fn change_details(c: &Change) -> String {
    let nprs = c.instrument == Instrument::Nprs;
    let percent = match c.patient_percent() {
        Some(p) if p < 0 && nprs => format!("That is {} % less pain. ", -p),
        Some(p) if p > 0 && nprs => format!("That is {p} % more pain. "),
        Some(p) if p < 0 => format!("That is {} % lower. ", -p),
        Some(p) if p > 0 => format!("That is {p} % higher. "),
        _ => String::new(),
    };
    let target = match (c.improvement_target, nprs) {
        (Some(0), true) => "Clearly less pain: a score of 0.".to_owned(),
        (Some(t), true) => format!("Clearly less pain: a score of {t} or lower."),
        (Some(t), false) => format!("Clearly better: a score of {t} or lower. Lower is better."),
        (None, true) => String::new(),
        (None, false) => "Your score was already low at the start.".to_owned(),
    };
    let noise = if !nprs && (c.within_measurement_error || c.improvement_target.is_none()) {
        " Differences under 15 points say little."
    } else {
        ""
    };
    format!("{percent}{target}{noise}").trim().to_owned()
}

fn clin_change_details(c: &Change) -> String {
    let percent = c.percent.map(|p| format!(" ({p:+} %)")).unwrap_or_default();
    let target = match c.improvement_target {
        Some(t) => format!("clinically relevant improvement at ≤ {t}"),
        None => "no clinically relevant improvement possible from this baseline".to_owned(),
    };
    let floor = match c.instrument {
        Instrument::Nprs => "",
        Instrument::Qbpds => ", at least 15 points (measurement error)",
    };
    let mic = if c.meets_points_threshold {
        "met"
    } else {
        "not met"
    };
    let error = if c.within_measurement_error {
        " Within measurement error."
    } else {
        ""
    };
    format!(
        "Difference {:+} points{percent}. Rule: {target} (≥ 30 % of baseline{floor}; KNGF, Ostelo 2008). \
         Worsening relevant from +{} points. Fixed Ostelo MIC ({} points): {mic}.{error}",
        c.difference,
        worsening_points_needed(c.instrument),
        c.instrument.relevant_points()
    )
}

fn unit_amount(unit: ActivityUnit, n: u32) -> String {
    match unit {
        ActivityUnit::Minutes if n == 1 => "1 minute".to_owned(),
        ActivityUnit::Minutes => format!("{n} minutes"),
        ActivityUnit::Metres => format!("{n} metres"),
        ActivityUnit::Repetitions if n == 1 => "1 time".to_owned(),
        ActivityUnit::Repetitions => format!("{n} times"),
        ActivityUnit::TimesPerDay => format!("{n} times a day"),
    }
}

fn plan_error(e: &PlanError) -> String {
    match e {
        PlanError::NameEmpty => "Give the activity a name.".into(),
        PlanError::NameTooLong { max } => format!("The name is too long: at most {max} characters."),
        PlanError::TooFewBaselineDays { found, needed } => {
            format!("Fill in at least {needed} days. There are {found} now.")
        }
        PlanError::DuplicateBaselineDay(d) => format!("The day {d} is in the list twice."),
        PlanError::ZeroBaselineDay(d) => format!("On {d} it says 0. Fill in what you could do that day."),
        PlanError::ZeroBaseline => "What you can do now must be more than 0.".into(),
        PlanError::ZeroGoal => "The goal must be more than 0.".into(),
        PlanError::GoalNotAboveStart { goal, start_quota } => {
            format!("The goal ({goal}) must be higher than where you start ({start_quota}).")
        }
        PlanError::GoalDateNotAfterStart => "The goal date must be after the start date.".into(),
        PlanError::PlanTooLong { .. } => "A plan lasts at most 26 weeks. Choose an earlier goal date.".into(),
        PlanError::IntervalOutOfRange(_) => "Choose a step up every 1 to 28 days.".into(),
        PlanError::StartPercentOutOfRange(_) => "Choose a percentage from 10 to 99.".into(),
        PlanError::DuplicateActivity(_) => "An activity is in the plan twice.".into(),
        PlanError::DuplicateRevision(_) => "This version of the plan already exists.".into(),
        PlanError::DateOutOfRange => "A date is not right.".into(),
        PlanError::DateTooFarFromToday(_) => "Choose a date within 2 years of today.".into(),
        PlanError::DuplicateLog(_) => "A filled-in day is in the plan twice.".into(),
        PlanError::AmountEmpty => "Fill in a number.".into(),
        PlanError::AmountNotANumber => "Fill in a number, without letters.".into(),
        PlanError::AmountNotWhole => "Fill in a whole number, without a comma or point.".into(),
        PlanError::AmountNegative => "A number below 0 is not possible.".into(),
        PlanError::AmountZero => "Fill in a number greater than 0.".into(),
        PlanError::AmountTooLarge { max } => format!("This number is too large: at most {max}."),
        // CONTENT.md §4 step 3: the start lies below the baseline.
        PlanError::StartNotBelowBaseline {
            start_quota,
            baseline,
        } => format!(
            "You would start at {start_quota}. Start below what you can do now ({baseline}). Choose a lower percentage or another unit."
        ),
    }
}

pub const TEXTS: Texts = Texts {
    app_name: "Rugplan",
    app_tagline: "Keep track of your back pain and do more, step by step",
    skip_to_content: "Skip to content",
    nav_label: "Main menu",
    nav_home: "Today",
    nav_nprs: "Pain",
    nav_qbpds: "Questionnaire",
    nav_plan: "Plan",
    nav_progress: "Progress",
    nav_export: "Share",
    nav_info: "Information",
    nav_alarm: "Warning signs",
    switch_to_this_language: "English",
    not_found_title: "This page does not exist",
    not_found_body: "The link may be old or may not have been copied completely.",
    not_found_home: "Go to the start page",
    load_failed_title: "This part of the app could not load",
    load_failed_body: "This part of the app is not on this device yet and could not be fetched. Perhaps there is no internet connection. Your data is safe. Please try again when you are back online.",
    load_failed_retry: "Try again",
    page_clinician: "For the clinician",
    page_kiosk: "Waiting-room tablet",
    footer_privacy: "Your data stays on this device. Rugplan sends nothing over the internet.",
    nav_menu_button: "Menu",

    storage_unavailable: "This device does not let Rugplan keep anything. You can fill everything in, but it is gone when you close the page.",
    storage_full: "The browser's storage is full. What you fill in now is not kept when you close the page.",
    storage_corrupt_title: "Your earlier saved data cannot be read",
    storage_corrupt_body: "A copy has been kept on this device. You can carry on. Download the copy and give it to your clinician if you want the old data back.",
    storage_corrupt_download: "Download the copy",
    storage_corrupt_delete: "Delete the copy",
    storage_corrupt_delete_confirm: "Are you sure? The copy will be gone for good.",
    storage_protect_original: "There is no room to make a copy. Rugplan therefore leaves your old data in place and does not keep new answers for now.",
    storage_outdated: "Your data was saved by a newer version of Rugplan. This page is still the old version. So this page saves nothing, to keep your data safe. Reload the page. What you enter here is not saved.",
    storage_reload: "Reload the page",

    yes_delete: "Yes, delete",
    no_keep: "No, keep",
    delete: "Delete",
    delete_confirm_question: "Do you want to delete this measurement?",
    save: "Save",
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    at_time: "at",

    home_title: "Today",
    home_intro: "What can you do now?",
    home_nprs_title: "Pain",
    home_nprs_never: "You have not filled in your pain yet.",
    home_nprs_last: |when, score| format!("Last filled in on {when}: {score} out of 10."),
    home_nprs_action: "Fill in your pain",
    home_qbpds_title: "Questionnaire about your back",
    home_qbpds_never: "You have not filled in the questionnaire yet.",
    home_qbpds_last: |when| format!("Last filled in on {when}."),
    home_qbpds_in_progress: |n| format!("In progress: {n} of the 20 questions answered."),
    home_qbpds_start: "Fill in the questionnaire",
    home_qbpds_continue: "Continue the questionnaire",
    home_plan_title: "Your activity plan",
    home_alarm_hint: "Worried about your symptoms? Look at the warning signs.",

    home_device_only: "Your data is only on this device.",
    home_backup_never: "You have not made a backup yet.",
    home_backup_last: |when| format!("Last backup: {when}."),
    home_backup_reminder: "Make a new backup. If the browser data is cleared or the device is lost, your data is gone otherwise.",
    home_backup_action: "Make a backup",
    persist_ask: "You can ask the browser not to clear your data, for example when storage runs low.",
    persist_button: "Ask the browser to keep my data",
    persist_granted: "The browser now keeps your data on this device.",
    persist_refused: "The browser does not allow this now. So make a backup now and then.",
    risk_title: "How to keep your data",
    risk_seven_days: "Your browser may erase your data if you do not open Rugplan for 7 days. To prevent this:",
    risk_home_screen: "Add Rugplan to your home screen. In Safari: tap the share button and choose 'Add to Home Screen'. From then on, always open Rugplan with that icon.",
    risk_weekly_backup: "Make a backup every week.",
    risk_private: "You are using a private window. When you close it, the browser erases everything you entered here. Make a backup before you close the window. Or open Rugplan in a normal window.",
    cues_title: "To discuss with your clinician",
    cue_plan_not_back: "Your plan has now run for at least three weeks. Not back at your normal level yet? Then ask your GP about help from a physiotherapist or exercise therapist.",
    cue_twelve_weeks: "You have now had back complaints for twelve weeks or more. The questionnaire shows you cannot yet clearly do more than at the start. Discuss with your GP what else could help. For example, a treatment that helps you cope with the complaints.",
    // NHG step 4 (L963-968), without a QBPDS comparison.
    cue_twelve_weeks_unmeasured: "You have now had back complaints for twelve weeks or more. Not going well enough yet? Discuss with your GP what else could help. For example, a treatment that helps you cope with the complaints.",
    // NHG step 2 (L606-610, L674-678).
    cue_consider_plan: "You have now had back complaints for three weeks or more. Not going well enough yet? Then discuss with your GP a plan to do a little more step by step.",
    home_due: |n| format!("It has been {n} days. Feel free to fill it in again."),
    home_streak: |n| format!("You have followed your plan {n} days in a row."),
    home_progress_link: "See your progress",
    home_plan_none: "You do not have an activity plan yet. Make one together with your GP or physiotherapist.",
    home_plan_open: "Go to your plan",
    home_plan_item: |name, amount, done| {
        if done {
            format!("{name}: {amount} (filled in)")
        } else {
            format!("{name}: {amount}")
        }
    },
    nprs_title: "Pain",
    nprs_question: "On average, how much pain did you have in the last 24 hours?",
    nprs_hint: "Choose a number from 0 to 10.",
    nprs_anchor_low: "no pain",
    nprs_anchor_high: "worst pain imaginable",
    nprs_choose_first: "Choose a number first.",
    nprs_saved: |n| format!("Saved: {n} out of 10."),
    nprs_history_title: "Filled in before",
    nprs_history_empty: "Nothing filled in yet.",
    nprs_score_of_10: |n| format!("{n} out of 10"),
    nprs_high_pain_alarm: "You have a lot of pain. Do you want to check whether you need urgent help? Look at the warning signs.",

    change_title: "Compared with the start",
    change_nprs,
    change_qbpds,
    change_only_one: "After the next time, you will see here how you are doing compared with the start.",
    change_details,
    change_worse_alarm: "Worried? Look at the warning signs or call your GP.",

    qbpds_title: "Questionnaire about your back",
    qbpds_intro: "20 questions about what you can do today. It takes about 5 minutes. You can stop whenever you like: your answers are saved straight away.",
    qbpds_start: "Start the questionnaire",
    qbpds_progress: |n, of| format!("Question {n} of {of}"),
    qbpds_previous: "Previous",
    qbpds_next: "Next",
    qbpds_to_review: "Go to the overview",
    qbpds_review_title: "Overview of your answers",
    qbpds_review_intro: "Check that everything is right. You can still change any answer.",
    qbpds_not_answered: "Not answered",
    qbpds_change_answer: |n| format!("Change question {n}"),
    qbpds_finish: "Done: finish the questionnaire",
    qbpds_skipped: |items| {
        if items.len() == 1 {
            format!(
                "You have not answered question {} yet. Would you like to do that now?",
                list_numbers(items, "and")
            )
        } else {
            format!(
                "You have not answered questions {} yet. Would you like to do that now?",
                list_numbers(items, "and")
            )
        }
    },
    qbpds_answer_item: |n| format!("Answer question {n}"),
    qbpds_finish_anyway: "Finish anyway",
    qbpds_result_title: "Your result",
    qbpds_total: |n| format!("Your score: {n} out of 100."),
    qbpds_estimate: |n, missing| {
        let questions = if missing == 1 {
            "question was"
        } else {
            "questions were"
        };
        format!(
            "Estimated score: about {n} out of 100. This is an estimate because {missing} {questions} not answered."
        )
    },
    qbpds_not_scorable: |missing| {
        format!(
            "There is no score because {missing} questions were not answered. Your answers have been saved."
        )
    },
    qbpds_score_meaning: "The higher the score, the harder everyday things are for you. 0 means no difficulty, 100 the most difficulty.",
    qbpds_history_title: "Filled in before",
    qbpds_history_empty: "No questionnaire finished yet.",
    qbpds_discard: "Start again",
    qbpds_discard_confirm: "Are you sure? The answers of this questionnaire will be erased.",
    qbpds_saved_note: "Your answer has been saved.",
    qbpds_unvalidated: "Note: this is our own translation of the questionnaire, not yet the official (validated) version.",
    qbpds_text_missing: "The questions could not be loaded. Please open the page again.",
    qbpds_history_change: |d| format!("{d:+} points compared with the start"),
    qbpds_back_home: "Back to Today",
    qbpds_answer_for: |n| format!("Answer to question {n}"),
    qbpds_text_kept: "You started this questionnaire in another language. The questions stay in that language, so your answers can be compared.",

    export_intro: "Here you make a file with your data. Give it to your GP or physiotherapist, or keep it as a backup.",
    export_clinician_heading: "For your GP or physiotherapist",
    export_clinician_text: "A file your clinician can read into the medical record (FHIR format). It holds all your answers and scores.",
    export_fhir_button: "Download for the clinician",
    export_csv_button: "Download as a spreadsheet (CSV)",
    export_csv_text: "For Excel or another spreadsheet: every measurement and every day of the plan on its own line.",
    export_backup_heading: "Backup",
    export_backup_text: "Your data is only on this device. If the browser data is cleared, it is gone. So make a backup now and then and keep it safe.",
    export_backup_button: "Download a backup",
    export_downloaded: |name| format!("The file {name} has been downloaded."),
    export_download_failed: "The download did not work. Please try again.",
    export_nothing_yet: "You have not filled in anything to share yet.",
    cancel: "Cancel",
    plan_intro: "With an activity plan you build up your activities step by step. On fixed days you do a little more, even if it still hurts. You make the plan together with your GP or physiotherapist.",
    plan_why_title: "Build up on fixed days, not when the pain allows it",
    plan_why: "With low back pain, pain when moving is not dangerous. So do not wait until the pain has gone. Agree beforehand when you will do what, and stick to it.",
    plan_why_pairs: [
        (
            "Keep moving and build your activities up to normal in about fourteen days.",
            "Try to walk when the pain allows it.",
        ),
        (
            "Go back to work after about a week.",
            "Go back to work as soon as the pain allows it.",
        ),
        (
            "Come back after about three weeks, unless you are functioning normally again by then.",
            "If it does not work out, come back.",
        ),
    ],
    plan_why_do: "Do say",
    plan_why_dont: "Not",
    plan_read_more: "More about building up step by step",
    plan_make: "Make a plan",
    plan_today_title: "Today",
    plan_today_message: "Do this today, not more and not less, even if it hurts.",
    plan_not_started: |date| format!("Your plan starts on {date}."),
    unit_amount,
    unit_name: |u| match u {
        ActivityUnit::Minutes => "minutes",
        ActivityUnit::Metres => "metres",
        ActivityUnit::Repetitions => "times (repetitions)",
        ActivityUnit::TimesPerDay => "times a day",
    },
    plan_log_as_planned: |amount| format!("Done: {amount}"),
    plan_log_exact: "Or fill in exactly what you did",
    plan_log_save: "Save",
    plan_log_day: "For which day?",
    plan_pain_note: "Note about pain (may stay empty)",
    plan_pain_note_hint: "Your plan does not change because of pain. The note is for the talk with your clinician.",
    plan_logged: |amount| format!("Filled in: {amount}"),
    plan_missed: |dates| format!("Not filled in yet: {dates}."),
    plan_adherence_title: "How is it going so far?",
    plan_adherence_line: |met, planned, logged, over| {
        format!(
            "{met} of the {planned} days done as planned. {logged} days filled in. {over} days more than planned."
        )
    },
    plan_overall: |met, planned, logged| {
        format!(
            "All activities together: {met} of the {planned} planned days done as planned, {logged} filled in."
        )
    },
    plan_step_line: |step, count, now, goal| {
        format!("Step {step} of {count}: now {now} a day, goal {goal} a day.")
    },
    plan_schedule_title: "Schedule",
    plan_schedule_from: "From",
    plan_schedule_amount: "Per day",
    plan_milestones_title: "Agreements",
    plan_back_to_work: |d| format!("Back to work: {d}"),
    plan_control_visit: |d| format!("Check-up with your clinician: {d}"),
    plan_change: "Change the plan",
    plan_revisions_title: "Earlier versions of the plan",
    plan_revision_line: |created, valid| format!("Made on {created}, valid from {valid}"),
    print_overview: "Print an overview for your clinician",
    print_overview_text: "An overview on paper (A4) of your scores, the change since the start, your plan and how it is going.",
    update_ready: "A new version of Rugplan is ready. Your data is kept.",
    update_now: "Update now",
    info_intro: "Reliable information about low back pain, based on the Dutch guideline for GPs.",
    info_sources: "Source",
    info_all_pages: "All information",
    plan_error,
    // KNGF:L3476-3478 (new or worsening symptoms justify stopping the training and contacting a
    // doctor); KNGF:L3749-3757, the 24-hour rule. Leg and bladder signs: NHG:L338-370.
    plan_stop_title: "When to stop",
    plan_stop_ordinary: "Ordinary pain during or after the activity is no reason to stop. It does not change your plan.",
    plan_stop_rule: "Do stop if you get new symptoms or if symptoms get worse. For example: a weak or numb leg, problems passing urine, or pain that is still increasing 24 hours after the activity. Then check the [warning signs] and contact your GP or physiotherapist.",
    lang: Lang::En,
};

/// Texts of the pages outside the first download (see `PageTexts`).
pub const PAGE: PageTexts = PageTexts {
    restore_heading: "Restore a backup",
    restore_text: "Got a new device? Choose your backup here. Nothing changes until you press a button afterwards.",
    restore_choose_file: "Choose a file",
    restore_preview: |n, q| format!("This file holds {n} pain scores and {q} questionnaires."),
    restore_merge: "Add to what is here",
    restore_replace: "Replace everything here with the file",
    restore_replace_confirm: "Are you sure? What is on this device now will be replaced.",
    restore_merged: |n, q| format!("Added: {n} pain scores and {q} questionnaires."),
    restore_replaced: "The data from the file is now on this device.",
    import_error_too_large: "This file is too large. It is not a Rugplan backup.",
    import_error_not_backup: "This file is not a Rugplan backup. Please choose another file.",
    import_error_newer: "This backup was made with a newer version of Rugplan. Please update the app first.",
    import_error_damaged: "This file is damaged or has been changed. Nothing was taken over.",
    import_error_invalid: "This file holds data that is not right. Nothing was taken over.",
    import_error_read: "The file could not be read. Please try again.",
    builder_title_new: "New plan",
    builder_title_change: "Change the plan",
    builder_intro: "Fill this in together with your GP or physiotherapist. Choose 1 to 5 activities that matter to you.",
    builder_defaults_note: "The filled-in values (start at 80 %, goal after 14 days, a step every 2 days) are a suggestion. Change them as you agree together.",
    builder_activity: |n| format!("Activity {n}"),
    builder_name: "Name of the activity",
    builder_suggestions: [
        "Walking",
        "Sitting",
        "Standing",
        "Cycling",
        "Household tasks",
        "Working",
        "Exercises",
    ],
    builder_unit: "Unit",
    builder_baseline_kind: "What can you do now?",
    builder_baseline_entered: "Fill in one number",
    builder_baseline_measured: "Measured on a few days (at least 3)",
    builder_baseline_value: "What you can do now, per day",
    builder_baseline_day: |n| format!("Day {n}"),
    builder_start_percent: "Start at (percent of what you can do now)",
    builder_goal: "Goal per day",
    builder_start_date: "Start date",
    builder_goal_date: "Goal reached on",
    builder_interval: "A step up every how many days?",
    builder_add_activity: "Add an activity",
    builder_remove_activity: "Remove this activity",
    builder_back_to_work: "Back to work on (may stay empty)",
    builder_control_visit: "Check-up with the clinician on (may stay empty)",
    builder_note: "Note (may stay empty)",
    builder_valid_from: "This plan is valid from",
    builder_preview: "This is what the schedule looks like",
    builder_save: "Save the plan",
    builder_fix_first: "First change what is shown in red above.",
    builder_bad_date: "Choose a date.",
    builder_saved: "The plan has been saved.",
    // Issue 14; KNGF "start low and go slow" (KNGF:L3731-3741).
    builder_large_step: |date, from, to| {
        format!(
            "Note: on {date} you go from {from} to {to}. That is more than double in one step. Perhaps choose a later goal date, so the steps get smaller."
        )
    },
    clin_intro: "Read a patient's data here: a Rugplan backup or FHIR file. You see the scores, the change since the start and the activity plan.",
    clin_choose_file: "Choose a file (backup or FHIR)",
    clin_not_stored: "What you read in is not kept on this device. When you close the page, it is gone.",
    clin_error_unknown_file: "This file is not a Rugplan backup or FHIR file.",
    clin_error_fhir: "This FHIR file could not be read. Nothing was read in.",
    clin_nprs_title: "Pain (NPRS, 0-10)",
    clin_qbpds_title: "Disability (QBPDS, 0-100)",
    clin_baseline_latest: |b, bd, l, ld| format!("Start: {b} ({bd}). Latest: {l} ({ld})."),
    clin_no_data: "No measurements.",
    clin_items_title: |when| format!("Answers of the latest questionnaire ({when})"),
    clin_item: "Item",
    clin_answer: "Answer",
    clin_domains_title: "Scores per domain",
    clin_domain: "Domain",
    clin_domain_score: "Score",
    clin_text_version: |v, validated| {
        if validated {
            format!("Text version: {v} (validated).")
        } else {
            format!("Text version: {v}. Note: unvalidated translation.")
        }
    },
    clin_plan_title: "Activity plan",
    clin_plan_none: "No activity plan.",
    clin_print: "Print",
    clin_save: "Keep on this device",
    clin_saved: "The data has been added to this device.",
    clin_close: "Close",
    handover_title: "Show to your clinician",
    handover_text: "Your clinician scans this code with the camera of a phone or tablet and then sees your first and latest scores. Your plan and the measurements in between are not in it: give the file for those.",
    handover_show: "Show the code",
    handover_code_label: "Or have this code typed over:",
    handover_qr_label: "QR code with your first and latest scores",
    clin_code_label: "Or paste a code or link from the patient",
    clin_code_read: "Read the code",
    clin_code_error: "This code is not right. Perhaps it was not copied completely. Nothing was read in.",
    kiosk_setup_intro: "Put this tablet in waiting-room mode. Patients then fill in their questionnaires one after another. Nothing of a patient stays on the tablet. Only the PIN switches the mode off again.",
    kiosk_record_warning: "Note: this device already holds a patient's data. For the waiting room, better use a device without data of its own.",
    kiosk_pin: "Staff PIN (4 to 8 digits)",
    kiosk_pin_again: "PIN once more",
    kiosk_choose: "What does the patient fill in?",
    kiosk_opt_nprs: "Pain score (NPRS)",
    kiosk_opt_qbpds: "Back questionnaire (QBPDS)",
    kiosk_opt_alarm: "Offer the warning-sign check (the patient may skip it)",
    kiosk_idle: "After how many minutes without a touch does the tablet start over?",
    kiosk_start: "Switch on waiting-room mode",
    kiosk_error: |e| match e {
        KioskError::BadPin => "The PIN must be 4 to 8 digits.",
        KioskError::PinsDiffer => "The two PINs are not the same.",
        KioskError::NothingChosen => "Choose at least one questionnaire.",
        KioskError::BadIdle => "Choose 1 to 30 minutes.",
    },
    kiosk_welcome_title: "Welcome",
    kiosk_welcome: "Here you can answer a few questions about your back for your GP or physiotherapist. It takes about 5 minutes. Your answers are not kept on this tablet.",
    kiosk_begin: "Start",
    kiosk_next: "Continue",
    kiosk_alarm_offer: "Would you like to check whether you need urgent help?",
    kiosk_alarm_yes: "Yes, check the warning signs",
    kiosk_alarm_no: "No, continue",
    kiosk_handover_title: "Done. Thank you.",
    kiosk_handover_text: "Let your clinician scan this code, or give the tablet back to the assistant.",
    kiosk_done: "Done: erase everything for the next patient",
    kiosk_idle_warning: |n| {
        format!("Is anyone still there? In {n} seconds the tablet starts over and the answers are erased.")
    },
    kiosk_still_here: "I am still here",
    kiosk_staff: "For staff",
    kiosk_staff_pin: "PIN",
    kiosk_staff_exit: "Switch off waiting-room mode",
    kiosk_pin_wrong: |n| format!("Wrong PIN. {n} tries left."),
    kiosk_pin_locked: |s| format!("Too many wrong PINs. Try again in {} minutes.", (s + 59) / 60),
    progress_intro: "Here you see how things have gone since the start. Below each chart the same is shown as a table.",
    progress_nprs_title: "Pain (0 to 10)",
    progress_qbpds_title: "Difficulty with daily activities (questionnaire, 0 to 100)",
    progress_single: |v| {
        format!("You have one measurement: {v}. After the next one, you will see here how you are doing.")
    },
    progress_none: "No measurements yet.",
    progress_legend: |target| match target {
        Some(t) => format!(
            "Solid line: your scores. Dashed line: the start. Dotted line: {t}, from there it is clearly better."
        ),
        None => "Solid line: your scores. Dashed line: the start.".to_owned(),
    },
    progress_table: "As a table",
    progress_date: "Date",
    progress_value: "Score",
    progress_plan_title: "Activities: planned and done (last 4 weeks)",
    progress_plan_legend: "Open bar: planned. Filled bar: done.",
    progress_planned: "Planned",
    progress_done: "Done",
    progress_not_logged: "not filled in",
    alarm_result_heading: "What is best to do?",
    alarm_tick_hint: "Tick what applies to you. Nothing is saved: this is not kept.",
    clin_change_details,
    cs_title: "Since when have you had these back complaints?",
    cs_hint: "You do not have to fill this in. Do you know roughly? That helps your GP or physiotherapist.",
    cs_label: "Day the complaints began",
    cs_save: "Use this date",
    cs_unknown: "I don't know",
    cs_change: "Change",
    cs_answered: |d| format!("Your back complaints began on {d}."),
    cs_answered_unknown: "You do not know exactly when your back complaints began.",
    cs_error_empty: "Choose a date first. Or choose: I don't know.",
    cs_error_future: "This date is in the future. Choose today or an earlier day.",
    cs_error_old: "This date is very long ago. Please check the year.",
    clin_complaints_start: |start, asked| match (start, asked) {
        (Some((d, weeks)), _) => format!("Start of complaints (patient-reported): {d}, {weeks} weeks ago."),
        (None, true) => "Start of complaints: unknown (the patient does not know).".to_owned(),
        (None, false) => "Start of complaints: not filled in.".to_owned(),
    },
    import_error_duplicate: "This file holds the same entry twice. Nothing was taken over.",
    import_error_dates: "A date in this file's plan is not right. It is more than 2 years before or after today. Nothing was taken over.",
    clin_text_unknown: |v| {
        format!(
            "Text version: {v}. This app does not know this version, so only the number of each question is shown."
        )
    },
    kiosk_storage_failed: "Waiting-room mode cannot be switched on. This browser cannot save the setting. After a reload the tablet would show the normal app, not waiting-room mode. Free up space or allow storage for this site, then try again. This does not work in a private window.",
};
