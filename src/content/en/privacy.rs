//! The English privacy notice.

use crate::content::privacy::PrivacyCopy;

pub const PRIVACY: PrivacyCopy = PrivacyCopy {
    intro: "This notice explains what ITPO collects through the join form on this website, why, \
            where it is processed, how long it is kept and how to withdraw your consent.",
    collected_heading: "What we collect",
    collected: &[
        "Your full name and email address.",
        "Your province or territory, which describes you best, and, if you choose to tell us, \
         the country where you trained, your specialty, your stage of licensure and any message.",
        "Whether you agreed to be contacted about membership and whether you want news and \
         updates, with the wording you agreed to, the language of the form and the time you sent \
         it.",
    ],
    not_collected: "This website sets no cookies, runs no analytics and loads nothing from other \
                    companies. Your answers are saved in your own browser while you fill in the \
                    form, and removed from it once the site confirms they have been sent.",
    why_heading: "Why we collect it",
    why: "To contact you about your membership in ITPO and to understand who our members are. We \
          send news and updates by email only if you ticked the box that asks for them.",
    where_heading: "Where it is processed",
    where_configured: "When you send the form, your answers go directly from your browser to the \
                       membership service at",
    where_service_run_by: "That service is run by ",
    where_service_another: ", another organisation",
    where_service_unnamed: "That service is a form service chosen by ITPO and run by another \
                            organisation",
    where_outside: ", which may keep your answers outside Canada, where that country’s laws \
                    apply; its own privacy policy covers what it records, such as your IP \
                    address.",
    where_policy_before: "Read ",
    where_policy_link: "its privacy policy",
    where_self: "When you send the form, your answers go directly from your browser to this \
                 website’s own server.",
    where_unconfigured: "The membership service that receives the form is chosen by ITPO when \
                         the site is published; this version of the site has none set up, so the \
                         form sends nothing.",
    kept_heading: "How long it is kept",
    kept: "ITPO has not yet set how long it keeps membership details; this notice will say so \
           once it has. You can ask ITPO to delete yours at any time. Withdrawing your consent \
           to news stops the news and nothing else.",
    withdraw_heading: "How to withdraw",
    withdraw: "You can withdraw your consent, or ask to see, correct or delete your details, at \
               any time. Every news email lets you unsubscribe.",
    withdraw_contact: "Write to ITPO at",
    withdraw_no_contact: "This version of the site does not give a contact address for ITPO yet.",
};
