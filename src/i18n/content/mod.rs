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
    pub signs: [(&'static str, &'static str); 12],
    pub advice_call_now_title: &'static str,
    pub advice_call_now: &'static str,
    pub advice_soon_title: &'static str,
    pub advice_soon: &'static str,
    pub advice_none_title: &'static str,
    pub advice_none: &'static str,
    /// That one sign is common and rarely serious, and this is not a diagnosis.
    pub reassurance: &'static str,
    pub sources: &'static [&'static str],
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
    fn emergency_advice_names_112() {
        for lang in Lang::ALL {
            assert!(content(lang).alarm.advice_call_now.contains("112"), "{lang:?}");
        }
    }
}
