//! The shape of the join form's copy: labels, choices, consent wording and
//! messages. The consent wording is sent with every submission
//! (`consent_text`), in the language the member saw it.

#[cfg(feature = "ssr")]
use serde::Serialize;

/// A `<select>` choice: the value sent (the same in every language), and
/// the label the member sees.
pub type Choice = (&'static str, &'static str);

#[derive(Debug)]
#[cfg_attr(feature = "ssr", derive(Serialize))]
pub struct JoinCopy {
    /// The 13 provinces and territories by their two-letter codes, then outside Canada.
    pub provinces: &'static [Choice],
    pub member_types: &'static [Choice],
    pub licensure_stages: &'static [Choice],
    pub form_heading: &'static str,
    pub form_intro: &'static str,
    pub label_name: &'static str,
    pub label_email: &'static str,
    pub label_province: &'static str,
    pub label_member_type: &'static str,
    pub label_country: &'static str,
    pub label_specialty: &'static str,
    pub label_stage: &'static str,
    pub label_message: &'static str,
    pub required: &'static str,
    pub optional: &'static str,
    pub choose: &'static str,
    pub hint_name: &'static str,
    pub hint_message: &'static str,
    /// The privacy consent, split so the middle part can be a link to the privacy page.
    pub consent_privacy_before: &'static str,
    pub consent_privacy_link: &'static str,
    pub consent_privacy_after: &'static str,
    /// The news consent (CASL): it names the organisation in full (`ORG_NAME`,
    /// between `before` and `after`, marked as English on French pages), says
    /// it can be withdrawn, and how: ITPO's email address (after `after`),
    /// its mailing address (after `by_mail`), and the link in every news email (`end`).
    pub consent_updates_before: &'static str,
    pub consent_updates_after: &'static str,
    pub consent_updates_by_mail: &'static str,
    pub consent_updates_end: &'static str,
    pub submit: &'static str,
    pub submitting: &'static str,
    pub retry: &'static str,
    pub summary_one: &'static str,
    #[cfg_attr(feature = "ssr", serde(skip))]
    pub summary_many: fn(usize) -> String,
    pub thank_you_heading: &'static str,
    pub thank_you: &'static str,
    pub send_another: &'static str,
    pub kept: &'static str,
    pub fail_network: &'static str,
    pub fail_timeout: &'static str,
    #[cfg_attr(feature = "ssr", serde(skip))]
    pub fail_status: fn(u16) -> String,
    pub fail_refused: &'static str,
    pub fail_fields: &'static str,
    pub unavailable_heading: &'static str,
    pub unavailable: &'static str,
    pub unavailable_contact: &'static str,
    /// How to reach ITPO, below the form: before its contact address, or
    /// when `config.json` gives none.
    pub contact_lead: &'static str,
    pub contact_none: &'static str,
    pub loading_config: &'static str,
    pub loading_config_retry: &'static str,
}

impl JoinCopy {
    /// The exact wording the member saw, sent as `consent_text`: the privacy
    /// consent, then the news consent when the form showed it (only with
    /// ITPO's email and mailing address: `news`). On one line, since a plain
    /// HTML send would turn a line break into CR LF.
    pub fn consent_text(&self, news: Option<(&str, &str)>) -> String {
        let privacy = format!(
            "{}{}{}",
            self.consent_privacy_before, self.consent_privacy_link, self.consent_privacy_after
        );
        match news {
            Some((email, mailing_address)) => {
                format!("{privacy} {}", self.consent_updates(email, mailing_address))
            }
            None => privacy,
        }
    }

    /// The news consent as the member reads it, with ITPO's email and mailing address.
    pub fn consent_updates(&self, email: &str, mailing_address: &str) -> String {
        format!(
            "{}{}{}{email}{}{mailing_address}{}",
            self.consent_updates_before,
            super::ORG_NAME,
            self.consent_updates_after,
            self.consent_updates_by_mail,
            self.consent_updates_end
        )
    }
}
