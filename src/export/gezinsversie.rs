//! The **gezinsversie** of a plan: the same plan for the family, in plain Dutch (taalniveau B1:
//! short sentences, "wij spreken af", no jargon — [`super::gewone_taal`] replaces the
//! professionals' words in everything the professionals wrote), with the family's own latest
//! scores and words beside it, one function per section in the order the family reads it.
//! [DOMAIN: Plans; seed 000, 002: gezinsgericht, transparant]

use super::gewone_taal::in_gewone_taal;
use super::namen::Namen;
use super::pdf::{Blok, kolommen, leeg_streep};
use super::plandocument::{al_genoemd, met_rol, ondertekenaars};
use crate::domain::benamingen::datum_tekst;
use crate::domain::{
    Afspraak, Casus, JaNeeOnbekend, Perspectief, Plan, Planinhoud, Plansoort, Planstatus, Rol,
};

/// A text the professionals wrote, for the family: names replaced, jargon in plain words.
struct Gewoon<'a>(&'a Namen);

impl Gewoon<'_> {
    fn zeg(&self, tekst: &str) -> String {
        in_gewone_taal(&self.0.vervang(tekst))
    }
}

/// The family's version of `plan` in `casus`, names replaced through `namen`.
pub(super) fn gezinsversie(casus: &Casus, plan: &Plan, namen: &Namen) -> Vec<Blok> {
    let i = &plan.inhoud;
    let mut b = inleiding(casus, plan);
    b.extend(eigen_woorden(casus, namen));
    b.extend(makers(i, namen));
    b.extend(voorwaarden(i, namen));
    b.extend(doelen(i, namen));
    b.extend(signalen(i, namen));
    b.extend(helpers(i, namen));
    b.extend(noodnummers(i));
    b.extend(evaluatie(i, namen));
    b.extend(bespreking(plan, namen));
    b.extend(handtekeningen(plan, namen));
    b
}

/// Who the plan is for, in words that fit the household: one person, a family with children, or
/// adults together.
fn voor_wie(casus: &Casus) -> &'static str {
    let kinderen = casus
        .betrokkenen
        .iter()
        .any(|b| b.minderjarig == Some(true) || b.rollen.contains(&Rol::Kind));
    match casus.betrokkenen.len() {
        0 | 1 => "dat je veilig bent",
        _ if kinderen => "dat iedereen in het gezin veilig is",
        _ => "dat iedereen thuis veilig is",
    }
}

/// Title, what this plan is, and a warning on a concept.
fn inleiding(casus: &Casus, plan: &Plan) -> Vec<Blok> {
    let titel = match plan.soort {
        Plansoort::Veiligheidsplan => "Ons veiligheidsplan",
        Plansoort::Hulpverleningsplan => "Ons plan voor de hulp",
        Plansoort::Herstelplan => "Ons plan voor herstel",
    };
    let wanneer = plan
        .vastgesteld
        .as_ref()
        .map(|v| format!(" op {}", datum_tekst(v.datum)))
        .unwrap_or_default();
    let mut b = vec![
        Blok::Titel(titel.to_string()),
        Blok::Alinea(format!(
            "Dit plan hebben wij samen gemaakt{wanneer}. Hierin staat wat wij afspreken. Het doel is \
             {}. Dit is versie {} van het plan.",
            voor_wie(casus),
            plan.versie
        )),
    ];
    if plan.status == Planstatus::Concept {
        b.push(Blok::Alinea(
            "Let op: dit plan is nog niet af. Wij praten er nog samen over.".into(),
        ));
    }
    b
}

/// How safe the family members say it is now: each one's latest score and, in their own words,
/// why. Their words are printed as they said them (only names are replaced).
fn eigen_woorden(casus: &Casus, namen: &Namen) -> Vec<Blok> {
    let regels: Vec<String> = casus
        .taxatie
        .laatste_scores_per_perspectief()
        .into_iter()
        .filter_map(|s| match s.perspectief {
            Perspectief::Betrokkene { betrokkene_id } => {
                let wie = casus.betrokkene(betrokkene_id)?;
                let kern = wie.naam.split('(').next().unwrap_or_default().trim();
                let mut regel = match s.bekende_waarde() {
                    Some(w) => format!(
                        "{} gaf op {} een {w} van de 10.",
                        namen.vervang(kern),
                        datum_tekst(s.datum)
                    ),
                    None => format!(
                        "{}: op {} (nog) niet te zeggen.",
                        namen.vervang(kern),
                        datum_tekst(s.datum)
                    ),
                };
                if !s.toelichting.trim().is_empty() {
                    regel.push_str(&format!(
                        " \u{201c}{}\u{201d}",
                        namen.vervang(s.toelichting.trim())
                    ));
                }
                Some(regel)
            }
            _ => None,
        })
        .collect();
    if regels.is_empty() {
        return Vec::new();
    }
    vec![
        Blok::Kop("Hoe veilig voelt het nu?".into()),
        Blok::Alinea(
            "Van 0 (helemaal niet veilig) tot 10 (helemaal veilig). Dit zeiden jullie zelf:".into(),
        ),
        Blok::Opsomming(regels),
    ]
}

/// Who made the plan, with the casusregisseur as the one who "houdt het overzicht".
fn makers(i: &Planinhoud, namen: &Namen) -> Vec<Blok> {
    let n = |s: &str| Gewoon(namen).zeg(s);
    let mut makers: Vec<String> = i
        .opgesteld_met
        .iter()
        .map(|d| met_rol(&n(&d.naam), &n(&d.rol)))
        .collect();
    if !i.casusregisseur.trim().is_empty() && !al_genoemd(&i.opgesteld_met, &i.casusregisseur) {
        makers.push(format!("{} (houdt het overzicht)", n(&i.casusregisseur)));
    }
    vec![
        Blok::Kop("Wie hebben dit plan gemaakt?".into()),
        Blok::Opsomming(makers),
    ]
}

fn voorwaarden(i: &Planinhoud, namen: &Namen) -> Vec<Blok> {
    if i.veiligheidsvoorwaarden.is_empty() {
        return Vec::new();
    }
    vec![
        Blok::Kop("Wat moet er altijd gebeuren?".into()),
        Blok::Opsomming(
            i.veiligheidsvoorwaarden
                .iter()
                .filter(|v| !v.trim().is_empty())
                .map(|v| Gewoon(namen).zeg(v))
                .collect(),
        ),
    ]
}

/// Each doel with "wij spreken af" and its afspraken.
fn doelen(i: &Planinhoud, namen: &Namen) -> Vec<Blok> {
    let mut b = vec![Blok::Kop("Wat willen wij bereiken?".into())];
    for doel in &i.doelen {
        let tekst = if doel.gewone_taal.trim().is_empty() {
            &doel.tekst
        } else {
            &doel.gewone_taal
        };
        b.push(Blok::Subkop(leeg_streep(&Gewoon(namen).zeg(tekst))));
        if doel.afspraken.is_empty() {
            continue;
        }
        b.push(Blok::Alinea("Wij spreken af:".into()));
        for a in &doel.afspraken {
            b.push(Blok::Velden(afspraak(a, namen)));
            b.push(Blok::Ruimte(2.0));
        }
    }
    b
}

/// Wie and wat always; wanneer, toezicht and "als het niet lukt" when filled in.
fn afspraak(a: &Afspraak, namen: &Namen) -> Vec<(String, String)> {
    let n = |s: &str| Gewoon(namen).zeg(s);
    let wat = if a.gewone_taal.trim().is_empty() {
        &a.wat
    } else {
        &a.gewone_taal
    };
    let mut velden = vec![("Wie".to_string(), n(&a.wie)), ("Wat".to_string(), n(wat))];
    for (label, waarde) in [
        ("Wanneer", &a.wanneer),
        ("Wie let hierop", &a.toezicht),
        ("Als het niet lukt", &a.als_niet_nagekomen),
    ] {
        if !waarde.trim().is_empty() {
            velden.push((label.to_string(), n(waarde)));
        }
    }
    velden
}

fn signalen(i: &Planinhoud, namen: &Namen) -> Vec<Blok> {
    if i.signalen.is_empty() {
        return Vec::new();
    }
    vec![
        Blok::Kop("Waar letten wij op?".into()),
        Blok::Tabel {
            kolommen: kolommen(&[("Als je dit merkt", 1.0), ("Dan doe je dit", 1.2)]),
            rijen: i
                .signalen
                .iter()
                .map(|s| vec![Gewoon(namen).zeg(&s.signaal), Gewoon(namen).zeg(&s.wat_dan)])
                .collect(),
        },
    ]
}

/// The netwerk: who helps, with their task and telephone number.
fn helpers(i: &Planinhoud, namen: &Namen) -> Vec<Blok> {
    if i.netwerk.is_empty() {
        return Vec::new();
    }
    let n = |s: &str| Gewoon(namen).zeg(s);
    vec![
        Blok::Kop("Wie helpen ons?".into()),
        Blok::Opsomming(
            i.netwerk
                .iter()
                .map(|p| {
                    let mut regel = met_rol(&n(&p.naam), &n(&p.rol));
                    if !p.taak.trim().is_empty() {
                        regel.push_str(&format!(": {}", n(&p.taak)));
                    }
                    if !p.telefoon.trim().is_empty() {
                        regel.push_str(&format!(" Telefoon: {}.", p.telefoon));
                    }
                    regel
                })
                .collect(),
        ),
    ]
}

fn noodnummers(i: &Planinhoud) -> Vec<Blok> {
    vec![
        Blok::Kop("Wie bel je als het niet veilig is?".into()),
        Blok::Opsomming(
            i.noodnummers
                .iter()
                .map(|x| {
                    format!(
                        "{}: bel {}. {}",
                        x.naam,
                        x.nummer,
                        in_gewone_taal(&x.wanneer)
                    )
                })
                .collect(),
        ),
    ]
}

fn evaluatie(i: &Planinhoud, namen: &Namen) -> Vec<Blok> {
    let zin = match (i.evaluatie.datum, i.evaluatie.met_wie.trim()) {
        (Some(d), "") => format!("Op {} praten wij over hoe het gaat.", datum_tekst(d)),
        (Some(d), wie) => format!(
            "Op {} praten wij met {} over hoe het gaat.",
            datum_tekst(d),
            Gewoon(namen).zeg(wie)
        ),
        (None, _) => "Wij spreken nog een datum af om te praten over hoe het gaat.".to_string(),
    };
    vec![
        Blok::Kop("Wanneer kijken wij of het plan werkt?".into()),
        Blok::Alinea(zin),
    ]
}

/// Whether the plan was discussed with the family, and whether they agree, in their terms.
fn bespreking(plan: &Plan, namen: &Namen) -> Vec<Blok> {
    let Some(b) = &plan.bespreking else {
        return Vec::new();
    };
    let datum = datum_tekst(b.datum);
    let toelichting = namen.vervang(b.toelichting.trim());
    let mut zin = match b.akkoord {
        JaNeeOnbekend::Ja => format!(
            "Op {datum} hebben wij dit plan met jullie besproken. Jullie zijn het eens met het plan."
        ),
        JaNeeOnbekend::Nee => format!(
            "Op {datum} hebben wij dit plan met jullie besproken. Jullie zijn het (nog) niet eens met het plan."
        ),
        JaNeeOnbekend::Onbekend => format!(
            "Op {datum} hebben wij dit plan met jullie besproken. Of jullie het eens zijn, weten wij nog niet."
        ),
    };
    if !toelichting.is_empty() {
        zin.push_str(&format!(" Jullie zeiden: \u{201c}{toelichting}\u{201d}"));
    }
    vec![
        Blok::Kop("Hebben wij het plan samen besproken?".into()),
        Blok::Alinea(zin),
    ]
}

fn handtekeningen(plan: &Plan, namen: &Namen) -> Vec<Blok> {
    if !plan.inhoud.ondertekening {
        return Vec::new();
    }
    vec![
        Blok::Kop("Handtekeningen".into()),
        Blok::Alinea(
            "Met onze handtekening laten wij zien dat wij het eens zijn met dit plan.".into(),
        ),
        Blok::Handtekeningen(ondertekenaars(plan, namen)),
    ]
}

#[cfg(test)]
mod tests {
    use chrono::Utc;

    use super::*;
    use crate::domain::{Betrokkene, Rol};

    fn casus(rollen: &[&[Rol]]) -> Casus {
        let mut c = Casus::nieuw("G-1", "", Utc::now(), chrono::NaiveDate::MAX);
        c.betrokkenen = rollen
            .iter()
            .enumerate()
            .map(|(i, r)| Betrokkene::nieuw(format!("Persoon {i}"), r.to_vec()))
            .collect();
        c
    }

    #[test]
    fn the_opening_sentence_fits_the_household() {
        let gevallen: [(&[&[Rol]], &str); 4] = [
            (&[&[Rol::Slachtoffer]], "dat je veilig bent"),
            (
                &[&[Rol::Slachtoffer], &[Rol::Pleger]],
                "dat iedereen thuis veilig is",
            ),
            (
                &[&[Rol::OuderVerzorger], &[Rol::Kind]],
                "dat iedereen in het gezin veilig is",
            ),
            (&[], "dat je veilig bent"),
        ];
        for (rollen, verwacht) in gevallen {
            assert_eq!(voor_wie(&casus(rollen)), verwacht, "{rollen:?}");
        }
    }

    #[test]
    fn the_family_reads_plain_words_and_its_own() {
        let mut c = casus(&[&[Rol::Slachtoffer], &[Rol::Pleger]]);
        let moeder = c.betrokkenen[0].id;
        c.taxatie.scores.push(crate::domain::Veiligheidsscore {
            datum: chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
            perspectief: Perspectief::Betrokkene {
                betrokkene_id: moeder,
            },
            waarde: 4,
            // Their own words, jargon and all, stay as they said them.
            toelichting: "Sinds het huisverbod slaap ik beter.".into(),
            onbekend: false,
        });
        let mut a = Afspraak::leeg();
        a.wie = "Casusregisseur".into();
        a.wat = "Bespreekt het huisverbod in het MDA++".into();
        let velden = afspraak(&a, &Namen::geen());
        assert_eq!(
            velden,
            [
                ("Wie".to_string(), "Hulpverlener die het overzicht houdt".to_string()),
                (
                    "Wat".to_string(),
                    "Bespreekt het verbod om een tijd thuis te komen in het overleg van hulpverleners"
                        .to_string()
                ),
            ]
        );
        let woorden = eigen_woorden(&c, &Namen::geen());
        assert_eq!(
            woorden.last(),
            Some(&Blok::Opsomming(vec![
                "Persoon 0 gaf op 01-03-2026 een 4 van de 10. \u{201c}Sinds het huisverbod slaap ik beter.\u{201d}"
                    .to_string()
            ]))
        );
    }
}
