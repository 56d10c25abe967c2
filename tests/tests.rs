//! The one integration-test binary (ripgrep style): one module per area.

mod util;

// The façade the Tauri shell calls: states, error codes, Dutch messages.
mod api;

// The vault through its public API and the CLI: pragmas, no plaintext, corruption, crashes, audit, backups.
mod vault;

// The exchange format (top3-casus JSON): round trips, every kind of bad input, the schema.
mod uitwisseling;

// The vault's page format: an older vault converted on first open, whole and crash-safe.
mod paginaformaat;

// Casussen in the vault: CLI contract, all-or-nothing import, concurrency, search, audit.
mod casus;

// The PDF engine: text round trip (pdftotext), structure (qpdf), metadata, pagination.
mod pdf;

// Plans: versions, vaststellen, immutability on save, verspreiding.
mod plan;

// The method's safety rules on every write path: import, façade, phase change.
mod invarianten;

// Methodeinstellingen per vault: CLI and façade, checked, audited, followed by every rule.
mod instellingen;

// The oefenomgeving: bundled casussen, init and reset, practice copies, comparison.
mod oefen;

// MDA++ sessies: actiepunten into the casussen, deleting either side, the verslag via the CLI.
mod sessie;

// The audit trail (NEN 7513): reads recorded, summaries from the core's fixed vocabulary, never
// content; exports to a bare file name.
mod audit;

// The layers' invariants, checked in the source: the domain does no I/O and reads no clock;
// export does no I/O; neither reaches up into vault, api or the shell.
mod lagen;
