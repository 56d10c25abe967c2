//! The page format (issue 17): a vault made by an earlier version (HMAC-SHA512 pages, key header
//! version 1) is converted to the current format on its first open — whole, with its trail, and
//! crash-safe: killed at any moment, the vault opens afterwards with everything it held.

use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use top3::domain::Informatie;
use top3::vault::keys::KdfParams;
use top3::vault::{Paginaformaat, Vault, VaultDir};

use crate::util::{self, PASS, Rng, contains, stderr, top3, werkdag};

const KANARIE: &str = "Paginakanarie-83d1";

/// A vault as the previous version made it, with `casussen` casussen whose items carry the canary.
fn oude_kluis(root: &Path, casussen: usize) -> Vec<String> {
    let dir = VaultDir::open(root).unwrap();
    let mut v = Vault::create_in_formaat_for_tests(
        &dir,
        PASS,
        "Tester",
        KdfParams::MINIMUM,
        Paginaformaat::HmacSha512,
    )
    .unwrap()
    .vault;
    v.zet_werkdag(werkdag());
    assert_eq!(v.header().versie, 1);
    assert_eq!(v.pragmas().unwrap().hmac_algorithm, "HMAC_SHA512");
    let mut codes = Vec::new();
    for i in 0..casussen {
        let code = format!("OUD-{i:03}");
        let id = v.casus_create(&code, "Van voor de omzetting").unwrap();
        let mut c = v.casus_get(&id).unwrap();
        for j in 0..20 {
            c.informatie.push(Informatie::nieuw(format!(
                "{KANARIE} {i}/{j}: de buurvrouw hoorde geschreeuw en een klap."
            )));
        }
        v.casus_save(&c, top3::vault::Aanleiding::Bewerkt).unwrap();
        codes.push(code);
    }
    v.checkpoint().unwrap();
    codes
}

/// What the vault holds: every casus code with its item texts, and the trail without the
/// conversion's own entry and the reads.
/// Every casus (code, item texts) and the trail (action, summary).
type Inhoud = (Vec<(String, Vec<String>)>, Vec<(String, String)>);

fn inhoud(v: &Vault) -> Inhoud {
    let mut casussen: Vec<(String, Vec<String>)> = v
        .casus_list()
        .unwrap()
        .into_iter()
        .map(|r| {
            let c = v.casus_get(&r.id).unwrap();
            (c.code, c.informatie.into_iter().map(|i| i.tekst).collect())
        })
        .collect();
    casussen.sort();
    let trail = v
        .audit_log()
        .unwrap()
        .into_iter()
        .filter(|e| e.action != "kluis omgezet" && e.action != "kluis ontgrendeld")
        .map(|e| (e.action, e.summary))
        .collect();
    (casussen, trail)
}

fn omzettingen(v: &Vault) -> usize {
    v.audit_log()
        .unwrap()
        .iter()
        .filter(|e| e.action == "kluis omgezet")
        .count()
}

fn header_versie(root: &Path) -> u32 {
    let h: serde_json::Value =
        serde_json::from_slice(&std::fs::read(root.join("kluis.sleutels")).unwrap()).unwrap();
    h["versie"].as_u64().unwrap() as u32
}

fn kopieer(van: &Path, naar: &Path) {
    std::fs::create_dir_all(naar).unwrap();
    for e in std::fs::read_dir(van).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), naar.join(e.file_name())).unwrap();
    }
}

#[test]
fn een_oude_kluis_wordt_bij_het_openen_omgezet_en_blijft_heel() {
    let tmp = util::tempdir();
    let root = tmp.path().join("kluis");
    oude_kluis(&root, 3);
    let dir = VaultDir::open(&root).unwrap();
    assert_eq!(header_versie(&root), 1);
    let versie = {
        let v = Vault::unlock(&dir, PASS).unwrap();
        let report = v.check().unwrap();
        assert!(report.teruggezet.is_empty(), "{report:?}");
        v.header().versie
    };
    assert_eq!(versie, 2, "the first open converted the vault");
    assert_eq!(header_versie(&root), 2);
    let v = Vault::unlock(&dir, PASS).unwrap();
    assert_eq!(v.pragmas().unwrap().hmac_algorithm, "HMAC_SHA256");
    assert_eq!(
        omzettingen(&v),
        1,
        "one entry for the conversion, not one per open"
    );
    let entry = v
        .audit_log()
        .unwrap()
        .into_iter()
        .find(|e| e.action == "kluis omgezet")
        .unwrap();
    assert!(
        entry.summary.contains("HMAC_SHA256") && entry.summary.contains("HMAC_SHA512"),
        "{}",
        entry.summary
    );
    let (casussen, _) = inhoud(&v);
    assert_eq!(casussen.len(), 3);
    assert!(casussen.iter().all(|(_, items)| items.len() == 20));
    // The converted file is read with the new layout (48 reserved bytes), and its pages hold the
    // casussen; no file beside it holds plaintext.
    v.checkpoint().unwrap();
    let pages = util::ontsleutelde_paginas(&dir.db_path(), &v.data_key_for_tests());
    assert!(
        contains(&pages, b"OUD-000"),
        "the casus rows are in the new pages"
    );
    for (pad, bytes) in util::files(&root) {
        assert!(
            !contains(&bytes, KANARIE.as_bytes()),
            "{} holds plaintext",
            pad.display()
        );
    }
    // A backup of the converted vault restores in the new format.
    let backup = tmp.path().join("kluis.top3backup");
    v.backup(&backup).unwrap();
    drop(v);
    let elders = VaultDir::open(&tmp.path().join("elders")).unwrap();
    elders.restore(&backup, PASS, false).unwrap();
    let hersteld = Vault::unlock(&elders, PASS).unwrap();
    assert_eq!(hersteld.pragmas().unwrap().hmac_algorithm, "HMAC_SHA256");
    assert_eq!(inhoud(&hersteld).0, casussen);
}

#[test]
fn een_back_up_van_een_oude_kluis_wordt_na_het_terugzetten_omgezet() {
    let tmp = util::tempdir();
    let root = tmp.path().join("kluis");
    oude_kluis(&root, 1);
    // The backup the previous version would have made: its own header (version 1) and database.
    let backup = tmp.path().join("oud.top3backup");
    let o = top3()
        .arg("--vault")
        .arg(&root)
        .args(["vault", "backup"])
        .arg(&backup)
        .env("TOP3_PASSPHRASE", PASS)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let elders = VaultDir::open(&tmp.path().join("elders")).unwrap();
    elders.restore(&backup, PASS, false).unwrap();
    let v = Vault::unlock(&elders, PASS).unwrap();
    assert_eq!(v.header().versie, 2);
    assert_eq!(inhoud(&v).0.len(), 1);
}

/// Killed at the two moments between the files (deterministically, through the test hook), and at
/// random moments of the whole conversion: the vault always opens afterwards, converted, with every
/// casus and every earlier trail entry, and the conversion recorded once.
#[test]
fn een_onderbroken_omzetting_laat_de_oude_of_de_nieuwe_kluis_heel() {
    let tmp = util::tempdir();
    let bron = tmp.path().join("bron");
    oude_kluis(&bron, 40);
    let verwacht = {
        let kopie = tmp.path().join("referentie");
        kopieer(&bron, &kopie);
        let v = Vault::unlock(&VaultDir::open(&kopie).unwrap(), PASS).unwrap();
        inhoud(&v)
    };
    let controleer = |root: &Path, wat: &str| {
        let dir = VaultDir::open(root).unwrap();
        let v = Vault::unlock(&dir, PASS).unwrap_or_else(|e| panic!("{wat}: {e}"));
        let report = v.check().unwrap_or_else(|e| panic!("{wat}: {e}"));
        assert!(report.teruggezet.is_empty(), "{wat}: {report:?}");
        assert_eq!(v.header().versie, 2, "{wat}");
        assert_eq!(omzettingen(&v), 1, "{wat}");
        let (casussen, trail) = inhoud(&v);
        assert_eq!(casussen, verwacht.0, "{wat}");
        // Every earlier entry, in order; after it only what the interrupted command read.
        assert!(trail.starts_with(&verwacht.1), "{wat}: {trail:?}");
        assert!(
            !root.join("kluis.db.nieuw").exists() && !root.join("kluis.sleutels.nieuw").exists()
        );
    };
    let list = |root: &Path, punt: Option<&str>| {
        let mut c = top3();
        c.arg("--vault")
            .arg(root)
            .args(["casus", "list"])
            .env("TOP3_PASSPHRASE", PASS)
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        if let Some(p) = punt {
            c.env("TOP3_TEST_ONDERBREEK", p);
        }
        c
    };
    for punt in ["voor-wissel", "tussen-wissel"] {
        let root = tmp.path().join(punt);
        kopieer(&bron, &root);
        let status = list(&root, Some(punt)).status().unwrap();
        assert!(!status.success(), "{punt}: the process was stopped there");
        let nieuw = (
            root.join("kluis.db.nieuw").exists(),
            root.join("kluis.sleutels.nieuw").exists(),
        );
        match punt {
            "voor-wissel" => assert_eq!(nieuw, (true, true), "both new files staged"),
            _ => assert_eq!(nieuw, (false, true), "database swapped, key file not yet"),
        }
        assert_eq!(
            header_versie(&root),
            1,
            "{punt}: the old key file is still in place"
        );
        controleer(&root, punt);
    }
    // Random moments: spread over the conversion's measured duration (and a little beyond).
    let root = tmp.path().join("maat");
    kopieer(&bron, &root);
    let t = Instant::now();
    assert!(list(&root, None).status().unwrap().success());
    let duur = t.elapsed();
    let mut rng = Rng::new("omzetten");
    let (mut oud, mut nieuw) = (0, 0);
    for ronde in 0..12 {
        let root = tmp.path().join(format!("ronde{ronde}"));
        kopieer(&bron, &root);
        let mut kind = list(&root, None).spawn().unwrap();
        std::thread::sleep(Duration::from_micros(
            rng.below(duur.as_micros() as u64 * 12 / 10 + 1),
        ));
        let _ = kind.kill();
        let _ = kind.wait();
        if header_versie(&root) == 2 {
            nieuw += 1;
        } else {
            oud += 1;
        }
        controleer(&root, &format!("ronde {ronde}"));
    }
    eprintln!(
        "omzetten: 2 vaste onderbrekingen + 12 op een willekeurig moment (omzetting + openen duurt {duur:?}): {oud}× nog oud, {nieuw}× al omgezet; telkens heel"
    );
}

#[test]
fn een_oudere_app_weigert_het_nieuwe_sleutelbestand_duidelijk() {
    // The header says which page format the database has; a header from a newer version is
    // refused before any page is read.
    let tmp = util::tempdir();
    let root = tmp.path().join("kluis");
    drop(util::new_vault(&root));
    let pad = root.join("kluis.sleutels");
    let mut h: serde_json::Value = serde_json::from_slice(&std::fs::read(&pad).unwrap()).unwrap();
    assert_eq!(h["versie"], 2);
    h["versie"] = 3.into();
    std::fs::write(&pad, serde_json::to_vec(&h).unwrap()).unwrap();
    let Err(fout) = Vault::unlock(&VaultDir::open(&root).unwrap(), PASS) else {
        panic!("a key file of version 3 is refused");
    };
    assert!(fout.to_string().contains("versie 3"), "{fout}");
}
