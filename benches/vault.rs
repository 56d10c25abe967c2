//! Vault benchmark: every figure with its baseline measured in the same run.
//!
//! - a mixed workload (inserts, updates, point reads, FTS) on the SQLCipher vault vs the same
//!   library without a key (plain SQLite), same schema and pragmas → the ratio (goal ≤ 1.25×),
//!   the median of 21 paired rounds, in wall-clock and in CPU time; then the same workload on raw
//!   SQLCipher connections with one page setting changed (HMAC, page size, memory security), each
//!   in its own process: the evidence behind the vault's settings;
//! - unlock time with the default Argon2id parameters (median);
//! - passphrase change on a 10 MB and a 500 MB vault (must not grow with the size).
//!
//! Run: `cargo bench --bench vault` (set TOP3_BENCH_QUICK=1 for a short smoke run).

use std::time::{Duration, Instant};

#[path = "gedeeld/meting.rs"]
mod meting;

use rusqlite::{Connection, params};
use top3::vault::keys::KdfParams;
use top3::vault::{Vault, VaultDir};

const PASS: &str = "Bench-Wachtwoord-123";

/// Today and the default settings, as the façade gives them to the vault.
fn werkdag() -> top3::vault::Werkdag {
    top3::vault::Werkdag {
        vandaag: chrono::Local::now().date_naive(),
        instellingen: top3::domain::Methodeinstellingen::default(),
    }
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// The median of the per-round ratios a/b.
fn paired(a: &[Duration], b: &[Duration]) -> f64 {
    let mut r: Vec<f64> = a
        .iter()
        .zip(b)
        .map(|(x, y)| x.as_secs_f64() / y.as_secs_f64())
        .collect();
    r.sort_by(f64::total_cmp);
    r[r.len() / 2]
}

fn quick() -> bool {
    std::env::var_os("TOP3_BENCH_QUICK").is_some()
}

/// The same statements for both databases.
fn workload(conn: &Connection, casus: &str, round: usize) {
    let n = if quick() { 20 } else { 100 };
    for t in 0..n {
        let tx = conn.unchecked_transaction().unwrap();
        for i in 0..10 {
            let id = format!("{round}-{t}-{i}");
            let tekst = format!(
                "Melding {t}/{i}: moeder vertelt over ruzie met partner, kinderen waren thuis. {}",
                "extra context ".repeat(20)
            );
            tx.execute(
                "INSERT INTO bench_item (id, casus_id, tekst, bron) VALUES (?1, ?2, ?3, 'school')",
                params![id, casus, tekst],
            )
            .unwrap();
            tx.execute(
                "INSERT INTO bench_fts (casus_id, tekst) VALUES (?1, ?2)",
                params![casus, tekst],
            )
            .unwrap();
        }
        tx.execute(
            "UPDATE bench_casus SET versie = versie + 1 WHERE id = ?1",
            [casus],
        )
        .unwrap();
        tx.commit().unwrap();
    }
    for i in 0..(n * 10) {
        let id = format!("{round}-{}-{}", i / 10 % n, i % 10);
        let _: String = conn
            .query_row("SELECT tekst FROM bench_item WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .unwrap();
    }
    for q in ["ruzie", "kinderen", "moeder", "context"] {
        for _ in 0..(n / 4) {
            let _: i64 = conn
                .query_row(
                    "SELECT count(*) FROM bench_fts WHERE bench_fts MATCH ?1",
                    [q],
                    |r| r.get(0),
                )
                .unwrap();
        }
    }
    let tx = conn.unchecked_transaction().unwrap();
    tx.execute(
        "UPDATE bench_item SET bron = 'wijkagent' WHERE casus_id = ?1 AND bron = 'school'",
        [casus],
    )
    .unwrap();
    tx.commit().unwrap();
}

const BENCH_SCHEMA: &str = "
    CREATE TABLE bench_casus (id TEXT PRIMARY KEY, versie INTEGER NOT NULL);
    CREATE TABLE bench_item (id TEXT PRIMARY KEY, casus_id TEXT NOT NULL REFERENCES bench_casus(id), tekst TEXT NOT NULL, bron TEXT NOT NULL);
    CREATE INDEX bench_item_casus ON bench_item(casus_id);
    CREATE VIRTUAL TABLE bench_fts USING fts5(casus_id UNINDEXED, tekst, tokenize = 'unicode61 remove_diacritics 2');";

fn plain_db(path: &std::path::Path) -> Connection {
    let conn = Connection::open(path).unwrap();
    conn.execute_batch(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA temp_store = MEMORY;
         PRAGMA secure_delete = ON; PRAGMA foreign_keys = ON; PRAGMA cache_size = -16384;",
    )
    .unwrap();
    // Same schema as the vault's, copied from it.
    conn
}

fn main() {
    if let Ok(v) = std::env::var("TOP3_BENCH_VARIANT") {
        run_variant(&v);
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    println!(
        "# Kluisbenchmark ({})",
        if quick() { "snel" } else { "volledig" }
    );

    // 1. Mixed workload: SQLCipher vs plain SQLite (same library, no key), alternating runs.
    let dir = VaultDir::open(&tmp.path().join("kluis")).unwrap();
    let mut vault = Vault::create_with_params(&dir, PASS, "Bench", KdfParams::MINIMUM)
        .unwrap()
        .vault;
    vault.zet_werkdag(werkdag());
    let casus = vault.casus_create("BENCH", "Benchmark").unwrap();
    let enc = vault.connection_for_tests();
    let plain = plain_db(&tmp.path().join("plain.db"));
    // The same casus-like tables in both databases (the encrypted one is the real vault file).
    for db in [enc, &plain] {
        db.execute_batch(BENCH_SCHEMA).unwrap();
        db.execute(
            "INSERT INTO bench_casus (id, versie) VALUES (?1, 1)",
            [&casus],
        )
        .unwrap();
    }
    let runs = if quick() { 5 } else { 21 };
    let (mut t_enc, mut t_plain, mut c_enc, mut c_plain) = (vec![], vec![], vec![], vec![]);
    for round in 0..runs {
        let (t, c) = (Instant::now(), cpu());
        workload(&plain, &casus, round);
        t_plain.push(t.elapsed());
        c_plain.push(cpu() - c);
        let (t, c) = (Instant::now(), cpu());
        workload(enc, &casus, round);
        t_enc.push(t.elapsed());
        c_enc.push(cpu() - c);
    }
    // Each round's two runs side by side: a busy moment on this shared machine slows both.
    let (rw, rc) = (paired(&t_enc, &t_plain), paired(&c_enc, &c_plain));
    let (me, mp) = (median(t_enc), median(t_plain));
    println!(
        "gemengde werklast  SQLCipher {me:>10.2?}  gewone SQLite {mp:>10.2?}  verhouding {rw:.2}× (doel ≤ 1,25×; CPU-tijd {rc:.2}×; mediaan van {runs} gepaarde rondes)"
    );
    meting::met_basis(
        "kluis: gemengde werklast (SQLCipher / gewone SQLite)",
        meting::ms(me),
        "ms",
        meting::ms(mp),
        rw,
        "≤ 1,25×",
    );
    meting::met_basis(
        "kluis: idem, CPU-tijd (zonder fsync-wachten)",
        meting::ms(median(c_enc.clone())),
        "ms",
        meting::ms(median(c_plain.clone())),
        rc,
        "(ter informatie)",
    );
    let p = vault.pragmas().unwrap();
    println!(
        "  kluisinstellingen: {}, 4096-byte pagina's, AES-256-CBC, geheugenbeveiliging {}, synchronous {}, secure_delete {}",
        p.hmac_algorithm, p.memory_security, p.synchronous, p.secure_delete
    );
    if !quick() {
        // Where the time goes: each variant in its own process (memory security is process-wide).
        println!(
            "  waar de tijd heen gaat (elk in een eigen proces; verhouding t.o.v. gewone SQLite met 4K- / dezelfde pagina's):"
        );
        let exe = std::env::current_exe().unwrap();
        for v in VARIANTEN {
            let out = std::process::Command::new(&exe)
                .env("TOP3_BENCH_VARIANT", v.naam)
                .output()
                .unwrap();
            print!("    {}", String::from_utf8_lossy(&out.stdout));
        }
    }
    drop(vault);

    // 2. Unlock with the default Argon2id parameters.
    let udir = VaultDir::open(&tmp.path().join("ontgrendel")).unwrap();
    drop(Vault::create_with_params(&udir, PASS, "Bench", KdfParams::DEFAULT).unwrap());
    let unlocks: Vec<Duration> = (0..if quick() { 3 } else { 7 })
        .map(|_| {
            let t = Instant::now();
            drop(Vault::unlock(&udir, PASS).unwrap());
            t.elapsed()
        })
        .collect();
    let p = KdfParams::DEFAULT;
    let ontgrendelen = median(unlocks);
    meting::los(
        "kluis: ontgrendelen (Argon2id, standaardkosten)",
        meting::ms(ontgrendelen),
        "ms",
        "(de Argon2-tijd in 'ontgrendelen + lijst')",
    );
    println!(
        "ontgrendelen       mediaan {:>10.2?}  (Argon2id {} MiB, t={}, p={})",
        ontgrendelen,
        p.m_kib / 1024,
        p.t,
        p.p
    );

    // 3. Passphrase change: O(1) in the vault's size.
    let sizes: &[u64] = if quick() { &[10, 50] } else { &[10, 500] };
    for &mb in sizes {
        let root = tmp.path().join(format!("groot{mb}"));
        let d = VaultDir::open(&root).unwrap();
        let mut v = Vault::create_with_params(&d, PASS, "Bench", KdfParams::DEFAULT)
            .unwrap()
            .vault;
        v.zet_werkdag(werkdag());
        let c = v.casus_create("GROOT", "groot").unwrap();
        let blob = "gevulde tekst ".repeat(7000); // ~100 kB per row
        let conn = v.connection_for_tests();
        // Filler rows beside the real tables: only the file size matters here.
        conn.execute_batch(
            "CREATE TABLE bench_vulling (id TEXT PRIMARY KEY, casus_id TEXT, tekst TEXT)",
        )
        .unwrap();
        let mut i = 0;
        while std::fs::metadata(d.db_path()).map(|m| m.len()).unwrap_or(0)
            + std::fs::metadata(root.join("kluis.db-wal"))
                .map(|m| m.len())
                .unwrap_or(0)
            < mb * 1024 * 1024
        {
            let tx = conn.unchecked_transaction().unwrap();
            for _ in 0..20 {
                i += 1;
                tx.execute(
                    "INSERT INTO bench_vulling (id, casus_id, tekst) VALUES (?1, ?2, ?3)",
                    params![format!("g{i}"), c, blob],
                )
                .unwrap();
            }
            tx.commit().unwrap();
        }
        v.checkpoint().unwrap();
        drop(v);
        let size = std::fs::metadata(d.db_path()).unwrap().len();
        let mut times = Vec::new();
        let mut cur = PASS.to_string();
        for k in 0..3 {
            let next = format!("Nieuw-Wachtwoord-{k:03}");
            let t = Instant::now();
            d.change_passphrase(&cur, &next).unwrap();
            times.push(t.elapsed());
            cur = next;
        }
        println!(
            "wachtwoord wijzigen  kluis {:>4} MB  mediaan {:>10.2?}",
            size / (1024 * 1024),
            median(times)
        );
    }
}

// ---- Where the time goes: the same workload on raw SQLCipher connections with one setting changed.

/// One set of SQLCipher page settings.
struct Variant {
    naam: &'static str,
    page: u32,
    hmac: &'static str,
    memsec: bool,
}

const VARIANTEN: &[Variant] = &[
    Variant {
        naam: "4K-sha512-memsec",
        page: 4096,
        hmac: "HMAC_SHA512",
        memsec: true,
    },
    Variant {
        naam: "4K-sha512",
        page: 4096,
        hmac: "HMAC_SHA512",
        memsec: false,
    },
    Variant {
        naam: "4K-sha256",
        page: 4096,
        hmac: "HMAC_SHA256",
        memsec: false,
    },
    Variant {
        naam: "4K-sha256-memsec",
        page: 4096,
        hmac: "HMAC_SHA256",
        memsec: true,
    },
    Variant {
        naam: "8K-sha512-memsec",
        page: 8192,
        hmac: "HMAC_SHA512",
        memsec: true,
    },
    Variant {
        naam: "16K-sha512-memsec",
        page: 16384,
        hmac: "HMAC_SHA512",
        memsec: true,
    },
    Variant {
        naam: "8K-sha256-memsec",
        page: 8192,
        hmac: "HMAC_SHA256",
        memsec: true,
    },
    Variant {
        naam: "16K-sha256-memsec",
        page: 16384,
        hmac: "HMAC_SHA256",
        memsec: true,
    },
];

fn variant_db(path: &std::path::Path, v: &Variant) -> Connection {
    let conn = Connection::open(path).unwrap();
    conn.execute_batch(&format!(
        "PRAGMA cipher_memory_security = {}; PRAGMA key = \"x'{}'\"; PRAGMA cipher_page_size = {}; PRAGMA cipher_hmac_algorithm = {};",
        if v.memsec { "ON" } else { "OFF" },
        "ab".repeat(32),
        v.page,
        v.hmac
    ))
    .unwrap();
    conn.execute_batch(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA temp_store = MEMORY;
         PRAGMA secure_delete = ON; PRAGMA foreign_keys = ON; PRAGMA cache_size = -16384;",
    )
    .unwrap();
    conn
}

/// CPU time of this thread (the workload runs on it; fsync waits are not in it).
fn cpu() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: a valid out-pointer for clock_gettime.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

fn run_variant(naam: &str) {
    let v = VARIANTEN.iter().find(|v| v.naam == naam).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let enc = variant_db(&tmp.path().join("enc.db"), v);
    let plain = plain_db(&tmp.path().join("plain.db"));
    let plain_same = {
        let c = Connection::open(tmp.path().join("plain2.db")).unwrap();
        c.execute_batch(&format!("PRAGMA page_size = {};", v.page))
            .unwrap();
        drop(c);
        plain_db(&tmp.path().join("plain2.db"))
    };
    for db in [&enc, &plain, &plain_same] {
        db.execute_batch(BENCH_SCHEMA).unwrap();
        db.execute("INSERT INTO bench_casus (id, versie) VALUES ('c', 1)", [])
            .unwrap();
    }
    let runs = if quick() { 5 } else { 21 };
    let (mut te, mut tp, mut ts) = (Vec::new(), Vec::new(), Vec::new());
    let (mut ce, mut cp) = (Vec::new(), Vec::new());
    for round in 0..runs {
        let (t, c) = (Instant::now(), cpu());
        workload(&plain, "c", round);
        tp.push(t.elapsed());
        cp.push(cpu() - c);
        let (t, c) = (Instant::now(), cpu());
        workload(&enc, "c", round);
        te.push(t.elapsed());
        ce.push(cpu() - c);
        let t = Instant::now();
        workload(&plain_same, "c", round);
        ts.push(t.elapsed());
    }
    let (rp, rs, rc) = (paired(&te, &tp), paired(&te, &ts), paired(&ce, &cp));
    let (e, p, s) = (median(te), median(tp), median(ts));
    println!(
        "{:<20} versleuteld {:>9.2?}  gewoon(4K) {:>9.2?}  gewoon(zelfde pagina) {:>9.2?}  verhouding {:.2}× / {:.2}×  CPU {:.2}×",
        v.naam, e, p, s, rp, rs, rc
    );
}
