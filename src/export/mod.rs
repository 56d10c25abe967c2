//! Export: what leaves the vault as a file, and what comes back in: the exchange format
//! `top3-casus` ([`uitwisseling`]): one casus as versioned JSON, with its JSON Schema
//! (`docs/top3-casus.schema.json`, described in `docs/uitwisselformaat.md`); and the plans as PDF:
//! a small layout engine over printpdf ([`pdf`]) and the plan as a document, in a professional
//! version (`plandocument`) and a gezinsversie (`gezinsversie`); the MDA++ verslag
//! (`sessieverslag`), with a pseudonymised variant; and the projector's beeld (`presentatie`). The
//! verslag, the projector and the plan share one pseudonymisation (`namen`).
//!
//! **Architecture invariant:** export does no I/O. It turns a casus into bytes and bytes into a
//! valid casus (or a Dutch report of everything that is wrong); reading and writing files, and
//! storing what was imported, is the caller's job (vault, api, CLI).

pub mod gewone_taal;
mod gezinsversie;
mod namen;
pub mod pdf;
mod plandocument;
mod presentatie;
mod sessieverslag;
pub mod tekst;
pub mod uitwisseling;

pub use namen::{GEWONE_WOORDEN, TEKST_VERBORGEN, naamresten, pseudonimiseer};
pub use plandocument::{PlanOpties, plan_bestandsnaam, plan_document, plan_pdf};
pub use presentatie::{
    Beeldblok, PRESENTATIESTAPPEN, Presentatiebeeld, Presentatiestap, casus_concretiseren,
    casus_ordenen, casus_prioriteren, casus_taxeren, presentatiebeeld,
};
pub use sessieverslag::{
    VerslagOpties, sessieverslag_document, sessieverslag_pdf, verslag_bestandsnaam,
};

pub use uitwisseling::{
    Casusbestand, FORMAT, Importfout, MAX_BESTAND_BYTES, MAX_ONDERDELEN, VERSIE, exporteer,
    hernummer, lees, schema,
};
