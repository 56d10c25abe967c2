//! Streaming passes over the JSON text that never build a tree of it: pass 1 ([`voorlees`])
//! checks the syntax, counts the onderdelen and reads `format` and `versie`, which
//! [`controleer_kop`] then judges; [`waarde_op`] walks to one value to quote it in a message. Also
//! the Dutch for JSON syntax errors.

use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::{FORMAT, Importfout, MAX_ONDERDELEN, VERSIE};
use crate::domain::Probleem;

/// Longest piece of the file quoted in a message (a date, an id, a `format`), in characters.
const MAX_CITAAT: usize = 60;

/// What pass 1 learns about one JSON value.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Blad {
    /// A string; its text only where it was asked for (`format`), shortened.
    Tekst(String),
    Getal(serde_json::Number),
    Waarheid(bool),
    Null,
    Lijst,
    /// An object; its fields (key and leaf) only where they were asked for.
    Object(Vec<(String, Blad)>),
}

impl Blad {
    /// The kind of value, as a Dutch noun phrase.
    fn soort(&self) -> &'static str {
        match self {
            Blad::Tekst(_) => "een tekst",
            Blad::Getal(_) => "een getal",
            Blad::Waarheid(_) => "true of false",
            Blad::Null => "null",
            Blad::Lijst => "een lijst",
            Blad::Object(_) => "een object",
        }
    }
}

/// One step of a JSON path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Stap {
    Sleutel(String),
    Index(usize),
}

/// `casus.informatie[3].datum`; the empty path is the file itself.
pub(super) fn pad_tekst(stappen: &[Stap]) -> String {
    let mut pad = String::new();
    for stap in stappen {
        match stap {
            Stap::Sleutel(s) => {
                if !pad.is_empty() {
                    pad.push('.');
                }
                pad.push_str(&citaat(s));
            }
            Stap::Index(i) => pad.push_str(&format!("[{i}]")),
        }
    }
    if pad.is_empty() {
        "het bestand".to_string()
    } else {
        pad
    }
}

/// At most [`MAX_CITAAT`] characters of `s`, with "…" when cut.
pub(super) fn citaat(s: &str) -> String {
    match s.char_indices().nth(MAX_CITAAT) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// State of pass 1.
#[derive(Default)]
struct Teller {
    /// List entries seen so far, in all lists together.
    onderdelen: usize,
    /// The path of the value being walked.
    pad: Vec<Stap>,
    /// The longest list seen so far: its length and path.
    grootste: (usize, Vec<Stap>),
    /// `format` and `versie` of the top-level object.
    format: Option<Blad>,
    versie: Option<Blad>,
}

/// Walks one JSON value (and everything inside it), counting list entries.
struct Knoop<'t> {
    teller: &'t mut Teller,
    /// Keep the text of a string (for `format`).
    bewaar: bool,
    /// Keep the fields of an object, with their text (for quoting a bad date inside one).
    velden: bool,
    /// This is the top-level value: record `format` and `versie`.
    kop: bool,
}

impl Knoop<'_> {
    fn binnen<'u>(&'u mut self, bewaar: bool) -> Knoop<'u> {
        Knoop {
            teller: self.teller,
            bewaar,
            velden: false,
            kop: false,
        }
    }
}

impl<'de> DeserializeSeed<'de> for Knoop<'_> {
    type Value = Blad;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Blad, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Knoop<'_> {
    type Value = Blad;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Blad, E> {
        Ok(Blad::Waarheid(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Blad, E> {
        Ok(Blad::Getal(v.into()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Blad, E> {
        Ok(Blad::Getal(v.into()))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Blad, E> {
        // JSON numbers are finite, so this is always Some.
        Ok(serde_json::Number::from_f64(v).map_or(Blad::Null, Blad::Getal))
    }

    fn visit_str<E>(self, v: &str) -> Result<Blad, E> {
        Ok(Blad::Tekst(if self.bewaar {
            citaat(v)
        } else {
            String::new()
        }))
    }

    fn visit_unit<E>(self) -> Result<Blad, E> {
        Ok(Blad::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<Blad, A::Error> {
        let mut lengte = 0;
        loop {
            self.teller.pad.push(Stap::Index(lengte));
            let element = seq.next_element_seed(self.binnen(false))?;
            self.teller.pad.pop();
            if element.is_none() {
                break;
            }
            lengte += 1;
        }
        self.teller.onderdelen += lengte;
        if lengte > self.teller.grootste.0 {
            self.teller.grootste = (lengte, self.teller.pad.clone());
        }
        Ok(Blad::Lijst)
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<Blad, A::Error> {
        let mut velden = Vec::new();
        while let Some(sleutel) = map.next_key::<String>()? {
            let kenmerk = self.kop && (sleutel == "format" || sleutel == "versie");
            self.teller.pad.push(Stap::Sleutel(sleutel));
            let blad = map.next_value_seed(self.binnen(kenmerk || self.velden))?;
            let Some(Stap::Sleutel(sleutel)) = self.teller.pad.pop() else {
                unreachable!("the walk pops what it pushed");
            };
            match sleutel.as_str() {
                "format" if kenmerk => self.teller.format = Some(blad),
                "versie" if kenmerk => self.teller.versie = Some(blad),
                _ if self.velden => velden.push((citaat(&sleutel), blad)),
                _ => {}
            }
        }
        Ok(Blad::Object(velden))
    }
}

/// What pass 1 found at the top of the file.
pub(super) struct Kop {
    soort: Blad,
    format: Option<Blad>,
    versie: Option<Blad>,
    /// List entries in the whole file.
    onderdelen: usize,
    /// The longest list: its length and path.
    grootste: (usize, Vec<Stap>),
}

/// Pass 1: checks the JSON syntax of the whole file and the number of onderdelen, and reads
/// `format` and `versie`.
pub(super) fn voorlees(tekst: &str) -> Result<Kop, Importfout> {
    let mut teller = Teller::default();
    let mut de = serde_json::Deserializer::from_str(tekst);
    let uitkomst = Knoop {
        teller: &mut teller,
        bewaar: false,
        velden: false,
        kop: true,
    }
    .deserialize(&mut de)
    .and_then(|soort| de.end().map(|()| soort));
    match uitkomst {
        Ok(soort) => Ok(Kop {
            soort,
            format: teller.format,
            versie: teller.versie,
            onderdelen: teller.onderdelen,
            grootste: teller.grootste,
        }),
        Err(fout) => Err(syntaxfout(tekst, &fout)),
    }
}

/// A JSON syntax error as [`Importfout::GeenJson`], with the column in characters.
fn syntaxfout(tekst: &str, fout: &serde_json::Error) -> Importfout {
    let regel = fout.line();
    let kolom_bytes = fout.column();
    let kolom = match tekst.split('\n').nth(regel.saturating_sub(1)) {
        // serde_json counts bytes; count the characters that start before that byte.
        Some(r) => r.char_indices().filter(|&(i, _)| i < kolom_bytes).count(),
        None => kolom_bytes,
    };
    let bericht = zonder_positie(fout);
    let reden = if fout.is_eof() {
        "onverwacht einde"
    } else {
        syntaxreden(&bericht)
    };
    Importfout::GeenJson {
        regel,
        kolom,
        reden: reden.to_string(),
    }
}

/// serde_json's syntax messages in Dutch.
fn syntaxreden(bericht: &str) -> &'static str {
    const REDENEN: &[(&str, &str)] = &[
        ("EOF while parsing", "onverwacht einde"),
        ("expected `:`", "hier hoort een dubbele punt (:)"),
        ("expected `,` or `]`", "hier hoort een komma of ]"),
        ("expected `,` or `}`", "hier hoort een komma of }"),
        (
            "expected ident",
            "onbekend woord (alleen true, false en null mogen zonder aanhalingstekens)",
        ),
        ("expected value", "hier hoort een waarde"),
        ("expected `\"`", "hier hoort een aanhalingsteken (\")"),
        ("invalid escape", "ongeldige escape (\\) in een tekst"),
        ("invalid number", "ongeldig getal"),
        ("number out of range", "getal te groot"),
        (
            "invalid unicode code point",
            "ongeldige \\u-escape in een tekst",
        ),
        (
            "lone leading surrogate",
            "ongeldige \\u-escape in een tekst",
        ),
        (
            "unexpected end of hex escape",
            "ongeldige \\u-escape in een tekst",
        ),
        (
            "control character",
            "stuurteken (zoals een tab of regeleinde) binnen een tekst",
        ),
        (
            "key must be a string",
            "een veldnaam moet tussen aanhalingstekens staan",
        ),
        ("trailing comma", "komma vóór ] of }"),
        (
            "trailing characters",
            "er staat nog tekst na het einde van de JSON",
        ),
        ("recursion limit exceeded", "te diep genest"),
    ];
    REDENEN
        .iter()
        .find(|(engels, _)| bericht.starts_with(engels))
        .map_or("ongeldige JSON", |(_, nl)| nl)
}

/// serde_json's message without " at line L column C".
pub(super) fn zonder_positie(fout: &serde_json::Error) -> String {
    let bericht = fout.to_string();
    let positie = format!(" at line {} column {}", fout.line(), fout.column());
    match bericht.strip_suffix(&positie) {
        Some(kort) => kort.to_string(),
        None => bericht,
    }
}

/// Refuses what is not a casusbestand of a version this build knows, or has too many onderdelen.
pub(super) fn controleer_kop(kop: Kop) -> Result<(), Importfout> {
    let geen = |reden: String| Err(Importfout::GeenCasusbestand { reden });
    if !matches!(kop.soort, Blad::Object(_)) {
        return geen(format!(
            "er staat geen JSON-object in, maar {}",
            kop.soort.soort()
        ));
    }
    match kop.format {
        None => return geen("het veld 'format' ontbreekt".to_string()),
        Some(Blad::Tekst(f)) if f == FORMAT => {}
        Some(Blad::Tekst(f)) => {
            return geen(format!("'format' is '{f}' in plaats van '{FORMAT}'"));
        }
        Some(anders) => {
            return geen(format!(
                "'format' is {} in plaats van de tekst '{FORMAT}'",
                anders.soort()
            ));
        }
    }
    let probleem = |melding: String| {
        Err(Importfout::Ongeldig {
            problemen: vec![Probleem {
                pad: "versie".to_string(),
                melding,
            }],
        })
    };
    match kop.versie {
        None => return probleem("Dit verplichte veld ontbreekt.".to_string()),
        Some(Blad::Getal(n)) => match n.as_u64() {
            Some(0) => {
                return probleem("Versie 0 bestaat niet; de eerste versie is 1.".to_string());
            }
            Some(v) if v > u64::from(VERSIE) => return Err(Importfout::TeNieuw { versie: v }),
            Some(_) => {}
            None => {
                return probleem(format!(
                    "Verwacht een geheel getal (de versie van het formaat), maar dit is het getal {n}."
                ));
            }
        },
        Some(anders) => {
            return probleem(format!(
                "Verwacht een geheel getal (de versie van het formaat), maar dit is {}.",
                anders.soort()
            ));
        }
    }
    if kop.onderdelen > MAX_ONDERDELEN {
        let (lengte, pad) = kop.grootste;
        return Err(Importfout::TeVeelOnderdelen {
            onderdelen: kop.onderdelen,
            grootste: pad_tekst(&pad),
            lengte,
        });
    }
    Ok(())
}

/// The value at `stappen` in the file, found by streaming to it (for quoting a bad date or id).
pub(super) fn waarde_op(tekst: &str, stappen: &[Stap]) -> Option<Blad> {
    let mut de = serde_json::Deserializer::from_str(tekst);
    Zoek { stappen }.deserialize(&mut de).ok().flatten()
}

/// Walks to one value; everything else is skipped.
struct Zoek<'s> {
    stappen: &'s [Stap],
}

impl<'de> DeserializeSeed<'de> for Zoek<'_> {
    type Value = Option<Blad>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        if self.stappen.is_empty() {
            let mut teller = Teller::default();
            let knoop = Knoop {
                teller: &mut teller,
                bewaar: true,
                velden: true,
                kop: false,
            };
            return knoop.deserialize(deserializer).map(Some);
        }
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Zoek<'_> {
    type Value = Option<Blad>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let (eerste, rest) = self.stappen.split_first().expect("not empty");
        let mut gevonden = None;
        let mut index = 0;
        loop {
            if *eerste == Stap::Index(index) {
                match seq.next_element_seed(Zoek { stappen: rest })? {
                    Some(blad) => gevonden = blad,
                    None => break,
                }
            } else if seq.next_element::<IgnoredAny>()?.is_none() {
                break;
            }
            index += 1;
        }
        Ok(gevonden)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let (eerste, rest) = self.stappen.split_first().expect("not empty");
        let mut gevonden = None;
        while let Some(sleutel) = map.next_key::<String>()? {
            if *eerste == Stap::Sleutel(sleutel) {
                gevonden = map.next_value_seed(Zoek { stappen: rest })?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(gevonden)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntaxredenen() {
        for (engels, nl) in [
            ("EOF while parsing an object", "onverwacht einde"),
            ("trailing comma", "komma vóór ] of }"),
            ("expected `,` or `}`", "hier hoort een komma of }"),
            ("iets nieuws", "ongeldige JSON"),
        ] {
            assert_eq!(syntaxreden(engels), nl);
        }
    }
}
