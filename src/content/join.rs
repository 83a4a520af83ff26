//! Copy for the join form: labels, choices, consent wording and messages.
//! The consent wording is sent with every submission (`consent_text`), so
//! what the member saw is on record with their answers.

/// A `<select>` choice: the value sent, and the label the member sees.
pub type Choice = (&'static str, &'static str);

/// The 13 provinces and territories by their two-letter codes, then outside Canada.
pub const PROVINCES: &[Choice] = &[
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
];

pub const MEMBER_TYPES: &[Choice] = &[
    (
        "newly-immigrated-physician",
        "Newly immigrated physician with previous experience",
    ),
    ("new-img", "New international medical graduate"),
    ("practising-img", "Practising IMG physician"),
    ("supporter", "Supporter"),
];

pub const LICENSURE_STAGES: &[Choice] = &[
    ("mccqe1", "Preparing for MCCQE Part I"),
    ("nac", "NAC examination"),
    ("applying-residency", "Applying to residency"),
    ("in-residency", "In residency"),
    ("pra", "Practice Ready Assessment"),
    ("licensed", "Licensed and practising"),
    ("other", "Other"),
];

pub const FORM_HEADING: &str = "Membership form";
pub const FORM_INTRO: &str =
    "Fields marked “required” must be filled in. Your answers are saved on this device as you \
     type, so nothing is lost if the connection drops.";

pub const LABEL_NAME: &str = "Full name";
pub const LABEL_EMAIL: &str = "Email address";
pub const LABEL_PROVINCE: &str = "Province or territory where you live";
pub const LABEL_MEMBER_TYPE: &str = "Which describes you best?";
pub const LABEL_COUNTRY: &str = "Country where you trained";
pub const LABEL_SPECIALTY: &str = "Specialty";
pub const LABEL_STAGE: &str = "Stage of licensure";
pub const LABEL_MESSAGE: &str = "Anything you would like us to know";
pub const REQUIRED: &str = "required";
pub const OPTIONAL: &str = "optional";
pub const CHOOSE: &str = "Choose…";

pub const HINT_NAME: &str = "As you would like us to address you, in any script.";
pub const HINT_MESSAGE: &str = "Up to 2000 characters.";

/// The privacy consent, split so the middle part can be a link to /privacy.
pub const CONSENT_PRIVACY_BEFORE: &str = "I agree that ITPO may keep and use these details to \
     contact me about membership, as described in the ";
pub const CONSENT_PRIVACY_LINK: &str = "privacy notice";
pub const CONSENT_PRIVACY_AFTER: &str = ".";

pub const CONSENT_UPDATES: &str = "Yes, Internationally Trained Physicians of Ontario (ITPO) may \
     send me news and updates by email. I can withdraw this consent at any time.";

/// The exact wording the member saw for both consents, sent as `consent_text`.
pub fn consent_text() -> String {
    format!(
        "{CONSENT_PRIVACY_BEFORE}{CONSENT_PRIVACY_LINK}{CONSENT_PRIVACY_AFTER}\n{CONSENT_UPDATES}"
    )
}

pub const NEEDS_JS: &str = "Sending this form needs JavaScript and the site's app, which are \
     turned off or could not start in this browser. What you type stays in the form; to send it, \
     turn JavaScript on or reload the page.";

pub const SUBMIT: &str = "Send my membership request";
pub const SUBMITTING: &str = "Sending…";
pub const RETRY: &str = "Try sending again";

pub const SUMMARY_ONE: &str = "There is 1 problem with your answers";
pub fn summary_many(n: usize) -> String {
    format!("There are {n} problems with your answers")
}

pub const THANK_YOU_HEADING: &str = "Thank you for joining";
pub const THANK_YOU: &str =
    "We have received your membership request and will be in touch by email.";
pub const SEND_ANOTHER: &str = "Fill in the form again";

pub const KEPT: &str = "Your answers are still in the form; nothing has been lost.";
pub const FAIL_NETWORK: &str =
    "We could not reach the membership service. Please check your connection and try again.";
pub const FAIL_TIMEOUT: &str =
    "The membership service took too long to answer. Please try again in a moment.";
pub fn fail_status(status: u16) -> String {
    format!("The membership service could not accept your request (error {status}).")
}
pub const FAIL_REFUSED: &str = "The membership service did not accept your request.";
pub const FAIL_FIELDS: &str = "The membership service found problems with some answers; they are \
     marked below.";

pub const UNAVAILABLE_HEADING: &str = "The form cannot be sent at the moment";
pub const UNAVAILABLE: &str = "The membership form is not set up on this copy of the site, so \
     it cannot send your answers right now. Anything you type is still kept on this device, so \
     you can come back later and send it.";
pub const UNAVAILABLE_CONTACT: &str = "You can also write to ITPO at";
pub const LOADING_CONFIG: &str = "Preparing the form…";
pub const LOADING_CONFIG_RETRY: &str = "Please try again in a moment.";
