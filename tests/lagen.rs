//! The architecture's layer rules, enforced on the source (ARCHITECTURE.md, "Layers"): we keep
//! `domain` a module of the `top3` crate rather than its own crate (see ARCHITECTURE.md for why),
//! so this test is what stops an I/O call, a clock read or an upward dependency from creeping in.
//! Test modules (`#[cfg(test)]` and below) are exempt: they may read fixtures and the clock.

use std::path::{Path, PathBuf};

fn bronbestanden(map: &Path) -> Vec<PathBuf> {
    let mut uit = Vec::new();
    let mut te_doen = vec![map.to_path_buf()];
    while let Some(d) = te_doen.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                te_doen.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                uit.push(p);
            }
        }
    }
    uit.sort();
    uit
}

/// The production part of a source file: everything before its first `#[cfg(test)]`, with
/// comment lines dropped (docs may name what the code must not do).
fn productiecode(p: &Path) -> Vec<(usize, String)> {
    std::fs::read_to_string(p)
        .unwrap()
        .lines()
        .enumerate()
        .take_while(|(_, r)| r.trim() != "#[cfg(test)]")
        .filter(|(_, r)| !r.trim_start().starts_with("//"))
        .map(|(i, r)| (i + 1, r.to_string()))
        .collect()
}

fn overtredingen(laag: &str, verboden: &[&str]) -> Vec<String> {
    let map = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(laag);
    let bestanden = bronbestanden(&map);
    assert!(
        bestanden.len() > 3,
        "{laag}: no sources found in {}",
        map.display()
    );
    let mut uit = Vec::new();
    for p in bestanden {
        for (nr, regel) in productiecode(&p) {
            for v in verboden {
                if regel.contains(v) {
                    uit.push(format!("{}:{nr}: {v}: {}", p.display(), regel.trim()));
                }
            }
        }
    }
    uit
}

const IO: &[&str] = &[
    "std::fs",
    "std::net",
    "std::env",
    "std::process",
    "std::io::stdin",
    "File::",
    "rusqlite",
    "tauri",
];
const OMHOOG: &[&str] = &["crate::vault", "crate::api", "crate::training"];

#[test]
fn het_domein_doet_geen_io_leest_geen_klok_en_kent_geen_hogere_laag() {
    let klok = [
        "Local::now",
        "Utc::now",
        "SystemTime::now",
        "Instant::now",
        "today()",
    ];
    let verboden: Vec<&str> = IO
        .iter()
        .chain(OMHOOG)
        .chain(&["crate::export"])
        .chain(&klok)
        .copied()
        .collect();
    let fout = overtredingen("domain", &verboden);
    assert!(
        fout.is_empty(),
        "the domain must stay pure:\n{}",
        fout.join("\n")
    );
}

#[test]
fn export_doet_geen_io_en_kent_geen_hogere_laag() {
    let verboden: Vec<&str> = IO.iter().chain(OMHOOG).copied().collect();
    let fout = overtredingen("export", &verboden);
    assert!(
        fout.is_empty(),
        "export must do no I/O:\n{}",
        fout.join("\n")
    );
}

#[test]
fn de_toets_vangt_een_overtreding() {
    // The check itself can fail: a file with a clock read in production code is caught, one
    // with the same call in its test module is not.
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("x.rs");
    std::fs::write(&p, "fn a() { let _ = chrono::Utc::now(); }\n#[cfg(test)]\nmod tests { fn b() { std::fs::read(\"x\"); } }\n").unwrap();
    let code = productiecode(&p);
    assert_eq!(code.len(), 1);
    assert!(code[0].1.contains("Utc::now"));
}
