//! `cargo xtask fuzz [SECONDEN] [DOEL…]`: run each fuzz target in `fuzz/` for a given time (default
//! 300 s each) on one core, starting from the committed seeds, and print one line per target:
//! CPU seconds, runs, crashes. Installs cargo-fuzz when missing. Not part of `cargo xtask test`
//! (it runs for minutes by design); findings land in `fuzz/artifacts/<doel>/`.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use crate::{Result, root, sh, step};

/// Every target in fuzz/Cargo.toml, with where its seeds come from.
const DOELEN: &[(&str, &[&str])] = &[
    ("import", &["tests/data/uitwisseling"]),
    ("sleutelbestand", &["fuzz/seeds/sleutelbestand"]),
    ("backup", &["fuzz/seeds/backup"]),
    ("namen", &["fuzz/seeds/namen"]),
];

pub fn fuzz(args: &[String]) -> Result {
    let seconden: u64 = match args.first() {
        Some(s) if s.chars().all(|c| c.is_ascii_digit()) => s
            .parse()
            .map_err(|_| format!("'{s}' is geen aantal seconden"))?,
        _ => 300,
    };
    let gekozen: Vec<&str> = args
        .iter()
        .map(String::as_str)
        .filter(|a| !a.chars().all(|c| c.is_ascii_digit()))
        .collect();
    for g in &gekozen {
        if !DOELEN.iter().any(|(d, _)| d == g) {
            return Err(format!(
                "onbekend fuzzdoel '{g}'; kies uit {}",
                DOELEN
                    .iter()
                    .map(|(d, _)| *d)
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
    }
    installeer_cargo_fuzz()?;
    let root = root();
    let fuzz = root.join("fuzz");
    let mut regels = Vec::new();
    for (doel, zaden) in DOELEN {
        if !gekozen.is_empty() && !gekozen.contains(doel) {
            continue;
        }
        let corpus = fuzz.join("corpus").join(doel);
        std::fs::create_dir_all(&corpus).map_err(|e| format!("{}: {e}", corpus.display()))?;
        for z in *zaden {
            kopieer_zaden(&root.join(z), &corpus)?;
        }
        step(&format!("fuzz {doel}: {seconden} s"));
        let begin = Instant::now();
        let uit = Command::new("cargo")
            .current_dir(&fuzz)
            .env("RUSTC_BOOTSTRAP", "1")
            .args(["fuzz", "run", doel])
            .arg(&corpus)
            .args([
                "--",
                &format!("-max_total_time={seconden}"),
                "-print_final_stats=1",
                "-rss_limit_mb=2048",
                "-max_len=262144",
            ])
            .output()
            .map_err(|e| format!("cargo fuzz: {e}"))?;
        let tekst = String::from_utf8_lossy(&uit.stderr);
        let runs = stat(&tekst, "stat::number_of_executed_units").unwrap_or(0);
        if !uit.status.success() && !tekst.contains("stat::number_of_executed_units") {
            let staart: Vec<&str> = tekst.lines().rev().take(30).collect();
            return Err(format!(
                "fuzzdoel {doel} is niet gebouwd of niet gestart:\n{}",
                staart.into_iter().rev().collect::<Vec<_>>().join("\n")
            ));
        }
        let crashes = if uit.status.success() { 0 } else { 1 };
        if !uit.status.success() {
            let staart: Vec<&str> = tekst.lines().rev().take(30).collect();
            eprintln!(
                "{}",
                staart.into_iter().rev().collect::<Vec<_>>().join("\n")
            );
        }
        regels.push(format!(
            "{doel:<16} {:>6.0} s CPU  {runs:>12} runs  {crashes} crashes",
            begin.elapsed().as_secs_f64()
        ));
    }
    println!("\nfuzzen (één kern per doel):");
    for r in &regels {
        println!("  {r}");
    }
    if regels.iter().any(|r| !r.ends_with(" 0 crashes")) {
        return Err("een fuzzdoel vond een crash; zie fuzz/artifacts/".into());
    }
    Ok(())
}

fn stat(tekst: &str, naam: &str) -> Option<u64> {
    tekst
        .lines()
        .rev()
        .filter_map(|l| l.strip_prefix(naam))
        .find_map(|r| r.trim_start_matches(':').trim().parse().ok())
}

fn kopieer_zaden(van: &Path, naar: &Path) -> Result {
    let Ok(lijst) = std::fs::read_dir(van) else {
        return Ok(());
    };
    for e in lijst.flatten() {
        let p = e.path();
        if p.is_file() {
            let doel = naar.join(e.file_name());
            std::fs::copy(&p, &doel).map_err(|e| format!("{}: {e}", p.display()))?;
        }
    }
    Ok(())
}

fn installeer_cargo_fuzz() -> Result {
    let heeft = Command::new("cargo")
        .args(["fuzz", "--version"])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    if !heeft {
        step("cargo-fuzz installeren (cargo install)");
        sh(&root(), "cargo", &["install", "cargo-fuzz", "--locked"])?;
    }
    Ok(())
}
