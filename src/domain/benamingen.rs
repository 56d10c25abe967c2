//! The Dutch names of every value the domain shows to a user, in one file, so that a trainer or
//! domain expert can review the wording and rename a label without reading the rules. Labels for
//! our own modelling choices are marked \[ours] (DOMAIN.md: "keep such labels in one place").
//! Also the small helpers that make Dutch sentences (dates, counts, lists).

use chrono::NaiveDate;

use super::{
    Aard, Actiesoort, CasusStatus, Categorie, Concreetheidsdeel, Ernst, Fase, Frequentie,
    JaNeeOnbekend, Monitoringsoort, Onveiligheid, Perspectief, Plansoort, Planstatus, Rol,
    Sessiestatus, VeiligOpgroeien, VormVanGeweld,
};

impl Sessiestatus {
    /// Label. [DOMAIN: MDA++ session]
    pub fn label(self) -> &'static str {
        match self {
            Sessiestatus::Gepland => "gepland",
            Sessiestatus::Gestart => "gestart",
            Sessiestatus::Afgerond => "afgerond",
        }
    }
}

impl Actiesoort {
    /// Label: what the actiepunt becomes in the casus. \[ours]
    pub fn label(self) -> &'static str {
        match self {
            Actiesoort::Afspraak => "afspraak",
            Actiesoort::Monitoring => "monitoring",
            Actiesoort::Evaluatie => "evaluatie",
        }
    }
}

/// The doel an MDA++ afspraak goes under when the veiligheidsplan has none yet. \[ours]
pub const DOEL_UIT_MDA: &str = "Afspraken uit het MDA++-overleg";

/// What happens when an afspraak made at the MDA++ table is not kept. \[ours]
pub const ALS_NIET_NAGEKOMEN_MDA: &str = "Terug naar het MDA++-overleg.";

/// Who supervises an afspraak made at the MDA++ table: the table, by date and voorzitter. \[ours]
pub fn toezicht_mda(datum: NaiveDate, voorzitter: &str) -> String {
    if voorzitter.is_empty() {
        format!("MDA++-overleg van {}", datum_tekst(datum))
    } else {
        format!(
            "MDA++-overleg van {} (voorzitter {voorzitter})",
            datum_tekst(datum)
        )
    }
}

/// What an actiepunt became in its casus, for the audit trail and the verslag (dates only, no
/// case content). \[ours]
pub fn verwerking_tekst(soort: Actiesoort, wanneer: NaiveDate) -> String {
    let datum = datum_tekst(wanneer);
    match soort {
        Actiesoort::Monitoring => format!("extra monitoringmoment op {datum}"),
        Actiesoort::Evaluatie => format!("evaluatie van het veiligheidsplan op {datum}"),
        Actiesoort::Afspraak => format!("afspraak in het veiligheidsplan, uiterlijk {datum}"),
    }
}

impl Plansoort {
    /// Label, as in "het veiligheidsplan". [DOMAIN: Plans]
    pub fn label(self) -> &'static str {
        match self {
            Plansoort::Veiligheidsplan => "veiligheidsplan",
            Plansoort::Hulpverleningsplan => "hulpverleningsplan",
            Plansoort::Herstelplan => "herstelplan",
        }
    }

    /// Title, as on the front of the document.
    pub fn titel(self) -> &'static str {
        match self {
            Plansoort::Veiligheidsplan => "Veiligheidsplan",
            Plansoort::Hulpverleningsplan => "Hulpverleningsplan",
            Plansoort::Herstelplan => "Herstelplan",
        }
    }
}

impl Planstatus {
    /// Label. [DOMAIN: Plans — versions]
    pub fn label(self) -> &'static str {
        match self {
            Planstatus::Concept => "concept",
            Planstatus::Vastgesteld => "vastgesteld",
            Planstatus::Vervangen => "vervangen",
        }
    }
}

impl Rol {
    /// Label. \[ours: the set of roles]
    pub fn label(self) -> &'static str {
        match self {
            Rol::Slachtoffer => "slachtoffer",
            Rol::Pleger => "pleger",
            Rol::Kind => "kind",
            Rol::Getuige => "getuige",
            Rol::OuderVerzorger => "ouder/verzorger",
            Rol::Netwerk => "netwerk",
        }
    }
}

impl Aard {
    /// Label. \[ours]
    pub fn label(self) -> &'static str {
        match self {
            Aard::Feit => "feit",
            Aard::Zorg => "zorg",
        }
    }
}

impl Categorie {
    /// Label, singular. \[ours: the category set]
    pub fn label(self) -> &'static str {
        match self {
            Categorie::OnveiligeSituatie => "onveilige situatie",
            Categorie::Risicofactor => "risicofactor",
            Categorie::BeschermendeFactor => "beschermende factor",
            Categorie::Schade => "schade",
            Categorie::NogTeOrdenen => "nog te ordenen",
        }
    }

    /// Heading of the lane in Ordenen. \[ours]
    pub fn baannaam(self) -> &'static str {
        match self {
            Categorie::OnveiligeSituatie => "Onveilige situaties",
            Categorie::Risicofactor => "Risicofactoren",
            Categorie::BeschermendeFactor => "Krachten",
            Categorie::Schade => "Schade",
            Categorie::NogTeOrdenen => "Nog te ordenen",
        }
    }
}

impl VormVanGeweld {
    /// Label, as in the begrippenlijst. [seed 001]
    pub fn label(self) -> &'static str {
        match self {
            VormVanGeweld::Lichamelijk => "lichamelijk geweld",
            VormVanGeweld::Psychisch => "psychisch geweld",
            VormVanGeweld::Seksueel => "seksueel geweld",
            VormVanGeweld::FinancieelMisbruik => "financieel misbruik",
            VormVanGeweld::Stalking => "stalking",
            VormVanGeweld::ExPartnergeweld => "(ex-)partnergeweld",
            VormVanGeweld::SeksueleKindermishandeling => {
                "kindermishandeling: seksuele mishandeling"
            }
            VormVanGeweld::FysiekeKindermishandeling => "kindermishandeling: fysieke mishandeling",
            VormVanGeweld::EmotioneleKindermishandeling => {
                "kindermishandeling: emotionele/psychische mishandeling"
            }
            VormVanGeweld::FysiekeVerwaarlozing => "kindermishandeling: fysieke verwaarlozing",
            VormVanGeweld::EmotioneleVerwaarlozing => {
                "kindermishandeling: emotionele/psychische verwaarlozing"
            }
            VormVanGeweld::GetuigeVanHuiselijkGeweld => {
                "kindermishandeling: getuige van (ex-)partnergeweld of geweld tussen familieleden"
            }
            VormVanGeweld::Eergerelateerd => "eergerelateerd geweld",
            VormVanGeweld::Ouderenmishandeling => "ouderenmishandeling",
            VormVanGeweld::GeweldTegenOuders => "geweld tegen ouders",
        }
    }
}

impl Concreetheidsdeel {
    /// Label. \[ours]
    pub fn label(self) -> &'static str {
        match self {
            Concreetheidsdeel::Wie => "wie",
            Concreetheidsdeel::TegenWie => "tegen wie",
            Concreetheidsdeel::Wat => "wat",
            Concreetheidsdeel::Wanneer => "wanneer",
        }
    }
}

impl Onveiligheid {
    /// Label. [src: Triage-instrument Veilig Thuis]
    pub fn label(self) -> &'static str {
        match self {
            Onveiligheid::Acuut => "acute onveiligheid",
            Onveiligheid::Structureel => "structurele onveiligheid",
            Onveiligheid::Multiproblematisch => "schadelijke multiproblematische leefsituatie",
        }
    }
}

impl Ernst {
    /// Label. \[ours]
    pub fn label(self) -> &'static str {
        match self {
            Ernst::Licht => "licht",
            Ernst::Matig => "matig",
            Ernst::Ernstig => "ernstig",
        }
    }
}

impl Frequentie {
    /// Label. \[ours]
    pub fn label(self) -> &'static str {
        match self {
            Frequentie::Eenmalig => "eenmalig",
            Frequentie::Incidenteel => "af en toe",
            Frequentie::Herhaaldelijk => "herhaaldelijk",
            Frequentie::Voortdurend => "voortdurend",
        }
    }
}

impl Perspectief {
    /// Label of the kind of perspective (the UI adds the betrokkene's name). \[ours]
    pub fn label(self) -> &'static str {
        match self {
            Perspectief::Professional => "professional",
            Perspectief::Betrokkene { .. } => "betrokkene",
            Perspectief::MdaTafel => "MDA++-tafel",
        }
    }
}

impl Fase {
    /// Label. [seed 000, 001]
    pub fn label(self) -> &'static str {
        match self {
            Fase::DirecteVeiligheid => "directe veiligheid",
            Fase::StabieleVeiligheid => "stabiele veiligheid",
            Fase::Herstel => "herstel",
        }
    }

    /// What a doel in this phase is called. [seed 000, 001]
    pub fn doelsoort(self) -> &'static str {
        match self {
            Fase::DirecteVeiligheid => "veiligheidsdoel",
            Fase::StabieleVeiligheid => "doel voor risicogestuurde zorg",
            Fase::Herstel => "hersteldoel",
        }
    }
}

impl CasusStatus {
    /// Label.
    pub fn label(self) -> &'static str {
        match self {
            CasusStatus::Open => "open",
            CasusStatus::Gesloten => "gesloten",
            CasusStatus::Gearchiveerd => "gearchiveerd",
        }
    }
}

impl JaNeeOnbekend {
    /// Label.
    pub fn label(self) -> &'static str {
        match self {
            JaNeeOnbekend::Ja => "ja",
            JaNeeOnbekend::Nee => "nee",
            JaNeeOnbekend::Onbekend => "onbekend",
        }
    }
}

impl VeiligOpgroeien {
    /// Label.
    pub fn label(self) -> &'static str {
        match self {
            VeiligOpgroeien::Ja => "ja",
            VeiligOpgroeien::Nee => "nee",
            VeiligOpgroeien::Zorgen => "zorgen",
            VeiligOpgroeien::Onbekend => "onbekend",
        }
    }
}

impl Monitoringsoort {
    /// Label ("na 3 maanden", "extra"). [seed 001]
    pub fn label(self) -> String {
        match self {
            Monitoringsoort::NaMaanden(1) => "na 1 maand".to_string(),
            Monitoringsoort::NaMaanden(maanden) => format!("na {maanden} maanden"),
            Monitoringsoort::Extra => "extra".to_string(),
        }
    }
}

/// A date as users read it: 23-11-2026. [UX.md]
pub fn datum_tekst(datum: NaiveDate) -> String {
    datum.format("%d-%m-%Y").to_string()
}

/// A count with the right noun form: "1 situatie", "2 situaties", "0 situaties".
pub fn aantal(n: usize, enkelvoud: &str, meervoud: &str) -> String {
    if n == 1 {
        format!("1 {enkelvoud}")
    } else {
        format!("{n} {meervoud}")
    }
}

/// A list in a sentence: "M.", "M. en P.", "M., P. en K.".
pub fn opsomming<S: AsRef<str>>(delen: &[S]) -> String {
    match delen {
        [] => String::new(),
        [een] => een.as_ref().to_string(),
        [eerste @ .., laatste] => {
            let kop: Vec<&str> = eerste.iter().map(AsRef::as_ref).collect();
            format!("{} en {}", kop.join(", "), laatste.as_ref())
        }
    }
}

/// A list of names that ends a sentence, without a double full stop after "M.":
/// `format!("Kindcheck ontbreekt voor: {}.", zinseinde(&["P.", "M."]))`.
pub fn zinseinde<S: AsRef<str>>(namen: &[S]) -> String {
    let lijst = opsomming(namen);
    match lijst.strip_suffix('.') {
        Some(zonder_punt) => zonder_punt.to_string(),
        None => lijst,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zinsdelen() {
        assert_eq!(opsomming::<&str>(&[]), "");
        assert_eq!(opsomming(&["M."]), "M.");
        assert_eq!(opsomming(&["M.", "P."]), "M. en P.");
        assert_eq!(opsomming(&["M.", "P.", "K."]), "M., P. en K.");
        assert_eq!(zinseinde(&["Jan", "M."]), "Jan en M");
        assert_eq!(zinseinde(&["M.", "Jan"]), "M. en Jan");
        assert_eq!(aantal(0, "situatie", "situaties"), "0 situaties");
        assert_eq!(aantal(1, "situatie", "situaties"), "1 situatie");
        assert_eq!(aantal(2, "situatie", "situaties"), "2 situaties");
        assert_eq!(
            datum_tekst(NaiveDate::from_ymd_opt(2026, 11, 3).unwrap()),
            "03-11-2026"
        );
        assert_eq!(Monitoringsoort::NaMaanden(12).label(), "na 12 maanden");
        assert_eq!(Monitoringsoort::Extra.label(), "extra");
    }

    #[test]
    fn elke_vorm_van_geweld_heeft_een_eigen_label() {
        let mut labels: Vec<_> = VormVanGeweld::ALLE.iter().map(|v| v.label()).collect();
        labels.sort_unstable();
        labels.dedup();
        assert_eq!(labels.len(), VormVanGeweld::ALLE.len());
    }
}
