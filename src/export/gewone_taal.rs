//! Plain words for the gezinsversie: the professionals' jargon a family does not use, each with
//! the words the family's version prints instead. [seed 000, 002: gezinsgericht; ours: the list,
//! B1] The family's own words (their scores' toelichting) are never changed.
//!
//! Matching is whole-word and ignores case ("MDA++", "mda++"); a replacement at the start of a
//! sentence gets a capital. Longer terms go first ("MDA++ expertoverleg" before "MDA++").

/// Jargon → plain words. Every term is ASCII (so matching can compare bytes).
pub const JARGON: &[(&str, &str)] = &[
    ("MDA++ expertoverleg", "overleg van hulpverleners"),
    ("MDA++-expertoverleg", "overleg van hulpverleners"),
    ("MDA++-overleg", "overleg van hulpverleners"),
    ("MDA++", "overleg van hulpverleners"),
    ("expertoverleg", "overleg van hulpverleners"),
    ("casusregisseur", "hulpverlener die het overzicht houdt"),
    ("casusregie", "het overzicht over de hulp"),
    ("procesregisseur", "hulpverlener die het overleg leidt"),
    ("huisverbod", "verbod om een tijd thuis te komen"),
    ("ketenpartners", "hulpverleners"),
    ("ketenpartner", "hulpverlener"),
    ("veiligheidsvoorwaarden", "afspraken die altijd gelden"),
    ("veiligheidsvoorwaarde", "afspraak die altijd geldt"),
    ("risicofactoren", "dingen die het moeilijker maken"),
    ("risicofactor", "iets dat het moeilijker maakt"),
    (
        "forensische polikliniek",
        "behandeling om geweld te stoppen",
    ),
    ("jeugd-GGZ", "hulp voor kinderen die het moeilijk hebben"),
    ("GGZ", "hulp bij psychische problemen"),
    ("taxatie", "inschatting"),
    ("opschalen", "meer hulpverleners erbij halen"),
    ("escaleert", "loopt uit de hand"),
];

fn woordteken(c: char) -> bool {
    c.is_alphanumeric() || c == '+' || c == '-'
}

/// `tekst` with every jargon term replaced by its plain words.
pub fn in_gewone_taal(tekst: &str) -> String {
    let mut uit = tekst.to_string();
    for (term, gewoon) in JARGON {
        uit = vervang(&uit, term, gewoon);
    }
    uit
}

/// The jargon terms that `tekst` still holds (whole words, any case).
pub fn jargon_in(tekst: &str) -> Vec<&'static str> {
    JARGON
        .iter()
        .filter(|(term, _)| vind(tekst, term, 0).is_some())
        .map(|(term, _)| *term)
        .collect()
}

/// The next whole-word, case-insensitive occurrence of `term` at or after byte `vanaf`.
fn vind(tekst: &str, term: &str, vanaf: usize) -> Option<usize> {
    let bytes = tekst.as_bytes();
    let n = term.len();
    let mut i = vanaf;
    while i + n <= bytes.len() {
        if tekst.is_char_boundary(i)
            && bytes[i..i + n].eq_ignore_ascii_case(term.as_bytes())
            && tekst.is_char_boundary(i + n)
            && !tekst[..i].chars().next_back().is_some_and(woordteken)
            && !tekst[i + n..].chars().next().is_some_and(woordteken)
        {
            return Some(i);
        }
        i += 1;
    }
    None
}

fn vervang(tekst: &str, term: &str, gewoon: &str) -> String {
    let mut uit = String::with_capacity(tekst.len());
    let mut rest = 0;
    while let Some(i) = vind(tekst, term, rest) {
        uit.push_str(&tekst[rest..i]);
        let hoofdletter = tekst[i..].chars().next().is_some_and(char::is_uppercase)
            && tekst[..i]
                .trim_end()
                .chars()
                .next_back()
                .is_none_or(|c| ".!?:".contains(c));
        if hoofdletter {
            let mut c = gewoon.chars();
            if let Some(eerste) = c.next() {
                uit.extend(eerste.to_uppercase());
                uit.push_str(c.as_str());
            }
        } else {
            uit.push_str(gewoon);
        }
        rest = i + term.len();
    }
    uit.push_str(&tekst[rest..]);
    uit
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jargon_becomes_plain_words_whole_words_only() {
        let gevallen = [
            (
                "Casusregisseur bespreekt het in het MDA++ expertoverleg.",
                "Hulpverlener die het overzicht houdt bespreekt het in het overleg van hulpverleners.",
            ),
            (
                "Marco kreeg een huisverbod; de casusregisseur belt.",
                "Marco kreeg een verbod om een tijd thuis te komen; de hulpverlener die het overzicht houdt belt.",
            ),
            (
                "Wordt ingebracht in het mda++-overleg.",
                "Wordt ingebracht in het overleg van hulpverleners.",
            ),
            // Not inside another word, and the family's names stay.
            ("Huisverboden en GGZ-achtige", "Huisverboden en GGZ-achtige"),
            (
                "Start bij de forensische polikliniek. GGZ helpt.",
                "Start bij de behandeling om geweld te stoppen. Hulp bij psychische problemen helpt.",
            ),
            ("Ayşe en İlker: geen jargon", "Ayşe en İlker: geen jargon"),
        ];
        for (in_, uit) in gevallen {
            assert_eq!(in_gewone_taal(in_), uit, "{in_}");
            assert_eq!(jargon_in(&in_gewone_taal(in_)), Vec::<&str>::new(), "{in_}");
        }
        assert_eq!(
            jargon_in("De Casusregisseur en het MDA++"),
            ["MDA++", "casusregisseur"]
        );
    }

    #[test]
    fn no_plain_words_hold_jargon_themselves() {
        for (term, gewoon) in JARGON {
            assert!(term.is_ascii(), "{term}");
            assert_eq!(jargon_in(gewoon), Vec::<&str>::new(), "{term} → {gewoon}");
        }
    }
}
