//! The join form: a plain HTML form that posts to the endpoint the build's
//! `config.json` names, which the app, once started, sends with `fetch`
//! instead. It keeps every answer in a draft until the endpoint confirms
//! it, says what went wrong and where, and never sends twice at once.

use leptos::{either::Either, ev::SubmitEvent, prelude::*};

use super::{
    form_fields::{question_fieldsets, CheckboxField, FormState},
    join_notices::{NoticeBox, UnavailableNote, NOTICE_ID},
    page::{ContactSentence, OrgName},
};
use crate::{
    browser, content,
    join::{
        client,
        draft::{self, Draft},
        outcome::{self, Notice},
        payload::{self, Stamp},
        response::{self, Outcome},
        settings::JoinConfig,
        validate::{validate, FieldError},
        Answer, Answers, Field, SiteKey,
    },
    json::Value,
    lang::Lang,
    routes,
    site::use_site,
};

const THANKS_ID: &str = "join-thanks";
/// The form's id: the page's loader looks for it to guard a plain send.
pub const FORM_ID: &str = "join-form";
/// The hidden inputs the loader fills when it lets a plain send go.
const SUBMISSION_ID_INPUT: &str = "join-submission-id";
const SUBMITTED_AT_INPUT: &str = "join-submitted-at";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Editing,
    Sending,
    Sent,
}

/// The form in one language. The draft is shared by both, so answers typed
/// in one edition are there in the other.
#[component]
pub fn JoinForm(lang: Lang) -> impl IntoView {
    let site = use_site();
    let copy = content::join(lang);
    let ui = content::ui(lang);
    let saved = draft::load();
    let state = FormState {
        lang,
        answers: RwSignal::new(typed_before_start(saved.answers)),
        errors: RwSignal::new(vec![]),
    };
    provide_context(state);
    let submission_id = RwSignal::new(saved.submission_id);
    let honeypot = RwSignal::new(String::new());
    let notice = RwSignal::new(None::<Notice>);
    let phase = RwSignal::new(Phase::Editing);
    let form_owner = Owner::current();

    // Save as the member types; an empty form leaves nothing behind.
    Effect::new(move |_| {
        let draft = Draft {
            answers: state.answers.get(),
            submission_id: submission_id.get(),
        };
        if draft == Draft::default() {
            draft::clear();
        } else {
            draft::save(&draft);
        }
    });

    let join_config = move || site.config.with(|c| c.as_ref().map(|c| c.join.clone()));
    // The news box, with the contact it names, is shown only when the config gives ITPO's
    // email and mailing address (CASL). Read once, as the form is made: what was shown is
    // what `consent_text` says, whatever the live file says later.
    let news = untrack(|| {
        site.config
            .with(|c| c.as_ref().and_then(|c| c.news_contact()))
    });
    // Stored, so the submit handler stays `Copy` for the form's `Show`.
    let consent_text = StoredValue::new(
        copy.consent_text(
            news.as_ref()
                .map(|n| (n.email.as_str(), n.mailing_address.as_str())),
        ),
    );
    let show_notice = move |n: Notice| {
        notice.set(Some(n));
        _ = request_animation_frame(|| browser::focus_id(NOTICE_ID));
    };

    let succeed = move || {
        phase.set(Phase::Sent);
        state.answers.set(Answers::default());
        submission_id.set(None);
        state.errors.set(vec![]);
        notice.set(None);
        draft::clear();
        _ = request_animation_frame(|| browser::focus_id(THANKS_ID));
    };

    let fail = move |n: Notice, field_errors: Vec<FieldError>| {
        phase.set(Phase::Editing);
        state.errors.set(field_errors);
        show_notice(n);
    };

    let news_shown = news.is_some();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        // A second click or Enter while sending sends nothing more, and
        // neither does one after a plain send left before the app started.
        if phase.get_untracked() != Phase::Editing || browser::plain_send_under_way(FORM_ID) {
            return;
        }
        let mut answers = state.answers.get_untracked();
        if !news_shown {
            // No box was shown: no consent to news, whatever a draft from before says.
            answers.set_flag(Field::ConsentUpdates, false);
        }
        let problems = validate(&answers, lang);
        if !problems.is_empty() {
            show_notice(outcome::validation_summary(copy, problems.len()));
            state.errors.set(problems);
            return;
        }
        state.errors.set(vec![]);
        if !honeypot.get_untracked().is_empty() {
            // Only a bot fills the hidden field: thank it and send nothing.
            succeed();
            return;
        }
        let config = match join_config().filter(|_| site.config_is_live.get_untracked()) {
            Some(Ok(config)) => config,
            Some(Err(reason)) => {
                leptos::logging::warn!("join form disabled: {reason}");
                show_notice(outcome::unavailable(copy));
                return;
            }
            None => {
                show_notice(outcome::still_loading(copy));
                return;
            }
        };
        // The id of a plain send the loader stamped, if one went out: the
        // endpoint then drops this send as the same submission.
        let id = submission_id
            .get_untracked()
            .or_else(|| {
                browser::control_value(SUBMISSION_ID_INPUT, "value").filter(|id| !id.is_empty())
            })
            .unwrap_or_else(|| payload::uuid_v4(browser::random_bytes()));
        submission_id.set(Some(id.clone()));
        let stamp = Stamp {
            submission_id: id,
            submitted_at: browser::now_rfc3339(),
        };
        phase.set(Phase::Sending);
        notice.set(None);
        let consent_text = consent_text.get_value();
        leptos::task::spawn_local(async move {
            match send(&answers, &config, &stamp, &consent_text, lang).await {
                Ok(()) => succeed(),
                Err((n, field_errors)) => fail(n, field_errors),
            }
        });
    };

    let usable_config = move || join_config().and_then(|c| c.ok());
    let honeypot_field = move || usable_config().and_then(|c| c.honeypot_field);
    // A plain send as the page has it when the form is made: where it goes
    // (none: it cannot be sent) and what it carries besides the answers. Set
    // once, not reactively (each reactive attribute costs the chunk code);
    // once started, the app keeps `action` in step with the live file and
    // takes over checking (`browser::adopt_form`).
    let plain = untrack(usable_config);
    let can_send_plain = plain.is_some();
    let action = plain.as_ref().map(|c| c.endpoint.clone());
    // As markup: typed views of these inputs would cost the chunk their code twice
    // (building and adopting them), and nothing in them is reactive.
    let hidden_fields: String = plain
        .map(|c| {
            let thanks = crate::config::absolute_url(routes::Page::JoinThanks.path(lang));
            consent_text.with_value(|consent_text| {
                payload::plain_hidden_fields(&c, consent_text, lang.tag(), thanks.as_deref())
            })
        })
        .unwrap_or_default()
        .into_iter()
        .map(|(name, value)| hidden_input(&name, &value, None))
        .chain([
            // Stamped by the page's loader when it lets a plain send go.
            hidden_input(SiteKey::SubmissionId.key(), "", Some(SUBMISSION_ID_INPUT)),
            hidden_input(SiteKey::SubmittedAt.key(), "", Some(SUBMITTED_AT_INPUT)),
        ])
        .collect();
    // A form made after the app started (in place, or again after a send) is the app's from the start.
    let started = site.started.get_untracked();
    Effect::new(move |_| {
        let endpoint = usable_config().map(|c| c.endpoint);
        browser::adopt_form(FORM_ID, endpoint.as_deref());
    });

    view! {
        <section class="join-form" aria-labelledby="join-form-heading">
            <h2 id="join-form-heading">{copy.form_heading}</h2>
            <UnavailableNote />
            // A polite live region that is always present, so what appears in it is announced.
            <div role="status" class="join-status">
                {move || match phase.get() {
                    Phase::Sending => view! { <p class="sending">{copy.submitting}</p> }.into_any(),
                    Phase::Sent => view! {
                        <div class="notice notice-success">
                            <h3 id=THANKS_ID tabindex="-1">{copy.thank_you_heading}</h3>
                            <p>{copy.thank_you}</p>
                            <button type="button" class="button button-secondary" on:click={
                                let form_owner = form_owner.clone();
                                move |_| {
                                    phase.set(Phase::Editing);
                                    // Under the form's owner: this button's own is gone by the next frame,
                                    // and a frame request is cancelled with the owner that made it.
                                    let focus_name = || {
                                        _ = request_animation_frame(|| browser::focus_id(&Field::Name.input_id()));
                                    };
                                    match &form_owner {
                                        Some(owner) => owner.with(focus_name),
                                        None => focus_name(),
                                    }
                                }
                            }>{copy.send_another}</button>
                        </div>
                    }
                    .into_any(),
                    Phase::Editing => ().into_any(),
                }}
            </div>
            <Show when=move || phase.get() != Phase::Sent>
                // Urlencoded, to the endpoint: a plain HTML send works from the first paint,
                // checked by the browser's own constraints until the app checks it instead.
                <form id=FORM_ID method="post" action=action.clone() accept-charset="utf-8" data-plain=""
                    novalidate=started on:submit=on_submit>
                    <NoticeBox notice />
                    <p class="form-intro">{copy.form_intro}</p>
                    {question_fieldsets(lang)}
                    <div class="plain-fields" inner_html=hidden_fields.clone()></div>
                    {move || honeypot_field().map(|name| view! {
                        // Hidden from people and assistive technology; only bots fill it.
                        <div class="hp" aria-hidden="true">
                            <label for="join-hp">{ui.honeypot_label}</label>
                            <input id="join-hp" type="text" name=name tabindex="-1" autocomplete="off"
                                prop:value=move || honeypot.get()
                                on:input=move |ev| honeypot.set(event_target_value(&ev)) />
                        </div>
                    })}
                    <fieldset>
                        <legend>{ui.legend_consent}</legend>
                        <CheckboxField field=Field::ConsentPrivacy>
                            {copy.consent_privacy_before}
                            <a href=site.href(routes::Page::Privacy.path(lang))>{copy.consent_privacy_link}</a>
                            {copy.consent_privacy_after}
                        </CheckboxField>
                        {news.clone().map(|news| view! {
                            <CheckboxField field=Field::ConsentUpdates>
                                {copy.consent_updates_before}
                                <OrgName lang />
                                {copy.consent_updates_after}
                                {news.email.clone()}
                                {copy.consent_updates_by_mail}
                                {news.mailing_address.clone()}
                                {copy.consent_updates_end}
                            </CheckboxField>
                        })}
                    </fieldset>
                    <p>
                        // Without an endpoint a plain send has nowhere to go (the note says so);
                        // the app, once started, says so again when the member tries.
                        <button type="submit" class="button"
                            disabled=move || phase.get() == Phase::Sending || (!site.started.get() && !can_send_plain)>
                            {move || match (phase.get(), notice.with(|n| n.as_ref().is_some_and(|n| n.answers_kept))) {
                                (Phase::Sending, _) => copy.submitting,
                                (_, true) => copy.retry,
                                _ => copy.submit,
                            }}
                        </button>
                    </p>
                </form>
            </Show>
            // How to reach ITPO (CASL: who asks for consent, and how to contact them).
            <p class="join-contact">
                {match untrack(|| site.contact_email()) {
                    Some(email) => Either::Left(view! { <ContactSentence lead=copy.contact_lead email /> }),
                    None => Either::Right(copy.contact_none),
                }}
            </p>
        </section>
    }
}

/// A hidden input of the plain form, as markup.
fn hidden_input(name: &str, value: &str, id: Option<&str>) -> String {
    use crate::markup::escape;
    let id = id.map(|id| format!(" id=\"{id}\"")).unwrap_or_default();
    format!(
        "<input type=\"hidden\"{id} name=\"{}\" value=\"{}\">",
        escape(name),
        escape(value)
    )
}

/// The draft, with anything typed into the prerendered form before the app
/// started on top: those keystrokes must not be lost either.
fn typed_before_start(mut answers: Answers) -> Answers {
    for &field in Field::ALL {
        let property = if field.is_tick() { "checked" } else { "value" };
        let typed = browser::control_value(&field.input_id(), property)
            .map(Value::Text)
            .and_then(|value| Answer::from_value(field, &value))
            .filter(|answer| *answer != Answer::empty(field));
        if let Some(answer) = typed {
            answers.set(field, answer);
        }
    }
    answers
}

/// One attempt: build the payload, send it, read the answer.
async fn send(
    answers: &Answers,
    config: &JoinConfig,
    stamp: &Stamp,
    consent_text: &str,
    lang: Lang,
) -> Result<(), (Notice, Vec<FieldError>)> {
    let copy = content::join(lang);
    let fields = payload::fields(answers, config, stamp, consent_text, lang.tag());
    let (content_type, body) = payload::encode(&fields, config.encoding);
    match client::send(&config.endpoint, content_type, body, config.timeout_ms).await {
        Ok((status, text)) => match response::interpret(status, &text) {
            Outcome::Accepted => Ok(()),
            Outcome::Refused(refusal) => Err(outcome::refusal(copy, refusal)),
        },
        Err(error) => Err((outcome::send_failure(copy, error), vec![])),
    }
}
