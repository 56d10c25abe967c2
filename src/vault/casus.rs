//! The `casus` table: each casus stored whole (in `casus_document`), with a light `kop` for lists and
//! signals, and its text in the FTS5 `zoekindex`. Every change is one transaction that checks the
//! version (optimistic concurrency), rewrites the search index and appends its audit entry.

use chrono::{Months, NaiveDate, Utc};
use rusqlite::{OptionalExtension, params};
use uuid::Uuid;

use super::{Aanleiding, Error, Vault, audit};
use crate::domain::{self, Casus, CasusStatus, Fase, Informatie};

/// A casus as listed: the columns plus the signals computed for today.
#[derive(Debug, Clone, PartialEq)]
pub struct CasusRow {
    pub id: String,
    pub code: String,
    pub titel: String,
    pub fase: Fase,
    pub status: CasusStatus,
    pub versie: u64,
    pub gewijzigd: String,
    /// The casus without its items (betrokkenen, scores, fasen, monitoring, kindchecks kept):
    /// enough for the façade to derive the signals of the list. The vault derives nothing itself.
    pub kop: Casus,
}

fn enum_text<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// The casus without its items: what the list and the signals need.
fn kop(casus: &Casus) -> Casus {
    let mut k = casus.clone();
    k.informatie.clear();
    k.concretiseringen.clear();
    k.taxatie.situaties.clear();
    k.taxatie.instrumenten.clear();
    k.top3 = Default::default();
    // The list's signals need only the current vastgesteld versions and their verspreiding.
    k.plannen
        .retain(|p| p.status == crate::domain::Planstatus::Vastgesteld);
    for p in &mut k.plannen {
        p.inhoud = Default::default();
    }
    k
}

/// The texts the full-text index holds for a casus.
fn search_texts(casus: &Casus) -> Vec<String> {
    let mut v = vec![format!("{} {}", casus.code, casus.titel)];
    v.extend(casus.betrokkenen.iter().map(|b| b.naam.clone()));
    v.extend(
        casus
            .informatie
            .iter()
            .map(|i| format!("{} {}", i.tekst, i.bron)),
    );
    v
}

fn refuse_invalid(casus: &Casus, vandaag: NaiveDate) -> Result<(), Error> {
    refuse(domain::valideer(casus, vandaag))
}

/// Refuses a write with every problem, each with its path ("plannen[0]: …").
fn refuse(problems: Vec<domain::Probleem>) -> Result<(), Error> {
    if problems.is_empty() {
        return Ok(());
    }
    let mut msg = format!(
        "De casus is niet opgeslagen: {} probleem/problemen gevonden.",
        problems.len()
    );
    for p in problems.iter().take(20) {
        msg.push_str(&format!("\n- {}: {}", p.pad, p.melding));
    }
    if problems.len() > 20 {
        msg.push_str(&format!("\n- … en nog {} meer", problems.len() - 20));
    }
    msg.push_str("\nEr is niets gewijzigd.");
    Err(Error::Invalid(msg))
}

impl Vault {
    /// Create a casus with a pseudonymous code and a title. Returns its id.
    pub fn casus_create(&self, code: &str, titel: &str) -> Result<String, Error> {
        let code = code.trim();
        if code.is_empty() {
            return Err(Error::Invalid(
                "Geef de casus een code (bijvoorbeeld een pseudoniem of zaaknummer).".into(),
            ));
        }
        let now = Utc::now();
        let dag = self.werkdag()?;
        let bewaar = dag
            .vandaag
            .checked_add_months(Months::new(
                12u32.saturating_mul(dag.instellingen.bewaartermijn_jaren),
            ))
            .unwrap_or(NaiveDate::MAX);
        let casus = Casus::nieuw(code, titel.trim(), now, bewaar);
        self.casus_insert(casus, "casus aangemaakt", "nieuwe casus")
    }

    /// Store a new casus (created here or imported). Refuses a taken id or code; the importer
    /// renumbers ids beforehand (see [`Vault::casus_id_taken`]).
    pub fn casus_insert(&self, casus: Casus, action: &str, summary: &str) -> Result<String, Error> {
        let mut ids = self.casussen_insert(vec![casus], action, summary)?;
        Ok(ids.remove(0))
    }

    /// Store several new casussen in one transaction: all of them, or (on the first refusal)
    /// none. One fsync for the lot, so a generated or bundled set of thousands stays quick.
    pub fn casussen_insert(
        &self,
        casussen: Vec<Casus>,
        action: &str,
        summary: &str,
    ) -> Result<Vec<String>, Error> {
        let dag = self.werkdag()?;
        let tx = self.conn.unchecked_transaction()?;
        let meer = casussen.len() > 1;
        let mut ids = Vec::with_capacity(casussen.len());
        for mut casus in casussen {
            // In a batch the refusal names the casus it is about.
            let waar = |e: Error| match e {
                Error::Invalid(m) if meer => Error::Invalid(format!("Casus {}: {m}", casus.code)),
                e => e,
            };
            refuse_invalid(&casus, dag.vandaag).map_err(waar)?;
            refuse(domain::controleer_invarianten(
                None,
                &casus,
                &dag.instellingen,
            ))
            .map_err(waar)?;
            // An imported casus keeps its version, so export → import → export is identical.
            casus.versie = casus.versie.max(1);
            let id = casus.id.to_string();
            let taken: Option<String> = tx
                .query_row(
                    "SELECT code FROM casus WHERE id = ?1 OR code = ?2",
                    params![id, casus.code],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(code) = taken {
                return Err(Error::Invalid(format!(
                    "Er is al een casus met de code '{code}' of dit id. Er is niets opgeslagen."
                )));
            }
            let now = Utc::now().to_rfc3339();
            tx.execute(
                "INSERT INTO casus (id, code, titel, status, fase, versie, aangemaakt, gewijzigd, kop)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?8, ?6, ?6, ?7)",
                params![
                    id,
                    casus.code,
                    casus.titel,
                    enum_text(&casus.status),
                    enum_text(&casus.fase),
                    now,
                    json(&kop(&casus))?,
                    i64::try_from(casus.versie).unwrap_or(i64::MAX)
                ],
            )?;
            tx.execute(
                "INSERT INTO casus_document (nr, document) VALUES (last_insert_rowid(), ?1)",
                [json(&casus)?],
            )?;
            index(&tx, &casus)?;
            audit::append(&tx, &self.profile, action, Some(&id), summary)?;
            ids.push(id);
        }
        tx.commit()?;
        Ok(ids)
    }

    /// Is this casus id or code already in the vault?
    pub fn casus_id_taken(&self, id: Uuid) -> Result<bool, Error> {
        let n: i64 = self.conn.query_row(
            "SELECT count(*) FROM casus WHERE id = ?1",
            [id.to_string()],
            |r| r.get(0),
        )?;
        Ok(n > 0)
    }

    pub fn casus_code_taken(&self, code: &str) -> Result<bool, Error> {
        let n: i64 =
            self.conn
                .query_row("SELECT count(*) FROM casus WHERE code = ?1", [code], |r| {
                    r.get(0)
                })?;
        Ok(n > 0)
    }

    /// Read a whole casus.
    pub fn casus_get(&self, id: &str) -> Result<Casus, Error> {
        let doc: Option<String> = self
            .conn
            .query_row("SELECT d.document FROM casus c JOIN casus_document d ON d.nr = c.nr WHERE c.id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?;
        let doc = doc.ok_or_else(|| Error::NotFound(format!("Casus {id} bestaat niet.")))?;
        serde_json::from_str(&doc)
            .map_err(|_| Error::Corrupt(format!("casus {id} is onleesbaar opgeslagen")))
    }

    /// Save a changed casus. `casus.versie` must be the version it was read at; a stale write is
    /// refused (nothing is overwritten). Returns the new version. The audit entry's summary is
    /// made here, from `aanleiding` and the parts that differ from the stored casus.
    pub fn casus_save(&self, casus: &Casus, aanleiding: Aanleiding) -> Result<u64, Error> {
        let tx = self.conn.unchecked_transaction()?;
        let versie = self.casus_write(&tx, casus, aanleiding)?;
        tx.commit()?;
        Ok(versie)
    }

    /// [`Vault::casus_save`] inside a transaction the caller holds (and commits): the same
    /// checks — validation, version, plan immutability, the method's invariants
    /// ([`domain::controleer_invarianten`]), unique code — and its audit entry.
    pub(super) fn casus_write(
        &self,
        tx: &rusqlite::Connection,
        casus: &Casus,
        aanleiding: Aanleiding,
    ) -> Result<u64, Error> {
        refuse_invalid(casus, self.werkdag()?.vandaag)?;
        let id = casus.id.to_string();
        let current: Option<i64> = tx
            .query_row("SELECT versie FROM casus WHERE id = ?1", [&id], |r| {
                r.get(0)
            })
            .optional()?;
        let current = current.ok_or_else(|| {
            Error::NotFound(format!("Casus {id} bestaat niet. Er is niets opgeslagen."))
        })?;
        let current = u64::try_from(current).unwrap_or(0);
        if current != casus.versie {
            return Err(Error::Conflict(format!(
                "De casus is intussen gewijzigd (nu versie {current}, jij had versie {}). Er is niets overschreven; open de casus opnieuw.",
                casus.versie
            )));
        }
        // A vastgesteld plan never changes, and the method's safety rules hold: compare with what
        // is stored. (Same connection, so this reads inside the transaction.)
        let oud = self.casus_get(&id)?;
        domain::controleer_planwijzigingen(&oud, casus)?;
        refuse(domain::controleer_invarianten(
            Some(&oud),
            casus,
            &self.werkdag()?.instellingen,
        ))?;
        let mut next = casus.clone();
        next.versie = current + 1;
        let dup: Option<String> = tx
            .query_row(
                "SELECT id FROM casus WHERE code = ?1 AND id <> ?2",
                params![next.code, id],
                |r| r.get(0),
            )
            .optional()?;
        if dup.is_some() {
            return Err(Error::Invalid(format!(
                "Er is al een andere casus met de code '{}'. Er is niets opgeslagen.",
                next.code
            )));
        }
        tx.execute(
            "UPDATE casus SET code = ?2, titel = ?3, status = ?4, fase = ?5, versie = ?6, gewijzigd = ?7, kop = ?8
             WHERE id = ?1",
            params![
                id,
                next.code,
                next.titel,
                enum_text(&next.status),
                enum_text(&next.fase),
                i64::try_from(next.versie).unwrap_or(i64::MAX),
                Utc::now().to_rfc3339(),
                json(&kop(&next))?
            ],
        )?;
        tx.execute(
            "UPDATE casus_document SET document = ?2 WHERE nr = (SELECT nr FROM casus WHERE id = ?1)",
            params![id, json(&next)?],
        )?;
        index(tx, &next)?;
        let summary = aanleiding.samenvatting(&domain::casus_wijzigingen(&oud, &next));
        audit::append(tx, &self.profile, "casus gewijzigd", Some(&id), &summary)?;
        Ok(next.versie)
    }

    /// Delete a casus and its search entries; the audit trail keeps a record without content.
    pub fn casus_delete(&self, id: &str) -> Result<(), Error> {
        let tx = self.conn.unchecked_transaction()?;
        let nr: Option<i64> = tx
            .query_row("SELECT nr FROM casus WHERE id = ?1", [id], |r| r.get(0))
            .optional()?;
        let Some(nr) = nr else {
            return Err(Error::NotFound(format!("Casus {id} bestaat niet.")));
        };
        tx.execute("DELETE FROM zoekindex WHERE rowid = ?1", [nr])?;
        tx.execute("DELETE FROM casus WHERE nr = ?1", [nr])?;
        audit::append(
            &tx,
            &self.profile,
            "casus verwijderd",
            Some(id),
            "casus en alle inhoud verwijderd",
        )?;
        tx.commit()?;
        Ok(())
    }

    /// All casussen, ordered by code, each with its `kop`.
    /// Every casus as (id, code, titel, status), by code: what a picker needs, from the row's own
    /// columns (no casus document or `kop` is parsed; this runs on every sessie save).
    pub fn casus_keuzes(&self) -> Result<Vec<(String, String, String, CasusStatus)>, Error> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, code, titel, status FROM casus ORDER BY code")?;
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
            let (id, code, titel, status) = row?;
            let status: CasusStatus = serde_json::from_value(serde_json::Value::String(status))
                .map_err(|_| Error::Corrupt(format!("casus {id} is onleesbaar opgeslagen")))?;
            out.push((id, code, titel, status));
        }
        Ok(out)
    }

    pub fn casus_list(&self) -> Result<Vec<CasusRow>, Error> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, code, titel, versie, gewijzigd, kop FROM casus ORDER BY code")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, code, titel, versie, gewijzigd, kop) = row?;
            let kop: Casus = serde_json::from_str(&kop)
                .map_err(|_| Error::Corrupt(format!("casus {id} is onleesbaar opgeslagen")))?;
            out.push(CasusRow {
                fase: kop.fase,
                status: kop.status,
                id,
                code,
                titel,
                versie: u64::try_from(versie).unwrap_or(0),
                gewijzigd,
                kop,
            });
        }
        Ok(out)
    }

    /// Quick capture: add one informatie-item (still to be sorted) to a casus. Returns its id.
    pub fn informatie_add(&self, casus_id: &str, tekst: &str, bron: &str) -> Result<String, Error> {
        let mut casus = self.casus_get(casus_id).map_err(|e| match e {
            Error::NotFound(_) => Error::NotFound(format!(
                "Casus {casus_id} bestaat niet. Er is niets opgeslagen."
            )),
            e => e,
        })?;
        let mut item = Informatie::nieuw(tekst);
        item.bron = bron.to_string();
        let id = item.id.to_string();
        casus.informatie.push(item);
        self.casus_save(&casus, Aanleiding::InformatieToegevoegd)?;
        Ok(id)
    }

    /// The informatie-items of a casus, in order.
    pub fn informatie_list(&self, casus_id: &str) -> Result<Vec<Informatie>, Error> {
        Ok(self.casus_get(casus_id)?.informatie)
    }

    /// Delete an informatie-item (secure_delete overwrites the old text on disk).
    pub fn informatie_delete(&self, casus_id: &str, id: &str) -> Result<(), Error> {
        let mut casus = self.casus_get(casus_id)?;
        let before = casus.informatie.len();
        casus.informatie.retain(|i| i.id.to_string() != id);
        if casus.informatie.len() == before {
            return Err(Error::NotFound(format!(
                "Informatie-item {id} bestaat niet."
            )));
        }
        self.casus_save(&casus, Aanleiding::InformatieVerwijderd)?;
        Ok(())
    }

    /// Full-text search (diacritics ignored); returns the ids of matching casussen.
    pub fn search(&self, query: &str) -> Result<Vec<String>, Error> {
        let q = fts_query(query);
        if q.is_empty() {
            return Ok(Vec::new());
        }
        let mut stmt = self.conn.prepare(
            "SELECT c.id FROM zoekindex z JOIN casus c ON c.nr = z.rowid WHERE zoekindex MATCH ?1",
        )?;
        let rows = stmt.query_map([q], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

fn json<T: serde::Serialize>(v: &T) -> Result<String, Error> {
    serde_json::to_string(v).map_err(|_| Error::Internal("casus kan niet worden vastgelegd".into()))
}

/// Replace the casus's row in the search index (rowid = casus.nr): O(log n), whatever the vault's size.
fn index(conn: &rusqlite::Connection, casus: &Casus) -> Result<(), Error> {
    let nr: i64 = conn.query_row(
        "SELECT nr FROM casus WHERE id = ?1",
        [casus.id.to_string()],
        |r| r.get(0),
    )?;
    conn.execute("DELETE FROM zoekindex WHERE rowid = ?1", [nr])?;
    conn.execute(
        "INSERT INTO zoekindex (rowid, tekst) VALUES (?1, ?2)",
        params![nr, search_texts(casus).join("\n")],
    )?;
    Ok(())
}

/// Turn user text into an FTS5 query of quoted terms (no operators from the user).
fn fts_query(input: &str) -> String {
    input
        .split_whitespace()
        .map(|t| format!("\"{}\"", t.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(" ")
}

impl Vault {
    /// Import a `top3-casus` file, all or nothing: it is read and validated whole first (every
    /// problem reported with its path); a taken casus id is renumbered and a taken code gets a
    /// suffix ("-2", "-3", …). Returns the new casus id.
    pub fn casus_import(&self, bytes: &[u8]) -> Result<String, Error> {
        let dag = self.werkdag()?;
        let mut casus = crate::export::lees(bytes, dag.vandaag)?;
        // A vastgesteld veiligheidsplan brings its monitoring moments, on this path too.
        casus.monitoring_aanvullen(&dag.instellingen);
        let casus_id = casus.id;
        let taken = self.casus_id_taken(casus_id)?;
        crate::export::hernummer(&mut casus, |id| id == casus_id && taken);
        if self.casus_code_taken(&casus.code)? {
            let base = casus.code.clone();
            let mut n = 2;
            while self.casus_code_taken(&format!("{base}-{n}"))? {
                n += 1;
            }
            casus.code = format!("{base}-{n}");
        }
        self.casus_insert(
            casus,
            "casus geïmporteerd",
            "casus geïmporteerd uit een casusbestand",
        )
    }

    /// The casus in the exchange format. Recorded in the audit trail: data leaves the vault.
    pub fn casus_export(&self, id: &str) -> Result<String, Error> {
        let casus = self.casus_get(id)?;
        let text = crate::export::exporteer(&casus);
        self.record(
            "casus geëxporteerd",
            Some(id),
            "casus geëxporteerd als casusbestand",
        )?;
        Ok(text)
    }
}
