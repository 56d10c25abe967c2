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

mod jsonschema;
mod lezen;
mod meldingen;

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use thiserror::Error;
use uuid::Uuid;

use crate::domain::{self, Casus, Perspectief, Probleem};

pub use jsonschema::schema;

/// The value of `format` in every casusbestand.
pub const FORMAT: &str = "top3-casus";

/// The version of the format this build writes, and the newest it reads. Version 2 added
/// `plannen`; a version-1 file has none and is read as a casus without plans.
pub const VERSIE: u32 = 2;

/// The largest file [`lees`] accepts: 64 MiB (sixty-four texts at the 1 MiB maximum per field).
pub const MAX_BESTAND_BYTES: usize = 64 * MIB;

/// The most onderdelen (entries of lists, all lists in the file together) [`lees`] accepts. A
/// large real casus has a few thousand; more points to a broken or hostile file. Counted in the
/// first, streaming pass, before anything is deserialised.
pub const MAX_ONDERDELEN: usize = 50_000;

const MIB: usize = 1024 * 1024;

/// How many random ids [`hernummer`] tries for one taken id before it gives up.
const VERSE_POGINGEN: usize = 1000;

/// One casus as exchanged between installations of TOP-3 Werkplaats (format `top3-casus`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schemars(title = "Casusbestand (top3-casus)")]
pub struct Casusbestand {
    /// Always "top3-casus": marks the file as a casusbestand of TOP-3 Werkplaats.
    #[schemars(extend("const" = "top3-casus"))]
    pub format: String,
    /// The version of the format. A reader refuses versions newer than it knows.
    #[schemars(extend("const" = 2))]
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
    /// More than [`MAX_ONDERDELEN`] onderdelen (list entries, all lists together).
    #[error(
        "Dit casusbestand is te groot om te importeren: het heeft meer dan {} onderdelen ({}; de langste lijst is {grootste}, met {}). Er is niets geïmporteerd.",
        duizendtallen(MAX_ONDERDELEN),
        duizendtallen(*.onderdelen),
        duizendtallen(*.lengte)
    )]
    TeVeelOnderdelen {
        /// How many list entries the file has.
        onderdelen: usize,
        /// The JSON path of the longest list.
        grootste: String,
        /// Its length.
        lengte: usize,
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
        if i > 0 && (cijfers.len() - i).is_multiple_of(3) {
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

    lezen::controleer_kop(lezen::voorlees(tekst)?)?;

    let mut de = serde_json::Deserializer::from_str(tekst);
    let bestand: Casusbestand =
        serde_path_to_error::deserialize(&mut de).map_err(|fout| Importfout::Ongeldig {
            problemen: vec![meldingen::typefout(tekst, &fout)],
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

/// Gives a fresh id to the casus and to every betrokkene, informatie-item, doel and
/// monitoringmoment whose id `bezet` says is taken, and rewrites every reference to a renumbered
/// betrokkene or informatie-item (informatie, concretiseringen and their belevingen, taxatie per
/// situatie, scores — also those kept with a fase-overgang —, top 3 with risicofactoren and doelen,
/// kindchecks, plans and their doelen). Ids that are free stay as they are. Pure: `bezet` is the caller's question to its
/// store. A fresh id is neither taken nor used anywhere in the casus.
///
/// Expects a casus without duplicate ids (as [`lees`] returns it): with duplicates, references to
/// the duplicated id cannot be told apart.
///
/// # Panics
///
/// When `bezet` calls a thousand random new ids in a row taken (it answers `true` for anything):
/// a bug in the predicate, which would otherwise loop forever.
pub fn hernummer(casus: &mut Casus, bezet: impl Fn(Uuid) -> bool) {
    let mut gebruikt = alle_ids(casus);
    let mut vers = |oud: Uuid| -> Option<Uuid> {
        if !bezet(oud) {
            return None;
        }
        for _ in 0..VERSE_POGINGEN {
            let id = Uuid::new_v4();
            if !bezet(id) && gebruikt.insert(id) {
                return Some(id);
            }
        }
        panic!("hernummer: `bezet` says {VERSE_POGINGEN} random new ids in a row are taken");
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
    let mut doelen: HashMap<Uuid, Uuid> = HashMap::new();
    for plaats in &mut casus.top3.plaatsen {
        for doel in &mut plaats.doelen {
            if let Some(id) = vers(doel.id) {
                doelen.insert(doel.id, id);
                doel.id = id;
            }
        }
    }
    for moment in &mut casus.monitoring {
        if let Some(id) = vers(moment.id) {
            moment.id = id;
        }
    }
    for plan in &mut casus.plannen {
        if let Some(id) = vers(plan.id) {
            plan.id = id;
        }
        for doel in &mut plan.inhoud.doelen {
            if let Some(id) = vers(doel.id) {
                doel.id = id;
            }
            for afspraak in &mut doel.afspraken {
                if let Some(id) = vers(afspraak.id) {
                    afspraak.id = id;
                }
            }
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
    for plan in &mut casus.plannen {
        for d in &mut plan.inhoud.opgesteld_met {
            d.betrokkene_id.iter_mut().for_each(betrokkene);
        }
        for v in &mut plan.verspreiding {
            v.betrokkene_id.iter_mut().for_each(betrokkene);
        }
        for doel in &mut plan.inhoud.doelen {
            doel.situatie_id.iter_mut().for_each(item);
            if let Some(nieuw) = doel.doel_id.and_then(|d| doelen.get(&d)) {
                doel.doel_id = Some(*nieuw);
            }
        }
    }
}

/// Every id defined in the casus (not the references).
fn alle_ids(casus: &Casus) -> HashSet<Uuid> {
    let mut ids = HashSet::from([casus.id]);
    ids.extend(casus.betrokkenen.iter().map(|b| b.id));
    ids.extend(casus.informatie.iter().map(|i| i.id));
    ids.extend(casus.top3.doelen().map(|(_, d)| d.id));
    ids.extend(casus.monitoring.iter().map(|m| m.id));
    for plan in &casus.plannen {
        ids.insert(plan.id);
        for doel in &plan.inhoud.doelen {
            ids.insert(doel.id);
            ids.extend(doel.afspraken.iter().map(|a| a.id));
        }
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_is_het_casusbestand() {
        let aangemaakt = chrono::DateTime::from_timestamp(1_772_000_000, 5).unwrap();
        let bewaar = NaiveDate::from_ymd_opt(2046, 1, 1).unwrap();
        let casus = Casus::nieuw("C-1", "Gezin \u{1F600}", aangemaakt, bewaar);
        let bestand = Casusbestand::nieuw(casus.clone());
        let verwacht = serde_json::to_string_pretty(&bestand).unwrap() + "\n";
        assert_eq!(exporteer(&casus), verwacht);
        assert!(verwacht.starts_with("{\n  \"format\": \"top3-casus\",\n  \"versie\": 2,\n"));
        assert!(verwacht.contains("\"aangemaakt\": \"2026-02-25T06:13:20.000000005Z\""));
        assert!(verwacht.contains("Gezin \u{1F600}"));
    }

    #[test]
    fn getallen_met_punten() {
        for (n, tekst) in [
            (0, "0"),
            (999, "999"),
            (1000, "1.000"),
            (50_000, "50.000"),
            (1_234_567, "1.234.567"),
        ] {
            assert_eq!(duizendtallen(n), tekst);
        }
    }
}
