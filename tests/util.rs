//! Helpers shared by the integration tests.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use top3::vault::keys::KdfParams;
use top3::vault::{Vault, VaultDir};

pub const PASS: &str = "Correct-Paard-Batterij-Nietje";

/// A small, seedable PRNG for test randomness (xorshift64*), seeded from the OS and printed so a
/// failing run can be repeated with TOP3_TEST_SEED.
pub struct Rng(u64);

impl Rng {
    pub fn new(name: &str) -> Rng {
        let seed = std::env::var("TOP3_TEST_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                let mut b = [0u8; 8];
                getrandom::fill(&mut b).unwrap();
                u64::from_le_bytes(b) | 1
            });
        eprintln!("{name}: TOP3_TEST_SEED={seed}");
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

pub fn tempdir() -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix("top3-test-")
        .tempdir()
        .unwrap()
}

/// A new vault with the minimum KDF cost (fast to open many times), returned open.
/// A new vault (fast KDF) with today's date and the default settings set, as the façade would.
pub fn new_vault(root: &Path) -> Vault {
    let dir = VaultDir::open(root).unwrap();
    let mut v = Vault::create_with_params(&dir, PASS, "Tester", KdfParams::MINIMUM)
        .unwrap()
        .vault;
    v.zet_werkdag(werkdag());
    v
}

/// Today (the local date) and the default settings: what the façade gives the vault.
pub fn werkdag() -> top3::vault::Werkdag {
    top3::vault::Werkdag {
        vandaag: chrono::Local::now().date_naive(),
        instellingen: top3::domain::Methodeinstellingen::default(),
    }
}

pub fn top3() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_top3"));
    c.env_remove("TOP3_PASSPHRASE")
        .env_remove("TOP3_NEW_PASSPHRASE")
        .env_remove("TOP3_RECOVERY_CODE")
        .env_remove("TOP3_VAULT")
        .env("TOP3_KDF", "minimum")
        .stdin(std::process::Stdio::null());
    c
}

/// `top3 --vault ROOT ARGS…` with the test passphrase.
pub fn cli(root: &Path, args: &[&str]) -> Output {
    top3()
        .arg("--vault")
        .arg(root)
        .env("TOP3_PASSPHRASE", PASS)
        .args(args)
        .output()
        .unwrap()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Every file under `dir`, with its bytes.
pub fn files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            let Ok(ft) = e.file_type() else { continue };
            if ft.is_dir() {
                stack.push(p);
            } else if ft.is_file()
                && let Ok(b) = std::fs::read(&p)
            {
                out.push((p, b));
            }
        }
    }
    out.sort();
    out
}

/// A fingerprint of every file in a directory except the lock file (name → SHA-256).
pub fn snapshot(dir: &Path) -> Vec<(String, String)> {
    use sha2::{Digest, Sha256};
    files(dir)
        .into_iter()
        .filter(|(p, _)| !p.ends_with("kluis.lock"))
        .map(|(p, b)| {
            (
                p.strip_prefix(dir).unwrap().display().to_string(),
                hex::encode(Sha256::digest(&b)),
            )
        })
        .collect()
}

pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

/// Every page of a closed-or-checkpointed SQLCipher database file, decrypted with the raw data key:
/// what an attacker with the key would read, including freed pages and the unused space inside
/// pages, where deleted text would linger. The vault's page format (`Paginaformaat::HUIDIG`):
/// 4096-byte pages, AES-256-CBC, 48 reserved bytes at the end of each page (16 IV + 32
/// HMAC-SHA256); page 1 starts with the 16-byte salt. The HMAC is not checked here (the vault's own
/// check does that). Panics when the result does not hold the schema (a wrong key or layout would
/// otherwise make every "not found" meaningless).
pub fn ontsleutelde_paginas(db: &Path, key: &[u8; 32]) -> Vec<u8> {
    use aes::cipher::{BlockCipherDecrypt, KeyInit};
    const PAGE: usize = 4096;
    const RESERVE: usize = 48;
    let bytes = std::fs::read(db).unwrap();
    assert_eq!(
        bytes.len() % PAGE,
        0,
        "{} is geen geheel aantal pagina's",
        db.display()
    );
    let cipher = aes::Aes256::new_from_slice(key).unwrap();
    let mut uit = Vec::with_capacity(bytes.len());
    for (nr, page) in bytes.chunks(PAGE).enumerate() {
        let start = if nr == 0 { 16 } else { 0 };
        let iv = &page[PAGE - RESERVE..PAGE - RESERVE + 16];
        let mut prev: [u8; 16] = iv.try_into().unwrap();
        for block in page[start..PAGE - RESERVE].chunks(16) {
            let mut b = aes::Block::try_from(block).unwrap();
            cipher.decrypt_block(&mut b);
            for (p, v) in b.iter_mut().zip(prev) {
                *p ^= v;
            }
            uit.extend_from_slice(&b);
            prev = block.try_into().unwrap();
        }
    }
    assert!(
        contains(&uit, b"CREATE TABLE"),
        "de ontsleutelde pagina's van {} bevatten het schema niet: verkeerde sleutel of indeling",
        db.display()
    );
    uit
}

pub fn utf16le(s: &str) -> Vec<u8> {
    s.encode_utf16().flat_map(|u| u.to_le_bytes()).collect()
}

/// The text of a PDF per page (pdftotext, UTF-8; pages end with a form feed), whitespace runs
/// collapsed to one space so wrapped lines and table cells can be searched.
pub fn pdf_tekst(pad: &Path) -> Vec<String> {
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(pad)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    assert!(out.status.success(), "pdftotext {}", pad.display());
    let s = String::from_utf8(out.stdout).expect("UTF-8");
    let mut paginas: Vec<String> = s
        .split('\u{c}')
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    if paginas.last().is_some_and(|p| p.is_empty()) {
        paginas.pop();
    }
    paginas
}

/// `qpdf --check` passes.
pub fn qpdf_ok(pad: &Path) {
    let out = Command::new("qpdf")
        .arg("--check")
        .arg(pad)
        .output()
        .expect("qpdf");
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && s.contains("No syntax or stream encoding errors"),
        "qpdf --check {}: {s}",
        pad.display()
    );
}
