//! The `sessie` and `partner` tables: MDA++ sessies stored whole (like a casus: one JSON document,
//! optimistic `versie`), and the reusable list of ketenpartners. Every change is one transaction
//! with its audit entry, which names the sessie by id and date and never quotes its content.
//!
//! [`Vault::sessie_afronden`] is the one place where a sessie writes into casussen: in one
//! transaction it marks the sessie afgerond and takes every open actiepunt into its casus with
//! [`domain::verwerk_actiepunten`], through the same checks as every casus save (validation,
//! plan immutability), each audited on its casus.

use chrono::{NaiveDate, Utc};
use rusqlite::{OptionalExtension, params};
use uuid::Uuid;

use super::{Aanleiding, Error, Vault, audit};
use crate::domain::benamingen::datum_tekst;
use crate::domain::{self, Overlegpartner, Sessie, Sessiestatus, Verwerking};

/// A sessie as listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessieRow {
    pub id: String,
    pub datum: NaiveDate,
    pub voorzitter: String,
    pub status: Sessiestatus,
    pub versie: u64,
    pub gewijzigd: String,
    /// The casus codes on the agenda (snapshots), in order.
    pub casussen: Vec<String>,
}

/// What afronden did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Afronding {
    /// Every actiepunt taken into its casus.
    pub verwerkt: Vec<Verwerking>,
    /// Codes of agenda casussen that no longer exist; their actiepunten stay open.
    pub overgeslagen: Vec<String>,
    /// The sessie's new version.
    pub versie: u64,
}

fn json<T: serde::Serialize>(v: &T) -> Result<String, Error> {
    serde_json::to_string(v)
        .map_err(|_| Error::Internal("sessie kan niet worden vastgelegd".into()))
}

fn status_text(s: Sessiestatus) -> &'static str {
    match s {
        Sessiestatus::Gepland => "gepland",
        Sessiestatus::Gestart => "gestart",
        Sessiestatus::Afgerond => "afgerond",
    }
}

fn refuse_invalid(sessie: &Sessie) -> Result<(), Error> {
    let problems = domain::valideer_sessie(sessie);
    if problems.is_empty() {
        return Ok(());
    }
    let mut msg = format!(
        "De sessie is niet opgeslagen: {} probleem/problemen gevonden.",
        problems.len()
    );
    for p in problems.iter().take(20) {
        msg.push_str(&format!("\n- {}: {}", p.pad, p.melding));
    }
    msg.push_str("\nEr is niets gewijzigd.");
    Err(Error::Invalid(msg))
}

fn not_found(id: &str) -> Error {
    Error::NotFound(format!("Sessie {id} bestaat niet. Er is niets gewijzigd."))
}

fn naam(sessie: &Sessie) -> String {
    format!(
        "MDA++-sessie {} van {}",
        sessie.id,
        datum_tekst(sessie.datum)
    )
}

impl Vault {
    /// Create an empty sessie (gepland) on `datum` with its voorzitter. Returns its id.
    pub fn sessie_create(&self, datum: NaiveDate, voorzitter: &str) -> Result<String, Error> {
        let mut sessie = Sessie::nieuw(datum, voorzitter.trim());
        sessie.deelnemers = self.partners()?;
        self.sessie_insert(&sessie, "sessie aangemaakt")
    }

    /// Store a new sessie (created here or bundled with the oefenomgeving), as it is.
    pub fn sessie_insert(&self, sessie: &Sessie, action: &str) -> Result<String, Error> {
        refuse_invalid(sessie)?;
        let id = sessie.id.to_string();
        let tx = self.conn.unchecked_transaction()?;
        let taken: i64 = tx.query_row("SELECT count(*) FROM sessie WHERE id = ?1", [&id], |r| {
            r.get(0)
        })?;
        if taken > 0 {
            return Err(Error::Invalid(
                "Er is al een sessie met dit id. Er is niets opgeslagen.".into(),
            ));
        }
        tx.execute(
            "INSERT INTO sessie (id, datum, voorzitter, status, versie, gewijzigd, document)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                id,
                sessie.datum.to_string(),
                sessie.voorzitter,
                status_text(sessie.status),
                i64::try_from(sessie.versie.max(1)).unwrap_or(i64::MAX),
                Utc::now().to_rfc3339(),
                json(&Sessie {
                    versie: sessie.versie.max(1),
                    ..sessie.clone()
                })?
            ],
        )?;
        audit::append(&tx, &self.profile, action, None, &naam(sessie))?;
        tx.commit()?;
        Ok(id)
    }

    /// Read a whole sessie.
    pub fn sessie_get(&self, id: &str) -> Result<Sessie, Error> {
        let doc: Option<String> = self
            .conn
            .query_row("SELECT document FROM sessie WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?;
        let doc = doc.ok_or_else(|| Error::NotFound(format!("Sessie {id} bestaat niet.")))?;
        serde_json::from_str(&doc)
            .map_err(|_| Error::Corrupt(format!("sessie {id} is onleesbaar opgeslagen")))
    }

    /// Save a changed sessie. `sessie.versie` must be the version it was read at (a stale write
    /// is refused); only afronden makes it afgerond, and a verwerkt actiepunt never changes.
    /// Returns the new version. The audit entry names the parts that differ from the stored
    /// sessie.
    pub fn sessie_save(&self, sessie: &Sessie) -> Result<u64, Error> {
        let tx = self.conn.unchecked_transaction()?;
        let versie = self.sessie_write(&tx, sessie, true)?;
        tx.commit()?;
        Ok(versie)
    }

    fn sessie_write(
        &self,
        tx: &rusqlite::Connection,
        sessie: &Sessie,
        check_changes: bool,
    ) -> Result<u64, Error> {
        refuse_invalid(sessie)?;
        let id = sessie.id.to_string();
        let oud = self.sessie_get(&id).map_err(|e| match e {
            Error::NotFound(_) => not_found(&id),
            e => e,
        })?;
        if oud.versie != sessie.versie {
            return Err(Error::Conflict(format!(
                "De sessie is intussen gewijzigd (nu versie {}, jij had versie {}). Er is niets overschreven; open de sessie opnieuw.",
                oud.versie, sessie.versie
            )));
        }
        if check_changes {
            domain::controleer_sessiewijzigingen(&oud, sessie)?;
            // A casus new on the agenda must be one that may go there (not gearchiveerd).
            let mut ervoor = oud.clone();
            ervoor.agenda.clear();
            for punt in &sessie.agenda {
                if oud.agenda.iter().any(|a| a.casus_id == punt.casus_id) {
                    continue;
                }
                match self.casus_get(&punt.casus_id.to_string()) {
                    Ok(casus) => ervoor.kan_op_agenda(&casus)?,
                    Err(Error::NotFound(_)) => {
                        return Err(Error::Invalid(format!(
                            "Casus {} bestaat niet en kan niet op de agenda. Er is niets gewijzigd.",
                            punt.casus_code
                        )));
                    }
                    Err(e) => return Err(e),
                }
            }
        }
        let mut next = sessie.clone();
        next.versie = oud.versie + 1;
        tx.execute(
            "UPDATE sessie SET datum = ?2, voorzitter = ?3, status = ?4, versie = ?5, gewijzigd = ?6, document = ?7
             WHERE id = ?1",
            params![
                id,
                next.datum.to_string(),
                next.voorzitter,
                status_text(next.status),
                i64::try_from(next.versie).unwrap_or(i64::MAX),
                Utc::now().to_rfc3339(),
                json(&next)?
            ],
        )?;
        audit::append(
            tx,
            &self.profile,
            "sessie gewijzigd",
            None,
            &format!(
                "{}: {}",
                naam(&next),
                domain::wijzigingstekst(
                    domain::sessie_wijzigingen(&oud, &next)
                        .iter()
                        .map(|o| o.label())
                )
            ),
        )?;
        Ok(next.versie)
    }

    /// Delete a sessie. Casussen are never touched (there is no link to cascade along); the audit
    /// trail keeps a record without content.
    pub fn sessie_delete(&self, id: &str) -> Result<(), Error> {
        let sessie = self.sessie_get(id).map_err(|e| match e {
            Error::NotFound(_) => not_found(id),
            e => e,
        })?;
        let tx = self.conn.unchecked_transaction()?;
        tx.execute("DELETE FROM sessie WHERE id = ?1", [id])?;
        audit::append(
            &tx,
            &self.profile,
            "sessie verwijderd",
            None,
            &format!("{} en al haar inhoud verwijderd", naam(&sessie)),
        )?;
        tx.commit()?;
        Ok(())
    }

    /// All sessies, newest first.
    pub fn sessie_list(&self) -> Result<Vec<SessieRow>, Error> {
        let mut stmt = self.conn.prepare(
            "SELECT id, versie, gewijzigd, document FROM sessie ORDER BY datum DESC, nr DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, versie, gewijzigd, doc) = row?;
            let s: Sessie = serde_json::from_str(&doc)
                .map_err(|_| Error::Corrupt(format!("sessie {id} is onleesbaar opgeslagen")))?;
            out.push(SessieRow {
                id,
                datum: s.datum,
                voorzitter: s.voorzitter,
                status: s.status,
                versie: u64::try_from(versie).unwrap_or(0),
                gewijzigd,
                casussen: s.agenda.into_iter().map(|a| a.casus_code).collect(),
            });
        }
        Ok(out)
    }

    /// Start the sessie (status gestart, with the moment). Returns the new version.
    pub fn sessie_starten(&self, id: &str, versie: u64) -> Result<u64, Error> {
        let mut sessie = self.sessie_get(id)?;
        if sessie.versie != versie {
            return Err(Error::Conflict(
                "De sessie is intussen gewijzigd. Er is niets overschreven; open de sessie opnieuw."
                    .into(),
            ));
        }
        sessie.starten(Utc::now())?;
        self.sessie_save(&sessie)
    }

    /// Afronden, all or nothing in ONE transaction: the sessie becomes afgerond, and every open
    /// actiepunt goes into its casus (through the same checks as any casus save — a vastgesteld
    /// plan never changes), each audited on its casus. A casus that no longer exists is skipped
    /// and its actiepunten stay open; the sessie stays readable.
    pub fn sessie_afronden(&self, id: &str, versie: u64) -> Result<Afronding, Error> {
        let tx = self.conn.unchecked_transaction()?;
        let mut sessie = self.sessie_get(id).map_err(|e| match e {
            Error::NotFound(_) => not_found(id),
            e => e,
        })?;
        if sessie.versie != versie {
            return Err(Error::Conflict(format!(
                "De sessie is intussen gewijzigd (nu versie {}, jij had versie {versie}). Er is niets afgerond; open de sessie opnieuw.",
                sessie.versie
            )));
        }
        sessie.markeer_afgerond(Utc::now())?;
        let toezicht = sessie.toezicht();
        let sessienaam = naam(&sessie);
        let vandaag = self.werkdag()?.vandaag;
        let mut verwerkt = Vec::new();
        let mut overgeslagen = Vec::new();
        for punt in &mut sessie.agenda {
            if punt.actiepunten.iter().all(|a| a.verwerkt) {
                continue;
            }
            let casus_id = punt.casus_id.to_string();
            let mut casus = match self.casus_get(&casus_id) {
                Ok(c) => c,
                Err(Error::NotFound(_)) => {
                    overgeslagen.push(punt.casus_code.clone());
                    continue;
                }
                Err(e) => return Err(e),
            };
            let gedaan = domain::verwerk_actiepunten(&mut casus, punt, &toezicht, vandaag)?;
            self.casus_write(&tx, &casus, Aanleiding::ActiepuntenVerwerkt)?;
            for v in &gedaan {
                audit::append(
                    &tx,
                    &self.profile,
                    "actiepunt verwerkt",
                    Some(&casus_id),
                    &format!("uit {sessienaam}: {}", v.tekst),
                )?;
            }
            verwerkt.extend(gedaan);
        }
        let versie = self.sessie_write(&tx, &sessie, false)?;
        tx.commit()?;
        Ok(Afronding {
            verwerkt,
            overgeslagen,
            versie,
        })
    }

    /// The reusable list of ketenpartners, in order.
    pub fn partners(&self) -> Result<Vec<Overlegpartner>, Error> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, naam, organisatie, rol FROM partner ORDER BY nr")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, naam, organisatie, rol) = row?;
            out.push(Overlegpartner {
                id: Uuid::parse_str(&id).map_err(|_| {
                    Error::Corrupt("de partnerlijst is onleesbaar opgeslagen".into())
                })?,
                naam,
                organisatie,
                rol,
            });
        }
        Ok(out)
    }

    /// Replace the list of ketenpartners (names and organisations required, ids unique).
    pub fn partners_save(&self, partners: &[Overlegpartner]) -> Result<(), Error> {
        let problems = domain::valideer_partners(partners);
        if !problems.is_empty() {
            let mut msg = "De partnerlijst is niet opgeslagen:".to_string();
            for p in problems.iter().take(20) {
                msg.push_str(&format!("\n- {p}"));
            }
            msg.push_str("\nEr is niets gewijzigd.");
            return Err(Error::Invalid(msg));
        }
        let tx = self.conn.unchecked_transaction()?;
        tx.execute("DELETE FROM partner", [])?;
        for p in partners {
            tx.execute(
                "INSERT INTO partner (id, naam, organisatie, rol) VALUES (?1, ?2, ?3, ?4)",
                params![
                    p.id.to_string(),
                    p.naam.trim(),
                    p.organisatie.trim(),
                    p.rol.trim()
                ],
            )?;
        }
        audit::append(
            &tx,
            &self.profile,
            "partnerlijst gewijzigd",
            None,
            &format!("{} ketenpartners", partners.len()),
        )?;
        tx.commit()?;
        Ok(())
    }
}
