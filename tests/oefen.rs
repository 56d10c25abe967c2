//! The oefenomgeving: the bundled oefencasussen are valid casusbestanden in their canonical form,
//! `oefen init` and `oefen reset` give exactly the bundled state (reset refuses a real vault),
//! every one carries a vastgesteld veiligheidsplan, a practice copy holds only the raw
//! information, and the comparison finds differences planted in a copy.

use top3::api::{ErrorCode, Werkplaats};
use top3::domain::{Categorie, Plansoort};
use top3::training::{self, OEFENCASUSSEN};
use top3::vault::VaultDir;

use crate::util::{self, PASS};

fn vandaag() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

#[test]
fn meegeleverde_casussen_zijn_geldig_en_canoniek() {
    assert!(OEFENCASUSSEN.len() >= 4, "at least four oefencasussen");
    let beschrijvingen = training::beschrijvingen();
    assert_eq!(
        beschrijvingen.len(),
        OEFENCASUSSEN.len(),
        "one description per casus"
    );
    let modellen = training::modellen(vandaag()).unwrap();
    for ((bestand, json), (model, beschrijving)) in OEFENCASUSSEN
        .iter()
        .zip(modellen.iter().zip(&beschrijvingen))
    {
        assert_eq!(&beschrijving.bestand, bestand, "manifest order");
        assert!(
            model.code.starts_with("OEF-"),
            "{bestand}: code {}",
            model.code
        );
        assert!(
            model.titel.starts_with("Oefencasus: "),
            "{bestand}: titel {}",
            model.titel
        );
        // Canonical: exporting what was read gives the file back byte for byte.
        assert_eq!(
            &top3::export::exporteer(model),
            json,
            "{bestand} is not in canonical form"
        );
        assert!(
            model.vastgesteld_plan(Plansoort::Veiligheidsplan).is_some(),
            "{bestand}: a vastgesteld veiligheidsplan"
        );
        assert!(
            model
                .informatie
                .iter()
                .all(|i| i.categorie != Categorie::NogTeOrdenen),
            "{bestand}: the model orders every item"
        );
        assert!(!model.top3.plaatsen.is_empty(), "{bestand}: a top 3");
        for stap in [
            &beschrijving.toelichting.ordenen,
            &beschrijving.toelichting.prioriteren,
            &beschrijving.toelichting.plan,
        ] {
            assert!(stap.len() > 40, "{bestand}: toelichting written");
        }
    }
    let stappen: Vec<training::Demostap> = training::uitleg().into_iter().map(|u| u.stap).collect();
    assert_eq!(
        stappen,
        training::Demostap::ALLE,
        "uitleg for every step, in order"
    );
}

#[test]
fn init_en_reset_geven_precies_de_bundel() {
    let tmp = util::tempdir();
    let map = tmp.path().join("oefen");
    let bundel: Vec<&str> = OEFENCASUSSEN.iter().map(|(_, j)| *j).collect();
    let exports = |v: &top3::vault::Vault| -> Vec<String> {
        let mut rows = v.casus_list().unwrap();
        rows.sort_by(|a, b| a.code.cmp(&b.code));
        rows.iter()
            .map(|r| top3::export::exporteer(&v.casus_get(&r.id).unwrap()))
            .collect()
    };
    {
        let v = training::init(&VaultDir::open(&map).unwrap(), util::werkdag()).unwrap();
        assert!(v.is_oefenomgeving().unwrap());
        assert_eq!(exports(&v), bundel);
        // A trainee works: a practice copy, a change to a model, a deleted model.
        let rows = v.casus_list().unwrap();
        let mut c = v.casus_get(&rows[0].id).unwrap();
        c.titel = "Gewijzigd door een cursist".into();
        v.casus_save(&c, top3::vault::Aanleiding::Bewerkt).unwrap();
        v.casus_delete(&rows[1].id).unwrap();
        assert_ne!(exports(&v), bundel);
    }
    let v = training::reset(&VaultDir::open(&map).unwrap(), util::werkdag()).unwrap();
    assert_eq!(
        exports(&v),
        bundel,
        "reset restores every casus byte for byte"
    );
    assert_eq!(
        v.audit_log()
            .unwrap()
            .iter()
            .filter(|e| e.action == "casus gewijzigd")
            .count(),
        0
    );
    drop(v);
    // The oefenomgeving opens with the passphrase shown on screen.
    let dir = VaultDir::open(&map).unwrap();
    assert!(top3::vault::Vault::unlock(&dir, "oefenen").is_ok());
}

#[test]
fn reset_weigert_een_echte_kluis() {
    let tmp = util::tempdir();
    let echt = util::new_vault(tmp.path());
    let id = echt.casus_create("ECHT-1", "Echte casus").unwrap();
    let dir = echt.dir().clone();
    drop(echt);
    let voor = util::snapshot(tmp.path());
    let e = training::reset(&dir, util::werkdag()).unwrap_err();
    assert!(e.to_string().contains("geen oefenomgeving"), "{e}");
    assert_eq!(util::snapshot(tmp.path()), voor, "nothing touched");
    let v = top3::vault::Vault::unlock(&dir, PASS).unwrap();
    assert_eq!(v.casus_get(&id).unwrap().code, "ECHT-1");
}

#[test]
fn oefenen_en_vergelijken() {
    let tmp = util::tempdir();
    let w = Werkplaats::voor_oefenomgeving(&tmp.path().join("oefen")).unwrap();
    assert!(
        w.info().oefenomgeving,
        "known before it is opened (the unlock screen needs it)"
    );
    let s = w.oefen_open().unwrap();
    assert!(s.oefenomgeving);
    let materiaal = w.oefen_materiaal().unwrap();
    assert_eq!(materiaal.wachtwoord, "oefenen");
    let lijst = w.casus_list().unwrap();
    let model_rij = lijst
        .iter()
        .find(|c| c.code == materiaal.casussen[0].0)
        .unwrap();
    let model = w.casus_open(&model_rij.id).unwrap().casus;

    // The practice copy: raw information only.
    let kopie = w.oefen_kopie(&model_rij.id).unwrap().casus;
    assert_eq!(kopie.code, format!("{}-O1", model.code));
    assert_eq!(kopie.informatie.len(), model.informatie.len());
    assert!(
        kopie
            .informatie
            .iter()
            .all(|i| i.categorie == Categorie::NogTeOrdenen)
    );
    assert!(
        kopie.top3.plaatsen.is_empty()
            && kopie.plannen.is_empty()
            && kopie.concretiseringen.is_empty()
    );
    assert_eq!(kopie.betrokkenen, model.betrokkenen);
    let tweede = w.oefen_kopie(&model_rij.id).unwrap().casus;
    assert_eq!(tweede.code, format!("{}-O2", model.code));
    // Nothing ordered yet: one sentence for all of it.
    let leeg = w.oefen_vergelijk(&tweede.id.to_string()).unwrap();
    assert_eq!(leeg.ordening_gelijk, 0);
    assert!(
        leeg.verschillen.contains(&format!(
            "{} items heb je nog niet geordend.",
            model.informatie.len()
        )),
        "{:?}",
        leeg.verschillen
    );

    // The trainee orders like the model except two planted differences, and picks a top 3 with
    // one situation the model did not choose.
    let mut c = kopie.clone();
    for (i, item) in c.informatie.iter_mut().enumerate() {
        item.categorie = model.informatie[i].categorie;
    }
    let situatie_model = model.top3.plaatsen[0].situatie_id;
    let risico = model
        .informatie
        .iter()
        .find(|i| i.categorie == Categorie::Risicofactor)
        .unwrap()
        .id;
    c.informatie
        .iter_mut()
        .find(|i| i.id == situatie_model)
        .unwrap()
        .categorie = Categorie::Risicofactor;
    c.informatie
        .iter_mut()
        .find(|i| i.id == risico)
        .unwrap()
        .categorie = Categorie::OnveiligeSituatie;
    c.zet_top3(&[risico]).unwrap();
    let c = w.casus_save(&c).unwrap().casus;

    let v = w.oefen_vergelijk(&c.id.to_string()).unwrap();
    assert_eq!(v.model_code, model.code);
    assert_eq!(v.ordening.len(), model.informatie.len());
    assert_eq!(v.ordening_gelijk as usize, model.informatie.len() - 2);
    let tekst = |id| model.informatie_item(id).unwrap().tekst.clone();
    let fout: Vec<(String, Categorie, Option<Categorie>)> = v
        .ordening
        .iter()
        .filter(|r| !r.gelijk)
        .map(|r| (r.tekst.clone(), r.model, r.jij))
        .collect();
    assert_eq!(fout.len(), 2);
    assert!(fout.contains(&(
        tekst(situatie_model),
        Categorie::OnveiligeSituatie,
        Some(Categorie::Risicofactor)
    )));
    assert!(fout.contains(&(
        tekst(risico),
        Categorie::Risicofactor,
        Some(Categorie::OnveiligeSituatie)
    )));
    assert_eq!(v.top3_jij.len(), 1);
    assert_eq!(
        v.top3_jij[0].plaats_bij_ander, None,
        "the model did not choose it"
    );
    assert_eq!(v.top3_model[0].plaats_bij_ander, None);
    assert!(v.plan_model.is_some() && v.plan_jij.is_none());
    let zinnen = v.verschillen.join("\n");
    for verwacht in [
        "op plaats 1 van de top 3; bij jou staat deze situatie niet in de top 3.",
        "; het model kiest deze situatie niet.",
        "heb jij geordend als risicofactor; het model noemt het een onveilige situatie.",
        "heb jij geordend als onveilige situatie; het model noemt het een risicofactor.",
        "jij hebt nog geen veiligheidsplan.",
    ] {
        assert!(zinnen.contains(verwacht), "{verwacht:?} in\n{zinnen}");
    }

    // Not in a real vault.
    let tmp2 = util::tempdir();
    let echt = Werkplaats::new(tmp2.path()).unwrap();
    echt.create(PASS, "Noor").unwrap();
    let b = echt
        .casus_create("OEF-01", "Lijkt op een oefencasus")
        .unwrap();
    assert_eq!(
        echt.oefen_kopie(&b.casus.id.to_string()).unwrap_err().code,
        ErrorCode::Invalid
    );
    assert_eq!(
        echt.oefen_demo(&b.casus.id.to_string()).unwrap_err().code,
        ErrorCode::Invalid,
        "the demonstration is for the oefenomgeving's fictional casussen"
    );
    drop(echt);
    let w2 = Werkplaats::new(tmp2.path()).unwrap();
    assert_eq!(
        w2.oefen_open().unwrap_err().code,
        ErrorCode::Invalid,
        "a real vault is not an oefenomgeving"
    );
}

/// The demonstration shows a casus as the projector does: the same blocks for the four TOP-3
/// steps (one view of a casus, not two), plus betrokkenen, fase and the vastgesteld plan.
#[test]
fn demonstreren_toont_de_casus_zoals_de_projector() {
    let tmp = util::tempdir();
    let w = Werkplaats::voor_oefenomgeving(&tmp.path().join("oefen")).unwrap();
    w.oefen_open().unwrap();
    let rij = w
        .casus_list()
        .unwrap()
        .into_iter()
        .find(|c| c.code == "OEF-01")
        .unwrap();
    let casus = w.casus_open(&rij.id).unwrap().casus;
    let demo = w.oefen_demo(&rij.id).unwrap();
    assert_eq!(demo.code, "OEF-01");
    let stappen: Vec<top3::training::Demostap> = demo.stappen.iter().map(|s| s.stap).collect();
    assert_eq!(stappen, top3::training::Demostap::ALLE);
    let blokken = |i: usize| &demo.stappen[i].blokken;
    assert_eq!(
        blokken(0)[0].regels.len(),
        casus.betrokkenen.len(),
        "one line per betrokkene"
    );
    let zelf = |s: &str| s.to_string();
    assert_eq!(blokken(1), &top3::export::casus_ordenen(&casus, &zelf));
    assert_eq!(
        blokken(2),
        &top3::export::casus_concretiseren(&casus, &zelf)
    );
    assert_eq!(blokken(3), &top3::export::casus_taxeren(&casus, &zelf));
    assert_eq!(blokken(4), &top3::export::casus_prioriteren(&casus, &zelf));
    assert!(
        blokken(1)
            .iter()
            .any(|b| b.kop == "Onveilige situaties (4)"),
        "{:?}",
        blokken(1)
    );
    assert!(blokken(4)[0].kop.starts_with("1. "), "{:?}", blokken(4)[0]);
    assert!(blokken(5)[0].kop.starts_with("Fase: "));
    let plan = casus
        .vastgesteld_plan(top3::domain::Plansoort::Veiligheidsplan)
        .expect("OEF-01 has a vastgesteld veiligheidsplan");
    let koppen: Vec<&str> = blokken(6).iter().map(|b| b.kop.as_str()).collect();
    let doelen: Vec<&str> = plan.inhoud.doelen.iter().map(|d| d.tekst.trim()).collect();
    assert_eq!(koppen, doelen);
    // Every line on the wall is short: the one truncation, at the projector's width.
    for stap in &demo.stappen[1..5] {
        for b in &stap.blokken {
            assert!(
                b.kop.chars().count() <= 140 && b.regels.iter().all(|r| r.chars().count() <= 140)
            );
        }
    }
}

/// Every plan of every oefencasus, in its gezinsversie, speaks without the professionals' jargon
/// (issue 15); it says who the plan is for as fits the household, and carries the family's own
/// latest scores and words.
#[test]
fn every_gezinsversie_speaks_without_jargon() {
    use top3::export::gewone_taal::jargon_in;
    use top3::export::{PlanOpties, plan_document};
    let modellen = training::modellen(vandaag()).unwrap();
    let mut plannen = 0;
    for casus in &modellen {
        for plan in &casus.plannen {
            for pseudoniem in [false, true] {
                let opties = PlanOpties {
                    gezinsversie: true,
                    pseudoniem,
                    oefenomgeving: true,
                    auteur: "Trainer".into(),
                    gemaakt: chrono::Utc::now(),
                };
                let tekst = plan_document(casus, plan, &opties).tekst();
                assert_eq!(
                    jargon_in(&tekst),
                    Vec::<&str>::new(),
                    "{} {} versie {}: {tekst}",
                    casus.code,
                    plan.soort.label(),
                    plan.versie
                );
                assert!(
                    tekst.contains("Het doel is dat iedereen in het gezin veilig is.")
                        || tekst.contains("Het doel is dat iedereen thuis veilig is.")
                        || tekst.contains("Het doel is dat je veilig bent."),
                    "{}: {tekst}",
                    casus.code
                );
            }
            plannen += 1;
        }
        // The family's own words: each betrokkene's latest score with its toelichting.
        let eigen: Vec<_> = casus
            .taxatie
            .laatste_scores_per_perspectief()
            .into_iter()
            .filter(|s| matches!(s.perspectief, top3::domain::Perspectief::Betrokkene { .. }))
            .collect();
        if let (Some(s), Some(plan)) = (eigen.first(), casus.plannen.first()) {
            let opties = PlanOpties {
                gezinsversie: true,
                pseudoniem: false,
                oefenomgeving: true,
                auteur: "Trainer".into(),
                gemaakt: chrono::Utc::now(),
            };
            let tekst = plan_document(casus, plan, &opties).tekst();
            assert!(tekst.contains("Hoe veilig voelt het nu?"), "{}", casus.code);
            assert!(
                tekst.contains(&format!("een {} van de 10.", s.waarde)),
                "{}: {tekst}",
                casus.code
            );
        }
    }
    assert!(
        plannen >= 5,
        "every oefencasus has at least one plan ({plannen})"
    );
}
