//! English copy for the join form.

use crate::content::join::JoinCopy;

pub const JOIN: JoinCopy = JoinCopy {
    provinces: &[
        ("AB", "Alberta"),
        ("BC", "British Columbia"),
        ("MB", "Manitoba"),
        ("NB", "New Brunswick"),
        ("NL", "Newfoundland and Labrador"),
        ("NS", "Nova Scotia"),
        ("NT", "Northwest Territories"),
        ("NU", "Nunavut"),
        ("ON", "Ontario"),
        ("PE", "Prince Edward Island"),
        ("QC", "Quebec"),
        ("SK", "Saskatchewan"),
        ("YT", "Yukon"),
        ("outside-canada", "Outside Canada"),
    ],
    member_types: &[
        (
            "newly-immigrated-physician",
            "Newly immigrated physician with previous experience",
        ),
        ("new-img", "New international medical graduate"),
        ("practising-img", "Practising IMG physician"),
    ],
    licensure_stages: &[
        ("mccqe1", "Preparing for MCCQE Part I"),
        ("nac", "NAC examination"),
        ("applying-residency", "Applying to residency"),
        ("in-residency", "In residency"),
        ("pra", "Practice Ready Assessment"),
        ("licensed", "Licensed and practising"),
        ("other", "Other"),
    ],
    form_heading: "Membership form",
    form_intro: "Fields marked “required” must be filled in. Where your browser allows it, your \
                 answers are saved on this device as you type, so nothing is lost if the \
                 connection drops.",
    label_name: "Full name",
    label_email: "Email address",
    label_province: "Province or territory where you live",
    label_member_type: "Which describes you best?",
    label_country: "Country where you trained",
    label_specialty: "Specialty",
    label_stage: "Stage of licensure",
    label_message: "Anything you would like us to know",
    required: "required",
    optional: "optional",
    choose: "Choose…",
    hint_name: "As you would like us to address you, in any script.",
    hint_message: "Up to 2000 characters.",
    consent_privacy_before: "I agree that ITPO may keep and use these details to contact me \
                             about membership, as described in the ",
    consent_privacy_link: "privacy notice",
    consent_privacy_after: ".",
    consent_updates_before: "Yes, ",
    consent_updates_after: " (ITPO) may send me news and updates by email. I can withdraw this \
                            consent at any time by writing to ITPO at ",
    consent_updates_by_mail: " or by mail at ",
    consent_updates_end: ", or with the link in any news email.",
    submit: "Send my membership request",
    submitting: "Sending…",
    retry: "Try sending again",
    summary_one: "There is one problem with your answers",
    summary_many: |n| format!("There are {n} problems with your answers"),
    thank_you_heading: "Thank you for your membership request",
    thank_you: "We have received your membership request and will be in touch by email.",
    send_another: "Fill in the form again",
    kept: "Your answers are still in the form; nothing has been lost.",
    fail_network: "We could not reach the membership service. Please check your connection and \
                   try again.",
    fail_timeout: "The membership service took too long to answer. Please try again in a \
                   moment.",
    fail_status: |status| {
        format!("The membership service could not accept your request (error {status}).")
    },
    fail_refused: "The membership service did not accept your request.",
    fail_fields: "The membership service found problems with some answers; they are marked \
                  below.",
    unavailable_heading: "The form cannot be sent at the moment",
    unavailable: "The membership form is not set up on this version of the site, so it cannot \
                  send your answers right now. Anything you type is still kept on this device, \
                  so you can come back later and send it.",
    unavailable_contact: "You can also write to ITPO at",
    contact_lead: "Questions about membership? Write to ITPO at",
    contact_none: "This version of the site does not give a contact address for ITPO yet.",
    loading_config: "Preparing the form…",
    loading_config_retry: "Please try again in a moment.",
};
