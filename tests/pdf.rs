//! The PDF engine through real tools: `pdftotext` (the text round-trips), `qpdf --check`
//! (structure), `pdfinfo` (metadata, page count). Renders go to a tempdir.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use chrono::TimeZone;
use top3::export::pdf::{Blok, Document, Kolom, render};

use crate::util::tempdir;

const ARABISCH: &str = "أحمد العلي";
const HEBREEUWS: &str = "שרה כהן";

fn kolommen() -> Vec<Kolom> {
    vec![
        Kolom {
            titel: "Wie".into(),
            breedte: 0.25,
        },
        Kolom {
            titel: "Afspraak".into(),
            breedte: 0.55,
        },
        Kolom {
            titel: "Wanneer".into(),
            breedte: 0.2,
        },
    ]
}

/// A plan-like document; `secties` repeats the middle part to make it longer.
fn plan(secties: usize, watermerken: &[&str]) -> Document {
    let mut blokken = vec![
        Blok::Titel("Veiligheidsplan".into()),
        Blok::Velden(vec![
            ("Casus".into(), "K-014".into()),
            (
                "Betrokkenen".into(),
                "Zoë Hüseyin-Kowalski, Ayşe Doğan, Michał Łużyński, Anaïs Dupré".into(),
            ),
            ("Buurvrouw".into(), ARABISCH.into()),
            ("Tolk".into(), format!("{HEBREEUWS} (Hebreeuws)")),
            ("Vastgesteld".into(), "23-11-2026".into()),
        ]),
    ];
    for s in 0..secties {
        blokken.extend([
            Blok::Kop(format!("Afspraken deel {}", s + 1)),
            Blok::Alinea("Deze afspraken zijn samen met het gezin gemaakt. Ze gelden tot de volgende evaluatie en worden door iedereen die ze ondertekent nagekomen; wie een afspraak niet kan nakomen, meldt dat meteen bij de casusregisseur.".into()),
            Blok::Tabel {
                kolommen: kolommen(),
                rijen: vec![
                    vec!["Moeder".into(), "Belt bij dreiging direct 112 en gaat met de kinderen naar de buurvrouw.".into(), "Altijd".into()],
                    vec!["Vader".into(), "Komt niet in de woning zonder afspraak; contact met de kinderen alleen onder begeleiding.".into(), "Tot evaluatie".into()],
                    vec!["Wijkteam".into(), "Huisbezoek elke week; bespreekt het plan met beide ouders.".into(), "Wekelijks".into()],
                ],
            },
            Blok::Subkop("Signalen".into()),
            Blok::Opsomming(vec![
                "Vader drinkt en wordt stil of juist luid.".into(),
                "De kinderen slapen slecht of willen niet naar huis.".into(),
                "Moeder neemt de telefoon niet op als het wijkteam belt.".into(),
            ]),
        ]);
    }
    blokken.extend([
        Blok::Kop("Noodnummers".into()),
        Blok::Velden(vec![
            ("Politie, ambulance".into(), "112".into()),
            (
                "Veilig Thuis".into(),
                "0800-2000 (gratis, dag en nacht)".into(),
            ),
        ]),
        Blok::Kop("Ondertekening".into()),
        Blok::Handtekeningen(vec!["Ayşe Doğan".into(), "Michał Łużyński".into()]),
    ]);
    Document {
        titel: "Veiligheidsplan K-014".into(),
        auteur: "Marieke de Wit".into(),
        onderwerp: "Veiligheidsplan versie 2".into(),
        gemaakt: chrono::Utc
            .with_ymd_and_hms(2026, 11, 23, 14, 30, 0)
            .unwrap(),
        kop: "Casus K-014 · Veiligheidsplan · versie 2 · vastgesteld · 23-11-2026".into(),
        voet: "Vertrouwelijk".into(),
        watermerken: watermerken.iter().map(|w| w.to_string()).collect(),
        blokken,
    }
}

struct Pdf {
    pad: PathBuf,
    bytes: usize,
    _dir: tempfile::TempDir,
}

fn schrijf(doc: &Document) -> Pdf {
    let dir = tempdir();
    let pad = dir.path().join("plan.pdf");
    let bytes = render(doc).unwrap();
    std::fs::write(&pad, &bytes).unwrap();
    Pdf {
        pad,
        bytes: bytes.len(),
        _dir: dir,
    }
}

fn run(cmd: &str, args: &[&str], pad: &Path) -> (bool, String) {
    let out = Command::new(cmd)
        .args(args)
        .arg(pad)
        .env("TZ", "UTC")
        .output()
        .unwrap_or_else(|e| panic!("{cmd} niet gevonden (poppler-utils, qpdf): {e}"));
    let mut s = String::from_utf8_lossy(&out.stdout).into_owned();
    s.push_str(&String::from_utf8_lossy(&out.stderr));
    (out.status.success(), s)
}

/// The text per page (pdftotext separates pages with form feeds).
fn tekst(pdf: &Pdf, layout: bool) -> Vec<String> {
    let mut args = vec!["-enc", "UTF-8"];
    if layout {
        args.push("-layout");
    }
    let out = Command::new("pdftotext")
        .args(&args)
        .arg(&pdf.pad)
        .arg("-")
        .output()
        .expect("pdftotext");
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).unwrap();
    let mut paginas: Vec<String> = s.split('\u{c}').map(str::to_string).collect();
    if paginas.last().is_some_and(|p| p.trim().is_empty()) {
        paginas.pop();
    }
    paginas
}

fn info(pdf: &Pdf) -> String {
    let (ok, s) = run("pdfinfo", &[], &pdf.pad);
    assert!(ok, "{s}");
    s
}

fn paginas(pdf: &Pdf) -> usize {
    let i = info(pdf);
    i.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}

fn qpdf_ok(pdf: &Pdf) {
    let (ok, s) = run("qpdf", &["--check"], &pdf.pad);
    assert!(ok, "qpdf --check: {s}");
    assert!(s.contains("No syntax or stream encoding errors"), "{s}");
}

#[test]
fn short_plan_round_trips_as_text() {
    let doc = plan(1, &[]);
    let pdf = schrijf(&doc);
    qpdf_ok(&pdf);
    assert_eq!(paginas(&pdf), 1);
    let p = tekst(&pdf, true);
    assert_eq!(p.len(), 1);
    let t = &p[0];
    for verwacht in [
        "Veiligheidsplan",
        "Afspraken deel 1",
        "Signalen",
        "Noodnummers",
        "Ondertekening",
        "Wie",
        "Afspraak",
        "Wanneer",
        "Moeder",
        "Wijkteam",
        "Wekelijks",
        "112",
        "0800-2000",
        "Zoë Hüseyin-Kowalski",
        "Ayşe Doğan",
        "Michał Łużyński",
        "Anaïs Dupré",
        "Casus K-014 · Veiligheidsplan · versie 2",
        "Vertrouwelijk",
        "pagina 1 van 1",
        "Datum:",
    ] {
        assert!(t.contains(verwacht), "{verwacht:?} ontbreekt:\n{t}");
    }
    assert!(!t.contains("CONCEPT"));
    // Right-to-left names come back as typed (logical order), in raw and in layout mode.
    for t in [&tekst(&pdf, false)[0], t] {
        assert!(t.contains(ARABISCH), "Arabische naam:\n{t}");
        assert!(t.contains(HEBREEUWS), "Hebreeuwse naam:\n{t}");
    }
    // Fonts are subset: tens of KB, not the 1.3 MB of the four fonts.
    eprintln!("1 pagina: {} bytes", pdf.bytes);
    assert!(pdf.bytes < 150_000, "{} bytes", pdf.bytes);
}

#[test]
fn metadata() {
    let pdf = schrijf(&plan(1, &[]));
    let i = info(&pdf);
    for verwacht in [
        "Title:           Veiligheidsplan K-014",
        "Author:          Marieke de Wit",
        "Subject:         Veiligheidsplan versie 2",
        "CreationDate:    Mon Nov 23 14:30:00 2026 UTC",
        "ModDate:         Mon Nov 23 14:30:00 2026 UTC",
        "Page size:       595.276 x 841.89 pts (A4)",
    ] {
        assert!(i.contains(verwacht), "{verwacht:?}:\n{i}");
    }
}

#[test]
fn six_pages_numbered() {
    let pdf = schrijf(&plan(12, &[]));
    qpdf_ok(&pdf);
    assert_eq!(paginas(&pdf), 6);
    let p = tekst(&pdf, true);
    assert_eq!(p.len(), 6);
    for (k, pagina) in p.iter().enumerate() {
        let nummer = format!("pagina {} van 6", k + 1);
        assert!(pagina.contains(&nummer), "{nummer}:\n{pagina}");
        assert!(pagina.contains("Casus K-014"), "kop op pagina {}", k + 1);
    }
    let alles = p.concat();
    for s in 1..=12 {
        assert!(alles.contains(&format!("Afspraken deel {s}")));
    }
    assert!(alles.contains("0800-2000"));
}

#[test]
fn watermarks_when_set() {
    for (merken, verwacht) in [
        (&[][..], &[][..]),
        (&["CONCEPT"][..], &["CONCEPT"][..]),
        (
            &["CONCEPT", "OEFENOMGEVING"][..],
            &["CONCEPT", "OEFENOMGEVING"][..],
        ),
    ] {
        let pdf = schrijf(&plan(9, merken));
        qpdf_ok(&pdf);
        let p = tekst(&pdf, false);
        for pagina in &p {
            for w in ["CONCEPT", "OEFENOMGEVING"] {
                assert_eq!(
                    pagina.contains(w),
                    verwacht.contains(&w),
                    "{w} met {merken:?}"
                );
            }
        }
    }
}

#[test]
fn emoji_and_missing_glyphs_become_a_placeholder() {
    let mut doc = plan(1, &[]);
    doc.blokken.insert(
        1,
        Blok::Alinea("Kind zei: 😀 👍🏽 ❤\u{fe0f} 漢字\tnaast\r\nvolgende regel".into()),
    );
    let pdf = schrijf(&doc);
    qpdf_ok(&pdf);
    let t = &tekst(&pdf, false)[0];
    assert!(t.contains("Kind zei: � � � � naast"), "{t}");
    assert!(t.contains("volgende regel"));
}

#[test]
fn two_megabyte_paragraph() {
    let zin =
        "De casusregisseur bespreekt het plan met moeder en vader en legt de afspraken vast. ";
    let mut alinea = String::new();
    while alinea.len() < 2_000_000 {
        alinea.push_str(zin);
    }
    // And one word longer than a line.
    alinea.push_str(&"x".repeat(5000));
    let doc = Document {
        blokken: vec![Blok::Kop("Lang".into()), Blok::Alinea(alinea)],
        ..plan(0, &[])
    };
    let begin = Instant::now();
    let bytes = render(&doc).unwrap();
    let duur = begin.elapsed();
    let dir = tempdir();
    std::fs::write(dir.path().join("lang.pdf"), &bytes).unwrap();
    let pdf = Pdf {
        pad: dir.path().join("lang.pdf"),
        bytes: bytes.len(),
        _dir: dir,
    };
    let n = paginas(&pdf);
    eprintln!("2 MB alinea: {n} pagina's, {} bytes, {duur:?}", pdf.bytes);
    assert!(n > 300, "{n}");
    // Debug build; release is far faster.
    assert!(duur < Duration::from_secs(60), "{duur:?}");
    let p = tekst(&pdf, false);
    assert!(p[n - 1].contains(&format!("pagina {n} van {n}")));
}

#[test]
fn invalid_table_is_refused() {
    let doc = Document {
        blokken: vec![Blok::Tabel {
            kolommen: vec![Kolom {
                titel: "A".into(),
                breedte: 0.0,
            }],
            rijen: vec![],
        }],
        ..plan(0, &[])
    };
    let fout = render(&doc).unwrap_err();
    assert_eq!(fout.code(), "pdf_ongeldige_tabel");
    assert!(fout.to_string().contains("Tabel 1 is ongeldig"), "{fout}");
}

/// Writes page 1 of the representative plan to `/work/target-pdf/pdf-voorbeeld` (or
/// TOP3_PDF_VOORBEELD) as PDF and PNG, to look at. `cargo test pdf::voorbeeld -- --ignored`.
#[test]
#[ignore]
fn voorbeeld() {
    let dir = PathBuf::from(
        std::env::var("TOP3_PDF_VOORBEELD").unwrap_or("/work/target-pdf/pdf-voorbeeld".into()),
    );
    std::fs::create_dir_all(&dir).unwrap();
    for (naam, doc) in [
        ("plan", plan(1, &["CONCEPT"])),
        ("plan6", plan(12, &["CONCEPT", "OEFENOMGEVING"])),
    ] {
        let pad = dir.join(format!("{naam}.pdf"));
        std::fs::write(&pad, render(&doc).unwrap()).unwrap();
        let status = Command::new("pdftoppm")
            .args(["-png", "-r", "80"])
            .arg(&pad)
            .arg(dir.join(naam))
            .status()
            .unwrap();
        assert!(status.success());
    }
}
