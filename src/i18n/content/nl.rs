//! Nederlandse patiëntinformatie (B1) en de teksten van de alarmcheck, volgens de NHG-Standaard.

use super::{AlarmTexts, Block, Content, InfoPage};

const NHG: &str = "NHG-Standaard Aspecifieke lagerugpijn (2017)";
const KNGF: &str = "KNGF-richtlijn Lage rugpijn en lumbosacraal radiculair syndroom (2021)";
const MINERVA: &str = "Minerva: Individuele educatie voor patiënten met lagerugpijn";

pub const CONTENT: Content = Content {
    info_pages: &[
        InfoPage {
            slug: "what-is-it",
            title: "Wat is lage rugpijn?",
            summary: "Pijn onder in de rug waarvan de oorzaak meestal niet precies bekend is. Het komt veel voor en gaat meestal binnen een paar weken vanzelf over.",
            blocks: &[
                Block::Para(
                    "U heeft pijn onder in uw rug, tussen uw onderste ribben en uw billen. De pijn is vaak zeurend. Uw rug kan stijf zijn, vooral na rust. Soms voelt u ook pijn in een of beide bovenbenen.",
                ),
                Block::Heading("Waar komt het door?"),
                Block::Para(
                    "Meestal is niet precies bekend waar de pijn door komt. Waarschijnlijk werken de spieren, banden en botten in uw rug tijdelijk minder goed. Dat is niet te zien op een röntgenfoto.",
                ),
                Block::Para(
                    "Doet het pijn als u beweegt of anders gaat zitten of staan? Dat is niet erg. Het betekent niet dat er iets beschadigd raakt.",
                ),
                Block::Heading("Hoe gaat het verder?"),
                Block::Bullets(&[
                    "Rugpijn komt veel voor.",
                    "Meestal gaat de pijn binnen een paar weken vanzelf over.",
                    "Meer dan de helft van de mensen krijgt binnen een jaar opnieuw rugpijn. Ook dan gaat de pijn vaak weer vanzelf over.",
                ]),
                Block::Para(
                    "Deze informatie gaat over rugpijn zonder alarmsignalen. Twijfelt u? Kijk dan bij Alarmsignalen in het menu.",
                ),
            ],
            sources: &[NHG],
        },
        InfoPage {
            slug: "what-helps",
            title: "Wat helpt bij lage rugpijn?",
            summary: "Blijf bewegen en ga door met uw gewone dingen, ook met uw werk. In bed blijven helpt niet.",
            blocks: &[
                Block::Heading("Blijf in beweging"),
                Block::Para(
                    "Blijf bewegen en ga door met wat u elke dag doet: uw werk, het huishouden en uw hobby's. Doe dat ook als u veel pijn heeft. Dat helpt ook om te voorkomen dat de rugpijn lang blijft.",
                ),
                Block::Heading("Rust alleen kort en af en toe"),
                Block::Para(
                    "In bed blijven helpt niet. Heeft u erge pijn? Rust dan een paar dagen af en toe een paar uur. Pak daarna stap voor stap uw gewone dingen weer op, ook als het nog veel pijn doet.",
                ),
                Block::Heading("Een foto of scan is niet nodig"),
                Block::Para(
                    "Een röntgenfoto of MRI-scan is bij deze rugpijn niet zinvol. Wat op een foto te zien is, past vaak niet bij de pijn die u voelt. En de uitslag verandert niets aan de behandeling.",
                ),
                // NHG:L203-213: angst voor pijn en bewegen en ongerustheid over het beloop
                // belemmeren waarschijnlijk het herstel. NHG:L730-735: extra aandacht voor wie erg
                // ongerust is; NHG:L680-686: bewegingsangst bespreken, begeleiding door een fysio- of
                // oefentherapeut.
                Block::Heading("Zorgen en angst om te bewegen"),
                Block::Para(
                    "Veel mensen met rugpijn maken zich zorgen. Of ze zijn bang dat bewegen hun rug beschadigt. Zulke zorgen en angst kunnen het herstel vertragen. Praat er daarom over met uw huisarts of fysiotherapeut. Samen bespreekt u hoe en wanneer u uw activiteiten weer oppakt.",
                ),
                // NHG:L777-783: bij chronische klachten (12 weken of langer, NHG:L224-227) ligt de
                // nadruk op het omgaan met de klachten en het dagelijks functioneren, niet op het
                // verdwijnen van de pijn; NHG:L904-907.
                Block::Heading("Als de klachten lang blijven"),
                Block::Para(
                    "Heeft u al drie maanden of langer rugpijn? Dan verandert het doel van de behandeling. Het gaat er dan minder om dat de pijn helemaal weggaat. U leert vooral omgaan met de klachten. En u leert zo goed mogelijk uw gewone dingen te doen.",
                ),
                Block::Heading("Informatie en een plan"),
                Block::Para(
                    "Alleen informatie lezen verandert weinig. Het gaat erom dat u ook echt in beweging blijft. Lukt dat niet goed? Maak dan samen met uw huisarts of fysiotherapeut een plan om stap voor stap meer te doen.",
                ),
            ],
            sources: &[NHG, MINERVA],
        },
        InfoPage {
            slug: "build-up",
            title: "Stap voor stap meer doen, op vaste dagen",
            summary: "U spreekt vooraf af wanneer u wat doet. Niet de pijn bepaalt het tempo, maar de afgesproken dagen.",
            blocks: &[
                Block::Para(
                    "Gaat het na ongeveer drie tot vier weken nog niet genoeg beter? Dan kunt u samen met uw huisarts of fysiotherapeut een plan maken. In het plan staat hoe u uw activiteiten stap voor stap uitbreidt, en op welke dag elke stap is.",
                ),
                Block::Heading("Vaste dagen, ook als het pijn doet"),
                Block::Para(
                    "U zet elke stap op de afgesproken dag, ook als het nog pijn doet. U wacht dus niet tot de pijn weg is. Pijn bij bewegen betekent niet dat er iets beschadigd raakt. Het plan verandert niet door pijn. Wilt u iets aan het plan veranderen? Doe dat samen met uw huisarts of fysiotherapeut.",
                ),
                Block::Heading("Voorbeelden"),
                Block::Bullets(&[
                    "Wel: 'Blijf bewegen en breid uw activiteiten in ongeveer veertien dagen uit tot normaal.' Niet: 'Probeer te lopen als de pijn het toelaat.'",
                    "Wel: 'Ga na ongeveer een week weer aan het werk.' Niet: 'Ga aan het werk zodra de pijn het toelaat of over is.'",
                    "Wel: 'U gaat drie keer naar de fysiotherapeut. In die tijd bouwt u met hulp van de fysiotherapeut uw activiteiten op.' Niet: 'U gaat voor behandeling naar een therapeut.'",
                    "Wel: 'Kom na ongeveer drie weken terug, tenzij u dan weer normaal functioneert.' Niet: 'Als het niet gaat, komt u terug.'",
                ]),
                Block::Heading("Zo werkt het plan"),
                Block::Bullets(&[
                    "U kiest samen activiteiten die voor u belangrijk zijn, zoals wandelen, zitten, staan of werken.",
                    "U begint rustig en bouwt langzaam op.",
                    "Op vaste dagen doet u iets meer, tot u op de afgesproken datum weer op uw gewone niveau bent.",
                    "Elke dag ziet u wat u die dag doet. Niet meer en niet minder, ook als het pijn doet.",
                    "Bent u na ongeveer drie weken met het plan nog niet terug op uw gewone niveau? Bespreek dan met uw huisarts: kan een fysiotherapeut of oefentherapeut u begeleiden?",
                ]),
                // CONTENT.md §4 7a; KNGF:L3476-3478 (nieuwe of verslechterende symptomen: stoppen en
                // contact met een arts) and the 24-hour rule KNGF:L3749-3757.
                Block::Heading("Wanneer stoppen?"),
                Block::Para(
                    "Gewone pijn tijdens of na het bewegen is geen reden om te stoppen. Stop wel als u nieuwe klachten krijgt of als klachten erger worden. Bijvoorbeeld: een zwak of doof been, problemen met plassen, of pijn die 24 uur na het bewegen nog steeds toeneemt. Kijk dan bij Alarmsignalen in het menu. En neem contact op met uw huisarts of fysiotherapeut.",
                ),
            ],
            sources: &[NHG, KNGF],
        },
        InfoPage {
            slug: "pain-medication",
            title: "Pijnstillers",
            summary: "Pijnstillers helpen bij lage rugpijn maar weinig. Ze kunnen u wel helpen om in beweging te blijven.",
            blocks: &[
                Block::Para(
                    "Pijnstillers werken bij deze rugpijn waarschijnlijk maar een beetje. Ze kunnen u wel helpen om in beweging te blijven en uw gewone dingen te doen.",
                ),
                Block::Heading("Paracetamol"),
                Block::Para(
                    "U kunt paracetamol op vaste tijden van de dag nemen, of alleen als u pijn heeft. Beide werken even goed. Lees de bijsluiter.",
                ),
                // NHG:L5096-5098: geen effect na een paar dagen, dan stoppen met paracetamol.
                Block::Para("Merkt u na een paar dagen geen effect? Stop dan met paracetamol."),
                Block::Heading("Andere pijnstillers"),
                Block::Para(
                    "Ontstekingsremmende pijnstillers, zoals ibuprofen of diclofenac, werken bij rugpijn waarschijnlijk niet beter dan paracetamol.",
                ),
                // NHG:L5100-5115 and L942-943: small benefit, risk of side effects on the heart and
                // blood vessels and on the stomach and bowel; not advised as standard.
                Block::Para(
                    "Ze kunnen wel bijwerkingen geven, bijvoorbeeld aan het hart en de maag. Daarom raadt de huisarts ze meestal niet aan. Wilt u toch een andere pijnstiller? Of helpt paracetamol niet? Overleg dan met uw huisarts of apotheker.",
                ),
            ],
            sources: &[NHG],
        },
        InfoPage {
            slug: "work",
            title: "Rugpijn en werk",
            summary: "Blijf werken als dat kan, of ga snel weer aan het werk. Heeft uw werk met de rugpijn te maken, of werkt u niet door uw rug? Neem dan contact op met de bedrijfsarts.",
            blocks: &[
                Block::Para(
                    "Blijf zo veel mogelijk werken. Werk hoort bij de gewone dingen waarmee u doorgaat. In beweging blijven helpt om te voorkomen dat de rugpijn lang blijft.",
                ),
                Block::Para(
                    "Bent u gestopt met werken? Spreek dan een vaste datum af om weer te beginnen, bijvoorbeeld na ongeveer een week. Wacht niet tot de pijn over is.",
                ),
                Block::Heading("De bedrijfsarts"),
                Block::Para(
                    "Heeft u nog geen contact gehad met de bedrijfsarts (in België: de arbeidsarts)? Neem dan contact op als:",
                ),
                Block::Bullets(&[
                    "uw werk misschien met uw rugpijn te maken heeft;",
                    "u niet werkt door uw rug;",
                    "uw rug het moeilijk maakt om uw werk te doen;",
                    "uw werkplek misschien aangepast moet worden.",
                ]),
                Block::Para(
                    "Uw huisarts kan ook zelf contact opnemen met de bedrijfsarts, als u dat goed vindt.",
                ),
            ],
            sources: &[NHG],
        },
        InfoPage {
            slug: "when-to-call",
            title: "Wanneer neemt u contact op met de huisarts?",
            summary: "Bij alarmsignalen meteen. En ook als de pijn veel erger wordt of als het niet beter gaat.",
            blocks: &[
                // NHG:L338-370 "Spoed bij lagerugpijn": each sign counts on its own (CONTENT.md §5).
                // Routes as in the alarm check (1733: see `ALARM` below).
                Block::Heading("Bel direct: uw huisarts, de huisartsenpost, 1733 (België) of 112"),
                Block::Para("In België belt u 's avonds, 's nachts en in het weekend 1733."),
                Block::Bullets(&[
                    "Plotseling heel erge pijn in uw rug of buik. De pijn verandert niet als u beweegt of anders gaat liggen. Bel dan 112.",
                    "U kunt uw plas of ontlasting niet meer ophouden. Of u kunt niet plassen.",
                    "U voelt minder of niets tussen uw benen of rond uw billen.",
                    "Een of beide benen worden zwak of doof, en dat is nieuw.",
                    "Meer pijn of een doof of zwak gevoel kort na een operatie of prik in uw rug.",
                    "Heel erge pijn die naar uw been uitstraalt, samen met een van de klachten hierboven.",
                ]),
                Block::Heading("Neem binnen een paar dagen contact op"),
                // NHG:L612-665 (Tabel 1), CONTENT.md §5; a leg-radiating pain alone: within days.
                Block::Para("Bijvoorbeeld als:"),
                Block::Bullets(&[
                    "u ooit kanker heeft gehad;",
                    "u afvalt zonder dat u dat wilt;",
                    "u koorts heeft of 's nachts erg zweet;",
                    "de pijn er altijd is, of 's nachts erger is;",
                    "u heel erge pijn heeft die uitstraalt naar een been.",
                ]),
                Block::Para(
                    "De hele lijst staat bij Alarmsignalen in het menu. Daar kunt u zelf nagaan wat bij u past.",
                ),
                Block::Heading("Ook contact opnemen als het niet beter gaat"),
                Block::Bullets(&[
                    "De pijn of wat u niet meer kunt, wordt veel erger.",
                    "U heeft na ongeveer een week nog steeds erge pijn.",
                    "U kunt na ongeveer drie weken uw gewone dingen nog niet weer doen.",
                ]),
                Block::Para(
                    "Heeft u met uw huisarts een datum afgesproken om terug te komen? Kom dan op die datum terug. Dat hoeft niet als alles dan weer gewoon gaat.",
                ),
            ],
            sources: &[NHG],
        },
    ],
    alarm: ALARM,
};

/// The alarm check on its own, so the first download can hold it without the information pages.
///
/// Sign texts follow NHG:L338-370 (Spoed bij lagerugpijn) and Tabel 1 (NHG:L612-665); the line
/// per sign is in `domain::alarm::ALARM_SIGNS`. Routes (CONTENT §5): 112; in the Netherlands the
/// huisartsenpost (no national number: the practice's website or voicemail gives it); in Belgium
/// 1733 for the huisarts van wacht. 1733 is not in the seeds. Source: FOD Volksgezondheid
/// (Belgian federal public service Health), "Franstalige campagne over het wachtnummer 1733",
/// https://www.health.belgium.be/nl/news/franstalige-campagne-over-het-wachtnummer-1733, and
/// Healthy Belgium, "Het nummer 1733",
/// https://www.gezondbelgie.be/nl/blikvanger-gezondheidszorg/dringende-medische-en-psychosociale-hulpverlening/organisatie/het-nummer-1733
/// (the central number for the GP on duty in the evening, at night, at weekends and on holidays;
/// "bel 112 als je dringende medische hulp zoekt").
pub const ALARM: AlarmTexts = AlarmTexts {
    intro: "Met deze check kunt u nagaan of u klachten heeft waarbij u snel een arts moet bellen. Het is een hulpmiddel voor uzelf en geen onderzoek door een arts.",
    emergency_heading: "Heeft u een van deze klachten? Bel dan direct.",
    soon_heading: "Past een van deze punten bij u? Neem dan binnen een paar dagen contact op met uw huisarts.",
    signs: [
        (
            "sudden_severe_pain",
            "U heeft plotseling heel erge pijn in uw rug of buik. De pijn verandert niet als u beweegt of anders gaat liggen. Het is nog dringender als u ook duizelig bent, zweet of zich flauw voelt. Of als u ouder bent dan 40. Of als u weet dat uw grote buikslagader wijder is (aneurysma).",
        ),
        (
            "bladder_bowel",
            "U kunt uw plas of ontlasting niet meer ophouden. Of u moet plassen, maar het lukt niet.",
        ),
        (
            "saddle_numbness",
            "U voelt minder of niets tussen uw benen of rond uw billen (het gebied waar u op een fietszadel zit).",
        ),
        (
            "leg_weakness_numbness",
            "U heeft sinds kort minder kracht of minder gevoel in een been of in beide benen.",
        ),
        (
            "after_back_procedure",
            "Kort geleden had u een operatie of een prik (injectie) in uw rug. Nu heeft u meer pijn, of een doof of zwak gevoel. Kort geleden is: in de afgelopen 3 dagen. Gebruikt u bloedverdunners? Dan is het: in de afgelopen 14 dagen.",
        ),
        (
            "severe_leg_pain",
            "U heeft heel erge pijn die van uw rug naar uw been uitstraalt.",
        ),
        ("cancer_history", "U heeft ooit kanker gehad."),
        ("weight_loss", "U valt af zonder dat u dat wilt."),
        (
            "fever_night_sweats",
            "U heeft koorts of koude rillingen, of u zweet 's nachts erg.",
        ),
        (
            "constant_night_pain",
            "De pijn is er altijd, ook als u anders gaat zitten, staan of liggen. Of de pijn is 's nachts erger.",
        ),
        (
            "fall_or_accident",
            "De pijn begon direct na een flinke val of een ongeluk.",
        ),
        (
            "steroids_osteoporosis",
            "U gebruikt al lang tabletten of injecties met prednison of een ander corticosteroïd. Puffers en zalf tellen niet mee. Of u heeft botontkalking (osteoporose).",
        ),
        ("onset_before_20", "Uw rugpijn begon voor uw 20e."),
        (
            "young_onset_morning_stiffness",
            "Uw rugpijn begon voor uw 45e. U heeft al meer dan 3 maanden bijna elke dag rugpijn. En uw rug is 's ochtends stijf en wordt beter als u beweegt.",
        ),
    ],
    advice_call_now_title: "Bel direct een arts",
    advice_call_now: "Wacht niet af. Overdag belt u uw eigen huisarts en zegt u dat het spoed is. 's Avonds, 's nachts en in het weekend belt u in Nederland de huisartsenpost. In België belt u dan 1733, de huisarts van wacht. Bent u duizelig, zweet u of voelt u zich flauw? Bel dan 112. Zeg dat u rugpijn heeft en noem wat u hier heeft aangevinkt.",
    advice_soon_title: "Neem binnen een paar dagen contact op met uw huisarts",
    advice_soon: "Bel uw huisarts voor een afspraak. Zeg welke punten u hier heeft aangevinkt. Dan kan de huisarts beoordelen wat nodig is. Worden uw klachten ineens veel erger, of krijgt u een klacht uit het eerste blok? Bel dan direct.",
    advice_none_title: "Geen alarmsignalen aangevinkt",
    advice_none: "U heeft gekozen: niets hiervan past bij mij. Blijf bewegen en ga door met uw gewone dingen. Lees bij Informatie wat helpt bij lage rugpijn. Krijgt u later een van deze klachten? Doe de check dan opnieuw.",
    reassurance: "Veel mensen met rugpijn herkennen zich in één punt uit het tweede blok. Eén zo'n punt alleen is meestal niet ernstig.",
    sources: &[
        NHG,
        KNGF,
        "FOD Volksgezondheid: 1733, de huisarts van wacht in België",
    ],
    none_of_these: "Niets hiervan past bij mij",
    none_of_these_hint: "Dit kunt u alleen kiezen als u niets heeft aangevinkt.",
    advice_not_answered_title: "Nog geen antwoord",
    advice_not_answered: "Vink aan wat bij u past. Past niets bij u? Kies dan onder de lijst: Niets hiervan past bij mij.",
    advice_call_112_first: "Heeft u plotseling heel erge pijn in uw rug of buik? Bel dan meteen 112.",
    not_a_diagnosis: "Deze check is geen diagnose. Twijfelt u of maakt u zich zorgen? Bel dan uw huisarts.",
    call_112: "Bel 112 (ambulance)",
    call_1733: "België: bel 1733 (huisarts van wacht)",
    call_nl_post: "Nederland: bel de huisartsenpost. Het nummer staat op de website van uw huisarts. Of bel uw huisarts: buiten de openingstijden hoort u het nummer op het bandje.",
    kiosk_call_now: "Zeg het nu direct tegen de assistent aan de balie.",
    kiosk_soon: "Zeg tegen de assistent aan de balie welke punten u heeft aangevinkt.",
    handover_call_now: "Spoed: u heeft een klacht aangevinkt waarbij u direct een arts nodig heeft. Zeg het nu tegen de assistent aan de balie.",
    handover_soon: "U heeft een punt aangevinkt. Neem daarover binnen een paar dagen contact op met uw huisarts. Zeg het ook tegen de assistent.",
    handover_ticked: "Aangevinkt:",
    handover_none: "Alarmsignalen nagekeken: niets hiervan past bij u.",
    handover_not_done: "Alarmsignalen: niet nagekeken.",
};
