//! Plans through the façade: start a version, vaststellen, drop a concept. The content of a
//! concept and its verspreiding are changed by saving the casus (`casus_save`); the domain's
//! rules refuse any change to a vastgesteld version on that path too.

use uuid::Uuid;

use super::casus::CasusWerkblad;
use super::{Result, Werkplaats};
use crate::domain::Plansoort;
use crate::vault::{self, Aanleiding};

pub(super) fn plan_id(id: &str) -> std::result::Result<Uuid, vault::Error> {
    Uuid::parse_str(id)
        .map_err(|_| vault::Error::NotFound("Dit plan bestaat niet. Er is niets gewijzigd.".into()))
}

impl Werkplaats {
    /// Start a new concept version of `soort`: a copy of the vastgesteld version, or prefilled
    /// from the top 3.
    pub fn plan_nieuw(
        &self,
        casus_id: &str,
        versie: u64,
        soort: Plansoort,
    ) -> Result<CasusWerkblad> {
        self.bewerk(casus_id, versie, |casus, vandaag, _| {
            let id = casus.plan_nieuw(soort, vandaag)?;
            let versie = casus.plan(id).map_or(1, |p| p.versie);
            Ok(Aanleiding::PlanGestart { soort, versie })
        })
    }

    /// Vaststellen: the concept becomes immutable; the previous version becomes vervangen.
    pub fn plan_vaststellen(
        &self,
        casus_id: &str,
        versie: u64,
        plan: &str,
    ) -> Result<CasusWerkblad> {
        let plan = plan_id(plan)?;
        let inst = &self.instellingen();
        self.bewerk(casus_id, versie, |casus, vandaag, profiel| {
            casus.plan_vaststellen(plan, vandaag, profiel, inst)?;
            let p = casus.plan(plan).ok_or(crate::domain::Planfout::Onbekend)?;
            Ok(Aanleiding::PlanVastgesteld {
                soort: p.soort,
                versie: p.versie,
            })
        })
    }

    /// Drop a concept version.
    pub fn plan_verwijder_concept(
        &self,
        casus_id: &str,
        versie: u64,
        plan: &str,
    ) -> Result<CasusWerkblad> {
        let plan = plan_id(plan)?;
        self.bewerk(casus_id, versie, |casus, _, _| {
            let p = casus.plan(plan).ok_or(crate::domain::Planfout::Onbekend)?;
            let aanleiding = Aanleiding::ConceptVerwijderd {
                soort: p.soort,
                versie: p.versie,
            };
            casus.plan_verwijder_concept(plan)?;
            Ok(aanleiding)
        })
    }
}
