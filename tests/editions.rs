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
    prerender::resources,
};

/// Every string of one edition's copy, read through the same list the
/// browser tests use.
fn copy_strings(lang: Lang) -> BTreeSet<String> {
    fn walk(v: &serde_json::Value, out: &mut BTreeSet<String>) {
        match v {
            serde_json::Value::String(s) => {
                out.insert(s.clone());
            }
            serde_json::Value::Array(a) => a.iter().for_each(|v| walk(v, out)),
            serde_json::Value::Object(o) => o.values().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let mut out = BTreeSet::new();
    walk(&serde_json::from_str(&all_as_json(lang)).unwrap(), &mut out);
    out
}

/// Every string of the edition, the resources' included, one per line.
fn edition_text(lang: Lang) -> String {
    let mut out: Vec<String> = copy_strings(lang).into_iter().collect();
    let list =
        resources::parse("resources.toml", include_str!("../content/resources.toml")).unwrap();
    for r in list {
        let i = lang as usize;
        out.push(r.name_in(lang).0.to_string());
        out.push(r.link_in(lang).to_string());
        out.push(r.does[i].clone());
        out.extend(r.note.map(|n| n[i].clone()));
    }
    out.join("\n")
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
        (Lang::En, "Ontario's accessibility standard"),
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
        (Lang::Fr, "Spécialité\u{a0}: Au plus 100"),
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

#[test]
fn the_news_consent_names_itpo_in_full_and_can_be_withdrawn() {
    for (lang, withdraw) in [(Lang::En, "withdraw"), (Lang::Fr, "retirer")] {
        let consent = content::join(lang).consent_updates();
        assert!(consent.contains(content::ORG_NAME), "{consent}");
        assert!(consent.contains(withdraw), "{consent}");
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
        .consent_text()
        .starts_with("I agree"));
    let fr = content::join(Lang::Fr).consent_text();
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
