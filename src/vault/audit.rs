//! The audit trail (NEN 7513): one entry per change to case data and per look at it (a casus
//! opened, searched, shown on the projector, exported) — when, who, what, which casus, and a short
//! summary that never holds case content. Summaries are made here and in the vault from fixed
//! phrases ([`Aanleiding`], [`Inzage`], the domain's `Casusonderdeel`/`Sessieonderdeel` labels),
//! numbers, dates and ids; no caller passes text of its own. Entries are chained by SHA-256: each
//! hash covers the previous hash and the entry's fields, and the head (last seq + hash) is kept in
//! `meta`, written in the same transaction, so a removed last entry is noticed too.

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::Error;

use crate::domain::{Fase, Plansoort};

/// Why a casus was saved, when it was more than an edit in the workspace: named before the parts
/// that changed ("veiligheidsplan versie 2 vastgesteld: plannen, monitoring").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Aanleiding {
    /// An edit (the app's autosave, an undo): only the changed parts are named.
    Bewerkt,
    FaseGewijzigd(Fase),
    PlanGestart {
        soort: Plansoort,
        versie: u32,
    },
    PlanVastgesteld {
        soort: Plansoort,
        versie: u32,
    },
    ConceptVerwijderd {
        soort: Plansoort,
        versie: u32,
    },
    ActiepuntenVerwerkt,
    InformatieToegevoegd,
    InformatieVerwijderd,
}

impl Aanleiding {
    fn tekst(self) -> Option<String> {
        Some(match self {
            Aanleiding::Bewerkt => return None,
            Aanleiding::FaseGewijzigd(naar) => format!("fase gewijzigd naar {}", naar.label()),
            Aanleiding::PlanGestart { soort, versie } => {
                format!("{} versie {versie} gestart (concept)", soort.label())
            }
            Aanleiding::PlanVastgesteld { soort, versie } => {
                format!("{} versie {versie} vastgesteld", soort.label())
            }
            Aanleiding::ConceptVerwijderd { soort, versie } => {
                format!("concept {} versie {versie} verwijderd", soort.label())
            }
            Aanleiding::ActiepuntenVerwerkt => {
                "actiepunten uit een MDA++-sessie verwerkt".to_string()
            }
            Aanleiding::InformatieToegevoegd => "informatie-item toegevoegd".to_string(),
            Aanleiding::InformatieVerwijderd => "informatie-item verwijderd".to_string(),
        })
    }

    /// The summary of a casus save: the reason (if any) and the changed parts.
    pub(crate) fn samenvatting(self, onderdelen: &[crate::domain::Casusonderdeel]) -> String {
        let delen = crate::domain::wijzigingstekst(onderdelen.iter().map(|o| o.label()));
        match self.tekst() {
            None => delen,
            Some(t) => format!("{t}: {delen}"),
        }
    }
}

/// A look at case data that changes nothing (NEN 7513 asks for reads too), each with its fixed
/// action and summary. The search query itself is never recorded, only how many casussen it found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inzage {
    /// The app opened a casus's werkblad (the explicit open; the werkblad a save returns is not
    /// a new look).
    CasusGeopend,
    /// `top3 casus show`.
    CasusGetoond,
    /// `top3 casus status`.
    CasusstatusGetoond,
    /// `top3 casus list`: codes and titles of every casus.
    Casusoverzicht { aantal: usize },
    /// A full-text search (app or `top3 casus search`).
    Zoekopdracht { resultaten: usize },
    /// A casus came on the projector (`namen`: with the names as typed).
    Gepresenteerd { namen: bool },
    /// The voorzitter showed the names of the casus on the projector.
    NamenGetoond,
}

impl Inzage {
    pub fn actie(self) -> &'static str {
        match self {
            Inzage::CasusGeopend => "casus geopend",
            Inzage::CasusGetoond | Inzage::CasusstatusGetoond => "casus bekeken",
            Inzage::Casusoverzicht { .. } => "casusoverzicht bekeken",
            Inzage::Zoekopdracht { .. } => "zoekopdracht uitgevoerd",
            Inzage::Gepresenteerd { .. } => "casus gepresenteerd",
            Inzage::NamenGetoond => "namen getoond",
        }
    }

    pub fn samenvatting(self) -> String {
        match self {
            Inzage::CasusGeopend => "werkblad geopend in de app".into(),
            Inzage::CasusGetoond => "casus getoond op de opdrachtregel".into(),
            Inzage::CasusstatusGetoond => "status getoond op de opdrachtregel".into(),
            Inzage::Casusoverzicht { aantal: 1 } => "1 casus getoond op de opdrachtregel".into(),
            Inzage::Casusoverzicht { aantal } => {
                format!("{aantal} casussen getoond op de opdrachtregel")
            }
            Inzage::Zoekopdracht { resultaten: 1 } => "zoekopdracht uitgevoerd, 1 resultaat".into(),
            Inzage::Zoekopdracht { resultaten } => {
                format!("zoekopdracht uitgevoerd, {resultaten} resultaten")
            }
            Inzage::Gepresenteerd { namen: false } => {
                "getoond op het projectiescherm, namen verborgen".into()
            }
            Inzage::Gepresenteerd { namen: true } => {
                "getoond op het projectiescherm, namen zichtbaar".into()
            }
            Inzage::NamenGetoond => "namen zichtbaar gemaakt op het projectiescherm".into(),
        }
    }
}

/// One entry to write (see [`crate::vault::Vault::record_all`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Regel {
    pub actie: &'static str,
    pub casus_id: Option<String>,
    pub samenvatting: String,
}

const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One entry as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    pub seq: i64,
    pub at: String,
    pub who: String,
    pub action: String,
    pub casus_id: Option<String>,
    pub summary: String,
    pub prev_hash: String,
    pub hash: String,
}

fn entry_hash(
    prev_hash: &str,
    seq: i64,
    at: &str,
    who: &str,
    action: &str,
    casus_id: Option<&str>,
    summary: &str,
) -> String {
    // A JSON array is an unambiguous encoding of the fields (no separator games).
    let fields =
        serde_json::to_vec(&(seq, at, who, action, casus_id, summary)).expect("serialises");
    let mut h = Sha256::new();
    h.update(b"top3-audit/v1\n");
    h.update(prev_hash.as_bytes());
    h.update(b"\n");
    h.update(&fields);
    hex::encode(h.finalize())
}

/// Append one entry. Call inside the transaction that makes the change.
pub(crate) fn append(
    conn: &Connection,
    who: &str,
    action: &str,
    casus_id: Option<&str>,
    summary: &str,
) -> Result<i64, Error> {
    let (last_seq, last_hash) = head(conn)?;
    let seq = last_seq + 1;
    let at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let hash = entry_hash(&last_hash, seq, &at, who, action, casus_id, summary);
    conn.execute(
        "INSERT INTO audit (seq, at, who, action, casus_id, summary, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![seq, at, who, action, casus_id, summary, last_hash, hash],
    )?;
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('audit_head', ?1) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [format!("{seq}:{hash}")],
    )?;
    Ok(seq)
}

pub(crate) fn head(conn: &Connection) -> Result<(i64, String), Error> {
    let v: Option<String> = conn
        .query_row("SELECT value FROM meta WHERE key = 'audit_head'", [], |r| {
            r.get(0)
        })
        .optional()?;
    match v {
        None => Ok((0, GENESIS.to_string())),
        Some(v) => parse_head(&v)
            .ok_or_else(|| Error::Corrupt("de kop van het logboek is onleesbaar".into())),
    }
}

/// The hash of entry `seq`, if the trail has it.
pub(crate) fn hash_at(conn: &Connection, seq: i64) -> Result<Option<String>, Error> {
    Ok(conn
        .query_row("SELECT hash FROM audit WHERE seq = ?1", [seq], |r| r.get(0))
        .optional()?)
}

fn parse_head(v: &str) -> Option<(i64, String)> {
    let (seq, hash) = v.split_once(':')?;
    Some((seq.parse().ok()?, hash.to_string()))
}

/// All entries, oldest first.
pub(crate) fn entries(conn: &Connection) -> Result<Vec<Entry>, Error> {
    let mut stmt = conn.prepare(
        "SELECT seq, at, who, action, casus_id, summary, prev_hash, hash FROM audit ORDER BY seq",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Entry {
            seq: r.get(0)?,
            at: r.get(1)?,
            who: r.get(2)?,
            action: r.get(3)?,
            casus_id: r.get(4)?,
            summary: r.get(5)?,
            prev_hash: r.get(6)?,
            hash: r.get(7)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Verify the whole chain. `Err(Corrupt)` names the first broken link.
pub(crate) fn verify(conn: &Connection) -> Result<u64, Error> {
    let broken = |seq: i64, why: &str| {
        Error::Corrupt(format!("het logboek is verbroken bij regel {seq}: {why}"))
    };
    let mut prev = GENESIS.to_string();
    let mut expect_seq = 1i64;
    let mut stmt = conn.prepare(
        "SELECT seq, at, who, action, casus_id, summary, prev_hash, hash, typeof(casus_id) FROM audit ORDER BY seq",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        // Read every column as text-or-null; a changed type is tampering too.
        let seq: i64 = r
            .get(0)
            .map_err(|_| broken(expect_seq, "onleesbaar volgnummer"))?;
        let text = |i: usize| -> Result<String, Error> {
            r.get::<_, String>(i)
                .map_err(|_| broken(seq, "een veld heeft een onverwacht type"))
        };
        let (at, who, action, summary, prev_hash, hash) =
            (text(1)?, text(2)?, text(3)?, text(5)?, text(6)?, text(7)?);
        let casus_id: Option<String> = match text(8)?.as_str() {
            "null" => None,
            "text" => Some(text(4)?),
            _ => return Err(broken(seq, "een veld heeft een onverwacht type")),
        };
        if seq != expect_seq {
            return Err(broken(
                expect_seq,
                "er ontbreekt een regel of de volgorde is veranderd",
            ));
        }
        if prev_hash != prev {
            return Err(broken(seq, "de verwijzing naar de vorige regel klopt niet"));
        }
        if entry_hash(
            &prev,
            seq,
            &at,
            &who,
            &action,
            casus_id.as_deref(),
            &summary,
        ) != hash
        {
            return Err(broken(seq, "de inhoud past niet bij de vastgelegde hash"));
        }
        prev = hash;
        expect_seq += 1;
    }
    let (head_seq, head_hash) = head(conn)?;
    if head_seq != expect_seq - 1 || head_hash != prev {
        return Err(broken(
            expect_seq.min(head_seq.max(1)),
            "de laatste regel ontbreekt of is vervangen",
        ));
    }
    Ok(u64::try_from(expect_seq - 1).unwrap_or(0))
}
