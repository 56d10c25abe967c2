//! The exchange format `top3-casus`: one casus as versioned JSON, to move a casus between
//! installations of TOP-3 Werkplaats (a colleague, a new laptop, a training set). See
//! `docs/uitwisselformaat.md`.
//!
//! - [`exporteer`] writes a [`Casusbestand`] as pretty JSON: deterministic (the same casus gives
//!   byte-identical output) and ending in a newline.
//! - [`lees`] reads one back, all-or-nothing, in stages that each say in Dutch where the file goes
//!   wrong: size, empty, UTF-8 (byte offset), JSON syntax (regel, kolom), not a casusbestand
//!   (`format`), a newer `versie` (refused: "Werk de app bij"), too many onderdelen, the first
//!   type error or missing field (with its JSON path), then every semantic problem
//!   ([`domain::valideer`]). Nothing comes out unless everything is valid.
//! - [`hernummer`] gives fresh ids to whatever is already taken in the vault and rewrites every
//!   reference to them.
//! - [`schema`] is the JSON Schema generated from the Rust types (`docs/top3-casus.schema.json`).
//!
//! Reading never builds a JSON tree of the whole file: a first pass streams through it to check
//! the syntax, count the onderdelen and read `format` and `versie`; a second pass deserialises the
//! casus directly. Memory stays close to the size of the casus itself.

use std::collections::{HashMap, HashSet};
use std::fmt;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use thiserror::Error;
use uuid::Uuid;

use crate::domain::{self, Casus, Perspectief, Probleem};

/// The value of `format` in every casusbestand.
pub const FORMAT: &str = "top3-casus";

/// The version of the format this build writes, and the newest it reads.
pub const VERSIE: u32 = 1;

/// The largest file [`lees`] accepts: 64 MiB (sixty-four texts at the 1 MiB maximum per field).
pub const MAX_BESTAND_BYTES: usize = 64 * MIB;

/// The most onderdelen (entries of lists, all lists in the file together) [`lees`] accepts. A
/// large real casus has a few thousand; more points to a broken or hostile file. Counted while
/// streaming, so a file far over the limit is refused without being read further.
pub const MAX_ONDERDELEN: usize = 50_000;

const MIB: usize = 1024 * 1024;

/// Longest piece of the file quoted in a message (a date, an id, a `format`), in characters.
const MAX_CITAAT: usize = 60;

/// One casus as exchanged between installations of TOP-3 Werkplaats (format `top3-casus`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schemars(title = "Casusbestand (top3-casus)")]
pub struct Casusbestand {
    /// Always "top3-casus": marks the file as a casusbestand of TOP-3 Werkplaats.
    #[schemars(extend("const" = "top3-casus"))]
    pub format: String,
    /// The version of the format. A reader refuses versions newer than it knows.
    #[schemars(extend("const" = 1))]
    pub versie: u32,
    /// The casus.
    pub casus: Casus,
}

impl Casusbestand {
    /// The file for this casus, in the current format and version.
    pub fn nieuw(casus: Casus) -> Self {
        Self {
            format: FORMAT.to_string(),
            versie: VERSIE,
            casus,
        }
    }
}

/// [`Casusbestand`] borrowing its casus, so export needs no copy. Same fields, same order.
#[derive(Serialize)]
struct Uitvoer<'a> {
    format: &'static str,
    versie: u32,
    casus: &'a Casus,
}

/// The casus as a casusbestand: pretty JSON (two-space indent, fields in declaration order, text
/// as UTF-8 without escapes), ending in a newline. The same casus always gives the same bytes.
pub fn exporteer(casus: &Casus) -> String {
    let bestand = Uitvoer {
        format: FORMAT,
        versie: VERSIE,
        casus,
    };
    let mut tekst = serde_json::to_string_pretty(&bestand)
        .expect("a casus serialises: only structs, lists, strings, numbers, no non-string keys");
    tekst.push('\n');
    tekst
}

/// Why a file was not imported. Every message is Dutch, says where, and ends with "Er is niets
/// geïmporteerd."
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Importfout {
    /// The file is empty (or only whitespace).
    #[error("Het bestand is leeg. Er is niets geïmporteerd.")]
    Leeg,
    /// The file is larger than [`MAX_BESTAND_BYTES`]; it was not read.
    #[error(
        "Dit bestand is te groot om te importeren: {} MB, hoogstens {} MB. Er is niets geïmporteerd.",
        .bytes.div_ceil(MIB as u64),
        MAX_BESTAND_BYTES / MIB
    )]
    TeGroot {
        /// The size of the file.
        bytes: u64,
    },
    /// The file is not UTF-8 text.
    #[error(
        "Dit bestand is geen casusbestand van TOP-3 Werkplaats (regel {regel}, kolom {kolom}, byte {byte}: geen geldige UTF-8-tekst). Er is niets geïmporteerd."
    )]
    GeenTekst {
        /// Offset of the first invalid byte from the start of the file (0-based).
        byte: usize,
        /// Line of that byte (1-based).
        regel: usize,
        /// Column of that byte in characters (1-based).
        kolom: usize,
    },
    /// The file is not valid JSON.
    #[error(
        "Dit bestand is geen casusbestand van TOP-3 Werkplaats (regel {regel}, kolom {kolom}: {reden}). Er is niets geïmporteerd."
    )]
    GeenJson {
        /// Line of the error (1-based).
        regel: usize,
        /// Column of the error in characters (1-based; 0 right after a line break).
        kolom: usize,
        /// What is wrong there, in Dutch ("onverwacht einde").
        reden: String,
    },
    /// Valid JSON, but not a casusbestand: no object, no or another `format`.
    #[error(
        "Dit bestand is geen casusbestand van TOP-3 Werkplaats ({reden}). Er is niets geïmporteerd."
    )]
    GeenCasusbestand {
        /// Why not, in Dutch.
        reden: String,
    },
    /// A casusbestand of a newer version than this build knows.
    #[error(
        "Dit casusbestand heeft versie {versie}; deze versie van TOP-3 Werkplaats kent tot en met versie {VERSIE}. Werk de app bij. Er is niets geïmporteerd."
    )]
    TeNieuw {
        /// The version in the file.
        versie: u64,
    },
    /// More than [`MAX_ONDERDELEN`] onderdelen; reading stopped where the limit was passed.
    #[error(
        "Dit casusbestand is te groot om te importeren: het heeft meer dan {} onderdelen (de grens werd overschreden bij {pad}). Er is niets geïmporteerd.",
        duizendtallen(MAX_ONDERDELEN)
    )]
    TeVeelOnderdelen {
        /// The JSON path of the list where the limit was passed.
        pad: String,
    },
    /// A casusbestand with problems: the first type error or missing field, or every semantic
    /// problem, each with its JSON path from the root of the file (`casus.informatie[3].datum`).
    #[error("{}", rapport(.problemen))]
    Ongeldig {
        /// Every problem found, in the order of the file.
        problemen: Vec<Probleem>,
    },
}

impl Importfout {
    /// A stable code the UI can branch on.
    pub fn code(&self) -> &'static str {
        match self {
            Importfout::Leeg => "leeg",
            Importfout::TeGroot { .. } => "te_groot",
            Importfout::GeenTekst { .. } => "geen_tekst",
            Importfout::GeenJson { .. } => "geen_json",
            Importfout::GeenCasusbestand { .. } => "geen_casusbestand",
            Importfout::TeNieuw { .. } => "te_nieuw",
            Importfout::TeVeelOnderdelen { .. } => "te_veel_onderdelen",
            Importfout::Ongeldig { .. } => "ongeldig",
        }
    }
}

/// "Dit bestand is niet geïmporteerd: 2 problemen gevonden." then "- pad: melding" per problem,
/// then "Er is niets geïmporteerd."
fn rapport(problemen: &[Probleem]) -> String {
    let mut tekst = format!(
        "Dit bestand is niet geïmporteerd: {} gevonden.",
        domain::benamingen::aantal(problemen.len(), "probleem", "problemen")
    );
    for p in problemen {
        tekst.push_str(&format!("\n- {}: {}", p.pad, p.melding));
    }
    tekst.push_str("\nEr is niets geïmporteerd.");
    tekst
}

/// 50000 → "50.000".
fn duizendtallen(n: usize) -> String {
    let cijfers = n.to_string();
    let mut tekst = String::new();
    for (i, c) in cijfers.chars().enumerate() {
        if i > 0 && (cijfers.len() - i) % 3 == 0 {
            tekst.push('.');
        }
        tekst.push(c);
    }
    tekst
}

/// Reads a casusbestand: all or nothing. `vandaag` is passed to [`domain::valideer`] (dates of
/// past events may not lie after it).
///
/// Stages, each refusing with a Dutch message that says where: larger than
/// [`MAX_BESTAND_BYTES`]; empty; not UTF-8 (a UTF-8 byte order mark is skipped); not JSON; not an
/// object with `"format": "top3-casus"`; a `versie` newer than [`VERSIE`]; more than
/// [`MAX_ONDERDELEN`] onderdelen; then the first type error, missing or unknown field (serde stops
/// at the first: the rest of the file cannot be interpreted reliably after it); then every
/// semantic problem at once.
pub fn lees(bytes: &[u8], vandaag: NaiveDate) -> Result<Casus, Importfout> {
    if bytes.len() > MAX_BESTAND_BYTES {
        return Err(Importfout::TeGroot {
            bytes: bytes.len() as u64,
        });
    }
    const BOM: &[u8] = b"\xEF\xBB\xBF";
    let (bytes, bom) = match bytes.strip_prefix(BOM) {
        Some(rest) => (rest, BOM.len()),
        None => (bytes, 0),
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Importfout::Leeg);
    }
    let tekst = std::str::from_utf8(bytes).map_err(|e| {
        let goed = &bytes[..e.valid_up_to()];
        let regel = goed.iter().filter(|&&b| b == b'\n').count() + 1;
        let begin_regel = goed.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        // The prefix is valid UTF-8, so this cannot fail; count characters, not bytes.
        let kolom = std::str::from_utf8(&goed[begin_regel..]).map_or(0, |s| s.chars().count()) + 1;
        Importfout::GeenTekst {
            byte: bom + e.valid_up_to(),
            regel,
            kolom,
        }
    })?;

    let kop = voorlees(tekst)?;
    controleer_kop(kop)?;

    let mut de = serde_json::Deserializer::from_str(tekst);
    let bestand: Casusbestand = serde_path_to_error::deserialize(&mut de).map_err(|fout| {
        Importfout::Ongeldig {
            problemen: vec![typefout(tekst, &fout)],
        }
    })?;

    let problemen: Vec<Probleem> = domain::valideer(&bestand.casus, vandaag)
        .into_iter()
        .map(|p| Probleem {
            pad: format!("casus.{}", p.pad),
            melding: p.melding,
        })
        .collect();
    if !problemen.is_empty() {
        return Err(Importfout::Ongeldig { problemen });
    }
    Ok(bestand.casus)
}

// ---------------------------------------------------------------------------------------------
// Pass 1: syntax, onderdelen, `format` and `versie` — streaming, nothing kept but a few leaves.

/// What pass 1 learns about one JSON value.
#[derive(Debug, Clone, PartialEq)]
enum Blad {
    /// A string; its text only where it was asked for (`format`), shortened.
    Tekst(String),
    Getal(serde_json::Number),
    Waarheid(bool),
    Null,
    Lijst,
    Object,
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
            Blad::Object => "een object",
        }
    }
}

/// One step of a JSON path.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Stap {
    Sleutel(String),
    Index(usize),
}

/// `casus.informatie[3].datum`; the empty path is the file itself.
fn pad_tekst(stappen: &[Stap]) -> String {
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
fn citaat(s: &str) -> String {
    match s.char_indices().nth(MAX_CITAAT) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// State of pass 1.
#[derive(Default)]
struct Teller {
    onderdelen: usize,
    /// Set when [`MAX_ONDERDELEN`] was passed; the walk then unwinds, collecting `pad`.
    te_veel: bool,
    /// The path to the list where the limit was passed, innermost step first.
    pad: Vec<Stap>,
    /// `format` and `versie` of the top-level object.
    format: Option<Blad>,
    versie: Option<Blad>,
}

/// Walks one JSON value (and everything inside it), counting list entries.
struct Knoop<'t> {
    teller: &'t mut Teller,
    /// Keep the text of a string (for `format`).
    bewaar: bool,
    /// This is the top-level value: record `format` and `versie`.
    kop: bool,
}

impl Knoop<'_> {
    fn binnen<'u>(&'u mut self, bewaar: bool) -> Knoop<'u> {
        Knoop {
            teller: self.teller,
            bewaar,
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
        let mut index = 0;
        loop {
            match seq.next_element_seed(self.binnen(false)) {
                Ok(Some(_)) => {}
                Ok(None) => return Ok(Blad::Lijst),
                Err(e) => {
                    if self.teller.te_veel {
                        self.teller.pad.push(Stap::Index(index));
                    }
                    return Err(e);
                }
            }
            self.teller.onderdelen += 1;
            if self.teller.onderdelen > MAX_ONDERDELEN {
                self.teller.te_veel = true;
                return Err(de::Error::custom("te veel onderdelen"));
            }
            index += 1;
        }
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<Blad, A::Error> {
        while let Some(sleutel) = map.next_key::<String>()? {
            let kenmerk = self.kop && (sleutel == "format" || sleutel == "versie");
            match map.next_value_seed(self.binnen(kenmerk)) {
                Ok(blad) if kenmerk => {
                    if sleutel == "format" {
                        self.teller.format = Some(blad);
                    } else {
                        self.teller.versie = Some(blad);
                    }
                }
                Ok(_) => {}
                Err(e) => {
                    if self.teller.te_veel {
                        self.teller.pad.push(Stap::Sleutel(sleutel));
                    }
                    return Err(e);
                }
            }
        }
        Ok(Blad::Object)
    }
}

/// What pass 1 found at the top of the file.
struct Kop {
    soort: Blad,
    format: Option<Blad>,
    versie: Option<Blad>,
}

/// Pass 1: checks the JSON syntax of the whole file and the number of onderdelen, and reads
/// `format` and `versie`.
fn voorlees(tekst: &str) -> Result<Kop, Importfout> {
    let mut teller = Teller::default();
    let mut de = serde_json::Deserializer::from_str(tekst);
    let uitkomst = Knoop {
        teller: &mut teller,
        bewaar: false,
        kop: true,
    }
    .deserialize(&mut de)
    .and_then(|soort| de.end().map(|()| soort));
    match uitkomst {
        Ok(soort) => Ok(Kop {
            soort,
            format: teller.format,
            versie: teller.versie,
        }),
        Err(_) if teller.te_veel => {
            teller.pad.reverse();
            Err(Importfout::TeVeelOnderdelen {
                pad: pad_tekst(&teller.pad),
            })
        }
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
        ("invalid unicode code point", "ongeldige \\u-escape in een tekst"),
        ("lone leading surrogate", "ongeldige \\u-escape in een tekst"),
        ("unexpected end of hex escape", "ongeldige \\u-escape in een tekst"),
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
fn zonder_positie(fout: &serde_json::Error) -> String {
    let bericht = fout.to_string();
    let positie = format!(" at line {} column {}", fout.line(), fout.column());
    match bericht.strip_suffix(&positie) {
        Some(kort) => kort.to_string(),
        None => bericht,
    }
}

/// Refuses what is not a casusbestand of a version this build knows.
fn controleer_kop(kop: Kop) -> Result<(), Importfout> {
    let geen = |reden: String| Err(Importfout::GeenCasusbestand { reden });
    if kop.soort != Blad::Object {
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
        None => probleem("Dit verplichte veld ontbreekt.".to_string()),
        Some(Blad::Getal(n)) => match n.as_u64() {
            Some(0) => probleem("Versie 0 bestaat niet; de eerste versie is 1.".to_string()),
            Some(v) if v > u64::from(VERSIE) => Err(Importfout::TeNieuw { versie: v }),
            Some(_) => Ok(()),
            None => probleem(format!(
                "Verwacht een geheel getal (de versie van het formaat), maar dit is het getal {n}."
            )),
        },
        Some(anders) => probleem(format!(
            "Verwacht een geheel getal (de versie van het formaat), maar dit is {}.",
            anders.soort()
        )),
    }
}

// ---------------------------------------------------------------------------------------------
// Pass 2's first error, in Dutch.

/// The first error of the typed pass as a [`Probleem`] with its JSON path.
fn typefout(tekst: &str, fout: &serde_path_to_error::Error<serde_json::Error>) -> Probleem {
    let mut stappen = Vec::new();
    for segment in fout.path() {
        match segment {
            serde_path_to_error::Segment::Seq { index } => stappen.push(Stap::Index(*index)),
            serde_path_to_error::Segment::Map { key } => stappen.push(Stap::Sleutel(key.clone())),
            serde_path_to_error::Segment::Enum { variant } => {
                stappen.push(Stap::Sleutel(variant.clone()));
            }
            serde_path_to_error::Segment::Unknown => {}
        }
    }
    let bericht = zonder_positie(fout.inner());
    let (stappen, melding) = melding(tekst, stappen, &bericht);
    Probleem {
        pad: pad_tekst(&stappen),
        melding,
    }
}

/// The text between the first `voor` and the next `na` after it.
fn tussen<'b>(bericht: &'b str, voor: &str, na: &str) -> Option<&'b str> {
    let rest = &bericht[bericht.find(voor)? + voor.len()..];
    Some(&rest[..rest.find(na)?])
}

/// Dutch for a serde error message; may extend the path (a missing field's name).
fn melding(tekst: &str, mut stappen: Vec<Stap>, bericht: &str) -> (Vec<Stap>, String) {
    if let Some(veld) = bericht
        .strip_prefix("missing field `")
        .and_then(|r| r.strip_suffix('`'))
    {
        stappen.push(Stap::Sleutel(veld.to_string()));
        return (stappen, "Dit verplichte veld ontbreekt.".to_string());
    }
    if let Some(veld) = tussen(bericht, "unknown field `", "`") {
        if stappen.last() != Some(&Stap::Sleutel(veld.to_string())) {
            stappen.push(Stap::Sleutel(veld.to_string()));
        }
        return (
            stappen,
            format!("Onbekend veld: dit hoort niet in versie {VERSIE} van het formaat."),
        );
    }
    if let Some(veld) = tussen(bericht, "duplicate field `", "`") {
        stappen.push(Stap::Sleutel(veld.to_string()));
        return (stappen, "Dit veld staat er twee keer in.".to_string());
    }
    if let Some(waarde) = tussen(bericht, "unknown variant `", "`") {
        let toegestaan: Vec<&str> = bericht
            .split_once("expected ")
            .map(|(_, lijst)| lijst.split('`').skip(1).step_by(2).collect())
            .unwrap_or_default();
        let melding = if toegestaan.is_empty() {
            format!("Onbekende waarde '{}'.", citaat(waarde))
        } else {
            format!(
                "Onbekende waarde '{}'; kies uit: {}.",
                citaat(waarde),
                toegestaan.join(", ")
            )
        };
        return (stappen, melding);
    }
    if let Some(rest) = bericht.strip_prefix("invalid type: ")
        && let Some((gevonden, verwacht)) = rest.split_once(", expected ")
    {
        return (
            stappen,
            format!(
                "Verwacht {}, maar dit is {}.",
                verwacht_nl(verwacht),
                gevonden_nl(gevonden)
            ),
        );
    }
    if let Some(rest) = bericht.strip_prefix("invalid value: ")
        && let Some((gevonden, verwacht)) = rest.split_once(", expected ")
    {
        let melding = match bereik(verwacht) {
            Some(bereik) => format!(
                "{} valt buiten het bereik van dit veld ({bereik}).",
                hoofdletter(&gevonden_nl(gevonden))
            ),
            None => format!(
                "Ongeldige waarde ({}); verwacht {}.",
                gevonden_nl(gevonden),
                verwacht_nl(verwacht)
            ),
        };
        return (stappen, melding);
    }
    if let Some(rest) = bericht.strip_prefix("invalid length ")
        && let Some((lengte, verwacht)) = rest.split_once(", expected ")
    {
        return (
            stappen,
            format!(
                "Verwacht {}, maar de lijst heeft {lengte} elementen.",
                verwacht_nl(verwacht)
            ),
        );
    }
    const CHRONO: &[&str] = &[
        "input is out of range",
        "no possible date and time matching input",
        "input is not enough for unique date and time",
        "premature end of input",
        "input contains invalid characters",
        "trailing input",
        "bad or unsupported format string",
    ];
    let waarde = || match waarde_op(tekst, &stappen) {
        Some(Blad::Tekst(s)) => format!(" '{s}'"),
        _ => String::new(),
    };
    if CHRONO.contains(&bericht) {
        let melding = if stappen.last() == Some(&Stap::Sleutel("aangemaakt".to_string())) {
            format!(
                "Ongeldig tijdstip{} (verwacht een bestaand tijdstip als 2026-01-15T09:30:00Z).",
                waarde()
            )
        } else {
            format!(
                "Ongeldige datum{} (verwacht een bestaande datum als JJJJ-MM-DD).",
                waarde()
            )
        };
        return (stappen, melding);
    }
    if bericht.starts_with("UUID parsing failed") {
        let melding = format!(
            "Ongeldige id{} (verwacht een UUID als 0f8fad5b-d9cb-469f-a165-70867728950e).",
            waarde()
        );
        return (stappen, melding);
    }
    (
        stappen,
        format!("Deze waarde past niet in het formaat ({bericht})."),
    )
}

/// serde's "expected …" in Dutch.
fn verwacht_nl(verwacht: &str) -> String {
    let geheel = |bereik: &str| format!("een geheel getal van {bereik}");
    match verwacht {
        "a string" | "string" => "een tekst".to_string(),
        "a boolean" => "true of false".to_string(),
        "a sequence" => "een lijst".to_string(),
        "a formatted date string" => "een datum (JJJJ-MM-DD)".to_string(),
        "an RFC 3339 formatted date and time string" => {
            "een tijdstip (zoals 2026-01-15T09:30:00Z)".to_string()
        }
        v if v.contains("UUID") => "een id (UUID)".to_string(),
        v if bereik(v).is_some() => geheel(&bereik(v).unwrap_or_default()),
        v if v.starts_with("struct ")
            || v.starts_with("internally tagged enum")
            || v == "a map"
            || v == "map" =>
        {
            "een object".to_string()
        }
        v if v.starts_with("enum ") || v == "variant identifier" => {
            "een van de vaste waarden".to_string()
        }
        _ => "een andere waarde".to_string(),
    }
}

/// The range of an integer type serde names ("u8").
fn bereik(verwacht: &str) -> Option<String> {
    let (laag, hoog): (i128, i128) = match verwacht {
        "u8" => (0, u8::MAX.into()),
        "u16" => (0, u16::MAX.into()),
        "u32" => (0, u32::MAX.into()),
        "u64" => (0, u64::MAX.into()),
        "i32" => (i32::MIN.into(), i32::MAX.into()),
        "i64" => (i64::MIN.into(), i64::MAX.into()),
        _ => return None,
    };
    Some(format!("{laag} tot en met {hoog}"))
}

/// serde's description of what it found, in Dutch. Text is never quoted: it may be case content.
fn gevonden_nl(gevonden: &str) -> String {
    let tussen_backticks = |s: &str| tussen(s, "`", "`").map(str::to_string);
    if gevonden.starts_with("string ") {
        "een tekst".to_string()
    } else if gevonden.starts_with("integer ") || gevonden.starts_with("floating point ") {
        format!(
            "het getal {}",
            tussen_backticks(gevonden).unwrap_or_default()
        )
    } else if gevonden.starts_with("boolean ") {
        tussen_backticks(gevonden).unwrap_or_default()
    } else {
        match gevonden {
            "null" | "unit value" => "null".to_string(),
            "map" => "een object".to_string(),
            "sequence" => "een lijst".to_string(),
            _ => "een andere soort waarde".to_string(),
        }
    }
}

fn hoofdletter(s: &str) -> String {
    let mut tekens = s.chars();
    match tekens.next() {
        Some(eerste) => eerste.to_uppercase().chain(tekens).collect(),
        None => String::new(),
    }
}

/// The value at `stappen` in the file, found by streaming to it (for quoting a bad date or id).
fn waarde_op(tekst: &str, stappen: &[Stap]) -> Option<Blad> {
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

// ---------------------------------------------------------------------------------------------
// Hernummeren.

/// Gives a fresh id to the casus and to every betrokkene, informatie-item, doel and
/// monitoringmoment whose id `bezet` says is taken, and rewrites every reference to a renumbered
/// betrokkene or informatie-item (informatie, concretiseringen and their belevingen, taxatie per
/// situatie, scores — also those kept with a fase-overgang —, top 3 with risicofactoren and doelen,
/// kindchecks). Ids that are free stay as they are. Pure: `bezet` is the caller's question to its
/// store. A fresh id is neither taken nor used anywhere in the casus.
///
/// Expects a casus without duplicate ids (as [`lees`] returns it): with duplicates, references to
/// the duplicated id cannot be told apart.
pub fn hernummer(casus: &mut Casus, bezet: impl Fn(Uuid) -> bool) {
    let mut gebruikt = alle_ids(casus);
    let mut vers = |oud: Uuid| -> Option<Uuid> {
        if !bezet(oud) {
            return None;
        }
        loop {
            let id = Uuid::new_v4();
            if !bezet(id) && gebruikt.insert(id) {
                return Some(id);
            }
        }
    };

    if let Some(id) = vers(casus.id) {
        casus.id = id;
    }
    let mut betrokkenen: HashMap<Uuid, Uuid> = HashMap::new();
    for b in &mut casus.betrokkenen {
        if let Some(id) = vers(b.id) {
            betrokkenen.insert(b.id, id);
            b.id = id;
        }
    }
    let mut items: HashMap<Uuid, Uuid> = HashMap::new();
    for item in &mut casus.informatie {
        if let Some(id) = vers(item.id) {
            items.insert(item.id, id);
            item.id = id;
        }
    }
    for plaats in &mut casus.top3.plaatsen {
        for doel in &mut plaats.doelen {
            if let Some(id) = vers(doel.id) {
                doel.id = id;
            }
        }
    }
    for moment in &mut casus.monitoring {
        if let Some(id) = vers(moment.id) {
            moment.id = id;
        }
    }

    let betrokkene = |id: &mut Uuid| {
        if let Some(nieuw) = betrokkenen.get(id) {
            *id = *nieuw;
        }
    };
    let item = |id: &mut Uuid| {
        if let Some(nieuw) = items.get(id) {
            *id = *nieuw;
        }
    };
    let perspectief = |p: &mut Perspectief| {
        if let Perspectief::Betrokkene { betrokkene_id } = p {
            betrokkene(betrokkene_id);
        }
    };
    for i in &mut casus.informatie {
        i.betrokkenen.iter_mut().for_each(betrokkene);
    }
    for c in &mut casus.concretiseringen {
        item(&mut c.informatie_id);
        c.plegers.iter_mut().for_each(betrokkene);
        c.slachtoffers.iter_mut().for_each(betrokkene);
        for beleving in &mut c.belevingen {
            betrokkene(&mut beleving.betrokkene_id);
        }
    }
    for t in &mut casus.taxatie.situaties {
        item(&mut t.informatie_id);
    }
    for s in &mut casus.taxatie.scores {
        perspectief(&mut s.perspectief);
    }
    for o in &mut casus.faseovergangen {
        for s in &mut o.scores {
            perspectief(&mut s.perspectief);
        }
    }
    for plaats in &mut casus.top3.plaatsen {
        item(&mut plaats.situatie_id);
        plaats.risicofactoren.iter_mut().for_each(item);
        for doel in &mut plaats.doelen {
            doel.situaties.iter_mut().for_each(item);
        }
    }
    for k in &mut casus.kindchecks {
        betrokkene(&mut k.betrokkene_id);
    }
}

/// Every id defined in the casus (not the references).
fn alle_ids(casus: &Casus) -> HashSet<Uuid> {
    let mut ids = HashSet::from([casus.id]);
    ids.extend(casus.betrokkenen.iter().map(|b| b.id));
    ids.extend(casus.informatie.iter().map(|i| i.id));
    ids.extend(casus.top3.doelen().map(|(_, d)| d.id));
    ids.extend(casus.monitoring.iter().map(|m| m.id));
    ids
}

// ---------------------------------------------------------------------------------------------
// Schema.

/// The JSON Schema (draft 2020-12) of a casusbestand, generated from the Rust types; descriptions
/// come from their doc comments, without the source markers (`[seed 003]`, `\[ours]`). Keys are
/// sorted, so the pretty-printed schema is stable. Committed as `docs/top3-casus.schema.json`.
pub fn schema() -> serde_json::Value {
    let mut schema = schemars::schema_for!(Casusbestand).to_value();
    schoon_beschrijvingen(&mut schema);
    gesorteerd(schema)
}

/// Removes the source markers of the domain's doc comments from every `description`.
fn schoon_beschrijvingen(waarde: &mut serde_json::Value) {
    match waarde {
        serde_json::Value::Object(map) => {
            for (sleutel, w) in map.iter_mut() {
                match w {
                    serde_json::Value::String(s) if sleutel == "description" => {
                        *s = zonder_bronnen(s);
                    }
                    _ => schoon_beschrijvingen(w),
                }
            }
        }
        serde_json::Value::Array(lijst) => lijst.iter_mut().for_each(schoon_beschrijvingen),
        _ => {}
    }
}

/// "How often. \[ours]" → "How often."; "[seed 003; ours: the set]" and "[src: …]" go too;
/// "[`Informatie`](super::Informatie)" becomes "`Informatie`".
fn zonder_bronnen(tekst: &str) -> String {
    let mut uit = String::new();
    let mut rest = tekst;
    while let Some(begin) = rest.find('[') {
        let (voor, vanaf) = rest.split_at(begin);
        let escaped = voor.ends_with('\\');
        let voor = voor.strip_suffix('\\').unwrap_or(voor);
        let Some(eind) = vanaf.find(']') else {
            break;
        };
        let binnen = &vanaf[1..eind];
        let na = &vanaf[eind + 1..];
        let is_bron = escaped
            || ["seed", "src", "ours", "DOMAIN"]
                .iter()
                .any(|b| binnen.starts_with(b));
        if is_bron {
            uit.push_str(voor.trim_end_matches(' '));
            rest = na;
        } else if let Some(link) = na.strip_prefix('(')
            && let Some(sluit) = link.find(')')
        {
            // An intra-doc link: keep the text.
            uit.push_str(voor);
            uit.push_str(binnen);
            rest = &link[sluit + 1..];
        } else {
            uit.push_str(voor);
            uit.push_str(&vanaf[..=eind]);
            rest = na;
        }
    }
    uit.push_str(rest);
    uit.trim().replace(" .", ".").replace("  ", " ")
}

/// The same value with the keys of every object in sorted order.
fn gesorteerd(waarde: serde_json::Value) -> serde_json::Value {
    match waarde {
        serde_json::Value::Object(map) => {
            let mut paren: Vec<_> = map.into_iter().collect();
            paren.sort_by(|a, b| a.0.cmp(&b.0));
            serde_json::Value::Object(
                paren
                    .into_iter()
                    .map(|(k, v)| (k, gesorteerd(v)))
                    .collect(),
            )
        }
        serde_json::Value::Array(lijst) => {
            serde_json::Value::Array(lijst.into_iter().map(gesorteerd).collect())
        }
        anders => anders,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCHEMA_PAD: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/top3-casus.schema.json");

    /// The committed schema is the generated one. To regenerate after changing a domain type:
    /// `TOP3_SCHRIJF_SCHEMA=1 cargo test -p top3 --lib schema`.
    #[test]
    fn schema_in_docs_is_actueel() {
        let verwacht = format!(
            "{}\n",
            serde_json::to_string_pretty(&schema()).expect("schema serialises")
        );
        if std::env::var_os("TOP3_SCHRIJF_SCHEMA").is_some() {
            std::fs::write(SCHEMA_PAD, &verwacht).expect("write docs/top3-casus.schema.json");
        }
        let vastgelegd = std::fs::read_to_string(SCHEMA_PAD).unwrap_or_default();
        assert!(
            vastgelegd == verwacht,
            "docs/top3-casus.schema.json is not the schema generated from the Rust types. \
             Regenerate it with `TOP3_SCHRIJF_SCHEMA=1 cargo test -p top3 --lib schema`, \
             check the diff and commit it (and bump VERSIE when old files no longer fit)."
        );
    }

    #[test]
    fn schema_beschrijft_het_formaat() {
        let s = schema();
        assert_eq!(
            s["$schema"],
            "https://json-schema.org/draft/2020-12/schema"
        );
        assert_eq!(s["properties"]["format"]["const"], FORMAT);
        assert_eq!(s["properties"]["versie"]["const"], VERSIE);
        assert_eq!(s["additionalProperties"], false);
        assert_eq!(
            s["required"],
            serde_json::json!(["format", "versie", "casus"])
        );
        let score = &s["$defs"]["Veiligheidsscore"]["properties"]["waarde"];
        assert_eq!(score["maximum"], 10);
        // No source markers in descriptions.
        let tekst = s.to_string();
        for marker in ["[seed", "\\\\[ours", "[src", "](super"] {
            assert!(!tekst.contains(marker), "{marker} in schema");
        }
    }

    #[test]
    fn bronnen_uit_beschrijvingen() {
        let gevallen = [
            ("How often a situation occurs. \\[ours]", "How often a situation occurs."),
            (
                "Whose view. [seed 003; ours: the set]",
                "Whose view.",
            ),
            (
                "Help started. [seed 000, 004] More.",
                "Help started. More.",
            ),
            (
                "The concretisation of one onveilige situatie (an [`Informatie`](super::Informatie) item).",
                "The concretisation of one onveilige situatie (an `Informatie` item).",
            ),
            ("Ranges [0, 10] stay.", "Ranges [0, 10] stay."),
            ("Days. [seed 000, 004: \"de hulpverlening\"]", "Days."),
        ];
        for (invoer, verwacht) in gevallen {
            assert_eq!(zonder_bronnen(invoer), verwacht, "{invoer}");
        }
    }

    #[test]
    fn getallen_met_punten() {
        for (n, tekst) in [(0, "0"), (999, "999"), (1000, "1.000"), (50_000, "50.000"), (1_234_567, "1.234.567")] {
            assert_eq!(duizendtallen(n), tekst);
        }
    }

    #[test]
    fn serde_meldingen_in_het_nederlands() {
        // (serde's message, expected Dutch)
        let gevallen = [
            (
                "invalid type: string \"geheim\", expected u8",
                "Verwacht een geheel getal van 0 tot en met 255, maar dit is een tekst.",
            ),
            (
                "invalid type: integer `5`, expected a string",
                "Verwacht een tekst, maar dit is het getal 5.",
            ),
            (
                "invalid type: null, expected a sequence",
                "Verwacht een lijst, maar dit is null.",
            ),
            (
                "invalid type: map, expected a formatted date string",
                "Verwacht een datum (JJJJ-MM-DD), maar dit is een object.",
            ),
            (
                "invalid type: boolean `true`, expected struct Informatie",
                "Verwacht een object, maar dit is true.",
            ),
            (
                "invalid value: integer `300`, expected u8",
                "Het getal 300 valt buiten het bereik van dit veld (0 tot en met 255).",
            ),
            (
                "invalid value: integer `-1`, expected u64",
                "Het getal -1 valt buiten het bereik van dit veld (0 tot en met 18446744073709551615).",
            ),
            (
                "unknown variant `vaag`, expected one of `feit`, `zorg`",
                "Onbekende waarde 'vaag'; kies uit: feit, zorg.",
            ),
            ("iets onverwachts", "Deze waarde past niet in het formaat (iets onverwachts)."),
        ];
        for (engels, nl) in gevallen {
            assert_eq!(melding("{}", vec![], engels).1, nl, "{engels}");
        }
    }

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
