//! Nederlandse teksten (B1-niveau, "u").

use super::{Lang, PageTexts, Texts, list_numbers};
use crate::domain::activity_plan::{ActivityUnit, PlanError};
use crate::domain::change::{Change, Instrument, Verdict, worsening_points_needed};
use crate::domain::kiosk::KioskError;

// Patient wording of a change (issue 14; rule and sources in domain/change.rs): calm, no
// jargon, no percentage above 100, and a baseline of 0 never reads as "even hoog".
fn change_nprs(c: &Change) -> String {
    let (from, to) = (c.baseline, c.latest);
    match c.verdict {
        Verdict::NoChange if to == 0 => "U heeft geen pijn, net als bij de start.".to_owned(),
        Verdict::NoChange => format!("Uw pijn is even sterk als bij de start: {to}."),
        Verdict::WithinMeasurementError => {
            format!("Uw pijn is ongeveer even sterk als bij de start: van {from} naar {to}.")
        }
        Verdict::RelevantImprovement if to == 0 => {
            format!("U heeft geen pijn meer. Bij de start was uw pijn {from}.")
        }
        Verdict::RelevantImprovement => {
            format!("U heeft duidelijk minder pijn dan bij de start: van {from} naar {to}.")
        }
        Verdict::Improvement => format!("U heeft iets minder pijn dan bij de start: van {from} naar {to}."),
        Verdict::Worse => format!("U heeft iets meer pijn dan bij de start: van {from} naar {to}."),
        Verdict::RelevantWorsening => format!("U heeft meer pijn dan bij de start: van {from} naar {to}."),
    }
}

fn change_qbpds(c: &Change) -> String {
    let (from, to) = (c.baseline, c.latest);
    match c.verdict {
        Verdict::NoChange => format!("Uw score is hetzelfde als bij de start: {to}."),
        Verdict::WithinMeasurementError => {
            format!("U kunt ongeveer evenveel als bij de start. Uw score ging van {from} naar {to}.")
        }
        Verdict::RelevantImprovement => {
            format!("U kunt duidelijk meer dan bij de start. Uw score ging van {from} naar {to}.")
        }
        Verdict::Improvement => {
            format!("U kunt iets meer dan bij de start. Uw score ging van {from} naar {to}.")
        }
        Verdict::Worse => {
            format!("U heeft iets meer moeite dan bij de start. Uw score ging van {from} naar {to}.")
        }
        Verdict::RelevantWorsening => {
            format!("U heeft meer moeite dan bij de start. Uw score ging van {from} naar {to}.")
        }
    }
}

/// The line under the sentence for the patient: the percentage (never above 100) and the
/// score that counts as clearly better, in plain words.
fn change_details(c: &Change) -> String {
    let nprs = c.instrument == Instrument::Nprs;
    let percent = match c.patient_percent() {
        Some(p) if p < 0 && nprs => format!("Dat is {} % minder pijn. ", -p),
        Some(p) if p > 0 && nprs => format!("Dat is {p} % meer pijn. "),
        Some(p) if p < 0 => format!("Dat is {} % lager. ", -p),
        Some(p) if p > 0 => format!("Dat is {p} % hoger. "),
        _ => String::new(),
    };
    let target = match (c.improvement_target, nprs) {
        (Some(0), true) => "Duidelijk minder pijn: een score van 0.".to_owned(),
        (Some(t), true) => format!("Duidelijk minder pijn: een score van {t} of lager."),
        (Some(t), false) => format!("Duidelijk beter: een score van {t} of lager. Lager is beter."),
        (None, true) => String::new(),
        (None, false) => "Uw score was bij de start al laag.".to_owned(),
    };
    let noise = if !nprs && (c.within_measurement_error || c.improvement_target.is_none()) {
        " Verschillen kleiner dan 15 punten zeggen weinig."
    } else {
        ""
    };
    format!("{percent}{target}{noise}").trim().to_owned()
}

/// For the clinician: numbers, the rule that applied and its source.
fn clin_change_details(c: &Change) -> String {
    let percent = c.percent.map(|p| format!(" ({p:+} %)")).unwrap_or_default();
    let target = match c.improvement_target {
        Some(t) => format!("klinisch relevante verbetering bij ≤ {t}"),
        None => "geen klinisch relevante verbetering mogelijk vanaf deze baseline".to_owned(),
    };
    let floor = match c.instrument {
        Instrument::Nprs => "",
        Instrument::Qbpds => ", minimaal 15 punten (meetfout)",
    };
    let mic = if c.meets_points_threshold {
        "gehaald"
    } else {
        "niet gehaald"
    };
    let error = if c.within_measurement_error {
        " Binnen de meetfout."
    } else {
        ""
    };
    format!(
        "Verschil {:+} punten{percent}. Regel: {target} (≥ 30 % van de baseline{floor}; KNGF, Ostelo 2008). \
         Verslechtering relevant vanaf +{} punten. Vaste MIC Ostelo ({} punten): {mic}.{error}",
        c.difference,
        worsening_points_needed(c.instrument),
        c.instrument.relevant_points()
    )
}

fn unit_amount(unit: ActivityUnit, n: u32) -> String {
    match unit {
        ActivityUnit::Minutes if n == 1 => "1 minuut".to_owned(),
        ActivityUnit::Minutes => format!("{n} minuten"),
        ActivityUnit::Metres => format!("{n} meter"),
        ActivityUnit::Repetitions => format!("{n} keer"),
        ActivityUnit::TimesPerDay => format!("{n} keer per dag"),
    }
}

fn plan_error(e: &PlanError) -> String {
    match e {
        PlanError::NameEmpty => "Geef de activiteit een naam.".into(),
        PlanError::NameTooLong { max } => format!("De naam is te lang: hoogstens {max} tekens."),
        PlanError::TooFewBaselineDays { found, needed } => {
            format!("Vul minstens {needed} dagen in. Nu zijn het er {found}.")
        }
        PlanError::DuplicateBaselineDay(d) => format!("De dag {d} staat er twee keer in."),
        PlanError::ZeroBaselineDay(d) => format!("Op {d} staat 0. Vul in wat u die dag wel kon."),
        PlanError::ZeroBaseline => "Wat u nu kunt, moet meer dan 0 zijn.".into(),
        PlanError::ZeroGoal => "Het doel moet meer dan 0 zijn.".into(),
        PlanError::GoalNotAboveStart { goal, start_quota } => {
            format!("Het doel ({goal}) moet hoger zijn dan waar u mee begint ({start_quota}).")
        }
        PlanError::GoalDateNotAfterStart => "De doeldatum moet na de startdatum liggen.".into(),
        PlanError::PlanTooLong { .. } => {
            "Een plan duurt hoogstens 26 weken. Kies een eerdere doeldatum.".into()
        }
        PlanError::IntervalOutOfRange(_) => "Kies een stap omhoog elke 1 tot 28 dagen.".into(),
        PlanError::StartPercentOutOfRange(_) => "Kies een percentage van 10 tot 99.".into(),
        PlanError::DuplicateActivity(_) => "Een activiteit staat twee keer in het plan.".into(),
        PlanError::DuplicateRevision(_) => "Deze versie van het plan bestaat al.".into(),
        PlanError::DateOutOfRange => "Een datum klopt niet.".into(),
        PlanError::DateTooFarFromToday(_) => "Kies een datum binnen 2 jaar van vandaag.".into(),
        PlanError::DuplicateLog(_) => "Een ingevulde dag staat twee keer in het plan.".into(),
        PlanError::AmountEmpty => "Vul een getal in.".into(),
        PlanError::AmountNotANumber => "Vul een getal in, zonder letters.".into(),
        PlanError::AmountNotWhole => "Vul een heel getal in, zonder komma of punt.".into(),
        PlanError::AmountNegative => "Een getal onder 0 kan niet.".into(),
        PlanError::AmountZero => "Vul een getal in dat groter is dan 0.".into(),
        PlanError::AmountTooLarge { max } => format!("Dit getal is te groot: hoogstens {max}."),
        // CONTENT.md §4 step 3: the start lies below the baseline.
        PlanError::StartNotBelowBaseline {
            start_quota,
            baseline,
        } => format!(
            "U zou beginnen op {start_quota}. Begin lager dan wat u nu kunt ({baseline}). Kies een lager percentage of een andere eenheid."
        ),
    }
}

pub const TEXTS: Texts = Texts {
    app_name: "Rugplan",
    app_tagline: "Uw rugklachten bijhouden en stap voor stap weer meer doen",
    skip_to_content: "Naar de inhoud",
    nav_label: "Hoofdmenu",
    nav_home: "Vandaag",
    nav_nprs: "Pijn",
    nav_qbpds: "Vragenlijst",
    nav_plan: "Plan",
    nav_progress: "Voortgang",
    nav_export: "Delen",
    nav_info: "Informatie",
    nav_alarm: "Alarmsignalen",
    switch_to_this_language: "Nederlands",
    not_found_title: "Deze pagina bestaat niet",
    not_found_body: "Misschien is de link oud of niet helemaal goed overgenomen.",
    not_found_home: "Naar de startpagina",
    load_failed_title: "Dit deel van de app kon niet laden",
    load_failed_body: "Dit deel van de app staat nog niet op dit apparaat en kon niet worden opgehaald. Misschien is er geen internet. Uw gegevens zijn veilig. Probeer het opnieuw als u weer internet heeft.",
    load_failed_retry: "Opnieuw proberen",
    page_clinician: "Voor de zorgverlener",
    page_kiosk: "Wachtkamer-tablet",
    footer_privacy: "Uw gegevens blijven op dit apparaat. Rugplan stuurt niets naar internet.",
    nav_menu_button: "Menu",

    storage_unavailable: "Dit apparaat laat Rugplan niets bewaren. U kunt alles invullen, maar als u de pagina sluit, is het weg.",
    storage_full: "Het geheugen van de browser is vol. Wat u nu invult, wordt niet bewaard als u de pagina sluit.",
    storage_corrupt_title: "Uw eerder bewaarde gegevens zijn niet te lezen",
    storage_corrupt_body: "Er is een kopie van bewaard op dit apparaat. U kunt gewoon verder. Download de kopie en geef die aan uw zorgverlener als u de oude gegevens terug wilt.",
    storage_corrupt_download: "Kopie downloaden",
    storage_corrupt_delete: "Kopie verwijderen",
    storage_corrupt_delete_confirm: "Weet u het zeker? De kopie is dan voorgoed weg.",
    storage_protect_original: "Er is geen ruimte om een kopie te maken. Rugplan laat uw oude gegevens daarom staan en bewaart nieuwe antwoorden nu niet.",
    storage_outdated: "Uw gegevens zijn bewaard door een nieuwere versie van Rugplan. Deze pagina is nog de oude versie. Daarom bewaart deze pagina niets: zo blijven uw gegevens heel. Laad de pagina opnieuw. Wat u hier invult, wordt niet bewaard.",
    storage_reload: "Pagina opnieuw laden",

    yes_delete: "Ja, verwijderen",
    no_keep: "Nee, bewaren",
    delete: "Verwijderen",
    delete_confirm_question: "Wilt u deze meting verwijderen?",
    save: "Opslaan",
    months: [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    at_time: "om",

    home_title: "Vandaag",
    home_intro: "Wat kunt u nu doen?",
    home_nprs_title: "Pijn",
    home_nprs_never: "U heeft uw pijn nog niet ingevuld.",
    home_nprs_last: |when, score| format!("Laatst ingevuld op {when}: {score} van 10."),
    home_nprs_action: "Pijn invullen",
    home_qbpds_title: "Vragenlijst over uw rug",
    home_qbpds_never: "U heeft de vragenlijst nog niet ingevuld.",
    home_qbpds_last: |when| format!("Laatst ingevuld op {when}."),
    home_qbpds_in_progress: |n| format!("U bent bezig: {n} van de 20 vragen ingevuld."),
    home_qbpds_start: "Vragenlijst invullen",
    home_qbpds_continue: "Verder met de vragenlijst",
    home_plan_title: "Uw activiteitenplan",
    home_alarm_hint: "Maakt u zich zorgen over uw klachten? Bekijk de alarmsignalen.",

    home_device_only: "Uw gegevens staan alleen op dit apparaat.",
    home_backup_never: "U heeft nog geen reservekopie gemaakt.",
    home_backup_last: |when| format!("Laatste reservekopie: {when}."),
    home_backup_reminder: "Maak een nieuwe reservekopie. Als de browsergegevens worden gewist of het apparaat kwijtraakt, zijn uw gegevens anders weg.",
    home_backup_action: "Reservekopie maken",
    persist_ask: "U kunt de browser vragen om uw gegevens niet zomaar te wissen, bijvoorbeeld als het geheugen vol raakt.",
    persist_button: "Vraag de browser mijn gegevens te bewaren",
    persist_granted: "De browser bewaart uw gegevens nu vast op dit apparaat.",
    persist_refused: "De browser staat dit nu niet toe. Maak daarom af en toe een reservekopie.",
    risk_title: "Zo blijven uw gegevens bewaard",
    risk_seven_days: "Uw browser kan uw gegevens wissen als u Rugplan 7 dagen niet opent. Zo voorkomt u dat:",
    risk_home_screen: "Zet Rugplan op uw beginscherm. In Safari: tik op de deelknop en kies 'Zet op beginscherm'. Open Rugplan daarna altijd via dat icoon.",
    risk_weekly_backup: "Maak elke week een reservekopie.",
    risk_private: "U gebruikt een privévenster. Als u dit venster sluit, wist de browser alles wat u hier invult. Maak een reservekopie voordat u het venster sluit. Of open Rugplan in een gewoon venster.",
    cues_title: "Om te bespreken met uw zorgverlener",
    cue_plan_not_back: "Uw plan loopt nu minstens drie weken. Bent u nog niet terug op uw gewone niveau? Vraag uw huisarts dan naar hulp van een fysiotherapeut of oefentherapeut.",
    cue_twelve_weeks: "U heeft nu twaalf weken of langer rugklachten. Volgens de vragenlijst kunt u nog niet duidelijk meer dan bij de start. Bespreek met uw huisarts wat u verder kan helpen. Bijvoorbeeld een behandeling die u leert omgaan met de klachten.",
    // NHG step 4 (L963-968), without a QBPDS comparison.
    cue_twelve_weeks_unmeasured: "U heeft nu twaalf weken of langer rugklachten. Gaat het nog niet goed genoeg? Bespreek met uw huisarts wat u verder kan helpen. Bijvoorbeeld een behandeling die u leert omgaan met de klachten.",
    // NHG step 2 (L606-610, L674-678).
    cue_consider_plan: "U heeft nu drie weken of langer rugklachten. Gaat het nog niet goed genoeg? Bespreek dan met uw huisarts een plan om stap voor stap meer te doen.",
    home_due: |n| format!("Het is {n} dagen geleden. Vul het gerust weer in."),
    home_streak: |n| format!("Al {n} dagen op rij uw plan gevolgd."),
    home_progress_link: "Bekijk uw voortgang",
    home_plan_none: "U heeft nog geen activiteitenplan. Maak er een samen met uw huisarts of fysiotherapeut.",
    home_plan_open: "Naar uw plan",
    home_plan_item: |name, amount, done| {
        if done {
            format!("{name}: {amount} (ingevuld)")
        } else {
            format!("{name}: {amount}")
        }
    },
    nprs_title: "Pijn",
    nprs_question: "Hoeveel pijn had u gemiddeld in de afgelopen 24 uur?",
    nprs_hint: "Kies een getal van 0 tot en met 10.",
    nprs_anchor_low: "geen pijn",
    nprs_anchor_high: "ergst denkbare pijn",
    nprs_choose_first: "Kies eerst een getal.",
    nprs_saved: |n| format!("Bewaard: {n} van 10."),
    nprs_history_title: "Eerder ingevuld",
    nprs_history_empty: "Nog niets ingevuld.",
    nprs_score_of_10: |n| format!("{n} van 10"),
    nprs_high_pain_alarm: "U heeft veel pijn. Wilt u nagaan of u met spoed hulp nodig heeft? Bekijk de alarmsignalen.",

    change_title: "Vergeleken met de start",
    change_nprs,
    change_qbpds,
    change_only_one: "Na de volgende keer ziet u hier hoe het gaat vergeleken met de start.",
    change_details,
    change_worse_alarm: "Maakt u zich zorgen? Bekijk de alarmsignalen of bel uw huisarts.",

    qbpds_title: "Vragenlijst over uw rug",
    qbpds_intro: "20 vragen over wat u vandaag kunt. Het duurt ongeveer 5 minuten. U kunt stoppen wanneer u wilt: uw antwoorden worden meteen bewaard.",
    qbpds_start: "Begin met de vragenlijst",
    qbpds_progress: |n, of| format!("Vraag {n} van {of}"),
    qbpds_previous: "Vorige",
    qbpds_next: "Volgende",
    qbpds_to_review: "Naar het overzicht",
    qbpds_review_title: "Overzicht van uw antwoorden",
    qbpds_review_intro: "Kijk of alles klopt. U kunt elk antwoord nog wijzigen.",
    qbpds_not_answered: "Niet ingevuld",
    qbpds_change_answer: |n| format!("Wijzig vraag {n}"),
    qbpds_finish: "Klaar: vragenlijst afronden",
    qbpds_skipped: |items| {
        if items.len() == 1 {
            format!(
                "U heeft vraag {} nog niet ingevuld. Wilt u dat nog doen?",
                list_numbers(items, "en")
            )
        } else {
            format!(
                "U heeft de vragen {} nog niet ingevuld. Wilt u dat nog doen?",
                list_numbers(items, "en")
            )
        }
    },
    qbpds_answer_item: |n| format!("Vraag {n} invullen"),
    qbpds_finish_anyway: "Toch afronden",
    qbpds_result_title: "Uw uitslag",
    qbpds_total: |n| format!("Uw score: {n} van 100."),
    qbpds_estimate: |n, missing| {
        let vragen = if missing == 1 { "vraag" } else { "vragen" };
        format!(
            "Geschatte score: ongeveer {n} van 100. Dit is een schatting, want {missing} {vragen} zijn niet ingevuld."
        )
    },
    qbpds_not_scorable: |missing| {
        format!("Er is geen score, want {missing} vragen zijn niet ingevuld. Uw antwoorden zijn wel bewaard.")
    },
    qbpds_score_meaning: "Hoe hoger de score, hoe meer moeite u heeft met dagelijkse dingen. 0 is geen moeite, 100 is de meeste moeite.",
    qbpds_history_title: "Eerder ingevuld",
    qbpds_history_empty: "Nog geen vragenlijst afgerond.",
    qbpds_discard: "Opnieuw beginnen",
    qbpds_discard_confirm: "Weet u het zeker? De antwoorden van deze vragenlijst worden dan gewist.",
    qbpds_saved_note: "Uw antwoord is bewaard.",
    qbpds_unvalidated: "Let op: dit is een eigen vertaling van de vragenlijst, nog niet de officiële (gevalideerde) versie.",
    qbpds_text_missing: "De vragen konden niet worden geladen. Probeer de pagina opnieuw te openen.",
    qbpds_history_change: |d| format!("{d:+} punten ten opzichte van de start"),
    qbpds_back_home: "Terug naar Vandaag",
    qbpds_answer_for: |n| format!("Antwoord op vraag {n}"),
    qbpds_text_kept: "U bent deze vragenlijst in een andere taal begonnen. De vragen blijven in die taal. Zo blijven uw antwoorden goed te vergelijken.",

    export_intro: "Hier maakt u een bestand met uw gegevens. Geef het aan uw huisarts of fysiotherapeut, of bewaar het als reservekopie.",
    export_clinician_heading: "Voor uw huisarts of fysiotherapeut",
    export_clinician_text: "Een bestand dat uw zorgverlener kan inlezen in het dossier (FHIR-formaat). Het bevat al uw antwoorden en scores.",
    export_fhir_button: "Download voor de zorgverlener",
    export_csv_button: "Download als spreadsheet (CSV)",
    export_csv_text: "Voor Excel of een ander rekenprogramma: elke meting en elke dag van het plan op een eigen regel.",
    export_backup_heading: "Reservekopie",
    export_backup_text: "Uw gegevens staan alleen op dit apparaat. Als de browsergegevens worden gewist, zijn ze weg. Maak daarom af en toe een reservekopie en bewaar die goed.",
    export_backup_button: "Reservekopie downloaden",
    export_downloaded: |name| format!("Het bestand {name} is gedownload."),
    export_download_failed: "Het downloaden is niet gelukt. Probeer het nog een keer.",
    export_nothing_yet: "U heeft nog niets ingevuld om te delen.",
    cancel: "Annuleren",
    plan_intro: "Met een activiteitenplan bouwt u uw activiteiten stap voor stap op. Op vaste dagen doet u iets meer, ook als het nog pijn doet. U maakt het plan samen met uw huisarts of fysiotherapeut.",
    plan_why_title: "Opbouwen op vaste dagen, niet als de pijn het toelaat",
    plan_why: "Pijn bij bewegen is bij lage rugpijn niet gevaarlijk. Wacht dus niet tot de pijn weg is. Spreek vooraf af wanneer u wat doet, en houd u daaraan.",
    plan_why_pairs: [
        (
            "Blijf bewegen en breid uw activiteiten in ongeveer veertien dagen uit naar normaal.",
            "Probeer te lopen als de pijn het toelaat.",
        ),
        (
            "Ga na ongeveer een week weer aan het werk.",
            "Ga weer aan het werk zodra de pijn het toelaat.",
        ),
        (
            "Kom na ongeveer drie weken terug, tenzij u dan weer normaal functioneert.",
            "Als het niet gaat, komt u terug.",
        ),
    ],
    plan_why_do: "Wel zo",
    plan_why_dont: "Niet zo",
    plan_read_more: "Meer over stap voor stap opbouwen",
    plan_make: "Plan maken",
    plan_today_title: "Vandaag",
    plan_today_message: "Doe vandaag dit, niet meer en niet minder, ook als het pijn doet.",
    plan_not_started: |date| format!("Uw plan begint op {date}."),
    unit_amount,
    unit_name: |u| match u {
        ActivityUnit::Minutes => "minuten",
        ActivityUnit::Metres => "meter",
        ActivityUnit::Repetitions => "keer (herhalingen)",
        ActivityUnit::TimesPerDay => "keer per dag",
    },
    plan_log_as_planned: |amount| format!("Gedaan: {amount}"),
    plan_log_exact: "Of vul in wat u precies heeft gedaan",
    plan_log_save: "Opslaan",
    plan_log_day: "Voor welke dag?",
    plan_pain_note: "Notitie over pijn (mag leeg blijven)",
    plan_pain_note_hint: "Uw plan verandert niet door pijn. De notitie is voor het gesprek met uw zorgverlener.",
    plan_logged: |amount| format!("Ingevuld: {amount}"),
    plan_missed: |dates| format!("Nog niet ingevuld: {dates}."),
    plan_adherence_title: "Hoe gaat het tot nu toe?",
    plan_adherence_line: |met, planned, logged, over| {
        format!(
            "{met} van de {planned} dagen gehaald. {logged} dagen ingevuld. {over} dagen meer gedaan dan gepland."
        )
    },
    plan_overall: |met, planned, logged| {
        format!("Alle activiteiten samen: {met} van de {planned} geplande dagen gehaald, {logged} ingevuld.")
    },
    plan_step_line: |step, count, now, goal| {
        format!("Stap {step} van {count}: nu {now} per dag, doel {goal} per dag.")
    },
    plan_schedule_title: "Schema",
    plan_schedule_from: "Vanaf",
    plan_schedule_amount: "Per dag",
    plan_milestones_title: "Afspraken",
    plan_back_to_work: |d| format!("Weer aan het werk: {d}"),
    plan_control_visit: |d| format!("Controle bij uw zorgverlener: {d}"),
    plan_change: "Plan wijzigen",
    plan_revisions_title: "Eerdere versies van het plan",
    plan_revision_line: |created, valid| format!("Gemaakt op {created}, geldig vanaf {valid}"),
    print_overview: "Overzicht voor de zorgverlener afdrukken",
    print_overview_text: "Een overzicht op papier (A4) van uw scores, de verandering sinds de start, uw plan en hoe het gaat.",
    update_ready: "Er is een nieuwe versie van Rugplan. Uw gegevens blijven bewaard.",
    update_now: "Nu bijwerken",
    info_intro: "Betrouwbare informatie over lage rugpijn, gebaseerd op de richtlijn voor huisartsen.",
    info_sources: "Bron",
    info_all_pages: "Alle informatie",
    plan_error,
    // KNGF:L3476-3478: "nieuwe of verslechterende symptomen rechtvaardigen beëindiging van de
    // training en communicatie met een arts en/of zorgverlener"; KNGF:L3749-3757, the 24-hour
    // rule: pain, fatigue and loss of function that increase after 24 hours are an unwanted
    // reaction. Leg weakness or numbness and bladder problems: NHG:L338-370 (alarm signs).
    plan_stop_title: "Wanneer stoppen?",
    plan_stop_ordinary: "Gewone pijn tijdens of na het bewegen is geen reden om te stoppen. Uw plan verandert daar niet door.",
    plan_stop_rule: "Stop wel als u nieuwe klachten krijgt of als klachten erger worden. Bijvoorbeeld: een zwak of doof been, problemen met plassen, of pijn die 24 uur na het bewegen nog steeds toeneemt. Bekijk dan de [alarmsignalen] en neem contact op met uw huisarts of fysiotherapeut.",
    lang: Lang::Nl,
};

/// Texts of the pages outside the first download (see `PageTexts`).
pub const PAGE: PageTexts = PageTexts {
    restore_heading: "Reservekopie terugzetten",
    restore_text: "Heeft u een nieuw apparaat? Kies hier uw reservekopie. Er verandert pas iets als u daarna op een knop drukt.",
    restore_choose_file: "Kies een bestand",
    restore_preview: |n, q| format!("In dit bestand staan {n} pijnscores en {q} vragenlijsten."),
    restore_merge: "Toevoegen aan wat hier al staat",
    restore_replace: "Alles hier vervangen door het bestand",
    restore_replace_confirm: "Weet u het zeker? Wat nu op dit apparaat staat, wordt vervangen.",
    restore_merged: |n, q| format!("Toegevoegd: {n} pijnscores en {q} vragenlijsten."),
    restore_replaced: "De gegevens uit het bestand staan nu op dit apparaat.",
    import_error_too_large: "Dit bestand is te groot. Het is geen reservekopie van Rugplan.",
    import_error_not_backup: "Dit bestand is geen reservekopie van Rugplan. Kies een ander bestand.",
    import_error_newer: "Deze reservekopie is gemaakt met een nieuwere versie van Rugplan. Werk de app eerst bij.",
    import_error_damaged: "Dit bestand is beschadigd of veranderd. Er is niets overgenomen.",
    import_error_invalid: "In dit bestand staan gegevens die niet kloppen. Er is niets overgenomen.",
    import_error_read: "Het bestand kon niet worden gelezen. Probeer het nog een keer.",
    builder_title_new: "Nieuw plan",
    builder_title_change: "Plan wijzigen",
    builder_intro: "Vul dit samen met uw huisarts of fysiotherapeut in. Kies 1 tot 5 activiteiten die voor u belangrijk zijn.",
    builder_defaults_note: "De vooraf ingevulde waarden (beginnen op 80 %, doel na 14 dagen, elke 2 dagen een stap) zijn een voorstel. Pas ze aan zoals u samen afspreekt.",
    builder_activity: |n| format!("Activiteit {n}"),
    builder_name: "Naam van de activiteit",
    builder_suggestions: [
        "Wandelen",
        "Zitten",
        "Staan",
        "Fietsen",
        "Huishoudelijk werk",
        "Werken",
        "Oefeningen",
    ],
    builder_unit: "Eenheid",
    builder_baseline_kind: "Wat kunt u nu?",
    builder_baseline_entered: "Eén getal invullen",
    builder_baseline_measured: "Gemeten op een paar dagen (minstens 3)",
    builder_baseline_value: "Wat u nu kunt, per dag",
    builder_baseline_day: |n| format!("Dag {n}"),
    builder_start_percent: "Beginnen op (procent van wat u nu kunt)",
    builder_goal: "Doel per dag",
    builder_start_date: "Startdatum",
    builder_goal_date: "Doel bereikt op",
    builder_interval: "Elke hoeveel dagen een stap omhoog?",
    builder_add_activity: "Activiteit toevoegen",
    builder_remove_activity: "Deze activiteit weghalen",
    builder_back_to_work: "Weer aan het werk op (mag leeg)",
    builder_control_visit: "Controle bij de zorgverlener op (mag leeg)",
    builder_note: "Notitie (mag leeg)",
    builder_valid_from: "Dit plan geldt vanaf",
    builder_preview: "Zo ziet het schema eruit",
    builder_save: "Plan opslaan",
    builder_fix_first: "Pas eerst aan wat hierboven in rood staat.",
    builder_bad_date: "Kies een datum.",
    builder_saved: "Het plan is opgeslagen.",
    // Issue 14; KNGF "start low and go slow" (KNGF:L3731-3741).
    builder_large_step: |date, from, to| {
        format!(
            "Let op: op {date} gaat u van {from} naar {to}. Dat is meer dan het dubbele in één stap. Kies misschien een latere doeldatum, dan worden de stappen kleiner."
        )
    },
    clin_intro: "Lees hier de gegevens van een patiënt in: een reservekopie of een FHIR-bestand van Rugplan. U ziet de scores, de verandering sinds de start en het activiteitenplan.",
    clin_choose_file: "Kies een bestand (reservekopie of FHIR)",
    clin_not_stored: "Wat u inleest, wordt niet op dit apparaat bewaard. Sluit u de pagina, dan is het weg.",
    clin_error_unknown_file: "Dit bestand is geen reservekopie of FHIR-bestand van Rugplan.",
    clin_error_fhir: "Dit FHIR-bestand kon niet worden gelezen. Er is niets ingelezen.",
    clin_nprs_title: "Pijn (NPRS, 0-10)",
    clin_qbpds_title: "Beperkingen (QBPDS, 0-100)",
    clin_baseline_latest: |b, bd, l, ld| format!("Start: {b} ({bd}). Laatste: {l} ({ld})."),
    clin_no_data: "Geen metingen.",
    clin_items_title: |when| format!("Antwoorden van de laatste vragenlijst ({when})"),
    clin_item: "Vraag",
    clin_answer: "Antwoord",
    clin_domains_title: "Scores per domein",
    clin_domain: "Domein",
    clin_domain_score: "Score",
    clin_text_version: |v, validated| {
        if validated {
            format!("Tekstversie: {v} (gevalideerd).")
        } else {
            format!("Tekstversie: {v}. Let op: niet-gevalideerde vertaling.")
        }
    },
    clin_plan_title: "Activiteitenplan",
    clin_plan_none: "Geen activiteitenplan.",
    clin_print: "Afdrukken",
    clin_save: "Bewaren op dit apparaat",
    clin_saved: "De gegevens zijn toegevoegd aan dit apparaat.",
    clin_close: "Sluiten",
    handover_title: "Laten zien aan uw zorgverlener",
    handover_text: "Uw zorgverlener scant deze code met de camera van een telefoon of tablet. Dan ziet hij of zij uw eerste en laatste scores. Uw plan en de metingen daartussen staan er niet in: geef daarvoor het bestand.",
    handover_show: "Code tonen",
    handover_code_label: "Of laat deze code overtypen:",
    handover_qr_label: "QR-code met uw eerste en laatste scores",
    clin_code_label: "Of plak een code of link van de patiënt",
    clin_code_read: "Code lezen",
    clin_code_error: "Deze code klopt niet. Misschien is hij niet helemaal overgenomen. Er is niets ingelezen.",
    kiosk_setup_intro: "Zet deze tablet in de wachtkamerstand. Patiënten vullen dan na elkaar hun vragenlijsten in. Er blijft niets van een patiënt op de tablet staan. Alleen met de pincode zet u de stand weer uit.",
    kiosk_record_warning: "Let op: op dit apparaat staan al gegevens van een patiënt. Gebruik voor de wachtkamer liever een apparaat zonder eigen gegevens.",
    kiosk_pin: "Pincode voor medewerkers (4 tot 8 cijfers)",
    kiosk_pin_again: "Pincode nog een keer",
    kiosk_choose: "Wat vult de patiënt in?",
    kiosk_opt_nprs: "Pijnscore (NPRS)",
    kiosk_opt_qbpds: "Vragenlijst over de rug (QBPDS)",
    kiosk_opt_alarm: "Alarmsignalen aanbieden (de patiënt mag dit overslaan)",
    kiosk_idle: "Na hoeveel minuten zonder aanraken begint de tablet opnieuw?",
    kiosk_start: "Wachtkamerstand aanzetten",
    kiosk_error: |e| match e {
        KioskError::BadPin => "De pincode moet 4 tot 8 cijfers zijn.",
        KioskError::PinsDiffer => "De twee pincodes zijn niet gelijk.",
        KioskError::NothingChosen => "Kies minstens één vragenlijst.",
        KioskError::BadIdle => "Kies 1 tot 30 minuten.",
    },
    kiosk_welcome_title: "Welkom",
    kiosk_welcome: "U kunt hier een paar vragen over uw rug invullen voor uw huisarts of fysiotherapeut. Het duurt ongeveer 5 minuten. Uw antwoorden worden niet op deze tablet bewaard.",
    kiosk_begin: "Beginnen",
    kiosk_next: "Verder",
    kiosk_alarm_offer: "Wilt u nog nakijken of u met spoed hulp nodig heeft?",
    kiosk_alarm_yes: "Ja, alarmsignalen nakijken",
    kiosk_alarm_no: "Nee, verder",
    kiosk_handover_title: "Klaar. Dank u wel.",
    kiosk_handover_text: "Laat deze code scannen door uw zorgverlener, of geef de tablet terug aan de assistent.",
    kiosk_done: "Klaar: alles wissen voor de volgende patiënt",
    kiosk_idle_warning: |n| {
        format!(
            "Is er nog iemand? Over {n} seconden begint de tablet opnieuw en worden de antwoorden gewist."
        )
    },
    kiosk_still_here: "Ik ben er nog",
    kiosk_staff: "Voor medewerkers",
    kiosk_staff_pin: "Pincode",
    kiosk_staff_exit: "Wachtkamerstand uitzetten",
    kiosk_pin_wrong: |n| format!("Onjuiste pincode. Nog {n} pogingen."),
    kiosk_pin_locked: |s| {
        format!(
            "Te vaak een onjuiste pincode. Probeer het over {} minuten opnieuw.",
            (s + 59) / 60
        )
    },
    progress_intro: "Hier ziet u hoe het gaat sinds de start. Onder elke grafiek staat hetzelfde ook als tabel.",
    progress_nprs_title: "Pijn (0 tot 10)",
    progress_qbpds_title: "Moeite met dagelijkse dingen (vragenlijst, 0 tot 100)",
    progress_single: |v| format!("U heeft één meting: {v}. Na de volgende meting ziet u hier hoe het gaat."),
    progress_none: "Nog geen metingen.",
    progress_legend: |target| match target {
        Some(t) => format!(
            "Doorgetrokken lijn: uw scores. Streepjeslijn: de start. Stippellijn: {t}, vanaf daar is het duidelijk beter."
        ),
        None => "Doorgetrokken lijn: uw scores. Streepjeslijn: de start.".to_owned(),
    },
    progress_table: "Als tabel",
    progress_date: "Datum",
    progress_value: "Score",
    progress_plan_title: "Activiteiten: gepland en gedaan (laatste 4 weken)",
    progress_plan_legend: "Open balk: gepland. Gevulde balk: gedaan.",
    progress_planned: "Gepland",
    progress_done: "Gedaan",
    progress_not_logged: "niet ingevuld",
    alarm_result_heading: "Wat kunt u het beste doen?",
    alarm_tick_hint: "Vink aan wat bij u past. U hoeft niets op te slaan: dit blijft niet bewaard.",
    clin_change_details,
    cs_title: "Sinds wanneer heeft u deze rugklachten?",
    cs_hint: "U hoeft dit niet in te vullen. Weet u het ongeveer? Dat helpt uw huisarts of fysiotherapeut.",
    cs_label: "Dag waarop de klachten begonnen",
    cs_save: "Deze datum gebruiken",
    cs_unknown: "Ik weet het niet",
    cs_change: "Wijzigen",
    cs_answered: |d| format!("Uw rugklachten begonnen op {d}."),
    cs_answered_unknown: "U weet niet precies wanneer uw rugklachten begonnen.",
    cs_error_empty: "Kies eerst een datum. Of kies: Ik weet het niet.",
    cs_error_future: "Deze datum ligt in de toekomst. Kies vandaag of een dag eerder.",
    cs_error_old: "Deze datum ligt heel ver terug. Kijk het jaartal nog eens na.",
    clin_complaints_start: |start, asked| match (start, asked) {
        (Some((d, weeks)), _) => {
            format!("Begin van de klachten (volgens patiënt): {d}, {weeks} weken geleden.")
        }
        (None, true) => "Begin van de klachten: onbekend (patiënt weet het niet).".to_owned(),
        (None, false) => "Begin van de klachten: niet ingevuld.".to_owned(),
    },
    import_error_duplicate: "In dit bestand staat dezelfde meting twee keer. Er is niets overgenomen.",
    import_error_dates: "Een datum in het plan van dit bestand klopt niet. Die ligt meer dan 2 jaar voor of na vandaag. Er is niets overgenomen.",
    clin_text_unknown: |v| {
        format!(
            "Tekstversie: {v}. Deze app kent deze versie niet. Daarom staat alleen het nummer van elke vraag erbij."
        )
    },
    kiosk_storage_failed: "De wachtkamerstand kan niet aan. Deze browser kan de instelling niet bewaren. Dan toont de tablet na opnieuw laden de gewone app, niet de wachtkamerstand. Maak ruimte vrij of sta opslag voor deze site toe. Probeer het dan opnieuw. In een privévenster lukt het niet.",
};
