//! English texts (plain language; second language of the app).

use super::{Texts, list_numbers};
use crate::domain::change::{Change, Verdict};

fn change_nprs(v: Verdict, from: u32, to: u32) -> String {
    match v {
        Verdict::RelevantImprovement => {
            format!("You have clearly less pain than at the start: from {from} to {to}.")
        }
        Verdict::Improvement => {
            format!("You have a little less pain than at the start: from {from} to {to}.")
        }
        Verdict::WithinMeasurementError | Verdict::NoChange => {
            format!("Your pain is about the same as at the start: from {from} to {to}.")
        }
        Verdict::Worse => format!("You have a little more pain than at the start: from {from} to {to}."),
        Verdict::RelevantWorsening => format!("You have more pain than at the start: from {from} to {to}."),
    }
}

fn change_qbpds(v: Verdict, from: u32, to: u32) -> String {
    match v {
        Verdict::RelevantImprovement => {
            format!("You can clearly do more than at the start. Your score went from {from} to {to}.")
        }
        Verdict::Improvement => {
            format!("You can do a little more than at the start. Your score went from {from} to {to}.")
        }
        Verdict::WithinMeasurementError | Verdict::NoChange => {
            format!("You can do about as much as at the start. Your score went from {from} to {to}.")
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
    let percent = c.percent.map(|p| format!(" ({p:+} %)")).unwrap_or_default();
    let threshold = match (c.meets_percent_threshold, c.meets_points_threshold) {
        (true, true) => "30 % and points thresholds met",
        (true, false) => "30 % threshold met",
        (false, true) => "points threshold met",
        (false, false) => "no threshold met",
    };
    let error = if c.within_measurement_error {
        ", within measurement error"
    } else {
        ""
    };
    format!(
        "Difference {:+} points{percent}; {threshold} (30 % or {} points){error}.",
        c.difference,
        c.instrument.relevant_points()
    )
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
    coming_soon: "This part of Rugplan is coming soon. It does not work yet.",
    not_found_title: "This page does not exist",
    not_found_body: "The link may be old or may not have been copied completely.",
    not_found_home: "Go to the start page",
    page_clinician: "For the clinician",
    page_kiosk: "Waiting-room tablet",
    footer_privacy: "Your data stays on this device. Rugplan sends nothing over the internet.",

    storage_unavailable: "This device does not let Rugplan keep anything. You can fill everything in, but it is gone when you close the page.",
    storage_full: "The browser's storage is full. What you fill in now is not kept when you close the page.",
    storage_corrupt_title: "Your earlier saved data cannot be read",
    storage_corrupt_body: "A copy has been kept on this device. You can carry on. Download the copy and give it to your clinician if you want the old data back.",
    storage_corrupt_download: "Download the copy",
    storage_corrupt_delete: "Delete the copy",
    storage_corrupt_delete_confirm: "Are you sure? The copy will be gone for good.",
    storage_protect_original: "There is no room to make a copy. Rugplan therefore leaves your old data in place and does not keep new answers for now.",

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
};
