//! `cargo xtask bench`: every benchmark in one run, and one table of what they measured — each
//! figure beside its baseline from the same run and its goal (issue 17). A report, not a test:
//! this machine is shared, so nothing here fails on a slow figure.
//!
//! 1. `cargo bench` for the vault (SQLCipher vs plain SQLite, unlock), the core at 10,000 casussen
//!    and the PDF engine (vs LibreOffice);
//! 2. a release build of the app and the CLI, an oefenomgeving with 10,000 generated casussen and
//!    one of 500 items (`top3 oefen genereer`), and the window measurements on it
//!    (`tests/e2e/prestatie.mjs`: cold start, unlock until the list is drawn, search and filters,
//!    each 500-item interaction, memory after 50 casussen).
//!
//! Each bench prints `#meting` lines (benches/gedeeld/meting.rs); the window run appends the same
//! lines to a file. The table is printed as Markdown, so it can go into a note as it is.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use crate::{Result, build_ui, root, run_e2e, setup, sh, step};

/// How many casussen the window measurements use.
const CASUSSEN: usize = 10_000;

struct Meting {
    naam: String,
    waarde: f64,
    eenheid: String,
    basis: Option<f64>,
    verhouding: Option<f64>,
    doel: String,
}

fn parse(regel: &str) -> Option<Meting> {
    let mut v = regel.strip_prefix("#meting\t")?.split('\t');
    let mut next = || v.next().map(str::to_string);
    let naam = next()?;
    let waarde = next()?.parse().ok()?;
    let eenheid = next()?;
    let basis = next()?.parse().ok();
    let verhouding = next()?.parse().ok();
    let doel = next()?;
    Some(Meting {
        naam,
        waarde,
        eenheid,
        basis,
        verhouding,
        doel,
    })
}

/// Run a command, echo its output as it comes, and keep the `#meting` lines.
fn meet(dir: &Path, program: &str, args: &[&str]) -> Result<Vec<Meting>> {
    eprintln!("$ {program} {}", args.join(" "));
    let mut child = Command::new(program)
        .args(args)
        .current_dir(dir)
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("kan '{program}' niet starten: {e}"))?;
    let mut uit = Vec::new();
    for regel in BufReader::new(child.stdout.take().expect("piped")).lines() {
        let regel = regel.map_err(|e| e.to_string())?;
        match parse(&regel) {
            Some(m) => uit.push(m),
            None => eprintln!("{regel}"),
        }
    }
    let status = child.wait().map_err(|e| e.to_string())?;
    if !status.success() {
        return Err(format!("'{program} {}' faalde ({status})", args.join(" ")));
    }
    Ok(uit)
}

pub fn bench() -> Result {
    let root = root();
    let begin = Instant::now();
    setup::all()?;
    let mut metingen = Vec::new();
    for b in ["vault", "casus", "pdf"] {
        step(&format!("benchmark: {b}"));
        metingen.extend(meet(&root, "cargo", &["bench", "--bench", b])?);
    }

    step("release-build van de app en de opdrachtregel (voor de venstermetingen)");
    build_ui()?;
    sh(
        &root,
        "cargo",
        &[
            "build",
            "--release",
            "--locked",
            "-p",
            "top3",
            "-p",
            "top3-werkplaats",
        ],
    )?;
    let werk = root.join("target/bench-venster");
    let _ = std::fs::remove_dir_all(&werk);
    let kluis = werk.join("kluis");
    std::fs::create_dir_all(&werk).map_err(|e| e.to_string())?;
    step(&format!(
        "oefenomgeving met {CASUSSEN} gegenereerde casussen"
    ));
    let t = Instant::now();
    let aantal = CASUSSEN.to_string();
    sh(
        &root,
        root.join("target/release/top3").to_str().expect("utf-8"),
        &[
            "oefen",
            "genereer",
            kluis.to_str().expect("utf-8"),
            "--aantal",
            &aantal,
            "--groot",
            "500",
        ],
    )?;
    let grootte = std::fs::metadata(kluis.join("kluis.db")).map_or(0, |m| m.len());
    eprintln!(
        "gegenereerd in {:.1} s; kluis.db {:.0} MB",
        t.elapsed().as_secs_f64(),
        grootte as f64 / 1e6
    );

    step("venstermetingen (release-app onder Xvfb, tests/e2e/prestatie.mjs)");
    let bestand = werk.join("metingen.txt");
    let home = werk.join("home");
    let shots = werk.join("schermen");
    let (b, k) = (
        bestand.to_str().expect("utf-8").to_string(),
        kluis.to_str().expect("utf-8").to_string(),
    );
    run_e2e(
        &root.join("target/release/top3-werkplaats"),
        &home,
        &shots,
        &[
            ("TOP3_E2E_SUITE", "prestatie"),
            ("TOP3_E2E_METINGEN", &b),
            ("TOP3_E2E_CASUSSEN", &aantal),
            ("TOP3_VAULT", &k),
        ],
    )?;
    let tekst = std::fs::read_to_string(&bestand).map_err(|e| format!("{b}: {e}"))?;
    metingen.extend(tekst.lines().filter_map(parse));

    // Unlocking includes Argon2 by design; the goal is for what comes after it.
    let argon2 = metingen
        .iter()
        .find(|m| m.naam.starts_with("kluis: ontgrendelen"))
        .map(|m| m.waarde);
    let ontgrendel = metingen
        .iter()
        .find(|m| m.naam.starts_with("venster: ontgrendelen"))
        .map(|m| m.waarde);
    if let (Some(a), Some(o)) = (argon2, ontgrendel) {
        metingen.push(Meting {
            naam: "venster: ontgrendelen tot de lijst, zonder de Argon2-tijd".into(),
            waarde: o - a,
            eenheid: "ms".into(),
            basis: Some(a),
            verhouding: None,
            doel: "< 1000 ms".into(),
        });
    }
    println!("{}", tabel(&metingen));
    eprintln!(
        "xtask bench: {} metingen in {:.0} s; schermafbeeldingen in {}",
        metingen.len(),
        begin.elapsed().as_secs_f64(),
        shots.display()
    );
    Ok(())
}

fn tabel(metingen: &[Meting]) -> String {
    let getal = |v: f64, eenheid: &str| {
        let s = if v >= 100.0 {
            format!("{v:.0}")
        } else if v >= 10.0 {
            format!("{v:.1}")
        } else {
            format!("{v:.2}")
        };
        format!("{} {eenheid}", s.replace('.', ","))
    };
    let mut uit = String::from(
        "| meting | waarde | basislijn (zelfde run) | verhouding | doel |\n|---|---:|---:|---:|---|\n",
    );
    for m in metingen {
        let verhouding = m
            .verhouding
            .map_or("—".to_string(), |v| format!("{v:.2}×").replace('.', ","));
        let basis = m.basis.map_or("—".to_string(), |b| getal(b, &m.eenheid));
        uit += &format!(
            "| {} | {} | {basis} | {verhouding} | {} |\n",
            m.naam,
            getal(m.waarde, &m.eenheid),
            m.doel
        );
    }
    uit
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_lines_the_benches_print() {
        let m = parse("#meting\tkluis: x\t130.250\tms\t97.200\t1.150\t≤ 1,25×").unwrap();
        assert_eq!(
            (m.naam.as_str(), m.waarde, m.basis, m.verhouding),
            ("kluis: x", 130.25, Some(97.2), Some(1.15))
        );
        let los = parse("#meting\tvenster: y\t42.000\tms\t-\t-\t< 100 ms").unwrap();
        assert_eq!(
            (los.basis, los.verhouding, los.doel.as_str()),
            (None, None, "< 100 ms")
        );
        assert!(parse("gemengde werklast 1.15×").is_none());
        let t = tabel(&[m, los]);
        assert!(
            t.contains("| kluis: x | 130 ms | 97,2 ms | 1,15× | ≤ 1,25× |"),
            "{t}"
        );
        assert!(
            t.contains("| venster: y | 42,0 ms | — | — | < 100 ms |"),
            "{t}"
        );
    }
}
