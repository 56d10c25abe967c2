//! The method's domain: the nouns and rules of the TOP-3 methodiek inside the three phases of
//! gefaseerde ketenzorg, in the field's own (Dutch) words. See shared/DOMAIN.md for the method;
//! every rule here names its source there: [seed 00N], [src …] or \[ours].
//!
//! - the casus and its people: [`Casus`], [`Betrokkene`], [`Kindcheck`];
//! - the four TOP-3 steps: ordenen ([`Informatie`]), concretiseren ([`Concretisering`]),
//!   taxeren ([`Taxatie`]), prioriteren ([`Top3`]);
//! - the plans that leave the room: [`Plan`] (veiligheids-, hulpverlenings- and herstelplan),
//!   versioned and tracked to every party;
//! - the MDA++ [`Sessie`]: agenda, inbreng, besluiten and actiepunten that flow into the casus
//!   ([`verwerk_actiepunten`]);
//! - the phases: [`Fase`], [`FaseOvergang`], the [`Fasepoort`]; monitoring ([`Monitoringmoment`]);
//! - the rules that watch over it: [`volledigheid`] ("wat ontbreekt nog"), [`signalen`],
//!   [`valideer`];
//! - the numbers and words an organisation or trainer may change: [`Methodeinstellingen`] and
//!   [`benamingen`].
//!
//! **Architecture invariant:** the domain is pure. No I/O, no SQL, no clock (callers pass
//! `vandaag`), nothing about IPC or the UI. Types derive serde with camelCase names so the
//! exchange format can reuse them; transport types for the UI live in `api`, not here.

pub mod benamingen;
mod betrokkene;
mod bewerking;
mod casus;
mod concretisering;
mod fase;
mod fout;
mod informatie;
mod instellingen;
mod invarianten;
mod kindcheck;
mod monitoring;
mod plan;
mod sessie;
mod signalen;
mod taxatie;
mod top3;
mod validatie;
mod volledigheid;
mod wijziging;

pub use betrokkene::{Betrokkene, Leeftijd, MEERDERJARIG_VANAF, Rol};
pub use bewerking::{Partijfout, partijsleutel};
pub use casus::{Casus, CasusStatus, Doorlooptijd, Doorlooptijdregel, JaNeeOnbekend};
pub use concretisering::{Beleving, Concreetheidsdeel, Concretisering, VormVanGeweld, Wanneer};
pub use fase::{
    Fase, FaseOvergang, Fasefout, Fasepoort, Faseverzoek, Opschaling, Poortvoorwaarde,
    Poortvoorwaardesoort,
};
pub use fout::Fout;
pub use informatie::{Aard, Categorie, Informatie};
pub use instellingen::{Instelling, Methodeinstellingen};
pub use invarianten::controleer_invarianten;
pub use kindcheck::{Kindcheck, VeiligOpgroeien};
pub use monitoring::{
    Monitoringmoment, Monitoringsoort, Monitoringstatus, Monitoringuitkomst,
    monitoringmomenten_na_plan,
};
pub use plan::{
    ALARMNUMMER, Afspraak, Deelnemer, Evaluatie, Gezinsbespreking, Netwerkpersoon, NieuwPlan,
    Noodnummer, Plan, Plandoel, Planfout, Planinhoud, Plansoort, Planstatus, Signaalafspraak,
    VEILIG_THUIS_NUMMER, Vaststelling, Verspreiding, controleer_planwijzigingen,
    standaard_noodnummers,
};
pub use sessie::{
    Actiepunt, Actiesoort, Afrondregel, Agendapunt, Blijft, Inbreng, MAX_DUUR_MINUTEN,
    MAX_PARTNER_BYTES, Overlegpartner, Sessie, Sessiefout, Sessiestatus, Verwerking,
    controleer_sessiewijzigingen, is_begintijd, is_duur, valideer_partners, valideer_sessie,
    verwerk_actiepunten,
};
pub use signalen::{Signaal, signalen, volle_maanden};
pub use taxatie::{
    Ernst, Frequentie, InstrumentUitkomst, Onveiligheid, Perspectief, SituatieTaxatie, Taxatie,
    Veiligheidsscore,
};
pub use top3::{Doel, TOP3_MAXIMUM, Top3, Top3Fout, Top3Plaats};
pub use validatie::{
    MAX_CODE_BYTES, MAX_KORTE_TEKST_BYTES, MAX_SCORE, MAX_TEKST_BYTES, Probleem, VROEGSTE_JAAR,
    valideer,
};
pub use volledigheid::{Onderdeel, Volledigheid, volledigheid};
pub use wijziging::{
    Casusonderdeel, Sessieonderdeel, casus_wijzigingen, sessie_wijzigingen, wijzigingstekst,
};
