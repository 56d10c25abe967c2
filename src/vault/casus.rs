//! The `casus` and `informatie` tables — the first case data the vault holds. Every change writes
//! its audit entry in the same transaction.

use rusqlite::{OptionalExtension, params};

use super::{Error, Vault, audit};

/// A casus as listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CasusRow {
    pub id: String,
    pub code: String,
    pub titel: String,
    pub fase: String,
    pub versie: i64,
}

/// One informatie-item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InformatieRow {
    pub id: String,
    pub casus_id: String,
    pub tekst: String,
    pub bron: String,
}

/// Longest text field the vault accepts, in bytes (a pasted report fits; a runaway paste does not).
pub const MAX_TEXT_BYTES: usize = 1024 * 1024;

fn check_text(field: &str, value: &str, max: usize) -> Result<(), Error> {
    if value.len() > max {
        return Err(Error::Invalid(format!(
            "Het veld '{field}' is te lang ({} kB, hoogstens {} kB). Er is niets opgeslagen.",
            value.len() / 1024,
            max / 1024
        )));
    }
    Ok(())
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
        check_text("code", code, 200)?;
        check_text("titel", titel, 2000)?;
        let id = uuid::Uuid::new_v4().to_string();
        let now = chrono::Utc::now().to_rfc3339();
        let tx = self.conn.unchecked_transaction()?;
        let exists: Option<String> = tx
            .query_row("SELECT id FROM casus WHERE code = ?1", [code], |r| r.get(0))
            .optional()?;
        if exists.is_some() {
            return Err(Error::Invalid(format!(
                "Er is al een casus met de code '{code}'. Er is niets opgeslagen."
            )));
        }
        tx.execute(
            "INSERT INTO casus (id, code, titel, aangemaakt, gewijzigd) VALUES (?1, ?2, ?3, ?4, ?4)",
            params![id, code, titel, now],
        )?;
        tx.execute(
            "INSERT INTO zoekindex (casus_id, tekst) VALUES (?1, ?2)",
            params![id, format!("{code} {titel}")],
        )?;
        audit::append(
            &tx,
            &self.profile,
            "casus aangemaakt",
            Some(&id),
            "nieuwe casus",
        )?;
        tx.commit()?;
        Ok(id)
    }

    /// All casussen, ordered by code.
    pub fn casus_list(&self) -> Result<Vec<CasusRow>, Error> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, code, titel, fase, versie FROM casus ORDER BY code")?;
        let rows = stmt.query_map([], |r| {
            Ok(CasusRow {
                id: r.get(0)?,
                code: r.get(1)?,
                titel: r.get(2)?,
                fase: r.get(3)?,
                versie: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Add an informatie-item to a casus. Returns its id.
    pub fn informatie_add(&self, casus_id: &str, tekst: &str, bron: &str) -> Result<String, Error> {
        check_text("tekst", tekst, MAX_TEXT_BYTES)?;
        check_text("bron", bron, 2000)?;
        let id = uuid::Uuid::new_v4().to_string();
        let now = chrono::Utc::now().to_rfc3339();
        let tx = self.conn.unchecked_transaction()?;
        let n = tx.execute(
            "UPDATE casus SET versie = versie + 1, gewijzigd = ?2 WHERE id = ?1",
            params![casus_id, now],
        )?;
        if n == 0 {
            return Err(Error::NotFound(format!(
                "Casus {casus_id} bestaat niet. Er is niets opgeslagen."
            )));
        }
        tx.execute(
            "INSERT INTO informatie (id, casus_id, tekst, bron, aangemaakt) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![id, casus_id, tekst, bron, now],
        )?;
        tx.execute(
            "INSERT INTO zoekindex (casus_id, tekst) VALUES (?1, ?2)",
            params![casus_id, tekst],
        )?;
        audit::append(
            &tx,
            &self.profile,
            "informatie toegevoegd",
            Some(casus_id),
            "informatie-item toegevoegd",
        )?;
        tx.commit()?;
        Ok(id)
    }

    /// The informatie-items of a casus, oldest first.
    pub fn informatie_list(&self, casus_id: &str) -> Result<Vec<InformatieRow>, Error> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, casus_id, tekst, bron FROM informatie WHERE casus_id = ?1 ORDER BY aangemaakt, rowid")?;
        let rows = stmt.query_map([casus_id], |r| {
            Ok(InformatieRow {
                id: r.get(0)?,
                casus_id: r.get(1)?,
                tekst: r.get(2)?,
                bron: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Delete an informatie-item (its text is overwritten on disk: secure_delete is on).
    pub fn informatie_delete(&self, id: &str) -> Result<(), Error> {
        let tx = self.conn.unchecked_transaction()?;
        let casus_id: Option<String> = tx
            .query_row("SELECT casus_id FROM informatie WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?;
        let Some(casus_id) = casus_id else {
            return Err(Error::NotFound(format!(
                "Informatie-item {id} bestaat niet."
            )));
        };
        let tekst: String =
            tx.query_row("SELECT tekst FROM informatie WHERE id = ?1", [id], |r| {
                r.get(0)
            })?;
        tx.execute("DELETE FROM informatie WHERE id = ?1", [id])?;
        tx.execute(
            "DELETE FROM zoekindex WHERE casus_id = ?1 AND tekst = ?2",
            params![casus_id, tekst],
        )?;
        tx.execute(
            "UPDATE casus SET versie = versie + 1 WHERE id = ?1",
            [&casus_id],
        )?;
        audit::append(
            &tx,
            &self.profile,
            "informatie verwijderd",
            Some(&casus_id),
            "informatie-item verwijderd",
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Full-text search; returns the ids of matching casussen.
    pub fn search(&self, query: &str) -> Result<Vec<String>, Error> {
        let q = fts_query(query);
        if q.is_empty() {
            return Ok(Vec::new());
        }
        let mut stmt = self
            .conn
            .prepare("SELECT DISTINCT casus_id FROM zoekindex WHERE zoekindex MATCH ?1")?;
        let rows = stmt.query_map([q], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

/// Turn user text into an FTS5 query of quoted terms (no operators from the user).
fn fts_query(input: &str) -> String {
    input
        .split_whitespace()
        .map(|t| format!("\"{}\"", t.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(" ")
}
