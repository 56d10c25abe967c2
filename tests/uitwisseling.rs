//! The exchange format `top3-casus` through its public API: the example file reads and writes back
//! byte for byte; every kind of bad input is refused with a Dutch message that says where; Unicode
//! survives exactly; `hernummer` keeps every reference; random valid casussen round-trip.

use std::collections::HashMap;

use chrono::{DateTime, Days, NaiveDate, TimeZone, Utc};
use proptest::prelude::*;
use serde_json::{Value, json};
use top3::domain::{
    Aard, Beleving, Betrokkene, Casus, Categorie, Concretisering, Doel, Fase, FaseOvergang,
    Informatie, InstrumentUitkomst, JaNeeOnbekend, Kindcheck, Leeftijd, Monitoringmoment,
    Monitoringsoort, Perspectief, Probleem, Rol, SituatieTaxatie, Top3Plaats, VeiligOpgroeien,
    Veiligheidsscore, VormVanGeweld, Wanneer, valideer,
};
use top3::export::{Importfout, MAX_BESTAND_BYTES, MAX_ONDERDELEN, exporteer, hernummer, lees};
use uuid::Uuid;

const VOORBEELD: &str = include_str!("data/uitwisseling/voorbeeld.json");
/// The same casus as written by version 1 of the format (before plans).
const VOORBEELD_V1: &str = include_str!("data/uitwisseling/voorbeeld-v1.json");

fn bestand(naam: &str) -> Vec<u8> {
    let pad = format!(
        "{}/tests/data/uitwisseling/{naam}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&pad).unwrap_or_else(|e| panic!("{pad}: {e}"))
}

/// The day the tests run on: every date in the example lies before it.
fn vandaag() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn voorbeeld() -> Casus {
    lees(VOORBEELD.as_bytes(), vandaag()).expect("voorbeeld.json is valid")
}

/// The example file with a change made to its JSON.
fn met(wijzig: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut v: Value = serde_json::from_str(VOORBEELD).unwrap();
    wijzig(&mut v);
    serde_json::to_vec_pretty(&v).unwrap()
}

fn ongeldig(problemen: &[(&str, &str)]) -> Importfout {
    Importfout::Ongeldig {
        problemen: problemen
            .iter()
            .map(|(pad, melding)| Probleem {
                pad: pad.to_string(),
                melding: melding.to_string(),
            })
            .collect(),
    }
}

fn geen_json(regel: usize, kolom: usize, reden: &str) -> Importfout {
    Importfout::GeenJson {
        regel,
        kolom,
        reden: reden.to_string(),
    }
}

fn geen_casusbestand(reden: &str) -> Importfout {
    Importfout::GeenCasusbestand {
        reden: reden.to_string(),
    }
}

/// A version-1 file (before plans) still reads, as the same casus without plans, and is written
/// back as version 2.
#[test]
fn versie_1_wordt_nog_gelezen() {
    let oud = lees(VOORBEELD_V1.as_bytes(), vandaag()).expect("a version-1 file reads");
    assert!(oud.plannen.is_empty());
    assert_eq!(oud, voorbeeld());
    assert_eq!(exporteer(&oud), VOORBEELD);
}

#[test]
fn het_voorbeeld_is_geldig_en_komt_byte_voor_byte_terug() {
    let casus = voorbeeld();
    assert_eq!(valideer(&casus, vandaag()), vec![]);
    // What the example promises: 2 adults and 2 children, 10 items, 2 concretised situations,
    // scores on 2 dates, a top 3 with doelen.
    assert_eq!(casus.code, "OEF-2026-014");
    let volwassen = casus
        .betrokkenen
        .iter()
        .filter(|b| b.is_volwassen(vandaag()))
        .count();
    assert_eq!((casus.betrokkenen.len(), volwassen), (4, 2));
    assert_eq!(casus.informatie.len(), 10);
    assert_eq!(casus.concretiseringen.len(), 2);
    assert!(
        casus
            .concretiseringen
            .iter()
            .all(Concretisering::is_concreet)
    );
    let mut data: Vec<NaiveDate> = casus.taxatie.scores.iter().map(|s| s.datum).collect();
    data.dedup();
    assert_eq!(data.len(), 2);
    assert_eq!(casus.top3.plaatsen.len(), 3);
    assert_eq!(casus.top3.doelen().count(), 4);

    let uit = exporteer(&casus);
    assert!(
        uit == VOORBEELD,
        "export differs from voorbeeld.json:\n{uit}"
    );
    assert!(
        uit.starts_with("{\n  \"format\": \"top3-casus\",\n  \"versie\": 2,\n  \"casus\": {\n")
    );
    assert!(uit.ends_with("}\n"));
}

#[test]
fn export_lees_export_is_identiek_en_deterministisch() {
    let casus = voorbeeld();
    let eerste = exporteer(&casus);
    assert_eq!(exporteer(&casus.clone()), eerste);
    let terug = lees(eerste.as_bytes(), vandaag()).unwrap();
    assert_eq!(terug, casus);
    assert_eq!(exporteer(&terug), eerste);
}

#[test]
fn unicode_komt_exact_terug() {
    // Emoji with skin tone and ZWJ, right-to-left scripts with a right-to-left mark, combining
    // characters next to their precomposed form (no normalisation), controls and quotes.
    let namen = [
        "Zeynep 👩🏽‍🦱 (moeder)",
        "مريم (oma)",
        "\u{200F}אבי (vader)",
        "Noe\u{308}l (zoon) — niet Noël",
    ];
    let tekst = "Tab\there, \"aanhalingstekens\", \\ backslash,\nnieuwe regel, NUL \u{0}, BOM \u{FEFF}, 🏳️‍🌈, ﷽, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢";
    let mut casus = voorbeeld();
    for (b, naam) in casus.betrokkenen.iter_mut().zip(namen) {
        b.naam = naam.to_string();
    }
    casus.informatie[0].tekst = tekst.to_string();
    casus.titel = "Gezin 家族 Ñandú".to_string();

    let uit = exporteer(&casus);
    // Written as UTF-8 text, not as \u escapes (except what JSON requires).
    for naam in namen {
        assert!(uit.contains(naam), "{naam} not verbatim in the export");
    }
    assert!(
        uit.contains(r#"Tab\there, \"aanhalingstekens\", \\ backslash,\nnieuwe regel, NUL \u0000"#)
    );
    let terug = lees(uit.as_bytes(), vandaag()).unwrap();
    for (b, naam) in terug.betrokkenen.iter().zip(namen) {
        assert_eq!(b.naam.as_bytes(), naam.as_bytes());
    }
    assert_eq!(terug.informatie[0].tekst, tekst);
    assert_eq!(terug, casus);
    assert_eq!(exporteer(&terug), uit);
}

/// The examples in docs/uitwisselformaat.md are true: the minimal file is valid and exactly what
/// export writes, and the report lines are what import says.
#[test]
fn de_voorbeelden_in_de_documentatie_kloppen() {
    let doc = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/uitwisselformaat.md"
    ))
    .unwrap();
    let blok = |taal: &str| -> String {
        let begin = doc.find(&format!("```{taal}\n")).unwrap() + taal.len() + 4;
        let eind = begin + doc[begin..].find("```").unwrap();
        doc[begin..eind].to_string()
    };
    let minimaal = blok("json");
    let casus = lees(minimaal.as_bytes(), vandaag()).unwrap();
    assert_eq!(exporteer(&casus), minimaal);

    let rapport = lees(&bestand("veel-problemen.json"), vandaag())
        .unwrap_err()
        .to_string();
    let regels: Vec<String> = blok("text")
        .lines()
        .map(|r| r.trim().to_string())
        .filter(|r| !r.is_empty())
        .collect();
    assert_eq!(regels.len(), 5);
    for regel in &regels[1..] {
        assert!(rapport.lines().any(|r| r == regel), "{regel}");
    }
}

#[test]
fn een_leeg_veld_mag_ontbreken() {
    let zonder = met(|v| {
        let casus = v["casus"].as_object_mut().unwrap();
        casus.remove("casusregisseur");
        casus.remove("datumStartHulp");
    });
    let casus = lees(&zonder, vandaag()).unwrap();
    assert_eq!((casus.casusregisseur, casus.datum_start_hulp), (None, None));
}

#[test]
fn windows_bestanden_worden_gelezen() {
    // A UTF-8 byte order mark and CRLF line ends, as some Windows editors write them.
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(VOORBEELD.replace('\n', "\r\n").as_bytes());
    assert_eq!(lees(&bytes, vandaag()).unwrap(), voorbeeld());
}

/// Every kind of bad input, with the exact error: where and what, in Dutch.
#[test]
fn slechte_invoer_wordt_geweigerd_met_plaats_en_reden() {
    let latin1 = {
        // "Eén" saved as Windows-1252 instead of UTF-8: é at line 203, column 22, byte 6295.
        let mut b = VOORBEELD.as_bytes().to_vec();
        let i = VOORBEELD.find("Eén keer").unwrap() + 1;
        b.splice(i..i + 2, [0xE9]);
        b
    };
    let vreemd = "9d3c6a1e-0b7f-4e2d-8c5a-3f1e2d4c6b8a";
    // (what, input, expected error)
    let gevallen: Vec<(&str, Vec<u8>, Importfout)> = vec![
        // Size, emptiness, encoding, syntax.
        ("leeg", vec![], Importfout::Leeg),
        ("alleen witruimte", b" \r\n\t ".to_vec(), Importfout::Leeg),
        (
            "alleen een BOM",
            b"\xEF\xBB\xBF\n".to_vec(),
            Importfout::Leeg,
        ),
        (
            "te groot",
            vec![b' '; MAX_BESTAND_BYTES + 1],
            Importfout::TeGroot {
                bytes: MAX_BESTAND_BYTES as u64 + 1,
            },
        ),
        (
            "Windows-1252 in plaats van UTF-8",
            latin1,
            Importfout::GeenTekst {
                byte: 6295,
                regel: 203,
                kolom: 22,
            },
        ),
        (
            "afgekapt",
            bestand("afgekapt.json"),
            geen_json(120, 33, "onverwacht einde"),
        ),
        (
            "alleen {",
            b"{".to_vec(),
            geen_json(1, 1, "onverwacht einde"),
        ),
        (
            "komma te veel",
            b"{\"format\": \"top3-casus\", \"versie\": 1,}".to_vec(),
            geen_json(1, 38, "komma vóór ] of }"),
        ),
        (
            "dubbele punt vergeten",
            "{\n  \"format\" \"top3-casus\"\n}".as_bytes().to_vec(),
            geen_json(2, 12, "hier hoort een dubbele punt (:)"),
        ),
        (
            "kolom in tekens, niet in bytes",
            "{\"format\": \"Eén\" x}".as_bytes().to_vec(),
            geen_json(1, 18, "hier hoort een komma of }"),
        ),
        (
            "tekst na het einde",
            format!("{VOORBEELD}x").into_bytes(),
            geen_json(430, 1, "er staat nog tekst na het einde van de JSON"),
        ),
        (
            "enkele aanhalingstekens",
            b"{'format': 'top3-casus'}".to_vec(),
            geen_json(1, 2, "een veldnaam moet tussen aanhalingstekens staan"),
        ),
        (
            "te diep genest",
            format!(
                "{{\"format\": \"top3-casus\", \"versie\": 1, \"casus\": {}}}",
                "[".repeat(100_000)
            )
            .into_bytes(),
            geen_json(1, 174, "te diep genest"),
        ),
        // Valid JSON that is not a casusbestand, or of a version we do not know.
        (
            "een lijst",
            b"[1, 2, 3]".to_vec(),
            geen_casusbestand("er staat geen JSON-object in, maar een lijst"),
        ),
        (
            "format ontbreekt",
            met(|v| {
                v.as_object_mut().unwrap().remove("format");
            }),
            geen_casusbestand("het veld 'format' ontbreekt"),
        ),
        (
            "een ander formaat",
            bestand("ander-formaat.json"),
            geen_casusbestand("'format' is 'top3-plan' in plaats van 'top3-casus'"),
        ),
        (
            "format geen tekst",
            met(|v| v["format"] = json!(1)),
            geen_casusbestand("'format' is een getal in plaats van de tekst 'top3-casus'"),
        ),
        (
            "versie 3",
            bestand("versie-3.json"),
            Importfout::TeNieuw { versie: 3 },
        ),
        (
            "versie ontbreekt",
            met(|v| {
                v.as_object_mut().unwrap().remove("versie");
            }),
            ongeldig(&[("versie", "Dit verplichte veld ontbreekt.")]),
        ),
        (
            "versie als tekst",
            met(|v| v["versie"] = json!("1")),
            ongeldig(&[(
                "versie",
                "Verwacht een geheel getal (de versie van het formaat), maar dit is een tekst.",
            )]),
        ),
        (
            "versie 0",
            met(|v| v["versie"] = json!(0)),
            ongeldig(&[("versie", "Versie 0 bestaat niet; de eerste versie is 1.")]),
        ),
        (
            "versie 1.5",
            met(|v| v["versie"] = json!(1.5)),
            ongeldig(&[(
                "versie",
                "Verwacht een geheel getal (de versie van het formaat), maar dit is het getal 1.5.",
            )]),
        ),
        // Types and fields: the first error, with its path.
        (
            "onmogelijke datum",
            bestand("ongeldige-datum.json"),
            ongeldig(&[(
                "casus.informatie[3].datum",
                "Ongeldige datum '2026-02-31' (verwacht een bestaande datum als JJJJ-MM-DD).",
            )]),
        ),
        (
            "onmogelijke datum binnen een leeftijd",
            met(|v| v["casus"]["betrokkenen"][0]["leeftijd"]["peildatum"] = json!("34 jaar")),
            ongeldig(&[(
                "casus.betrokkenen[0].leeftijd.peildatum",
                "Ongeldige datum '34 jaar' (verwacht een bestaande datum als JJJJ-MM-DD).",
            )]),
        ),
        (
            "onmogelijk tijdstip",
            met(|v| v["casus"]["aangemaakt"] = json!("2026-03-02 10:15")),
            ongeldig(&[(
                "casus.aangemaakt",
                "Ongeldig tijdstip '2026-03-02 10:15' (verwacht een bestaand tijdstip als 2026-01-15T09:30:00Z).",
            )]),
        ),
        (
            "verplicht veld ontbreekt",
            met(|v| {
                v["casus"]["informatie"][2]
                    .as_object_mut()
                    .unwrap()
                    .remove("tekst");
            }),
            ongeldig(&[(
                "casus.informatie[2].tekst",
                "Dit verplichte veld ontbreekt.",
            )]),
        ),
        (
            "casus ontbreekt",
            met(|v| {
                v.as_object_mut().unwrap().remove("casus");
            }),
            ongeldig(&[("casus", "Dit verplichte veld ontbreekt.")]),
        ),
        (
            "onbekend veld",
            met(|v| v["casus"]["betrokkenen"][1]["bsn"] = json!("123456782")),
            ongeldig(&[(
                "casus.betrokkenen[1].bsn",
                "Onbekend veld: dit hoort niet in versie 2 van het formaat.",
            )]),
        ),
        (
            "onbekend veld bovenin",
            met(|v| v["opmerking"] = json!("van Jan")),
            ongeldig(&[(
                "opmerking",
                "Onbekend veld: dit hoort niet in versie 2 van het formaat.",
            )]),
        ),
        (
            "tekst waar een getal hoort",
            met(|v| v["casus"]["taxatie"]["scores"][0]["waarde"] = json!("drie")),
            ongeldig(&[(
                "casus.taxatie.scores[0].waarde",
                "Verwacht een geheel getal van 0 tot en met 255, maar dit is een tekst.",
            )]),
        ),
        (
            "getal buiten bereik",
            met(|v| v["casus"]["taxatie"]["scores"][0]["waarde"] = json!(-1)),
            ongeldig(&[(
                "casus.taxatie.scores[0].waarde",
                "Het getal -1 valt buiten het bereik van dit veld (0 tot en met 255).",
            )]),
        ),
        (
            "null waar een lijst hoort",
            met(|v| v["casus"]["concretiseringen"] = json!(null)),
            ongeldig(&[(
                "casus.concretiseringen",
                "Verwacht een lijst, maar dit is null.",
            )]),
        ),
        (
            "onbekende categorie",
            met(|v| v["casus"]["informatie"][0]["categorie"] = json!("gevaar")),
            ongeldig(&[(
                "casus.informatie[0].categorie",
                "Onbekende waarde 'gevaar'; kies uit: onveiligeSituatie, risicofactor, beschermendeFactor, schade, nogTeOrdenen.",
            )]),
        ),
        (
            "onbekend perspectief",
            met(|v| v["casus"]["taxatie"]["scores"][1]["perspectief"]["soort"] = json!("buurman")),
            ongeldig(&[(
                "casus.taxatie.scores[1].perspectief.soort",
                "Onbekende waarde 'buurman'; kies uit: professional, betrokkene, mdaTafel.",
            )]),
        ),
        (
            "ongeldige id",
            met(|v| v["casus"]["top3"][0]["risicofactoren"][1] = json!("R-12")),
            ongeldig(&[(
                "casus.top3[0].risicofactoren[1]",
                "Ongeldige id 'R-12' (verwacht een UUID als 0f8fad5b-d9cb-469f-a165-70867728950e).",
            )]),
        ),
        (
            "dubbel veld",
            br#"{"format": "top3-casus", "versie": 1, "versie": 1}"#.to_vec(),
            ongeldig(&[("versie", "Dit veld staat er twee keer in.")]),
        ),
        // Semantics: every problem at once.
        (
            "5 MB in één veld",
            met(|v| v["casus"]["informatie"][0]["tekst"] = json!("x".repeat(5 * 1024 * 1024))),
            ongeldig(&[(
                "casus.informatie[0].tekst",
                "Te lang: 5120 kB, hoogstens 1024 kB.",
            )]),
        ),
        (
            "score 11, een 4e plaats die een risicofactor is, een onbekende verwijzing, een dubbele id, lege verplichte velden, een datum in de toekomst",
            bestand("veel-problemen.json"),
            ongeldig(&[
                ("casus.code", "Dit veld is verplicht maar leeg."),
                (
                    "casus.betrokkenen[2].naam",
                    "Dit veld is verplicht maar leeg.",
                ),
                (
                    "casus.informatie[9].id",
                    "Dubbele id: al gebruikt bij informatie[8].id.",
                ),
                (
                    "casus.informatie[0].datum",
                    "De datum 04-01-2027 ligt in de toekomst.",
                ),
                (
                    "casus.concretiseringen[1].plegers[0]",
                    "Verwijst naar een betrokkene die niet in de casus staat.",
                ),
                (
                    "casus.taxatie.scores[1].waarde",
                    "Een veiligheidsscore loopt van 0 tot en met 10; deze is 11.",
                ),
                (
                    "casus.top3[0].doelen[0].tekst",
                    "Dit veld is verplicht maar leeg.",
                ),
                (
                    "casus.top3[3]",
                    "Een top 3 heeft hoogstens 3 situaties; dit is de 4e.",
                ),
                (
                    "casus.top3[3].situatieId",
                    "Verwijst naar een informatie-item dat geen onveilige situatie is, maar risicofactor.",
                ),
            ]),
        ),
        (
            "onbekende verwijzingen",
            met(|v| {
                v["casus"]["taxatie"]["situaties"][2]["informatieId"] = json!(vreemd);
                v["casus"]["kindchecks"][1]["betrokkeneId"] = json!(vreemd);
            }),
            ongeldig(&[
                (
                    "casus.taxatie.situaties[2].informatieId",
                    "Verwijst naar een informatie-item dat niet in de casus staat.",
                ),
                (
                    "casus.kindchecks[1].betrokkeneId",
                    "Verwijst naar een betrokkene die niet in de casus staat.",
                ),
            ]),
        ),
    ];
    for (wat, invoer, verwacht) in gevallen {
        assert_eq!(lees(&invoer, vandaag()), Err(verwacht), "{wat}");
    }
}

/// The messages as the user reads them.
#[test]
fn foutmeldingen_als_tekst() {
    let gevallen = [
        (
            lees(b"{", vandaag()),
            "geen_json",
            "Dit bestand is geen casusbestand van TOP-3 Werkplaats (regel 1, kolom 1: onverwacht einde). Er is niets geïmporteerd.",
        ),
        (
            lees(&bestand("versie-3.json"), vandaag()),
            "te_nieuw",
            "Dit casusbestand heeft versie 3; deze versie van TOP-3 Werkplaats kent tot en met versie 2. Werk de app bij. Er is niets geïmporteerd.",
        ),
        (
            lees(b"", vandaag()),
            "leeg",
            "Het bestand is leeg. Er is niets geïmporteerd.",
        ),
        (
            lees(b"{\"format\": \"top3-casus\xFF\"}", vandaag()),
            "geen_tekst",
            "Dit bestand is geen casusbestand van TOP-3 Werkplaats (regel 1, kolom 23, byte 22: geen geldige UTF-8-tekst). Er is niets geïmporteerd.",
        ),
        (
            lees(&bestand("ander-formaat.json"), vandaag()),
            "geen_casusbestand",
            "Dit bestand is geen casusbestand van TOP-3 Werkplaats ('format' is 'top3-plan' in plaats van 'top3-casus'). Er is niets geïmporteerd.",
        ),
        (
            lees(&vec![b' '; 70 * 1024 * 1024], vandaag()),
            "te_groot",
            "Dit bestand is te groot om te importeren: 70 MB, hoogstens 64 MB. Er is niets geïmporteerd.",
        ),
        (
            lees(&bestand("ongeldige-datum.json"), vandaag()),
            "ongeldig",
            "Dit bestand is niet geïmporteerd: 1 probleem gevonden.\n\
             - casus.informatie[3].datum: Ongeldige datum '2026-02-31' (verwacht een bestaande datum als JJJJ-MM-DD).\n\
             Er is niets geïmporteerd.",
        ),
        (
            lees(&bestand("veel-problemen.json"), vandaag()),
            "ongeldig",
            "Dit bestand is niet geïmporteerd: 9 problemen gevonden.\n\
             - casus.code: Dit veld is verplicht maar leeg.\n\
             - casus.betrokkenen[2].naam: Dit veld is verplicht maar leeg.\n\
             - casus.informatie[9].id: Dubbele id: al gebruikt bij informatie[8].id.\n\
             - casus.informatie[0].datum: De datum 04-01-2027 ligt in de toekomst.\n\
             - casus.concretiseringen[1].plegers[0]: Verwijst naar een betrokkene die niet in de casus staat.\n\
             - casus.taxatie.scores[1].waarde: Een veiligheidsscore loopt van 0 tot en met 10; deze is 11.\n\
             - casus.top3[0].doelen[0].tekst: Dit veld is verplicht maar leeg.\n\
             - casus.top3[3]: Een top 3 heeft hoogstens 3 situaties; dit is de 4e.\n\
             - casus.top3[3].situatieId: Verwijst naar een informatie-item dat geen onveilige situatie is, maar risicofactor.\n\
             Er is niets geïmporteerd.",
        ),
    ];
    for (uitkomst, code, tekst) in gevallen {
        let fout = uitkomst.expect_err(tekst);
        assert_eq!(fout.code(), code);
        assert_eq!(fout.to_string(), tekst);
    }
}

/// Every list entry in a JSON value, at any depth (what `MAX_ONDERDELEN` counts).
fn onderdelen(v: &Value) -> usize {
    match v {
        Value::Array(lijst) => lijst.len() + lijst.iter().map(onderdelen).sum::<usize>(),
        Value::Object(map) => map.values().map(onderdelen).sum(),
        _ => 0,
    }
}

/// The example with extra informatie-items so that the file has `totaal` onderdelen.
fn met_onderdelen(totaal: usize) -> Vec<u8> {
    met(|v| {
        let extra = totaal - onderdelen(v);
        let lijst = v["casus"]["informatie"].as_array_mut().unwrap();
        for n in 0..extra {
            lijst.push(json!({
                "id": Uuid::from_u128(0xA000_0000_0000_4000_8000_0000_0000_0000 + n as u128),
                "tekst": format!("Notitie {n}"),
                "bron": "",
                "datum": null,
                "aard": null,
                "categorie": "nogTeOrdenen",
                "betrokkenen": []
            }));
        }
    })
}

#[test]
fn een_casus_met_te_veel_onderdelen_wordt_geweigerd() {
    // Decision: refused, not handled. 100,000 items is far beyond any real casus; the first,
    // streaming pass counts every list entry before anything is deserialised.
    // voorbeeld.json has 79 list entries (11 betrokkenen and rollen, 26 informatie and their
    // references, 14 concretisering, 10 taxatie, 16 top 3, 2 kindchecks).
    assert_eq!(onderdelen(&serde_json::from_str(VOORBEELD).unwrap()), 79);
    let honderdduizend = met(|v| {
        v["casus"]["informatie"] = Value::Array(vec![json!({"tekst": "x"}); 100_000]);
    });
    let fout = lees(&honderdduizend, vandaag()).unwrap_err();
    assert_eq!(
        fout,
        Importfout::TeVeelOnderdelen {
            onderdelen: 79 - 26 + 100_000,
            grootste: "casus.informatie".into(),
            lengte: 100_000,
        }
    );
    assert_eq!(
        fout.to_string(),
        "Dit casusbestand is te groot om te importeren: het heeft meer dan 50.000 onderdelen \
         (100.053; de langste lijst is casus.informatie, met 100.000). Er is niets geïmporteerd."
    );
    // A nested list is named by its own path.
    let genest = met(|v| {
        v["casus"]["informatie"][1]["betrokkenen"] = Value::Array(vec![json!(0); 60_000]);
    });
    assert_eq!(
        lees(&genest, vandaag()),
        Err(Importfout::TeVeelOnderdelen {
            onderdelen: 79 - 4 + 60_000,
            grootste: "casus.informatie[1].betrokkenen".into(),
            lengte: 60_000,
        })
    );
    // A newer version or another format is said first: that is what the user must act on.
    let nieuwer = met(|v| {
        v["versie"] = json!(3);
        v["casus"]["informatie"] = Value::Array(vec![json!(0); 60_000]);
    });
    assert_eq!(
        lees(&nieuwer, vandaag()),
        Err(Importfout::TeNieuw { versie: 3 })
    );
    // The boundary: exactly MAX_ONDERDELEN is read (and this casus is valid); one more is not.
    let precies = lees(&met_onderdelen(MAX_ONDERDELEN), vandaag()).unwrap();
    assert_eq!(precies.informatie.len(), 10 + MAX_ONDERDELEN - 79);
    assert_eq!(
        lees(&met_onderdelen(MAX_ONDERDELEN + 1), vandaag()),
        Err(Importfout::TeVeelOnderdelen {
            onderdelen: MAX_ONDERDELEN + 1,
            grootste: "casus.informatie".into(),
            lengte: 10 + MAX_ONDERDELEN + 1 - 79,
        })
    );
}

/// Every UUID written in the export, in order.
fn uuids(tekst: &str) -> Vec<Uuid> {
    tekst
        .split('"')
        .filter_map(|s| Uuid::parse_str(s).ok())
        .collect()
}

/// The export of `casus` with every id replaced according to `nieuw`.
fn vervangen(casus: &Casus, nieuw: &HashMap<Uuid, Uuid>) -> String {
    let mut tekst = exporteer(casus);
    for (oud, nieuw) in nieuw {
        tekst = tekst.replace(&oud.to_string(), &nieuw.to_string());
    }
    tekst
}

/// The ids a casus defines, in a fixed order.
fn eigen_ids(casus: &Casus) -> Vec<Uuid> {
    let mut ids = vec![casus.id];
    ids.extend(casus.betrokkenen.iter().map(|b| b.id));
    ids.extend(casus.informatie.iter().map(|i| i.id));
    ids.extend(casus.top3.doelen().map(|(_, d)| d.id));
    ids.extend(casus.monitoring.iter().map(|m| m.id));
    ids
}

/// The example with a monitoring moment and a fase-overgang (scores with a betrokkene's
/// perspective), so that every kind of id and reference is there.
fn volledig_voorbeeld() -> Casus {
    let mut casus = voorbeeld();
    casus.monitoring.push(Monitoringmoment {
        id: Uuid::from_u128(0x1b4e28ba_2fa1_41d2_883f_0016d3cca427),
        datum: NaiveDate::from_ymd_opt(2026, 8, 11).unwrap(),
        soort: Monitoringsoort::NaMaanden(3),
        gedaan: Some(NaiveDate::from_ymd_opt(2026, 8, 13).unwrap()),
        uitkomst: None,
    });
    casus.faseovergangen.push(FaseOvergang {
        datum: NaiveDate::from_ymd_opt(2026, 5, 11).unwrap(),
        van: Fase::DirecteVeiligheid,
        naar: Fase::StabieleVeiligheid,
        onderbouwing: "Afspraken werken; iedereen geeft een 6 of hoger.".into(),
        scores: casus.taxatie.scores[3..].to_vec(),
        door: "J. de Vries".into(),
        afwijkingsreden: None,
    });
    casus.fase = Fase::StabieleVeiligheid;
    assert_eq!(valideer(&casus, vandaag()), vec![]);
    casus
}

#[test]
fn hernummer_geeft_bezette_ids_een_nieuwe_en_houdt_verwijzingen_kloppend() {
    let origineel = volledig_voorbeeld();
    let ids = eigen_ids(&origineel);
    assert_eq!(ids.len(), 1 + 4 + 10 + 4 + 1);
    // (which of the own ids are taken)
    let gevallen: Vec<(&str, Vec<Uuid>)> = vec![
        ("niets bezet", vec![]),
        ("alles bezet", ids.clone()),
        ("alleen de casus", vec![origineel.id]),
        (
            "een betrokkene, een situatie in de top 3 en een risicofactor",
            vec![
                origineel.betrokkenen[0].id,
                origineel.informatie[1].id,
                origineel.informatie[3].id,
            ],
        ),
        (
            "een doel en een monitoringmoment",
            vec![
                origineel.top3.plaatsen[1].doelen[0].id,
                origineel.monitoring[0].id,
            ],
        ),
    ];
    for (wat, bezet) in gevallen {
        let mut casus = origineel.clone();
        hernummer(&mut casus, |id| bezet.contains(&id));
        let na = eigen_ids(&casus);
        // Exactly the taken ids changed; the new ones are fresh and distinct.
        let mut nieuw = HashMap::new();
        for (oud, id) in ids.iter().zip(&na) {
            if bezet.contains(oud) {
                assert_ne!(oud, id, "{wat}: {oud} is taken but kept");
                assert!(
                    !bezet.contains(id) && !ids.contains(id),
                    "{wat}: {id} not fresh"
                );
                nieuw.insert(*oud, *id);
            } else {
                assert_eq!(oud, id, "{wat}: a free id changed");
            }
        }
        let mut uniek = na.clone();
        uniek.sort();
        uniek.dedup();
        assert_eq!(uniek.len(), na.len(), "{wat}: duplicate new ids");
        // Every reference follows: the casus is the original with the ids replaced, byte for
        // byte, and none of the taken ids is left anywhere.
        assert_eq!(exporteer(&casus), vervangen(&origineel, &nieuw), "{wat}");
        assert!(
            uuids(&exporteer(&casus))
                .iter()
                .all(|id| !bezet.contains(id)),
            "{wat}: a reference still points to a taken id"
        );
        assert_eq!(valideer(&casus, vandaag()), vec![], "{wat}");
    }
}

#[test]
#[should_panic(expected = "random new ids in a row are taken")]
fn hernummer_met_een_predicaat_dat_alles_bezet_noemt_stopt() {
    hernummer(&mut voorbeeld(), |_| true);
}

#[test]
fn hernummer_volgt_de_verwijzingen_naar_de_nieuwe_ids() {
    let mut casus = volledig_voorbeeld();
    let oud = eigen_ids(&casus);
    hernummer(&mut casus, |id| oud.contains(&id));
    assert!(eigen_ids(&casus).iter().all(|id| !oud.contains(id)));
    let b = |i: usize| casus.betrokkenen[i].id;
    let s = |i: usize| casus.informatie[i].id;
    assert_eq!(
        casus.informatie[1].betrokkenen,
        vec![b(1), b(0), b(2), b(3)]
    );
    let c = &casus.concretiseringen[0];
    assert_eq!(
        (c.informatie_id, &c.plegers, &c.slachtoffers),
        (s(0), &vec![b(1)], &vec![b(0)])
    );
    assert_eq!(c.belevingen[1].betrokkene_id, b(2));
    assert_eq!(casus.taxatie.situaties[2].informatie_id, s(2));
    assert_eq!(
        casus.taxatie.scores[1].perspectief,
        Perspectief::Betrokkene {
            betrokkene_id: b(0)
        }
    );
    assert_eq!(
        casus.faseovergangen[0].scores[2].perspectief,
        Perspectief::Betrokkene {
            betrokkene_id: b(1)
        }
    );
    let p = &casus.top3.plaatsen[0];
    assert_eq!(
        (p.situatie_id, &p.risicofactoren),
        (s(0), &vec![s(3), s(4)])
    );
    assert_eq!(p.doelen[0].situaties, vec![s(0), s(1)]);
    assert_eq!(casus.kindchecks[1].betrokkene_id, b(1));
}

// ---------------------------------------------------------------------------------------------
// Random valid casussen.

/// Arbitrary Unicode text, possibly empty.
fn tekst() -> impl Strategy<Value = String> {
    any::<String>()
}

/// Arbitrary Unicode text that is not blank (for required fields).
fn verplicht() -> impl Strategy<Value = String> {
    (
        any::<char>().prop_filter("not blank", |c| !c.is_whitespace()),
        tekst(),
    )
        .prop_map(|(c, s)| format!("{c}{s}"))
}

/// A date between 2000-01-01 and vandaag.
fn datum() -> impl Strategy<Value = NaiveDate> {
    (0u64..9_800).prop_map(|d| NaiveDate::from_ymd_opt(2000, 1, 1).unwrap() + Days::new(d))
}

fn rollen() -> impl Strategy<Value = Vec<Rol>> {
    prop::sample::subsequence(
        vec![
            Rol::Slachtoffer,
            Rol::Pleger,
            Rol::Kind,
            Rol::Getuige,
            Rol::OuderVerzorger,
            Rol::Netwerk,
        ],
        0..=3,
    )
}

fn leeftijd() -> impl Strategy<Value = Option<Leeftijd>> {
    prop_oneof![
        Just(None),
        (1900..=2026i32).prop_map(|jaar| Some(Leeftijd::Geboortejaar { jaar })),
        (0u8..=130, datum())
            .prop_map(|(jaren, peildatum)| Some(Leeftijd::Jaren { jaren, peildatum })),
    ]
}

/// Naam, rollen, leeftijd, minderjarig.
type Persoon = (String, Vec<Rol>, Option<Leeftijd>, Option<bool>);

fn betrokkene() -> impl Strategy<Value = Persoon> {
    (verplicht(), rollen(), leeftijd(), any::<Option<bool>>())
}

fn categorie() -> impl Strategy<Value = Categorie> {
    prop::sample::select(vec![
        Categorie::OnveiligeSituatie,
        Categorie::Risicofactor,
        Categorie::BeschermendeFactor,
        Categorie::Schade,
        Categorie::NogTeOrdenen,
    ])
}

type Item = (String, String, Option<NaiveDate>, Option<Aard>, Categorie);

fn item() -> impl Strategy<Value = Item> {
    (
        verplicht(),
        tekst(),
        prop::option::of(datum()),
        prop::option::of(prop::sample::select(vec![Aard::Feit, Aard::Zorg])),
        categorie(),
    )
}

/// The parts of a random casus; [`bouw`] puts them together into a valid one, with `keuze` (a
/// stream of random numbers) deciding the references.
#[derive(Debug, Clone)]
struct Ingredienten {
    basis: u128,
    kop: (String, String, Option<String>, DateTime<Utc>, u64),
    betrokkenen: Vec<Persoon>,
    items: Vec<Item>,
    teksten: Vec<String>,
    data: Vec<NaiveDate>,
    keuze: Vec<u32>,
}

fn ingredienten() -> impl Strategy<Value = Ingredienten> {
    (
        any::<u128>(),
        (
            verplicht(),
            tekst(),
            prop::option::of(tekst()),
            (946_684_800i64..1_795_000_000, 0u32..1_000_000_000)
                .prop_map(|(s, ns)| Utc.timestamp_opt(s, ns).unwrap()),
            any::<u64>(),
        ),
        prop::collection::vec(betrokkene(), 0..=5),
        prop::collection::vec(item(), 0..=30),
        prop::collection::vec(verplicht(), 12),
        prop::collection::vec(datum(), 12),
        prop::collection::vec(any::<u32>(), 64),
    )
        .prop_map(
            |(basis, kop, betrokkenen, items, teksten, data, keuze)| Ingredienten {
                basis,
                kop,
                betrokkenen,
                items,
                teksten,
                data,
                keuze,
            },
        )
}

/// Picks from the random numbers of [`Ingredienten::keuze`].
struct Dobbelsteen<I>(I);

impl<I: Iterator<Item = u32>> Dobbelsteen<I> {
    /// A number below `n` (0 when `n` is 0).
    fn kies(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            self.0.next().unwrap() as usize % n
        }
    }

    /// Up to `n` of `uit` (repeats possible).
    fn enkele(&mut self, uit: &[Uuid], n: usize) -> Vec<Uuid> {
        (0..n.min(uit.len()))
            .map(|_| uit[self.kies(uit.len())])
            .collect()
    }
}

/// A valid casus from the ingredients: unique ids, references that exist, a valid top 3 of
/// onveilige situaties with risicofactoren and doelen, scores 0–10, a consistent fase history.
fn bouw(ing: &Ingredienten) -> Casus {
    let mut volgnummer = 0u128;
    let mut id = || {
        volgnummer += 1;
        Uuid::from_u128(ing.basis.wrapping_add(volgnummer))
    };
    let mut dobbel = Dobbelsteen(ing.keuze.iter().cycle().copied());
    let t = |i: usize| ing.teksten[i % ing.teksten.len()].clone();
    let d = |i: usize| ing.data[i % ing.data.len()];

    let (code, titel, regisseur, aangemaakt, versie) = ing.kop.clone();
    let bewaar = aangemaakt.date_naive() + Days::new(20 * 365);
    let mut casus = Casus::nieuw(code, titel, aangemaakt, bewaar);
    casus.id = id();
    casus.casusregisseur = regisseur;
    casus.versie = versie;
    casus.datum_incident = Some(d(0));
    casus.datum_melding = Some(d(1));
    casus.datum_start_hulp = if dobbel.kies(2) == 0 {
        None
    } else {
        Some(d(2))
    };
    casus.betrokkenen = ing
        .betrokkenen
        .iter()
        .map(|(naam, rollen, leeftijd, minderjarig)| Betrokkene {
            id: id(),
            naam: naam.clone(),
            rollen: rollen.clone(),
            leeftijd: *leeftijd,
            minderjarig: *minderjarig,
        })
        .collect();
    let personen: Vec<Uuid> = casus.betrokkenen.iter().map(|b| b.id).collect();
    casus.informatie = ing
        .items
        .iter()
        .map(|(tekst, bron, datum, aard, categorie)| Informatie {
            id: id(),
            tekst: tekst.clone(),
            bron: bron.clone(),
            datum: *datum,
            aard: *aard,
            categorie: *categorie,
            betrokkenen: dobbel.enkele(&personen, 2),
        })
        .collect();
    let van = |c: Categorie| -> Vec<Uuid> {
        casus
            .informatie
            .iter()
            .filter(|i| i.categorie == c)
            .map(|i| i.id)
            .collect()
    };
    let situaties = van(Categorie::OnveiligeSituatie);
    let risicofactoren = van(Categorie::Risicofactor);

    for (n, &s) in situaties.iter().enumerate().filter(|(n, _)| n % 2 == 0) {
        casus.concretiseringen.push(Concretisering {
            informatie_id: s,
            plegers: dobbel.enkele(&personen, 1),
            slachtoffers: dobbel.enkele(&personen, 2),
            wat: t(n),
            vormen: vec![VormVanGeweld::ALLE[n % VormVanGeweld::ALLE.len()]],
            wanneer: Some(if n % 4 == 0 {
                Wanneer::Datum { datum: d(n) }
            } else {
                Wanneer::Periode {
                    omschrijving: t(n + 1),
                }
            }),
            hoe_vaak: t(n + 2),
            waar: t(n + 3),
            kinderen_aanwezig: JaNeeOnbekend::Ja,
            belevingen: dobbel
                .enkele(&personen, 1)
                .into_iter()
                .map(|b| Beleving {
                    betrokkene_id: b,
                    gezien: t(n + 4),
                    gevoeld: t(n + 5),
                })
                .collect(),
        });
    }
    for &s in situaties.iter().skip(1) {
        casus.taxatie.situaties.push(SituatieTaxatie {
            acuut_afgewend_op: Some(d(s.as_u128() as usize)),
            toelichting: t(7),
            ..SituatieTaxatie::voor(s)
        });
    }
    let perspectieven: Vec<Perspectief> = [Perspectief::Professional, Perspectief::MdaTafel]
        .into_iter()
        .chain(
            personen
                .iter()
                .map(|&b| Perspectief::Betrokkene { betrokkene_id: b }),
        )
        .collect();
    for n in 0..dobbel.kies(6) {
        casus.taxatie.scores.push(Veiligheidsscore {
            datum: d(n + 3),
            perspectief: perspectieven[dobbel.kies(perspectieven.len())],
            waarde: (dobbel.kies(11)) as u8,
            toelichting: t(n + 8),
            onbekend: false,
        });
    }
    casus.taxatie.instrumenten.push(InstrumentUitkomst {
        naam: t(9),
        datum: d(4),
        uitkomst: t(10),
        toelichting: t(11),
    });
    // A valid top 3: up to 3 onveilige situaties, each with risicofactoren and doelen that trace
    // to situations in the top 3.
    let top: Vec<Uuid> = situaties.iter().take(dobbel.kies(4)).copied().collect();
    for (n, &s) in top.iter().enumerate() {
        casus.top3.plaatsen.push(Top3Plaats {
            situatie_id: s,
            risicofactoren: risicofactoren
                .iter()
                .take(dobbel.kies(3))
                .copied()
                .collect(),
            doelen: (0..dobbel.kies(3))
                .map(|j| Doel {
                    id: id(),
                    tekst: t(n + j),
                    fase: Fase::DirecteVeiligheid,
                    situaties: vec![s, top[dobbel.kies(top.len())]],
                })
                .collect(),
        });
    }
    // A fase history that ends in the casus' fase.
    let mut datum = d(5).min(d(6));
    let mut fase = Fase::DirecteVeiligheid;
    for n in 0..dobbel.kies(3) {
        let naar = [
            Fase::DirecteVeiligheid,
            Fase::StabieleVeiligheid,
            Fase::Herstel,
        ]
        .into_iter()
        .filter(|f| *f != fase)
        .nth(dobbel.kies(2))
        .unwrap();
        casus.faseovergangen.push(FaseOvergang {
            datum,
            van: fase,
            naar,
            onderbouwing: t(n),
            scores: casus.taxatie.scores.clone(),
            door: t(n + 2),
            afwijkingsreden: if n % 2 == 0 { None } else { Some(t(n + 1)) },
        });
        fase = naar;
        datum = datum
            .checked_add_days(Days::new(dobbel.kies(100) as u64))
            .unwrap()
            .min(vandaag());
    }
    casus.fase = fase;
    for n in 0..dobbel.kies(3) {
        casus.monitoring.push(Monitoringmoment {
            id: id(),
            datum: d(n) + Days::new(400),
            soort: if n == 0 {
                Monitoringsoort::Extra
            } else {
                Monitoringsoort::NaMaanden(dobbel.kies(40) as u32)
            },
            gedaan: if n == 1 { Some(d(n)) } else { None },
            uitkomst: None,
        });
    }
    for (n, b) in personen.iter().enumerate().take(2) {
        casus.kindchecks.push(Kindcheck {
            betrokkene_id: *b,
            datum: d(n),
            zorgt_voor_minderjarigen: JaNeeOnbekend::Ja,
            veilig_opgroeien: VeiligOpgroeien::Zorgen,
            toelichting: t(n),
        });
    }
    casus
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 64,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// A damaged file (bytes changed, cut short) gives an error or a valid casus, never a panic;
    /// whatever is read writes back the same.
    #[test]
    fn beschadigd_bestand_geeft_een_fout_of_een_geldige_casus(
        wijzigingen in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..4),
        lengte in any::<prop::sample::Index>(),
    ) {
        let mut bytes = VOORBEELD.as_bytes().to_vec();
        for (plek, byte) in wijzigingen {
            let i = plek.index(bytes.len());
            bytes[i] = byte;
        }
        bytes.truncate(bytes.len() - lengte.index(bytes.len()) / 8);
        if let Ok(casus) = lees(&bytes, vandaag()) {
            let uit = exporteer(&casus);
            prop_assert_eq!(lees(uit.as_bytes(), vandaag()), Ok(casus));
        }
    }

    /// exporteer → lees → exporteer gives the same bytes, and lees gives the same casus.
    #[test]
    fn willekeurige_geldige_casus_komt_identiek_terug(ing in ingredienten()) {
        let casus = bouw(&ing);
        prop_assert_eq!(valideer(&casus, vandaag()), vec![]);
        let eerste = exporteer(&casus);
        let terug = lees(eerste.as_bytes(), vandaag());
        prop_assert_eq!(terug.as_ref(), Ok(&casus));
        prop_assert_eq!(exporteer(&terug.unwrap()), eerste);
    }
}
