//! Edits that reach across a casus: removing a betrokkene or an informatie-item, and moving an item
//! to another lane, each with every reference that must follow. The rule is here; the workspace
//! applies the same cascade in TypeScript for instant feedback (drag, keys, undo without a round
//! trip), and `export_bindings_bewerkingsfixtures` writes this function's results for a casus that
//! holds every kind of reference, which the UI's contract test replays — so the copies cannot drift.
//!
//! A vastgesteld or vervangen plan never changes ([`super::controleer_planwijzigingen`]): it keeps
//! its snapshot. A concept plan loses the link but keeps the text: a doel keeps its `situatie`
//! wording, a deelnemer or verspreiding keeps the name.

use uuid::Uuid;

use super::{Casus, Categorie, Kindcheck, Perspectief, Plan, Planstatus, Verspreiding};

/// Why a party cannot be added to a plan's verspreiding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Partijfout {
    /// The name is empty (or only spaces).
    Leeg,
    /// That party is already on the list ([`Verspreiding::zelfde_partij`]).
    Bestaat,
}

/// The name a verspreiding party is compared by: "Wijkteam " and "wijkteam" are one party.
pub fn partijsleutel(partij: &str) -> String {
    partij.trim().to_lowercase()
}

impl Plan {
    /// Add a party (a ketenpartner, say) to the verspreiding, trimmed; refuses an empty name or
    /// one already on the list. Whether the verspreiding may still change is the caller's check
    /// ([`Plan::verspreiding_bijhouden`]).
    pub fn partij_toevoegen(&mut self, partij: &str, rol: &str) -> Result<(), Partijfout> {
        let naam = partij.trim();
        if naam.is_empty() {
            return Err(Partijfout::Leeg);
        }
        let nieuw = Verspreiding {
            partij: naam.to_string(),
            rol: rol.trim().to_string(),
            betrokkene_id: None,
            ontvangen_op: None,
        };
        if self.verspreiding.iter().any(|v| v.zelfde_partij(&nieuw)) {
            return Err(Partijfout::Bestaat);
        }
        self.verspreiding.push(nieuw);
        Ok(())
    }
}

impl Casus {
    /// Remove betrokkene `id` and every reference to them. Returns false when there is none.
    pub fn betrokkene_verwijderen(&mut self, id: Uuid) -> bool {
        let voor = self.betrokkenen.len();
        self.betrokkenen.retain(|b| b.id != id);
        if self.betrokkenen.len() == voor {
            return false;
        }
        self.kindchecks.retain(|k| k.betrokkene_id != id);
        for item in &mut self.informatie {
            item.betrokkenen.retain(|b| *b != id);
        }
        for c in &mut self.concretiseringen {
            c.plegers.retain(|b| *b != id);
            c.slachtoffers.retain(|b| *b != id);
            c.belevingen.retain(|b| b.betrokkene_id != id);
        }
        self.taxatie.scores.retain(
            |s| !matches!(s.perspectief, Perspectief::Betrokkene { betrokkene_id } if betrokkene_id == id),
        );
        for plan in self
            .plannen
            .iter_mut()
            .filter(|p| p.status == Planstatus::Concept)
        {
            for d in &mut plan.inhoud.opgesteld_met {
                if d.betrokkene_id == Some(id) {
                    d.betrokkene_id = None;
                }
            }
            for v in &mut plan.verspreiding {
                if v.betrokkene_id == Some(id) {
                    v.betrokkene_id = None;
                }
            }
        }
        true
    }

    /// Record a kindcheck: one per betrokkene per day, so a second one on the same day replaces
    /// the first (a correction), and earlier days stay as the history.
    pub fn kindcheck_vastleggen(&mut self, kindcheck: Kindcheck) {
        self.kindchecks.retain(|k| {
            !(k.betrokkene_id == kindcheck.betrokkene_id && k.datum == kindcheck.datum)
        });
        self.kindchecks.push(kindcheck);
    }

    /// Remove informatie-item `id` and every reference to it. Returns false when there is none.
    pub fn item_verwijderen(&mut self, id: Uuid) -> bool {
        let voor = self.informatie.len();
        self.informatie.retain(|i| i.id != id);
        if self.informatie.len() == voor {
            return false;
        }
        self.situatie_loslaten(id);
        self.risicofactor_loslaten(id);
        true
    }

    /// Move informatie-item `id` to lane `naar`. Leaving "onveilige situatie" drops its
    /// concretisering, taxatie and top-3 place; leaving "risicofactor" unlinks it from the top 3.
    /// Returns false when nothing moved.
    pub fn item_ordenen(&mut self, id: Uuid, naar: Categorie) -> bool {
        let Some(item) = self.informatie.iter_mut().find(|i| i.id == id) else {
            return false;
        };
        let van = item.categorie;
        if van == naar {
            return false;
        }
        item.categorie = naar;
        match van {
            Categorie::OnveiligeSituatie => self.situatie_loslaten(id),
            Categorie::Risicofactor => self.risicofactor_loslaten(id),
            _ => {}
        }
        true
    }

    fn situatie_loslaten(&mut self, id: Uuid) {
        self.concretiseringen.retain(|c| c.informatie_id != id);
        self.taxatie.situaties.retain(|t| t.informatie_id != id);
        let weg: Vec<Uuid> = self
            .top3
            .plaatsen
            .iter()
            .filter(|p| p.situatie_id == id)
            .flat_map(|p| p.doelen.iter().map(|d| d.id))
            .collect();
        self.top3.plaatsen.retain(|p| p.situatie_id != id);
        for plaats in &mut self.top3.plaatsen {
            for doel in &mut plaats.doelen {
                doel.situaties.retain(|s| *s != id);
            }
        }
        for plan in self
            .plannen
            .iter_mut()
            .filter(|p| p.status == Planstatus::Concept)
        {
            for doel in &mut plan.inhoud.doelen {
                if doel.situatie_id == Some(id) {
                    doel.situatie_id = None;
                }
                if doel.doel_id.is_some_and(|d| weg.contains(&d)) {
                    doel.doel_id = None;
                }
            }
        }
    }

    fn risicofactor_loslaten(&mut self, id: Uuid) {
        for plaats in &mut self.top3.plaatsen {
            plaats.risicofactoren.retain(|r| *r != id);
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, TimeZone, Utc};
    use uuid::Uuid;

    use super::Partijfout;
    use crate::domain::{
        Beleving, Betrokkene, Casus, Categorie, Concretisering, Deelnemer, Doel, Fase, Informatie,
        JaNeeOnbekend, Kindcheck, Perspectief, Plansoort, Rol, SituatieTaxatie, Top3Plaats,
        VeiligOpgroeien, Veiligheidsscore, Verspreiding, valideer,
    };

    fn d(j: i32, m: u32, dag: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(j, m, dag).unwrap()
    }

    fn id(n: u128) -> Uuid {
        Uuid::from_u128(0xb0e0_0000_0000_4000_8000_0000_0000_0000 | n)
    }

    /// A small casus holding every kind of reference a cascade must follow, with fixed ids.
    fn casus() -> Casus {
        let mut c = Casus::nieuw(
            "B-1",
            "Bewerkingen",
            Utc.with_ymd_and_hms(2026, 1, 15, 9, 0, 0).unwrap(),
            d(2046, 1, 1),
        );
        c.id = id(0);
        let m = Betrokkene {
            id: id(1),
            ..Betrokkene::nieuw("M.", vec![Rol::Slachtoffer, Rol::OuderVerzorger])
        };
        let p = Betrokkene {
            id: id(2),
            ..Betrokkene::nieuw("P.", vec![Rol::Pleger, Rol::OuderVerzorger])
        };
        c.betrokkenen = vec![m, p];
        let item = |n, tekst: &str, categorie| Informatie {
            id: id(n),
            categorie,
            betrokkenen: vec![id(1), id(2)],
            ..Informatie::nieuw(tekst)
        };
        c.informatie = vec![
            item(10, "Slaat", Categorie::OnveiligeSituatie),
            item(11, "Dreigt", Categorie::OnveiligeSituatie),
            item(12, "Schulden", Categorie::Risicofactor),
            item(13, "Oma helpt", Categorie::BeschermendeFactor),
            item(14, "Slaapt slecht", Categorie::Schade),
            item(15, "Verhuisd", Categorie::NogTeOrdenen),
        ];
        for s in [10, 11] {
            c.concretiseringen.push(Concretisering {
                plegers: vec![id(2)],
                slachtoffers: vec![id(1)],
                belevingen: vec![Beleving {
                    betrokkene_id: id(1),
                    gezien: "g".into(),
                    gevoeld: "v".into(),
                }],
                ..Concretisering::voor(id(s))
            });
            c.taxatie.situaties.push(SituatieTaxatie::voor(id(s)));
        }
        c.taxatie.scores = vec![
            Veiligheidsscore {
                datum: d(2026, 2, 1),
                perspectief: Perspectief::Betrokkene {
                    betrokkene_id: id(1),
                },
                waarde: 4,
                toelichting: String::new(),
                onbekend: false,
            },
            Veiligheidsscore {
                datum: d(2026, 2, 1),
                perspectief: Perspectief::Professional,
                waarde: 3,
                toelichting: String::new(),
                onbekend: false,
            },
        ];
        c.top3.plaatsen = vec![
            Top3Plaats {
                situatie_id: id(10),
                risicofactoren: vec![id(12)],
                doelen: vec![Doel {
                    id: id(20),
                    ..Doel::nieuw("Geen slaan", Fase::DirecteVeiligheid, vec![id(10), id(11)])
                }],
            },
            Top3Plaats {
                situatie_id: id(11),
                risicofactoren: vec![id(12)],
                doelen: vec![Doel {
                    id: id(21),
                    ..Doel::nieuw("Geen dreiging", Fase::DirecteVeiligheid, vec![id(11)])
                }],
            },
        ];
        c.kindchecks.push(Kindcheck {
            betrokkene_id: id(2),
            datum: d(2026, 2, 1),
            zorgt_voor_minderjarigen: JaNeeOnbekend::Ja,
            veilig_opgroeien: VeiligOpgroeien::Zorgen,
            toelichting: String::new(),
        });
        let plan = c
            .plan_nieuw(Plansoort::Veiligheidsplan, d(2026, 2, 2))
            .unwrap();
        let plan = c.plannen.iter_mut().find(|p| p.id == plan).unwrap();
        plan.id = id(30);
        for (i, doel) in plan.inhoud.doelen.iter_mut().enumerate() {
            doel.id = id(40 + i as u128);
        }
        plan.inhoud.opgesteld_met = vec![Deelnemer {
            naam: "M.".into(),
            rol: "moeder".into(),
            betrokkene_id: Some(id(1)),
        }];
        plan.verspreiding = vec![Verspreiding {
            partij: "P.".into(),
            rol: "vader".into(),
            betrokkene_id: Some(id(2)),
            ontvangen_op: None,
        }];
        c
    }

    enum Op {
        BetrokkeneVerwijderen(u128),
        ItemVerwijderen(u128),
        ItemOrdenen(u128, Categorie),
        /// A kindcheck for betrokkene n on day (month, day) of 2026, "veilig" or "zorgen".
        KindcheckVastleggen(u128, u32, u32, VeiligOpgroeien),
        /// Add a party to the concept plan's verspreiding, with the expected refusal.
        PartijToevoegen(&'static str, &'static str, Option<Partijfout>),
    }

    const OPS: &[Op] = &[
        Op::BetrokkeneVerwijderen(1),
        Op::BetrokkeneVerwijderen(2),
        Op::ItemVerwijderen(10),
        Op::ItemVerwijderen(12),
        Op::ItemVerwijderen(13),
        Op::ItemOrdenen(10, Categorie::Risicofactor),
        Op::ItemOrdenen(11, Categorie::NogTeOrdenen),
        Op::ItemOrdenen(12, Categorie::Schade),
        Op::ItemOrdenen(12, Categorie::OnveiligeSituatie),
        Op::ItemOrdenen(15, Categorie::OnveiligeSituatie),
        Op::ItemOrdenen(14, Categorie::BeschermendeFactor),
        // The same day replaces (a correction); another day or person adds.
        Op::KindcheckVastleggen(2, 2, 1, VeiligOpgroeien::Ja),
        Op::KindcheckVastleggen(2, 2, 20, VeiligOpgroeien::Zorgen),
        Op::KindcheckVastleggen(1, 2, 1, VeiligOpgroeien::Onbekend),
        Op::PartijToevoegen(" Wijkteam Noord ", " ketenpartner ", None),
        Op::PartijToevoegen("Élise Ørsted", "", None),
        Op::PartijToevoegen("p.", "", Some(Partijfout::Bestaat)),
        Op::PartijToevoegen("  ", "rol", Some(Partijfout::Leeg)),
    ];

    /// Applies `op`; false when it changed nothing (a refusal or a no-op).
    fn toepassen(c: &mut Casus, op: &Op) -> bool {
        match *op {
            Op::BetrokkeneVerwijderen(n) => c.betrokkene_verwijderen(id(n)),
            Op::ItemVerwijderen(n) => c.item_verwijderen(id(n)),
            Op::ItemOrdenen(n, naar) => c.item_ordenen(id(n), naar),
            Op::KindcheckVastleggen(n, maand, dag, veilig) => {
                c.kindcheck_vastleggen(kindcheck(n, maand, dag, veilig));
                true
            }
            Op::PartijToevoegen(partij, rol, verwacht) => {
                let uitkomst = c.plannen[0].partij_toevoegen(partij, rol);
                assert_eq!(uitkomst.err(), verwacht, "{partij:?}");
                uitkomst.is_ok()
            }
        }
    }

    fn kindcheck(n: u128, maand: u32, dag: u32, veilig: VeiligOpgroeien) -> Kindcheck {
        Kindcheck {
            betrokkene_id: id(n),
            datum: d(2026, maand, dag),
            zorgt_voor_minderjarigen: JaNeeOnbekend::Ja,
            veilig_opgroeien: veilig,
            toelichting: format!("check {n} op {dag}-{maand}"),
        }
    }

    #[test]
    fn every_cascade_leaves_a_casus_the_core_accepts() {
        let vandaag = d(2026, 3, 1);
        assert_eq!(valideer(&casus(), vandaag), vec![]);
        for op in OPS {
            let mut c = casus();
            let veranderd = toepassen(&mut c, op);
            assert_eq!(
                veranderd,
                c != casus(),
                "false exactly when nothing changed"
            );
            assert_eq!(
                valideer(&c, vandaag),
                vec![],
                "after a cascade the casus is still valid"
            );
        }
        // The concept plan loses the link, keeps the words.
        let mut c = casus();
        c.item_verwijderen(id(10));
        let doel = &c.plannen[0].inhoud.doelen[0];
        assert_eq!((doel.situatie_id, doel.doel_id), (None, None));
        assert_eq!(doel.situatie, "Slaat");
        c.betrokkene_verwijderen(id(1));
        assert_eq!(c.plannen[0].inhoud.opgesteld_met[0].betrokkene_id, None);
        assert_eq!(c.plannen[0].inhoud.opgesteld_met[0].naam, "M.");
        assert!(
            !c.item_verwijderen(id(99)) && !c.item_ordenen(id(13), Categorie::BeschermendeFactor)
        );
    }

    /// The core's result of every cascade, for the UI's contract test (`bewerkingen.contract.test.ts`).
    #[test]
    fn export_bindings_bewerkingsfixtures() {
        let Some(dir) = std::env::var_os("TS_RS_EXPORT_DIR") else {
            return;
        };
        let json = |c: &Casus| serde_json::to_string(c).expect("casus serialises");
        let mut ts = String::from(
            "// Generated from src/domain/bewerking.rs by `cargo xtask bindings`. Do not edit: the core's\n\
             // edits (remove a betrokkene or item, move an item, record a kindcheck, add a party) on one casus.\n\n\
             export type Bewerking =\n  | { soort: 'betrokkeneVerwijderen'; id: string }\n  | { soort: 'itemVerwijderen'; id: string }\n  | { soort: 'itemOrdenen'; id: string; naar: string }\n  | { soort: 'kindcheckVastleggen'; kindcheck: unknown }\n  | { soort: 'partijToevoegen'; plan: string; partij: string; rol: string; fout: 'leeg' | 'bestaat' | null };\n\n",
        );
        ts.push_str(&format!(
            "export const CASUS: unknown = {};\n\n",
            json(&casus())
        ));
        ts.push_str("export const BEWERKINGEN: readonly { bewerking: Bewerking; uitkomst: unknown }[] = [\n");
        for op in OPS {
            let mut c = casus();
            toepassen(&mut c, op);
            let bewerking = match *op {
                Op::BetrokkeneVerwijderen(n) => {
                    format!("{{ soort: 'betrokkeneVerwijderen', id: '{}' }}", id(n))
                }
                Op::ItemVerwijderen(n) => {
                    format!("{{ soort: 'itemVerwijderen', id: '{}' }}", id(n))
                }
                Op::ItemOrdenen(n, naar) => format!(
                    "{{ soort: 'itemOrdenen', id: '{}', naar: {} }}",
                    id(n),
                    serde_json::to_string(&naar).expect("categorie")
                ),
                Op::KindcheckVastleggen(n, maand, dag, veilig) => format!(
                    "{{ soort: 'kindcheckVastleggen', kindcheck: {} }}",
                    serde_json::to_string(&kindcheck(n, maand, dag, veilig)).expect("kindcheck")
                ),
                Op::PartijToevoegen(partij, rol, fout) => format!(
                    "{{ soort: 'partijToevoegen', plan: '{}', partij: {}, rol: {}, fout: {} }}",
                    id(30),
                    serde_json::to_string(partij).expect("partij"),
                    serde_json::to_string(rol).expect("rol"),
                    match fout {
                        None => "null",
                        Some(Partijfout::Leeg) => "'leeg'",
                        Some(Partijfout::Bestaat) => "'bestaat'",
                    }
                ),
            };
            ts.push_str(&format!(
                "  {{ bewerking: {bewerking}, uitkomst: {} }},\n",
                json(&c)
            ));
        }
        ts.push_str("];\n");
        let dir = std::path::PathBuf::from(dir);
        std::fs::create_dir_all(&dir).expect("export dir");
        std::fs::write(dir.join("bewerkingsfixtures.ts"), ts).expect("write bewerkingsfixtures.ts");
    }
}
