//! English patient information and alarm self-check texts, following the Dutch NHG standard.

use super::{AlarmTexts, Block, Content, InfoPage};

const NHG: &str =
    "NHG-Standaard Aspecifieke lagerugpijn (Dutch GP guideline on non-specific low back pain, 2017)";
const KNGF: &str = "KNGF guideline Low back pain and lumbosacral radicular syndrome (2021)";

pub const CONTENT: Content = Content {
    info_pages: &[
        InfoPage {
            slug: "what-is-it",
            title: "What is low back pain?",
            summary: "Pain in the lower back without a clear cause. It is common and usually goes away by itself.",
            blocks: &[
                Block::Para(
                    "You have pain in your lower back, between your lowest ribs and your buttocks. Sometimes the pain spreads to your leg. Your back often feels stiff too.",
                ),
                Block::Heading("What causes it?"),
                Block::Para(
                    "Usually the exact cause is not known. The muscles, ligaments and bones of your back are temporarily not working well together. This does not show on an X-ray.",
                ),
                Block::Para(
                    "Pain when you move or change position is not a bad sign. It does not mean that something is being damaged.",
                ),
                Block::Heading("What happens next?"),
                Block::Bullets(&[
                    "Back pain is very common.",
                    "It usually goes away by itself within a few weeks.",
                    "More than half of people get back pain again within a year. Then too it usually goes away by itself.",
                ]),
            ],
            sources: &[NHG],
        },
        InfoPage {
            slug: "what-helps",
            title: "What helps with low back pain?",
            summary: "Keep moving and carry on with your daily activities, including work. Staying in bed does not help.",
            blocks: &[
                Block::Heading("Keep moving"),
                Block::Para(
                    "Keep moving and carry on with what you do every day, including your work. This helps you recover sooner.",
                ),
                Block::Para(
                    "Staying in bed does not help. If the pain is very bad, rest for a few hours now and then for a few days. Then pick up your normal activities step by step, even if it still hurts a lot.",
                ),
                Block::Heading("An X-ray or scan is not needed"),
                Block::Para(
                    "An X-ray, CT scan or MRI scan is not useful for this kind of back pain. What shows on a scan often does not match the complaints. People without back pain often have small changes too. And a scan does not change the treatment.",
                ),
                Block::Heading("Information and a plan"),
                Block::Para(
                    "Information on its own changes little. It helps more to make a plan with your GP or physiotherapist to build up your activities step by step.",
                ),
            ],
            sources: &[
                NHG,
                "Minerva review: individual patient education for low back pain",
            ],
        },
        InfoPage {
            slug: "build-up",
            title: "Do more step by step, on fixed days",
            summary: "You agree beforehand when you will do what, not 'when the pain allows it'.",
            blocks: &[
                Block::Para(
                    "Not better after a few weeks? Then you can make a plan with your GP or physiotherapist. The plan says what you do each day and on which days you will do a little more.",
                ),
                Block::Heading("Fixed days, not the pain, decide"),
                Block::Para(
                    "You build up on the agreed days, even if it still hurts. So you do not wait until the pain has gone. Pain when moving does not mean damage.",
                ),
                Block::Heading("Examples"),
                Block::Bullets(&[
                    "Do say: 'Keep moving and build your activities up to normal in about fourteen days.' Not: 'Try to walk when the pain allows it.'",
                    "Do say: 'Go back to work after about a week.' Not: 'Go back to work as soon as the pain allows it.'",
                    "Do say: 'Come back after about three weeks, unless you are functioning normally again by then.' Not: 'If it does not work out, come back.'",
                ]),
                Block::Heading("How the plan works"),
                Block::Bullets(&[
                    "Together you choose activities that matter to you, such as walking, sitting or working.",
                    "You start a little below what you can do now.",
                    "On fixed days you do a little more, until you are back at your normal level.",
                    "The plan does not change because of pain. Only together with your clinician do you change the plan.",
                ]),
            ],
            sources: &[NHG, KNGF],
        },
        InfoPage {
            slug: "pain-medication",
            title: "Painkillers",
            summary: "Painkillers help little. They can help you keep moving.",
            blocks: &[
                Block::Para(
                    "Painkillers probably help only a little with this kind of back pain. They can help you keep moving and do your normal things.",
                ),
                Block::Para(
                    "You can take paracetamol at fixed times or only when you are in pain. Both work equally well. No effect after a few days? Then stop the paracetamol.",
                ),
                Block::Para(
                    "Other painkillers, such as ibuprofen or diclofenac, probably do not work better than paracetamol and carry more risk of side effects. Talk about this with your GP or pharmacist.",
                ),
            ],
            sources: &[NHG],
        },
        InfoPage {
            slug: "work",
            title: "Back pain and work",
            summary: "Keep working if you can. Is your work involved, or are you off work? Contact the occupational physician.",
            blocks: &[
                Block::Para("Keep working as much as you can. Staying active helps you recover."),
                Block::Para(
                    "Have you stopped working? Then agree when you will start again, for example after about a week, and not 'as soon as the pain allows it'.",
                ),
                Block::Para(
                    "Might your back pain have to do with your work, or are you off work because of your back? Then contact the occupational physician (in Dutch: bedrijfsarts), if you have not done so yet.",
                ),
            ],
            sources: &[NHG],
        },
        InfoPage {
            slug: "when-to-call",
            title: "When should you contact your GP?",
            summary: "Straight away with warning signs. And also when things do not get better.",
            blocks: &[
                Block::Heading("Call straight away (112 or the GP out-of-hours service)"),
                Block::Bullets(&[
                    "Sudden, very severe pain that does not change when you move, together with dizziness, sweating or feeling faint.",
                    "You cannot hold your urine or stools any more, or you cannot pass urine.",
                    "You feel less or nothing between your legs or around your buttocks.",
                    "Your leg is quickly getting weaker or more numb.",
                    "More pain or numbness shortly after an operation or injection in your back.",
                ]),
                Block::Heading("Call within a few days"),
                Block::Para(
                    "For example if you have ever had cancer, are losing weight without trying, have a fever, or if the pain is always there and worse at night. Check the warning signs for the full list.",
                ),
                Block::Heading("Also get in touch if"),
                Block::Bullets(&[
                    "the pain or the limitations quickly get worse;",
                    "you still have very bad pain after about a week;",
                    "you cannot do your normal things again after about three weeks.",
                ]),
            ],
            sources: &[NHG],
        },
    ],
    alarm: AlarmTexts {
        intro: "Back pain is hardly ever dangerous. With this list you can check whether you need urgent help.",
        emergency_heading: "Do you have any of these symptoms?",
        soon_heading: "Does any of this apply to you?",
        signs: [
            (
                "sudden_severe_pain_faint",
                "Sudden, very severe pain that does not change when you move or change position, together with dizziness, sweating or feeling faint. Especially if you are over 40, or if you have a widened main artery in the belly (abdominal aortic aneurysm).",
            ),
            (
                "bladder_bowel",
                "You cannot hold your urine or stools any more, or you cannot pass urine.",
            ),
            (
                "saddle_numbness",
                "You feel less or nothing between your legs or around your buttocks (where you sit on a bicycle saddle).",
            ),
            (
                "leg_weakness_worsening",
                "Your leg is quickly getting weaker or more numb.",
            ),
            (
                "after_back_procedure",
                "You have more pain or numbness shortly after an operation or an injection in your back.",
            ),
            ("cancer_history", "You have ever had cancer."),
            ("weight_loss", "You are losing weight without trying."),
            (
                "fever_night_sweats",
                "You have a fever, chills, or heavy sweating at night.",
            ),
            (
                "constant_night_pain",
                "The pain is always there, does not change when you change position, or is worse at night.",
            ),
            (
                "fall_or_accident",
                "The pain started after a fall or an accident.",
            ),
            (
                "steroids_osteoporosis",
                "You have taken prednisone (or another corticosteroid) for a long time, or you have thin bones (osteoporosis).",
            ),
            (
                "young_onset_morning_stiffness",
                "The back pain started before you were 20. Or it started before you were 45 and your back is stiff in the morning, which gets better when you move.",
            ),
        ],
        advice_call_now_title: "Call 112 or the GP out-of-hours service now",
        advice_call_now: "Call straight away. During the day call your GP; in the evening and at weekends the GP out-of-hours service. With sudden very severe pain and dizziness or fainting, call 112. Say which symptoms you have.",
        advice_soon_title: "Contact your GP within a few days",
        advice_soon: "Make an appointment with your GP. Say what you ticked here. It is not an emergency, but your GP does want to see you.",
        advice_none_title: "No warning signs ticked",
        advice_none: "Keep moving and do your normal things. If you do get one of these symptoms, check again. Also read what helps with low back pain.",
        reassurance: "One sign on its own is common and usually not serious. This check is not a diagnosis. In doubt? Call your GP.",
        sources: &[NHG, KNGF],
    },
};
