//! Pseudonymisation for printed documents (a plan, an MDA++ verslag): people's full names, then
//! their separate names (three letters or more), replaced where they stand as whole words —
//! betrokkenen by their initials ("Ayşe Yılmaz" → "A.Y."), professionals at an MDA++ table by
//! their organisation. Free text that spells a name otherwise (a nickname, a typo) is not caught:
//! check the document before sharing it.

use crate::domain::Casus;

/// The replacements, longest name first.
pub(crate) struct Namen(Vec<(String, String)>);

impl Namen {
    /// No replacements: the document shows names as they are.
    pub(crate) fn geen() -> Namen {
        Namen(Vec::new())
    }

    /// The betrokkenen of `casus` by their initials, when `pseudoniem`.
    pub(crate) fn voor(casus: &Casus, pseudoniem: bool) -> Namen {
        let mut namen = Namen::geen();
        if pseudoniem {
            namen.betrokkenen(casus);
        }
        namen
    }

    /// Add every betrokkene of `casus`: full name → initials, each part → its initial.
    pub(crate) fn betrokkenen(&mut self, casus: &Casus) {
        for b in &casus.betrokkenen {
            self.persoon(&b.naam, None);
        }
    }

    /// Add one person: the full name becomes `door` (or the initials), each name part of three
    /// letters or more its initial.
    ///
    /// A description in brackets ("Kim Brouwer (moeder)") is not part of the name, and
    /// lower-case parts ("de", "van") are tussenvoegsels or words, never replaced on their own.
    pub(crate) fn persoon(&mut self, naam: &str, door: Option<&str>) {
        let kern = naam.split('(').next().unwrap_or_default().trim();
        let delen: Vec<&str> = kern.split_whitespace().collect();
        let initialen: String = delen
            .iter()
            .filter_map(|d| d.chars().next())
            .filter(|c| naamletter(*c))
            .map(|c| format!("{}.", c.to_uppercase()))
            .collect();
        if initialen.is_empty() {
            return;
        }
        let volledig = door.map_or(initialen, str::to_string);
        if kern != naam.trim() {
            self.0.push((naam.trim().to_string(), volledig.clone()));
        }
        self.0.push((kern.to_string(), volledig));
        for deel in delen {
            if deel.chars().count() >= 3 && deel.chars().next().is_some_and(naamletter) {
                let eerste: String = deel
                    .chars()
                    .next()
                    .into_iter()
                    .flat_map(char::to_uppercase)
                    .collect();
                self.0.push((deel.to_string(), format!("{eerste}.")));
            }
        }
        // Longest first, so a full name goes before its parts.
        self.0
            .sort_by_key(|(naam, _)| std::cmp::Reverse(naam.chars().count()));
    }

    /// `tekst` with every known name replaced.
    pub(crate) fn vervang(&self, tekst: &str) -> String {
        let mut uit = tekst.to_string();
        for (naam, door) in &self.0 {
            uit = vervang_woord(&uit, naam, door);
        }
        uit
    }
}

/// Whether a name part starting with `c` is a name: a capital, or a letter of a script without
/// capitals (Arabic, Hebrew…). Lower-case parts ("de", "van") are tussenvoegsels or words.
fn naamletter(c: char) -> bool {
    c.is_alphabetic() && !c.is_lowercase()
}

/// Replace `naam` where it stands as a whole word (not inside a longer word).
fn vervang_woord(tekst: &str, naam: &str, door: &str) -> String {
    let mut uit = String::with_capacity(tekst.len());
    let mut rest = tekst;
    while let Some(pos) = rest.find(naam) {
        let voor = rest[..pos].chars().next_back();
        let na = rest[pos + naam.len()..].chars().next();
        let los =
            voor.is_none_or(|c| !c.is_alphanumeric()) && na.is_none_or(|c| !c.is_alphanumeric());
        uit.push_str(&rest[..pos]);
        uit.push_str(if los { door } else { naam });
        rest = &rest[pos + naam.len()..];
        // "… voor Finn." becomes "… voor F.", not "F..".
        if los && door.ends_with('.') && rest.starts_with('.') {
            rest = &rest[1..];
        }
    }
    uit.push_str(rest);
    uit
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hele_woorden() {
        assert_eq!(
            vervang_woord("Ayşe en Ayşegül", "Ayşe", "A."),
            "A. en Ayşegül"
        );
        assert_eq!(vervang_woord("(Ayşe)", "Ayşe", "A."), "(A.)");
        assert_eq!(vervang_woord("", "Ayşe", "A."), "");
        assert_eq!(vervang_woord("Zorg om Finn.", "Finn", "F."), "Zorg om F.");
        assert_eq!(
            vervang_woord("Finn. Finn", "Finn", "Veilig Thuis"),
            "Veilig Thuis. Veilig Thuis"
        );
    }

    #[test]
    fn schriften_zonder_hoofdletters_en_emoji() {
        let mut n = Namen::geen();
        n.persoon("ليلى حداد", None);
        n.persoon("דוד לוי", Some("Politie"));
        n.persoon("Zoë 🌻 Çelik", None);
        assert_eq!(
            n.vervang("ليلى حداد en דוד לוי; later ليلى en Zoë 🌻 Çelik, en Çelik"),
            "ل.ح. en Politie; later ل. en Z.Ç., en Ç."
        );
    }

    #[test]
    fn personen_door_initialen_of_organisatie() {
        let mut n = Namen::geen();
        n.persoon("Ayşe Yılmaz", None);
        n.persoon("Sanne de Wit", Some("Veilig Thuis"));
        n.persoon("Jayden Brouwer (zoon van moeder, 17)", None);
        assert_eq!(
            n.vervang("Sanne de Wit belt Ayşe Yılmaz; Sanne ziet Ayşe vaak"),
            "Veilig Thuis belt A.Y.; S. ziet A. vaak"
        );
        assert_eq!(
            n.vervang("Jayden Brouwer (zoon van moeder, 17) en Jayden, van zijn moeder."),
            "J.B. en J., van zijn moeder."
        );
        assert_eq!(Namen::geen().vervang("Ayşe"), "Ayşe");
    }
}
