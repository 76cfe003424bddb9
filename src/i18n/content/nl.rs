//! Nederlandse patiëntinformatie (B1) en teksten van de alarmcheck, volgens de NHG-Standaard.

use super::{AlarmTexts, Block, Content, InfoPage};

const NHG: &str = "NHG-Standaard Aspecifieke lagerugpijn (2017)";
const KNGF: &str = "KNGF-richtlijn Lage rugpijn en LRS (2021)";

pub const CONTENT: Content = Content {
    info_pages: &[
        InfoPage {
            slug: "what-is-it",
            title: "Wat is lage rugpijn?",
            summary: "Pijn onder in de rug zonder duidelijke oorzaak. Het komt vaak voor en gaat meestal vanzelf over.",
            blocks: &[
                Block::Para(
                    "U heeft pijn onder in uw rug, tussen uw onderste ribben en uw billen. Soms straalt de pijn uit naar uw been. Vaak is uw rug ook stijf.",
                ),
                Block::Heading("Waar komt het door?"),
                Block::Para(
                    "Meestal is niet precies bekend waardoor de pijn komt. De spieren, banden en botten in uw rug werken tijdelijk niet goed samen. Dat is niet te zien op een röntgenfoto.",
                ),
                Block::Para(
                    "Pijn als u beweegt of anders gaat zitten of staan, is niet erg. Het betekent niet dat er iets kapot gaat.",
                ),
                Block::Heading("Hoe gaat het verder?"),
                Block::Bullets(&[
                    "Rugpijn komt veel voor.",
                    "Meestal gaat de pijn binnen een paar weken vanzelf over.",
                    "Meer dan de helft van de mensen krijgt binnen een jaar opnieuw rugpijn. Ook dan gaat het meestal weer vanzelf over.",
                ]),
            ],
            sources: &[NHG],
        },
        InfoPage {
            slug: "what-helps",
            title: "Wat helpt bij lage rugpijn?",
            summary: "Blijf bewegen en doe uw gewone dingen, ook uw werk. In bed blijven helpt niet.",
            blocks: &[
                Block::Heading("Blijf bewegen"),
                Block::Para(
                    "Blijf in beweging en ga door met wat u elke dag doet, ook met uw werk. Dat helpt om sneller te herstellen.",
                ),
                Block::Para(
                    "In bed blijven helpt niet. Heeft u veel pijn? Rust dan een paar dagen af en toe een paar uur. Pak daarna stap voor stap uw gewone dingen weer op, ook als het nog veel pijn doet.",
                ),
                Block::Heading("Een foto of scan is niet nodig"),
                Block::Para(
                    "Een röntgenfoto, CT-scan of MRI-scan is bij deze rugpijn niet zinvol. Wat op een foto te zien is, past vaak niet bij de klachten. Ook mensen zonder rugpijn hebben vaak kleine afwijkingen. En een foto verandert niets aan de behandeling.",
                ),
                Block::Heading("Informatie en een plan"),
                Block::Para(
                    "Uitleg alleen verandert weinig. Het helpt meer om samen met uw huisarts of fysiotherapeut een plan te maken om uw activiteiten stap voor stap uit te breiden.",
                ),
            ],
            sources: &[NHG, "Minerva: individuele patiëntenvoorlichting bij lage rugpijn"],
        },
        InfoPage {
            slug: "build-up",
            title: "Stap voor stap meer doen, op vaste dagen",
            summary: "U spreekt vooraf af wanneer u wat doet, en niet: 'als de pijn het toelaat'.",
            blocks: &[
                Block::Para(
                    "Gaat het na een paar weken nog niet beter? Dan kunt u samen met uw huisarts of fysiotherapeut een plan maken. In het plan staat wat u elke dag doet en op welke dagen u iets meer gaat doen.",
                ),
                Block::Heading("Vaste dagen, niet de pijn bepaalt"),
                Block::Para(
                    "U bouwt op volgens de afgesproken dagen, ook als het nog pijn doet. U wacht dus niet tot de pijn over is. Pijn bij bewegen betekent niet dat er schade ontstaat.",
                ),
                Block::Heading("Voorbeelden"),
                Block::Bullets(&[
                    "Wel: 'Blijf bewegen en breid uw activiteiten in ongeveer veertien dagen uit naar normaal.' Niet: 'Probeer te lopen als de pijn het toelaat.'",
                    "Wel: 'Ga na ongeveer een week weer aan het werk.' Niet: 'Ga weer aan het werk zodra de pijn het toelaat.'",
                    "Wel: 'Kom na ongeveer drie weken terug, tenzij u dan weer normaal functioneert.' Niet: 'Als het niet gaat, komt u terug.'",
                ]),
                Block::Heading("Zo werkt het plan"),
                Block::Bullets(&[
                    "U kiest samen activiteiten die voor u belangrijk zijn, zoals wandelen, zitten of werken.",
                    "U begint iets onder wat u nu kunt.",
                    "Op vaste dagen doet u een beetje meer, tot u weer op uw gewone niveau bent.",
                    "Het plan verandert niet door pijn. Alleen samen met uw zorgverlener past u het plan aan.",
                ]),
            ],
            sources: &[NHG, KNGF],
        },
        InfoPage {
            slug: "pain-medication",
            title: "Pijnstillers",
            summary: "Pijnstillers helpen weinig. Ze kunnen wel helpen om in beweging te blijven.",
            blocks: &[
                Block::Para(
                    "Pijnstillers helpen bij deze rugpijn waarschijnlijk maar weinig. Ze kunnen u wel helpen om in beweging te blijven en uw gewone dingen te doen.",
                ),
                Block::Para(
                    "Paracetamol kunt u op vaste tijden nemen of alleen als u pijn heeft. Beide werken even goed. Merkt u na een paar dagen geen effect? Stop dan met de paracetamol.",
                ),
                Block::Para(
                    "Andere pijnstillers, zoals ibuprofen of diclofenac, werken waarschijnlijk niet beter dan paracetamol en geven meer kans op bijwerkingen. Overleg daarover met uw huisarts of apotheek.",
                ),
            ],
            sources: &[NHG],
        },
        InfoPage {
            slug: "work",
            title: "Rugpijn en werk",
            summary: "Blijf werken als het kan. Heeft uw werk met de rugpijn te maken of bent u thuis? Neem contact op met de bedrijfsarts.",
            blocks: &[
                Block::Para("Blijf zo veel mogelijk werken. Bezig blijven helpt bij het herstel."),
                Block::Para(
                    "Bent u gestopt met werken? Spreek dan af wanneer u weer begint, bijvoorbeeld na ongeveer een week, en niet 'zodra de pijn het toelaat'.",
                ),
                Block::Para(
                    "Heeft uw rugpijn misschien met uw werk te maken, of bent u niet aan het werk door uw rug? Neem dan contact op met de bedrijfsarts, als u dat nog niet gedaan heeft.",
                ),
            ],
            sources: &[NHG],
        },
        InfoPage {
            slug: "when-to-call",
            title: "Wanneer neemt u contact op met de huisarts?",
            summary: "Bij alarmsignalen meteen. En ook als het niet beter gaat.",
            blocks: &[
                Block::Heading("Meteen bellen (112 of de huisartsenpost)"),
                Block::Bullets(&[
                    "Plotseling heel erge pijn die niet verandert als u beweegt, samen met duizeligheid, zweten of het gevoel flauw te vallen.",
                    "U kunt uw plas of ontlasting niet meer ophouden, of u kunt niet plassen.",
                    "U voelt minder of niets tussen uw benen of rond uw billen.",
                    "Uw been wordt snel zwakker of gevoellozer.",
                    "Meer pijn of een doof gevoel kort na een operatie of prik in uw rug.",
                ]),
                Block::Heading("Binnen een paar dagen bellen"),
                Block::Para(
                    "Bijvoorbeeld als u ooit kanker heeft gehad, afvalt zonder dat u dat wilt, koorts heeft, of als de pijn altijd blijft en 's nachts erger is. Controleer de alarmsignalen voor de hele lijst.",
                ),
                Block::Heading("Ook contact opnemen als"),
                Block::Bullets(&[
                    "de pijn of de beperkingen snel erger worden;",
                    "u na ongeveer een week nog steeds heel veel pijn heeft;",
                    "u na ongeveer drie weken nog niet weer normaal kunt doen.",
                ]),
            ],
            sources: &[NHG],
        },
    ],
    alarm: AlarmTexts {
        intro: "Rugpijn is bijna nooit gevaarlijk. Met deze lijst kunt u nagaan of u met spoed hulp nodig heeft.",
        emergency_heading: "Heeft u een van deze klachten?",
        soon_heading: "Past een van deze dingen bij u?",
        signs: [
            (
                "sudden_severe_pain_faint",
                "Plotseling heel erge pijn die niet verandert als u beweegt of anders gaat liggen, samen met duizeligheid, zweten of het gevoel flauw te vallen. Vooral als u ouder bent dan 40, of als u een verwijding van de grote lichaamsslagader in de buik heeft.",
            ),
            (
                "bladder_bowel",
                "U kunt uw plas of ontlasting niet meer ophouden, of u kunt niet plassen.",
            ),
            (
                "saddle_numbness",
                "U voelt minder of niets tussen uw benen of rond uw billen (het gebied waar u op een fietszadel zit).",
            ),
            (
                "leg_weakness_worsening",
                "Uw been wordt snel zwakker of gevoellozer.",
            ),
            (
                "after_back_procedure",
                "U heeft meer pijn of een doof gevoel kort na een operatie of een prik (injectie) in uw rug.",
            ),
            ("cancer_history", "U heeft ooit kanker gehad."),
            ("weight_loss", "U valt af zonder dat u dat wilt."),
            (
                "fever_night_sweats",
                "U heeft koorts, koude rillingen of u zweet 's nachts veel.",
            ),
            (
                "constant_night_pain",
                "De pijn is er altijd, verandert niet als u anders gaat zitten of liggen, of is 's nachts erger.",
            ),
            ("fall_or_accident", "De pijn begon na een val of een ongeluk."),
            (
                "steroids_osteoporosis",
                "U gebruikt al lang prednison (of een ander corticosteroïd), of u heeft botontkalking (osteoporose).",
            ),
            (
                "young_onset_morning_stiffness",
                "De rugpijn begon voor uw 20e. Of de pijn begon voor uw 45e en uw rug is 's ochtends stijf, wat beter wordt als u beweegt.",
            ),
        ],
        advice_call_now_title: "Bel nu 112 of de huisartsenpost",
        advice_call_now: "Bel direct. Overdag belt u uw huisarts, 's avonds en in het weekend de huisartsenpost. Bij plotselinge heel erge pijn met duizeligheid of flauwvallen belt u 112. Zeg welke klachten u heeft.",
        advice_soon_title: "Neem binnen een paar dagen contact op met uw huisarts",
        advice_soon: "Maak een afspraak met uw huisarts. Vertel wat u hier heeft aangevinkt. Het is geen spoed, maar de huisarts wil u wel zien.",
        advice_none_title: "Geen alarmsignalen aangevinkt",
        advice_none: "Blijf bewegen en doe uw gewone dingen. Krijgt u toch een van deze klachten? Kijk dan opnieuw. Lees ook wat helpt bij lage rugpijn.",
        reassurance: "Eén signaal alleen komt vaak voor en is meestal niet ernstig. Deze check is geen diagnose. Twijfelt u? Bel uw huisarts.",
        sources: &[NHG, KNGF],
    },
};
