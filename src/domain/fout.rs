//! The domain's error: every refusal of a method rule, kept typed until the façade turns it into
//! `{code, message}` once. Each area keeps its own enum (where the rule lives); this joins them.

use thiserror::Error;

use super::{Fasefout, Planfout, Sessiefout, Top3Fout};

/// A method rule refused the change; nothing was written. Messages are Dutch and quote no case
/// content.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Fout {
    #[error(transparent)]
    Plan(#[from] Planfout),
    #[error(transparent)]
    Fase(#[from] Fasefout),
    #[error(transparent)]
    Top3(#[from] Top3Fout),
    #[error(transparent)]
    Sessie(#[from] Sessiefout),
}
