//! PDF benchmark: our engine (`top3::export::pdf::render`) beside LibreOffice converting the same
//! document from DOCX to PDF, in the same run, for a 1-page and a 6-page veiligheidsplan.
//!
//! The LibreOffice side: the [`Document`] is written as a flat ODT (`.fodt`: headings, paragraphs,
//! lists, tables, header and footer with page numbers), converted once, untimed, to DOCX; then each
//! timed iteration runs `soffice --headless --convert-to pdf` on that DOCX with its own copy of a
//! user profile that was warmed once (untimed). When `soffice` is missing the bench tries
//! `apt-get install -y --no-install-recommends libreoffice-writer-nogui` and otherwise reports
//! only our figures.
//!
//! Run: `cargo bench --bench pdf` (TOP3_BENCH_QUICK=1: fewer iterations).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

#[path = "gedeeld/meting.rs"]
mod meting;

use chrono::TimeZone;
use top3::export::pdf::{Blok, Document, Kolom, render};

fn median<F: FnMut()>(runs: usize, mut f: F) -> Duration {
    let mut v: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    v.sort();
    v[v.len() / 2]
}

fn afspraken() -> Blok {
    let k = |titel: &str, breedte| Kolom {
        titel: titel.into(),
        breedte,
    };
    let r = |a: &str, b: &str, c: &str| vec![a.to_string(), b.to_string(), c.to_string()];
    Blok::Tabel {
        kolommen: vec![k("Wie", 0.25), k("Afspraak", 0.55), k("Wanneer", 0.2)],
        rijen: vec![
            r(
                "Moeder",
                "Belt bij dreiging direct 112 en gaat met de kinderen naar de buurvrouw.",
                "Altijd",
            ),
            r(
                "Vader",
                "Komt niet in de woning zonder afspraak; contact met de kinderen alleen onder begeleiding.",
                "Tot evaluatie",
            ),
            r(
                "Wijkteam",
                "Huisbezoek elke week; bespreekt het plan met beide ouders.",
                "Wekelijks",
            ),
        ],
    }
}

/// A veiligheidsplan with `secties` sections of afspraken and signalen.
fn plan(secties: usize) -> Document {
    let mut blokken = vec![
        Blok::Titel("Veiligheidsplan".into()),
        Blok::Velden(vec![
            ("Casus".into(), "K-014".into()),
            (
                "Betrokkenen".into(),
                "Ayşe Doğan (moeder), Michał Łużyński (vader), Zoë en Anaïs (kinderen)".into(),
            ),
            ("Vastgesteld".into(), "23-11-2026".into()),
        ]),
    ];
    for s in 0..secties {
        blokken.extend([
            Blok::Kop(format!("Afspraken deel {}", s + 1)),
            Blok::Alinea("Deze afspraken zijn samen met het gezin gemaakt. Ze gelden tot de volgende evaluatie en worden door iedereen die ze ondertekent nagekomen; wie een afspraak niet kan nakomen, meldt dat meteen bij de casusregisseur.".into()),
            afspraken(),
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
            .single()
            .expect("date"),
        kop: "Casus K-014 · Veiligheidsplan · versie 2 · vastgesteld · 23-11-2026".into(),
        voet: "Vertrouwelijk".into(),
        watermerken: vec![],
        blokken,
    }
}

fn pdf_paginas(pdf: &Path) -> Option<usize> {
    let out = Command::new("pdfinfo").arg(pdf).output().ok()?;
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))?
        .trim()
        .parse()
        .ok()
}

/// The plan with as many sections as make exactly `paginas` pages in our engine.
pub fn voorbeeld(paginas: usize, dir: &Path) -> Document {
    for secties in 0..60 {
        let doc = plan(secties);
        let pad = dir.join("proef.pdf");
        std::fs::write(&pad, render(&doc).expect("render")).expect("write");
        match pdf_paginas(&pad) {
            Some(n) if n == paginas => return doc,
            Some(n) if n > paginas => break,
            None => panic!("pdfinfo (poppler-utils) is nodig"),
            _ => {}
        }
    }
    panic!("geen plan van precies {paginas} pagina's");
}

// ---- The same document as a flat ODT, for LibreOffice ----

fn xml(t: &str) -> String {
    t.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn alinea(stijl: &str, t: &str) -> String {
    let regels: Vec<String> = t.split('\n').map(xml).collect();
    format!(
        "<text:p text:style-name=\"{stijl}\">{}</text:p>",
        regels.join("<text:line-break/>")
    )
}

fn tabel(naam: &str, breedtes: &[f32], kop: Option<&[String]>, rijen: &[Vec<String>]) -> String {
    let mut s = format!("<table:table table:name=\"{naam}\" table:style-name=\"Tabel\">");
    for i in 0..breedtes.len() {
        s += &format!("<table:table-column table:style-name=\"{naam}.K{i}\"/>");
    }
    let rij = |cellen: &[String], stijl: &str| {
        let mut r = String::from("<table:table-row>");
        for i in 0..breedtes.len() {
            let c = cellen.get(i).map(String::as_str).unwrap_or("");
            r += &format!(
                "<table:table-cell table:style-name=\"Cel\" office:value-type=\"string\">{}</table:table-cell>",
                alinea(stijl, c)
            );
        }
        r + "</table:table-row>"
    };
    if let Some(kop) = kop {
        s += "<table:table-header-rows>";
        s += &rij(kop, "Vet");
        s += "</table:table-header-rows>";
    }
    for r in rijen {
        s += &rij(r, "Standaard");
    }
    s + "</table:table>"
}

fn kolomstijlen(naam: &str, breedtes: &[f32]) -> String {
    let totaal: f32 = breedtes.iter().sum();
    breedtes
        .iter()
        .enumerate()
        .map(|(i, b)| {
            format!(
                "<style:style style:name=\"{naam}.K{i}\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"{:.1}mm\"/></style:style>",
                b / totaal * 170.0
            )
        })
        .collect()
}

fn fodt(doc: &Document) -> String {
    let mut body = String::new();
    let mut stijlen = String::new();
    for (n, blok) in doc.blokken.iter().enumerate() {
        match blok {
            Blok::Titel(t) => body += &alinea("Titel", t),
            Blok::Kop(t) => {
                body += &format!(
                    "<text:h text:style-name=\"Kop\" text:outline-level=\"1\">{}</text:h>",
                    xml(t)
                )
            }
            Blok::Subkop(t) => {
                body += &format!(
                    "<text:h text:style-name=\"Subkop\" text:outline-level=\"2\">{}</text:h>",
                    xml(t)
                )
            }
            Blok::Alinea(t) => body += &alinea("Standaard", t),
            Blok::Opsomming(punten) => {
                body += "<text:list text:style-name=\"Bol\">";
                for p in punten {
                    body += &format!(
                        "<text:list-item>{}</text:list-item>",
                        alinea("Standaard", p)
                    );
                }
                body += "</text:list>";
            }
            Blok::Velden(velden) => {
                let naam = format!("V{n}");
                stijlen += &kolomstijlen(&naam, &[0.3, 0.7]);
                let rijen: Vec<Vec<String>> = velden
                    .iter()
                    .map(|(a, b)| vec![a.clone(), b.clone()])
                    .collect();
                body += &tabel(&naam, &[0.3, 0.7], None, &rijen);
            }
            Blok::Tabel { kolommen, rijen } => {
                let naam = format!("T{n}");
                let breedtes: Vec<f32> = kolommen.iter().map(|k| k.breedte).collect();
                stijlen += &kolomstijlen(&naam, &breedtes);
                let kop: Vec<String> = kolommen.iter().map(|k| k.titel.clone()).collect();
                body += &tabel(&naam, &breedtes, Some(&kop), rijen);
            }
            Blok::Handtekeningen(namen) => {
                for naam in namen {
                    body += &alinea("Standaard", "\n\n______________________________");
                    body += &alinea("Vet", naam);
                    body += &alinea("Standaard", "Datum: ____________________");
                }
            }
            Blok::Ruimte(_) => body += &alinea("Standaard", ""),
        }
    }
    format!(
        r##"<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{titel}</dc:title><dc:creator>{auteur}</dc:creator><dc:subject>{onderwerp}</dc:subject></office:meta>
<office:font-face-decls><style:font-face style:name="Noto Sans" svg:font-family="'Noto Sans'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="Noto Sans" fo:font-size="10pt" fo:language="nl" fo:country="NL"/></style:default-style>
<style:style style:name="Standaard" style:family="paragraph"><style:paragraph-properties fo:line-height="135%" fo:margin-bottom="2mm"/></style:style>
<style:style style:name="Vet" style:family="paragraph" style:parent-style-name="Standaard"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Titel" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="4mm"/><style:text-properties fo:font-size="20pt" fo:font-weight="bold" fo:color="#1c385a"/></style:style>
<style:style style:name="Kop" style:family="paragraph"><style:paragraph-properties fo:margin-top="4mm" fo:margin-bottom="1mm" fo:keep-with-next="always"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold" fo:color="#1c385a"/></style:style>
<style:style style:name="Subkop" style:family="paragraph"><style:paragraph-properties fo:margin-top="3mm" fo:keep-with-next="always"/><style:text-properties fo:font-size="11pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Klein" style:family="paragraph"><style:text-properties fo:font-size="8pt" fo:color="#6b6b73"/></style:style>
<text:list-style style:name="Bol"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="5mm" fo:text-indent="-4mm" fo:margin-left="5mm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" fo:margin-top="12mm" fo:margin-bottom="12mm" fo:margin-left="20mm" fo:margin-right="20mm"/><style:header-style><style:header-footer-properties fo:min-height="0mm" fo:margin-bottom="6mm" fo:border-bottom="0.2pt solid #b8b8bf"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0mm" fo:margin-top="6mm" fo:border-top="0.2pt solid #b8b8bf"/></style:footer-style></style:page-layout>
<style:style style:name="Tabel" style:family="table"><style:table-properties style:width="170mm" table:align="left" fo:margin-bottom="3mm"/></style:style>
<style:style style:name="Cel" style:family="table-cell"><style:table-cell-properties fo:padding="1.2mm" fo:border-bottom="0.4pt solid #b8b8bf"/></style:style>
{stijlen}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4">
<style:header><text:p text:style-name="Klein">{kop}</text:p></style:header>
<style:footer><text:p text:style-name="Klein">{voet}<text:tab/>pagina <text:page-number text:select-page="current"/> van <text:page-count/></text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>{body}</office:text></office:body>
</office:document>
"##,
        titel = xml(&doc.titel),
        auteur = xml(&doc.auteur),
        onderwerp = xml(&doc.onderwerp),
        kop = xml(&doc.kop),
        voet = xml(&doc.voet),
    )
}

// ---- LibreOffice ----

fn soffice() -> Option<PathBuf> {
    let zoek = || {
        ["soffice", "libreoffice"].into_iter().find_map(|n| {
            Command::new("which")
                .arg(n)
                .output()
                .ok()
                .filter(|o| o.status.success())
                .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()))
        })
    };
    if let Some(p) = zoek() {
        return Some(p);
    }
    println!(
        "soffice ontbreekt: apt-get install -y --no-install-recommends libreoffice-writer-nogui …"
    );
    let ok = Command::new("apt-get")
        .args([
            "install",
            "-y",
            "--no-install-recommends",
            "libreoffice-writer-nogui",
        ])
        .env("DEBIAN_FRONTEND", "noninteractive")
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    if !ok {
        println!("installatie mislukt: LibreOffice wordt overgeslagen");
        return None;
    }
    zoek()
}

fn converteer(soffice: &Path, profiel: &Path, naar: &str, bestand: &Path, uit: &Path) -> bool {
    Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profiel.display()
        ))
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            naar,
            "--outdir",
        ])
        .arg(uit)
        .arg(bestand)
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

fn kopieer_map(van: &Path, naar: &Path) {
    let ok = Command::new("cp")
        .arg("-a")
        .arg(van)
        .arg(naar)
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    assert!(ok, "cp -a profiel");
}

fn main() {
    let quick = std::env::var("TOP3_BENCH_QUICK").is_ok();
    let (ons_runs, lo_runs) = if quick { (10, 3) } else { (50, 7) };
    let werk = tempfile::Builder::new()
        .prefix("top3-bench-pdf-")
        .tempdir()
        .expect("tempdir");
    let w = werk.path();

    // Cold: the first render parses the four fonts.
    let t = Instant::now();
    let _ = render(&plan(0)).expect("render");
    println!(
        "eerste render (lettertypen inlezen): {:.1} ms",
        t.elapsed().as_secs_f64() * 1e3
    );

    let docs = [(1, voorbeeld(1, w)), (6, voorbeeld(6, w))];
    let lo = soffice();
    let profiel_sjabloon = w.join("lo-profiel");
    if let Some(lo) = &lo {
        // Warm a profile once (untimed): first start writes the user installation.
        let warm = w.join("warm.fodt");
        std::fs::write(&warm, fodt(&plan(0))).expect("write");
        if !converteer(lo, &profiel_sjabloon, "pdf", &warm, w) {
            println!("LibreOffice kon niet converteren");
        }
    }

    println!();
    println!(
        "{:<10} {:>12} {:>10} {:>16} {:>10} {:>10}",
        "document", "render", "grootte", "LibreOffice", "grootte", "verhouding"
    );
    for (paginas, doc) in &docs {
        let ons = median(ons_runs, || {
            let b = render(doc).expect("render");
            std::hint::black_box(b);
        });
        let grootte = render(doc).expect("render").len();
        let naam = format!("pdf: plan van {paginas} pagina's renderen");
        let mut regel = format!(
            "{:<10} {:>9.2} ms {:>7} KB",
            format!("{paginas} pagina"),
            ons.as_secs_f64() * 1e3,
            grootte / 1024
        );
        if let Some(lo) = &lo {
            let dir = w.join(format!("lo-{paginas}"));
            std::fs::create_dir_all(&dir).expect("mkdir");
            let fodt_pad = dir.join("plan.fodt");
            std::fs::write(&fodt_pad, fodt(doc)).expect("write");
            let ok = converteer(lo, &profiel_sjabloon, "docx", &fodt_pad, &dir);
            let docx = dir.join("plan.docx");
            if ok && docx.exists() {
                let mut tijden = Vec::new();
                for k in 0..lo_runs {
                    let profiel = dir.join(format!("profiel-{k}"));
                    kopieer_map(&profiel_sjabloon, &profiel);
                    let uit = dir.join(format!("uit-{k}"));
                    let t = Instant::now();
                    let ok = converteer(lo, &profiel, "pdf", &docx, &uit);
                    tijden.push(t.elapsed());
                    assert!(ok, "soffice --convert-to pdf");
                }
                tijden.sort();
                let lo_med = tijden[tijden.len() / 2];
                let lo_pdf = dir.join("uit-0").join("plan.pdf");
                let lo_grootte = std::fs::metadata(&lo_pdf).map(|m| m.len()).unwrap_or(0);
                let lo_paginas = pdf_paginas(&lo_pdf).unwrap_or(0);
                meting::met_basis(
                    &format!("{naam} (LibreOffice / ons)"),
                    meting::ms(ons),
                    "ms",
                    meting::ms(lo_med),
                    lo_med.as_secs_f64() / ons.as_secs_f64(),
                    "≥ 50×",
                );
                regel += &format!(
                    " {:>9.0} ms ({}p) {:>7} KB {:>9.0}×",
                    lo_med.as_secs_f64() * 1e3,
                    lo_paginas,
                    lo_grootte / 1024,
                    lo_med.as_secs_f64() / ons.as_secs_f64()
                );
            } else {
                regel += "  (DOCX maken mislukt)";
                meting::los(
                    &naam,
                    meting::ms(ons),
                    "ms",
                    "≥ 50× LibreOffice (niet gemeten)",
                );
            }
        } else {
            meting::los(
                &naam,
                meting::ms(ons),
                "ms",
                "≥ 50× LibreOffice (niet gemeten)",
            );
        }
        println!("{regel}");
    }
    println!();
    println!(
        "mediaan van {ons_runs} (render) en {lo_runs} (LibreOffice, elk met een verse kopie van een opgewarmd profiel);"
    );
    println!("verhouding = LibreOffice / render; doel ≥ 50×");

    // The stress case: one 2 MB paragraph (ours only).
    let zin =
        "De casusregisseur bespreekt het plan met moeder en vader en legt de afspraken vast. ";
    let lang = Document {
        blokken: vec![Blok::Alinea(zin.repeat(2_000_000 / zin.len() + 1))],
        ..plan(0)
    };
    let t = Instant::now();
    let b = render(&lang).expect("render");
    let duur = t.elapsed();
    let pad = w.join("lang.pdf");
    std::fs::write(&pad, &b).expect("write");
    println!(
        "2 MB alinea: {:.0} ms, {} pagina's, {} KB",
        duur.as_secs_f64() * 1e3,
        pdf_paginas(&pad).unwrap_or(0),
        b.len() / 1024
    );
}
