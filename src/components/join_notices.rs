//! The notices around the join form: the alert at its top (the error
//! summary with links to each field, or why sending failed) and the note
//! shown when this copy of the site has no endpoint. Apart from the form so
//! each file reads in one sitting.

use leptos::prelude::*;

use super::{form_fields::FormState, page::ContactSentence};
use crate::{browser, content, join::outcome::Notice, site::use_site};

/// The alert's id: focus moves there when it changes.
pub const NOTICE_ID: &str = "join-notice";

/// The alert at the top of the form: the error summary, or why sending failed.
#[component]
pub fn NoticeBox(notice: RwSignal<Option<Notice>>) -> impl IntoView {
    let state = expect_context::<FormState>();
    let copy = content::join(state.lang);
    let summary_names = content::validation(state.lang);
    view! {
        <div id=NOTICE_ID role="alert" tabindex="-1" class:notice=move || notice.with(Option::is_some) class="notice-error">
            {move || notice.get().map(|n| view! {
                <h3>{n.heading}</h3>
                {n.detail.map(|d| view! { <p>{d}</p> })}
                <ul class="error-list">
                    {state.errors.get().into_iter().map(|e| {
                        let id = e.field.input_id();
                        let target = id.clone();
                        view! {
                            <li>
                                // Handled on the element, before the router sees it at the window.
                                <a href=format!("#{id}") on:click=move |ev| {
                                    ev.prevent_default();
                                    browser::focus_id(&target);
                                }>{summary_names.summary_line(e.field.label(summary_names), &e.message)}</a>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                {n.answers_kept.then(|| view! { <p><strong>{copy.kept}</strong></p> })}
            })}
        </div>
    }
}

/// Said before the member starts typing when config.json gives no endpoint:
/// the build's copy in the HTML (its form has nowhere to post), then the
/// live file's once the app has read it (a deployer may have set one since).
#[component]
pub fn UnavailableNote() -> impl IntoView {
    let site = use_site();
    let copy = content::join(expect_context::<FormState>().lang);
    move || {
        site.config.get().and_then(|c| {
            c.join.is_err().then(|| {
                view! {
                    <div class="notice notice-warning">
                        <h3>{copy.unavailable_heading}</h3>
                        <p>{copy.unavailable}</p>
                        {c.contact_email.map(|email| view! {
                            <p><ContactSentence lead=copy.unavailable_contact email /></p>
                        })}
                    </div>
                }
            })
        })
    }
}
