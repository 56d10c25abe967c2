//! The method's safety rules that hold on every path that writes a casus — the app, the CLI,
//! import, afronden of an MDA++ sessie — checked by the vault inside the save transaction against
//! what is stored, like the plan-immutability rule ([`super::controleer_planwijzigingen`]):
//!
//! - a fase-overgang, once recorded, stays as it is (the phases are the casus's history);
//! - a new overgang through the fasepoort (directe veiligheid → a later phase) is stored only when
//!   the poort was open — today and on its date when it is recorded now
//!   ([`Casus::fasepoort_voor_overgang`]), on its date as the dates show when it arrives in an
//!   import ([`Casus::fasepoort_op`]) — or it carries an afwijkingsreden with who recorded it
//!   (why: the reden; when: its date);
//! - a plan version is vastgesteld only when nothing is missing ([`super::Plan::ontbreekt`]: an
//!   afspraak, an evaluatiedatum, the casusregisseur and — for a veiligheidsplan — 112 and Veilig
//!   Thuis among the noodnummers), whether it was vastgesteld here or arrives so in an import.
//!
//! Pure: the caller (the vault) refuses the write with these problems, each with its path.

use super::benamingen::datum_tekst;
use super::{Casus, Fase, Methodeinstellingen, Planstatus, Probleem};

/// Every rule the write of `nieuw` would break; `oud` is what is stored (`None` for a new or
/// imported casus). Empty when the write may go ahead.
pub fn controleer_invarianten(
    oud: Option<&Casus>,
    nieuw: &Casus,
    inst: &Methodeinstellingen,
) -> Vec<Probleem> {
    let mut problemen = Vec::new();
    let mut meld = |pad: String, melding: String| problemen.push(Probleem { pad, melding });

    let vastgelegd = oud.map_or(&[][..], |o| &o.faseovergangen[..]);
    for (i, o) in vastgelegd.iter().enumerate() {
        if nieuw.faseovergangen.get(i) != Some(o) {
            meld(
                format!("faseovergangen[{i}]"),
                "Een vastgelegde fase-overgang verandert niet en verdwijnt niet; wil je terug, leg dan een nieuwe overgang vast.".into(),
            );
        }
    }
    for (i, o) in nieuw
        .faseovergangen
        .iter()
        .enumerate()
        .skip(vastgelegd.len())
    {
        let door_poort = o.van == Fase::DirecteVeiligheid && o.naar > Fase::DirecteVeiligheid;
        let reden = o.afwijkingsreden.as_deref().map(str::trim).unwrap_or("");
        if !reden.is_empty() {
            if o.door.trim().is_empty() {
                meld(
                    format!("faseovergangen[{i}].door"),
                    "Een afwijking van de fasepoort zegt wie haar vastlegde.".into(),
                );
            }
        } else if door_poort {
            // Recorded in this write: today and on its date; arriving in an import: on its date,
            // as far as the file's dates show.
            let poort = if oud.is_some() {
                nieuw.fasepoort_voor_overgang(o.datum, inst)
            } else {
                nieuw.fasepoort_op(o.datum, inst)
            };
            if !poort.is_open() {
                meld(
                    format!("faseovergangen[{i}]"),
                    format!(
                        "De overgang naar {} op {} gaat door de fasepoort, die toen niet open was: {} \
                         Zo'n overgang wordt alleen vastgelegd met een afwijkingsreden (wie en waarom).",
                        o.naar.label(),
                        datum_tekst(o.datum),
                        poort.niet_voldaan().join(" ")
                    ),
                );
            }
        }
    }

    let was_vastgesteld = |id| {
        oud.is_some_and(|o| {
            o.plannen
                .iter()
                .any(|p| p.id == id && p.status != Planstatus::Concept)
        })
    };
    for (i, plan) in nieuw.plannen.iter().enumerate() {
        if plan.status == Planstatus::Concept || was_vastgesteld(plan.id) {
            continue;
        }
        let ontbreekt = plan.ontbreekt();
        if !ontbreekt.is_empty() {
            meld(
                format!("plannen[{i}]"),
                format!(
                    "{} versie {} is {} maar niet compleet: {}.",
                    plan.soort.titel(),
                    plan.versie,
                    plan.status.label(),
                    ontbreekt.join("; ")
                ),
            );
        }
    }
    problemen
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, TimeZone, Utc};
    use proptest::prelude::*;
    use uuid::Uuid;

    use super::*;
    use crate::domain::{
        Afspraak, Betrokkene, Categorie, Doel, FaseOvergang, Faseverzoek, Informatie, Onveiligheid,
        Perspectief, Plansoort, Rol, SituatieTaxatie, Veiligheidsscore,
    };

    fn d(j: i32, m: u32, dag: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(j, m, dag).unwrap()
    }

    fn score(datum: NaiveDate, perspectief: Perspectief, waarde: u8) -> Veiligheidsscore {
        Veiligheidsscore {
            datum,
            perspectief,
            waarde,
            toelichting: String::new(),
            onbekend: false,
        }
    }

    /// One onveilige situatie (dated 1 January, taxed structureel), a top 3 with a doel, a
    /// professional score of 7 on 1 March and — with `plan` — a complete veiligheidsplan
    /// vastgesteld on 2 March.
    fn casus(plan: bool) -> Casus {
        let inst = Methodeinstellingen::default();
        let mut c = Casus::nieuw(
            "I-1",
            "",
            Utc.with_ymd_and_hms(2026, 1, 1, 9, 0, 0).unwrap(),
            d(2046, 1, 1),
        );
        c.casusregisseur = Some("R. (wijkteam)".into());
        c.betrokkenen = vec![Betrokkene::nieuw("M.", vec![Rol::Slachtoffer])];
        let item = Informatie {
            categorie: Categorie::OnveiligeSituatie,
            datum: Some(d(2026, 1, 1)),
            ..Informatie::nieuw("Slaat")
        };
        let s = item.id;
        c.informatie.push(item);
        c.taxatie.situaties.push(SituatieTaxatie {
            onveiligheid: Some(Onveiligheid::Structureel),
            ..SituatieTaxatie::voor(s)
        });
        c.taxatie
            .scores
            .push(score(d(2026, 3, 1), Perspectief::Professional, 7));
        c.zet_top3(&[s]).unwrap();
        c.voeg_doel_toe(
            s,
            Doel::nieuw("Geen slaan", Fase::DirecteVeiligheid, vec![s]),
        )
        .unwrap();
        if plan {
            let id = c
                .plan_nieuw(Plansoort::Veiligheidsplan, d(2026, 3, 1))
                .unwrap();
            maak_compleet(&mut c, id);
            c.plan_vaststellen(id, d(2026, 3, 2), "Jan", &inst).unwrap();
        }
        c
    }

    fn maak_compleet(c: &mut Casus, id: Uuid) {
        let plan = c.conceptplan_mut(id).unwrap();
        plan.inhoud.opgesteld_met[0].naam = "M.".into();
        for doel in &mut plan.inhoud.doelen {
            doel.afspraken.push(Afspraak {
                wie: "Vader".into(),
                wat: "Komt niet in de woning".into(),
                ..Afspraak::leeg()
            });
        }
        plan.inhoud.evaluatie.datum = Some(d(2026, 6, 1));
    }

    fn overgang(datum: NaiveDate, reden: Option<&str>, door: &str) -> FaseOvergang {
        FaseOvergang {
            datum,
            van: Fase::DirecteVeiligheid,
            naar: Fase::StabieleVeiligheid,
            onderbouwing: "Rust".into(),
            scores: vec![],
            door: door.into(),
            afwijkingsreden: reden.map(str::to_string),
        }
    }

    fn meldingen(oud: Option<&Casus>, nieuw: &Casus) -> Vec<String> {
        controleer_invarianten(oud, nieuw, &Methodeinstellingen::default())
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn an_overgang_through_a_closed_poort_needs_a_reason_and_who() {
        let oud = casus(true);
        let mut nieuw = oud.clone();
        // A family member's later 9 does not open the poort: the professional's 4 counts.
        nieuw.taxatie.scores[0].waarde = 4;
        let m = nieuw.betrokkenen[0].id;
        nieuw.taxatie.scores.push(score(
            d(2026, 3, 9),
            Perspectief::Betrokkene { betrokkene_id: m },
            9,
        ));
        nieuw
            .faseovergangen
            .push(overgang(d(2026, 3, 10), None, "Jan"));
        nieuw.fase = Fase::StabieleVeiligheid;
        assert_eq!(
            meldingen(Some(&oud), &nieuw),
            [
                "faseovergangen[0]: De overgang naar stabiele veiligheid op 10-03-2026 gaat door de \
              fasepoort, die toen niet open was: De laatste veiligheidsscore van de professional \
              is 4; nodig is ten minste 6. Daarnaast: M. 9. Zo'n overgang wordt alleen \
              vastgelegd met een afwijkingsreden (wie en waarom)."
            ]
        );
        nieuw.faseovergangen[0].afwijkingsreden = Some("MDA++ besluit".into());
        nieuw.faseovergangen[0].door = " ".into();
        assert_eq!(
            meldingen(Some(&oud), &nieuw),
            ["faseovergangen[0].door: Een afwijking van de fasepoort zegt wie haar vastlegde."]
        );
        nieuw.faseovergangen[0].door = "Jan".into();
        assert_eq!(meldingen(Some(&oud), &nieuw), Vec::<String>::new());
    }

    #[test]
    fn an_open_poort_and_going_back_need_no_reason() {
        let oud = casus(true);
        let mut nieuw = oud.clone();
        nieuw
            .faseovergangen
            .push(overgang(d(2026, 3, 10), None, ""));
        nieuw.fase = Fase::StabieleVeiligheid;
        assert_eq!(meldingen(Some(&oud), &nieuw), Vec::<String>::new());
        let oud = nieuw.clone();
        nieuw.taxatie.scores[0].waarde = 1;
        nieuw.faseovergangen.push(FaseOvergang {
            van: Fase::StabieleVeiligheid,
            naar: Fase::DirecteVeiligheid,
            ..overgang(d(2026, 4, 1), None, "")
        });
        nieuw.fase = Fase::DirecteVeiligheid;
        assert_eq!(meldingen(Some(&oud), &nieuw), Vec::<String>::new());
    }

    #[test]
    fn a_recorded_overgang_stays() {
        let mut oud = casus(true);
        oud.faseovergangen.push(overgang(d(2026, 3, 10), None, ""));
        oud.fase = Fase::StabieleVeiligheid;
        let mut nieuw = oud.clone();
        nieuw.faseovergangen[0].onderbouwing = "Anders".into();
        let melding = "faseovergangen[0]: Een vastgelegde fase-overgang verandert niet en \
                       verdwijnt niet; wil je terug, leg dan een nieuwe overgang vast.";
        assert_eq!(meldingen(Some(&oud), &nieuw), [melding]);
        nieuw.faseovergangen.clear();
        nieuw.fase = Fase::DirecteVeiligheid;
        assert_eq!(meldingen(Some(&oud), &nieuw), [melding]);
    }

    #[test]
    fn an_import_is_held_to_the_dates_it_carries() {
        // Through the poort on 1 March — before the plan was vastgesteld (2 March).
        let mut c = casus(true);
        c.faseovergangen.push(overgang(d(2026, 3, 1), None, ""));
        c.fase = Fase::StabieleVeiligheid;
        assert_eq!(
            meldingen(None, &c),
            [
                "faseovergangen[0]: De overgang naar stabiele veiligheid op 01-03-2026 gaat door de \
              fasepoort, die toen niet open was: Er is nog geen vastgesteld veiligheidsplan. \
              Zo'n overgang wordt alleen vastgelegd met een afwijkingsreden (wie en waarom)."
            ]
        );
        // A day later it was open; an acute situation recorded after it does not reach back.
        c.faseovergangen[0].datum = d(2026, 3, 2);
        let laat = Informatie {
            categorie: Categorie::OnveiligeSituatie,
            datum: Some(d(2026, 5, 1)),
            ..Informatie::nieuw("Nieuw incident")
        };
        c.taxatie.situaties.push(SituatieTaxatie {
            onveiligheid: Some(Onveiligheid::Acuut),
            ..SituatieTaxatie::voor(laat.id)
        });
        c.informatie.push(laat);
        assert_eq!(meldingen(None, &c), Vec::<String>::new());
    }

    #[test]
    fn a_plan_is_vastgesteld_only_complete_on_every_path() {
        let oud = casus(false);
        let mut nieuw = oud.clone();
        let id = nieuw
            .plan_nieuw(Plansoort::Veiligheidsplan, d(2026, 3, 1))
            .unwrap();
        maak_compleet(&mut nieuw, id);
        // What an import or a hand-edited save could send: vastgesteld without the two numbers
        // and without an evaluatiedatum.
        let plan = nieuw.conceptplan_mut(id).unwrap();
        plan.inhoud.noodnummers.clear();
        plan.inhoud.evaluatie.datum = None;
        plan.status = Planstatus::Vastgesteld;
        plan.vastgesteld = Some(crate::domain::Vaststelling {
            datum: d(2026, 3, 2),
            door: "Jan".into(),
        });
        let melding = "plannen[0]: Veiligheidsplan versie 1 is vastgesteld maar niet compleet: \
                       kies een evaluatiedatum; zet 112 bij de noodnummers; zet Veilig Thuis \
                       (0800-2000) bij de noodnummers.";
        assert_eq!(meldingen(Some(&oud), &nieuw), [melding]);
        assert_eq!(meldingen(None, &nieuw), [melding]);
        // Once stored, a version is not checked again (it never changes).
        assert_eq!(meldingen(Some(&nieuw), &nieuw), Vec::<String>::new());
        // "0800 2000" is Veilig Thuis's number too.
        let c = casus(true);
        let mut plan = c.plannen[0].clone();
        plan.inhoud.noodnummers[1].nummer = "0800 2000".into();
        assert_eq!(plan.ontbreekt(), Vec::<String>::new());
        assert_eq!(plan.vaste_noodnummers(), [0, 1]);
    }

    #[derive(Debug, Clone)]
    enum Op {
        Score(bool, u8),
        Taxeer(u8),
        Plan(bool, bool),
        Fase(u8, bool),
        Situatie,
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            (any::<bool>(), 0u8..=10).prop_map(|(p, w)| Op::Score(p, w)),
            (0u8..3).prop_map(Op::Taxeer),
            (any::<bool>(), any::<bool>()).prop_map(|(c, n)| Op::Plan(c, n)),
            (0u8..3, any::<bool>()).prop_map(|(f, r)| Op::Fase(f, r)),
            Just(Op::Situatie),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        /// Whatever the façade's operations do, in any order, each result is one the vault
        /// stores: no overgang through a closed poort without a reden and who, no incomplete
        /// vastgesteld plan, no rewritten history.
        #[test]
        fn no_sequence_of_operations_breaks_an_invariant(ops in prop::collection::vec(op(), 1..25)) {
            let inst = Methodeinstellingen::default();
            let mut c = casus(false);
            let mut dag = d(2026, 3, 3);
            for op in ops {
                dag = dag.succ_opt().unwrap();
                let voor = c.clone();
                let gelukt = match op {
                    Op::Score(professional, waarde) => {
                        let perspectief = if professional {
                            Perspectief::Professional
                        } else {
                            Perspectief::Betrokkene { betrokkene_id: c.betrokkenen[0].id }
                        };
                        c.taxatie.scores.push(score(dag, perspectief, waarde));
                        true
                    }
                    Op::Taxeer(k) => {
                        let t = c.taxatie.situaties.last_mut().unwrap();
                        t.onveiligheid = Some(if k == 0 { Onveiligheid::Structureel } else { Onveiligheid::Acuut });
                        t.acuut_afgewend_op = (k == 2).then_some(dag);
                        true
                    }
                    Op::Plan(compleet, noodnummers) => {
                        let id = c.conceptplan(Plansoort::Veiligheidsplan).map(|p| p.id)
                            .or_else(|| c.plan_nieuw(Plansoort::Veiligheidsplan, dag).ok());
                        match id {
                            Some(id) => {
                                if compleet { maak_compleet(&mut c, id); }
                                if !noodnummers {
                                    c.conceptplan_mut(id).unwrap().inhoud.noodnummers.pop();
                                }
                                c.plan_vaststellen(id, dag, "Jan", &inst).is_ok()
                            }
                            None => false,
                        }
                    }
                    Op::Fase(naar, reden) => {
                        let naar = [Fase::DirecteVeiligheid, Fase::StabieleVeiligheid, Fase::Herstel][naar as usize];
                        c.wissel_fase(
                            Faseverzoek {
                                naar,
                                datum: dag,
                                onderbouwing: "Onderbouwing".into(),
                                afwijkingsreden: reden.then(|| "Besluit MDA++".into()),
                            },
                            "Jan",
                            &inst,
                        )
                        .is_ok()
                    }
                    Op::Situatie => {
                        let item = Informatie {
                            categorie: Categorie::OnveiligeSituatie,
                            ..Informatie::nieuw("Nieuw")
                        };
                        c.taxatie.situaties.push(SituatieTaxatie::voor(item.id));
                        c.informatie.push(item);
                        true
                    }
                };
                if gelukt {
                    prop_assert_eq!(controleer_invarianten(Some(&voor), &c, &inst), vec![]);
                } else {
                    c = voor;
                }
            }
        }
    }
}
