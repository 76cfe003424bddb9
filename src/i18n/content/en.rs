//! English patient information and alarm self-check texts, following the Dutch NHG standard.

use super::{AlarmTexts, Block, Content, InfoPage};

const NHG: &str =
    "NHG-Standaard Aspecifieke lagerugpijn (2017), the Dutch GP guideline on non-specific low back pain";
const KNGF: &str = "KNGF-richtlijn Lage rugpijn en lumbosacraal radiculair syndroom (2021), the Dutch physiotherapy guideline";
const MINERVA: &str = "Minerva review: individual patient education for low back pain";

pub const CONTENT: Content = Content {
    info_pages: &[
        InfoPage {
            slug: "what-is-it",
            title: "What is low back pain?",
            summary: "Pain in the lower back, usually without a clear cause. It is common and usually goes away by itself within a few weeks.",
            blocks: &[
                Block::Para(
                    "You have pain in your lower back, between your lowest ribs and your buttocks. The pain is often a dull ache. Your back may feel stiff, especially after rest. Sometimes you also feel pain in one or both thighs.",
                ),
                Block::Heading("What causes it?"),
                Block::Para(
                    "Usually the exact cause is not known. Most likely the muscles, ligaments and bones of your back are temporarily not working as well as usual. This does not show on an X-ray.",
                ),
                Block::Para(
                    "Does it hurt when you move or change position? That is not a bad sign. It does not mean that something is being damaged.",
                ),
                Block::Heading("What happens next?"),
                Block::Bullets(&[
                    "Back pain is very common.",
                    "It usually goes away by itself within a few weeks.",
                    "More than half of people get back pain again within a year. Then too, it often goes away by itself.",
                ]),
                Block::Para(
                    "This information is about back pain without warning signs. In doubt? Look at Warning signs in the menu.",
                ),
            ],
            sources: &[NHG],
        },
        InfoPage {
            slug: "what-helps",
            title: "What helps with low back pain?",
            summary: "Keep moving and carry on with your normal activities, including work. Staying in bed does not help.",
            blocks: &[
                Block::Heading("Keep moving"),
                Block::Para(
                    "Keep moving and carry on with what you do every day: your work, housework and hobbies. Do this even if you are in a lot of pain. It also helps to stop the back pain from lasting a long time.",
                ),
                Block::Heading("Rest only briefly, now and then"),
                Block::Para(
                    "Staying in bed does not help. Is the pain very bad? Then for a few days rest for a few hours now and then. After that, pick up your normal activities step by step, even if it still hurts a lot.",
                ),
                Block::Heading("An X-ray or scan is not needed"),
                Block::Para(
                    "An X-ray or MRI scan is not useful for this kind of back pain. What shows on a scan often does not match the pain you feel. And the result does not change the treatment.",
                ),
                // NHG:L203-213 (fear of pain and moving and worry about the course probably slow
                // recovery), NHG:L730-735 (extra attention for worried patients), NHG:L680-686.
                Block::Heading("Worry and fear of moving"),
                Block::Para(
                    "Many people with back pain worry. Or they are afraid that moving will damage their back. Worry and fear like this can slow down recovery. So talk about it with your GP or physiotherapist. Together you discuss how and when to pick up your activities again.",
                ),
                // NHG:L777-783: with chronic complaints (12 weeks or more, NHG:L224-227) the focus
                // moves to coping with the complaints and daily functioning; NHG:L904-907.
                Block::Heading("If the complaints last a long time"),
                Block::Para(
                    "Have you had back pain for three months or longer? Then the aim of treatment changes. It is less about making the pain go away completely. Above all, you learn to cope with the complaints. And you learn to do your normal activities as well as you can.",
                ),
                Block::Heading("Information and a plan"),
                Block::Para(
                    "Reading information on its own changes little. What matters is that you really keep moving. Finding that hard? Then make a plan with your GP or physiotherapist to do a little more step by step.",
                ),
            ],
            sources: &[NHG, MINERVA],
        },
        InfoPage {
            slug: "build-up",
            title: "Do more step by step, on fixed days",
            summary: "You agree beforehand when you will do what. The agreed days set the pace, not the pain.",
            blocks: &[
                Block::Para(
                    "Not getting better enough after about three to four weeks? Then you can make a plan with your GP or physiotherapist. The plan says how you build up your activities step by step, and on which day each step is.",
                ),
                Block::Heading("Fixed days, even if it hurts"),
                Block::Para(
                    "You take each step on the agreed day, even if it still hurts. So you do not wait until the pain has gone. Pain when moving does not mean that something is being damaged. The plan does not change because of pain. Want to change something in the plan? Do that together with your GP or physiotherapist.",
                ),
                Block::Heading("Examples"),
                Block::Bullets(&[
                    "Do: 'Keep moving and build your activities up to normal in about fourteen days.' Not: 'Try to walk when the pain allows it.'",
                    "Do: 'Go back to work after about a week.' Not: 'Go back to work as soon as the pain allows it or has gone.'",
                    "Do: 'You will see the physiotherapist three times. In that period you build up your activities with their help.' Not: 'You will see a therapist for treatment.'",
                    "Do: 'Come back after about three weeks, unless you are functioning normally again by then.' Not: 'If it does not work out, come back.'",
                ]),
                Block::Heading("How the plan works"),
                Block::Bullets(&[
                    "Together you choose activities that matter to you, such as walking, sitting, standing or working.",
                    "You start low and build up slowly.",
                    "On fixed days you do a little more, until you are back at your normal level on the agreed date.",
                    "Each day you see what to do that day. No more and no less, even if it hurts.",
                    "Not back at your normal level after about three weeks of the plan? Then ask your GP whether a physiotherapist or exercise therapist can guide you.",
                ]),
                // CONTENT.md §4 7a; KNGF:L3476-3478 and the 24-hour rule KNGF:L3749-3757.
                Block::Heading("When to stop"),
                Block::Para(
                    "Ordinary pain during or after the activity is no reason to stop. Do stop if you get new symptoms or if symptoms get worse. For example: a weak or numb leg, problems passing urine, or pain that is still increasing 24 hours after the activity. Then look at Warning signs in the menu. And contact your GP or physiotherapist.",
                ),
            ],
            sources: &[NHG, KNGF],
        },
        InfoPage {
            slug: "pain-medication",
            title: "Painkillers",
            summary: "Painkillers help only a little with low back pain. They can help you keep moving.",
            blocks: &[
                Block::Para(
                    "Painkillers probably help only a little with this kind of back pain. They can help you keep moving and do your normal activities.",
                ),
                Block::Heading("Paracetamol"),
                Block::Para(
                    "You can take paracetamol at fixed times of the day, or only when you are in pain. Both work equally well. Read the package leaflet.",
                ),
                // NHG:L5096-5098: no effect after a few days, stop paracetamol.
                Block::Para("No effect after a few days? Then stop taking paracetamol."),
                Block::Heading("Other painkillers"),
                Block::Para(
                    "Anti-inflammatory painkillers, such as ibuprofen or diclofenac, probably do not work better than paracetamol for back pain.",
                ),
                // NHG:L5100-5115 and L942-943: small benefit, risk of heart, blood vessel, stomach
                // and bowel side effects; not advised as standard.
                Block::Para(
                    "They can have side effects, for example on the heart and the stomach. That is why GPs usually do not advise them. Would you still like a different painkiller? Or does paracetamol not help? Then talk to your GP or pharmacist.",
                ),
            ],
            sources: &[NHG],
        },
        InfoPage {
            slug: "work",
            title: "Back pain and work",
            summary: "Keep working if you can, or go back to work soon. Might your work be involved, or are you off work because of your back? Then contact the occupational physician.",
            blocks: &[
                Block::Para(
                    "Keep working as much as you can. Work is one of the normal activities you carry on with. Keeping moving helps to stop the back pain from lasting a long time.",
                ),
                Block::Para(
                    "Have you stopped working? Then agree a fixed date to start again, for example after about a week. Do not wait until the pain has gone.",
                ),
                Block::Heading("The occupational physician"),
                Block::Para(
                    "Not yet in touch with the occupational physician (in Dutch: bedrijfsarts; in Belgium: arbeidsarts)? Then contact them if:",
                ),
                Block::Bullets(&[
                    "your work might have to do with your back pain;",
                    "you are off work because of your back;",
                    "your back makes it hard to do your work;",
                    "your workplace might need to be adapted.",
                ]),
                Block::Para("Your GP can also contact the occupational physician, if you agree."),
            ],
            sources: &[NHG],
        },
        InfoPage {
            slug: "when-to-call",
            title: "When should you contact your GP?",
            summary: "Straight away if you have warning signs. And also if the pain gets much worse or does not get better.",
            blocks: &[
                // NHG:L338-370 "Spoed bij lagerugpijn": each sign counts on its own (CONTENT.md §5).
                // Routes as in the alarm check (1733: see `nl::ALARM`).
                Block::Heading(
                    "Call straight away: your GP, the GP out-of-hours service, 1733 (Belgium) or 112",
                ),
                Block::Para("In Belgium, call 1733 in the evening, at night and at the weekend."),
                Block::Bullets(&[
                    "Sudden, very severe pain in your back or belly. The pain does not change when you move or lie differently. Then call 112.",
                    "You cannot hold your urine or stools any more. Or you cannot pass urine.",
                    "You feel less or nothing between your legs or around your buttocks.",
                    "One or both legs become weak or numb, and this is new.",
                    "More pain, or a numb or weak feeling, shortly after an operation or injection in your back.",
                    "Very severe pain spreading into your leg, together with one of the symptoms above.",
                ]),
                Block::Heading("Contact your GP within a few days"),
                // NHG:L612-665 (Tabel 1), CONTENT.md §5; a leg-radiating pain alone: within days.
                Block::Para("For example if:"),
                Block::Bullets(&[
                    "you have ever had cancer;",
                    "you are losing weight without trying;",
                    "you have a fever or heavy night sweats;",
                    "the pain is always there, or worse at night;",
                    "you have very severe pain that spreads into a leg.",
                ]),
                Block::Para(
                    "The full list is under Warning signs in the menu. There you can check for yourself what applies to you.",
                ),
                Block::Heading("Also get in touch if things do not get better"),
                Block::Bullets(&[
                    "The pain, or what you cannot do, gets much worse.",
                    "You still have severe pain after about a week.",
                    "You still cannot do your normal activities after about three weeks.",
                ]),
                Block::Para(
                    "Have you agreed a date with your GP to come back? Then come back on that date. You do not need to if everything is back to normal by then.",
                ),
            ],
            sources: &[NHG],
        },
    ],
    alarm: ALARM,
};

/// The alarm check on its own, so the first download can hold it without the information pages.
/// Sources and routes as in `nl.rs` (1733: FOD Volksgezondheid / Healthy Belgium, cited there).
pub const ALARM: AlarmTexts = AlarmTexts {
    intro: "With this check you can see whether you have symptoms for which you should call a doctor soon. It is a tool for yourself, not an examination by a doctor.",
    emergency_heading: "Do you have any of these symptoms? Then call straight away.",
    soon_heading: "Does any of this apply to you? Then contact your GP within a few days.",
    signs: [
        (
            "sudden_severe_pain",
            "You suddenly have very severe pain in your back or belly. The pain does not change when you move or lie differently. It is even more urgent if you also feel dizzy, sweat or feel faint. Or if you are over 40. Or if you know that the main artery in your belly is widened (aneurysm).",
        ),
        (
            "bladder_bowel",
            "You cannot hold your urine or stools any more. Or you need to pass urine, but you cannot.",
        ),
        (
            "saddle_numbness",
            "You feel less or nothing between your legs or around your buttocks (the area you sit on when riding a bicycle).",
        ),
        (
            "leg_weakness_numbness",
            "You have recently got less strength or less feeling in one leg or in both legs.",
        ),
        (
            "after_back_procedure",
            "You recently had an operation or an injection in your back. Now you have more pain, or a numb or weak feeling. Recently means: in the last 3 days. Do you take blood thinners? Then it means: in the last 14 days.",
        ),
        (
            "severe_leg_pain",
            "You have very severe pain that spreads from your back into your leg.",
        ),
        ("cancer_history", "You have ever had cancer."),
        ("weight_loss", "You are losing weight without trying."),
        (
            "fever_night_sweats",
            "You have a fever or chills, or you sweat heavily at night.",
        ),
        (
            "constant_night_pain",
            "The pain is always there, even when you sit, stand or lie differently. Or the pain is worse at night.",
        ),
        (
            "fall_or_accident",
            "The pain started right after a bad fall or an accident.",
        ),
        (
            "steroids_osteoporosis",
            "You have been taking tablets or injections of prednisone or another corticosteroid for a long time. Inhalers and creams do not count. Or you have thin bones (osteoporosis).",
        ),
        ("onset_before_20", "Your back pain started before you were 20."),
        (
            "young_onset_morning_stiffness",
            "Your back pain started before you were 45. You have had back pain almost every day for more than 3 months. And your back is stiff in the morning and gets better when you move.",
        ),
    ],
    advice_call_now_title: "Call a doctor straight away",
    advice_call_now: "Do not wait. During the day, call your own GP and say it is urgent. In the evening, at night and at weekends: in the Netherlands, call the huisartsenpost (GP out-of-hours service). In Belgium, call 1733 (the GP on duty). Are you dizzy, sweating or feeling faint? Then call 112. Say that you have back pain and name what you ticked here.",
    advice_soon_title: "Contact your GP within a few days",
    advice_soon: "Call your GP for an appointment. Say which points you ticked here. Then your GP can judge what is needed. If your symptoms suddenly get much worse, or you get a symptom from the first group, call straight away.",
    advice_none_title: "No warning signs ticked",
    advice_none: "You chose: none of these apply to me. Keep moving and carry on with your normal activities. Read under Information what helps with low back pain. If you get one of these symptoms later, do the check again.",
    reassurance: "Many people with back pain recognise one point from the second group. One such point on its own is usually not serious.",
    sources: &[NHG, KNGF, "FPS Public Health (Belgium): 1733, the GP on duty"],
    none_of_these: "None of these apply to me",
    none_of_these_hint: "You can only choose this if you have not ticked anything.",
    advice_not_answered_title: "Not answered yet",
    advice_not_answered: "Tick what applies to you. Does nothing apply? Then choose below the list: None of these apply to me.",
    advice_call_112_first: "Do you have sudden, very severe pain in your back or belly? Then call 112 straight away.",
    not_a_diagnosis: "This check is not a diagnosis. In doubt, or worried? Then call your GP.",
    call_112: "Call 112 (ambulance)",
    call_1733: "Belgium: call 1733 (GP on duty)",
    call_nl_post: "Netherlands: call the huisartsenpost (GP out-of-hours service). The number is on your GP's website. Or call your GP: outside opening hours, the recorded message gives the number.",
    kiosk_call_now: "Tell the assistant at the desk now.",
    kiosk_soon: "Tell the assistant at the desk which points you ticked.",
    handover_call_now: "Urgent: you ticked a symptom for which you need a doctor straight away. Tell the assistant at the desk now.",
    handover_soon: "You ticked a point. Contact your GP about it within a few days. Tell the assistant too.",
    handover_ticked: "Ticked:",
    handover_none: "Warning signs checked: none of these apply to you.",
    handover_not_done: "Warning signs: not checked.",
};
