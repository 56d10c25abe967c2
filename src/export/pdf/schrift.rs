//! Text before it reaches a font: which embedded font draws each character, what is done with
//! characters no font has, and the visual order of right-to-left runs.
//!
//! - **Fallback per character**: Noto Sans (Regular or Bold) first, then Noto Sans Arabic, then
//!   Noto Sans Hebrew. Text is split into runs by font.
//! - **Missing glyphs** (emoji, CJK, …) become U+FFFD "�", a visible placeholder that Noto Sans
//!   has; control characters become nothing (a tab becomes a space), and invisible joiners and
//!   variation selectors (U+200B–U+200F, U+2060, U+FE00–U+FE0F) are dropped, so an emoji sequence
//!   becomes one placeholder, not several.
//! - **Right-to-left**: a PDF draws glyphs left to right, so a run of Arabic or Hebrew is drawn in
//!   reversed (visual) order; text extraction (pdftotext) turns it back into the name as typed
//!   (see `uitvoer`, measured both ways). The paragraph direction is always
//!   left-to-right (the documents are Dutch); there is no full Unicode bidi algorithm and no Arabic
//!   shaping: Arabic letters are drawn in their isolated forms, unjoined.

/// The placeholder for a character no embedded font has.
pub const VERVANGING: char = '\u{FFFD}';

/// Which embedded font draws a run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Font {
    Regular,
    Bold,
    Arabic,
    Hebrew,
}

/// Whether a character is written right to left (Hebrew, Arabic and their presentation forms).
pub fn rtl(c: char) -> bool {
    matches!(c as u32,
        0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
}

/// Characters that take part in a right-to-left run when they sit between two RTL characters
/// (spaces and punctuation inside a name), but do not start or end one.
fn neutraal(c: char) -> bool {
    c == ' ' || matches!(c, '-' | '\'' | '.' | ',' | '\u{00A0}')
}

fn onzichtbaar(c: char) -> bool {
    matches!(c as u32, 0x200B..=0x200F | 0x2060..=0x2064 | 0xFE00..=0xFE0F | 0xE0100..=0xE01EF | 0xFEFF)
        || (c.is_control() && c != '\n')
}

/// Cleans text for drawing: tabs become spaces, `'\r'` and other control characters and
/// invisible format characters are removed, and every character `heeft` says no font has becomes
/// [`VERVANGING`]. `'\n'` is kept (it breaks lines).
pub fn schoon(tekst: &str, heeft: impl Fn(char) -> bool) -> String {
    let mut uit = String::with_capacity(tekst.len());
    for c in tekst.chars() {
        match c {
            '\t' => uit.push(' '),
            '\n' => uit.push('\n'),
            c if onzichtbaar(c) => {}
            c if heeft(c) => uit.push(c),
            _ => {
                // One placeholder for a sequence (an emoji with skin tone is two code points).
                if !uit.ends_with(VERVANGING) {
                    uit.push(VERVANGING);
                }
            }
        }
    }
    uit
}

/// A piece of one line to draw with one font, in visual (left-to-right) order. `logisch` is the
/// text as typed; `zichtbaar` the characters in drawing order (reversed for a right-to-left run).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stuk {
    pub font: Font,
    pub logisch: String,
    pub zichtbaar: String,
    pub rtl: bool,
}

/// Splits one line into pieces: first into left-to-right and right-to-left stretches (an RTL
/// stretch spans spaces and punctuation between RTL characters), then each stretch by font.
/// `kies` picks the font for a character.
pub fn stukken(regel: &str, kies: impl Fn(char) -> Font) -> Vec<Stuk> {
    let tekens: Vec<char> = regel.chars().collect();
    // Mark RTL stretches.
    let mut is_rtl = vec![false; tekens.len()];
    let mut i = 0;
    while i < tekens.len() {
        if rtl(tekens[i]) {
            let begin = i;
            let mut eind = i; // last RTL character
            let mut j = i + 1;
            while j < tekens.len() && (rtl(tekens[j]) || neutraal(tekens[j])) {
                if rtl(tekens[j]) {
                    eind = j;
                }
                j += 1;
            }
            for r in &mut is_rtl[begin..=eind] {
                *r = true;
            }
            i = eind + 1;
        } else {
            i += 1;
        }
    }
    let mut uit: Vec<Stuk> = Vec::new();
    let mut i = 0;
    while i < tekens.len() {
        let richting = is_rtl[i];
        let mut j = i;
        while j < tekens.len() && is_rtl[j] == richting {
            j += 1;
        }
        let stretch = &tekens[i..j];
        // By font, in logical order.
        let mut delen: Vec<Stuk> = Vec::new();
        for &c in stretch {
            let f = kies(c);
            match delen.last_mut() {
                Some(d) if d.font == f || (c == ' ' && richting) => d.logisch.push(c),
                _ => delen.push(Stuk {
                    font: f,
                    logisch: c.to_string(),
                    zichtbaar: String::new(),
                    rtl: richting,
                }),
            }
        }
        if richting {
            delen.reverse();
        }
        for mut d in delen {
            d.zichtbaar = if richting {
                d.logisch.chars().rev().collect()
            } else {
                d.logisch.clone()
            };
            uit.push(d);
        }
        i = j;
    }
    uit
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kies(c: char) -> Font {
        match c as u32 {
            0x0600..=0x06FF => Font::Arabic,
            0x0590..=0x05FF => Font::Hebrew,
            _ => Font::Regular,
        }
    }

    #[test]
    fn cleans_text() {
        let heeft = |c: char| (c as u32) < 0x2000 || c == VERVANGING;
        let gevallen = [
            ("a\tb", "a b"),
            ("a\r\nb", "a\nb"),
            ("x\u{7}y", "xy"),
            ("ëéïü şğİı łżń", "ëéïü şğİı łżń"),
            ("hoi 😀!", "hoi �!"),
            ("👍🏽 ok", "� ok"),
            ("❤\u{FE0F} 👨\u{200D}👩\u{200D}👧", "� �"),
            ("漢字", "�"),
        ];
        for (in_, uit) in gevallen {
            assert_eq!(schoon(in_, heeft), uit, "{in_:?}");
        }
    }

    #[test]
    fn splits_runs_by_font_and_direction() {
        let s = stukken("Mevr. שרה כהן en Fatma", kies);
        let v: Vec<(&str, &str, bool)> = s
            .iter()
            .map(|s| (s.logisch.as_str(), s.zichtbaar.as_str(), s.rtl))
            .collect();
        assert_eq!(
            v,
            vec![
                ("Mevr. ", "Mevr. ", false),
                ("שרה כהן", "ןהכ הרש", true),
                (" en Fatma", " en Fatma", false),
            ]
        );
        assert_eq!(s[1].font, Font::Hebrew);

        // Arabic: one run, reversed; a Latin name after it stays in order.
        let s = stukken("أحمد Yılmaz", kies);
        assert_eq!(s[0].zichtbaar, "دمحأ");
        assert_eq!(s[0].font, Font::Arabic);
        assert_eq!(s[1].logisch, " Yılmaz");
        // The logical text of all pieces, in visual order, is the line when there is no RTL.
        let s = stukken("Jan de Vries", kies);
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].zichtbaar, "Jan de Vries");
    }
}
