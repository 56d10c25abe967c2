//! The one integration-test binary (ripgrep style): one module per area.

mod util;

// The vault through its public API and the CLI: pragmas, no plaintext, corruption, crashes, audit, backups.
mod vault;
