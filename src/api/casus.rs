//! Casussen through the façade: the list with its signals, and the werkblad — the casus together
//! with what the method says about it today (what is still missing, signals, the fasepoort).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::afgeleid::{Afgeleid, afleiden};
use super::{Result, Werkplaats};
use crate::domain::{
    self, Casus, CasusStatus, Doorlooptijdregel, Fase, Fasepoort, Faseverzoek, Methodeinstellingen,
    Perspectief, Signaal, Volledigheid,
};
use crate::vault::{self, Aanleiding, Inzage};

/// One signal as the UI shows it: a stable code to branch on, a Dutch sentence and its short form
/// for a badge.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SignaalRegel {
    pub code: String,
    pub tekst: String,
    pub kort: String,
}

impl From<&Signaal> for SignaalRegel {
    fn from(s: &Signaal) -> SignaalRegel {
        SignaalRegel {
            code: s.code().to_string(),
            tekst: s.tekst(),
            kort: s.kort(),
        }
    }
}

/// A casus in the overview.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct CasusOverzicht {
    pub id: String,
    pub code: String,
    pub titel: String,
    pub fase: Fase,
    pub status: CasusStatus,
    /// The version to send back with a change (see `CasusWerkblad`).
    pub versie: u64,
    /// RFC 3339 timestamp of the last change.
    pub gewijzigd: String,
    pub signalen: Vec<SignaalRegel>,
}

/// A casus opened in the workspace, with the method's view of it today.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct CasusWerkblad {
    /// The whole casus; send it back (changed) to `casus_save` with its `versie` unchanged.
    pub casus: Casus,
    /// Per part (betrokkenen and the four steps): progress and what is still missing.
    pub volledigheid: Vec<Volledigheid>,
    pub signalen: Vec<SignaalRegel>,
    /// The checklist for leaving directe veiligheid (also shown in later phases, for reference).
    pub fasepoort: Fasepoort,
    /// "Hulp gestart 168 dagen na het incident." or what is still unknown.
    pub doorlooptijd: String,
    /// The three legs — incident → melding → start hulp, and the whole — each open while its
    /// end date is missing.
    pub doorlooptijden: Vec<Doorlooptijdregel>,
    /// What the method derives per betrokkene, situatie, top 3 and plan (see [`Afgeleid`]).
    pub afgeleid: Afgeleid,
}

impl Werkplaats {
    /// The one place a werkblad is built: the casus with what the method says about it today.
    fn werkblad(&self, casus: Casus) -> CasusWerkblad {
        let inst = &self.instellingen();
        let vandaag = self.vandaag();
        CasusWerkblad {
            volledigheid: domain::volledigheid(&casus, vandaag),
            signalen: domain::signalen(&casus, vandaag, inst)
                .iter()
                .map(SignaalRegel::from)
                .collect(),
            fasepoort: casus.fasepoort(inst),
            doorlooptijd: casus.doorlooptijd(vandaag).tekst(),
            doorlooptijden: casus.doorlooptijden(vandaag),
            afgeleid: afleiden(&casus, vandaag, inst),
            casus,
        }
    }
}

/// The latest score of one perspective, for `top3 casus status`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct Scoreregel {
    pub perspectief: Perspectief,
    /// "professional", "MDA++-tafel" or the betrokkene's name.
    pub wie: String,
    /// `None`: onbekend (weet niet / niet te vragen).
    pub waarde: Option<u8>,
    pub datum: NaiveDate,
    /// The score the rules go by (the professional's or the MDA++ table's latest).
    pub leidend: bool,
}

/// What the workspace knows about a casus today, for the command line (`top3 casus status`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Casusstatus {
    pub id: String,
    pub code: String,
    pub vandaag: NaiveDate,
    pub fase: Fase,
    /// The fasepoort's conditions, met or not.
    pub fasepoort: Fasepoort,
    pub signalen: Vec<SignaalRegel>,
    pub doorlooptijden: Vec<Doorlooptijdregel>,
    /// The latest score per perspective, the leidende one marked.
    pub scores: Vec<Scoreregel>,
    /// The methodeinstellingen the rules used.
    pub instellingen: Methodeinstellingen,
}

impl Werkplaats {
    /// The status of the casus named by its id or its code (`top3 casus status`); recorded as a
    /// look at the casus.
    pub fn casus_status(&self, id_of_code: &str) -> Result<Casusstatus> {
        let id = self.casus_id_van(id_of_code)?;
        let wb = self.casus_inzien(&id, Inzage::CasusstatusGetoond)?;
        let c = &wb.casus;
        let leidend = c.taxatie.leidende_score().map(|s| s.perspectief);
        let scores = c
            .taxatie
            .laatste_scores_per_perspectief()
            .into_iter()
            .map(|s| Scoreregel {
                wie: match s.perspectief {
                    Perspectief::Betrokkene { betrokkene_id } => c
                        .betrokkene(betrokkene_id)
                        .map_or_else(|| "betrokkene".to_string(), |b| b.naam.clone()),
                    p => p.label().to_string(),
                },
                leidend: leidend == Some(s.perspectief),
                perspectief: s.perspectief,
                waarde: s.bekende_waarde(),
                datum: s.datum,
            })
            .collect();
        Ok(Casusstatus {
            id,
            code: c.code.clone(),
            vandaag: wb.afgeleid.vandaag,
            fase: c.fase,
            fasepoort: wb.fasepoort.clone(),
            signalen: wb.signalen.clone(),
            doorlooptijden: wb.doorlooptijden.clone(),
            scores,
            instellingen: wb.afgeleid.instellingen.clone(),
        })
    }

    /// All casussen, ordered by code, with their signals today. Not recorded: the app's overview
    /// shows the pseudonymous codes and titles that the session's "kluis ontgrendeld" entry
    /// covers, and it reloads after every return from a casus; the command line records its list
    /// itself ([`Werkplaats::casus_overzicht_opdrachtregel`]).
    pub fn casus_list(&self) -> Result<Vec<CasusOverzicht>> {
        let (vandaag, inst) = (self.vandaag(), &self.instellingen());
        self.with_open(|v| {
            Ok(v.casus_list()?
                .into_iter()
                .map(|c| CasusOverzicht {
                    signalen: domain::signalen(&c.kop, vandaag, inst)
                        .iter()
                        .map(SignaalRegel::from)
                        .collect(),
                    versie: c.versie,
                    id: c.id,
                    code: c.code,
                    titel: c.titel,
                    fase: c.fase,
                    status: c.status,
                    gewijzigd: c.gewijzigd,
                })
                .collect())
        })
    }

    pub fn casus_create(&self, code: &str, titel: &str) -> Result<CasusWerkblad> {
        self.with_open(|v| {
            let id = v.casus_create(code, titel)?;
            Ok(self.werkblad(v.casus_get(&id)?))
        })
    }

    /// `top3 casus list`: every casus, recorded as one look at the overview (how many, no codes).
    pub fn casus_overzicht_opdrachtregel(&self) -> Result<Vec<CasusOverzicht>> {
        let rijen = self.casus_list()?;
        self.with_open(|v| {
            v.record_inzage(
                Inzage::Casusoverzicht {
                    aantal: rijen.len(),
                },
                None,
            )
        })?;
        Ok(rijen)
    }

    /// Open a casus in the app's workspace; recorded as a look at the casus. Only this explicit
    /// open is recorded: the werkblad every save returns (autosave, undo) is not a new look, and
    /// the save has its own entry.
    pub fn casus_open(&self, id: &str) -> Result<CasusWerkblad> {
        self.casus_inzien(id, Inzage::CasusGeopend)
    }

    /// `top3 casus show`: the casus named by its id or its code; recorded as a look at it.
    pub fn casus_tonen(&self, id_of_code: &str) -> Result<CasusWerkblad> {
        let id = self.casus_id_van(id_of_code)?;
        self.casus_inzien(&id, Inzage::CasusGetoond)
    }

    /// The werkblad of a casus this session just made (a practice copy), which needs no entry of
    /// its own: its insert has one.
    pub(super) fn casus_werkblad_na_aanmaken(&self, id: &str) -> Result<CasusWerkblad> {
        self.with_open(|v| Ok(self.werkblad(v.casus_get(id)?)))
    }

    /// The version of a casus as it is now, for a change from the command line (which starts
    /// from the stored casus): not a look at its content, so not recorded.
    pub fn casus_versie(&self, id: &str) -> Result<u64> {
        self.with_open(|v| Ok(v.casus_get(id)?.versie))
    }

    /// Read a casus and record `inzage` on it before it is handed out: when the entry cannot be
    /// written, nothing is shown.
    fn casus_inzien(&self, id: &str, inzage: Inzage) -> Result<CasusWerkblad> {
        self.with_open(|v| {
            let casus = v.casus_get(id)?;
            v.record_inzage(inzage, Some(id))?;
            Ok(self.werkblad(casus))
        })
    }

    /// Save the whole casus (all or nothing, refused when stale or invalid). The audit entry
    /// names the parts that changed, compared in the core with the stored casus; the caller
    /// describes nothing.
    pub fn casus_save(&self, casus: &Casus) -> Result<CasusWerkblad> {
        self.with_open(|v| {
            v.casus_save(casus, Aanleiding::Bewerkt)?;
            Ok(self.werkblad(v.casus_get(&casus.id.to_string())?))
        })
    }

    pub fn casus_delete(&self, id: &str) -> Result<()> {
        self.with_open(|v| v.casus_delete(id))
    }

    /// Full-text search (app and command line): the ids of the matching casussen. Recorded with
    /// the number of results; the query itself is never stored.
    pub fn casus_search(&self, tekst: &str) -> Result<Vec<String>> {
        self.with_open(|v| {
            let ids = v.search(tekst)?;
            v.record_inzage(
                Inzage::Zoekopdracht {
                    resultaten: ids.len(),
                },
                None,
            )?;
            Ok(ids)
        })
    }

    /// Move the casus to another phase through the fasepoort (an override needs a reason).
    pub fn casus_change_phase(
        &self,
        id: &str,
        versie: u64,
        verzoek: Faseverzoek,
    ) -> Result<CasusWerkblad> {
        let inst = &self.instellingen();
        self.bewerk(id, versie, |casus, _, profiel| {
            let naar = verzoek.naar;
            casus.wissel_fase(verzoek, profiel, inst)?;
            Ok(Aanleiding::FaseGewijzigd(naar))
        })
    }

    /// Load the casus, refuse when it changed since `versie`, apply one domain operation (given
    /// today and the profile name; it returns what it did, for the audit entry), and save — all
    /// or nothing.
    pub(super) fn bewerk(
        &self,
        id: &str,
        versie: u64,
        f: impl FnOnce(&mut Casus, NaiveDate, &str) -> std::result::Result<Aanleiding, vault::Error>,
    ) -> Result<CasusWerkblad> {
        self.with_open(|v| {
            let mut casus = v.casus_get(id)?;
            if casus.versie != versie {
                return Err(vault::Error::Conflict(
                    "De casus is intussen gewijzigd. Er is niets overschreven; open de casus opnieuw.".into(),
                ));
            }
            let aanleiding = f(&mut casus, self.vandaag(), v.profile_name())?;
            v.casus_save(&casus, aanleiding)?;
            Ok(self.werkblad(v.casus_get(id)?))
        })
    }
}
