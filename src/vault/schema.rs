//! The database schema, as an ordered list of migrations (rusqlite_migration, `user_version`).
//!
//! Never edit a migration that has shipped: append a new one.

use rusqlite_migration::{M, Migrations};

pub(crate) fn migrations() -> Migrations<'static> {
    Migrations::new(vec![M::up(V1)])
}

/// v1: settings, the audit trail, and the first case tables.
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

CREATE TABLE casus (
    id          TEXT PRIMARY KEY NOT NULL,
    code        TEXT NOT NULL,
    titel       TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'open',
    fase        TEXT NOT NULL DEFAULT 'directeVeiligheid',
    versie      INTEGER NOT NULL DEFAULT 1,
    aangemaakt  TEXT NOT NULL,
    gewijzigd   TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX casus_code ON casus(code);

CREATE TABLE informatie (
    id         TEXT PRIMARY KEY NOT NULL,
    casus_id   TEXT NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
    tekst      TEXT NOT NULL,
    bron       TEXT NOT NULL DEFAULT '',
    aangemaakt TEXT NOT NULL
) STRICT;
CREATE INDEX informatie_casus ON informatie(casus_id);

CREATE VIRTUAL TABLE zoekindex USING fts5(
    casus_id UNINDEXED,
    tekst,
    tokenize = 'unicode61 remove_diacritics 2'
);
"#;

#[cfg(test)]
mod tests {
    #[test]
    fn migrations_are_valid() {
        assert!(super::migrations().validate().is_ok());
    }
}
