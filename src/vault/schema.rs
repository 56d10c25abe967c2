//! The database schema, as an ordered list of migrations (rusqlite_migration, `user_version`).
//!
//! Never edit a migration that has shipped: append a new one.

use rusqlite_migration::{M, Migrations};

const UP: &[&str] = &[V1, V2, V3];

/// The schema version this build writes (`PRAGMA user_version` after the last migration).
pub(crate) const LATEST: i64 = UP.len() as i64;

pub(crate) fn migrations() -> Migrations<'static> {
    Migrations::new(UP.iter().map(|sql| M::up(sql)).collect())
}

/// v1: settings, the audit trail, the casussen and their full-text index.
const V1: &str = r#"
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE audit (
    seq       INTEGER PRIMARY KEY NOT NULL,
    at        TEXT NOT NULL,
    who       TEXT NOT NULL,
    action    TEXT NOT NULL,
    casus_id  TEXT,
    summary   TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
) STRICT;

-- One row per casus; `casus_document.document` is the whole casus (domain::Casus as JSON): the aggregate is read and
-- written as one unit, in one transaction, guarded by `versie`. `kop` is the same casus without its
-- items (betrokkenen, scores, fasen, monitoring, kindchecks): enough to list casussen with their
-- signals without parsing every item. code / titel / fase / status are copies for sorting and filters.
-- `nr` is an explicit rowid (kept by VACUUM and sqlcipher_export) that keys the search index.
CREATE TABLE casus (
    nr          INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    code        TEXT NOT NULL,
    titel       TEXT NOT NULL,
    status      TEXT NOT NULL,
    fase        TEXT NOT NULL,
    versie      INTEGER NOT NULL,
    aangemaakt  TEXT NOT NULL,
    gewijzigd   TEXT NOT NULL,
    kop         TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX casus_code ON casus(code);

-- The whole casus, in its own table so that listing casussen reads only the small rows above.
CREATE TABLE casus_document (
    nr        INTEGER PRIMARY KEY REFERENCES casus(nr) ON DELETE CASCADE,
    document  TEXT NOT NULL
) STRICT;

-- One row per casus, rowid = casus.nr, holding all its searchable text.
CREATE VIRTUAL TABLE zoekindex USING fts5(
    tekst,
    tokenize = 'unicode61 remove_diacritics 2'
);
"#;

/// v2: MDA++ sessies and the reusable list of ketenpartners.
///
/// A sessie is stored whole (`document`: domain::Sessie as JSON), like a casus, with copies of
/// datum / voorzitter / status for the list. There is deliberately **no foreign key to casus**:
/// the agenda holds a snapshot of each casus code, so deleting a sessie never touches a casus and
/// deleting a casus leaves the sessie (and its verslag) readable.
const V2: &str = r#"
CREATE TABLE sessie (
    nr          INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    datum       TEXT NOT NULL,
    voorzitter  TEXT NOT NULL,
    status      TEXT NOT NULL,
    versie      INTEGER NOT NULL,
    gewijzigd   TEXT NOT NULL,
    document    TEXT NOT NULL
) STRICT;
CREATE INDEX sessie_datum ON sessie(datum);

-- The ketenpartners a voorzitter picks deelnemers from, in the order the user keeps them.
CREATE TABLE partner (
    nr           INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    naam         TEXT NOT NULL,
    organisatie  TEXT NOT NULL,
    rol          TEXT NOT NULL
) STRICT;
"#;

/// v3: deleted text leaves the search index at once. FTS5 keeps the tokens of a deleted or replaced
/// row in its older segments until they happen to be merged; with `secure-delete` (SQLite 3.42+,
/// a persistent option of the table) a delete removes them from the index immediately. The rebuild
/// rewrites the index from the stored rows, so the residue an older vault collected goes too; the
/// pages it frees are zeroed because the connection runs with `secure_delete = ON`.
const V3: &str = r#"
INSERT INTO zoekindex (zoekindex, rank) VALUES ('secure-delete', 1);
INSERT INTO zoekindex (zoekindex) VALUES ('rebuild');
INSERT INTO zoekindex (zoekindex) VALUES ('optimize');
"#;

#[cfg(test)]
mod tests {
    #[test]
    fn migrations_are_valid() {
        assert!(super::migrations().validate().is_ok());
    }

    #[test]
    fn latest_is_what_the_migrations_reach() {
        let mut conn = rusqlite::Connection::open_in_memory().unwrap();
        super::migrations().to_latest(&mut conn).unwrap();
        let v: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(v, super::LATEST);
    }
}
