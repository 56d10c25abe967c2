//! What afronden does to a casus: the actiepunten of an agendapunt flow into it.

use chrono::NaiveDate;
use uuid::Uuid;

use super::{Actiesoort, Agendapunt, Sessiefout, Verwerking};
use crate::domain::benamingen::{
    ALS_NIET_NAGEKOMEN_MDA, DOEL_UIT_MDA, datum_tekst, verwerking_tekst,
};
use crate::domain::{Afspraak, Casus, Monitoringmoment, Monitoringsoort, Plandoel, Plansoort};

/// The rule "actiepunten flow into the casus" \[ours, after DOMAIN: MDA++ session — "besluiten,
/// actiepunten (wie, wat, wanneer), next evaluation"]. Every actiepunt of `punt` not yet verwerkt:
///
/// - **Monitoring** → an extra [`Monitoringmoment`] on `wanneer` (id = the actiepunt's id);
/// - **Evaluatie** → the evaluatie (datum = `wanneer`, met wie = `wie`) of the concept
///   veiligheidsplan — the plan is where "evaluatie (when, with whom)" lives [DOMAIN: Plans], and
///   the next vaststelling carries it to everyone who receives the plan;
/// - **Afspraak** → an [`Afspraak`] (wie, wat, wanneer as a date, toezicht = this sessie,
///   als niet nagekomen = "terug naar het MDA++-overleg") under the concept veiligheidsplan's
///   first doel (id = the actiepunt's id).
///
/// A concept veiligheidsplan is started with [`Casus::plan_nieuw`] when there is none (a copy of
/// the vastgesteld version, so nothing vastgesteld ever changes); a plan without doelen gets one.
/// Each actiepunt is then marked verwerkt; one already verwerkt — or whose afspraak or
/// monitoringmoment is already in the casus — is never taken twice.
pub fn verwerk_actiepunten(
    casus: &mut Casus,
    punt: &mut Agendapunt,
    toezicht: &str,
    vandaag: NaiveDate,
) -> Result<Vec<Verwerking>, Sessiefout> {
    if punt.casus_id != casus.id {
        return Err(Sessiefout::AndereCasus);
    }
    let mut uit = Vec::new();
    for actie in punt.actiepunten.iter_mut().filter(|a| !a.verwerkt) {
        let tekst = match actie.soort {
            Actiesoort::Monitoring => {
                if !casus.monitoring.iter().any(|m| m.id == actie.id) {
                    casus.monitoring.push(Monitoringmoment {
                        id: actie.id,
                        datum: actie.wanneer,
                        soort: Monitoringsoort::Extra,
                        gedaan: None,
                        uitkomst: None,
                    });
                }
                verwerking_tekst(actie.soort, actie.wanneer)
            }
            Actiesoort::Evaluatie => {
                let plan = conceptveiligheidsplan(casus, vandaag)?;
                plan.inhoud.evaluatie.datum = Some(actie.wanneer);
                if !actie.wie.trim().is_empty() {
                    plan.inhoud.evaluatie.met_wie = actie.wie.trim().to_string();
                }
                verwerking_tekst(actie.soort, actie.wanneer)
            }
            Actiesoort::Afspraak => {
                let plan = conceptveiligheidsplan(casus, vandaag)?;
                let al_daar = plan
                    .inhoud
                    .doelen
                    .iter()
                    .flat_map(|d| &d.afspraken)
                    .any(|a| a.id == actie.id);
                if !al_daar {
                    if plan.inhoud.doelen.is_empty() {
                        plan.inhoud.doelen.push(Plandoel {
                            id: Uuid::new_v4(),
                            tekst: DOEL_UIT_MDA.to_string(),
                            situatie_id: None,
                            situatie: String::new(),
                            doel_id: None,
                            afspraken: Vec::new(),
                            gewone_taal: String::new(),
                        });
                    }
                    plan.inhoud.doelen[0].afspraken.push(Afspraak {
                        id: actie.id,
                        wie: actie.wie.trim().to_string(),
                        wat: actie.wat.trim().to_string(),
                        wanneer: datum_tekst(actie.wanneer),
                        toezicht: toezicht.to_string(),
                        als_niet_nagekomen: ALS_NIET_NAGEKOMEN_MDA.to_string(),
                        gewone_taal: String::new(),
                    });
                }
                verwerking_tekst(actie.soort, actie.wanneer)
            }
        };
        actie.verwerkt = true;
        uit.push(Verwerking {
            actiepunt_id: actie.id,
            casus_id: casus.id,
            soort: actie.soort,
            tekst,
        });
    }
    Ok(uit)
}

/// The concept veiligheidsplan, started when there is none.
fn conceptveiligheidsplan(
    casus: &mut Casus,
    vandaag: NaiveDate,
) -> Result<&mut crate::domain::Plan, Sessiefout> {
    let id = match casus.conceptplan(Plansoort::Veiligheidsplan) {
        Some(p) => p.id,
        None => casus.plan_nieuw(Plansoort::Veiligheidsplan, vandaag)?,
    };
    Ok(casus.conceptplan_mut(id)?)
}
