//! The QBPDS item texts per language, read from `instruments/qbpds.<lang>.json` at compile time.
//!
//! Replacing the Dutch working translation by the licensed Schoppink 1996 text is a change of
//! `instruments/qbpds.nl.json` only; the tests below check every file's shape.
//!
//! A stored or exported response names the `text_version` it was answered with. When a text
//! changes, its version id changes too and the old file moves to `instruments/archive/`, so
//! [`qbpds_text_by_version`] still shows an old response with the wording it was given in.

use super::qbpds::{QBPDS_ITEMS, QbpdsDomain};
use crate::i18n::Lang;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QbpdsItemText {
    pub number: usize,
    pub domain: QbpdsDomain,
    pub text: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QbpdsText {
    pub instrument: String,
    pub language: String,
    /// Recorded with every finished questionnaire, so the clinician knows which wording was used.
    pub text_version: String,
    /// `false` for a working translation that has not been validated.
    pub validated: bool,
    pub source: String,
    /// The questionnaire's own introduction, shown above the items (answer every activity);
    /// `None` in an archived version that showed none.
    #[serde(default)]
    pub preamble: Option<String>,
    pub instruction: String,
    pub labels: [String; 6],
    pub domains: BTreeMap<QbpdsDomain, String>,
    pub items: Vec<QbpdsItemText>,
}

const EN_JSON: &str = include_str!("../../instruments/qbpds.en.json");
const NL_JSON: &str = include_str!("../../instruments/qbpds.nl.json");
/// Earlier versions, for responses given with them. Never shown for a new questionnaire.
const ARCHIVED_JSON: [&str; 1] = [include_str!(
    "../../instruments/archive/qbpds.nl.rugplan-working-1.json"
)];

fn parse(json: &str) -> Option<QbpdsText> {
    let text: QbpdsText = serde_json::from_str(json).ok()?;
    (text.items.len() == QBPDS_ITEMS).then_some(text)
}

/// The texts for `lang`. `None` only if an embedded file is broken, which the tests rule out;
/// the UI then says so instead of showing an empty form.
pub fn qbpds_text(lang: Lang) -> Option<&'static QbpdsText> {
    static EN: OnceLock<Option<QbpdsText>> = OnceLock::new();
    static NL: OnceLock<Option<QbpdsText>> = OnceLock::new();
    match lang {
        Lang::En => EN.get_or_init(|| parse(EN_JSON)).as_ref(),
        Lang::Nl => NL.get_or_init(|| parse(NL_JSON)).as_ref(),
    }
}

fn archived_texts() -> &'static [QbpdsText] {
    static ARCHIVED: OnceLock<Vec<QbpdsText>> = OnceLock::new();
    ARCHIVED.get_or_init(|| ARCHIVED_JSON.iter().filter_map(|json| parse(json)).collect())
}

/// The current texts of every language, then the archived ones.
fn all_texts() -> impl Iterator<Item = &'static QbpdsText> {
    Lang::ALL
        .into_iter()
        .filter_map(qbpds_text)
        .chain(archived_texts().iter())
}

/// The text with this `text_version`, current or archived, in any language; `None` for a
/// version this build lacks.
pub fn qbpds_text_by_version(version: &str) -> Option<&'static QbpdsText> {
    all_texts().find(|t| t.text_version == version)
}

impl QbpdsText {
    pub fn domain_name(&self, domain: QbpdsDomain) -> &str {
        self.domains.get(&domain).map(String::as_str).unwrap_or_default()
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn every_language_file_is_complete() {
        for lang in Lang::ALL {
            let t = qbpds_text(lang).unwrap_or_else(|| panic!("{lang:?} file does not parse"));
            assert_eq!(t.instrument, "QBPDS");
            assert_eq!(t.language, lang.code());
            assert_eq!(t.items.len(), 20);
            assert_eq!(t.labels.len(), 6);
            assert_eq!(t.domains.len(), 6, "{lang:?}: six domain names");
            for (i, item) in t.items.iter().enumerate() {
                assert_eq!(item.number, i + 1, "{lang:?}: items numbered 1-20 in order");
                assert_eq!(
                    Some(item.domain),
                    QbpdsDomain::of_item(item.number),
                    "{lang:?} item {}",
                    item.number
                );
                assert!(
                    !item.text.trim().is_empty(),
                    "{lang:?} item {} empty",
                    item.number
                );
            }
            for s in
                t.labels
                    .iter()
                    .chain(t.domains.values())
                    .chain([&t.instruction, &t.source, &t.text_version])
            {
                assert!(!s.trim().is_empty(), "{lang:?}: empty text");
            }
        }
    }

    #[test]
    fn english_is_kopec_1995_verbatim() {
        let t = qbpds_text(Lang::En).unwrap();
        assert!(t.validated);
        assert_eq!(
            t.instruction,
            "Today, do you find it difficult to perform the following activities because of your back?"
        );
        assert_eq!(t.labels[0], "Not difficult at all");
        assert_eq!(t.labels[5], "Unable to do");
        let texts: Vec<&str> = t.items.iter().map(|i| i.text.as_str()).collect();
        assert_eq!(texts[0], "Get out of bed");
        assert_eq!(texts[7], "Walk a few blocks (300-400 m)");
        assert_eq!(texts[14], "Put on socks (pantyhose)");
        assert_eq!(texts[19], "Lift and carry a heavy suitcase");
    }

    #[test]
    fn dutch_is_marked_as_working_translation() {
        let t = qbpds_text(Lang::Nl).unwrap();
        assert!(
            !t.validated,
            "the Dutch text is not the validated Schoppink 1996 version"
        );
        assert!(t.source.contains("Schoppink"));
        assert_eq!(
            t.instruction,
            "Heeft u vandaag moeite om de volgende activiteiten uit te voeren vanwege uw rugklachten?"
        );
        // The steps of the English scale (Kopec 1995): "Fairly difficult" and "Very difficult"
        // are one step milder than "veel"/"zeer veel moeite" (issue 14). The ends are the
        // KNGF's wording of the Dutch version (KNGF:L2356-2357).
        assert_eq!(
            t.labels,
            [
                "totaal geen moeite",
                "nauwelijks moeite",
                "enige moeite",
                "vrij veel moeite",
                "veel moeite",
                "niet in staat"
            ]
            .map(String::from)
        );
        // Item 4 says what the English says, nothing more ("Ride in a car"); item 16 "Bend over".
        assert_eq!(t.items[3].text, "In een auto rijden");
        assert!(t.items[15].text.starts_with("Vooroverbuigen "));
        assert_eq!(t.text_version, "qbpds-nl-rugplan-working-2");
    }

    /// The questionnaire's own instruction, shown above the items: answer every activity
    /// (Kopec 1995 form: "Please choose one response option for each activity (do not skip any
    /// activities)"; CONTENT.md §2).
    #[test]
    fn the_current_texts_carry_the_do_not_skip_instruction() {
        let en = qbpds_text(Lang::En).unwrap();
        assert!(
            en.preamble
                .as_deref()
                .is_some_and(|p| p.contains("do not skip any activities"))
        );
        let nl = qbpds_text(Lang::Nl).unwrap();
        assert!(
            nl.preamble
                .as_deref()
                .is_some_and(|p| p.contains("Sla geen activiteit over"))
        );
    }

    /// A response keeps the meaning it had when it was given: the text it was answered with is
    /// still found by its version, with its own labels and items.
    #[test]
    fn older_text_versions_are_kept_with_their_own_wording() {
        let old = qbpds_text_by_version("qbpds-nl-rugplan-working-1").expect("version 1 kept");
        assert_eq!(old.language, "nl");
        assert!(!old.validated);
        assert_eq!(old.labels[3], "veel moeite");
        assert_eq!(old.labels[4], "zeer veel moeite");
        assert_eq!(old.items[3].text, "In een auto rijden of meerijden");
        assert_eq!(old.preamble, None, "version 1 showed no preamble");
        let current = qbpds_text(Lang::Nl).unwrap();
        assert_eq!(
            qbpds_text_by_version(&current.text_version).map(|t| &t.labels),
            Some(&current.labels)
        );
        assert!(qbpds_text_by_version("qbpds-nl-unknown").is_none());
        // Every version id is used once, so a version always means one wording.
        let mut versions: Vec<&str> = all_texts().map(|t| t.text_version.as_str()).collect();
        let n = versions.len();
        versions.sort_unstable();
        versions.dedup();
        assert_eq!(versions.len(), n);
        assert!(n >= 3);
        for t in all_texts() {
            assert_eq!(t.items.len(), 20, "{}", t.text_version);
        }
    }

    #[test]
    fn broken_files_are_refused() {
        assert!(parse("{}").is_none());
        let short = NL_JSON.replace(
            r#",
    {"number": 20, "domain": "handling_objects", "text": "Een zware koffer optillen en dragen"}"#,
            "",
        );
        assert!(parse(&short).is_none());
    }
}
