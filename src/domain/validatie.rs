//! Validation of a whole casus — what an importer (or a test) runs before trusting data. Reports
//! *all* problems, each with a JSON path into the casus as it is serialised
//! (`informatie[3].datum`, `taxatie.scores[1].waarde`, `top3[3]`) and a Dutch message.
//!
//! Checked: required text present, no text over [`MAX_TEKST_BYTES`], scores 0–10, at most 3 in the
//! top 3 and only onveilige situaties there, doelen tracing to the top 3, risicofactoren linked
//! being risicofactoren, every reference pointing to something that exists, no duplicate ids, fase
//! and fase-overgangen consistent, and no dates of past events in the future.

use std::collections::HashMap;
use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::benamingen::datum_tekst;
use super::{
    Casus, Categorie, JaNeeOnbekend, Leeftijd, Perspectief, TOP3_MAXIMUM, Veiligheidsscore, Wanneer,
};

/// The longest text any field may hold, in bytes (1 MiB: a pasted report fits, a runaway paste
/// does not).
pub const MAX_TEKST_BYTES: usize = 1024 * 1024;

/// The longest casus code, in bytes: a pseudonym or zaaknummer, on every screen, file name and PDF.
pub const MAX_CODE_BYTES: usize = 200;

/// The longest short text (a casus's titel, an item's bron), in bytes.
pub const MAX_KORTE_TEKST_BYTES: usize = 2000;

/// The highest value on the veiligheidsschaal. [seed 003]
pub const MAX_SCORE: u8 = 10;

/// Oldest plausible age, in years.
const MAX_LEEFTIJD: i32 = 130;

/// The earliest year any date in a casus or sessie may have: an earlier one is a typing error
/// (a two-digit year, a swapped field). The date fields in the UI read it from the bindings.
pub const VROEGSTE_JAAR: i32 = 1900;

/// One problem found in a casus.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Probleem {
    /// Where, as a JSON path into the serialised casus.
    pub pad: String,
    /// What is wrong, in Dutch.
    pub melding: String,
}

impl fmt::Display for Probleem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.pad, self.melding)
    }
}

/// Every problem in the casus; empty when it is valid. `vandaag` is used to refuse dates of past
/// events (incident, informatie, scores…) that lie in the future.
pub fn valideer(casus: &Casus, vandaag: NaiveDate) -> Vec<Probleem> {
    let mut c = Controle {
        casus,
        vandaag,
        categorieen: casus
            .informatie
            .iter()
            .map(|i| (i.id, i.categorie))
            .collect(),
        problemen: Vec::new(),
    };
    c.kop();
    c.betrokkenen();
    c.informatie();
    c.concretiseringen();
    c.taxatie();
    c.top3();
    c.fasen();
    c.opschalingen();
    c.monitoring();
    c.kindchecks();
    c.plannen();
    c.problemen
}

/// The check of one casus; each area's rules are an `impl Controle` beside that area (plans:
/// `plan.rs`).
pub(super) struct Controle<'a> {
    pub(super) casus: &'a Casus,
    pub(super) vandaag: NaiveDate,
    pub(super) categorieen: HashMap<Uuid, Categorie>,
    pub(super) problemen: Vec<Probleem>,
}

impl Controle<'_> {
    pub(super) fn meld(&mut self, pad: impl Into<String>, melding: impl Into<String>) {
        self.problemen.push(Probleem {
            pad: pad.into(),
            melding: melding.into(),
        });
    }

    pub(super) fn tekst(&mut self, pad: impl Into<String>, waarde: &str, verplicht: bool) {
        self.tekst_tot(pad, waarde, verplicht, MAX_TEKST_BYTES);
    }

    pub(super) fn tekst_tot(
        &mut self,
        pad: impl Into<String>,
        waarde: &str,
        verplicht: bool,
        max: usize,
    ) {
        if waarde.len() > max && max >= 64 * 1024 {
            self.meld(
                pad,
                format!(
                    "Te lang: {} kB, hoogstens {} kB.",
                    waarde.len().div_ceil(1024),
                    max / 1024
                ),
            );
        } else if waarde.len() > max {
            self.meld(
                pad,
                format!(
                    "Te lang: {} bytes, hoogstens {max} (gewone letters tellen 1, letters met accenten of uit een ander schrift 2 tot 4).",
                    waarde.len()
                ),
            );
        } else if verplicht && waarde.trim().is_empty() {
            self.meld(pad, "Dit veld is verplicht maar leeg.");
        }
    }

    /// A date that may lie in the future (an evaluatie, a planned moment): only not before
    /// [`VROEGSTE_JAAR`].
    pub(super) fn datum(&mut self, pad: impl Into<String>, datum: NaiveDate) {
        if let Some(melding) = te_vroeg(datum) {
            self.meld(pad, melding);
        }
    }

    /// A date of something that happened: not before [`VROEGSTE_JAAR`], not after today.
    pub(super) fn niet_in_toekomst(&mut self, pad: impl Into<String>, datum: NaiveDate) {
        if let Some(melding) = te_vroeg(datum) {
            self.meld(pad, melding);
        } else if datum > self.vandaag {
            self.meld(
                pad,
                format!("De datum {} ligt in de toekomst.", datum_tekst(datum)),
            );
        }
    }

    fn betrokkene(&mut self, pad: impl Into<String>, id: Uuid) {
        if self.casus.betrokkene(id).is_none() {
            self.meld(
                pad,
                "Verwijst naar een betrokkene die niet in de casus staat.",
            );
        }
    }

    /// A reference to an informatie-item that must be of `categorie`.
    fn item(&mut self, pad: impl Into<String>, id: Uuid, categorie: Categorie) {
        match self.categorieen.get(&id) {
            None => self.meld(
                pad,
                "Verwijst naar een informatie-item dat niet in de casus staat.",
            ),
            Some(&werkelijk) if werkelijk != categorie => self.meld(
                pad,
                format!(
                    "Verwijst naar een informatie-item dat geen {} is, maar {}.",
                    categorie.label(),
                    werkelijk.label()
                ),
            ),
            Some(_) => {}
        }
    }

    /// Reports every id seen before, with the path where it was first used.
    pub(super) fn uniek<'i>(&mut self, ids: impl IntoIterator<Item = (String, &'i Uuid)>) {
        let mut gezien: HashMap<Uuid, String> = HashMap::new();
        for (pad, id) in ids {
            match gezien.get(id) {
                Some(eerder) => {
                    let melding = format!("Dubbele id: al gebruikt bij {eerder}.");
                    self.meld(pad, melding);
                }
                None => {
                    gezien.insert(*id, pad);
                }
            }
        }
    }

    fn score(&mut self, pad: &str, score: &Veiligheidsscore) {
        if score.waarde > MAX_SCORE {
            self.meld(
                format!("{pad}.waarde"),
                format!(
                    "Een veiligheidsscore loopt van 0 tot en met {MAX_SCORE}; deze is {}.",
                    score.waarde
                ),
            );
        }
        if let Perspectief::Betrokkene { betrokkene_id } = score.perspectief {
            self.betrokkene(format!("{pad}.perspectief.betrokkeneId"), betrokkene_id);
        }
        self.niet_in_toekomst(format!("{pad}.datum"), score.datum);
        self.tekst(
            format!("{pad}.toelichting"),
            &score.toelichting,
            score.onbekend,
        );
        if score.onbekend && score.waarde != 0 {
            self.meld(
                format!("{pad}.waarde"),
                "Een onbekende score (weet niet / niet te vragen) heeft geen waarde: zet 0.",
            );
        }
    }

    fn kop(&mut self) {
        let casus = self.casus;
        self.tekst_tot("code", &casus.code, true, MAX_CODE_BYTES);
        self.tekst_tot("titel", &casus.titel, false, MAX_KORTE_TEKST_BYTES);
        if let Some(regisseur) = &casus.casusregisseur {
            self.tekst("casusregisseur", regisseur, false);
        }
        if casus.bewaartermijn < casus.aangemaakt.date_naive() {
            self.meld(
                "bewaartermijn",
                "De bewaartermijn eindigt vóór de casus werd aangemaakt.",
            );
        }
        self.datum("aangemaakt", casus.aangemaakt.date_naive());
        if let Some(datum) = casus.datum_incident {
            self.niet_in_toekomst("datumIncident", datum);
        }
        if let Some(datum) = casus.datum_melding {
            self.niet_in_toekomst("datumMelding", datum);
        }
        if let Some(datum) = casus.datum_start_hulp {
            self.datum("datumStartHulp", datum);
        }
    }

    fn betrokkenen(&mut self) {
        let casus = self.casus;
        self.uniek(
            casus
                .betrokkenen
                .iter()
                .enumerate()
                .map(|(i, b)| (format!("betrokkenen[{i}].id"), &b.id)),
        );
        for (i, b) in casus.betrokkenen.iter().enumerate() {
            let pad = format!("betrokkenen[{i}]");
            self.tekst(format!("{pad}.naam"), &b.naam, true);
            match b.leeftijd {
                Some(Leeftijd::Geboortejaar { jaar }) => {
                    let nu = self.vandaag.year();
                    if jaar < VROEGSTE_JAAR {
                        self.meld(
                            format!("{pad}.leeftijd.jaar"),
                            format!("Het geboortejaar {jaar} ligt vóór {VROEGSTE_JAAR}."),
                        );
                    } else if jaar > nu {
                        self.meld(
                            format!("{pad}.leeftijd.jaar"),
                            format!("Het geboortejaar {jaar} ligt in de toekomst."),
                        );
                    } else if nu - jaar > MAX_LEEFTIJD {
                        self.meld(
                            format!("{pad}.leeftijd.jaar"),
                            format!("Het geboortejaar {jaar} is niet mogelijk."),
                        );
                    }
                }
                Some(Leeftijd::Jaren { jaren, peildatum }) => {
                    if i32::from(jaren) > MAX_LEEFTIJD {
                        self.meld(
                            format!("{pad}.leeftijd.jaren"),
                            format!("Een leeftijd van {jaren} jaar is niet mogelijk."),
                        );
                    }
                    self.niet_in_toekomst(format!("{pad}.leeftijd.peildatum"), peildatum);
                }
                None => {}
            }
        }
    }

    fn informatie(&mut self) {
        let casus = self.casus;
        self.uniek(
            casus
                .informatie
                .iter()
                .enumerate()
                .map(|(i, item)| (format!("informatie[{i}].id"), &item.id)),
        );
        for (i, item) in casus.informatie.iter().enumerate() {
            let pad = format!("informatie[{i}]");
            self.tekst(format!("{pad}.tekst"), &item.tekst, true);
            self.tekst_tot(
                format!("{pad}.bron"),
                &item.bron,
                false,
                MAX_KORTE_TEKST_BYTES,
            );
            if let Some(datum) = item.datum {
                self.niet_in_toekomst(format!("{pad}.datum"), datum);
            }
            for (j, &id) in item.betrokkenen.iter().enumerate() {
                self.betrokkene(format!("{pad}.betrokkenen[{j}]"), id);
            }
        }
    }

    fn concretiseringen(&mut self) {
        let casus = self.casus;
        let mut eerder: HashMap<Uuid, usize> = HashMap::new();
        for (i, c) in casus.concretiseringen.iter().enumerate() {
            let pad = format!("concretiseringen[{i}]");
            self.item(
                format!("{pad}.informatieId"),
                c.informatie_id,
                Categorie::OnveiligeSituatie,
            );
            if let Some(eerste) = eerder.insert(c.informatie_id, i) {
                eerder.insert(c.informatie_id, eerste);
                self.meld(
                    format!("{pad}.informatieId"),
                    format!("Deze situatie is al geconcretiseerd in concretiseringen[{eerste}]."),
                );
            }
            for (j, &id) in c.plegers.iter().enumerate() {
                self.betrokkene(format!("{pad}.plegers[{j}]"), id);
            }
            for (j, &id) in c.slachtoffers.iter().enumerate() {
                self.betrokkene(format!("{pad}.slachtoffers[{j}]"), id);
            }
            self.tekst(format!("{pad}.wat"), &c.wat, false);
            self.tekst(format!("{pad}.hoeVaak"), &c.hoe_vaak, false);
            self.tekst(format!("{pad}.waar"), &c.waar, false);
            match &c.wanneer {
                Some(Wanneer::Datum { datum }) => {
                    self.niet_in_toekomst(format!("{pad}.wanneer.datum"), *datum);
                }
                Some(Wanneer::Periode { omschrijving }) => {
                    self.tekst(format!("{pad}.wanneer.omschrijving"), omschrijving, false);
                }
                None => {}
            }
            for (j, beleving) in c.belevingen.iter().enumerate() {
                let pad = format!("{pad}.belevingen[{j}]");
                self.betrokkene(format!("{pad}.betrokkeneId"), beleving.betrokkene_id);
                self.tekst(format!("{pad}.gezien"), &beleving.gezien, false);
                self.tekst(format!("{pad}.gevoeld"), &beleving.gevoeld, false);
            }
        }
    }

    fn taxatie(&mut self) {
        let taxatie = &self.casus.taxatie;
        let mut eerder: HashMap<Uuid, usize> = HashMap::new();
        for (i, t) in taxatie.situaties.iter().enumerate() {
            let pad = format!("taxatie.situaties[{i}]");
            self.item(
                format!("{pad}.informatieId"),
                t.informatie_id,
                Categorie::OnveiligeSituatie,
            );
            if let Some(eerste) = eerder.insert(t.informatie_id, i) {
                eerder.insert(t.informatie_id, eerste);
                self.meld(
                    format!("{pad}.informatieId"),
                    format!("Deze situatie is al getaxeerd in taxatie.situaties[{eerste}]."),
                );
            }
            if let Some(datum) = t.acuut_afgewend_op {
                self.niet_in_toekomst(format!("{pad}.acuutAfgewendOp"), datum);
            }
            self.tekst(format!("{pad}.toelichting"), &t.toelichting, false);
        }
        for (i, score) in taxatie.scores.iter().enumerate() {
            self.score(&format!("taxatie.scores[{i}]"), score);
        }
        for (i, uitkomst) in taxatie.instrumenten.iter().enumerate() {
            let pad = format!("taxatie.instrumenten[{i}]");
            self.tekst(format!("{pad}.naam"), &uitkomst.naam, true);
            self.tekst(format!("{pad}.uitkomst"), &uitkomst.uitkomst, true);
            self.tekst(format!("{pad}.toelichting"), &uitkomst.toelichting, false);
            self.niet_in_toekomst(format!("{pad}.datum"), uitkomst.datum);
        }
    }

    fn top3(&mut self) {
        let top3 = &self.casus.top3;
        for (i, plaats) in top3.plaatsen.iter().enumerate() {
            let pad = format!("top3[{i}]");
            if i >= TOP3_MAXIMUM {
                self.meld(
                    pad.clone(),
                    format!(
                        "Een top 3 heeft hoogstens {TOP3_MAXIMUM} situaties; dit is de {}e.",
                        i + 1
                    ),
                );
            }
            self.item(
                format!("{pad}.situatieId"),
                plaats.situatie_id,
                Categorie::OnveiligeSituatie,
            );
            if let Some(eerste) = top3.plaatsen[..i]
                .iter()
                .position(|p| p.situatie_id == plaats.situatie_id)
            {
                self.meld(
                    format!("{pad}.situatieId"),
                    format!("Deze situatie staat al in de top 3, in top3[{eerste}]."),
                );
            }
            for (j, &id) in plaats.risicofactoren.iter().enumerate() {
                self.item(
                    format!("{pad}.risicofactoren[{j}]"),
                    id,
                    Categorie::Risicofactor,
                );
            }
            for (j, doel) in plaats.doelen.iter().enumerate() {
                let pad = format!("{pad}.doelen[{j}]");
                self.tekst(format!("{pad}.tekst"), &doel.tekst, true);
                if doel.situaties.is_empty() {
                    self.meld(
                        format!("{pad}.situaties"),
                        "Een doel moet teruggaan op ten minste één situatie uit de top 3.",
                    );
                }
                for (k, &id) in doel.situaties.iter().enumerate() {
                    if !top3.bevat(id) {
                        self.meld(
                            format!("{pad}.situaties[{k}]"),
                            "Een doel moet teruggaan op een situatie uit de top 3; deze staat er niet in.",
                        );
                    }
                }
            }
        }
        self.uniek(top3.plaatsen.iter().enumerate().flat_map(|(i, p)| {
            p.doelen
                .iter()
                .enumerate()
                .map(move |(j, d)| (format!("top3[{i}].doelen[{j}].id"), &d.id))
        }));
    }

    fn fasen(&mut self) {
        let casus = self.casus;
        let mut vorige: Option<&super::FaseOvergang> = None;
        for (i, o) in casus.faseovergangen.iter().enumerate() {
            let pad = format!("faseovergangen[{i}]");
            if o.van == o.naar {
                self.meld(
                    format!("{pad}.naar"),
                    format!("Een overgang van {} naar dezelfde fase.", o.van.label()),
                );
            }
            if let Some(v) = vorige {
                if o.van != v.naar {
                    self.meld(
                        format!("{pad}.van"),
                        format!(
                            "Sluit niet aan op de vorige overgang, die eindigt in {}.",
                            v.naar.label()
                        ),
                    );
                }
                if o.datum < v.datum {
                    self.meld(
                        format!("{pad}.datum"),
                        format!(
                            "Ligt vóór de vorige fase-overgang ({}).",
                            datum_tekst(v.datum)
                        ),
                    );
                }
            }
            self.niet_in_toekomst(format!("{pad}.datum"), o.datum);
            self.tekst(format!("{pad}.onderbouwing"), &o.onderbouwing, true);
            if let Some(reden) = &o.afwijkingsreden {
                if reden.trim().is_empty() {
                    self.meld(
                        format!("{pad}.afwijkingsreden"),
                        "Een afwijkingsreden mag niet leeg zijn.",
                    );
                } else {
                    self.tekst(format!("{pad}.afwijkingsreden"), reden, true);
                }
            }
            for (j, score) in o.scores.iter().enumerate() {
                self.score(&format!("{pad}.scores[{j}]"), score);
            }
            vorige = Some(o);
        }
        if let Some(laatste) = vorige
            && laatste.naar != casus.fase
        {
            self.meld(
                "fase",
                format!(
                    "De fase ({}) komt niet overeen met de laatste fase-overgang (naar {}).",
                    casus.fase.label(),
                    laatste.naar.label()
                ),
            );
        }
    }

    fn opschalingen(&mut self) {
        let casus = self.casus;
        self.uniek(
            casus
                .opschalingen
                .iter()
                .enumerate()
                .map(|(i, o)| (format!("opschalingen[{i}].id"), &o.id)),
        );
        for (i, o) in casus.opschalingen.iter().enumerate() {
            let pad = format!("opschalingen[{i}]");
            self.niet_in_toekomst(format!("{pad}.datum"), o.datum);
            self.tekst_tot(
                format!("{pad}.overleg"),
                &o.overleg,
                true,
                MAX_KORTE_TEKST_BYTES,
            );
            self.tekst_tot(
                format!("{pad}.procesregisseur"),
                &o.procesregisseur,
                false,
                MAX_KORTE_TEKST_BYTES,
            );
        }
    }

    fn monitoring(&mut self) {
        let casus = self.casus;
        self.uniek(
            casus
                .monitoring
                .iter()
                .enumerate()
                .map(|(i, m)| (format!("monitoring[{i}].id"), &m.id)),
        );
        for (i, moment) in casus.monitoring.iter().enumerate() {
            self.datum(format!("monitoring[{i}].datum"), moment.datum);
            if let Some(gedaan) = moment.gedaan {
                self.niet_in_toekomst(format!("monitoring[{i}].gedaan"), gedaan);
            }
            if let Some(u) = &moment.uitkomst {
                let pad = format!("monitoring[{i}].uitkomst");
                if moment.gedaan.is_none() {
                    self.meld(
                        pad.clone(),
                        "Een uitkomst hoort bij een moment dat gedaan is: vul de datum in.",
                    );
                }
                self.tekst(
                    format!("{pad}.zorgen"),
                    &u.zorgen,
                    u.nieuw_geweld == JaNeeOnbekend::Ja,
                );
            }
        }
    }

    fn kindchecks(&mut self) {
        let casus = self.casus;
        for (i, k) in casus.kindchecks.iter().enumerate() {
            let pad = format!("kindchecks[{i}]");
            self.betrokkene(format!("{pad}.betrokkeneId"), k.betrokkene_id);
            self.niet_in_toekomst(format!("{pad}.datum"), k.datum);
            if let Some(eerder) = casus.kindchecks[..i]
                .iter()
                .position(|e| e.betrokkene_id == k.betrokkene_id && e.datum == k.datum)
            {
                self.meld(
                    format!("{pad}.datum"),
                    format!(
                        "Eén kindcheck per betrokkene per dag: kindchecks[{eerder}] is van dezelfde persoon op {}.",
                        datum_tekst(k.datum)
                    ),
                );
            }
            self.tekst(format!("{pad}.toelichting"), &k.toelichting, false);
        }
    }
}

/// The message for a date before [`VROEGSTE_JAAR`], if it is one.
pub(super) fn te_vroeg(datum: NaiveDate) -> Option<String> {
    (datum.year() < VROEGSTE_JAAR).then(|| {
        format!(
            "De datum {} ligt vóór {VROEGSTE_JAAR}: vul een datum vanaf 01-01-{VROEGSTE_JAAR} in.",
            datum_tekst(datum)
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{
        Aard, Beleving, Betrokkene, Concretisering, Doel, Fase, FaseOvergang, Informatie,
        InstrumentUitkomst, Kindcheck, Monitoringmoment, Monitoringsoort, Rol, SituatieTaxatie,
        Top3Plaats, Veiligheidsscore,
    };
    use chrono::{TimeZone, Utc};

    fn d(j: i32, m: u32, dag: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(j, m, dag).unwrap()
    }

    const VANDAAG: (i32, u32, u32) = (2026, 11, 23);

    fn vandaag() -> NaiveDate {
        d(VANDAAG.0, VANDAAG.1, VANDAAG.2)
    }

    /// A complete, valid casus: 2 betrokkenen, 3 onveilige situaties (informatie[0..3]), a
    /// risicofactor (informatie[3]), everything filled in.
    fn geldig() -> Casus {
        let aangemaakt = Utc.with_ymd_and_hms(2026, 1, 15, 9, 0, 0).unwrap();
        let mut casus = Casus::nieuw("C-1", "Familie A", aangemaakt, d(2031, 1, 1));
        casus.casusregisseur = Some("R.".into());
        casus.datum_incident = Some(d(2026, 1, 3));
        casus.datum_melding = Some(d(2026, 1, 5));
        let m = Betrokkene::nieuw("M.", vec![Rol::Slachtoffer, Rol::OuderVerzorger]);
        let p = Betrokkene::nieuw("P.", vec![Rol::Pleger]);
        let item = |tekst: &str, categorie| Informatie {
            categorie,
            bron: "M.".into(),
            aard: Some(Aard::Feit),
            datum: Some(d(2026, 1, 3)),
            betrokkenen: vec![m.id, p.id],
            ..Informatie::nieuw(tekst)
        };
        casus.informatie = vec![
            item("Slaat", Categorie::OnveiligeSituatie),
            item("Dreigt", Categorie::OnveiligeSituatie),
            item("Schreeuwt", Categorie::OnveiligeSituatie),
            item("Schulden", Categorie::Risicofactor),
        ];
        let s: Vec<Uuid> = casus.informatie.iter().map(|i| i.id).collect();
        casus.concretiseringen.push(Concretisering {
            plegers: vec![p.id],
            slachtoffers: vec![m.id],
            wat: "Slaat met vlakke hand".into(),
            wanneer: Some(Wanneer::Datum {
                datum: d(2026, 1, 3),
            }),
            belevingen: vec![Beleving {
                betrokkene_id: m.id,
                gezien: "Zijn hand".into(),
                gevoeld: "Angst".into(),
            }],
            ..Concretisering::voor(s[0])
        });
        casus.taxatie.situaties.push(SituatieTaxatie::voor(s[0]));
        casus.taxatie.scores.push(Veiligheidsscore {
            datum: d(2026, 3, 1),
            perspectief: Perspectief::Betrokkene {
                betrokkene_id: m.id,
            },
            waarde: 4,
            toelichting: String::new(),
            onbekend: false,
        });
        casus.taxatie.instrumenten.push(InstrumentUitkomst {
            naam: "RiHG".into(),
            datum: d(2026, 2, 1),
            uitkomst: "hoog risico".into(),
            toelichting: String::new(),
        });
        casus.top3.plaatsen = vec![
            Top3Plaats {
                situatie_id: s[0],
                risicofactoren: vec![s[3]],
                doelen: vec![Doel::nieuw(
                    "Geen slaan",
                    Fase::DirecteVeiligheid,
                    vec![s[0]],
                )],
            },
            Top3Plaats {
                situatie_id: s[1],
                risicofactoren: vec![],
                doelen: vec![],
            },
        ];
        casus.faseovergangen.push(FaseOvergang {
            datum: d(2026, 6, 1),
            van: Fase::DirecteVeiligheid,
            naar: Fase::StabieleVeiligheid,
            onderbouwing: "Rust".into(),
            scores: casus.taxatie.scores.clone(),
            door: "Jan".into(),
            afwijkingsreden: Some("MDA++ besluit".into()),
        });
        casus.fase = Fase::StabieleVeiligheid;
        casus.monitoring.push(Monitoringmoment {
            id: Uuid::new_v4(),
            datum: d(2026, 9, 1),
            soort: Monitoringsoort::NaMaanden(3),
            gedaan: Some(d(2026, 9, 2)),
            uitkomst: None,
        });
        casus.kindchecks.push(Kindcheck {
            betrokkene_id: p.id,
            datum: d(2026, 2, 1),
            zorgt_voor_minderjarigen: crate::domain::JaNeeOnbekend::Nee,
            veilig_opgroeien: crate::domain::VeiligOpgroeien::Onbekend,
            toelichting: String::new(),
        });
        casus.betrokkenen = vec![m, p];
        casus
    }

    #[test]
    fn een_geldige_casus_heeft_geen_problemen() {
        assert_eq!(valideer(&geldig(), vandaag()), vec![]);
    }

    #[test]
    fn een_casus_overleeft_json() {
        let casus = geldig();
        let json = serde_json::to_string(&casus).unwrap();
        assert!(json.contains(r#""datumIncident":"2026-01-03""#), "{json}");
        assert!(
            json.contains(r#""afwijkingsreden":"MDA++ besluit""#),
            "{json}"
        );
        let terug: Casus = serde_json::from_str(&json).unwrap();
        assert_eq!(terug, casus);
    }

    /// Applies `wijzig` to a valid casus and checks that exactly these problems are reported.
    fn check(wijzig: impl Fn(&mut Casus), verwacht: &[(&str, &str)]) {
        let mut casus = geldig();
        wijzig(&mut casus);
        let problemen: Vec<(String, String)> = valideer(&casus, vandaag())
            .into_iter()
            .map(|p| (p.pad, p.melding))
            .collect();
        let verwacht: Vec<(String, String)> = verwacht
            .iter()
            .map(|(p, m)| (p.to_string(), m.to_string()))
            .collect();
        assert_eq!(problemen, verwacht);
    }

    #[test]
    fn scores_buiten_0_tot_10() {
        check(
            |c| {
                c.taxatie.scores[0].waarde = 11;
                c.taxatie.scores.push(Veiligheidsscore {
                    waarde: 255,
                    perspectief: Perspectief::MdaTafel,
                    ..c.taxatie.scores[0].clone()
                });
                c.faseovergangen[0].scores[0].waarde = 12;
            },
            &[
                (
                    "taxatie.scores[0].waarde",
                    "Een veiligheidsscore loopt van 0 tot en met 10; deze is 11.",
                ),
                (
                    "taxatie.scores[1].waarde",
                    "Een veiligheidsscore loopt van 0 tot en met 10; deze is 255.",
                ),
                (
                    "faseovergangen[0].scores[0].waarde",
                    "Een veiligheidsscore loopt van 0 tot en met 10; deze is 12.",
                ),
            ],
        );
    }

    #[test]
    fn top3_regels() {
        // A 4th entry; one entry that is a risicofactor; one that is a duplicate.
        check(
            |c| {
                let s: Vec<Uuid> = c.informatie.iter().map(|i| i.id).collect();
                let leeg = |situatie_id| Top3Plaats {
                    situatie_id,
                    risicofactoren: vec![],
                    doelen: vec![],
                };
                c.top3.plaatsen.push(leeg(s[3]));
                c.top3.plaatsen.push(leeg(s[1]));
            },
            &[
                (
                    "top3[2].situatieId",
                    "Verwijst naar een informatie-item dat geen onveilige situatie is, maar risicofactor.",
                ),
                (
                    "top3[3]",
                    "Een top 3 heeft hoogstens 3 situaties; dit is de 4e.",
                ),
                (
                    "top3[3].situatieId",
                    "Deze situatie staat al in de top 3, in top3[1].",
                ),
            ],
        );
        // Doelen: empty, tracing outside the top 3, duplicate id; a linked item that is no
        // risicofactor.
        check(
            |c| {
                let s: Vec<Uuid> = c.informatie.iter().map(|i| i.id).collect();
                let mut doel = c.top3.plaatsen[0].doelen[0].clone();
                doel.situaties = vec![s[0], s[2]];
                doel.tekst = " ".into();
                c.top3.plaatsen[1].doelen.push(doel);
                c.top3.plaatsen[1].doelen.push(Doel::nieuw(
                    "Rust",
                    Fase::DirecteVeiligheid,
                    vec![],
                ));
                c.top3.plaatsen[1].risicofactoren.push(s[2]);
            },
            &[
                (
                    "top3[1].risicofactoren[0]",
                    "Verwijst naar een informatie-item dat geen risicofactor is, maar onveilige situatie.",
                ),
                (
                    "top3[1].doelen[0].tekst",
                    "Dit veld is verplicht maar leeg.",
                ),
                (
                    "top3[1].doelen[0].situaties[1]",
                    "Een doel moet teruggaan op een situatie uit de top 3; deze staat er niet in.",
                ),
                (
                    "top3[1].doelen[1].situaties",
                    "Een doel moet teruggaan op ten minste één situatie uit de top 3.",
                ),
                (
                    "top3[1].doelen[0].id",
                    "Dubbele id: al gebruikt bij top3[0].doelen[0].id.",
                ),
            ],
        );
    }

    #[test]
    fn onbekende_verwijzingen_en_dubbele_ids() {
        let vreemd = Uuid::new_v4();
        check(
            move |c| {
                c.informatie[1].betrokkenen.push(vreemd);
                c.concretiseringen[0].plegers.push(vreemd);
                c.concretiseringen[0].belevingen[0].betrokkene_id = vreemd;
                c.taxatie.situaties[0].informatie_id = vreemd;
                c.taxatie.scores[0].perspectief = Perspectief::Betrokkene {
                    betrokkene_id: vreemd,
                };
                c.kindchecks[0].betrokkene_id = vreemd;
                let kopie = c.betrokkenen[0].clone();
                c.betrokkenen.push(kopie);
                c.informatie[2].id = c.informatie[0].id;
            },
            &[
                (
                    "betrokkenen[2].id",
                    "Dubbele id: al gebruikt bij betrokkenen[0].id.",
                ),
                (
                    "informatie[2].id",
                    "Dubbele id: al gebruikt bij informatie[0].id.",
                ),
                (
                    "informatie[1].betrokkenen[2]",
                    "Verwijst naar een betrokkene die niet in de casus staat.",
                ),
                (
                    "concretiseringen[0].plegers[1]",
                    "Verwijst naar een betrokkene die niet in de casus staat.",
                ),
                (
                    "concretiseringen[0].belevingen[0].betrokkeneId",
                    "Verwijst naar een betrokkene die niet in de casus staat.",
                ),
                (
                    "taxatie.situaties[0].informatieId",
                    "Verwijst naar een informatie-item dat niet in de casus staat.",
                ),
                (
                    "taxatie.scores[0].perspectief.betrokkeneId",
                    "Verwijst naar een betrokkene die niet in de casus staat.",
                ),
                (
                    "kindchecks[0].betrokkeneId",
                    "Verwijst naar een betrokkene die niet in de casus staat.",
                ),
            ],
        );
    }

    #[test]
    fn concretisering_en_taxatie_per_situatie() {
        check(
            |c| {
                let s: Vec<Uuid> = c.informatie.iter().map(|i| i.id).collect();
                c.concretiseringen.push(Concretisering::voor(s[0]));
                c.concretiseringen.push(Concretisering::voor(s[3]));
                c.taxatie.situaties.push(SituatieTaxatie::voor(s[0]));
            },
            &[
                (
                    "concretiseringen[1].informatieId",
                    "Deze situatie is al geconcretiseerd in concretiseringen[0].",
                ),
                (
                    "concretiseringen[2].informatieId",
                    "Verwijst naar een informatie-item dat geen onveilige situatie is, maar risicofactor.",
                ),
                (
                    "taxatie.situaties[1].informatieId",
                    "Deze situatie is al getaxeerd in taxatie.situaties[0].",
                ),
            ],
        );
    }

    #[test]
    fn lege_verplichte_velden_en_te_lange_teksten() {
        let lang = "x".repeat(MAX_TEKST_BYTES + 1);
        check(
            move |c| {
                c.code = "  ".into();
                c.betrokkenen[1].naam = String::new();
                c.informatie[0].tekst = String::new();
                c.informatie[1].bron = lang.clone();
                c.concretiseringen[0].wanneer = Some(Wanneer::Periode {
                    omschrijving: lang.clone(),
                });
                c.taxatie.instrumenten[0].uitkomst = String::new();
                c.faseovergangen[0].onderbouwing = String::new();
                c.faseovergangen[0].afwijkingsreden = Some(" ".into());
            },
            &[
                ("code", "Dit veld is verplicht maar leeg."),
                ("betrokkenen[1].naam", "Dit veld is verplicht maar leeg."),
                ("informatie[0].tekst", "Dit veld is verplicht maar leeg."),
                (
                    "informatie[1].bron",
                    "Te lang: 1048577 bytes, hoogstens 2000 (gewone letters tellen 1, letters met accenten of uit een ander schrift 2 tot 4).",
                ),
                (
                    "concretiseringen[0].wanneer.omschrijving",
                    "Te lang: 1025 kB, hoogstens 1024 kB.",
                ),
                (
                    "taxatie.instrumenten[0].uitkomst",
                    "Dit veld is verplicht maar leeg.",
                ),
                (
                    "faseovergangen[0].onderbouwing",
                    "Dit veld is verplicht maar leeg.",
                ),
                (
                    "faseovergangen[0].afwijkingsreden",
                    "Een afwijkingsreden mag niet leeg zijn.",
                ),
            ],
        );
    }

    #[test]
    fn data_in_de_toekomst_en_leeftijden() {
        let morgen = d(2026, 11, 24);
        check(
            move |c| {
                c.datum_incident = Some(morgen);
                c.informatie[3].datum = Some(morgen);
                c.taxatie.scores[0].datum = morgen;
                c.monitoring[0].gedaan = Some(morgen);
                c.bewaartermijn = d(2025, 1, 1);
                c.betrokkenen[0].leeftijd = Some(Leeftijd::Geboortejaar { jaar: 2027 });
                c.betrokkenen[1].leeftijd = Some(Leeftijd::Jaren {
                    jaren: 200,
                    peildatum: d(2026, 1, 1),
                });
                // Today itself is fine, and planned monitoring dates may lie ahead.
                c.kindchecks[0].datum = vandaag();
                c.monitoring[0].datum = d(2027, 6, 1);
            },
            &[
                (
                    "bewaartermijn",
                    "De bewaartermijn eindigt vóór de casus werd aangemaakt.",
                ),
                ("datumIncident", "De datum 24-11-2026 ligt in de toekomst."),
                (
                    "betrokkenen[0].leeftijd.jaar",
                    "Het geboortejaar 2027 ligt in de toekomst.",
                ),
                (
                    "betrokkenen[1].leeftijd.jaren",
                    "Een leeftijd van 200 jaar is niet mogelijk.",
                ),
                (
                    "informatie[3].datum",
                    "De datum 24-11-2026 ligt in de toekomst.",
                ),
                (
                    "taxatie.scores[0].datum",
                    "De datum 24-11-2026 ligt in de toekomst.",
                ),
                (
                    "monitoring[0].gedaan",
                    "De datum 24-11-2026 ligt in de toekomst.",
                ),
            ],
        );
    }

    #[test]
    fn data_voor_1900() {
        let oud = d(1899, 12, 31);
        check(
            move |c| {
                c.datum_melding = Some(oud);
                c.datum_start_hulp = Some(d(26, 3, 1));
                c.informatie[3].datum = Some(oud);
                c.monitoring[0].datum = oud;
                c.kindchecks[0].datum = oud;
                c.betrokkenen[0].leeftijd = Some(Leeftijd::Geboortejaar { jaar: 1899 });
                c.betrokkenen[1].leeftijd = Some(Leeftijd::Geboortejaar { jaar: i32::MIN });
                // 1900 itself is accepted.
                c.datum_incident = Some(d(1900, 1, 1));
            },
            &[
                (
                    "datumMelding",
                    "De datum 31-12-1899 ligt vóór 1900: vul een datum vanaf 01-01-1900 in.",
                ),
                (
                    "datumStartHulp",
                    "De datum 01-03-0026 ligt vóór 1900: vul een datum vanaf 01-01-1900 in.",
                ),
                (
                    "betrokkenen[0].leeftijd.jaar",
                    "Het geboortejaar 1899 ligt vóór 1900.",
                ),
                (
                    "betrokkenen[1].leeftijd.jaar",
                    "Het geboortejaar -2147483648 ligt vóór 1900.",
                ),
                (
                    "informatie[3].datum",
                    "De datum 31-12-1899 ligt vóór 1900: vul een datum vanaf 01-01-1900 in.",
                ),
                (
                    "monitoring[0].datum",
                    "De datum 31-12-1899 ligt vóór 1900: vul een datum vanaf 01-01-1900 in.",
                ),
                (
                    "kindchecks[0].datum",
                    "De datum 31-12-1899 ligt vóór 1900: vul een datum vanaf 01-01-1900 in.",
                ),
            ],
        );
    }

    /// The limits a UI field checks while typing, for `ui/src/lib/ipc/bindings/grenzen.ts`.
    #[test]
    fn export_bindings_grenzen() {
        let Some(dir) = std::env::var_os("TS_RS_EXPORT_DIR") else {
            return;
        };
        let ts = format!(
            "// Generated from src/domain/validatie.rs by `cargo xtask bindings`. Do not edit: the core's\n\
             // limits that a field checks while typing, before the core checks them again on save.\n\n\
             /** The earliest year of any date (`VROEGSTE_JAAR`). */\n\
             export const VROEGSTE_JAAR = {VROEGSTE_JAAR};\n"
        );
        let dir = std::path::PathBuf::from(dir);
        std::fs::create_dir_all(&dir).expect("export dir");
        std::fs::write(dir.join("grenzen.ts"), ts).expect("write grenzen.ts");
    }

    #[test]
    fn opschalingen_need_an_overleg_and_a_past_date() {
        check(
            |c| {
                let o = crate::domain::Opschaling {
                    id: Uuid::from_u128(7),
                    datum: d(2026, 11, 24),
                    overleg: " ".into(),
                    procesregisseur: String::new(),
                };
                c.opschalingen.push(o.clone());
                c.opschalingen.push(crate::domain::Opschaling {
                    datum: d(2026, 11, 1),
                    overleg: "MDA++ expertoverleg".into(),
                    ..o
                });
            },
            &[
                (
                    "opschalingen[1].id",
                    "Dubbele id: al gebruikt bij opschalingen[0].id.",
                ),
                (
                    "opschalingen[0].datum",
                    "De datum 24-11-2026 ligt in de toekomst.",
                ),
                (
                    "opschalingen[0].overleg",
                    "Dit veld is verplicht maar leeg.",
                ),
            ],
        );
    }

    #[test]
    fn an_onbekend_score_says_why_and_has_no_value() {
        check(
            |c| {
                c.taxatie.scores[0].onbekend = true;
                c.taxatie.scores[0].toelichting = " ".into();
                c.taxatie.scores[0].waarde = 4;
                let mut kind = c.taxatie.scores[0].clone();
                kind.waarde = 0;
                kind.toelichting = "Te jong om te vragen".into();
                c.taxatie.scores.push(kind);
            },
            &[
                (
                    "taxatie.scores[0].toelichting",
                    "Dit veld is verplicht maar leeg.",
                ),
                (
                    "taxatie.scores[0].waarde",
                    "Een onbekende score (weet niet / niet te vragen) heeft geen waarde: zet 0.",
                ),
            ],
        );
    }

    #[test]
    fn a_monitoring_outcome_needs_the_day_and_says_what_was_new() {
        check(
            |c| {
                c.monitoring[0].gedaan = None;
                c.monitoring[0].uitkomst = Some(crate::domain::Monitoringuitkomst {
                    nieuw_geweld: JaNeeOnbekend::Ja,
                    zorgen: "  ".into(),
                });
            },
            &[
                (
                    "monitoring[0].uitkomst",
                    "Een uitkomst hoort bij een moment dat gedaan is: vul de datum in.",
                ),
                (
                    "monitoring[0].uitkomst.zorgen",
                    "Dit veld is verplicht maar leeg.",
                ),
            ],
        );
    }

    #[test]
    fn een_kindcheck_per_betrokkene_per_dag() {
        check(
            |c| {
                let mut tweede = c.kindchecks[0].clone();
                tweede.toelichting = "Later op de dag".into();
                c.kindchecks.push(tweede.clone());
                // Another day, or another person the same day, is fine.
                tweede.datum = tweede.datum.pred_opt().unwrap();
                c.kindchecks.push(tweede);
            },
            &[(
                "kindchecks[1].datum",
                &format!(
                    "Eén kindcheck per betrokkene per dag: kindchecks[0] is van dezelfde persoon op {}.",
                    datum_tekst(geldig().kindchecks[0].datum)
                ),
            )],
        );
    }

    #[test]
    fn fase_en_overgangen_sluiten_aan() {
        check(
            |c| {
                c.faseovergangen.push(FaseOvergang {
                    datum: d(2026, 5, 1),
                    van: Fase::DirecteVeiligheid,
                    naar: Fase::DirecteVeiligheid,
                    onderbouwing: "Terug".into(),
                    scores: vec![],
                    door: "Jan".into(),
                    afwijkingsreden: None,
                });
            },
            &[
                (
                    "faseovergangen[1].naar",
                    "Een overgang van directe veiligheid naar dezelfde fase.",
                ),
                (
                    "faseovergangen[1].van",
                    "Sluit niet aan op de vorige overgang, die eindigt in stabiele veiligheid.",
                ),
                (
                    "faseovergangen[1].datum",
                    "Ligt vóór de vorige fase-overgang (01-06-2026).",
                ),
                (
                    "fase",
                    "De fase (stabiele veiligheid) komt niet overeen met de laatste fase-overgang (naar directe veiligheid).",
                ),
            ],
        );
    }

    #[test]
    fn probleem_als_tekst() {
        let p = Probleem {
            pad: "informatie[3].datum".into(),
            melding: "De datum 24-11-2026 ligt in de toekomst.".into(),
        };
        assert_eq!(
            p.to_string(),
            "informatie[3].datum: De datum 24-11-2026 ligt in de toekomst."
        );
    }

    #[test]
    fn code_titel_en_bron_hebben_een_eigen_grens_in_bytes() {
        let mut c = geldig();
        c.code = "C".repeat(MAX_CODE_BYTES);
        c.titel = "é".repeat(MAX_KORTE_TEKST_BYTES / 2);
        c.informatie[0].bron = "ب".repeat(MAX_KORTE_TEKST_BYTES / 2);
        assert_eq!(
            valideer(&c, vandaag()),
            vec![],
            "exactly at the limit is fine"
        );
        c.code.push('1');
        c.titel.push('é');
        c.informatie[0].bron.push('x');
        let paden: Vec<(String, String)> = valideer(&c, vandaag())
            .into_iter()
            .map(|p| (p.pad, p.melding))
            .collect();
        assert_eq!(paden.len(), 3, "{paden:?}");
        assert_eq!(paden[0].0, "code");
        assert!(
            paden[0].1.starts_with("Te lang: 201 bytes, hoogstens 200"),
            "{paden:?}"
        );
        assert_eq!(paden[1].0, "titel");
        assert!(
            paden[1]
                .1
                .starts_with("Te lang: 2002 bytes, hoogstens 2000"),
            "{paden:?}"
        );
        assert_eq!(paden[2].0, "informatie[0].bron");
    }
}
