//! Texts shown to people, in Dutch (default, B1 level) and English.
//!
//! Every text is a field of [`Texts`]; each language is one `const` of that struct, so a text
//! missing in one language is a compile error, not a blank on screen. Texts with numbers in them
//! are small functions.

pub mod content;
mod en;
mod nl;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod sentence_length;

use crate::domain::activity_plan::{ActivityUnit, PlanError};
use crate::domain::change::Change;
#[cfg(all(test, not(target_arch = "wasm32")))]
use crate::domain::change::Verdict;
use crate::domain::date::{LocalDate, Timestamp};
use crate::domain::kiosk::KioskError;
use crate::domain::qbpds::QbpdsTotal;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The BCP 47 code, for `<html lang>` and `?lang=`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// Accepts `nl`/`en` in any case and with a region (`nl-BE`, `en-GB`).
    pub fn parse(s: &str) -> Option<Lang> {
        let primary = s.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        match primary.as_str() {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Reads `lang=` from a URL query string such as `?lang=en&x=1`.
    pub fn from_query(query: &str) -> Option<Lang> {
        query
            .trim_start_matches('?')
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .find(|(k, _)| *k == "lang")
            .and_then(|(_, v)| Lang::parse(v))
    }

    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::Nl => &nl::TEXTS,
            Lang::En => &en::TEXTS,
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Nl => Lang::En,
            Lang::En => Lang::Nl,
        }
    }
}

/// All texts of one language.
pub struct Texts {
    // Shell
    pub app_name: &'static str,
    pub app_tagline: &'static str,
    pub skip_to_content: &'static str,
    pub nav_label: &'static str,
    pub nav_home: &'static str,
    pub nav_nprs: &'static str,
    pub nav_qbpds: &'static str,
    pub nav_plan: &'static str,
    pub nav_progress: &'static str,
    pub nav_export: &'static str,
    pub nav_info: &'static str,
    pub nav_alarm: &'static str,
    /// Label of the button that switches to *this* language, written in this language.
    pub switch_to_this_language: &'static str,
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub not_found_home: &'static str,
    /// A page's part of the app could not be downloaded (offline on a first visit).
    pub load_failed_title: &'static str,
    pub load_failed_body: &'static str,
    pub load_failed_retry: &'static str,
    pub page_clinician: &'static str,
    pub page_kiosk: &'static str,
    pub footer_privacy: &'static str,
    /// The button that opens and closes the menu on a phone (the menu itself is `nav_label`).
    pub nav_menu_button: &'static str,

    // Storage notices
    pub storage_unavailable: &'static str,
    pub storage_full: &'static str,
    pub storage_corrupt_title: &'static str,
    pub storage_corrupt_body: &'static str,
    pub storage_corrupt_download: &'static str,
    pub storage_corrupt_delete: &'static str,
    pub storage_corrupt_delete_confirm: &'static str,
    pub storage_protect_original: &'static str,
    /// A newer version of the app stored the record: this page saves nothing until reloaded.
    pub storage_outdated: &'static str,
    pub storage_reload: &'static str,

    // Common
    pub yes_delete: &'static str,
    pub no_keep: &'static str,
    pub delete: &'static str,
    pub delete_confirm_question: &'static str,
    pub save: &'static str,
    pub months: [&'static str; 12],
    pub at_time: &'static str,

    // Home
    pub home_title: &'static str,
    pub home_intro: &'static str,
    pub home_nprs_title: &'static str,
    pub home_nprs_never: &'static str,
    pub home_nprs_last: fn(&str, u8) -> String,
    pub home_nprs_action: &'static str,
    pub home_qbpds_title: &'static str,
    pub home_qbpds_never: &'static str,
    pub home_qbpds_last: fn(&str) -> String,
    pub home_qbpds_in_progress: fn(usize) -> String,
    pub home_qbpds_start: &'static str,
    pub home_qbpds_continue: &'static str,
    pub home_plan_title: &'static str,
    pub home_alarm_hint: &'static str,
    pub home_device_only: &'static str,
    pub home_backup_never: &'static str,
    pub home_backup_last: fn(&str) -> String,
    pub home_backup_reminder: &'static str,
    pub home_backup_action: &'static str,
    pub persist_ask: &'static str,
    pub persist_button: &'static str,
    pub persist_granted: &'static str,
    pub persist_refused: &'static str,
    /// The browser may erase the data (Safari's 7-day limit, a private window): what to do.
    pub risk_title: &'static str,
    pub risk_seven_days: &'static str,
    pub risk_home_screen: &'static str,
    pub risk_weekly_backup: &'static str,
    pub risk_private: &'static str,
    pub cues_title: &'static str,
    pub cue_plan_not_back: &'static str,
    /// Twelve weeks, and the QBPDS shows no clear improvement.
    pub cue_twelve_weeks: &'static str,
    /// Twelve weeks, no two QBPDS to compare: nothing about the questionnaire.
    pub cue_twelve_weeks_unmeasured: &'static str,
    pub cue_consider_plan: &'static str,
    pub home_due: fn(i64) -> String,
    pub home_streak: fn(u32) -> String,
    pub home_progress_link: &'static str,
    pub home_plan_none: &'static str,
    pub home_plan_open: &'static str,
    pub home_plan_item: fn(&str, &str, bool) -> String,

    // NPRS
    pub nprs_title: &'static str,
    pub nprs_question: &'static str,
    pub nprs_hint: &'static str,
    pub nprs_anchor_low: &'static str,
    pub nprs_anchor_high: &'static str,
    pub nprs_choose_first: &'static str,
    pub nprs_saved: fn(u8) -> String,
    pub nprs_history_title: &'static str,
    pub nprs_history_empty: &'static str,
    pub nprs_score_of_10: fn(u8) -> String,
    pub nprs_high_pain_alarm: &'static str,

    // Change against baseline (patient wording)
    pub change_title: &'static str,
    /// The patient sentence for a change (rule: `domain/change.rs`).
    pub change_nprs: fn(&Change) -> String,
    pub change_qbpds: fn(&Change) -> String,
    pub change_only_one: &'static str,
    /// Under the sentence, for the patient: percentage (never above 100) and the score that
    /// counts as clearly better; no clinician jargon.
    pub change_details: fn(&Change) -> String,
    pub change_worse_alarm: &'static str,

    // QBPDS
    pub qbpds_title: &'static str,
    pub qbpds_intro: &'static str,
    pub qbpds_start: &'static str,
    pub qbpds_progress: fn(usize, usize) -> String,
    pub qbpds_previous: &'static str,
    pub qbpds_next: &'static str,
    pub qbpds_to_review: &'static str,
    pub qbpds_review_title: &'static str,
    pub qbpds_review_intro: &'static str,
    pub qbpds_not_answered: &'static str,
    pub qbpds_change_answer: fn(usize) -> String,
    pub qbpds_finish: &'static str,
    pub qbpds_skipped: fn(&[usize]) -> String,
    pub qbpds_answer_item: fn(usize) -> String,
    pub qbpds_finish_anyway: &'static str,
    pub qbpds_result_title: &'static str,
    pub qbpds_total: fn(u32) -> String,
    pub qbpds_estimate: fn(u32, u8) -> String,
    pub qbpds_not_scorable: fn(u8) -> String,
    pub qbpds_score_meaning: &'static str,
    pub qbpds_history_title: &'static str,
    pub qbpds_history_empty: &'static str,
    pub qbpds_discard: &'static str,
    pub qbpds_discard_confirm: &'static str,
    pub qbpds_saved_note: &'static str,
    pub qbpds_unvalidated: &'static str,
    pub qbpds_text_missing: &'static str,
    pub qbpds_history_change: fn(i64) -> String,
    pub qbpds_back_home: &'static str,
    pub qbpds_answer_for: fn(usize) -> String,
    /// The questionnaire in progress was started in the other language and stays in it.
    pub qbpds_text_kept: &'static str,

    // Export, backup and restore
    pub export_intro: &'static str,
    pub export_clinician_heading: &'static str,
    pub export_clinician_text: &'static str,
    pub export_fhir_button: &'static str,
    pub export_csv_button: &'static str,
    pub export_csv_text: &'static str,
    pub export_backup_heading: &'static str,
    pub export_backup_text: &'static str,
    pub export_backup_button: &'static str,
    pub export_downloaded: fn(&str) -> String,
    pub export_download_failed: &'static str,
    pub export_nothing_yet: &'static str,
    pub cancel: &'static str,

    // Activity plan
    pub plan_intro: &'static str,
    pub plan_why_title: &'static str,
    pub plan_why: &'static str,
    pub plan_why_pairs: [(&'static str, &'static str); 3],
    pub plan_why_do: &'static str,
    pub plan_why_dont: &'static str,
    pub plan_read_more: &'static str,
    pub plan_make: &'static str,
    pub plan_today_title: &'static str,
    pub plan_today_message: &'static str,
    pub plan_not_started: fn(&str) -> String,
    pub unit_amount: fn(ActivityUnit, u32) -> String,
    pub unit_name: fn(ActivityUnit) -> &'static str,
    pub plan_log_as_planned: fn(&str) -> String,
    pub plan_log_exact: &'static str,
    pub plan_log_save: &'static str,
    pub plan_log_day: &'static str,
    pub plan_pain_note: &'static str,
    pub plan_pain_note_hint: &'static str,
    pub plan_logged: fn(&str) -> String,
    pub plan_missed: fn(&str) -> String,
    pub plan_adherence_title: &'static str,
    pub plan_adherence_line: fn(u32, u32, u32, u32) -> String,
    pub plan_overall: fn(u32, u32, u32) -> String,
    pub plan_step_line: fn(usize, usize, &str, &str) -> String,
    pub plan_schedule_title: &'static str,
    pub plan_schedule_from: &'static str,
    pub plan_schedule_amount: &'static str,
    pub plan_milestones_title: &'static str,
    pub plan_back_to_work: fn(&str) -> String,
    pub plan_control_visit: fn(&str) -> String,
    pub plan_change: &'static str,
    pub plan_revisions_title: &'static str,
    pub plan_revision_line: fn(&str, &str) -> String,
    pub plan_error: fn(&PlanError) -> String,
    /// When to stop despite the plan (CONTENT.md §4 7a; KNGF:L3476-3478, KNGF:L3749-3757).
    pub plan_stop_title: &'static str,
    /// Ordinary pain does not stop the plan.
    pub plan_stop_ordinary: &'static str,
    /// New or worsening symptoms do; `[…]` marks the link to the alarm check (see [`split_link`]).
    pub plan_stop_rule: &'static str,

    // Printed overview (export page)
    pub print_overview: &'static str,
    pub print_overview_text: &'static str,

    // App updates
    pub update_ready: &'static str,
    pub update_now: &'static str,

    // Information
    pub info_intro: &'static str,
    pub info_sources: &'static str,
    pub info_all_pages: &'static str,
    /// Which language these are (to find the matching page texts).
    pub lang: Lang,
}

/// Texts that only pages outside the first download use (kiosk, plan builder, progress,
/// clinician view, restore, import, hand-over, alarm check). They are a struct of their own, reached
/// through [`Texts::page`], so the code splitter can leave them out of the main module: only
/// the pages that use them reference them.
pub struct PageTexts {
    pub restore_heading: &'static str,
    pub restore_text: &'static str,
    pub restore_choose_file: &'static str,
    pub restore_preview: fn(usize, usize) -> String,
    pub restore_merge: &'static str,
    pub restore_replace: &'static str,
    pub restore_replace_confirm: &'static str,
    pub restore_merged: fn(usize, usize) -> String,
    pub restore_replaced: &'static str,
    pub import_error_too_large: &'static str,
    pub import_error_not_backup: &'static str,
    pub import_error_newer: &'static str,
    pub import_error_damaged: &'static str,
    pub import_error_invalid: &'static str,
    pub import_error_read: &'static str,
    pub builder_title_new: &'static str,
    pub builder_title_change: &'static str,
    pub builder_intro: &'static str,
    pub builder_defaults_note: &'static str,
    pub builder_activity: fn(usize) -> String,
    pub builder_name: &'static str,
    pub builder_suggestions: [&'static str; 7],
    pub builder_unit: &'static str,
    pub builder_baseline_kind: &'static str,
    pub builder_baseline_entered: &'static str,
    pub builder_baseline_measured: &'static str,
    pub builder_baseline_value: &'static str,
    pub builder_baseline_day: fn(usize) -> String,
    pub builder_start_percent: &'static str,
    pub builder_goal: &'static str,
    pub builder_start_date: &'static str,
    pub builder_goal_date: &'static str,
    pub builder_interval: &'static str,
    pub builder_add_activity: &'static str,
    pub builder_remove_activity: &'static str,
    pub builder_back_to_work: &'static str,
    pub builder_control_visit: &'static str,
    pub builder_note: &'static str,
    pub builder_valid_from: &'static str,
    pub builder_preview: &'static str,
    pub builder_save: &'static str,
    pub builder_fix_first: &'static str,
    pub builder_bad_date: &'static str,
    pub builder_saved: &'static str,
    /// A step that more than doubles the amount: date, from, to (already formatted with units).
    pub builder_large_step: fn(&str, &str, &str) -> String,
    pub clin_intro: &'static str,
    pub clin_choose_file: &'static str,
    pub clin_not_stored: &'static str,
    pub clin_error_unknown_file: &'static str,
    pub clin_error_fhir: &'static str,
    pub clin_nprs_title: &'static str,
    pub clin_qbpds_title: &'static str,
    pub clin_baseline_latest: fn(&str, &str, &str, &str) -> String,
    pub clin_no_data: &'static str,
    pub clin_items_title: fn(&str) -> String,
    pub clin_item: &'static str,
    pub clin_answer: &'static str,
    pub clin_domains_title: &'static str,
    pub clin_domain: &'static str,
    pub clin_domain_score: &'static str,
    pub clin_text_version: fn(&str, bool) -> String,
    pub clin_plan_title: &'static str,
    pub clin_plan_none: &'static str,
    pub clin_print: &'static str,
    pub clin_save: &'static str,
    pub clin_saved: &'static str,
    pub clin_close: &'static str,
    pub handover_title: &'static str,
    pub handover_text: &'static str,
    pub handover_show: &'static str,
    pub handover_code_label: &'static str,
    pub handover_qr_label: &'static str,
    pub clin_code_label: &'static str,
    pub clin_code_read: &'static str,
    pub clin_code_error: &'static str,
    pub kiosk_setup_intro: &'static str,
    pub kiosk_record_warning: &'static str,
    pub kiosk_pin: &'static str,
    pub kiosk_pin_again: &'static str,
    pub kiosk_choose: &'static str,
    pub kiosk_opt_nprs: &'static str,
    pub kiosk_opt_qbpds: &'static str,
    pub kiosk_opt_alarm: &'static str,
    pub kiosk_idle: &'static str,
    pub kiosk_start: &'static str,
    pub kiosk_error: fn(&KioskError) -> &'static str,
    pub kiosk_welcome_title: &'static str,
    pub kiosk_welcome: &'static str,
    pub kiosk_begin: &'static str,
    pub kiosk_next: &'static str,
    pub kiosk_alarm_offer: &'static str,
    pub kiosk_alarm_yes: &'static str,
    pub kiosk_alarm_no: &'static str,
    pub kiosk_handover_title: &'static str,
    pub kiosk_handover_text: &'static str,
    pub kiosk_done: &'static str,
    pub kiosk_idle_warning: fn(i64) -> String,
    pub kiosk_still_here: &'static str,
    pub kiosk_staff: &'static str,
    pub kiosk_staff_pin: &'static str,
    pub kiosk_staff_exit: &'static str,
    pub kiosk_pin_wrong: fn(u32) -> String,
    pub kiosk_pin_locked: fn(i64) -> String,
    pub progress_intro: &'static str,
    pub progress_nprs_title: &'static str,
    pub progress_qbpds_title: &'static str,
    /// A chart with one measurement so far (the score, formatted by the page).
    pub progress_single: fn(&str) -> String,
    pub progress_none: &'static str,
    /// The chart legend; with the score of the "clear improvement" line when there is one.
    pub progress_legend: fn(Option<u32>) -> String,
    pub progress_table: &'static str,
    pub progress_date: &'static str,
    pub progress_value: &'static str,
    pub progress_plan_title: &'static str,
    pub progress_plan_legend: &'static str,
    pub progress_planned: &'static str,
    pub progress_done: &'static str,
    pub progress_not_logged: &'static str,
    pub alarm_result_heading: &'static str,
    pub alarm_tick_hint: &'static str,
    /// The change for the clinician: numbers, the rule that applied and its source.
    pub clin_change_details: fn(&Change) -> String,
    // Start of the complaints (asked on the pain page; issue 14 item 4)
    pub cs_title: &'static str,
    pub cs_hint: &'static str,
    pub cs_label: &'static str,
    pub cs_save: &'static str,
    pub cs_unknown: &'static str,
    pub cs_change: &'static str,
    /// The date, already written out.
    pub cs_answered: fn(&str) -> String,
    pub cs_answered_unknown: &'static str,
    pub cs_error_empty: &'static str,
    pub cs_error_future: &'static str,
    pub cs_error_old: &'static str,
    /// For the clinician and the printed overview: the date written out and how many whole
    /// weeks ago; `None` date with `true`: "the patient does not know"; `false`: not asked.
    pub clin_complaints_start: fn(Option<(&str, i64)>, bool) -> String,
    pub import_error_duplicate: &'static str,
    pub import_error_dates: &'static str,
    pub clin_text_unknown: fn(&str) -> String,
    /// Waiting-room mode could not be switched on: its setting could not be saved.
    pub kiosk_storage_failed: &'static str,
}

impl Texts {
    /// The texts of the pages outside the first download, in this language.
    pub fn page(&self) -> &'static PageTexts {
        match self.lang {
            Lang::Nl => &nl::PAGE,
            Lang::En => &en::PAGE,
        }
    }

    /// The patient wording of a QBPDS total: the score, a labelled estimate, or why there is none.
    pub fn qbpds_total_text(&self, total: QbpdsTotal) -> String {
        match total {
            QbpdsTotal::Complete { value } => (self.qbpds_total)(value),
            QbpdsTotal::Estimate { value, missing } => (self.qbpds_estimate)(value, missing),
            QbpdsTotal::NotScorable { missing } => (self.qbpds_not_scorable)(missing),
        }
    }

    /// "22 november 2026" / "22 November 2026".
    pub fn date(&self, d: LocalDate) -> String {
        let month = self.months[usize::from(d.month() - 1)];
        format!("{} {} {}", d.day(), month, d.year())
    }

    /// "22 november 2026 om 10:15" / "22 November 2026 at 10:15".
    pub fn date_time(&self, t: Timestamp) -> String {
        format!("{} {} {}", self.date(t.date()), self.at_time, t.time_hm())
    }
}

/// Splits a text with one link marked as `[link text]` into the text before, the link text and
/// the text after. Without a complete marker the whole text is "before".
pub fn split_link(text: &str) -> (&str, &str, &str) {
    let Some((before, rest)) = text.split_once('[') else {
        return (text, "", "");
    };
    match rest.split_once(']') {
        Some((link, after)) => (before, link, after),
        None => (text, "", ""),
    }
}

/// Lists 1-based item numbers as "5, 9 en 12" / "5, 9 and 12".
pub(crate) fn list_numbers(indexes: &[usize], and: &str) -> String {
    let nums: Vec<String> = indexes.iter().map(|i| (i + 1).to_string()).collect();
    match nums.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {and} {last}", rest.join(", ")),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn lang_from_query_and_codes() {
        assert_eq!(Lang::from_query("?lang=en"), Some(Lang::En));
        assert_eq!(Lang::from_query("?x=1&lang=NL-be"), Some(Lang::Nl));
        assert_eq!(Lang::from_query("?lang=fr"), None);
        assert_eq!(Lang::from_query(""), None);
        assert_eq!(Lang::En.code(), "en");
        assert_eq!(Lang::parse("en_GB"), Some(Lang::En));
    }

    #[test]
    fn no_text_is_empty_or_untrimmed() {
        for lang in Lang::ALL {
            let t = lang.texts();
            let all = [
                t.app_name,
                t.nav_home,
                t.nav_nprs,
                t.nav_qbpds,
                t.nav_menu_button,
                t.not_found_title,
                t.storage_corrupt_body,
                t.nprs_question,
                t.nprs_anchor_low,
                t.nprs_anchor_high,
                t.qbpds_intro,
                t.qbpds_score_meaning,
                t.change_only_one,
                t.qbpds_unvalidated,
            ];
            for s in all.iter().chain(t.months.iter()) {
                assert!(!s.is_empty() && s.trim() == *s, "{lang:?}: {s:?}");
            }
        }
    }

    #[test]
    fn nprs_question_is_the_24_hour_average() {
        assert_eq!(
            Lang::Nl.texts().nprs_question,
            "Hoeveel pijn had u gemiddeld in de afgelopen 24 uur?"
        );
        assert_eq!(
            Lang::En.texts().nprs_question,
            "On average, how much pain did you have in the last 24 hours?"
        );
        assert_eq!(Lang::Nl.texts().nprs_anchor_low, "geen pijn");
        assert_eq!(Lang::Nl.texts().nprs_anchor_high, "ergst denkbare pijn");
    }

    #[test]
    fn dates_read_naturally() {
        let t = Timestamp::parse("2026-11-02T09:05:00+01:00").unwrap();
        assert_eq!(Lang::Nl.texts().date_time(t), "2 november 2026 om 09:05");
        assert_eq!(Lang::En.texts().date_time(t), "2 November 2026 at 09:05");
    }

    #[test]
    fn a_marked_link_is_split_out() {
        assert_eq!(
            split_link("Bekijk de [alarmsignalen] nu."),
            ("Bekijk de ", "alarmsignalen", " nu.")
        );
        assert_eq!(split_link("[a]"), ("", "a", ""));
        assert_eq!(split_link("no link"), ("no link", "", ""));
        assert_eq!(split_link("half [open"), ("half [open", "", ""));
    }

    /// The stop rule names the three kinds of signs and the way out, and keeps ordinary pain
    /// apart (issue 14; CONTENT.md §4 7a; KNGF:L3476-3478 and the 24-hour rule KNGF:L3749-3757).
    #[test]
    fn the_stop_rule_names_the_signs_the_link_and_who_to_contact() {
        let nl = Lang::Nl.texts();
        let (_, link, _) = split_link(nl.plan_stop_rule);
        assert_eq!(link, "alarmsignalen");
        for word in ["been", "plassen", "24 uur", "huisarts", "fysiotherapeut", "Stop"] {
            assert!(nl.plan_stop_rule.contains(word), "nl: {word}");
        }
        assert!(nl.plan_stop_ordinary.contains("verandert"));
        let en = Lang::En.texts();
        let (_, link, _) = split_link(en.plan_stop_rule);
        assert_eq!(link, "warning signs");
        for word in ["leg", "urine", "24 hours", "GP", "physiotherapist", "stop"] {
            assert!(en.plan_stop_rule.contains(word), "en: {word}");
        }
        assert!(en.plan_stop_ordinary.contains("does not change"));
    }

    #[test]
    fn number_lists() {
        assert_eq!(list_numbers(&[], "en"), "");
        assert_eq!(list_numbers(&[4], "en"), "5");
        assert_eq!(list_numbers(&[4, 8, 11], "and"), "5, 9 and 12");
    }

    /// Every change the two scales allow gets a calm sentence in both languages, with no
    /// percentage above 100 and no clinician jargon (issue 14 items 1 and 3).
    #[test]
    fn every_change_has_calm_patient_wording() {
        use crate::domain::change::Instrument;
        for lang in Lang::ALL {
            let t = lang.texts();
            for (instrument, step) in [(Instrument::Nprs, 1), (Instrument::Qbpds, 1)] {
                for b in (0..=instrument.max()).step_by(step) {
                    for l in (0..=instrument.max()).step_by(step) {
                        let c = Change::between(instrument, b, l);
                        let sentence = match instrument {
                            Instrument::Nprs => (t.change_nprs)(&c),
                            Instrument::Qbpds => (t.change_qbpds)(&c),
                        };
                        let details = (t.change_details)(&c);
                        for s in [&sentence, &details] {
                            assert!(!s.contains('!'), "calm wording: {s}");
                            for jargon in ["drempel", "meetfout", "threshold", "measurement error", "MIC"] {
                                assert!(!s.contains(jargon), "no jargon for patients: {s}");
                            }
                            let words: Vec<&str> = s.split_whitespace().collect();
                            for w in words.windows(2).filter(|w| w[1] == "%") {
                                let n: i64 = w[0].parse().unwrap_or(0);
                                assert!(n <= 100, "no percentage above 100: {s}");
                            }
                        }
                        assert!(!sentence.is_empty());
                        if l > b {
                            let more = ["meer", "more", "harder"].iter().any(|w| sentence.contains(w));
                            assert!(more || c.verdict == Verdict::WithinMeasurementError, "{sentence}");
                        }
                    }
                }
            }
        }
    }

    /// The cases the review named, word for word where it matters.
    #[test]
    fn change_sentences_for_the_named_cases() {
        use crate::domain::change::Instrument::{Nprs, Qbpds};
        let nl = Lang::Nl.texts();
        let en = Lang::En.texts();
        // NPRS 0 -> 8 read "even hoog als bij de start".
        let c = Change::between(Nprs, 0, 8);
        assert_eq!(
            (nl.change_nprs)(&c),
            "U heeft meer pijn dan bij de start: van 0 naar 8."
        );
        assert_eq!((nl.change_details)(&c), "", "no percentage from 0");
        assert_eq!(
            (en.change_nprs)(&c),
            "You have more pain than at the start: from 0 to 8."
        );
        let c = Change::between(Nprs, 0, 0);
        assert_eq!((nl.change_nprs)(&c), "U heeft geen pijn, net als bij de start.");
        // NPRS 1 -> 2 is a little more pain, not a relevant worsening.
        let c = Change::between(Nprs, 1, 2);
        assert_eq!(
            (nl.change_nprs)(&c),
            "U heeft iets meer pijn dan bij de start: van 1 naar 2."
        );
        assert_eq!(
            (nl.change_details)(&c),
            "Dat is 100 % meer pijn. Duidelijk minder pijn: een score van 0."
        );
        // NPRS 2 -> 6: +200 % is not shown.
        let c = Change::between(Nprs, 2, 6);
        assert!(!(nl.change_details)(&c).contains('%'));
        // NPRS 8 -> 6: a little less pain; the line is at 5.
        let c = Change::between(Nprs, 8, 6);
        assert_eq!(
            (nl.change_nprs)(&c),
            "U heeft iets minder pijn dan bij de start: van 8 naar 6."
        );
        assert_eq!(
            (nl.change_details)(&c),
            "Dat is 25 % minder pijn. Duidelijk minder pijn: een score van 5 of lager."
        );
        assert_eq!(
            (en.change_details)(&c),
            "That is 25 % less pain. Clearly less pain: a score of 5 or lower."
        );
        let c = Change::between(Nprs, 6, 0);
        assert_eq!(
            (nl.change_nprs)(&c),
            "U heeft geen pijn meer. Bij de start was uw pijn 6."
        );
        // QBPDS 40 -> 28: about as much; the line is at 25.
        let c = Change::between(Qbpds, 40, 28);
        assert_eq!(
            (nl.change_qbpds)(&c),
            "U kunt ongeveer evenveel als bij de start. Uw score ging van 40 naar 28."
        );
        assert_eq!(
            (nl.change_details)(&c),
            "Dat is 30 % lager. Duidelijk beter: een score van 25 of lager. Lager is beter. \
             Verschillen kleiner dan 15 punten zeggen weinig."
        );
        // QBPDS baseline under the measurement error: no percentage, no target.
        let c = Change::between(Qbpds, 10, 0);
        assert_eq!(
            (nl.change_details)(&c),
            "Uw score was bij de start al laag. Verschillen kleiner dan 15 punten zeggen weinig."
        );
        assert_eq!(
            (en.change_details)(&c),
            "Your score was already low at the start. Differences under 15 points say little."
        );
        // The clinician sees the rule and its source.
        let c = Change::between(Qbpds, 40, 28);
        let clin = (Lang::En.texts().page().clin_change_details)(&c);
        assert!(
            clin.contains("≤ 25")
                && clin.contains("Ostelo 2008")
                && clin.contains("Within measurement error"),
            "{clin}"
        );
    }
}
