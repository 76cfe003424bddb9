//! Longer patient-facing content: the information pages and the alarm self-check texts, in
//! Dutch (B1) and English. Faithful to the NHG standard; every page names its sources.

mod en;
mod nl;

use super::Lang;

/// A block of an information page.
pub enum Block {
    Heading(&'static str),
    Para(&'static str),
    Bullets(&'static [&'static str]),
}

pub struct InfoPage {
    /// Stable URL part, the same in every language: `/info/<slug>`.
    pub slug: &'static str,
    pub title: &'static str,
    /// One or two sentences for the overview list.
    pub summary: &'static str,
    pub blocks: &'static [Block],
    /// Where the content comes from, e.g. "NHG-Standaard Aspecifieke lagerugpijn (2017)".
    pub sources: &'static [&'static str],
}

/// Slugs of the information pages, in menu order; every language has exactly these.
pub const INFO_SLUGS: [&str; 6] = [
    "what-is-it",
    "what-helps",
    "build-up",
    "pain-medication",
    "work",
    "when-to-call",
];

pub struct AlarmTexts {
    pub intro: &'static str,
    pub emergency_heading: &'static str,
    pub soon_heading: &'static str,
    /// Text per sign id of `domain::alarm::ALARM_SIGNS`, in that order.
    pub signs: [(&'static str, &'static str); 14],
    pub advice_call_now_title: &'static str,
    /// Whom to call, with the Dutch and the Belgian route (CONTENT §5).
    pub advice_call_now: &'static str,
    pub advice_soon_title: &'static str,
    pub advice_soon: &'static str,
    pub advice_none_title: &'static str,
    pub advice_none: &'static str,
    /// That one sign is common and rarely serious; only where the domain allows it
    /// (`AlarmResult::reassure`).
    pub reassurance: &'static str,
    pub sources: &'static [&'static str],
    /// The explicit answer "none of these apply to me" (no verdict before an answer).
    pub none_of_these: &'static str,
    pub none_of_these_hint: &'static str,
    pub advice_not_answered_title: &'static str,
    pub advice_not_answered: &'static str,
    /// First line of the call-now advice when a ticked sign needs 112 first.
    pub advice_call_112_first: &'static str,
    /// Always under the result: not a diagnosis, call when in doubt.
    pub not_a_diagnosis: &'static str,
    pub call_112: &'static str,
    pub call_1733: &'static str,
    /// The Dutch out-of-hours route: no national number, so where to find it.
    pub call_nl_post: &'static str,
    /// Waiting-room tablet: said first, the patient is in the practice.
    pub kiosk_call_now: &'static str,
    pub kiosk_soon: &'static str,
    /// Waiting-room hand-over: what the check gave, for the patient and the staff.
    pub handover_call_now: &'static str,
    pub handover_soon: &'static str,
    pub handover_ticked: &'static str,
    pub handover_none: &'static str,
    pub handover_not_done: &'static str,
}

pub struct Content {
    pub info_pages: &'static [InfoPage],
    pub alarm: AlarmTexts,
}

pub fn content(lang: Lang) -> &'static Content {
    match lang {
        Lang::Nl => &nl::CONTENT,
        Lang::En => &en::CONTENT,
    }
}

/// The alarm-check texts in a language (also inside `content(lang).alarm`).
pub fn alarm_texts(lang: Lang) -> &'static AlarmTexts {
    match lang {
        Lang::Nl => &nl::ALARM,
        Lang::En => &en::ALARM,
    }
}

impl Content {
    pub fn info_page(&self, slug: &str) -> Option<&InfoPage> {
        self.info_pages.iter().find(|p| p.slug == slug)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::alarm::ALARM_SIGNS;

    fn texts_of(page: &InfoPage) -> Vec<&'static str> {
        let mut all = vec![page.slug, page.title, page.summary];
        for block in page.blocks {
            match block {
                Block::Heading(s) | Block::Para(s) => all.push(s),
                Block::Bullets(items) => all.extend(items.iter().copied()),
            }
        }
        all.extend(page.sources.iter().copied());
        all
    }

    fn alarm_texts(a: &AlarmTexts) -> Vec<&'static str> {
        let mut all = vec![
            a.intro,
            a.emergency_heading,
            a.soon_heading,
            a.advice_call_now_title,
            a.advice_call_now,
            a.advice_soon_title,
            a.advice_soon,
            a.advice_none_title,
            a.advice_none,
            a.reassurance,
            a.none_of_these,
            a.none_of_these_hint,
            a.advice_not_answered_title,
            a.advice_not_answered,
            a.advice_call_112_first,
            a.not_a_diagnosis,
            a.call_112,
            a.call_1733,
            a.call_nl_post,
            a.kiosk_call_now,
            a.kiosk_soon,
            a.handover_call_now,
            a.handover_soon,
            a.handover_ticked,
            a.handover_none,
            a.handover_not_done,
        ];
        all.extend(a.signs.iter().map(|(_, text)| *text));
        all.extend(a.sources.iter().copied());
        all
    }

    #[test]
    fn every_language_has_every_info_page_in_order() {
        for lang in Lang::ALL {
            let slugs: Vec<&str> = content(lang).info_pages.iter().map(|p| p.slug).collect();
            assert_eq!(slugs, INFO_SLUGS, "{lang:?}");
            for page in content(lang).info_pages {
                assert!(!page.blocks.is_empty(), "{lang:?} {}", page.slug);
                assert!(
                    !page.sources.is_empty(),
                    "{lang:?} {}: every page names its source",
                    page.slug
                );
                assert!(
                    page.sources.iter().any(|s| s.contains("NHG")),
                    "{lang:?} {}",
                    page.slug
                );
            }
        }
    }

    #[test]
    fn alarm_signs_match_the_domain_list() {
        for lang in Lang::ALL {
            let ids: Vec<&str> = content(lang).alarm.signs.iter().map(|(id, _)| *id).collect();
            let domain: Vec<&str> = ALARM_SIGNS.iter().map(|s| s.id).collect();
            assert_eq!(ids, domain, "{lang:?}");
        }
    }

    #[test]
    fn texts_are_calm_plain_and_never_markup() {
        for lang in Lang::ALL {
            let c = content(lang);
            let mut all = alarm_texts(&c.alarm);
            for page in c.info_pages {
                all.extend(texts_of(page));
            }
            for s in all {
                assert!(!s.trim().is_empty(), "{lang:?}: empty text");
                assert!(!s.contains('!'), "{lang:?}: calm wording, no '!': {s}");
                assert!(!s.contains('<') && !s.contains('>'), "{lang:?}: no markup: {s}");
            }
        }
    }

    #[test]
    fn call_now_gives_the_dutch_and_the_belgian_route() {
        // CONTENT §5 routes: 112; NL huisartsenpost; BE 1733 (not in the seeds: see nl.rs).
        for lang in Lang::ALL {
            let a = &content(lang).alarm;
            for needle in ["112", "1733", "huisartsenpost"] {
                assert!(a.advice_call_now.contains(needle), "{lang:?}: {needle}");
            }
            assert!(a.call_112.contains("112"), "{lang:?}");
            assert!(a.call_1733.contains("1733"), "{lang:?}");
            assert!(a.call_nl_post.contains("huisartsenpost"), "{lang:?}");
            assert!(a.advice_call_112_first.contains("112"), "{lang:?}");
        }
    }

    fn sign_text(lang: Lang, id: &str) -> &'static str {
        content(lang)
            .alarm
            .signs
            .iter()
            .find(|(sign, _)| *sign == id)
            .map(|(_, text)| *text)
            .unwrap_or_default()
    }

    #[test]
    fn sign_texts_carry_the_conditions_of_the_seed() {
        for lang in Lang::ALL {
            let (months, tablets, injections, inhalers, belly, older) = match lang {
                Lang::Nl => ("3 maanden", "tabletten", "injecties", "puffers", "buik", "40"),
                Lang::En => ("3 months", "tablets", "injections", "inhalers", "belly", "40"),
            };
            // NHG:L640-645: before 45, more than 3 months, almost daily.
            let young = sign_text(lang, "young_onset_morning_stiffness");
            assert!(
                young.contains("45") && young.contains(months),
                "{lang:?}: {young}"
            );
            assert!(
                !young.contains("20"),
                "{lang:?}: onset before 20 is a sign of its own"
            );
            // NHG:L651.
            assert!(sign_text(lang, "onset_before_20").contains("20"), "{lang:?}");
            // NHG:L637: long-term corticosteroids, as tablets or injections.
            let steroids = sign_text(lang, "steroids_osteoporosis").to_lowercase();
            for needle in [tablets, injections, inhalers] {
                assert!(steroids.contains(needle), "{lang:?}: {needle} in {steroids}");
            }
            // NHG:L341-351: back or belly; age over 40 named as more urgent.
            let aneurysm = sign_text(lang, "sudden_severe_pain");
            assert!(aneurysm.contains(belly) && aneurysm.contains(older), "{lang:?}");
            // NHG:L362-363: < 3 days, < 14 days with anticoagulants.
            let procedure = sign_text(lang, "after_back_procedure");
            assert!(procedure.contains('3') && procedure.contains("14"), "{lang:?}");
        }
    }

    #[test]
    fn the_waiting_room_says_tell_the_desk() {
        for lang in Lang::ALL {
            let a = &content(lang).alarm;
            let desk = match lang {
                Lang::Nl => "assistent",
                Lang::En => "assistant",
            };
            for text in [a.kiosk_call_now, a.kiosk_soon, a.handover_call_now] {
                assert!(text.contains(desk), "{lang:?}: {text}");
            }
        }
    }

    #[test]
    fn the_reassurance_is_only_the_one_sign_sentence() {
        // It is shown only where the domain allows it; the disclaimer stays apart.
        for lang in Lang::ALL {
            let a = &content(lang).alarm;
            assert!(!a.not_a_diagnosis.contains(a.reassurance), "{lang:?}");
            assert!(!a.advice_not_answered.contains(a.reassurance), "{lang:?}");
            assert!(!a.advice_none.contains(a.reassurance), "{lang:?}");
        }
    }
}
