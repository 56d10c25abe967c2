//! Step 4 of TOP-3, **prioriteren**: the top 3 of the most unsafe situations, ranked 1–3 and never
//! more than 3, each with the risicofactoren that drive it and the doelen that trace back to it.
//! [seed 000, 001; src: zorgomregioamsterdam.nl 2020]
//!
//! The operations on [`Casus`] here keep the rules: only onveilige situaties, at most 3, and every
//! doel traces to a situation in the top 3. On an error nothing is changed.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use thiserror::Error;
use uuid::Uuid;

use super::{Casus, Categorie, Fase};

/// Never more than 3 situations in the top 3. [seed 000]
pub const TOP3_MAXIMUM: usize = 3;

/// The ranked top 3; `plaatsen[0]` is number 1. Serialised as a plain array.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(transparent)]
pub struct Top3 {
    /// The entries, most unsafe first.
    pub plaatsen: Vec<Top3Plaats>,
}

/// One place in the top 3.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Top3Plaats {
    /// The onveilige situatie (an informatie-item id).
    pub situatie_id: Uuid,
    /// The risicofactoren (informatie-item ids) behind this behaviour.
    pub risicofactoren: Vec<Uuid>,
    /// The doelen for this situation.
    pub doelen: Vec<Doel>,
}

/// A doel: in directe veiligheid a veiligheidsdoel, in stabiele veiligheid a doel for
/// risicogestuurde zorg, in herstel a hersteldoel. It traces back to one or more situations in the
/// top 3. [seed 000, 001]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Doel {
    /// Stable identity.
    pub id: Uuid,
    /// The doel, concretely.
    pub tekst: String,
    /// The phase the doel belongs to.
    pub fase: Fase,
    /// The situations (informatie-item ids, all in the top 3) it traces to.
    pub situaties: Vec<Uuid>,
}

impl Doel {
    /// A new doel for these situations.
    pub fn nieuw(tekst: impl Into<String>, fase: Fase, situaties: Vec<Uuid>) -> Self {
        Self {
            id: Uuid::new_v4(),
            tekst: tekst.into(),
            fase,
            situaties,
        }
    }
}

impl Top3 {
    /// The place (1–3) of this situation, if it is in the top 3.
    pub fn plaats_van(&self, situatie_id: Uuid) -> Option<usize> {
        self.plaatsen
            .iter()
            .position(|p| p.situatie_id == situatie_id)
            .map(|i| i + 1)
    }

    /// Whether this situation is in the top 3.
    pub fn bevat(&self, situatie_id: Uuid) -> bool {
        self.plaats_van(situatie_id).is_some()
    }

    /// Whether no situation can be added any more (the maximum is reached).
    pub fn vol(&self) -> bool {
        self.plaatsen.len() >= TOP3_MAXIMUM
    }

    /// Every doel, with its place (1–3).
    pub fn doelen(&self) -> impl Iterator<Item = (usize, &Doel)> {
        self.plaatsen
            .iter()
            .enumerate()
            .flat_map(|(i, p)| p.doelen.iter().map(move |d| (i + 1, d)))
    }
}

/// Why a change to the top 3 was refused. Messages are Dutch and quote no case content.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Top3Fout {
    /// The id is not an informatie-item of this casus.
    #[error("Dit informatie-item bestaat niet (meer) in de casus. Er is niets gewijzigd.")]
    OnbekendItem,
    /// Only onveilige situaties can be in the top 3.
    #[error(
        "Alleen een onveilige situatie kan in de top 3; dit item is geordend als {}. Er is niets gewijzigd.",
        .categorie.label()
    )]
    GeenOnveiligeSituatie {
        /// The item's actual categorie.
        categorie: Categorie,
    },
    /// The top 3 already holds 3 situations.
    #[error(
        "De top 3 is vol. Haal eerst een situatie uit de top 3 of zet de volgorde opnieuw. Er is niets gewijzigd."
    )]
    Vol,
    /// More than 3 situations were chosen.
    #[error(
        "Een top 3 heeft hoogstens 3 situaties; er zijn er {aantal} gekozen. Er is niets gewijzigd."
    )]
    TeVeel {
        /// How many were chosen.
        aantal: usize,
    },
    /// The situation is in the top 3 already.
    #[error("Deze situatie staat al in de top 3, op plaats {plaats}. Er is niets gewijzigd.")]
    AlInTop3 {
        /// Its place.
        plaats: usize,
    },
    /// The same situation was chosen twice.
    #[error("Dezelfde situatie is twee keer gekozen. Er is niets gewijzigd.")]
    DubbeleSituatie,
    /// The situation is not in the top 3.
    #[error("Deze situatie staat niet in de top 3. Er is niets gewijzigd.")]
    NietInTop3,
    /// Only risicofactoren can be linked to a situation.
    #[error(
        "Alleen een risicofactor kan aan een situatie worden gekoppeld; dit item is geordend als {}. Er is niets gewijzigd.",
        .categorie.label()
    )]
    GeenRisicofactor {
        /// The item's actual categorie.
        categorie: Categorie,
    },
    /// A doel without text.
    #[error("Beschrijf het doel. Er is niets gewijzigd.")]
    DoelZonderTekst,
    /// A doel that traces to no situation.
    #[error(
        "Een doel moet teruggaan op ten minste één situatie uit de top 3. Er is niets gewijzigd."
    )]
    DoelZonderSituatie,
    /// A doel that traces to a situation outside the top 3.
    #[error(
        "Een doel kan alleen teruggaan op situaties uit de top 3; een van de gekozen situaties staat er niet in. Er is niets gewijzigd."
    )]
    DoelBuitenTop3,
    /// A new ranking would leave a doel tracing to a situation no longer in the top 3.
    #[error(
        "Een doel bij plaats {plaats} gaat terug op een situatie die uit de top 3 zou verdwijnen. Pas eerst dat doel aan. Er is niets gewijzigd."
    )]
    DoelVerliestSituatie {
        /// The place (in the new ranking) of the doel.
        plaats: usize,
    },
    /// A doel with this id exists already.
    #[error("Dit doel bestaat al. Er is niets gewijzigd.")]
    DubbelDoel,
}

impl Top3Fout {
    /// A stable code the UI can branch on.
    pub fn code(&self) -> &'static str {
        match self {
            Top3Fout::OnbekendItem => "onbekend_item",
            Top3Fout::GeenOnveiligeSituatie { .. } => "geen_onveilige_situatie",
            Top3Fout::Vol => "top3_vol",
            Top3Fout::TeVeel { .. } => "top3_te_veel",
            Top3Fout::AlInTop3 { .. } => "al_in_top3",
            Top3Fout::DubbeleSituatie => "dubbele_situatie",
            Top3Fout::NietInTop3 => "niet_in_top3",
            Top3Fout::GeenRisicofactor { .. } => "geen_risicofactor",
            Top3Fout::DoelZonderTekst => "doel_zonder_tekst",
            Top3Fout::DoelZonderSituatie => "doel_zonder_situatie",
            Top3Fout::DoelBuitenTop3 => "doel_buiten_top3",
            Top3Fout::DoelVerliestSituatie { .. } => "doel_verliest_situatie",
            Top3Fout::DubbelDoel => "dubbel_doel",
        }
    }
}

impl Casus {
    /// The situations that can go into the top 3: every onveilige situatie not in it yet, in the
    /// order of the informatie. The top 3 takes one of them while it is not [`Top3::vol`] — the
    /// rules of [`Casus::voeg_toe_aan_top3`].
    pub fn top3_kandidaten(&self) -> Vec<Uuid> {
        self.informatie
            .iter()
            .filter(|i| i.categorie == Categorie::OnveiligeSituatie && !self.top3.bevat(i.id))
            .map(|i| i.id)
            .collect()
    }

    /// Checks that the id is an onveilige situatie of this casus.
    fn controleer_situatie(&self, situatie_id: Uuid) -> Result<(), Top3Fout> {
        let item = self
            .informatie_item(situatie_id)
            .ok_or(Top3Fout::OnbekendItem)?;
        if item.categorie != Categorie::OnveiligeSituatie {
            return Err(Top3Fout::GeenOnveiligeSituatie {
                categorie: item.categorie,
            });
        }
        Ok(())
    }

    /// Puts an onveilige situatie at the next free place of the top 3; returns that place (1–3).
    pub fn voeg_toe_aan_top3(&mut self, situatie_id: Uuid) -> Result<usize, Top3Fout> {
        self.controleer_situatie(situatie_id)?;
        if let Some(plaats) = self.top3.plaats_van(situatie_id) {
            return Err(Top3Fout::AlInTop3 { plaats });
        }
        if self.top3.vol() {
            return Err(Top3Fout::Vol);
        }
        self.top3.plaatsen.push(Top3Plaats {
            situatie_id,
            risicofactoren: Vec::new(),
            doelen: Vec::new(),
        });
        Ok(self.top3.plaatsen.len())
    }

    /// Sets the whole ranking at once (reorder, replace, remove). Situations that stay keep their
    /// risicofactoren and doelen; a situation that leaves takes its own doelen with it. Refused when
    /// a doel that stays would trace to a situation that leaves.
    pub fn zet_top3(&mut self, volgorde: &[Uuid]) -> Result<(), Top3Fout> {
        if volgorde.len() > TOP3_MAXIMUM {
            return Err(Top3Fout::TeVeel {
                aantal: volgorde.len(),
            });
        }
        for (i, id) in volgorde.iter().enumerate() {
            if volgorde[..i].contains(id) {
                return Err(Top3Fout::DubbeleSituatie);
            }
            self.controleer_situatie(*id)?;
        }
        let plaatsen: Vec<Top3Plaats> = volgorde
            .iter()
            .map(|&situatie_id| {
                self.top3
                    .plaatsen
                    .iter()
                    .find(|p| p.situatie_id == situatie_id)
                    .cloned()
                    .unwrap_or(Top3Plaats {
                        situatie_id,
                        risicofactoren: Vec::new(),
                        doelen: Vec::new(),
                    })
            })
            .collect();
        for (i, plaats) in plaatsen.iter().enumerate() {
            let verliest = plaats
                .doelen
                .iter()
                .flat_map(|d| &d.situaties)
                .any(|s| !volgorde.contains(s));
            if verliest {
                return Err(Top3Fout::DoelVerliestSituatie { plaats: i + 1 });
            }
        }
        self.top3.plaatsen = plaatsen;
        Ok(())
    }

    /// Links a risicofactor to a situation in the top 3 (linking twice changes nothing).
    pub fn koppel_risicofactor(
        &mut self,
        situatie_id: Uuid,
        risicofactor_id: Uuid,
    ) -> Result<(), Top3Fout> {
        let item = self
            .informatie_item(risicofactor_id)
            .ok_or(Top3Fout::OnbekendItem)?;
        if item.categorie != Categorie::Risicofactor {
            return Err(Top3Fout::GeenRisicofactor {
                categorie: item.categorie,
            });
        }
        let plaats = self
            .top3
            .plaatsen
            .iter_mut()
            .find(|p| p.situatie_id == situatie_id)
            .ok_or(Top3Fout::NietInTop3)?;
        if !plaats.risicofactoren.contains(&risicofactor_id) {
            plaats.risicofactoren.push(risicofactor_id);
        }
        Ok(())
    }

    /// Adds a doel under the situation at `situatie_id`'s place. The doel must have text and trace
    /// to one or more situations, all in the top 3. [seed 000: every doel traces back to its
    /// situation(s)]
    pub fn voeg_doel_toe(&mut self, situatie_id: Uuid, doel: Doel) -> Result<(), Top3Fout> {
        if doel.tekst.trim().is_empty() {
            return Err(Top3Fout::DoelZonderTekst);
        }
        if doel.situaties.is_empty() {
            return Err(Top3Fout::DoelZonderSituatie);
        }
        if !doel.situaties.iter().all(|s| self.top3.bevat(*s)) {
            return Err(Top3Fout::DoelBuitenTop3);
        }
        if self.top3.doelen().any(|(_, d)| d.id == doel.id) {
            return Err(Top3Fout::DubbelDoel);
        }
        let plaats = self
            .top3
            .plaatsen
            .iter_mut()
            .find(|p| p.situatie_id == situatie_id)
            .ok_or(Top3Fout::NietInTop3)?;
        plaats.doelen.push(doel);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Informatie;
    use chrono::{NaiveDate, Utc};

    /// A casus with 4 onveilige situaties (s[0..4]), a risicofactor (r) and a schade item (x).
    struct Opzet {
        casus: Casus,
        s: Vec<Uuid>,
        r: Uuid,
        x: Uuid,
    }

    fn opzet() -> Opzet {
        let bewaar = NaiveDate::from_ymd_opt(2031, 1, 1).unwrap();
        let mut casus = Casus::nieuw("C-1", "", Utc::now(), bewaar);
        let mut item = |tekst: &str, categorie| {
            let i = Informatie {
                categorie,
                ..Informatie::nieuw(tekst)
            };
            let id = i.id;
            casus.informatie.push(i);
            id
        };
        let s = (1..=4)
            .map(|n| item(&format!("situatie {n}"), Categorie::OnveiligeSituatie))
            .collect();
        let r = item("schulden", Categorie::Risicofactor);
        let x = item("blauwe plek", Categorie::Schade);
        Opzet { casus, s, r, x }
    }

    #[test]
    fn voeg_toe_aan_top3() {
        let o = opzet();
        let onbekend = Uuid::new_v4();
        // (already in top 3 (indices of s), to add, expected)
        let gevallen: Vec<(Vec<usize>, Uuid, Result<usize, Top3Fout>)> = vec![
            (vec![], o.s[0], Ok(1)),
            (vec![0, 1], o.s[2], Ok(3)),
            (vec![0, 1, 2], o.s[3], Err(Top3Fout::Vol)),
            (vec![0, 1], o.s[1], Err(Top3Fout::AlInTop3 { plaats: 2 })),
            (vec![], onbekend, Err(Top3Fout::OnbekendItem)),
            (
                vec![],
                o.r,
                Err(Top3Fout::GeenOnveiligeSituatie {
                    categorie: Categorie::Risicofactor,
                }),
            ),
        ];
        for (al, toe_te_voegen, verwacht) in gevallen {
            let mut casus = o.casus.clone();
            let volgorde: Vec<Uuid> = al.iter().map(|&i| o.s[i]).collect();
            casus.zet_top3(&volgorde).unwrap();
            let voor = casus.top3.clone();
            let uitkomst = casus.voeg_toe_aan_top3(toe_te_voegen);
            assert_eq!(uitkomst, verwacht, "{al:?}");
            if uitkomst.is_err() {
                assert_eq!(casus.top3, voor, "nothing changes on an error");
            }
        }
    }

    #[test]
    fn foutmeldingen_zijn_nederlands() {
        let gevallen = [
            (
                Top3Fout::Vol,
                "De top 3 is vol. Haal eerst een situatie uit de top 3 of zet de volgorde opnieuw. Er is niets gewijzigd.",
            ),
            (
                Top3Fout::GeenOnveiligeSituatie {
                    categorie: Categorie::Risicofactor,
                },
                "Alleen een onveilige situatie kan in de top 3; dit item is geordend als risicofactor. Er is niets gewijzigd.",
            ),
            (
                Top3Fout::GeenOnveiligeSituatie {
                    categorie: Categorie::NogTeOrdenen,
                },
                "Alleen een onveilige situatie kan in de top 3; dit item is geordend als nog te ordenen. Er is niets gewijzigd.",
            ),
            (
                Top3Fout::TeVeel { aantal: 4 },
                "Een top 3 heeft hoogstens 3 situaties; er zijn er 4 gekozen. Er is niets gewijzigd.",
            ),
        ];
        for (fout, tekst) in gevallen {
            assert_eq!(fout.to_string(), tekst);
        }
        assert_eq!(Top3Fout::Vol.code(), "top3_vol");
    }

    #[test]
    fn zet_top3() {
        let o = opzet();
        let s = &o.s;
        // (new ranking, expected)
        let gevallen: Vec<(Vec<Uuid>, Result<(), Top3Fout>)> = vec![
            (vec![s[2], s[0]], Ok(())),
            (vec![], Ok(())),
            (vec![s[0], s[1], s[2]], Ok(())),
            (
                vec![s[0], s[1], s[2], s[3]],
                Err(Top3Fout::TeVeel { aantal: 4 }),
            ),
            (vec![s[0], s[0]], Err(Top3Fout::DubbeleSituatie)),
            (
                vec![s[0], o.x],
                Err(Top3Fout::GeenOnveiligeSituatie {
                    categorie: Categorie::Schade,
                }),
            ),
            (vec![Uuid::new_v4()], Err(Top3Fout::OnbekendItem)),
        ];
        for (volgorde, verwacht) in gevallen {
            let mut casus = o.casus.clone();
            let uitkomst = casus.zet_top3(&volgorde);
            assert_eq!(uitkomst, verwacht, "{volgorde:?}");
            let nu: Vec<Uuid> = casus.top3.plaatsen.iter().map(|p| p.situatie_id).collect();
            if uitkomst.is_ok() {
                assert_eq!(nu, volgorde);
            } else {
                assert!(nu.is_empty());
            }
        }
    }

    #[test]
    fn zet_top3_houdt_koppelingen_en_doelen() {
        let o = opzet();
        let s = &o.s;
        let mut casus = o.casus.clone();
        casus.zet_top3(&[s[0], s[1]]).unwrap();
        casus.koppel_risicofactor(s[1], o.r).unwrap();
        casus.koppel_risicofactor(s[1], o.r).unwrap();
        let doel = Doel::nieuw("Geen geweld meer", Fase::DirecteVeiligheid, vec![s[1]]);
        casus.voeg_doel_toe(s[1], doel.clone()).unwrap();
        let gedeeld = Doel::nieuw("Rust in huis", Fase::DirecteVeiligheid, vec![s[0], s[1]]);
        casus.voeg_doel_toe(s[0], gedeeld).unwrap();

        casus.zet_top3(&[s[1], s[2], s[0]]).unwrap();
        assert_eq!(casus.top3.plaatsen[0].risicofactoren, vec![o.r]);
        assert_eq!(casus.top3.plaatsen[0].doelen, vec![doel]);
        assert!(casus.top3.plaatsen[1].doelen.is_empty());

        // Dropping s[1] would leave the shared doel at s[0] (now place 1) without its situation.
        let voor = casus.top3.clone();
        assert_eq!(
            casus.zet_top3(&[s[0], s[2]]),
            Err(Top3Fout::DoelVerliestSituatie { plaats: 1 })
        );
        assert_eq!(casus.top3, voor);
        // Dropping s[0] takes its own doel along; s[1]'s doel traces only to s[1].
        casus.zet_top3(&[s[1]]).unwrap();
        assert_eq!(casus.top3.doelen().count(), 1);
    }

    #[test]
    fn doel_moet_teruggaan_op_top3() {
        let o = opzet();
        let s = &o.s;
        let mut basis = o.casus.clone();
        basis.zet_top3(&[s[0], s[1]]).unwrap();
        let fase = Fase::DirecteVeiligheid;
        // (under situation, doel text, traces to, expected)
        type Geval<'a> = (Uuid, &'a str, Vec<Uuid>, Result<(), Top3Fout>);
        let gevallen: Vec<Geval> = vec![
            (s[0], "Veilig slapen", vec![s[0]], Ok(())),
            (s[0], "Veilig slapen", vec![s[0], s[1]], Ok(())),
            (s[0], "  ", vec![s[0]], Err(Top3Fout::DoelZonderTekst)),
            (s[0], "Veilig", vec![], Err(Top3Fout::DoelZonderSituatie)),
            (
                s[0],
                "Veilig",
                vec![s[0], s[3]],
                Err(Top3Fout::DoelBuitenTop3),
            ),
            (s[3], "Veilig", vec![s[0]], Err(Top3Fout::NietInTop3)),
        ];
        for (onder, tekst, situaties, verwacht) in gevallen {
            let mut casus = basis.clone();
            let uitkomst = casus.voeg_doel_toe(onder, Doel::nieuw(tekst, fase, situaties.clone()));
            assert_eq!(uitkomst, verwacht, "{tekst:?} {situaties:?}");
            assert_eq!(casus.top3.doelen().count(), usize::from(uitkomst.is_ok()));
        }
        let mut casus = basis.clone();
        let doel = Doel::nieuw("Veilig", fase, vec![s[0]]);
        casus.voeg_doel_toe(s[0], doel.clone()).unwrap();
        assert_eq!(casus.voeg_doel_toe(s[1], doel), Err(Top3Fout::DubbelDoel));
    }

    #[test]
    fn koppel_risicofactor() {
        let o = opzet();
        let s = &o.s;
        let mut basis = o.casus.clone();
        basis.zet_top3(&[s[0]]).unwrap();
        // (situation, risicofactor, expected)
        let gevallen = [
            (s[0], o.r, Ok(())),
            (s[1], o.r, Err(Top3Fout::NietInTop3)),
            (
                s[0],
                o.x,
                Err(Top3Fout::GeenRisicofactor {
                    categorie: Categorie::Schade,
                }),
            ),
            (s[0], Uuid::new_v4(), Err(Top3Fout::OnbekendItem)),
        ];
        for (situatie, factor, verwacht) in gevallen {
            let mut casus = basis.clone();
            assert_eq!(casus.koppel_risicofactor(situatie, factor), verwacht);
        }
    }

    #[test]
    fn top3_is_een_lijst_in_json() {
        let o = opzet();
        let mut casus = o.casus;
        casus.zet_top3(&[o.s[1]]).unwrap();
        let json = serde_json::to_value(&casus.top3).unwrap();
        assert_eq!(
            json,
            serde_json::json!([{
                "situatieId": o.s[1].to_string(),
                "risicofactoren": [],
                "doelen": []
            }])
        );
    }
}
