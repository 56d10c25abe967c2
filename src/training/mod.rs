//! The oefenomgeving for trainers: the bundled fictitious oefencasussen (`assets/oefencasussen/`,
//! each a casusbestand holding the **modeluitwerking**), the uitleg per stap, a practice copy
//! with only the raw information, and the comparison of a trainee's work with the model.
//!
//! An oefenomgeving is its own vault ([`Vault::create_oefenomgeving`]), never the real one; its
//! passphrase is [`OEFEN_WACHTWOORD`], shown on screen. [`init`] and [`reset`] put exactly the
//! bundled casussen in it (exporting one gives back its bundled file byte for byte) and the example
//! MDA++ sessie (`sessie-voorbeeld.json`) on two of them, exactly as bundled.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domain::{
    Casus, CasusStatus, Categorie, Fase, Plan, Plansoort, Planstatus, Sessie, Taxatie, Top3,
};
use crate::export;
use crate::vault::{self, Vault, VaultDir};

pub mod genereer;

pub use crate::vault::OEFEN_WACHTWOORD;

macro_rules! bundel {
    ($($f:literal),* $(,)?) => {
        [$(($f, include_str!(concat!("../../assets/oefencasussen/", $f)))),*]
    };
}

/// The bundled oefencasussen, in order: (file name, contents).
pub const OEFENCASUSSEN: &[(&str, &str)] = &bundel!(
    "01-partnergeweld-kinderen-getuige.json",
    "02-verwaarlozing-jonge-kinderen.json",
    "03-ouderenmishandeling-financieel-misbruik.json",
    "04-vechtscheiding-kinderen-klem.json",
    "05-structurele-onveiligheid-mda.json",
);

/// The example MDA++ sessie on OEF-05 and OEF-04 (gestart, actiepunten still open, so a trainer
/// can show afronden).
pub const VOORBEELDSESSIE: &str = include_str!("../../assets/oefencasussen/sessie-voorbeeld.json");

const MANIFEST: &str = include_str!("../../assets/oefencasussen/oefencasussen.json");
const UITLEG: &str = include_str!("../../assets/oefencasussen/uitleg.json");

/// What the trainer reads about one oefencasus (`oefencasussen.json`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(export)]
pub struct Oefenbeschrijving {
    /// The casusbestand in `assets/oefencasussen/`.
    pub bestand: String,
    /// Title.
    pub titel: String,
    /// The theme (partnergeweld, verwaarlozing, …).
    pub thema: String,
    /// A few sentences for the trainer.
    pub samenvatting: String,
    /// What a trainee learns from it.
    pub leerdoelen: Vec<String>,
    /// Why the model answers as it does, per step.
    pub toelichting: Toelichting,
}

/// The model's reasoning per step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(export)]
pub struct Toelichting {
    pub ordenen: String,
    pub concretiseren: String,
    pub taxeren: String,
    pub prioriteren: String,
    pub plan: String,
}

/// The steps a trainer demonstrates a modeluitwerking in, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum Demostap {
    Betrokkenen,
    Ordenen,
    Concretiseren,
    Taxeren,
    Prioriteren,
    Fase,
    Plan,
}

impl Demostap {
    pub const ALLE: [Demostap; 7] = [
        Demostap::Betrokkenen,
        Demostap::Ordenen,
        Demostap::Concretiseren,
        Demostap::Taxeren,
        Demostap::Prioriteren,
        Demostap::Fase,
        Demostap::Plan,
    ];
}

/// One step of the demonstration: the modeluitwerking as blocks, the same view of a casus the
/// projector shows at an MDA++ tafel (the four TOP-3 steps are literally the projector's).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Demobeeld {
    pub stap: Demostap,
    pub blokken: Vec<export::Beeldblok>,
}

/// The demonstration of `casus`, every step in order. Names are the casus's own (fictional).
pub fn demonstratie(casus: &Casus) -> Vec<Demobeeld> {
    let zelf = |s: &str| s.to_string();
    Demostap::ALLE
        .iter()
        .map(|&stap| Demobeeld {
            stap,
            blokken: match stap {
                Demostap::Betrokkenen => demo_betrokkenen(casus),
                Demostap::Ordenen => export::casus_ordenen(casus, &zelf),
                Demostap::Concretiseren => export::casus_concretiseren(casus, &zelf),
                Demostap::Taxeren => export::casus_taxeren(casus, &zelf),
                Demostap::Prioriteren => export::casus_prioriteren(casus, &zelf),
                Demostap::Fase => demo_fase(casus),
                Demostap::Plan => demo_plan(casus),
            },
        })
        .collect()
}

fn blok(kop: String, regels: Vec<String>) -> export::Beeldblok {
    export::Beeldblok { kop, regels }
}

fn demo_betrokkenen(c: &Casus) -> Vec<export::Beeldblok> {
    let regels = c
        .betrokkenen
        .iter()
        .map(|b| {
            let rollen: Vec<String> = b.rollen.iter().map(|r| r.label().to_lowercase()).collect();
            if rollen.is_empty() {
                b.naam.trim().to_string()
            } else {
                format!("{} — {}", b.naam.trim(), rollen.join(", "))
            }
        })
        .collect();
    vec![blok(
        crate::domain::benamingen::aantal(c.betrokkenen.len(), "betrokkene", "betrokkenen"),
        regels,
    )]
}

fn demo_fase(c: &Casus) -> Vec<export::Beeldblok> {
    let regels = c
        .faseovergangen
        .iter()
        .map(|o| {
            let mut r = format!(
                "{}: {} → {}",
                crate::domain::benamingen::datum_tekst(o.datum),
                o.van.label(),
                o.naar.label()
            );
            if !o.onderbouwing.trim().is_empty() {
                r.push_str(&format!(" — {}", o.onderbouwing.trim()));
            }
            r
        })
        .collect();
    vec![blok(format!("Fase: {}", c.fase.label()), regels)]
}

/// The vastgesteld veiligheidsplan (else the vastgesteld plan of a later phase): its doelen and
/// afspraken.
fn demo_plan(c: &Casus) -> Vec<export::Beeldblok> {
    let Some(plan) = Plansoort::ALLE.iter().find_map(|&s| c.vastgesteld_plan(s)) else {
        return vec![blok("Nog geen vastgesteld plan".into(), vec![])];
    };
    plan.inhoud
        .doelen
        .iter()
        .map(|d| {
            let regels = d
                .afspraken
                .iter()
                .map(|a| {
                    let mut r = [a.wie.trim(), a.wat.trim()]
                        .into_iter()
                        .filter(|t| !t.is_empty())
                        .collect::<Vec<_>>()
                        .join(": ");
                    if !a.wanneer.trim().is_empty() {
                        r.push_str(&format!(" ({})", a.wanneer.trim()));
                    }
                    r
                })
                .collect();
            blok(d.tekst.trim().to_string(), regels)
        })
        .collect()
}

/// The uitleg of one step, for demonstrating (`uitleg.json`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(export)]
pub struct Stapuitleg {
    pub stap: Demostap,
    /// What the step is for.
    pub waarvoor: String,
    /// The questions to ask.
    pub vragen: Vec<String>,
    /// Common mistakes.
    pub valkuilen: Vec<String>,
    /// Where it comes from.
    pub bron: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    casussen: Vec<Oefenbeschrijving>,
}

/// The trainer's descriptions of the bundled casussen, in bundle order.
pub fn beschrijvingen() -> Vec<Oefenbeschrijving> {
    // Checked by the tests; a broken bundle is a build error, not a user error.
    serde_json::from_str::<Manifest>(MANIFEST)
        .map(|m| m.casussen)
        .unwrap_or_default()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Uitleg {
    stappen: Vec<Stapuitleg>,
}

/// The uitleg per step.
pub fn uitleg() -> Vec<Stapuitleg> {
    serde_json::from_str::<Uitleg>(UITLEG)
        .map(|u| u.stappen)
        .unwrap_or_default()
}

/// The bundled modeluitwerkingen, read like any casusbestand.
pub fn modellen(vandaag: NaiveDate) -> Result<Vec<Casus>, vault::Error> {
    OEFENCASUSSEN
        .iter()
        .map(|(naam, json)| {
            export::lees(json.as_bytes(), vandaag).map_err(|e| {
                vault::Error::Corrupt(format!(
                    "de meegeleverde oefencasus {naam} is onleesbaar: {e}"
                ))
            })
        })
        .collect()
}

/// The bundled example MDA++ sessie.
pub fn voorbeeldsessie() -> Result<Sessie, vault::Error> {
    serde_json::from_str(VOORBEELDSESSIE)
        .map_err(|_| vault::Error::Corrupt("de meegeleverde voorbeeldsessie is onleesbaar".into()))
}

/// Create an oefenomgeving in `dir` with every bundled casus and the example sessie, dated
/// relative to `werkdag.vandaag`.
pub fn init(dir: &VaultDir, werkdag: vault::Werkdag) -> Result<Vault, vault::Error> {
    let mut v = Vault::create_oefenomgeving(dir)?;
    v.zet_werkdag(werkdag);
    vul(&v)?;
    Ok(v)
}

/// Put the oefenomgeving in `dir` back to exactly the bundled state (casussen and sessie) (refused for a real vault).
pub fn reset(dir: &VaultDir, werkdag: vault::Werkdag) -> Result<Vault, vault::Error> {
    let mut v = Vault::reset_oefenomgeving(dir)?;
    v.zet_werkdag(werkdag);
    vul(&v)?;
    Ok(v)
}

fn vul(v: &Vault) -> Result<(), vault::Error> {
    for casus in modellen(v.werkdag()?.vandaag)? {
        v.casus_insert(
            casus,
            "oefencasus geplaatst",
            "meegeleverde oefencasus geplaatst",
        )?;
    }
    v.sessie_insert(&voorbeeldsessie()?, "oefensessie geplaatst")?;
    Ok(())
}

/// The bundled model a casus belongs to: the model itself, or the model of a practice copy
/// (code `OEF-01-O2` belongs to `OEF-01`).
pub fn model_van(casus: &Casus, vandaag: NaiveDate) -> Option<Casus> {
    let code = casus.code.as_str();
    let basis = match code.rfind("-O") {
        Some(i) if code.len() > i + 2 && code[i + 2..].chars().all(|c| c.is_ascii_digit()) => {
            &code[..i]
        }
        _ => code,
    };
    modellen(vandaag)
        .ok()?
        .into_iter()
        .find(|m| m.code == basis)
}

/// A practice copy of a model: the raw information only — the betrokkenen, the dates, every
/// informatie-item as it came in (text, bron, date, feit/zorg) but not yet ordered — and nothing
/// of the four steps, the phase history or the plans. Item and betrokkene ids stay the model's,
/// so [`vergelijk`] can put them side by side.
pub fn oefenkopie(model: &Casus, nummer: u32, nu: DateTime<Utc>) -> Casus {
    let titel = model
        .titel
        .strip_prefix("Oefencasus: ")
        .unwrap_or(&model.titel);
    let mut kopie = Casus::nieuw(
        format!("{}-O{nummer}", model.code),
        format!("Oefening {nummer}: {titel}"),
        nu,
        model.bewaartermijn,
    );
    kopie.datum_incident = model.datum_incident;
    kopie.datum_melding = model.datum_melding;
    kopie.datum_start_hulp = model.datum_start_hulp;
    kopie.betrokkenen = model.betrokkenen.clone();
    kopie.informatie = model
        .informatie
        .iter()
        .map(|i| {
            let mut ruw = i.clone();
            ruw.categorie = Categorie::NogTeOrdenen;
            ruw
        })
        .collect();
    kopie.status = CasusStatus::Open;
    kopie.fase = Fase::DirecteVeiligheid;
    kopie.taxatie = Taxatie::default();
    kopie.top3 = Top3::default();
    kopie
}

/// One informatie-item: how the model orders it and how the trainee did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Ordeningsregel {
    pub item_id: String,
    pub tekst: String,
    pub model: Categorie,
    /// `None` when the trainee removed the item.
    pub jij: Option<Categorie>,
    pub gelijk: bool,
}

/// One place in a top 3, and where the other side has that situation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Top3Regel {
    pub plaats: u32,
    pub situatie: String,
    /// Its place in the other top 3, if it is there.
    pub plaats_bij_ander: Option<u32>,
}

/// A plan in a few lines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Plansamenvatting {
    pub versie: u32,
    pub status: Planstatus,
    pub doelen: Vec<String>,
    pub afspraken: u32,
    pub signalen: u32,
}

/// The trainee's work next to the modeluitwerking.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Vergelijking {
    pub model_code: String,
    pub oefening_code: String,
    /// Every item of the model, in the model's order.
    pub ordening: Vec<Ordeningsregel>,
    /// How many items the trainee ordered as the model did.
    pub ordening_gelijk: u32,
    pub top3_model: Vec<Top3Regel>,
    pub top3_jij: Vec<Top3Regel>,
    pub plan_model: Option<Plansamenvatting>,
    pub plan_jij: Option<Plansamenvatting>,
    /// The differences worth discussing, as Dutch sentences, most important first.
    pub verschillen: Vec<String>,
}

/// Compare a practice copy with its model: the ordering per item, the top 3 and the
/// veiligheidsplan.
pub fn vergelijk(oefening: &Casus, model: &Casus) -> Vergelijking {
    let mut verschillen = Vec::new();
    let ordening: Vec<Ordeningsregel> = model
        .informatie
        .iter()
        .map(|m| {
            let jij = oefening.informatie_item(m.id).map(|i| i.categorie);
            Ordeningsregel {
                item_id: m.id.to_string(),
                tekst: m.tekst.clone(),
                model: m.categorie,
                jij,
                gelijk: jij == Some(m.categorie),
            }
        })
        .collect();
    let ordening_gelijk = ordening.iter().filter(|r| r.gelijk).count() as u32;

    let top3 = |van: &Casus, ander: &Casus| -> Vec<Top3Regel> {
        van.top3
            .plaatsen
            .iter()
            .enumerate()
            .map(|(i, p)| Top3Regel {
                plaats: i as u32 + 1,
                situatie: van
                    .informatie_item(p.situatie_id)
                    .map(|s| s.tekst.clone())
                    .unwrap_or_default(),
                plaats_bij_ander: ander.top3.plaats_van(p.situatie_id).map(|n| n as u32),
            })
            .collect()
    };
    let top3_model = top3(model, oefening);
    let top3_jij = top3(oefening, model);

    for r in top3_model.iter().filter(|r| r.plaats_bij_ander.is_none()) {
        verschillen.push(format!(
            "Het model zet '{}' op plaats {} van de top 3; bij jou staat deze situatie niet in de top 3.",
            kort(&r.situatie),
            r.plaats
        ));
    }
    for r in top3_jij.iter().filter(|r| r.plaats_bij_ander.is_none()) {
        verschillen.push(format!(
            "Jij zet '{}' op plaats {} van de top 3; het model kiest deze situatie niet.",
            kort(&r.situatie),
            r.plaats
        ));
    }
    for r in top3_jij.iter() {
        if let Some(m) = r.plaats_bij_ander.filter(|&m| m != r.plaats) {
            verschillen.push(format!(
                "'{}' staat bij jou op plaats {}, in het model op plaats {m}.",
                kort(&r.situatie),
                r.plaats
            ));
        }
    }
    // Onveilige situaties first: they decide the top 3.
    let mut ordeningsverschillen: Vec<&Ordeningsregel> =
        ordening.iter().filter(|r| !r.gelijk).collect();
    ordeningsverschillen.sort_by_key(|r| {
        (r.model != Categorie::OnveiligeSituatie && r.jij != Some(Categorie::OnveiligeSituatie))
            as u8
    });
    // Items not yet ordered are one sentence, not one each: early in an exercise that is most.
    let nog_niet = ordeningsverschillen
        .iter()
        .filter(|r| r.jij == Some(Categorie::NogTeOrdenen))
        .count();
    if nog_niet > 0 {
        verschillen.push(format!(
            "{} heb je nog niet geordend.",
            if nog_niet == 1 {
                "1 item".to_string()
            } else {
                format!("{nog_niet} items")
            }
        ));
    }
    for r in ordeningsverschillen
        .into_iter()
        .filter(|r| r.jij != Some(Categorie::NogTeOrdenen))
    {
        verschillen.push(match r.jij {
            None => format!(
                "'{}' heb jij verwijderd; het model ordent het als {}.",
                kort(&r.tekst),
                r.model.label()
            ),
            Some(jij) => format!(
                "'{}' heb jij geordend als {}; het model noemt het een {}.",
                kort(&r.tekst),
                jij.label(),
                r.model.label()
            ),
        });
    }

    let plan_model = model
        .vastgesteld_plan(Plansoort::Veiligheidsplan)
        .map(samenvatting);
    let plan_jij = oefening
        .plan_voor_export(Plansoort::Veiligheidsplan, None)
        .ok()
        .map(samenvatting);
    match (&plan_model, &plan_jij) {
        (Some(_), None) => verschillen.push(
            "Het model heeft een vastgesteld veiligheidsplan; jij hebt nog geen veiligheidsplan."
                .into(),
        ),
        (Some(m), Some(j)) if m.afspraken != j.afspraken => verschillen.push(format!(
            "Het veiligheidsplan van het model heeft {} afspraken, dat van jou {}.",
            m.afspraken, j.afspraken
        )),
        _ => {}
    }

    Vergelijking {
        model_code: model.code.clone(),
        oefening_code: oefening.code.clone(),
        ordening,
        ordening_gelijk,
        top3_model,
        top3_jij,
        plan_model,
        plan_jij,
        verschillen,
    }
}

fn samenvatting(p: &Plan) -> Plansamenvatting {
    Plansamenvatting {
        versie: p.versie,
        status: p.status,
        doelen: p.inhoud.doelen.iter().map(|d| d.tekst.clone()).collect(),
        afspraken: p
            .inhoud
            .doelen
            .iter()
            .map(|d| d.afspraken.len() as u32)
            .sum(),
        signalen: p.inhoud.signalen.len() as u32,
    }
}

/// A text cut to a readable length for a sentence (see [`export::tekst::kort`]).
fn kort(tekst: &str) -> String {
    export::tekst::kort(tekst, 70)
}
