//! The QBPDS item texts per language, read from `instruments/qbpds.<lang>.json` at compile time.
//!
//! Replacing the Dutch working translation by the licensed Schoppink 1996 text is a change of
//! `instruments/qbpds.nl.json` only; the tests below check every file's shape.

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
    pub instruction: String,
    pub labels: [String; 6],
    pub domains: BTreeMap<QbpdsDomain, String>,
    pub items: Vec<QbpdsItemText>,
}

const EN_JSON: &str = include_str!("../../instruments/qbpds.en.json");
const NL_JSON: &str = include_str!("../../instruments/qbpds.nl.json");

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

/// The text with this `text_version`, in any language; `None` for a version this build lacks.
pub fn qbpds_text_by_version(version: &str) -> Option<&'static QbpdsText> {
    Lang::ALL
        .into_iter()
        .filter_map(qbpds_text)
        .find(|t| t.text_version == version)
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
        assert_eq!(
            t.labels,
            [
                "totaal geen moeite",
                "nauwelijks moeite",
                "enige moeite",
                "veel moeite",
                "zeer veel moeite",
                "niet in staat"
            ]
            .map(String::from)
        );
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
