//! The plan builder: clinician and patient set up (or revise) the plan together. Every change
//! shows the computed schedule at once; saving adds a dated revision and keeps the old ones.

use super::plan::{ScheduleTable, StopRule};
use crate::domain::activity_plan::{
    Activity, ActivityUnit, Baseline, BaselineDay, DEFAULT_START_PERCENT, Milestones, PlanError,
    PlanRevision, parse_amount, plan_date_window,
};
use crate::domain::date::LocalDate;
use crate::domain::id::EntryId;
use crate::store::clock;
use crate::ui::components::text::tr;
use crate::ui::state::use_state;
use leptos::prelude::*;

/// Defaults the clinician can change (CONTENT.md §4): goal about 14 days out, a step every 2 days.
const DEFAULT_PLAN_DAYS: i64 = 14;
const DEFAULT_INTERVAL_DAYS: u16 = 2;
const MAX_ACTIVITIES: usize = 5;
const MAX_BASELINE_DAYS: usize = 7;
const UNITS: [ActivityUnit; 4] = [
    ActivityUnit::Minutes,
    ActivityUnit::Metres,
    ActivityUnit::Repetitions,
    ActivityUnit::TimesPerDay,
];

fn unit_code(u: ActivityUnit) -> &'static str {
    match u {
        ActivityUnit::Minutes => "minutes",
        ActivityUnit::Metres => "metres",
        ActivityUnit::Repetitions => "repetitions",
        ActivityUnit::TimesPerDay => "times_per_day",
    }
}

/// Which input an error belongs to, so it is shown (and announced) right there.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Name,
    Baseline,
    StartPercent,
    Goal,
    StartDate,
    GoalDate,
    Interval,
    Whole,
}

/// The editable form of one activity: text as typed, parsed only to build an [`Activity`].
#[derive(Clone, Copy)]
struct ActivityForm {
    key: usize,
    id: StoredValue<EntryId>,
    name: RwSignal<String>,
    unit: RwSignal<ActivityUnit>,
    measured: RwSignal<bool>,
    baseline: RwSignal<String>,
    days: RwSignal<Vec<(String, String)>>,
    start_percent: RwSignal<String>,
    goal: RwSignal<String>,
    start_date: RwSignal<String>,
    goal_date: RwSignal<String>,
    interval: RwSignal<String>,
}

impl ActivityForm {
    fn blank(key: usize, today: LocalDate) -> Self {
        let goal_date = today.add_days(DEFAULT_PLAN_DAYS).unwrap_or(today);
        Self {
            key,
            id: StoredValue::new(clock::new_id()),
            name: RwSignal::new(String::new()),
            unit: RwSignal::new(ActivityUnit::Minutes),
            measured: RwSignal::new(false),
            baseline: RwSignal::new(String::new()),
            days: RwSignal::new(
                (1..=3)
                    .map(|n| {
                        (
                            today.add_days(-n).map(|d| d.to_string()).unwrap_or_default(),
                            String::new(),
                        )
                    })
                    .rev()
                    .collect(),
            ),
            start_percent: RwSignal::new(DEFAULT_START_PERCENT.to_string()),
            goal: RwSignal::new(String::new()),
            start_date: RwSignal::new(today.to_string()),
            goal_date: RwSignal::new(goal_date.to_string()),
            interval: RwSignal::new(DEFAULT_INTERVAL_DAYS.to_string()),
        }
    }

    fn from_activity(key: usize, a: &Activity) -> Self {
        let (measured, baseline, days) = match &a.baseline {
            Baseline::Entered { value } => (false, value.to_string(), Vec::new()),
            Baseline::Measured { days } => (
                true,
                String::new(),
                days.iter()
                    .map(|d| (d.date.to_string(), d.value.to_string()))
                    .collect(),
            ),
        };
        Self {
            key,
            id: StoredValue::new(a.id.clone()),
            name: RwSignal::new(a.name.clone()),
            unit: RwSignal::new(a.unit),
            measured: RwSignal::new(measured),
            baseline: RwSignal::new(baseline),
            days: RwSignal::new(days),
            start_percent: RwSignal::new(a.start_percent.to_string()),
            goal: RwSignal::new(a.goal.to_string()),
            start_date: RwSignal::new(a.start_date.to_string()),
            goal_date: RwSignal::new(a.goal_date.to_string()),
            interval: RwSignal::new(a.step_interval_days.to_string()),
        }
    }

    /// The activity, or the first problem and the field it belongs to.
    fn build(&self) -> Result<Activity, (Field, PlanError)> {
        let amount = |s: RwSignal<String>, f: Field| parse_amount(&s.get()).map_err(|e| (f, e));
        let date = |s: RwSignal<String>, f: Field| typed_date(&s.get()).map_err(|e| (f, e));
        let name = self.name.get().trim().to_owned();
        let baseline = if self.measured.get() {
            let mut days = Vec::new();
            for (d, v) in self.days.get() {
                if d.trim().is_empty() && v.trim().is_empty() {
                    continue;
                }
                let date = typed_date(&d).map_err(|e| (Field::Baseline, e))?;
                let value = parse_amount(&v).map_err(|e| (Field::Baseline, e))?;
                days.push(BaselineDay { date, value });
            }
            Baseline::Measured { days }
        } else {
            Baseline::Entered {
                value: amount(self.baseline, Field::Baseline)?,
            }
        };
        let percent = amount(self.start_percent, Field::StartPercent)?;
        let interval = amount(self.interval, Field::Interval)?;
        let activity = Activity {
            id: self.id.get_value(),
            name,
            unit: self.unit.get(),
            baseline,
            start_percent: u8::try_from(percent).unwrap_or(u8::MAX),
            goal: amount(self.goal, Field::Goal)?,
            start_date: date(self.start_date, Field::StartDate)?,
            goal_date: date(self.goal_date, Field::GoalDate)?,
            step_interval_days: u16::try_from(interval).unwrap_or(u16::MAX),
        };
        // The rules for a plan made now, start below the baseline included (CONTENT.md §4).
        activity.validate_new().map_err(|e| {
            let field = match e {
                PlanError::NameEmpty | PlanError::NameTooLong { .. } => Field::Name,
                PlanError::TooFewBaselineDays { .. }
                | PlanError::DuplicateBaselineDay(_)
                | PlanError::ZeroBaselineDay(_)
                | PlanError::ZeroBaseline => Field::Baseline,
                PlanError::StartPercentOutOfRange(_) | PlanError::StartNotBelowBaseline { .. } => {
                    Field::StartPercent
                }
                PlanError::ZeroGoal | PlanError::GoalNotAboveStart { .. } => Field::Goal,
                PlanError::GoalDateNotAfterStart | PlanError::PlanTooLong { .. } => Field::GoalDate,
                PlanError::IntervalOutOfRange(_) => Field::Interval,
                _ => Field::Whole,
            };
            (field, e)
        })?;
        Ok(activity)
    }
}

/// A typed plan date: a real date within two years of today (issue 15: a typed year "26" must
/// not become year 0026).
fn typed_date(s: &str) -> Result<LocalDate, PlanError> {
    let date = LocalDate::parse(s).map_err(|_| PlanError::DateOutOfRange)?;
    if plan_date_window(clock::today()).contains(&date) {
        Ok(date)
    } else {
        Err(PlanError::DateTooFarFromToday(date))
    }
}

/// `min` and `max` of every plan date input, so the browser's date picker offers only dates
/// within [`plan_date_window`].
fn date_bounds() -> (String, String) {
    let window = plan_date_window(clock::today());
    (window.start().to_string(), window.end().to_string())
}

fn optional_date(s: &str) -> Result<Option<LocalDate>, ()> {
    if s.trim().is_empty() {
        Ok(None)
    } else {
        typed_date(s).map(Some).map_err(|_| ())
    }
}

#[component]
pub fn PlanBuilder(base: Option<PlanRevision>, on_done: Callback<bool>) -> impl IntoView {
    let state = use_state();
    let today = clock::today();
    let is_revision = base.is_some();
    let next_key = StoredValue::new(0usize);
    let new_key = move || {
        let k = next_key.get_value();
        next_key.set_value(k + 1);
        k
    };
    let initial: Vec<ActivityForm> = match &base {
        Some(rev) => rev
            .activities
            .iter()
            .map(|a| ActivityForm::from_activity(new_key(), a))
            .collect(),
        None => vec![ActivityForm::blank(new_key(), today)],
    };
    let forms = RwSignal::new(initial);
    let milestones = base
        .as_ref()
        .map(|r| r.milestones.clone())
        .unwrap_or_else(|| Milestones::nhg_defaults(today));
    let back_to_work = RwSignal::new(milestones.back_to_work.map(|d| d.to_string()).unwrap_or_default());
    let control_visit = RwSignal::new(
        milestones
            .control_visit
            .map(|d| d.to_string())
            .unwrap_or_default(),
    );
    let note = RwSignal::new(String::new());
    let valid_from = RwSignal::new(today.to_string());
    let show_errors = RwSignal::new(false);
    let save_error = RwSignal::new(None::<String>);

    let save = move |_| {
        let built: Result<Vec<Activity>, _> = forms.get_untracked().iter().map(|f| f.build()).collect();
        let dates = (
            typed_date(&valid_from.get_untracked()),
            optional_date(&back_to_work.get_untracked()),
            optional_date(&control_visit.get_untracked()),
        );
        let (Ok(activities), (Ok(valid), Ok(work), Ok(visit))) = (built, dates) else {
            show_errors.set(true);
            save_error.set(Some(state.t().page().builder_fix_first.to_owned()));
            return;
        };
        let note_text = note.get_untracked().trim().to_owned();
        let revision = PlanRevision {
            id: clock::new_id(),
            created_at: clock::now(),
            valid_from: valid,
            activities,
            milestones: Milestones {
                back_to_work: work,
                control_visit: visit,
            },
            note: (!note_text.is_empty()).then_some(note_text),
        };
        let mut result = Ok(());
        state.update(|r| result = r.plan.add_revision(revision));
        match result {
            Ok(()) => on_done.run(true),
            Err(e) => save_error.set(Some((state.t().plan_error)(&e))),
        }
    };

    view! {
        <section class="card builder" aria-labelledby="builder-title">
            <h2 id="builder-title">
                {move || if is_revision { state.t().page().builder_title_change } else { state.t().page().builder_title_new }}
            </h2>
            <p>{tr(|t| t.page().builder_intro)}</p>
            <p class="hint">{tr(|t| t.page().builder_defaults_note)}</p>
            <datalist id="activity-suggestions">
                {move || state.t().page().builder_suggestions.iter().map(|s| view! { <option value=*s></option> }).collect_view()}
            </datalist>
            <For each=move || forms.get() key=|f| f.key let:form>
                <ActivityFields
                    form=form
                    number=Signal::derive(move || forms.with(|fs| fs.iter().position(|f| f.key == form.key).unwrap_or(0) + 1))
                    show_errors=show_errors
                    can_remove=Signal::derive(move || forms.with(|fs| fs.len() > 1))
                    on_remove=Callback::new(move |_| forms.update(|fs| fs.retain(|f| f.key != form.key)))
                />
            </For>
            <Show when=move || forms.with(|fs| fs.len() < MAX_ACTIVITIES)>
                <button
                    type="button"
                    class="button"
                    on:click=move |_| {
                        let form = ActivityForm::blank(new_key(), today);
                        forms.update(|fs| fs.push(form));
                    }
                >
                    {tr(|t| t.page().builder_add_activity)}
                </button>
            </Show>
            <fieldset class="subcard">
                <legend>{tr(|t| t.plan_milestones_title)}</legend>
                <DateField label=|t| t.page().builder_back_to_work value=back_to_work />
                <DateField label=|t| t.page().builder_control_visit value=control_visit />
                <label class="field">
                    <span>{tr(|t| t.page().builder_note)}</span>
                    <textarea maxlength="500" prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev))></textarea>
                </label>
                {is_revision.then(|| view! { <DateField label=|t| t.page().builder_valid_from value=valid_from /> })}
            </fieldset>
            <StopRule />
            <p class="error" role="alert">{move || save_error.get()}</p>
            <div class="button-row">
                <button type="button" class="button button-primary" on:click=save>{tr(|t| t.page().builder_save)}</button>
                <button type="button" class="button-quiet" on:click=move |_| on_done.run(false)>{tr(|t| t.cancel)}</button>
            </div>
        </section>
    }
}

#[component]
fn DateField(label: crate::ui::components::text::TextOf, value: RwSignal<String>) -> impl IntoView {
    view! {
        <label class="field">
            <span>{tr(label)}</span>
            <input type="date" min=date_bounds().0 max=date_bounds().1 prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
        </label>
    }
}

#[component]
fn ActivityFields(
    form: ActivityForm,
    number: Signal<usize>,
    show_errors: RwSignal<bool>,
    can_remove: Signal<bool>,
    on_remove: Callback<()>,
) -> impl IntoView {
    let state = use_state();
    let result = Memo::new(move |_| form.build().map_err(|(f, e)| (f, (state.t().plan_error)(&e))));
    // An error shows once the field was touched or the patient tried to save.
    let touched = RwSignal::new(false);
    let error_for = move |field: Field| {
        move || {
            (touched.get() || show_errors.get())
                .then(|| {
                    result
                        .get()
                        .err()
                        .filter(|(f, _)| *f == field)
                        .map(|(_, msg)| msg)
                })
                .flatten()
        }
    };
    let key = form.key;
    let text_input = move |label: crate::ui::components::text::TextOf,
                           value: RwSignal<String>,
                           field: Field,
                           suffix: &str| {
        let id = format!("act-{key}-{suffix}");
        let err_id = format!("{id}-error");
        let err = error_for(field);
        view! {
            <label class="field" for=id.clone()>
                <span>{tr(label)}</span>
            </label>
            <input
                id=id
                type="text"
                inputmode="numeric"
                autocomplete="off"
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
                on:blur=move |_| touched.set(true)
                aria-invalid=move || err().is_some().then_some("true")
                aria-describedby=err_id.clone()
            />
            <p class="error" id=err_id>{err}</p>
        }
    };
    let name_id = format!("act-{}-name", form.key);
    let name_err = error_for(Field::Name);
    let baseline_err = error_for(Field::Baseline);
    let whole_err = error_for(Field::Whole);
    let goal_date_err = error_for(Field::GoalDate);
    let start_date_err = error_for(Field::StartDate);

    view! {
        <fieldset class="subcard activity-form" data-testid="activity-form">
            <legend>{move || (state.t().page().builder_activity)(number.get())}</legend>
            <label class="field" for=name_id.clone()>
                <span>{tr(|t| t.page().builder_name)}</span>
            </label>
            <input
                id=name_id
                type="text"
                list="activity-suggestions"
                maxlength="80"
                autocomplete="off"
                prop:value=move || form.name.get()
                on:input=move |ev| form.name.set(event_target_value(&ev))
                on:blur=move |_| touched.set(true)
                aria-invalid=move || name_err().is_some().then_some("true")
            />
            <p class="error">{name_err}</p>
            <label class="field">
                <span>{tr(|t| t.page().builder_unit)}</span>
                <select
                    prop:value=move || unit_code(form.unit.get())
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if let Some(u) = UNITS.into_iter().find(|u| unit_code(*u) == v) {
                            form.unit.set(u);
                        }
                    }
                >
                    {move || {
                        UNITS
                            .into_iter()
                            .map(|u| view! { <option value=unit_code(u)>{(state.t().unit_name)(u)}</option> })
                            .collect_view()
                    }}
                </select>
            </label>
            <fieldset class="baseline">
                <legend>{tr(|t| t.page().builder_baseline_kind)}</legend>
                <label class="check">
                    <input
                        type="radio"
                        name=format!("act-{}-bk", form.key)
                        prop:checked=move || !form.measured.get()
                        on:change=move |_| form.measured.set(false)
                    />
                    <span>{tr(|t| t.page().builder_baseline_entered)}</span>
                </label>
                <label class="check">
                    <input
                        type="radio"
                        name=format!("act-{}-bk", form.key)
                        prop:checked=move || form.measured.get()
                        on:change=move |_| form.measured.set(true)
                    />
                    <span>{tr(|t| t.page().builder_baseline_measured)}</span>
                </label>
                <Show
                    when=move || form.measured.get()
                    fallback=move || text_input(|t| t.page().builder_baseline_value, form.baseline, Field::Baseline, "baseline")
                >
                    <For each=move || 0..form.days.with(Vec::len) key=|i| *i let:i>
                        <div class="day-row">
                            <label class="field">
                                <span>{move || (state.t().page().builder_baseline_day)(i + 1)}</span>
                                <input
                                    type="date"
                                    min=date_bounds().0
                                    max=date_bounds().1
                                    prop:value=move || form.days.with(|d| d.get(i).map(|x| x.0.clone()).unwrap_or_default())
                                    on:input=move |ev| {
                                        let v = event_target_value(&ev);
                                        form.days.update(|d| if let Some(x) = d.get_mut(i) { x.0 = v });
                                    }
                                />
                            </label>
                            <label class="field">
                                <span>{move || (state.t().unit_name)(form.unit.get())}</span>
                                <input
                                    type="text"
                                    inputmode="numeric"
                                    prop:value=move || form.days.with(|d| d.get(i).map(|x| x.1.clone()).unwrap_or_default())
                                    on:input=move |ev| {
                                        let v = event_target_value(&ev);
                                        form.days.update(|d| if let Some(x) = d.get_mut(i) { x.1 = v });
                                    }
                                    on:blur=move |_| touched.set(true)
                                />
                            </label>
                        </div>
                    </For>
                    <Show when=move || form.days.with(|d| d.len() < MAX_BASELINE_DAYS)>
                        <button
                            type="button"
                            class="button-quiet"
                            on:click=move |_| form.days.update(|d| d.push((String::new(), String::new())))
                        >
                            "+ "{move || (state.t().page().builder_baseline_day)(form.days.with(Vec::len) + 1)}
                        </button>
                    </Show>
                    <p class="error">{baseline_err}</p>
                </Show>
            </fieldset>
            {text_input(|t| t.page().builder_start_percent, form.start_percent, Field::StartPercent, "percent")}
            {text_input(|t| t.page().builder_goal, form.goal, Field::Goal, "goal")}
            <div class="day-row">
                <label class="field">
                    <span>{tr(|t| t.page().builder_start_date)}</span>
                    <input type="date" min=date_bounds().0 max=date_bounds().1 prop:value=move || form.start_date.get() on:input=move |ev| form.start_date.set(event_target_value(&ev)) />
                    <span class="error">{start_date_err}</span>
                </label>
                <label class="field">
                    <span>{tr(|t| t.page().builder_goal_date)}</span>
                    <input type="date" min=date_bounds().0 max=date_bounds().1 prop:value=move || form.goal_date.get() on:input=move |ev| form.goal_date.set(event_target_value(&ev)) />
                    <span class="error">{goal_date_err}</span>
                </label>
            </div>
            {text_input(|t| t.page().builder_interval, form.interval, Field::Interval, "interval")}
            <p class="error">{whole_err}</p>
            {move || {
                result
                    .get()
                    .ok()
                    .map(|activity| {
                        let t = state.t();
                        // A warning, not a refusal (domain: `Schedule::large_steps`).
                        let warnings = activity
                            .schedule()
                            .map(|s| s.large_steps())
                            .unwrap_or_default()
                            .into_iter()
                            .map(|s| {
                                let text = (t.page().builder_large_step)(
                                    &t.date(s.date),
                                    &(t.unit_amount)(activity.unit, s.from),
                                    &(t.unit_amount)(activity.unit, s.to),
                                );
                                view! { <p class="notice notice-warning" data-testid="large-step">{text}</p> }
                            })
                            .collect_view();
                        view! {
                            <div class="preview" aria-live="polite">
                                <p><strong>{t.page().builder_preview}</strong></p>
                                {warnings}
                                <ScheduleTable activity=activity today=None />
                            </div>
                        }
                    })
            }}
            <Show when=move || can_remove.get()>
                <button type="button" class="button-quiet" on:click=move |_| on_remove.run(())>
                    {tr(|t| t.page().builder_remove_activity)}
                </button>
            </Show>
        </fieldset>
    }
}
