//! The façade's error: joins the errors of the layers below — the domain's rules
//! ([`domain::Fout`]), the vault ([`vault::Error`]), the documents ([`PdfFout`]) and the exchange
//! format ([`Importfout`]) — and maps them to the transport's `{code, message}` exactly once
//! ([`From<Error> for ApiError`]). Every layer keeps its own type; none flattens another's to a
//! string.

use crate::domain::{self, Fasefout, Planfout, Sessiefout, Top3Fout};
use crate::export::Importfout;
use crate::export::pdf::PdfFout;
use crate::vault;

use super::{ApiError, ErrorCode};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Vault(#[from] vault::Error),
    #[error(transparent)]
    Regel(#[from] domain::Fout),
    /// A document (plan, verslag) could not be made: nothing was written.
    #[error(transparent)]
    Pdf(#[from] PdfFout),
    #[error(transparent)]
    Import(#[from] Importfout),
}

macro_rules! regel {
    ($($t:ty),*) => {$(
        impl From<$t> for Error {
            fn from(e: $t) -> Error {
                Error::Regel(domain::Fout::from(e))
            }
        }
    )*};
}
regel!(Planfout, Fasefout, Top3Fout, Sessiefout);

impl From<Error> for ApiError {
    fn from(e: Error) -> ApiError {
        use vault::Error as V;
        let code = match &e {
            Error::Vault(v) => match v {
                V::WrongPassphrase | V::WrongRecoveryCode => ErrorCode::WrongPassphrase,
                V::Locked => ErrorCode::Locked,
                V::NoVault(_) => ErrorCode::NoVault,
                V::VaultExists(_) => ErrorCode::VaultExists,
                V::InUse(_) => ErrorCode::InUse,
                V::Corrupt(_) | V::HeaderCorrupt(_) => ErrorCode::Corrupt,
                V::TooNew(_) => ErrorCode::TooNew,
                V::Invalid(_) | V::Regel(_) | V::Import(_) => ErrorCode::Invalid,
                V::NotFound(_) => ErrorCode::NotFound,
                V::Conflict(_) => ErrorCode::Conflict,
                V::Io { .. } => ErrorCode::Io,
                V::Internal(_) => ErrorCode::Internal,
            },
            Error::Regel(_) | Error::Import(_) => ErrorCode::Invalid,
            Error::Pdf(_) => ErrorCode::Document,
        };
        ApiError {
            code,
            message: e.to_string(),
        }
    }
}

impl From<vault::Error> for ApiError {
    fn from(e: vault::Error) -> ApiError {
        Error::from(e).into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_layer_keeps_its_code_and_a_pdf_failure_says_so() {
        let pdf: ApiError = Error::from(PdfFout::Lettertype("NotoSans-Regular")).into();
        assert_eq!(pdf.code, ErrorCode::Document);
        assert!(
            pdf.message.contains("Er is geen PDF gemaakt"),
            "{}",
            pdf.message
        );
        assert!(!pdf.message.contains("kluis"), "{}", pdf.message);
        let regel: ApiError = Error::from(Planfout::Onbekend).into();
        assert_eq!(regel.code, ErrorCode::Invalid);
        let via_kluis: ApiError = vault::Error::from(Sessiefout::AlAfgerond).into();
        assert_eq!(via_kluis.code, ErrorCode::Invalid);
        assert_eq!(via_kluis.message, Sessiefout::AlAfgerond.to_string());
        let kluis: ApiError = vault::Error::Locked.into();
        assert_eq!(kluis.code, ErrorCode::Locked);
    }
}
