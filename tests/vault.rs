//! The vault (issue #3): pragmas, no plaintext, corruption, crash safety, audit tamper, backups,
//! wrong secrets, the CLI contract.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use top3::vault::keys::KdfParams;
use top3::vault::{Error, Vault, VaultDir};

use crate::util::{self, PASS, Rng, contains, new_vault, snapshot, stderr, stdout, top3};

/// T3: the connection settings on every open.
#[test]
fn t3_pragmas_on_every_open() {
    let tmp = util::tempdir();
    let v = new_vault(tmp.path());
    let check = |v: &Vault| {
        let p = v.pragmas().unwrap();
        assert_eq!(p.journal_mode, "wal");
        assert_eq!(p.synchronous, 2, "synchronous=FULL");
        assert_eq!(p.temp_store, 2, "temp_store=MEMORY");
        assert_eq!(p.secure_delete, 1);
        assert_eq!(p.foreign_keys, 1);
        assert_eq!(p.memory_security, 1, "cipher_memory_security = ON");
        assert_eq!(p.hmac_algorithm, "HMAC_SHA256", "the current page format");
        assert!(
            p.cipher_version.starts_with('4'),
            "SQLCipher 4.x, got {:?}",
            p.cipher_version
        );
    };
    check(&v);
    // SQLCipher is built with OMIT_MEMLOCK (.cargo/config.toml): it wipes what it frees but locks
    // nothing, page by page (issue 17). With the per-allocation mlock, this process would hold
    // locked memory while the vault works.
    #[cfg(target_os = "linux")]
    {
        let id = v.casus_create("LOCK-1", "Geheugen").unwrap();
        assert_eq!(v.casus_get(&id).unwrap().code, "LOCK-1");
        let status = std::fs::read_to_string("/proc/self/status").unwrap();
        let vmlck = status
            .lines()
            .find(|l| l.starts_with("VmLck:"))
            .unwrap_or_default()
            .to_string();
        assert_eq!(
            vmlck.split_whitespace().nth(1),
            Some("0"),
            "no memory locked: {vmlck}"
        );
    }
    let dir = v.dir().clone();
    drop(v);
    check(&Vault::unlock(&dir, PASS).unwrap());
}

/// Deleted text leaves no trace in the decrypted pages: not in the search index (FTS5 keeps the
/// tokens of replaced rows in older segments unless `secure-delete` is on — issue 16), not in
/// freed pages, not in the slack of live pages. The scan decrypts every page with the data key.
#[test]
fn verwijderde_tekst_laat_geen_resten_in_de_paginas() {
    let tmp = util::tempdir();
    let v = new_vault(&tmp.path().join("kluis"));
    let blijft = v.casus_create("R-1", "Blijft staan").unwrap();
    let weg = v.casus_create("R-2", "Wordt verwijderd").unwrap();
    let item = v
        .informatie_add(
            &blijft,
            "melding over restwoordxalfaqz bij de buren",
            "school",
        )
        .unwrap();
    v.informatie_add(&weg, "zorg om restwoordybravoqz in het gezin", "politie")
        .unwrap();
    v.informatie_add(&blijft, "controlewoordzcharlie blijft bewaard", "school")
        .unwrap();
    v.checkpoint().unwrap();
    let key = v.data_key_for_tests();
    let db = v.dir().db_path();
    let voor = util::ontsleutelde_paginas(&db, &key);
    // The scan sees the text while it is there (so a miss below means gone, not unreadable). The
    // index stores a term after the prefix it shares with the term before it, so the scan looks
    // for each word's distinct tail.
    for w in ["xalfaqz", "ybravoqz", "zcharlie"] {
        assert!(
            contains(&voor, w.as_bytes()),
            "{w} niet gevonden vóór verwijderen"
        );
    }
    v.informatie_delete(&blijft, &item).unwrap();
    v.casus_delete(&weg).unwrap();
    v.checkpoint().unwrap();
    assert!(v.search("restwoordxalfaqz").unwrap().is_empty());
    let na = util::ontsleutelde_paginas(&db, &key);
    assert!(contains(&na, b"zcharlie"), "wat blijft staat er nog");
    for w in ["xalfaqz", "ybravoqz", "Wordt verwijderd"] {
        let n = na.windows(w.len()).filter(|x| *x == w.as_bytes()).count();
        assert_eq!(n, 0, "{w} staat nog {n} keer in de ontsleutelde pagina's");
    }
}

/// T4: 1,000 canaries through the public API → not one byte of them in any file we leave behind.
#[test]
fn t4_no_plaintext_on_disk() {
    let started = std::time::SystemTime::now();
    let tmp = util::tempdir();
    let root = tmp.path().join("kluis");
    let canary = |i: usize| format!("KANARIE{i:04}-{}", "zq".repeat(8));
    let mut ids = Vec::new();
    let mut casussen = Vec::new();
    {
        let v = new_vault(&root);
        for c in 0..10 {
            let casus = v
                .casus_create(
                    &format!("K-{c}"),
                    &format!("Kanarietitel KANARIETITEL-93b1 {c}"),
                )
                .unwrap();
            for i in (c * 100)..(c * 100 + 100) {
                ids.push((
                    casus.clone(),
                    v.informatie_add(
                        &casus,
                        &format!("melding {} van de school", canary(i)),
                        "school",
                    )
                    .unwrap(),
                ));
            }
            casussen.push(casus);
        }
        assert_eq!(v.informatie_list(&casussen[3]).unwrap().len(), 100);
        assert_eq!(
            v.search(&canary(307)).unwrap(),
            vec![casussen[3].clone()],
            "FTS finds the canary"
        );
    }
    let scan = |label: &str| {
        let mut scanned = 0usize;
        let mut hits = Vec::new();
        let mut dirs = vec![root.clone()];
        dirs.push(std::env::temp_dir());
        for d in &dirs {
            for (p, bytes) in util::files(d) {
                // Only what this test could have written: the vault, and temp files from now on.
                let recent = std::fs::metadata(&p)
                    .and_then(|m| m.modified())
                    .map(|m| m >= started)
                    .unwrap_or(false);
                if !p.starts_with(&root) && !recent {
                    continue;
                }
                scanned += 1;
                for needle in ["KANARIE", "KANARIETITEL-93b1", "Kanarietitel"] {
                    if contains(&bytes, needle.as_bytes())
                        || contains(&bytes, &util::utf16le(needle))
                    {
                        hits.push(format!("{} bevat {needle}", p.display()));
                    }
                }
            }
        }
        assert!(scanned >= 3, "{label}: scanned only {scanned} files");
        assert!(hits.is_empty(), "{label}: plaintext on disk: {hits:?}");
        eprintln!("t4 {label}: {scanned} bestanden gescand, 0 treffers");
    };
    scan("na sluiten");
    // The WAL and -shm exist while open; scan with the vault open too.
    let dir = VaultDir::open(&root).unwrap();
    let mut v = Vault::unlock(&dir, PASS).unwrap();
    v.zet_werkdag(util::werkdag());
    assert!(root.join("kluis.db-wal").exists());
    scan("geopend");
    for (casus, id) in &ids {
        v.informatie_delete(casus, id).unwrap();
    }
    for casus in &casussen {
        v.casus_delete(casus).unwrap();
    }
    v.checkpoint().unwrap();
    scan("na verwijderen en checkpoint");
    assert!(v.search(&canary(307)).unwrap().is_empty());
    assert!(v.casus_list().unwrap().is_empty());
}

fn filled_vault(root: &Path, items: usize) -> String {
    let v = new_vault(root);
    let c = v.casus_create("C-1", "Casus voor corruptietest").unwrap();
    for i in 0..items {
        v.informatie_add(&c, &format!("item {i} {}", "tekst ".repeat(300)), "bron")
            .unwrap();
    }
    v.checkpoint().unwrap();
    c
}

/// T5: one flipped byte in 200 random pages → every open or read fails with a clean "beschadigd".
#[test]
fn t5_flipped_bytes_are_detected() {
    let mut rng = Rng::new("t5");
    let tmp = util::tempdir();
    let pristine = tmp.path().join("pristine");
    let casus = filled_vault(&pristine, 400);
    let db = std::fs::read(pristine.join("kluis.db")).unwrap();
    let pages = db.len() / 4096;
    assert!(pages >= 200, "need ≥ 200 pages, have {pages}");
    let mut detected_at_open = 0;
    let mut detected_at_check = 0;
    for round in 0..200 {
        let work = tmp.path().join(format!("w{round}"));
        std::fs::create_dir(&work).unwrap();
        std::fs::copy(pristine.join("kluis.sleutels"), work.join("kluis.sleutels")).unwrap();
        let mut bytes = db.clone();
        let page = rng.below(pages as u64) as usize;
        let off = page * 4096 + rng.below(4096) as usize;
        bytes[off] ^= 1 << rng.below(8);
        std::fs::write(work.join("kluis.db"), &bytes).unwrap();
        let dir = VaultDir::open(&work).unwrap();
        match Vault::unlock(&dir, PASS) {
            Err(Error::Corrupt(msg)) => {
                assert!(!msg.is_empty());
                detected_at_open += 1;
            }
            Err(other) => panic!("round {round}, page {page}: unexpected error {other:?}"),
            Ok(v) => {
                match v.check() {
                    Err(Error::Corrupt(_)) => detected_at_check += 1,
                    other => panic!(
                        "round {round}: flipped byte at page {page} offset {off} not detected: {other:?}"
                    ),
                }
                // Reading the data either fails cleanly or returns exactly what was written.
                if let Ok(items) = v.informatie_list(&casus) {
                    for it in items {
                        assert!(it.tekst.starts_with("item "), "wrong data returned");
                    }
                }
            }
        }
        drop(dir);
        std::fs::remove_dir_all(&work).unwrap();
    }
    eprintln!(
        "t5: 200 flips, {detected_at_open} bij openen en {detected_at_check} bij de controle ontdekt"
    );
    assert_eq!(detected_at_open + detected_at_check, 200);
}

/// T6: the Argon2id parameters in the header of a vault made with the defaults.
#[test]
fn t6_kdf_parameters_in_header() {
    let tmp = util::tempdir();
    let dir = VaultDir::open(tmp.path()).unwrap();
    let created = Vault::create_with_params(&dir, PASS, "Tester", KdfParams::DEFAULT).unwrap();
    drop(created);
    let header: serde_json::Value =
        serde_json::from_slice(&std::fs::read(tmp.path().join("kluis.sleutels")).unwrap()).unwrap();
    let slots = header["slots"].as_array().unwrap();
    assert_eq!(slots.len(), 2, "passphrase and recovery slots");
    let mut salts = Vec::new();
    for s in slots {
        assert_eq!(s["kdf"], "argon2id");
        assert!(s["params"]["mKib"].as_u64().unwrap() >= 64 * 1024);
        assert!(s["params"]["t"].as_u64().unwrap() >= 3);
        let salt = s["salt"].as_str().unwrap();
        assert_eq!(salt.len(), 32, "16-byte salt");
        salts.push(salt.to_string());
    }
    assert_ne!(salts[0], salts[1]);
    // The header holds no key: nothing in it opens the database by itself.
    let text = std::fs::read_to_string(tmp.path().join("kluis.sleutels")).unwrap();
    assert!(!text.contains(PASS));
}

fn init_cli(root: &Path) -> String {
    let o = top3()
        .args(["--vault"])
        .arg(root)
        .args(["vault", "init", "--profiel", "Tester"])
        .env("TOP3_PASSPHRASE", PASS)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let line = out
        .lines()
        .find(|l| l.starts_with("Herstelcode:"))
        .expect("recovery code line");
    line.trim_start_matches("Herstelcode:").trim().to_string()
}

fn opens(root: &Path, pass: &str) -> bool {
    let dir = VaultDir::open(root).unwrap();
    match Vault::unlock(&dir, pass) {
        Ok(v) => {
            v.check().expect("vault passes the check after a kill");
            true
        }
        Err(Error::WrongPassphrase) => false,
        Err(e) => panic!("neither wrong nor right: {e:?}"),
    }
}

/// T7: SIGKILL `vault passwd` at random moments, 50 times → exactly one of old/new opens.
#[test]
fn t7_kill_during_passwd() {
    let mut rng = Rng::new("t7");
    let tmp = util::tempdir();
    let root = tmp.path().join("kluis");
    init_cli(&root);
    // Measure one full passwd to spread the kills over its whole duration.
    let mut current = PASS.to_string();
    let t = Instant::now();
    let next = "Tweede-Wachtwoord-0".to_string();
    let o = top3()
        .arg("--vault")
        .arg(&root)
        .args(["vault", "passwd"])
        .env("TOP3_PASSPHRASE", &current)
        .env("TOP3_NEW_PASSPHRASE", &next)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let full = t.elapsed();
    current = next;
    let (mut old_kept, mut new_taken) = (0, 0);
    for i in 1..=50 {
        let next = format!("Wachtwoord-Ronde-{i:02}");
        let mut child = top3()
            .arg("--vault")
            .arg(&root)
            .args(["vault", "passwd"])
            .env("TOP3_PASSPHRASE", &current)
            .env("TOP3_NEW_PASSPHRASE", &next)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let wait = Duration::from_micros(rng.below(full.as_micros() as u64 * 12 / 10 + 1));
        std::thread::sleep(wait);
        let _ = child.kill();
        let _ = child.wait();
        let old_ok = opens(&root, &current);
        let new_ok = opens(&root, &next);
        assert!(
            old_ok ^ new_ok,
            "round {i}: old opens = {old_ok}, new opens = {new_ok}"
        );
        if new_ok {
            new_taken += 1;
            current = next;
        } else {
            old_kept += 1;
        }
    }
    eprintln!(
        "t7: 50 kills (passwd duurt {full:?}): {old_kept}× oud wachtwoord behouden, {new_taken}× nieuw; nooit geen van beide"
    );
}

/// T1: SIGKILL a writer 200 times at random moments → every vault passes the check and holds
/// every write the writer acknowledged.
#[test]
fn t1_kill_writer() {
    let mut rng = Rng::new("t1");
    let tmp = util::tempdir();
    let mut total_acks = 0usize;
    let mut kills_before_first_ack = 0;
    for v_idx in 0..20 {
        let root = tmp.path().join(format!("kluis{v_idx}"));
        drop(new_vault(&root));
        let mut acked: Vec<String> = Vec::new();
        for k in 0..10 {
            let mut child = top3()
                .arg("--vault")
                .arg(&root)
                .args(["vault", "schrijftest"])
                .env("TOP3_PASSPHRASE", PASS)
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .unwrap();
            let out = child.stdout.take().unwrap();
            let (first_ack, writing) = std::sync::mpsc::channel::<()>();
            let reader = std::thread::spawn(move || {
                let mut ids = Vec::new();
                for line in BufReader::new(out).lines() {
                    let Ok(line) = line else { break };
                    if let Some(rest) = line.strip_prefix("ack ")
                        && let Some((_, id)) = rest.split_once(' ')
                    {
                        ids.push(id.to_string());
                        if ids.len() == 1 {
                            let _ = first_ack.send(());
                        }
                    }
                }
                ids
            });
            // Half the kills land at any moment from the start (also while the vault opens), half
            // while the writer is surely writing: a random moment after its first acknowledgement.
            if k % 2 == 0 {
                std::thread::sleep(Duration::from_millis(rng.below(400)));
            } else {
                let _ = writing.recv_timeout(Duration::from_secs(10));
                std::thread::sleep(Duration::from_millis(rng.below(250)));
            }
            let _ = child.kill();
            let _ = child.wait();
            let ids = reader.join().unwrap();
            if ids.is_empty() {
                kills_before_first_ack += 1;
            }
            total_acks += ids.len();
            acked.extend(ids);
            // After every kill: the vault passes the full check and holds every acknowledged write.
            let dir = VaultDir::open(&root).unwrap();
            let v = Vault::unlock(&dir, PASS).unwrap();
            v.check().unwrap();
            let present: std::collections::HashSet<String> = v
                .casus_list()
                .unwrap()
                .iter()
                .flat_map(|c| v.informatie_list(&c.id).unwrap())
                .map(|i| i.id.to_string())
                .collect();
            for id in &acked {
                assert!(
                    present.contains(id),
                    "acknowledged write {id} is missing after a kill"
                );
            }
        }
    }
    eprintln!(
        "t1: 200 kills, {total_acks} bevestigde schrijfacties allemaal aanwezig; {kills_before_first_ack} kills vóór de eerste bevestiging"
    );
    assert!(
        total_acks > 200,
        "the writer must have acknowledged writes ({total_acks})"
    );
}

/// T13: tamper with one audit row, 100 ways → the check fails every time, naming the link.
#[test]
fn t13_audit_tampering_is_detected() {
    let tmp = util::tempdir();
    let v = new_vault(tmp.path());
    let c = v.casus_create("A-1", "Audit").unwrap();
    for i in 0..20 {
        v.informatie_add(&c, &format!("regel {i}"), "bron").unwrap();
    }
    let n: i64 = v
        .connection_for_tests()
        .query_row("SELECT count(*) FROM audit", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 22);
    v.check().unwrap();
    let tampers: Vec<&dyn Fn(i64) -> String> = vec![
        &|s| format!("UPDATE audit SET at = '2020-01-01T00:00:00.000Z' WHERE seq = {s}"),
        &|s| format!("UPDATE audit SET who = 'Iemand Anders' WHERE seq = {s}"),
        &|s| format!("UPDATE audit SET action = action || ' ' WHERE seq = {s}"),
        &|s| format!("UPDATE audit SET summary = 'niets aan de hand' WHERE seq = {s}"),
        &|s| {
            format!(
                "UPDATE audit SET casus_id = CASE WHEN casus_id IS NULL THEN 'x' ELSE NULL END WHERE seq = {s}"
            )
        },
        &|s| format!("UPDATE audit SET prev_hash = hash WHERE seq = {s}"),
        &|s| format!("UPDATE audit SET hash = prev_hash WHERE seq = {s}"),
        &|s| format!("DELETE FROM audit WHERE seq = {s}"),
        &|s| format!("UPDATE audit SET seq = seq + 1000 WHERE seq = {s}"),
        &|s| {
            format!(
                "INSERT INTO audit SELECT seq + 500, at, who, action, casus_id, summary, prev_hash, hash FROM audit WHERE seq = {s}"
            )
        },
    ];
    let mut detected = 0;
    for (k, tamper) in tampers.iter().enumerate() {
        for j in 0..10 {
            // Spread over the chain, including the first and the last entry.
            let seq = [1, 2, 5, 8, 11, 14, 17, 20, 21, 22][j];
            let conn = v.connection_for_tests();
            conn.execute_batch("BEGIN").unwrap();
            conn.execute_batch(&tamper(seq)).unwrap();
            let r = v.check();
            conn.execute_batch("ROLLBACK").unwrap();
            match r {
                Err(Error::Corrupt(msg)) if msg.contains("logboek") => detected += 1,
                other => panic!("tamper {k} on entry {seq} not detected: {other:?}"),
            }
        }
    }
    assert_eq!(detected, 100);
    v.check().expect("untampered vault still passes");
}

/// Per casus: code, titel and its informatie as (tekst, bron).
type Inhoud = Vec<(String, String, Vec<(String, String)>)>;

fn content(v: &Vault) -> Inhoud {
    v.casus_list()
        .unwrap()
        .into_iter()
        .map(|c| {
            let items = v
                .informatie_list(&c.id)
                .unwrap()
                .into_iter()
                .map(|i| (i.tekst, i.bron))
                .collect();
            (c.code, c.titel, items)
        })
        .collect()
}

/// T15: backup → restore, 20 times → identical content, and the chain still verifies.
#[test]
fn t15_backup_restore_round_trips() {
    let tmp = util::tempdir();
    let root = tmp.path().join("kluis");
    let v = new_vault(&root);
    let c = v
        .casus_create("Ş-ğ-ł", "Gezin Yılmaz–Kowalski 👨‍👩‍👧 مريم")
        .unwrap();
    v.informatie_add(
        &c,
        "Zoë (8) vertelt over ruzie; e\u{301} combinerend",
        "school",
    )
    .unwrap();
    v.informatie_add(&c, &"lange tekst ".repeat(5000), "wijkagent")
        .unwrap();
    let original = content(&v);
    drop(v);
    let backup = tmp.path().join("kluis.top3backup");
    for round in 0..20 {
        let dir = VaultDir::open(&root).unwrap();
        let v = Vault::unlock(&dir, PASS).unwrap();
        v.backup(&backup).unwrap();
        drop(v);
        // Alternate: restore into a fresh directory, and over the existing vault with force.
        let target = if round % 2 == 0 {
            tmp.path().join(format!("terug{round}"))
        } else {
            root.clone()
        };
        let tdir = if target == root {
            dir.clone()
        } else {
            VaultDir::open(&target).unwrap()
        };
        tdir.restore(&backup, PASS, target == root).unwrap();
        let restored = Vault::unlock(&tdir, PASS).unwrap();
        assert_eq!(content(&restored), original, "round {round}");
        let report = restored.check().unwrap();
        assert!(report.audit_entries >= 4);
    }
    // The backup is encrypted too.
    let bytes = std::fs::read(&backup).unwrap();
    assert!(!contains(&bytes, "Yılmaz".as_bytes()) && !contains(&bytes, b"lange tekst"));
}

#[test]
fn restore_refuses_to_overwrite_and_wrong_passphrase() {
    let tmp = util::tempdir();
    let root = tmp.path().join("kluis");
    let v = new_vault(&root);
    let backup = tmp.path().join("b.top3backup");
    v.backup(&backup).unwrap();
    v.casus_create("NA-BACKUP", "later").unwrap();
    drop(v);
    let dir = VaultDir::open(&root).unwrap();
    let before = snapshot(&root);
    assert!(matches!(
        dir.restore(&backup, PASS, false),
        Err(Error::VaultExists(_))
    ));
    assert!(matches!(
        dir.restore(&backup, "Verkeerd-Wachtwoord-1", true),
        Err(Error::WrongPassphrase)
    ));
    // A damaged backup is refused before anything is replaced.
    let mut bytes = std::fs::read(&backup).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0x40;
    let bad = tmp.path().join("bad.top3backup");
    std::fs::write(&bad, &bytes).unwrap();
    assert!(
        matches!(dir.restore(&bad, PASS, true), Err(Error::Corrupt(m)) if m.contains("controlesom"))
    );
    assert_eq!(snapshot(&root), before, "nothing changed");
    assert_eq!(
        Vault::unlock(&dir, PASS)
            .unwrap()
            .casus_list()
            .unwrap()
            .len(),
        1
    );
}

/// A restore interrupted after its first rename is finished on the next open; one interrupted
/// before it is rolled back.
#[test]
fn interrupted_restore_is_finished_or_rolled_back() {
    let tmp = util::tempdir();
    let root = tmp.path().join("kluis");
    let v = new_vault(&root);
    let old_header = std::fs::read(root.join("kluis.sleutels")).unwrap();
    drop(v);
    // Roll back: both staged files present.
    std::fs::write(root.join("kluis.db.nieuw"), b"staged").unwrap();
    std::fs::write(root.join("kluis.sleutels.nieuw"), b"staged").unwrap();
    let dir = VaultDir::open(&root).unwrap();
    assert!(!root.join("kluis.db.nieuw").exists() && !root.join("kluis.sleutels.nieuw").exists());
    assert!(Vault::unlock(&dir, PASS).is_ok());
    drop(dir);
    // Roll forward: only the header is still staged.
    std::fs::write(root.join("kluis.sleutels.nieuw"), &old_header).unwrap();
    std::fs::write(root.join("kluis.sleutels"), b"{ half }").unwrap();
    let dir = VaultDir::open(&root).unwrap();
    assert_eq!(
        std::fs::read(root.join("kluis.sleutels")).unwrap(),
        old_header
    );
    assert!(Vault::unlock(&dir, PASS).is_ok());
}

/// Wrong passphrase, wrong recovery code, corrupt header: a clear Dutch error, exit 1, and the
/// vault's bytes unchanged.
#[test]
fn wrong_secrets_change_nothing() {
    let tmp = util::tempdir();
    let root = tmp.path().join("kluis");
    let code = init_cli(&root);
    let before = snapshot(&root);
    type Geval<'a> = (Vec<&'a str>, Vec<(&'a str, &'a str)>, &'a str);
    let cases: Vec<Geval> = vec![
        (
            vec!["vault", "check"],
            vec![("TOP3_PASSPHRASE", "Verkeerd-Wachtwoord-1")],
            "Het wachtwoord klopt niet. Er is niets gewijzigd.",
        ),
        (
            vec!["vault", "passwd"],
            vec![
                ("TOP3_PASSPHRASE", "Verkeerd-Wachtwoord-1"),
                ("TOP3_NEW_PASSPHRASE", "Nieuw-Wachtwoord-12"),
            ],
            "Het wachtwoord klopt niet.",
        ),
        (
            vec!["vault", "passwd"],
            vec![("TOP3_PASSPHRASE", PASS), ("TOP3_NEW_PASSPHRASE", "kort")],
            "te kort",
        ),
        (
            vec!["vault", "recover"],
            vec![
                ("TOP3_RECOVERY_CODE", "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE"),
                ("TOP3_NEW_PASSPHRASE", "Nieuw-Wachtwoord-12"),
            ],
            "De herstelcode klopt niet.",
        ),
        (
            vec!["vault", "recover"],
            vec![
                ("TOP3_RECOVERY_CODE", "geen code"),
                ("TOP3_NEW_PASSPHRASE", "Nieuw-Wachtwoord-12"),
            ],
            "De herstelcode klopt niet.",
        ),
        (
            vec!["vault", "init"],
            vec![("TOP3_PASSPHRASE", PASS)],
            "Er staat al een kluis",
        ),
        (vec!["vault", "check"], vec![], "geen terminal"),
    ];
    for (args, env, expect) in cases {
        let o = top3()
            .arg("--vault")
            .arg(&root)
            .args(&args)
            .envs(env.iter().copied())
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(1), "{args:?}: {}", stderr(&o));
        assert!(
            stderr(&o).contains(expect),
            "{args:?}: stderr was {:?}",
            stderr(&o)
        );
        assert_eq!(snapshot(&root), before, "{args:?} changed the vault");
    }
    // A corrupt header: clear error, nothing else touched.
    let header = root.join("kluis.sleutels");
    let good = std::fs::read(&header).unwrap();
    for bad in [
        &b"{ niet af"[..],
        b"",
        b"{\"format\":\"iets anders\",\"versie\":1,\"vaultId\":\"x\",\"slots\":[]}",
    ] {
        std::fs::write(&header, bad).unwrap();
        let before = snapshot(&root);
        let o = top3()
            .arg("--vault")
            .arg(&root)
            .args(["vault", "check"])
            .env("TOP3_PASSPHRASE", PASS)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(1));
        assert!(
            stderr(&o).contains("Het sleutelbestand van de kluis is beschadigd"),
            "{}",
            stderr(&o)
        );
        assert_eq!(snapshot(&root), before);
    }
    std::fs::write(&header, &good).unwrap();
    // And the recovery code from `vault init` does work.
    let o = top3()
        .arg("--vault")
        .arg(&root)
        .args(["vault", "recover"])
        .env("TOP3_RECOVERY_CODE", code.to_lowercase())
        .env("TOP3_NEW_PASSPHRASE", "Na-Herstel-Wachtwoord")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(opens(&root, "Na-Herstel-Wachtwoord"));
    assert!(!opens(&root, PASS));
}

#[test]
fn cli_contract() {
    let tmp = util::tempdir();
    let root = tmp.path().join("kluis");
    let o = top3().arg("--version").output().unwrap();
    assert!(stdout(&o).contains(top3::VERSION));
    let o = top3().arg("--help").output().unwrap();
    for group in ["vault", "casus", "plan", "oefen", "audit"] {
        assert!(stdout(&o).contains(group), "--help lists {group}");
    }
    let o = top3().args(["vault", "bestaat-niet"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2), "usage error");
    let o = top3()
        .arg("--vault")
        .arg(&root)
        .args(["vault", "check"])
        .env("TOP3_PASSPHRASE", PASS)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("Er is nog geen kluis"),
        "{}",
        stderr(&o)
    );
    init_cli(&root);
    // TOP3_VAULT is the default location.
    let run = |args: &[&str]| {
        top3()
            .env("TOP3_VAULT", &root)
            .env("TOP3_PASSPHRASE", PASS)
            .args(args)
            .output()
            .unwrap()
    };
    let o = run(&["vault", "check"]);
    assert_eq!(stdout(&o).trim(), "ok", "{}", stderr(&o));
    let o = run(&["casus", "new", "--code", "Z-7", "--titel", "Gezin 🌻 عائلة"]);
    let id = stdout(&o).trim().to_string();
    assert!(
        uuid::Uuid::parse_str(&id).is_ok(),
        "prints only the id: {id:?}"
    );
    let o = run(&["casus", "list", "--json"]);
    let list: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(list[0]["id"], id.as_str());
    assert_eq!(list[0]["code"], "Z-7");
    assert_eq!(list[0]["titel"], "Gezin 🌻 عائلة");
    assert_eq!(list[0]["fase"], "directeVeiligheid");
    let o = run(&["casus", "search", "gezin"]);
    assert!(stdout(&o).starts_with("Z-7"), "{}", stdout(&o));
    let o = run(&["audit", "log", "--json"]);
    let log: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let actions: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    // Listing and searching are looks at client data: recorded, the query never (issue 16).
    assert_eq!(
        actions,
        [
            "kluis aangemaakt",
            "casus aangemaakt",
            "casusoverzicht bekeken",
            "zoekopdracht uitgevoerd"
        ]
    );
    assert!(!stdout(&o).contains("gezin"), "the query is not stored");
    assert_eq!(log[1]["who"], "Tester");
    assert!(
        !stdout(&o).contains("Gezin"),
        "the audit log holds no case content"
    );
    // Backup and restore through the CLI.
    let backup = tmp.path().join("b.top3backup");
    let o = run(&["vault", "backup", backup.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run(&["vault", "restore", backup.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("--force"));
    let o = run(&["vault", "restore", backup.to_str().unwrap(), "--force"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&run(&["vault", "check"])).trim(), "ok");
}

#[test]
fn one_process_per_vault() {
    let tmp = util::tempdir();
    let v = new_vault(tmp.path());
    assert!(matches!(VaultDir::open(tmp.path()), Err(Error::InUse(_))));
    let o = top3()
        .arg("--vault")
        .arg(tmp.path())
        .args(["vault", "check"])
        .env("TOP3_PASSPHRASE", PASS)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("al geopend"), "{}", stderr(&o));
    drop(v);
    assert!(VaultDir::open(tmp.path()).is_ok());
}

#[test]
fn bad_input_is_refused_whole() {
    let tmp = util::tempdir();
    let v = new_vault(tmp.path());
    let c = v.casus_create("B-1", "Invoer").unwrap();
    let before = v.audit_log().unwrap().len();
    let big = "x".repeat(2 * 1024 * 1024);
    match v.informatie_add(&c, &big, "bron") {
        Err(Error::Invalid(m)) => assert!(
            m.contains("informatie[0].tekst: Te lang: 2048 kB, hoogstens 1024 kB.")
                && m.contains("niets gewijzigd"),
            "{m}"
        ),
        other => panic!("{other:?}"),
    }
    assert!(
        matches!(v.casus_create("B-1", "dubbel"), Err(Error::Invalid(m)) if m.contains("al een casus"))
    );
    assert!(matches!(
        v.informatie_add("bestaat-niet", "x", "y"),
        Err(Error::NotFound(_))
    ));
    assert_eq!(v.informatie_list(&c).unwrap().len(), 0);
    assert_eq!(
        v.audit_log().unwrap().len(),
        before,
        "no audit entry for refused changes"
    );
    // Names from every script round-trip exactly.
    for name in [
        "Zoë Ünal-Çelik",
        "Małgorzata Wróbel",
        "مريم الحسن",
        "אברהם",
        "e\u{301}\u{302}",
        "👩🏽‍⚕️ test",
    ] {
        let id = v.informatie_add(&c, name, name).unwrap();
        let back = v
            .informatie_list(&c)
            .unwrap()
            .into_iter()
            .find(|i| i.id.to_string() == id)
            .unwrap();
        assert_eq!(back.tekst, name);
        assert_eq!(back.bron, name);
    }
    assert!(matches!(v.set_idle_lock_minutes(0), Err(Error::Invalid(_))));
    v.set_idle_lock_minutes(15).unwrap();
    assert_eq!(v.idle_lock_minutes().unwrap(), 15);
}

#[test]
fn change_passphrase_and_recover_in_process() {
    let tmp = util::tempdir();
    let dir = VaultDir::open(tmp.path()).unwrap();
    let created = Vault::create_with_params(&dir, PASS, "Tester", KdfParams::MINIMUM).unwrap();
    let code = created.recovery_code.to_string();
    let mut v = created.vault;
    assert!(matches!(
        v.change_passphrase("Verkeerd-Wachtwoord", "Nieuw-Wachtwoord-12"),
        Err(Error::WrongPassphrase)
    ));
    v.change_passphrase(PASS, "Nieuw-Wachtwoord-12").unwrap();
    drop(v);
    assert!(matches!(
        Vault::unlock(&dir, PASS),
        Err(Error::WrongPassphrase)
    ));
    let v = Vault::recover(&dir, &code, "Derde-Wachtwoord-123")
        .unwrap()
        .vault;
    let actions: Vec<String> = v
        .audit_log()
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(
        actions,
        [
            "kluis aangemaakt",
            "wachtwoord gewijzigd",
            "herstelcode gebruikt",
            "sleutel vervangen"
        ]
    );
    drop(v);
    Vault::unlock(&dir, "Derde-Wachtwoord-123")
        .unwrap()
        .check()
        .unwrap();
}

#[test]
fn core_dumps_are_disabled() {
    assert!(top3::process::harden().is_empty());
    assert_eq!(top3::process::dumpable(), Some(false));
}

/// A vault, key file or backup written by a newer version of the app is refused before anything
/// is written, with a Dutch message that says so — on every way in: the core, the façade the app
/// uses, the CLI, and restore.
#[test]
fn newer_versions_are_refused_whole() {
    use top3::api::{ErrorCode, Werkplaats};
    let tmp = util::tempdir();
    let root = tmp.path().join("kluis");
    let nieuw_backup = tmp.path().join("nieuwer.top3backup");
    {
        let v = new_vault(&root);
        v.casus_create("K-NIEUW", "Gemaakt door een latere versie")
            .unwrap();
        v.connection_for_tests()
            .execute_batch("PRAGMA user_version = 99")
            .unwrap();
        // Still open: a backup made now carries the newer schema version.
        v.backup(&nieuw_backup).unwrap();
    }
    let stored = |root: &Path| -> Vec<(String, String)> {
        snapshot(root)
            .into_iter()
            .filter(|(p, _)| p == "kluis.db" || p == "kluis.sleutels")
            .collect()
    };
    let before = stored(&root);
    assert_eq!(before.len(), 2);

    // The core.
    let dir = VaultDir::open(&root).unwrap();
    match Vault::unlock(&dir, PASS) {
        Err(Error::TooNew(m)) => {
            assert!(m.contains("databaseschema 99"), "{m}");
            assert!(m.contains("tot en met 3"), "{m}");
        }
        other => panic!("expected TooNew, got {other:?}"),
    }
    let message = Vault::unlock(&dir, PASS).unwrap_err().to_string();
    assert!(
        message
            .starts_with("Deze kluis is bijgewerkt door een nieuwere versie van TOP-3 Werkplaats")
            && message.ends_with("Er is niets gewijzigd."),
        "{message}"
    );
    drop(dir);
    assert_eq!(stored(&root), before, "refusing wrote nothing");

    // The façade the app calls: its own error code, the same message.
    let w = Werkplaats::new(&root).unwrap();
    let e = w.unlock(PASS).unwrap_err();
    assert_eq!(e.code, ErrorCode::TooNew);
    assert_eq!(e.message, message);
    drop(w);

    // The CLI: exit code 1 and the message.
    let out = top3()
        .args(["--vault", root.to_str().unwrap(), "casus", "list"])
        .env("TOP3_PASSPHRASE", PASS)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("nieuwere versie van TOP-3 Werkplaats (databaseschema 99"),
        "{}",
        stderr(&out)
    );
    assert_eq!(stored(&root), before);

    // A key file of a newer format.
    let header = root.join("kluis.sleutels");
    let text = std::fs::read_to_string(&header).unwrap();
    assert!(text.contains("\"versie\": 2"), "{text}");
    std::fs::write(&header, text.replace("\"versie\": 2", "\"versie\": 3")).unwrap();
    let dir = VaultDir::open(&root).unwrap();
    match Vault::unlock(&dir, PASS) {
        Err(Error::TooNew(m)) => assert!(m.contains("sleutelbestand versie 3"), "{m}"),
        other => panic!("expected TooNew, got {other:?}"),
    }
    drop(dir);

    // Restore: a backup whose database is newer, and a backup file of a newer format. Neither
    // leaves anything in the target folder.
    let target = tmp.path().join("hersteld");
    let dir = VaultDir::open(&target).unwrap();
    match dir.restore(&nieuw_backup, PASS, false) {
        Err(Error::TooNew(m)) => assert!(m.contains("databaseschema 99"), "{m}"),
        other => panic!("expected TooNew, got {other:?}"),
    }
    let mut bytes = b"TOP3-KLUIS-BACKUP v2\n".to_vec();
    bytes.extend_from_slice(&[0; 64]);
    let v2 = tmp.path().join("v2.top3backup");
    std::fs::write(&v2, bytes).unwrap();
    match dir.restore(&v2, PASS, false) {
        Err(Error::TooNew(m)) => assert!(m.contains("back-upformaat versie 2"), "{m}"),
        other => panic!("expected TooNew, got {other:?}"),
    }
    assert!(snapshot(&target).is_empty(), "{:?}", snapshot(&target));
}

/// Issue 16: a database swapped for an older copy of itself (its own chain complete) is noticed
/// through the head kept outside it; the detection goes into the trail for good. A restore through
/// the app names the head of the vault it replaced, so the entries it drops are accounted for.
#[test]
fn teruggezette_database_wordt_opgemerkt() {
    let tmp = util::tempdir();
    let root = tmp.path().join("kluis");
    {
        let v = new_vault(&root);
        v.casus_create("T-1", "Eerste").unwrap();
    }
    let kopie = tmp.path().join("oud.db");
    std::fs::copy(root.join("kluis.db"), &kopie).unwrap();
    let logkop_oud = std::fs::read_to_string(root.join("kluis.logkop")).unwrap();
    let o = util::cli(
        &root,
        &["casus", "import", "tests/data/uitwisseling/voorbeeld.json"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let backup = tmp.path().join("back-up.top3kluis");
    let o = util::cli(&root, &["vault", "backup", backup.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let logkop_nu = std::fs::read_to_string(root.join("kluis.logkop")).unwrap();
    assert_ne!(
        logkop_oud, logkop_nu,
        "the head outside moves with the trail"
    );

    // Swap the database for the older copy (as someone with the files could).
    for ext in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(root.join(format!("kluis.db{ext}")));
    }
    std::fs::copy(&kopie, root.join("kluis.db")).unwrap();
    let o = util::cli(&root, &["vault", "check"]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let fout = stderr(&o);
    assert!(
        fout.contains("het logboek is teruggezet")
            && fout.contains("het logboek liep tot regel")
            && fout.contains("deze database heeft het logboek tot regel"),
        "{fout}"
    );
    // Recorded in the trail: later checks pass but keep saying it; verify explains.
    let o = util::cli(&root, &["vault", "check"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("eerder ontdekt dat de database door een oudere kopie was vervangen"),
        "{}",
        stderr(&o)
    );
    let o = util::cli(&root, &["audit", "verify"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let uitleg = stdout(&o);
    assert!(
        uitleg.contains("SHA-256 van de vorige regel") && uitleg.contains("kluis.logkop"),
        "{uitleg}"
    );
    assert!(
        uitleg.contains("Eerder ontdekte teruggezette databases:\n  - "),
        "{uitleg}"
    );
    let log = stdout(&util::cli(&root, &["audit", "log"]));
    assert!(log.contains("logboek teruggezet"), "{log}");

    // A restore through the app records the replaced vault's head.
    let o = util::cli(
        &root,
        &["vault", "restore", backup.to_str().unwrap(), "--force"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let o = util::cli(&root, &["vault", "check"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let log = stdout(&util::cli(&root, &["audit", "log"]));
    assert!(
        log.contains(
            "kluis hersteld uit een back-up; de vervangen kluis had het logboek tot regel"
        ),
        "{log}"
    );
    let o = util::cli(&root, &["audit", "verify"]);
    assert!(
        stdout(&o).contains("Herstel uit een back-up (met de kop van de vervangen kluis):\n  - "),
        "{}",
        stdout(&o)
    );
}

/// The "Herstelcode: …" / "Nieuwe herstelcode: …" line the CLI prints once.
fn herstelcode_uit(o: &std::process::Output) -> String {
    stdout(o)
        .lines()
        .find_map(|l| {
            l.split_once("erstelcode: ")
                .map(|(_, c)| c.trim().to_string())
        })
        .unwrap_or_else(|| panic!("geen herstelcode in {}", stdout(o)))
}

/// Issue 16: key rotation. After `vault rekey` the database opens with the same passphrase, but an
/// old key file, the old recovery code and an old backup's key no longer open it; a recovery code
/// that was used is spent and replaced by a new one.
#[test]
fn sleutel_vervangen_maakt_oude_sleutels_waardeloos() {
    let tmp = util::tempdir();
    let root = tmp.path().join("kluis");
    let o = util::top3()
        .arg("--vault")
        .arg(&root)
        .env("TOP3_PASSPHRASE", PASS)
        .args(["vault", "init", "--profiel", "Tester"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let code1 = herstelcode_uit(&o);
    let o = util::cli(
        &root,
        &["casus", "import", "tests/data/uitwisseling/voorbeeld.json"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let oude_sleutels = std::fs::read(root.join("kluis.sleutels")).unwrap();
    let oude_db = std::fs::read(root.join("kluis.db")).unwrap();
    let backup = tmp.path().join("oud.top3kluis");
    assert!(
        util::cli(&root, &["vault", "backup", backup.to_str().unwrap()])
            .status
            .success()
    );

    let o = util::cli(&root, &["vault", "rekey"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("De gegevenssleutel is vervangen"),
        "{}",
        stdout(&o)
    );
    let code2 = herstelcode_uit(&o);
    assert_ne!(code1, code2);
    // Same passphrase, same content, a clean check; the rotation is in the trail.
    let lijst = stdout(&util::cli(&root, &["casus", "list"]));
    assert!(lijst.contains("OEF-2026-014"), "{lijst}");
    assert!(util::cli(&root, &["vault", "check"]).status.success());
    let log = stdout(&util::cli(&root, &["audit", "log"]));
    assert!(log.contains("sleutel vervangen"), "{log}");
    // Every page was rewritten under the new key (and a new salt).
    let nieuwe_db = std::fs::read(root.join("kluis.db")).unwrap();
    assert_ne!(oude_db[..16], nieuwe_db[..16], "new salt");
    assert!(!root.join("kluis.db.nieuw").exists() && !root.join("kluis.sleutels.nieuw").exists());

    // The old recovery code opens nothing any more.
    let herstel = |code: &str, nieuw: &str| {
        util::top3()
            .arg("--vault")
            .arg(&root)
            .env("TOP3_RECOVERY_CODE", code)
            .env("TOP3_NEW_PASSPHRASE", nieuw)
            .args(["vault", "recover"])
            .output()
            .unwrap()
    };
    let o = herstel(&code1, "Vier-Losse-Woorden-Hier");
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("herstelcode"), "{}", stderr(&o));
    // The new one does, once: it is spent and a third one is shown.
    let o = herstel(&code2, "Nieuwe-Zin-Met-Vier-Woorden");
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("De gebruikte herstelcode werkt niet meer"),
        "{}",
        stdout(&o)
    );
    let code3 = herstelcode_uit(&o);
    assert_ne!(code3, code2);
    assert_eq!(
        herstel(&code2, "Nog-Een-Andere-Zin-Hier").status.code(),
        Some(1)
    );
    let met = |pass: &str, args: &[&str]| {
        util::top3()
            .arg("--vault")
            .arg(&root)
            .env("TOP3_PASSPHRASE", pass)
            .args(args)
            .output()
            .unwrap()
    };
    assert!(
        met("Nieuwe-Zin-Met-Vier-Woorden", &["vault", "check"])
            .status
            .success()
    );

    // An old key file put back: its passphrase slot still unwraps the OLD key, which no longer
    // opens the database. Nothing is changed by trying.
    let nu = std::fs::read(root.join("kluis.sleutels")).unwrap();
    std::fs::write(root.join("kluis.sleutels"), &oude_sleutels).unwrap();
    let db_voor = std::fs::read(root.join("kluis.db")).unwrap();
    let o = met(PASS, &["vault", "check"]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert!(stderr(&o).contains("verkeerde sleutel"), "{}", stderr(&o));
    assert_eq!(std::fs::read(root.join("kluis.db")).unwrap(), db_voor);
    std::fs::write(root.join("kluis.sleutels"), &nu).unwrap();
    // The old backup stays a backup of its own time: it restores elsewhere with the old passphrase.
    let elders = tmp.path().join("elders");
    let o = util::top3()
        .arg("--vault")
        .arg(&elders)
        .env("TOP3_PASSPHRASE", PASS)
        .args(["vault", "restore", backup.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
}

/// A weak new passphrase is refused on every CLI path (init, passwd, recover) with the reason in
/// Dutch, exit 1, and nothing written; the profile name counts as easy to guess.
#[test]
fn weak_passphrases_are_refused_by_the_cli() {
    let tmp = util::tempdir();
    let root = tmp.path().join("kluis");
    let o = top3()
        .arg("--vault")
        .arg(&root)
        .args(["vault", "init", "--profiel", "Wietske Oosterbroek"])
        .env("TOP3_PASSPHRASE", "aaaaaaaaaaaa")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let e = stderr(&o);
    assert!(e.contains("Dit wachtwoord is niet sterk genoeg."), "{e}");
    assert!(
        e.contains("Herhalingen zoals 'aaa' zijn makkelijk te raden."),
        "{e}"
    );
    assert!(
        e.contains("Gebruik een zin van vier of meer woorden die niet bij elkaar horen."),
        "{e}"
    );
    assert!(e.contains("Er is niets gewijzigd."), "{e}");
    assert!(stdout(&o).is_empty(), "no recovery code: {}", stdout(&o));
    assert!(!root.join("kluis.sleutels").exists() && !root.join("kluis.db").exists());

    let o = top3()
        .arg("--vault")
        .arg(&root)
        .args(["vault", "init", "--profiel", "Wietske Oosterbroek"])
        .env("TOP3_PASSPHRASE", PASS)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let code = stdout(&o)
        .lines()
        .find_map(|l| l.strip_prefix("Herstelcode:"))
        .expect("recovery code line")
        .trim()
        .to_string();
    let before = snapshot(&root);
    // Strong for a stranger, weak with the profile name known: the locked paths read it too.
    let cases: [(&str, Vec<(&str, &str)>); 2] = [
        (
            "passwd",
            vec![
                ("TOP3_PASSPHRASE", PASS),
                ("TOP3_NEW_PASSPHRASE", "wietskeoosterbroek"),
            ],
        ),
        (
            "recover",
            vec![
                ("TOP3_RECOVERY_CODE", code.as_str()),
                ("TOP3_NEW_PASSPHRASE", "Oosterbroek1975!"),
            ],
        ),
    ];
    for (cmd, env) in cases {
        let o = top3()
            .arg("--vault")
            .arg(&root)
            .args(["vault", cmd])
            .envs(env.iter().copied())
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(1), "{cmd}: {}", stderr(&o));
        let e = stderr(&o);
        assert!(e.contains("niet sterk genoeg"), "{cmd}: {e}");
        assert!(e.contains("Je naam"), "{cmd}: {e}");
        assert_eq!(snapshot(&root), before, "{cmd} changed the vault");
    }
    assert!(opens(&root, PASS));
}

/// Issue 16: a backup file whose lengths were edited to the largest values (its checksum made to
/// fit) and a key file that asks Argon2 for 4 GiB are refused by the CLI with exit 1 and a Dutch
/// message: no panic, no overflow, nothing written, no gigabytes allocated.
#[test]
fn vijandige_bestanden_worden_geweigerd_zonder_paniek() {
    use sha2::Digest;
    let tmp = util::tempdir();
    let mut body = b"TOP3-KLUIS-BACKUP v1\n".to_vec();
    body.extend_from_slice(&2u32.to_be_bytes());
    body.extend_from_slice(b"{}");
    body.extend_from_slice(&u64::MAX.to_be_bytes());
    body.extend_from_slice(b"db");
    let som = sha2::Sha256::digest(&body);
    body.extend_from_slice(&som);
    let bestand = tmp.path().join("vijandig.top3kluis");
    std::fs::write(&bestand, &body).unwrap();
    let root = tmp.path().join("kluis");
    let o = util::cli(&root, &["vault", "restore", bestand.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("het back-upbestand is onbruikbaar: de database is te groot"),
        "{}",
        stderr(&o)
    );
    assert!(!root.join("kluis.db").exists() && !root.join("kluis.sleutels").exists());

    // A key file asking for 4 GiB and 64 passes.
    let v = new_vault(&root);
    drop(v);
    let pad = root.join("kluis.sleutels");
    let mut kop: serde_json::Value = serde_json::from_slice(&std::fs::read(&pad).unwrap()).unwrap();
    for slot in kop["slots"].as_array_mut().unwrap() {
        slot["params"]["mKib"] = serde_json::json!(4 * 1024 * 1024);
        slot["params"]["t"] = serde_json::json!(64);
    }
    std::fs::write(&pad, serde_json::to_vec(&kop).unwrap()).unwrap();
    let voor = snapshot(&root);
    let o = util::cli(&root, &["vault", "check"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("vraagt 4096 MiB geheugen, 64 rondes"),
        "{}",
        stderr(&o)
    );
    assert_eq!(snapshot(&root), voor, "refusing wrote nothing");
}
