//! The one rule for a new passphrase (create, change, recover; app and CLI): at least
//! [`MIN_PASSPHRASE_CHARS`] characters and a zxcvbn score of at least [`MIN_SCORE`], with the
//! profile name, the app's own words and a few Dutch favourites counted as easy to guess. The UI
//! shows [`beoordeel`]'s verdict while someone types and keeps no copy of the rule.
//!
//! *Decision:* zxcvbn's dictionaries are English, and its score 3 starts at 10^8 guesses, which
//! any password of two predictable pieces reaches ("Welkom2024!!": a word, a year and two
//! symbols). So score 3 also needs at least [`MIN_GUESSES_LOG10`] (10^9) estimated guesses, the
//! middle of zxcvbn's band for 3; a sentence of four unrelated words is far above it (10^15+).
//!
//! The oefenomgeving's fixed passphrase (`oefenen`) does not pass through here: that vault holds
//! fictitious data only ([`super::Vault::create_oefenomgeving`]).
//!
//! Secrets: zxcvbn copies the first 100 characters of the passphrase into a `String` of its own and
//! keeps matched pieces in its result; neither is zeroized when dropped. Those copies live only
//! for the duration of one call and are outside our control (see ARCHITECTURE.md → secrets).

use zxcvbn::feedback::{Suggestion, Warning};

use super::Error;

/// Minimum passphrase length, in characters (code points).
pub const MIN_PASSPHRASE_CHARS: usize = 12;
/// Minimum zxcvbn score (0–4): 3 means more than 10^8 guesses are needed.
pub const MIN_SCORE: u8 = 3;

/// Within score 3, the estimated guesses a passphrase needs at least (log10).
pub const MIN_GUESSES_LOG10: f64 = 9.0;

/// Words a guesser tries first against this app's vaults.
const APP_WOORDEN: [&str; 6] = ["top3", "werkplaats", "kluis", "oefenen", "veilig", "thuis"];

/// Dutch words that common Dutch passwords are built from (zxcvbn's lists are English).
const NL_WOORDEN: [&str; 16] = [
    "welkom",
    "wachtwoord",
    "geheim",
    "hallo",
    "zomer",
    "winter",
    "lente",
    "herfst",
    "liefde",
    "schatje",
    "voetbal",
    "ajax",
    "feyenoord",
    "nederland",
    "amsterdam",
    "rotterdam",
];

const ZIN: &str = "Gebruik een zin van vier of meer woorden die niet bij elkaar horen.";

/// The verdict on a new passphrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Oordeel {
    /// 0–4; never above 2 while the passphrase is refused (so a meter never shows "sterk" for a
    /// passphrase that is too short).
    pub score: u8,
    /// Meets the rule: long enough and hard enough to guess.
    pub voldoende: bool,
    /// Dutch sentences: why it is refused and what to do, or how strong it is. Never empty.
    pub uitleg: Vec<String>,
}

/// Judge a new passphrase. `profiel` is the profile name (of the vault being made or the open
/// one), counted as easy to guess like the app's own words.
pub fn beoordeel(passphrase: &str, profiel: Option<&str>) -> Oordeel {
    let n = passphrase.chars().count();
    if n == 0 {
        return Oordeel {
            score: 0,
            voldoende: false,
            uitleg: vec![format!(
                "Kies een wachtwoord van minstens {MIN_PASSPHRASE_CHARS} tekens. Een zin van vier of meer woorden is sterk en goed te onthouden."
            )],
        };
    }
    if passphrase.trim().is_empty() {
        return Oordeel {
            score: 0,
            voldoende: false,
            uitleg: vec!["Het wachtwoord bestaat alleen uit spaties.".into()],
        };
    }

    let mut invoer: Vec<&str> = APP_WOORDEN.iter().chain(&NL_WOORDEN).copied().collect();
    let profiel = profiel.map(str::trim).filter(|p| !p.is_empty());
    if let Some(p) = profiel {
        invoer.push(p);
        // Each part of a name on its own too ("Noor" and "Bakker" of "Noor Bakker").
        invoer.extend(p.split_whitespace().filter(|w| w.chars().count() >= 3));
    }
    let entropy = zxcvbn::zxcvbn(passphrase, &invoer);
    let score = u8::from(entropy.score());
    let sterk_genoeg = score >= MIN_SCORE && entropy.guesses_log10() >= MIN_GUESSES_LOG10;

    if n < MIN_PASSPHRASE_CHARS {
        let tekort = MIN_PASSPHRASE_CHARS - n;
        return Oordeel {
            score: score.min(MIN_SCORE - 1),
            voldoende: false,
            uitleg: vec![
                format!(
                    "Het wachtwoord is te kort: nog {tekort} {} nodig (minstens {MIN_PASSPHRASE_CHARS}).",
                    if tekort == 1 { "teken" } else { "tekens" }
                ),
                ZIN.into(),
            ],
        };
    }

    if sterk_genoeg {
        let zin = if score >= 4 {
            "Sterk wachtwoord."
        } else {
            "Voldoende. Een langere zin maakt het nog sterker."
        };
        return Oordeel {
            score,
            voldoende: true,
            uitleg: vec![zin.into()],
        };
    }

    let mut uitleg: Vec<String> = Vec::new();
    let mut voeg_toe = |zin: &str| {
        if !uitleg.iter().any(|u| u == zin) {
            uitleg.push(zin.to_owned());
        }
    };
    let feedback = entropy.feedback();
    match feedback.and_then(|f| f.warning()) {
        Some(w) => voeg_toe(waarschuwing(w)),
        None => voeg_toe("Dit wachtwoord is te makkelijk te raden."),
    }
    let klein = in_kleine_letters(passphrase);
    if bevat_naam_of_appwoord(&klein, profiel) {
        voeg_toe("Je naam of een woord uit deze app, zoals 'kluis', is makkelijk te raden.");
    }
    if NL_WOORDEN.iter().any(|w| klein.contains(w)) {
        voeg_toe("Veelgebruikte woorden zoals 'welkom' of 'zomer' zijn makkelijk te raden.");
    }
    for s in feedback.map(|f| f.suggestions()).unwrap_or_default() {
        if let Some(zin) = suggestie(*s) {
            voeg_toe(zin);
        }
    }
    voeg_toe(ZIN);
    Oordeel {
        score: score.min(MIN_SCORE - 1),
        voldoende: false,
        uitleg,
    }
}

/// Refuse a new passphrase that is too weak to protect special-category data; the message says
/// why and what to do.
pub fn check_new_passphrase(passphrase: &str, profiel: Option<&str>) -> Result<(), Error> {
    let oordeel = beoordeel(passphrase, profiel);
    if oordeel.voldoende {
        return Ok(());
    }
    Err(Error::Invalid(format!(
        "Dit wachtwoord is niet sterk genoeg. {} Er is niets gewijzigd.",
        oordeel.uitleg.join(" ")
    )))
}

/// The passphrase in lower case, in a buffer that is zeroized when dropped and never grows (a
/// character's lower case is at most 1.5 times as long in UTF-8), so no copy is left behind.
fn in_kleine_letters(passphrase: &str) -> zeroize::Zeroizing<String> {
    let mut klein = zeroize::Zeroizing::new(String::with_capacity(passphrase.len() * 2));
    for c in passphrase.chars() {
        klein.extend(c.to_lowercase());
    }
    klein
}

/// `klein`: the passphrase in lower case.
fn bevat_naam_of_appwoord(klein: &str, profiel: Option<&str>) -> bool {
    let naam = profiel.map(str::to_lowercase);
    APP_WOORDEN
        .iter()
        .copied()
        .chain(naam.as_deref())
        .chain(
            naam.iter()
                .flat_map(|n| n.split_whitespace())
                .filter(|w| w.chars().count() >= 3),
        )
        .any(|w| klein.contains(w))
}

fn waarschuwing(w: Warning) -> &'static str {
    match w {
        Warning::StraightRowsOfKeysAreEasyToGuess => {
            "Rijen toetsen naast elkaar, zoals 'qwerty', zijn makkelijk te raden."
        }
        Warning::ShortKeyboardPatternsAreEasyToGuess => {
            "Korte patronen op het toetsenbord zijn makkelijk te raden."
        }
        Warning::RepeatsLikeAaaAreEasyToGuess => "Herhalingen zoals 'aaa' zijn makkelijk te raden.",
        Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess => {
            "Herhalingen zoals 'abcabc' zijn nauwelijks moeilijker te raden dan 'abc'."
        }
        Warning::ThisIsATop10Password
        | Warning::ThisIsATop100Password
        | Warning::ThisIsACommonPassword => "Dit is een veelgebruikt wachtwoord.",
        Warning::ThisIsSimilarToACommonlyUsedPassword => {
            "Dit lijkt op een veelgebruikt wachtwoord."
        }
        Warning::SequencesLikeAbcAreEasyToGuess => {
            "Reeksen zoals 'abc' of '6543' zijn makkelijk te raden."
        }
        Warning::RecentYearsAreEasyToGuess => "Recente jaartallen zijn makkelijk te raden.",
        Warning::AWordByItselfIsEasyToGuess => {
            "Een woord uit het woordenboek alleen is makkelijk te raden."
        }
        Warning::DatesAreOftenEasyToGuess => "Datums zijn vaak makkelijk te raden.",
        Warning::NamesAndSurnamesByThemselvesAreEasyToGuess
        | Warning::CommonNamesAndSurnamesAreEasyToGuess => "Namen zijn makkelijk te raden.",
    }
}

/// zxcvbn's suggestion in our words; `None` where our own closing sentence ([`ZIN`]) says it.
fn suggestie(s: Suggestion) -> Option<&'static str> {
    Some(match s {
        Suggestion::UseAFewWordsAvoidCommonPhrases
        | Suggestion::AddAnotherWordOrTwo
        | Suggestion::UseALongerKeyboardPatternWithMoreTurns => return None,
        Suggestion::NoNeedForSymbolsDigitsOrUppercaseLetters => {
            "Leestekens, cijfers en hoofdletters zijn niet nodig."
        }
        Suggestion::CapitalizationDoesntHelpVeryMuch
        | Suggestion::AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase => {
            "Hoofdletters maken een wachtwoord nauwelijks sterker."
        }
        Suggestion::ReversedWordsArentMuchHarderToGuess => {
            "Een woord achterstevoren is nauwelijks moeilijker te raden."
        }
        Suggestion::PredictableSubstitutionsDontHelpVeryMuch => {
            "Voorspelbare vervangingen, zoals '@' voor 'a', helpen weinig."
        }
        Suggestion::AvoidRepeatedWordsAndCharacters => "Vermijd herhaalde woorden en tekens.",
        Suggestion::AvoidSequences => "Vermijd reeksen zoals 'abc' of '1234'.",
        Suggestion::AvoidRecentYears
        | Suggestion::AvoidYearsThatAreAssociatedWithYou
        | Suggestion::AvoidDatesAndYearsThatAreAssociatedWithYou => {
            "Vermijd jaartallen en datums die iets met jou te maken hebben."
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOED: &str = "paraplu lantaarn zeef mosterd";

    fn geweigerd(p: &str, profiel: Option<&str>) -> Oordeel {
        let o = beoordeel(p, profiel);
        assert!(!o.voldoende, "{p:?} should be refused: {o:?}");
        assert!(o.score < MIN_SCORE, "{p:?}: {o:?}");
        let e = check_new_passphrase(p, profiel).unwrap_err().to_string();
        assert!(e.contains("niet sterk genoeg"), "{e}");
        assert!(e.contains("Er is niets gewijzigd."), "{e}");
        assert!(e.contains(ZIN), "the refusal says what to do: {e}");
        o
    }

    #[test]
    fn repeated_characters_are_refused() {
        let o = geweigerd("aaaaaaaaaaaa", None);
        assert!(
            o.uitleg
                .contains(&"Herhalingen zoals 'aaa' zijn makkelijk te raden.".to_string()),
            "{o:?}"
        );
    }

    #[test]
    fn common_patterns_are_refused() {
        // zxcvbn alone gives this a 3; the guesses floor and the Dutch words refuse it.
        let o = geweigerd("Welkom2024!!", None);
        assert!(o.uitleg.iter().any(|u| u.contains("'welkom'")), "{o:?}");
        let o = geweigerd("password1234", None);
        assert!(
            o.uitleg
                .contains(&"Dit is een veelgebruikt wachtwoord.".to_string()),
            "{o:?}"
        );
        geweigerd("Zomer2026!Zee", None);
        geweigerd("qwertyuiop12", None);
    }

    #[test]
    fn the_profile_name_and_app_words_count_as_easy() {
        let naam = Some("Wietske Oosterbroek");
        geweigerd("WietskeOosterbroekWietskeOosterbroek", naam);
        // Strong for a stranger, not with the profile name known.
        for p in ["wietskeoosterbroek", "Oosterbroek1975!"] {
            assert!(beoordeel(p, None).voldoende, "{p:?} without the name");
            let o = geweigerd(p, naam);
            assert!(
                o.uitleg.iter().any(|u| u.starts_with("Je naam")),
                "{p:?}: {o:?}"
            );
        }
        geweigerd("kluiskluis12", None);
        geweigerd("werkplaatstop3", None);
    }

    #[test]
    fn too_short_or_empty_is_refused_with_the_count() {
        let o = geweigerd("Vx9#qL2!", None);
        assert_eq!(
            o.uitleg[0],
            "Het wachtwoord is te kort: nog 4 tekens nodig (minstens 12)."
        );
        // Characters as people count them, not bytes.
        assert!(!beoordeel("ëïöüéèàçñßø", None).voldoende);
        assert_eq!(
            beoordeel("ëïöüéèàçñßø", None).uitleg[0],
            "Het wachtwoord is te kort: nog 1 teken nodig (minstens 12)."
        );
        assert!(!beoordeel("", None).voldoende);
        assert_eq!(
            beoordeel(&" ".repeat(14), None).uitleg,
            vec!["Het wachtwoord bestaat alleen uit spaties.".to_string()]
        );
    }

    #[test]
    fn a_sentence_of_four_unrelated_words_passes() {
        for p in [
            GOED,
            "Correct-Paard-Batterij-Nietje",
            "fiets wolk gieter kaneel",
        ] {
            let o = beoordeel(p, Some("Noor Bakker"));
            assert!(o.voldoende, "{p:?}: {o:?}");
            assert!(o.score >= MIN_SCORE);
            assert_eq!(o.uitleg.len(), 1);
            check_new_passphrase(p, Some("Noor Bakker")).unwrap();
        }
    }
}
