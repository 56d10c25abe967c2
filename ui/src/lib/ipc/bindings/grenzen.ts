// Generated from src/domain/validatie.rs by `cargo xtask bindings`. Do not edit: the core's
// limits that a field checks while typing, before the core checks them again on save.

/** The earliest year of any date (`VROEGSTE_JAAR`). */
export const VROEGSTE_JAAR = 1900;
