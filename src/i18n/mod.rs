//! Texts shown to people, in Dutch (default, B1 level) and English.
//!
//! Every text is a field of [`Texts`]; each language is one `const` of that struct, so a text
//! missing in one language is a compile error, not a blank on screen. Texts with numbers in them
//! are small functions.

pub mod content;
mod en;
mod nl;

use crate::domain::activity_plan::{ActivityUnit, PlanError};
use crate::domain::change::{Change, Verdict};
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

    // Storage notices
    pub storage_unavailable: &'static str,
    pub storage_full: &'static str,
    pub storage_corrupt_title: &'static str,
    pub storage_corrupt_body: &'static str,
    pub storage_corrupt_download: &'static str,
    pub storage_corrupt_delete: &'static str,
    pub storage_corrupt_delete_confirm: &'static str,
    pub storage_protect_original: &'static str,

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
    pub cues_title: &'static str,
    pub cue_plan_not_back: &'static str,
    pub cue_twelve_weeks: &'static str,
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
    pub change_nprs: fn(Verdict, u32, u32) -> String,
    pub change_qbpds: fn(Verdict, u32, u32) -> String,
    pub change_only_one: &'static str,
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
    /// First and latest score, already formatted (the page formats numbers: that keeps float
    /// formatting out of the first download), and the change in percent.
    pub progress_summary_nprs: fn(&str, &str, Option<i64>) -> String,
    pub progress_summary_qbpds: fn(&str, &str, Option<i64>) -> String,
    pub progress_none: &'static str,
    pub progress_legend: &'static str,
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
    fn number_lists() {
        assert_eq!(list_numbers(&[], "en"), "");
        assert_eq!(list_numbers(&[4], "en"), "5");
        assert_eq!(list_numbers(&[4, 8, 11], "and"), "5, 9 and 12");
    }

    #[test]
    fn every_verdict_has_calm_wording_in_both_languages() {
        use Verdict::*;
        for lang in Lang::ALL {
            let t = lang.texts();
            for v in [
                RelevantImprovement,
                Improvement,
                WithinMeasurementError,
                NoChange,
                Worse,
                RelevantWorsening,
            ] {
                for s in [(t.change_nprs)(v, 6, 4), (t.change_qbpds)(v, 60, 40)] {
                    assert!(!s.is_empty());
                    assert!(!s.contains('!'), "calm wording, no exclamation marks: {s}");
                }
            }
        }
    }
}
