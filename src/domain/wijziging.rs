//! Which parts of a casus or a sessie a save changed, in a fixed vocabulary: the audit trail's
//! summary of a change is made from these labels only (\[ours], NEN 7513: what was done, never the
//! content). The comparison destructures every field, so a new field does not compile until it is
//! given its part here.

use super::{Agendapunt, Casus, Sessie};

/// A part of a casus, as the audit trail names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Casusonderdeel {
    /// Code and titel.
    Kop,
    Status,
    Casusregisseur,
    /// Incident, melding, start hulp.
    Datums,
    Bewaartermijn,
    Betrokkenen,
    Kindchecks,
    Informatie,
    Concretisering,
    Taxatie,
    Top3,
    /// The phase and its overgangen.
    Fase,
    Opschalingen,
    Plannen,
    Monitoring,
    /// Id or creation time: never changed by the app; named so that nothing goes unrecorded.
    Identiteit,
}

impl Casusonderdeel {
    pub const ALLE: [Casusonderdeel; 16] = [
        Casusonderdeel::Kop,
        Casusonderdeel::Status,
        Casusonderdeel::Casusregisseur,
        Casusonderdeel::Datums,
        Casusonderdeel::Bewaartermijn,
        Casusonderdeel::Betrokkenen,
        Casusonderdeel::Kindchecks,
        Casusonderdeel::Informatie,
        Casusonderdeel::Concretisering,
        Casusonderdeel::Taxatie,
        Casusonderdeel::Top3,
        Casusonderdeel::Fase,
        Casusonderdeel::Opschalingen,
        Casusonderdeel::Plannen,
        Casusonderdeel::Monitoring,
        Casusonderdeel::Identiteit,
    ];

    /// The Dutch label in the audit trail.
    pub fn label(self) -> &'static str {
        match self {
            Casusonderdeel::Kop => "code of titel",
            Casusonderdeel::Status => "status",
            Casusonderdeel::Casusregisseur => "casusregisseur",
            Casusonderdeel::Datums => "doorlooptijddatums",
            Casusonderdeel::Bewaartermijn => "bewaartermijn",
            Casusonderdeel::Betrokkenen => "betrokkenen",
            Casusonderdeel::Kindchecks => "kindchecks",
            Casusonderdeel::Informatie => "informatie",
            Casusonderdeel::Concretisering => "concretisering",
            Casusonderdeel::Taxatie => "taxatie",
            Casusonderdeel::Top3 => "top 3",
            Casusonderdeel::Fase => "fase",
            Casusonderdeel::Opschalingen => "opschalingen",
            Casusonderdeel::Plannen => "plannen",
            Casusonderdeel::Monitoring => "monitoring",
            Casusonderdeel::Identiteit => "id of aanmaakdatum",
        }
    }
}

/// The parts in which `nieuw` differs from `oud`, in the order of [`Casusonderdeel::ALLE`]. The
/// version number is not a part (every save raises it).
pub fn casus_wijzigingen(oud: &Casus, nieuw: &Casus) -> Vec<Casusonderdeel> {
    use Casusonderdeel as O;
    let Casus {
        id,
        code,
        titel,
        status,
        aangemaakt,
        bewaartermijn,
        casusregisseur,
        datum_incident,
        datum_melding,
        datum_start_hulp,
        betrokkenen,
        informatie,
        concretiseringen,
        taxatie,
        top3,
        fase,
        faseovergangen,
        opschalingen,
        monitoring,
        kindchecks,
        plannen,
        versie: _,
    } = nieuw;
    let mut uit = Vec::new();
    let mut als = |gewijzigd: bool, o: Casusonderdeel| {
        if gewijzigd && !uit.contains(&o) {
            uit.push(o);
        }
    };
    als(*code != oud.code || *titel != oud.titel, O::Kop);
    als(*status != oud.status, O::Status);
    als(*casusregisseur != oud.casusregisseur, O::Casusregisseur);
    als(
        *datum_incident != oud.datum_incident
            || *datum_melding != oud.datum_melding
            || *datum_start_hulp != oud.datum_start_hulp,
        O::Datums,
    );
    als(*bewaartermijn != oud.bewaartermijn, O::Bewaartermijn);
    als(*betrokkenen != oud.betrokkenen, O::Betrokkenen);
    als(*kindchecks != oud.kindchecks, O::Kindchecks);
    als(*informatie != oud.informatie, O::Informatie);
    als(*concretiseringen != oud.concretiseringen, O::Concretisering);
    als(*taxatie != oud.taxatie, O::Taxatie);
    als(*top3 != oud.top3, O::Top3);
    als(
        *fase != oud.fase || *faseovergangen != oud.faseovergangen,
        O::Fase,
    );
    als(*opschalingen != oud.opschalingen, O::Opschalingen);
    als(*plannen != oud.plannen, O::Plannen);
    als(*monitoring != oud.monitoring, O::Monitoring);
    als(
        *id != oud.id || *aangemaakt != oud.aangemaakt,
        O::Identiteit,
    );
    uit.sort();
    uit
}

/// A part of an MDA++ sessie, as the audit trail names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Sessieonderdeel {
    /// Datum and voorzitter.
    Gegevens,
    Deelnemers,
    /// Which casussen, their order, begintijd and duur.
    Agenda,
    Inbreng,
    /// Weging and kwalificatie.
    Weging,
    Besluiten,
    Actiepunten,
    /// Gepland, gestart, afgerond.
    Status,
    Samenvatting,
    Identiteit,
}

impl Sessieonderdeel {
    pub const ALLE: [Sessieonderdeel; 10] = [
        Sessieonderdeel::Gegevens,
        Sessieonderdeel::Deelnemers,
        Sessieonderdeel::Agenda,
        Sessieonderdeel::Inbreng,
        Sessieonderdeel::Weging,
        Sessieonderdeel::Besluiten,
        Sessieonderdeel::Actiepunten,
        Sessieonderdeel::Status,
        Sessieonderdeel::Samenvatting,
        Sessieonderdeel::Identiteit,
    ];

    /// The Dutch label in the audit trail.
    pub fn label(self) -> &'static str {
        match self {
            Sessieonderdeel::Gegevens => "datum of voorzitter",
            Sessieonderdeel::Deelnemers => "deelnemers",
            Sessieonderdeel::Agenda => "agenda",
            Sessieonderdeel::Inbreng => "inbreng",
            Sessieonderdeel::Weging => "weging",
            Sessieonderdeel::Besluiten => "besluiten",
            Sessieonderdeel::Actiepunten => "actiepunten",
            Sessieonderdeel::Status => "status",
            Sessieonderdeel::Samenvatting => "samenvatting",
            Sessieonderdeel::Identiteit => "id",
        }
    }
}

/// The parts in which `nieuw` differs from `oud`, in the order of [`Sessieonderdeel::ALLE`].
pub fn sessie_wijzigingen(oud: &Sessie, nieuw: &Sessie) -> Vec<Sessieonderdeel> {
    use Sessieonderdeel as O;
    let Sessie {
        id,
        datum,
        voorzitter,
        deelnemers,
        agenda,
        status,
        gestart,
        afgerond,
        samenvatting,
        versie: _,
    } = nieuw;
    let mut uit = Vec::new();
    let mut als = |gewijzigd: bool, o: Sessieonderdeel| {
        if gewijzigd && !uit.contains(&o) {
            uit.push(o);
        }
    };
    als(*id != oud.id, O::Identiteit);
    als(
        *datum != oud.datum || *voorzitter != oud.voorzitter,
        O::Gegevens,
    );
    als(*deelnemers != oud.deelnemers, O::Deelnemers);
    als(
        *status != oud.status || *gestart != oud.gestart || *afgerond != oud.afgerond,
        O::Status,
    );
    als(*samenvatting != oud.samenvatting, O::Samenvatting);
    if agenda.len() != oud.agenda.len() {
        als(true, O::Agenda);
    }
    for (i, punt) in agenda.iter().enumerate() {
        let Some(ervoor) = oud.agenda.iter().find(|a| a.casus_id == punt.casus_id) else {
            als(true, O::Agenda);
            continue;
        };
        let Agendapunt {
            casus_id: _,
            casus_code,
            begintijd,
            duur_minuten,
            inbreng,
            weging,
            kwalificatie,
            besluiten,
            actiepunten,
        } = punt;
        als(
            oud.agenda.get(i).map(|a| a.casus_id) != Some(punt.casus_id)
                || *casus_code != ervoor.casus_code
                || *begintijd != ervoor.begintijd
                || *duur_minuten != ervoor.duur_minuten,
            O::Agenda,
        );
        als(*inbreng != ervoor.inbreng, O::Inbreng);
        als(
            *weging != ervoor.weging || *kwalificatie != ervoor.kwalificatie,
            O::Weging,
        );
        als(*besluiten != ervoor.besluiten, O::Besluiten);
        als(*actiepunten != ervoor.actiepunten, O::Actiepunten);
    }
    uit.sort();
    uit
}

/// The audit summary for a set of changed parts: their labels, in order, comma-separated; "geen
/// wijziging" when nothing changed (a save of the same content).
pub fn wijzigingstekst<'a>(labels: impl IntoIterator<Item = &'a str>) -> String {
    let tekst = labels.into_iter().collect::<Vec<_>>().join(", ");
    if tekst.is_empty() {
        "geen wijziging".to_string()
    } else {
        tekst
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Betrokkene, Informatie};
    use chrono::{NaiveDate, Utc};

    fn casus() -> Casus {
        Casus::nieuw(
            "K-1",
            "titel",
            Utc::now(),
            NaiveDate::from_ymd_opt(2040, 1, 1).unwrap(),
        )
    }

    #[test]
    fn elk_gewijzigd_onderdeel_wordt_genoemd_en_alleen_dat() {
        let oud = casus();
        assert!(casus_wijzigingen(&oud, &oud).is_empty());
        let mut nieuw = oud.clone();
        nieuw.versie += 3;
        assert!(
            casus_wijzigingen(&oud, &nieuw).is_empty(),
            "versie telt niet"
        );
        nieuw.informatie.push(Informatie::nieuw("Canary-tekst"));
        nieuw
            .betrokkenen
            .push(Betrokkene::nieuw("Canary-naam", Vec::new()));
        nieuw.titel = "Canary-titel".into();
        let w = casus_wijzigingen(&oud, &nieuw);
        assert_eq!(
            w,
            [
                Casusonderdeel::Kop,
                Casusonderdeel::Betrokkenen,
                Casusonderdeel::Informatie
            ]
        );
        assert_eq!(
            wijzigingstekst(w.iter().map(|o| o.label())),
            "code of titel, betrokkenen, informatie"
        );
        assert_eq!(wijzigingstekst([]), "geen wijziging");
    }

    #[test]
    fn labels_zijn_uniek_en_kort() {
        let mut gezien = std::collections::HashSet::new();
        for o in Casusonderdeel::ALLE {
            assert!(gezien.insert(o.label()), "{o:?}");
            assert!(
                !o.label().contains(','),
                "{o:?}: a comma would be ambiguous"
            );
        }
        let mut gezien = std::collections::HashSet::new();
        for o in Sessieonderdeel::ALLE {
            assert!(gezien.insert(o.label()), "{o:?}");
            assert!(!o.label().contains(','), "{o:?}");
        }
    }
}
