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

    /// Counted: "1 afspraak", "2 monitoringmomenten". \[ours]
    pub fn telwoord(self, n: u32) -> String {
        let (een, meer) = match self {
            Actiesoort::Afspraak => ("afspraak", "afspraken"),
            Actiesoort::Monitoring => ("monitoringmoment", "monitoringmomenten"),
            Actiesoort::Evaluatie => ("evaluatie", "evaluaties"),
        };
        format!("{n} {}", if n == 1 { een } else { meer })
    }
}

/// One line of the overview before afronden: "3 actiepunten gaan naar OEF-05: 1 afspraak,
/// 2 monitoringmomenten"; for a casus that is gone, that its actiepunten stay open. \[ours]
pub fn afronden_tekst(
    code: &str,
    aantal: u32,
    per_soort: &[(Actiesoort, u32)],
    bestaat: bool,
) -> String {
    let delen: Vec<String> = per_soort.iter().map(|&(s, n)| s.telwoord(n)).collect();
    let wat = if aantal == 1 {
        "1 actiepunt".to_string()
    } else {
        format!("{aantal} actiepunten")
    };
    if bestaat {
        let gaan = if aantal == 1 { "gaat" } else { "gaan" };
        format!("{wat} {gaan} naar {code}: {}", delen.join(", "))
    } else {
        let blijven = if aantal == 1 { "blijft" } else { "blijven" };
        format!(
            "{wat} {blijven} open: casus {code} bestaat niet meer ({})",
            delen.join(", ")
        )
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

impl Onveiligheid {
    /// The short form, where three choices stand side by side. [src: Triage-instrument Veilig Thuis]
    pub fn kort(self) -> &'static str {
        match self {
            Onveiligheid::Acuut => "acuut",
            Onveiligheid::Structureel => "structureel",
            Onveiligheid::Multiproblematisch => "multiproblematisch",
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

/// The labels as TypeScript for the UI: `ui/src/lib/ipc/bindings/benamingen.ts`, written with the
/// bindings by `cargo xtask bindings` (this test's name makes it one of them) and checked for
/// staleness like them. The UI shows these words and keeps no list of its own; a `Record` per
/// enum makes TypeScript refuse a missing or unknown value.
#[cfg(test)]
mod export {
    use super::*;
    use crate::domain::{Plansoort, Planstatus, VormVanGeweld};
    use std::fmt::Write as _;

    fn naam<T: serde::Serialize>(waarde: &T) -> String {
        serde_json::to_value(waarde)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .expect("a unit variant serialises as a string")
    }

    fn tabel<T: serde::Serialize + Copy>(
        uit: &mut String,
        constante: &str,
        ty: &str,
        waarden: &[T],
        label: impl Fn(T) -> &'static str,
    ) {
        let _ = writeln!(uit, "export const {constante}: Record<{ty}, string> = {{");
        for w in waarden {
            let _ = writeln!(uit, "  {}: {:?},", naam(w), label(*w));
        }
        let _ = writeln!(uit, "}};");
    }

    #[test]
    fn export_bindings_benamingen() {
        let Some(dir) = std::env::var_os("TS_RS_EXPORT_DIR") else {
            return;
        };
        let types = [
            "Aard",
            "Actiesoort",
            "CasusStatus",
            "Categorie",
            "Ernst",
            "Fase",
            "Frequentie",
            "JaNeeOnbekend",
            "Onveiligheid",
            "Perspectief",
            "Plansoort",
            "Planstatus",
            "Rol",
            "Sessiestatus",
            "VeiligOpgroeien",
            "VormVanGeweld",
        ];
        let mut ts = String::from(
            "// Generated from src/domain/benamingen.rs by `cargo xtask bindings`. Do not edit: change\n\
             // the label there (the one place of the method's words).\n\n",
        );
        for t in types {
            let _ = writeln!(ts, "import type {{ {t} }} from './{t}';");
        }
        ts.push('\n');
        use Categorie as C;
        let fasen = [
            Fase::DirecteVeiligheid,
            Fase::StabieleVeiligheid,
            Fase::Herstel,
        ];
        tabel(&mut ts, "FASE", "Fase", &fasen, Fase::label);
        let statussen = [
            CasusStatus::Open,
            CasusStatus::Gesloten,
            CasusStatus::Gearchiveerd,
        ];
        tabel(
            &mut ts,
            "CASUSSTATUS",
            "CasusStatus",
            &statussen,
            CasusStatus::label,
        );
        let categorieen = [
            C::NogTeOrdenen,
            C::OnveiligeSituatie,
            C::Risicofactor,
            C::BeschermendeFactor,
            C::Schade,
        ];
        tabel(
            &mut ts,
            "BAAN",
            "Categorie",
            &categorieen,
            Categorie::baannaam,
        );
        tabel(
            &mut ts,
            "AARD",
            "Aard",
            &[Aard::Feit, Aard::Zorg],
            Aard::label,
        );
        let rollen = [
            Rol::Slachtoffer,
            Rol::Pleger,
            Rol::Kind,
            Rol::Getuige,
            Rol::OuderVerzorger,
            Rol::Netwerk,
        ];
        tabel(&mut ts, "ROL", "Rol", &rollen, Rol::label);
        let jn = [
            JaNeeOnbekend::Ja,
            JaNeeOnbekend::Nee,
            JaNeeOnbekend::Onbekend,
        ];
        tabel(
            &mut ts,
            "JA_NEE",
            "JaNeeOnbekend",
            &jn,
            JaNeeOnbekend::label,
        );
        let vo = [
            VeiligOpgroeien::Ja,
            VeiligOpgroeien::Nee,
            VeiligOpgroeien::Zorgen,
            VeiligOpgroeien::Onbekend,
        ];
        tabel(
            &mut ts,
            "VEILIG_OPGROEIEN",
            "VeiligOpgroeien",
            &vo,
            VeiligOpgroeien::label,
        );
        let onv = [
            Onveiligheid::Acuut,
            Onveiligheid::Structureel,
            Onveiligheid::Multiproblematisch,
        ];
        tabel(
            &mut ts,
            "ONVEILIGHEID",
            "Onveiligheid",
            &onv,
            Onveiligheid::label,
        );
        tabel(
            &mut ts,
            "ONVEILIGHEID_KORT",
            "Onveiligheid",
            &onv,
            Onveiligheid::kort,
        );
        let ernst = [Ernst::Licht, Ernst::Matig, Ernst::Ernstig];
        tabel(&mut ts, "ERNST", "Ernst", &ernst, Ernst::label);
        let freq = [
            Frequentie::Eenmalig,
            Frequentie::Incidenteel,
            Frequentie::Herhaaldelijk,
            Frequentie::Voortdurend,
        ];
        tabel(
            &mut ts,
            "FREQUENTIE",
            "Frequentie",
            &freq,
            Frequentie::label,
        );
        tabel(
            &mut ts,
            "VORM",
            "VormVanGeweld",
            &VormVanGeweld::ALLE,
            VormVanGeweld::label,
        );
        tabel(
            &mut ts,
            "PLANSOORT",
            "Plansoort",
            &Plansoort::ALLE,
            Plansoort::titel,
        );
        let ps = [
            Planstatus::Concept,
            Planstatus::Vastgesteld,
            Planstatus::Vervangen,
        ];
        tabel(&mut ts, "PLANSTATUS", "Planstatus", &ps, Planstatus::label);
        let ss = [
            Sessiestatus::Gepland,
            Sessiestatus::Gestart,
            Sessiestatus::Afgerond,
        ];
        tabel(
            &mut ts,
            "SESSIESTATUS",
            "Sessiestatus",
            &ss,
            Sessiestatus::label,
        );
        let acties = [
            Actiesoort::Afspraak,
            Actiesoort::Monitoring,
            Actiesoort::Evaluatie,
        ];
        tabel(
            &mut ts,
            "ACTIESOORT",
            "Actiesoort",
            &acties,
            Actiesoort::label,
        );
        // Perspectief carries a betrokkene's id in one variant: keyed by its tag `soort`.
        let _ = writeln!(
            ts,
            "export const PERSPECTIEF: Record<Perspectief['soort'], string> = {{\n  professional: {:?},\n  betrokkene: {:?},\n  mdaTafel: {:?},\n}};",
            Perspectief::Professional.label(),
            Perspectief::Betrokkene {
                betrokkene_id: uuid::Uuid::nil()
            }
            .label(),
            Perspectief::MdaTafel.label()
        );
        let dir = std::path::PathBuf::from(dir);
        std::fs::create_dir_all(&dir).expect("export dir");
        std::fs::write(dir.join("benamingen.ts"), ts).expect("write benamingen.ts");
    }
}
