//! English copy of the pages about ITPO (home, story, mission): the
//! organisation's own words. Used at build time only (their pages are built
//! pages), so none of it is in the browser build.

use crate::content::about::AboutCopy;

pub const ABOUT: AboutCopy = AboutCopy {
    home: &[
        "We recognise the difficult path ahead for international medical graduates (IMGs) and \
         internationally trained physicians (ITPs) in Canada, and we value the diversity of \
         experience they bring.",
        "We aim to provide a unified voice that helps you achieve your goals and gives you a seat \
         at the table on the issues and policies that affect you and the Canadian public at large.",
    ],
    story: &[
        "At ITPO we recognise the difficult path ahead for international medical graduates as \
         well as internationally trained physicians in Canada. We value the diversity of \
         experiences that internationally trained physicians (ITPs) bring to the table. We \
         believe they can enrich the Canadian health system and improve the healthcare experience \
         for Canadian patients who belong to diverse and varied communities and cultures.",
        "If you are a newly immigrated physician to Canada with previous experience, a new \
         international medical graduate in Canada, or a practising IMG physician, we want to help \
         you achieve your fullest potential.",
        "Whether it is introducing a Practice Ready Assessment program (for ITPs) in Ontario, or \
         having your concerns heard by those in influential positions, we aim to provide a unified \
         voice to help you achieve your goals and help you have a seat at the table for issues and \
         policies which affect you and the Canadian public at large.",
    ],
    mission_aspiration: "ITPO aspires to provide internationally trained physicians (ITPs) and \
         international medical graduates (IMGs) opportunities to make a comprehensive contribution \
         to the Canadian Healthcare System. In line with the Canadian principles of equity, \
         diversity and inclusion, we strive to leverage the skills and expertise of ITPs to ensure \
         access to high standard medical care for all Canadians wherever they live.",
    mission_aims_heading: "Our aims",
    mission_aims: &[
        "Internationally Trained Physicians of Ontario (ITPO) is a formalised not-for-profit body \
         of representation for IMGs.",
        "Propose innovative ways to facilitate the incorporation of ITPs and IMGs into the \
         healthcare system, commensurate with their expertise and in accordance with Canadian \
         medical standards.",
        "Representation at the table with key stakeholders, including federal, provincial and \
         local governments and medical bodies, as well as the general public and national and \
         international media.",
        "Provide practical support to ITPs and IMGs at every stage of licensure, including recent \
         medical graduates and newcomer physicians, to help formulate solutions that facilitate \
         the process of licensure.",
        "Support internationally trained physicians who are currently training or practising \
         within the Canadian healthcare system.",
    ],
};
