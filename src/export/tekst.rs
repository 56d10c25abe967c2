//! Text made short for a view: the one truncation the projector, the demonstration and the
//! comparison of the oefenomgeving share. Each view only chooses its width.

/// One line of at most `max` characters: whitespace collapsed, cut after a whole word (when that
/// leaves at least half the line) and ended with "…"; trailing punctuation of the cut dropped.
pub fn kort(tekst: &str, max: usize) -> String {
    let plat = tekst.split_whitespace().collect::<Vec<_>>().join(" ");
    if plat.chars().count() <= max || max == 0 {
        return plat;
    }
    let mut uit: String = plat.chars().take(max - 1).collect();
    if let Some(spatie) = uit
        .rfind(' ')
        .filter(|&i| uit[..i].chars().count() >= max / 2)
    {
        uit.truncate(spatie);
    }
    let mut uit = uit.trim_end_matches([' ', ',', ';', ':']).to_string();
    uit.push('…');
    uit
}

#[cfg(test)]
mod tests {
    use super::kort;

    #[test]
    fn cuts_after_a_word_and_counts_characters() {
        assert_eq!(kort("Vader slaat moeder", 70), "Vader slaat moeder");
        assert_eq!(kort("een  twee\n drie", 70), "een twee drie");
        assert_eq!(kort("een twee drie vier vijf zes", 15), "een twee drie…");
        let lang = "woord ".repeat(100);
        let k = kort(&lang, 140);
        assert!(k.chars().count() <= 140 && k.ends_with("woord…"), "{k}");
        assert_eq!(kort(&"x".repeat(300), 140).chars().count(), 140);
        // Characters, not bytes: emoji and Arabic count once each.
        assert_eq!(kort(&"👩🏽".repeat(10), 70), "👩🏽".repeat(10));
        let arabisch = "مرحبا ".repeat(30);
        let k = kort(&arabisch, 40);
        assert!(k.chars().count() <= 40 && k.ends_with('…'), "{k}");
        assert_eq!(kort("a, b, c, d, e, f", 6), "a, b…");
    }
}
