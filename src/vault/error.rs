//! The vault's error type: the variants callers branch on, with Dutch messages that never hold
//! case content.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("Het wachtwoord klopt niet. Er is niets gewijzigd.")]
    WrongPassphrase,
    #[error("De herstelcode klopt niet. Er is niets gewijzigd.")]
    WrongRecoveryCode,
    #[error("Er is nog geen kluis in {0}.")]
    NoVault(PathBuf),
    #[error("Er staat al een kluis in {0}. Er is niets overschreven.")]
    VaultExists(PathBuf),
    #[error("De kluis in {0} is al geopend door een ander venster of proces. Sluit dat eerst.")]
    InUse(PathBuf),
    #[error("De kluis is vergrendeld. Ontgrendel haar eerst.")]
    Locked,
    #[error("De kluis is beschadigd: {0}")]
    Corrupt(String),
    #[error("Het sleutelbestand van de kluis is beschadigd: {0}")]
    HeaderCorrupt(String),
    /// Written by a newer version of the app: refused before anything is read further or written.
    #[error(
        "Deze kluis is bijgewerkt door een nieuwere versie van TOP-3 Werkplaats ({0}). Installeer die versie of een nieuwere om haar te openen. Er is niets gewijzigd."
    )]
    TooNew(String),
    #[error("{0}")]
    Invalid(String),
    /// A method rule refused the change (kept typed: the façade maps it once).
    #[error(transparent)]
    Regel(#[from] crate::domain::Fout),
    /// An import file was refused (its own Dutch path-and-reason message).
    #[error(transparent)]
    Import(#[from] crate::export::Importfout),
    #[error("{0}")]
    NotFound(String),
    /// A stale write: someone saved a newer version first.
    #[error("{0}")]
    Conflict(String),
    #[error("{context}: {source}")]
    Io {
        context: String,
        #[source]
        source: std::io::Error,
    },
    #[error("Interne fout in de kluis: {0}")]
    Internal(String),
}

impl Error {
    pub fn io(context: impl Into<String>) -> impl FnOnce(std::io::Error) -> Error {
        let context = context.into();
        move |source| Error::Io { context, source }
    }
}

/// SQLite errors are mapped without their message text: it could quote case content.
impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Error {
        use rusqlite::ErrorCode as C;
        match e.sqlite_error_code() {
            Some(C::NotADatabase) | Some(C::DatabaseCorrupt) => Error::Corrupt(
                "de database kan niet worden gelezen (verkeerde sleutel of beschadigde pagina's)"
                    .into(),
            ),
            Some(C::DatabaseBusy) | Some(C::DatabaseLocked) => {
                Error::InUse(PathBuf::from("deze map"))
            }
            Some(C::DiskFull) => Error::Io {
                context: "De schijf is vol; de wijziging is niet opgeslagen".into(),
                source: std::io::Error::other("disk full"),
            },
            Some(C::ReadOnly)
            | Some(C::CannotOpen)
            | Some(C::PermissionDenied)
            | Some(C::SystemIoFailure) => Error::Io {
                context: "De kluis kan niet worden gelezen of geschreven".into(),
                source: std::io::Error::other(format!("{:?}", e.sqlite_error_code())),
            },
            Some(code) => Error::Internal(format!("database-fout ({code:?})")),
            None => Error::Internal(format!("database-fout ({})", short_kind(&e))),
        }
    }
}

fn short_kind(e: &rusqlite::Error) -> &'static str {
    match e {
        rusqlite::Error::QueryReturnedNoRows => "geen rij gevonden",
        rusqlite::Error::InvalidColumnType(..) => "onverwacht kolomtype",
        rusqlite::Error::FromSqlConversionFailure(..) => "onleesbare waarde",
        rusqlite::Error::IntegralValueOutOfRange(..) => "getal buiten bereik",
        rusqlite::Error::ExecuteReturnedResults => "opdracht gaf onverwacht rijen terug",
        rusqlite::Error::InvalidParameterCount(..) => "verkeerd aantal parameters",
        rusqlite::Error::InvalidColumnIndex(..) | rusqlite::Error::InvalidColumnName(..) => {
            "onbekende kolom"
        }
        rusqlite::Error::SqlInputError { .. } => "ongeldige SQL",
        _ => "onbekend",
    }
}

impl From<rusqlite_migration::Error> for Error {
    fn from(e: rusqlite_migration::Error) -> Error {
        match e {
            rusqlite_migration::Error::RusqliteError { err, .. } => Error::from(err),
            other => Error::Corrupt(format!(
                "het schema van de kluis kan niet worden bijgewerkt ({})",
                migration_kind(&other)
            )),
        }
    }
}

fn migration_kind(e: &rusqlite_migration::Error) -> &'static str {
    match e {
        rusqlite_migration::Error::MigrationDefinition(_) => "migratiedefinitie",
        rusqlite_migration::Error::ForeignKeyCheck(_) => "verwijzingen kloppen niet",
        _ => "onbekende versie",
    }
}

/// A domain rule refused the change: nothing was written. Kept typed as [`Error::Regel`].
macro_rules! domeinfout {
    ($($t:ty),*) => {$(
        impl From<$t> for Error {
            fn from(e: $t) -> Error {
                Error::Regel(crate::domain::Fout::from(e))
            }
        }
    )*};
}
domeinfout!(
    crate::domain::Planfout,
    crate::domain::Fasefout,
    crate::domain::Top3Fout,
    crate::domain::Sessiefout
);
