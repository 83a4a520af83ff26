//! The two editions' copy, checked as an editor's change to it would be:
//! the same choices in both, French in the French edition (no phrase left
//! in English), and the official names and terms
//! (`../shared/notes/french-terms.md`) in every French string the build can
//! show (the copy, and "Where to start" from `content/resources.toml`) and in
//! the text the code assembles (the error summary's lines).

use std::collections::BTreeSet;

use itpo_site::{
    content::{self, all_as_json, join::Choice},
    join::{validate::validate, Answers, Field},
    lang::Lang,
};

#[path = "support/copy.rs"]
mod copy;

/// Every string of one edition's copy, read through the same list the
/// browser tests use.
fn copy_strings(lang: Lang) -> BTreeSet<String> {
    copy::strings(&serde_json::from_str(&all_as_json(lang)).unwrap())
}

/// Every string of the edition, the resources' included, one per line.
fn edition_text(lang: Lang) -> String {
    Vec::from_iter(copy::strings(&copy::edition(lang, true))).join("\n")
}

/// Whether `word` is in `text` as a word of its own (not inside another).
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[test]
fn the_official_french_names_and_terms_are_used() {
    let fr = edition_text(Lang::Fr);
    for term in [
        "évaluation de la capacité à exercer (ECE)",
        "Préparation à la pratique médicale en Ontario",
        "Conseil médical du Canada (CMC)",
        "Collaboration nationale en matière d’évaluation (CNE)",
        "Licencié du Conseil médical du Canada (LCMC)",
        "Numéro d’identification médicale du Canada (NIMC)",
        "inscriptionmed.ca",
        "Service canadien de jumelage des résidents (CaRMS)",
        "jumelage principal R-1",
        "Ordre des médecins et chirurgiens de l’Ontario (OMCO)",
        "certificat d’inscription",
        "entente de service",
        "ProfessionsSantéOntario",
        "permis d’exercice",
    ] {
        assert!(fr.contains(term), "French pages should say « {term} »");
    }
}

#[test]
fn the_wrong_french_names_and_terms_are_gone() {
    let fr = edition_text(Lang::Fr);
    for wrong in [
        "aptitude à exercer",
        "Consentement à la confidentialité",
        "physiciansapply.ca",
        "Medical Identification Number",
        "run by the MCC",
        "permis d’exercer",
        "une place à la table",
        "mises à jour",
        "position d’influence",
        "contribution entière",
    ] {
        assert!(!fr.contains(wrong), "French pages still say « {wrong} »");
    }
    for acronym in ["NAC", "LMCC", "MINC", "CPSO"] {
        assert!(!has_word(&fr, acronym), "French pages still say {acronym}");
    }
    // The English edition keeps its own names.
    let en = edition_text(Lang::En);
    assert!(has_word(&en, "NAC") && en.contains("physiciansapply.ca"));
}

#[test]
fn both_statements_name_wcag_2_0_as_ontarios_standard_and_2_1_as_the_sites() {
    for (lang, ontario_standard) in [
        (Lang::En, "Ontario’s accessibility standard"),
        (Lang::Fr, "La norme d’accessibilité de l’Ontario"),
    ] {
        let standard = content::accessibility(lang).standard;
        let (ontario, ours) = standard.split_once("AA. ").unwrap();
        assert!(ontario.starts_with(ontario_standard), "{standard}");
        assert!(
            ontario.contains("191/11") && ontario.contains("WCAG) 2.0"),
            "{ontario}"
        );
        assert!(
            !ontario.contains("2.1"),
            "Ontario's standard is not 2.1: {ontario}"
        );
        assert!(ours.contains("WCAG 2.1"), "{ours}");
    }
}

#[test]
fn a_summary_line_names_its_field_once_punctuated_as_each_edition_does() {
    let answers = Answers::default().with_text(Field::Specialty, "x".repeat(101));
    for (lang, line_start) in [
        (Lang::En, "Specialty: Must be 100"),
        (Lang::Fr, "Spécialité\u{a0}: au plus 100"),
    ] {
        let copy = content::validation(lang);
        let error = validate(&answers, lang)
            .into_iter()
            .find(|e| e.field == Field::Specialty)
            .unwrap();
        let name = Field::Specialty.label(copy);
        let line = copy.summary_line(name, &error.message);
        assert!(line.starts_with(line_start), "{line}");
        assert_eq!(line.matches(name).count(), 1, "{line}");
    }
}

/// CASL: a request for consent names who asks, how to reach them by mail and
/// by email, and that consent can be withdrawn.
#[test]
fn the_news_consent_names_itpo_in_full_its_contact_and_how_to_withdraw() {
    let (email, address) = ("info@example.org", "1 Example St, Toronto ON");
    for (lang, withdraw) in [(Lang::En, "withdraw"), (Lang::Fr, "retirer")] {
        let consent = content::join(lang).consent_updates(email, address);
        assert!(consent.contains(content::ORG_NAME), "{consent}");
        assert!(consent.contains(withdraw), "{consent}");
        assert!(
            consent.contains(email) && consent.contains(address),
            "{consent}"
        );
        // What is sent is what was shown: the privacy consent, then this one.
        let sent = content::join(lang).consent_text(Some((email, address)));
        assert!(sent.ends_with(&consent), "{sent}");
        // With no box shown, no news consent is sent.
        assert!(!content::join(lang)
            .consent_text(None)
            .contains(content::ORG_NAME));
    }
}

#[test]
fn choices_send_the_same_values_in_both_languages() {
    let values = |list: &[Choice]| {
        let mut v: Vec<_> = list.iter().map(|(value, _)| *value).collect();
        v.sort();
        v
    };
    let (en, fr) = (content::join(Lang::En), content::join(Lang::Fr));
    assert_eq!(values(en.provinces), values(fr.provinces));
    assert_eq!(values(en.member_types), values(fr.member_types));
    assert_eq!(values(en.licensure_stages), values(fr.licensure_stages));
    assert_eq!(en.provinces.len(), 14);
}

#[test]
fn french_provinces_are_in_french_alphabetical_order() {
    // Accents do not count in the order ("Île" files under I).
    let key = |s: &&str| s.replace('É', "E").replace('Î', "I");
    let provinces = content::join(Lang::Fr).provinces;
    let names: Vec<&str> = provinces[..13].iter().map(|(_, n)| *n).collect();
    let mut sorted = names.clone();
    sorted.sort_by_key(key);
    assert_eq!(names, sorted);
    assert_eq!(provinces[13].0, "outside-canada");
}

#[test]
fn consent_text_is_what_each_edition_shows() {
    assert!(content::join(Lang::En)
        .consent_text(None)
        .starts_with("I agree"));
    let fr = content::join(Lang::Fr).consent_text(None);
    assert!(fr.starts_with("J’accepte") && fr.contains("avis de confidentialité."));
}

/// A French field left in English would pass the browser test (it is
/// French copy, as far as the list knows): no phrase may be the same in
/// both editions. Single words ("Mission", "Ontario") and codes may.
#[test]
fn no_phrase_is_the_same_in_both_editions() {
    let (en, fr) = (copy_strings(Lang::En), copy_strings(Lang::Fr));
    assert!(en.len() > 200 && fr.len() > 200);
    let shared: Vec<_> = en
        .intersection(&fr)
        .filter(|s| s.trim().contains(char::is_whitespace))
        .collect();
    assert!(shared.is_empty(), "{shared:?}");
}

#[test]
fn french_dates_and_messages_read_in_french() {
    let fr = content::work(Lang::Fr);
    assert_eq!((fr.date)(1, fr.months[0], "2026"), "1er janvier 2026");
    assert_eq!(
        (content::join(Lang::Fr).summary_many)(3),
        "Votre formulaire contient 3 erreurs"
    );
    assert!((content::validation(Lang::Fr).too_long)(200, 201).contains("201"));
}

/// What the copy review (`../shared/reviews/copy-review.md`) found wrong or
/// awkward, in either edition: facts no source supports, an unofficial term,
/// promises the site cannot keep, and calques. Each was in the copy once.
#[test]
fn the_reviewed_wrong_strings_are_gone_from_both_editions() {
    let en = edition_text(Lang::En);
    let fr = edition_text(Lang::Fr);
    for (text, edition, wrong) in [
        // W7: nothing supports "volunteer" or "physician-led".
        (&en, "English", "volunteer"),
        (&en, "English", "physician-led"),
        (&fr, "French", "bénévole"),
        (&fr, "French", "dirigé par des médecins"),
        // W3: there is no fourth membership category.
        (&en, "English", "Supporter"),
        (&fr, "French", "Sympathisant"),
        // W1: residency, not immigration.
        (&fr, "French", "Demande de résidence"),
        // W4: a retention rule ITPO never gave.
        (&en, "English", "deletes them when you withdraw"),
        (&fr, "French", "les supprime quand vous retirez"),
        // W5: placeholders on published pages.
        (&en, "English", "address for ITPO will be published"),
        (&en, "English", "reporting barriers will be published"),
        (&fr, "French", "joindre l’ITPO sera publiée"),
        (&fr, "French", "signaler les obstacles sera publiée"),
        (&en, "English", "Reply to any email you receive"),
        (&fr, "French", "Répondez à n’importe quel courriel"),
        // A5, A8, A9: jargon, a request called membership, "copy of the site".
        (&en, "English", "runs the site’s app"),
        (&fr, "French", "exécute l’application"),
        (&en, "English", "Thank you for joining"),
        (&fr, "French", "Merci de votre adhésion"),
        (&en, "English", "copy of the site"),
        (&fr, "French", "copie du site"),
        // A10, A12, A13, A14: the validation messages.
        (&en, "English", "There is 1 problem"),
        (&fr, "French", "contient 1 erreur"),
        (&fr, "French", "caractères blancs"),
        (&fr, "French", "exemple.org"),
        (&fr, "French", "; retapez-le"),
        // A17 to A28: calques and masculine-only wording.
        (&fr, "French", "là où se décident"),
        (&fr, "French", "principaux intervenants"),
        (&fr, "French", "utilisable par tous"),
        (&fr, "French", "À propos de vous"),
        (&fr, "French", "depuis d’autres entreprises"),
        (&fr, "French", "permet de vous désabonner"),
        (&fr, "French", "nouvellement immigré"),
        (&fr, "French", "avez été formé"),
        (&fr, "French", "Tel que vous souhaitez"),
        (&fr, "French", "Comment il est vérifié"),
        (&fr, "French", "ce que nous pouvons"),
        (&fr, "French", "Retour à Nos activités"),
        (&en, "English", "membership of ITPO"),
        // A34 to A36: "Where to start".
        (&fr, "French", "figurer au World"),
        (&fr, "French", "étaient devant les tribunaux"),
        (&fr, "French", "un certificat restreint"),
        // A39: straight apostrophes where the copy uses ’.
        (&en, "English", "ITPO's"),
        (&en, "English", "Ontario's"),
        (&en, "English", "website's"),
    ] {
        assert!(
            !text.contains(wrong),
            "the {edition} edition still says “{wrong}”"
        );
    }
}
