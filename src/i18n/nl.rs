//! Nederlandse teksten (B1-niveau, "u").

use super::{Texts, list_numbers};
use crate::domain::change::{Change, Verdict};

fn change_nprs(v: Verdict, from: u32, to: u32) -> String {
    match v {
        Verdict::RelevantImprovement => {
            format!("U heeft duidelijk minder pijn dan bij de start: van {from} naar {to}.")
        }
        Verdict::Improvement => format!("U heeft iets minder pijn dan bij de start: van {from} naar {to}."),
        Verdict::WithinMeasurementError | Verdict::NoChange => {
            format!("Uw pijn is ongeveer even sterk als bij de start: van {from} naar {to}.")
        }
        Verdict::Worse => format!("U heeft iets meer pijn dan bij de start: van {from} naar {to}."),
        Verdict::RelevantWorsening => format!("U heeft meer pijn dan bij de start: van {from} naar {to}."),
    }
}

fn change_qbpds(v: Verdict, from: u32, to: u32) -> String {
    match v {
        Verdict::RelevantImprovement => {
            format!("U kunt duidelijk meer dan bij de start. Uw score ging van {from} naar {to}.")
        }
        Verdict::Improvement => {
            format!("U kunt iets meer dan bij de start. Uw score ging van {from} naar {to}.")
        }
        Verdict::WithinMeasurementError | Verdict::NoChange => {
            format!("U kunt ongeveer evenveel als bij de start. Uw score ging van {from} naar {to}.")
        }
        Verdict::Worse => {
            format!("U heeft iets meer moeite dan bij de start. Uw score ging van {from} naar {to}.")
        }
        Verdict::RelevantWorsening => {
            format!("U heeft meer moeite dan bij de start. Uw score ging van {from} naar {to}.")
        }
    }
}

fn change_details(c: &Change) -> String {
    let percent = c.percent.map(|p| format!(" ({p:+} %)")).unwrap_or_default();
    let threshold = match (c.meets_percent_threshold, c.meets_points_threshold) {
        (true, true) => "drempel 30 % en punten gehaald",
        (true, false) => "drempel 30 % gehaald",
        (false, true) => "puntendrempel gehaald",
        (false, false) => "geen drempel gehaald",
    };
    let error = if c.within_measurement_error {
        ", binnen de meetfout"
    } else {
        ""
    };
    format!(
        "Verschil {:+} punten{percent}; {threshold} (30 % of {} punten){error}.",
        c.difference,
        c.instrument.relevant_points()
    )
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
    coming_soon: "Dit deel van Rugplan komt binnenkort. Het werkt nog niet.",
    not_found_title: "Deze pagina bestaat niet",
    not_found_body: "Misschien is de link oud of niet helemaal goed overgenomen.",
    not_found_home: "Naar de startpagina",
    page_clinician: "Voor de zorgverlener",
    page_kiosk: "Wachtkamer-tablet",
    footer_privacy: "Uw gegevens blijven op dit apparaat. Rugplan stuurt niets naar internet.",

    storage_unavailable: "Dit apparaat laat Rugplan niets bewaren. U kunt alles invullen, maar als u de pagina sluit, is het weg.",
    storage_full: "Het geheugen van de browser is vol. Wat u nu invult, wordt niet bewaard als u de pagina sluit.",
    storage_corrupt_title: "Uw eerder bewaarde gegevens zijn niet te lezen",
    storage_corrupt_body: "Er is een kopie van bewaard op dit apparaat. U kunt gewoon verder. Download de kopie en geef die aan uw zorgverlener als u de oude gegevens terug wilt.",
    storage_corrupt_download: "Kopie downloaden",
    storage_corrupt_delete: "Kopie verwijderen",
    storage_corrupt_delete_confirm: "Weet u het zeker? De kopie is dan voorgoed weg.",
    storage_protect_original: "Er is geen ruimte om een kopie te maken. Rugplan laat uw oude gegevens daarom staan en bewaart nieuwe antwoorden nu niet.",

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
};
