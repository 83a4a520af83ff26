//! The join form's controls. Each has a visible `<label for>`, its `name`
//! is its payload key, and its error (when any) is tied to it by
//! `aria-describedby`, next to the hint.

use leptos::{either::EitherOf3, prelude::*};

use crate::{
    content,
    join::{
        questions::{questions, Control, Question},
        validate::FieldError,
        Answers, Field,
    },
    lang::Lang,
    site::use_site,
};

/// What every control reads and writes, provided by the form.
#[derive(Clone, Copy)]
pub struct FormState {
    /// The form's language: its words, and the language its messages are said in.
    pub lang: Lang,
    pub answers: RwSignal<Answers>,
    pub errors: RwSignal<Vec<FieldError>>,
}

impl FormState {
    pub fn error_for(&self, field: Field) -> Option<String> {
        self.errors.with(|errs| {
            errs.iter()
                .find(|e| e.field == field)
                .map(|e| e.message.clone())
        })
    }

    /// Editing a field withdraws its error: the summary stays until the next send.
    fn edit(&self, field: Field, f: impl FnOnce(&mut Answers)) {
        self.answers.update(f);
        if self
            .errors
            .with_untracked(|e| e.iter().any(|e| e.field == field))
        {
            self.errors.update(|errs| errs.retain(|e| e.field != field));
        }
    }

    fn invalid(&self, field: Field) -> impl Fn() -> Option<&'static str> + Copy + 'static {
        let state = *self;
        move || state.error_for(field).map(|_| "true")
    }

    fn described_by(&self, field: Field, has_hint: bool) -> impl Fn() -> Option<String> + 'static {
        let state = *self;
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id(field));
            }
            if state.error_for(field).is_some() {
                ids.push(error_id(field));
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    }
}

fn hint_id(field: Field) -> String {
    format!("{}-hint", field.input_id())
}

fn error_id(field: Field) -> String {
    format!("{}-error", field.input_id())
}

/// "(required)" or "(optional)" after a label, as the field's rule says.
#[component]
fn FieldFlag(field: Field) -> impl IntoView {
    let copy = content::join(expect_context::<FormState>().lang);
    let flag = if field.required() {
        copy.required
    } else {
        copy.optional
    };
    view! { <span class="field-flag">"(" {flag} ")"</span> }
}

#[component]
fn FieldMessages(field: Field, hint: Option<&'static str>) -> impl IntoView {
    let state = expect_context::<FormState>();
    view! {
        {hint.map(|h| view! { <p class="hint" id=hint_id(field)>{h}</p> })}
        {move || {
            state
                .error_for(field)
                .map(|m| view! { <p class="field-error" id=error_id(field)><span class="visually-hidden">{content::ui(state.lang).error_prefix}</span>{m}</p> })
        }}
    }
}

/// The fieldsets of text and choice questions.
pub fn question_fieldsets(lang: Lang) -> impl IntoView {
    questions(lang)
        .into_iter()
        .map(|(legend, questions)| {
            view! {
                <fieldset>
                    <legend>{legend}</legend>
                    {questions.into_iter().map(|q| view! { <QuestionField question=q /> }).collect_view()}
                </fieldset>
            }
        })
        .collect_view()
}

/// A question's label, hint, error and control.
#[component]
fn QuestionField(question: Question) -> impl IntoView {
    let state = expect_context::<FormState>();
    let field = question.field;
    let value = move || state.answers.with(|a| a.text(field).to_string());
    let set = move |ev| state.edit(field, |a| a.set_text(field, event_target_value(&ev)));
    let invalid = state.invalid(field);
    let described_by = state.described_by(field, question.hint.is_some());
    // The browser's own limit, for a send without the app; the app counts
    // what a person sees instead and says when there is too much, so it
    // lifts the limit (`browser::adopt_form`) rather than let a paste be cut short.
    let maxlength = field
        .max()
        .filter(|_| !use_site().started.get_untracked())
        .map(|max| max.to_string());
    let control = match question.control() {
        Control::Line { kind, autocomplete } => EitherOf3::A(view! {
            <input
                id=field.input_id()
                name=field.key()
                type=kind
                autocomplete=autocomplete
                required=question.field.required()
                maxlength=maxlength
                spellcheck=if kind == "email" { "false" } else { "true" }
                aria-invalid=invalid
                aria-describedby=described_by
                prop:value=value
                on:input=set
            />
        }),
        Control::Lines => EitherOf3::B(view! {
            <textarea
                id=field.input_id()
                name=field.key()
                rows="6"
                maxlength=maxlength
                aria-invalid=invalid
                aria-describedby=described_by
                prop:value=value
                on:input=set
            ></textarea>
        }),
        Control::Choose(choices) => EitherOf3::C(view! {
            <select
                id=field.input_id()
                name=field.key()
                required=question.field.required()
                aria-invalid=invalid
                aria-describedby=described_by
                prop:value=value
                on:change=set
            >
                <option value="" selected=move || value().is_empty()>{content::join(state.lang).choose}</option>
                {choices
                    .iter()
                    .map(|(code, text)| view! { <option value=*code selected=move || value() == *code>{*text}</option> })
                    .collect_view()}
            </select>
        }),
    };
    view! {
        <div class="field" class:has-error=move || state.error_for(field).is_some()>
            <label for=field.input_id()>{question.label} " " <FieldFlag field /></label>
            <FieldMessages field hint=question.hint />
            {control}
        </div>
    }
}

/// A consent checkbox; the label's content may hold a link, and its flag follows. An optional
/// one is preceded by a hidden `false` under its name, so a plain HTML send
/// carries the key either way (the loader drops the `false` when the box is
/// ticked; without any script the endpoint gets both and reads the last).
#[component]
pub fn CheckboxField(field: Field, children: Children) -> impl IntoView {
    let state = expect_context::<FormState>();
    let required = field.required();
    let checked = move || state.answers.with(|a| a.flag(field));
    view! {
        <div class="field field-check" class:has-error=move || state.error_for(field).is_some()>
            <FieldMessages field hint=None />
            {(!required).then(|| view! { <input type="hidden" name=field.key() value="false" data-unchecked="" /> })}
            <input
                type="checkbox"
                id=field.input_id()
                name=field.key()
                value="true"
                required=required
                aria-invalid=state.invalid(field)
                aria-describedby=state.described_by(field, false)
                prop:checked=checked
                on:change=move |ev| state.edit(field, |a| a.set_flag(field, event_target_checked(&ev)))
            />
            <label for=field.input_id()>{children()} " " <FieldFlag field /></label>
        </div>
    }
}
