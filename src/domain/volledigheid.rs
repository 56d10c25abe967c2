//! "Wat ontbreekt nog": per part of the casus (betrokkenen and the four TOP-3 steps) how far it is
//! ("3 van 5 situaties concreet") and what is still missing, as Dutch sentences. Signals, not
//! blockers: nothing here stops the professional. [seed 000; UX.md: the method is the navigation]

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::benamingen::{aantal, opsomming, zinseinde};
use super::{Casus, Categorie, TOP3_MAXIMUM};

/// A part of the casus, in the order of the navigation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum Onderdeel {
    /// The people, their roles and the kindcheck.
    Betrokkenen,
    /// Step 1.
    Ordenen,
    /// Step 2.
    Concretiseren,
    /// Step 3.
    Taxeren,
    /// Step 4.
    Prioriteren,
}

impl Onderdeel {
    /// Label as in the navigation.
    pub fn label(self) -> &'static str {
        match self {
            Onderdeel::Betrokkenen => "Betrokkenen",
            Onderdeel::Ordenen => "1 Ordenen",
            Onderdeel::Concretiseren => "2 Concretiseren",
            Onderdeel::Taxeren => "3 Taxeren",
            Onderdeel::Prioriteren => "4 Prioriteren",
        }
    }
}

/// How far one part is, and what is missing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Volledigheid {
    /// Which part.
    pub onderdeel: Onderdeel,
    /// Progress in a few words ("3 van 5 situaties concreet").
    pub stand: String,
    /// What is still missing, one sentence each; empty when complete.
    pub ontbreekt: Vec<String>,
}

impl Volledigheid {
    /// Nothing is missing.
    pub fn is_compleet(&self) -> bool {
        self.ontbreekt.is_empty()
    }
}

/// What is complete and what is missing, for every part, in navigation order.
pub fn volledigheid(casus: &Casus, vandaag: NaiveDate) -> Vec<Volledigheid> {
    vec![
        betrokkenen(casus, vandaag),
        ordenen(casus),
        concretiseren(casus),
        taxeren(casus),
        prioriteren(casus),
    ]
}

/// "1 van 5 onveilige situaties is …" / "2 van 5 onveilige situaties zijn …".
fn van_situaties(deel: usize, totaal: usize, rest: &str) -> String {
    let werkwoord = if deel == 1 { "is" } else { "zijn" };
    format!("{deel} van {totaal} onveilige situaties {werkwoord} {rest}")
}

fn betrokkenen(casus: &Casus, vandaag: NaiveDate) -> Volledigheid {
    let mut ontbreekt = Vec::new();
    if casus.betrokkenen.is_empty() {
        ontbreekt.push("Er zijn nog geen betrokkenen.".to_string());
    }
    let zonder_rol: Vec<&str> = casus
        .betrokkenen
        .iter()
        .filter(|b| b.rollen.is_empty())
        .map(|b| b.naam.as_str())
        .collect();
    if !zonder_rol.is_empty() {
        ontbreekt.push(format!("Nog geen rol voor: {}.", zinseinde(&zonder_rol)));
    }
    let zonder_kindcheck: Vec<&str> = casus
        .kindcheck_ontbreekt(vandaag)
        .into_iter()
        .map(|b| b.naam.as_str())
        .collect();
    if !zonder_kindcheck.is_empty() {
        ontbreekt.push(format!(
            "Kindcheck ontbreekt voor: {}.",
            zinseinde(&zonder_kindcheck)
        ));
    }
    Volledigheid {
        onderdeel: Onderdeel::Betrokkenen,
        stand: aantal(casus.betrokkenen.len(), "betrokkene", "betrokkenen"),
        ontbreekt,
    }
}

fn ordenen(casus: &Casus) -> Volledigheid {
    let items = &casus.informatie;
    let mut ontbreekt = Vec::new();
    let te_ordenen = items
        .iter()
        .filter(|i| i.categorie == Categorie::NogTeOrdenen)
        .count();
    let zonder_bron = items.iter().filter(|i| i.bron.trim().is_empty()).count();
    let zonder_aard = items.iter().filter(|i| i.aard.is_none()).count();
    if items.is_empty() {
        ontbreekt.push("Er is nog geen informatie.".to_string());
    } else if casus.onveilige_situaties().next().is_none() {
        ontbreekt.push("Er is nog geen onveilige situatie.".to_string());
    }
    if te_ordenen > 0 {
        ontbreekt.push(format!(
            "Nog {} te ordenen.",
            aantal(te_ordenen, "informatie-item", "informatie-items")
        ));
    }
    if zonder_bron > 0 {
        ontbreekt.push(if zonder_bron == 1 {
            "1 informatie-item heeft nog geen bron.".to_string()
        } else {
            format!("{zonder_bron} informatie-items hebben nog geen bron.")
        });
    }
    if zonder_aard > 0 {
        ontbreekt.push(if zonder_aard == 1 {
            "1 informatie-item is nog niet als feit of zorg aangemerkt.".to_string()
        } else {
            format!("{zonder_aard} informatie-items zijn nog niet als feit of zorg aangemerkt.")
        });
    }
    Volledigheid {
        onderdeel: Onderdeel::Ordenen,
        stand: format!(
            "{} van {} geordend",
            items.len() - te_ordenen,
            aantal(items.len(), "item", "items")
        ),
        ontbreekt,
    }
}

fn concretiseren(casus: &Casus) -> Volledigheid {
    let totaal = casus.onveilige_situaties().count();
    let concreet = casus
        .onveilige_situaties()
        .filter(|s| casus.concretisering(s.id).is_some_and(|c| c.is_concreet()))
        .count();
    let mut ontbreekt = Vec::new();
    if totaal == 0 {
        ontbreekt.push("Er zijn nog geen onveilige situaties om te concretiseren.".to_string());
    } else if concreet < totaal {
        ontbreekt.push(format!(
            "{}.",
            van_situaties(totaal - concreet, totaal, "nog niet concreet")
        ));
    }
    Volledigheid {
        onderdeel: Onderdeel::Concretiseren,
        stand: format!("{concreet} van {totaal} situaties concreet"),
        ontbreekt,
    }
}

fn taxeren(casus: &Casus) -> Volledigheid {
    let totaal = casus.onveilige_situaties().count();
    let getaxeerd = casus
        .onveilige_situaties()
        .filter(|s| {
            casus
                .taxatie
                .van_situatie(s.id)
                .is_some_and(|t| t.is_volledig())
        })
        .count();
    let mut ontbreekt = Vec::new();
    if totaal == 0 {
        ontbreekt.push("Er zijn nog geen onveilige situaties om te taxeren.".to_string());
    } else if getaxeerd < totaal {
        ontbreekt.push(format!(
            "{}.",
            van_situaties(totaal - getaxeerd, totaal, "nog niet getaxeerd")
        ));
    }
    if casus.taxatie.scores.is_empty() {
        ontbreekt.push("Er is nog geen veiligheidsscore.".to_string());
    }
    Volledigheid {
        onderdeel: Onderdeel::Taxeren,
        stand: format!("{getaxeerd} van {totaal} situaties getaxeerd"),
        ontbreekt,
    }
}

fn prioriteren(casus: &Casus) -> Volledigheid {
    let totaal = casus.onveilige_situaties().count();
    let plaatsen = &casus.top3.plaatsen;
    let mut ontbreekt = Vec::new();
    if totaal == 0 {
        ontbreekt.push("Er zijn nog geen onveilige situaties om te prioriteren.".to_string());
    } else if plaatsen.is_empty() {
        ontbreekt.push("Er staat nog geen situatie in de top 3.".to_string());
    } else {
        let te_kiezen = totaal.min(TOP3_MAXIMUM).saturating_sub(plaatsen.len());
        if te_kiezen > 0 {
            ontbreekt.push(format!(
                "Kies nog {} voor de top 3.",
                aantal(te_kiezen, "situatie", "situaties")
            ));
        }
    }
    let plaatsnummers = |zonder: &dyn Fn(usize) -> bool| -> Vec<String> {
        (0..plaatsen.len())
            .filter(|&i| zonder(i))
            .map(|i| (i + 1).to_string())
            .collect()
    };
    let zin = |nummers: Vec<String>, wat: &str| {
        let werkwoord = if nummers.len() == 1 {
            "heeft"
        } else {
            "hebben"
        };
        format!(
            "Plaats {} van de top 3 {werkwoord} nog geen {wat}.",
            opsomming(&nummers)
        )
    };
    let zonder_risicofactor = plaatsnummers(&|i| plaatsen[i].risicofactoren.is_empty());
    if !zonder_risicofactor.is_empty() {
        ontbreekt.push(zin(zonder_risicofactor, "risicofactor"));
    }
    let zonder_doel = plaatsnummers(&|i| plaatsen[i].doelen.is_empty());
    if !zonder_doel.is_empty() {
        ontbreekt.push(zin(zonder_doel, "doel"));
    }
    Volledigheid {
        onderdeel: Onderdeel::Prioriteren,
        stand: format!("{} van {TOP3_MAXIMUM} plaatsen gekozen", plaatsen.len()),
        ontbreekt,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{
        Aard, Betrokkene, Concretisering, Doel, Ernst, Fase, Frequentie, Informatie, Onveiligheid,
        Perspectief, Rol, SituatieTaxatie, Veiligheidsscore, Wanneer,
    };
    use chrono::Utc;
    use uuid::Uuid;

    fn d(j: i32, m: u32, dag: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(j, m, dag).unwrap()
    }

    /// A compact description of a casus for the table below.
    #[derive(Default, Clone, Copy)]
    struct Invoer {
        /// Betrokkenen: (naam, has a role).
        betrokkenen: &'static [(&'static str, bool)],
        /// Informatie-items: (categorie, with bron, with aard).
        items: &'static [(Categorie, bool, bool)],
        /// How many of the onveilige situaties (in order) are concrete.
        concreet: usize,
        /// How many are fully taxed.
        getaxeerd: usize,
        /// Any veiligheidsscore.
        score: bool,
        /// How many situations in the top 3; each with (risicofactor, doel).
        top3: &'static [(bool, bool)],
    }

    fn bouw(invoer: Invoer) -> Casus {
        let mut casus = Casus::nieuw("C-1", "", Utc::now(), d(2031, 1, 1));
        for &(naam, met_rol) in invoer.betrokkenen {
            let rollen = if met_rol { vec![Rol::Kind] } else { vec![] };
            casus.betrokkenen.push(Betrokkene {
                minderjarig: Some(met_rol),
                ..Betrokkene::nieuw(naam, rollen)
            });
        }
        for &(categorie, met_bron, met_aard) in invoer.items {
            casus.informatie.push(Informatie {
                categorie,
                bron: if met_bron {
                    "moeder".into()
                } else {
                    String::new()
                },
                aard: met_aard.then_some(Aard::Feit),
                ..Informatie::nieuw("iets")
            });
        }
        let risicofactor = Informatie {
            categorie: Categorie::Risicofactor,
            bron: "vader".into(),
            aard: Some(Aard::Zorg),
            ..Informatie::nieuw("schulden")
        };
        let situaties: Vec<Uuid> = casus.onveilige_situaties().map(|s| s.id).collect();
        for &id in situaties.iter().take(invoer.concreet) {
            casus.concretiseringen.push(Concretisering {
                plegers: vec![Uuid::new_v4()],
                slachtoffers: vec![Uuid::new_v4()],
                wat: "slaat".into(),
                wanneer: Some(Wanneer::Datum {
                    datum: d(2026, 1, 1),
                }),
                ..Concretisering::voor(id)
            });
        }
        for &id in situaties.iter().take(invoer.getaxeerd) {
            casus.taxatie.situaties.push(SituatieTaxatie {
                onveiligheid: Some(Onveiligheid::Structureel),
                ernst: Some(Ernst::Ernstig),
                frequentie: Some(Frequentie::Herhaaldelijk),
                ..SituatieTaxatie::voor(id)
            });
        }
        if invoer.score {
            casus.taxatie.scores.push(Veiligheidsscore {
                datum: d(2026, 2, 1),
                perspectief: Perspectief::Professional,
                waarde: 4,
                toelichting: String::new(),
                onbekend: false,
            });
        }
        if !invoer.top3.is_empty() {
            let factor = risicofactor.id;
            casus.informatie.push(risicofactor);
            casus.zet_top3(&situaties[..invoer.top3.len()]).unwrap();
            for (i, &(met_factor, met_doel)) in invoer.top3.iter().enumerate() {
                let s = situaties[i];
                if met_factor {
                    casus.koppel_risicofactor(s, factor).unwrap();
                }
                if met_doel {
                    let doel = Doel::nieuw("veilig", Fase::DirecteVeiligheid, vec![s]);
                    casus.voeg_doel_toe(s, doel).unwrap();
                }
            }
        }
        casus
    }

    const OS: Categorie = Categorie::OnveiligeSituatie;
    const NTO: Categorie = Categorie::NogTeOrdenen;
    const RF: Categorie = Categorie::Risicofactor;

    fn check(onderdeel: Onderdeel, invoer: Invoer, stand: &str, ontbreekt: &[&str]) {
        let alles = volledigheid(&bouw(invoer), d(2026, 11, 23));
        let v = alles
            .iter()
            .find(|v| v.onderdeel == onderdeel)
            .unwrap()
            .clone();
        assert_eq!(v.stand, stand, "{onderdeel:?}");
        assert_eq!(v.ontbreekt, ontbreekt, "{onderdeel:?}");
        assert_eq!(v.is_compleet(), ontbreekt.is_empty());
    }

    #[test]
    fn volgorde_van_de_navigatie() {
        let alles = volledigheid(&bouw(Invoer::default()), d(2026, 11, 23));
        let onderdelen: Vec<_> = alles.iter().map(|v| v.onderdeel.label()).collect();
        assert_eq!(
            onderdelen,
            [
                "Betrokkenen",
                "1 Ordenen",
                "2 Concretiseren",
                "3 Taxeren",
                "4 Prioriteren"
            ]
        );
    }

    #[test]
    fn betrokkenen() {
        use Onderdeel::Betrokkenen as B;
        check(
            B,
            Invoer::default(),
            "0 betrokkenen",
            &["Er zijn nog geen betrokkenen."],
        );
        // Without a role here = explicitly adult (see `bouw`), so also a kindcheck is missing.
        check(
            B,
            Invoer {
                betrokkenen: &[("M.", false), ("K.", true), ("Jan", false)],
                ..Invoer::default()
            },
            "3 betrokkenen",
            &[
                "Nog geen rol voor: M. en Jan.",
                "Kindcheck ontbreekt voor: M. en Jan.",
            ],
        );
        check(
            B,
            Invoer {
                betrokkenen: &[("M.", false)],
                ..Invoer::default()
            },
            "1 betrokkene",
            &["Nog geen rol voor: M.", "Kindcheck ontbreekt voor: M."],
        );
        check(
            B,
            Invoer {
                betrokkenen: &[("K.", true)],
                ..Invoer::default()
            },
            "1 betrokkene",
            &[],
        );
    }

    #[test]
    fn ordenen() {
        use Onderdeel::Ordenen as O;
        check(
            O,
            Invoer::default(),
            "0 van 0 items geordend",
            &["Er is nog geen informatie."],
        );
        check(
            O,
            Invoer {
                items: &[
                    (NTO, false, false),
                    (NTO, true, false),
                    (NTO, true, true),
                    (RF, true, true),
                ],
                ..Invoer::default()
            },
            "1 van 4 items geordend",
            &[
                "Er is nog geen onveilige situatie.",
                "Nog 3 informatie-items te ordenen.",
                "1 informatie-item heeft nog geen bron.",
                "2 informatie-items zijn nog niet als feit of zorg aangemerkt.",
            ],
        );
        check(
            O,
            Invoer {
                items: &[(OS, false, true), (NTO, false, false)],
                ..Invoer::default()
            },
            "1 van 2 items geordend",
            &[
                "Nog 1 informatie-item te ordenen.",
                "2 informatie-items hebben nog geen bron.",
                "1 informatie-item is nog niet als feit of zorg aangemerkt.",
            ],
        );
        check(
            O,
            Invoer {
                items: &[(OS, true, true)],
                ..Invoer::default()
            },
            "1 van 1 item geordend",
            &[],
        );
    }

    const VIJF: &[(Categorie, bool, bool)] = &[
        (OS, true, true),
        (OS, true, true),
        (OS, true, true),
        (OS, true, true),
        (OS, true, true),
    ];

    #[test]
    fn concretiseren() {
        use Onderdeel::Concretiseren as C;
        // (concrete situations of 5, stand, missing)
        let gevallen: [(usize, &str, &[&str]); 4] = [
            (
                3,
                "3 van 5 situaties concreet",
                &["2 van 5 onveilige situaties zijn nog niet concreet."],
            ),
            (
                4,
                "4 van 5 situaties concreet",
                &["1 van 5 onveilige situaties is nog niet concreet."],
            ),
            (
                0,
                "0 van 5 situaties concreet",
                &["5 van 5 onveilige situaties zijn nog niet concreet."],
            ),
            (5, "5 van 5 situaties concreet", &[]),
        ];
        for (concreet, stand, ontbreekt) in gevallen {
            let invoer = Invoer {
                items: VIJF,
                concreet,
                ..Invoer::default()
            };
            check(C, invoer, stand, ontbreekt);
        }
        check(
            C,
            Invoer::default(),
            "0 van 0 situaties concreet",
            &["Er zijn nog geen onveilige situaties om te concretiseren."],
        );
    }

    #[test]
    fn taxeren() {
        use Onderdeel::Taxeren as T;
        // (taxed of 5, score, stand, missing)
        let gevallen: [(usize, bool, &str, &[&str]); 3] = [
            (
                2,
                false,
                "2 van 5 situaties getaxeerd",
                &[
                    "3 van 5 onveilige situaties zijn nog niet getaxeerd.",
                    "Er is nog geen veiligheidsscore.",
                ],
            ),
            (
                5,
                false,
                "5 van 5 situaties getaxeerd",
                &["Er is nog geen veiligheidsscore."],
            ),
            (5, true, "5 van 5 situaties getaxeerd", &[]),
        ];
        for (getaxeerd, score, stand, ontbreekt) in gevallen {
            let invoer = Invoer {
                items: VIJF,
                getaxeerd,
                score,
                ..Invoer::default()
            };
            check(T, invoer, stand, ontbreekt);
        }
    }

    #[test]
    fn prioriteren() {
        use Onderdeel::Prioriteren as P;
        // (situations, top 3 as (risicofactor, doel), stand, missing)
        let twee: &[(Categorie, bool, bool)] = &[(OS, true, true), (OS, true, true)];
        type Geval<'a> = (
            &'a [(Categorie, bool, bool)],
            &'a [(bool, bool)],
            &'a str,
            &'a [&'a str],
        );
        let gevallen: [Geval; 6] = [
            (
                &[],
                &[],
                "0 van 3 plaatsen gekozen",
                &["Er zijn nog geen onveilige situaties om te prioriteren."],
            ),
            (
                VIJF,
                &[],
                "0 van 3 plaatsen gekozen",
                &["Er staat nog geen situatie in de top 3."],
            ),
            (
                VIJF,
                &[(true, true)],
                "1 van 3 plaatsen gekozen",
                &["Kies nog 2 situaties voor de top 3."],
            ),
            (
                VIJF,
                &[(true, false), (false, true), (false, false)],
                "3 van 3 plaatsen gekozen",
                &[
                    "Plaats 2 en 3 van de top 3 hebben nog geen risicofactor.",
                    "Plaats 1 en 3 van de top 3 hebben nog geen doel.",
                ],
            ),
            (
                twee,
                &[(true, true), (true, false)],
                "2 van 3 plaatsen gekozen",
                &["Plaats 2 van de top 3 heeft nog geen doel."],
            ),
            (
                twee,
                &[(true, true), (true, true)],
                "2 van 3 plaatsen gekozen",
                &[],
            ),
        ];
        for (items, top3, stand, ontbreekt) in gevallen {
            let invoer = Invoer {
                items,
                top3,
                ..Invoer::default()
            };
            check(P, invoer, stand, ontbreekt);
        }
    }
}
