//! The **gezinsversie** of a plan: the same plan for the family, in plain Dutch (taalniveau B1:
//! short sentences, "wij spreken af", no jargon), one function per section in the order the
//! family reads it. [DOMAIN: Plans; seed 000, 002: gezinsgericht, transparant]

use super::namen::Namen;
use super::pdf::{Blok, kolommen, leeg_streep};
use super::plandocument::{al_genoemd, lijst_of, met_rol, ondertekenaars};
use crate::domain::benamingen::datum_tekst;
use crate::domain::{Afspraak, Plan, Planinhoud, Plansoort, Planstatus};

/// The family's version of `plan`, names replaced through `namen`.
pub(super) fn gezinsversie(plan: &Plan, namen: &Namen) -> Vec<Blok> {
    let i = &plan.inhoud;
    let mut b = inleiding(plan);
    b.extend(makers(i, namen));
    b.extend(voorwaarden(i, namen));
    b.extend(doelen(i, namen));
    b.extend(signalen(i, namen));
    b.extend(helpers(i, namen));
    b.extend(noodnummers(i));
    b.extend(evaluatie(i, namen));
    b.extend(handtekeningen(plan, namen));
    b
}

/// Title, what this plan is, and a warning on a concept.
fn inleiding(plan: &Plan) -> Vec<Blok> {
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
             dat iedereen in het gezin veilig is. Dit is versie {} van het plan.",
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

/// Who made the plan, with the casusregisseur as the one who "houdt het overzicht".
fn makers(i: &Planinhoud, namen: &Namen) -> Vec<Blok> {
    let n = |s: &str| namen.vervang(s);
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
        lijst_of(&i.veiligheidsvoorwaarden, namen, ""),
    ]
}

/// Each doel with "wij spreken af" and its afspraken.
fn doelen(i: &Planinhoud, namen: &Namen) -> Vec<Blok> {
    let mut b = vec![Blok::Kop("Wat willen wij bereiken?".into())];
    for doel in &i.doelen {
        b.push(Blok::Subkop(leeg_streep(&namen.vervang(&doel.tekst))));
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
    let n = |s: &str| namen.vervang(s);
    let mut velden = vec![
        ("Wie".to_string(), n(&a.wie)),
        ("Wat".to_string(), n(&a.wat)),
    ];
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
                .map(|s| vec![namen.vervang(&s.signaal), namen.vervang(&s.wat_dan)])
                .collect(),
        },
    ]
}

/// The netwerk: who helps, with their task and telephone number.
fn helpers(i: &Planinhoud, namen: &Namen) -> Vec<Blok> {
    if i.netwerk.is_empty() {
        return Vec::new();
    }
    let n = |s: &str| namen.vervang(s);
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
                .map(|x| format!("{}: bel {}. {}", x.naam, x.nummer, x.wanneer))
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
            namen.vervang(wie)
        ),
        (None, _) => "Wij spreken nog een datum af om te praten over hoe het gaat.".to_string(),
    };
    vec![
        Blok::Kop("Wanneer kijken wij of het plan werkt?".into()),
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
