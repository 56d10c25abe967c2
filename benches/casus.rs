//! Casus benchmark (issue #4): a vault with 10,000 casussen × 50 items; each operation beside the
//! raw-SQL floor measured in the same run, and the peak RSS of the process.
//!
//! Run: `cargo bench --bench casus` (TOP3_BENCH_QUICK=1: 1,000 casussen).

use std::time::{Duration, Instant};

#[path = "gedeeld/meting.rs"]
mod meting;

use chrono::{NaiveDate, Utc};
use top3::domain::{Betrokkene, Casus, Categorie, Informatie, Rol};
use top3::vault::keys::KdfParams;
use top3::vault::{Vault, VaultDir};

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

const WOORDEN: &[&str] = &[
    "moeder",
    "vader",
    "school",
    "ruzie",
    "politie",
    "buurvrouw",
    "huisarts",
    "slaapt",
    "slecht",
    "schreeuwen",
    "geld",
    "drank",
    "oma",
    "opvang",
    "angstig",
];

fn casus(i: usize, items: usize) -> Casus {
    let mut c = Casus::nieuw(
        format!("B-{i:05}"),
        format!("Gezin {i}"),
        Utc::now(),
        NaiveDate::from_ymd_opt(2046, 1, 1).expect("date"),
    );
    c.betrokkenen.push(Betrokkene::nieuw(
        format!("Ouder {i}"),
        vec![Rol::OuderVerzorger],
    ));
    for j in 0..items {
        let w = |k: usize| WOORDEN[(i * 7 + j * 3 + k) % WOORDEN.len()];
        let mut it = Informatie::nieuw(format!(
            "Item {j}: {} {} {} tijdens het gesprek; {} en {} genoemd.",
            w(0),
            w(1),
            w(2),
            w(3),
            w(4)
        ));
        it.bron = "wijkteam".into();
        it.categorie = [
            Categorie::NogTeOrdenen,
            Categorie::Risicofactor,
            Categorie::BeschermendeFactor,
            Categorie::Schade,
        ][j % 4];
        c.informatie.push(it);
    }
    c
}

fn rss_peak_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

fn row(name: &str, ours: Duration, floor: Duration, sql_only: Duration) {
    let f = |d: Duration| d.as_secs_f64().max(1e-9);
    println!(
        "{name:<44} {ours:>10.2?}   vloer {floor:>10.2?} ({:>4.1}×)   alleen SQL {sql_only:>10.2?} ({:>5.1}×)",
        f(ours) / f(floor),
        f(ours) / f(sql_only)
    );
    meting::met_basis(
        &format!("kern: {name} (t.o.v. ruwe SQL + JSON)"),
        meting::ms(ours),
        "ms",
        meting::ms(floor),
        f(ours) / f(floor),
        "(ter informatie)",
    );
}

fn main() {
    let n = if std::env::var_os("TOP3_BENCH_QUICK").is_some() {
        1_000
    } else {
        10_000
    };
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = VaultDir::open(tmp.path()).expect("dir");
    let mut v =
        Vault::create_with_params(&dir, "Bench-Wachtwoord-123", "Bench", KdfParams::MINIMUM)
            .expect("vault")
            .vault;
    v.zet_werkdag(top3::vault::Werkdag {
        vandaag: chrono::Local::now().date_naive(),
        instellingen: top3::domain::Methodeinstellingen::default(),
    });
    let conn = v.connection_for_tests();
    // Generation only: skip fsync per casus (the measured operations run with synchronous=FULL).
    conn.execute_batch("PRAGMA synchronous = OFF")
        .expect("pragma");
    let t = Instant::now();
    for i in 0..n {
        v.casus_insert(casus(i, 50), "casus aangemaakt", "bench")
            .expect("insert");
    }
    let big = v
        .casus_insert(casus(n, 500), "casus aangemaakt", "bench")
        .expect("insert");
    conn.execute_batch("PRAGMA synchronous = FULL")
        .expect("pragma");
    v.checkpoint().expect("checkpoint");
    let size = std::fs::metadata(dir.db_path())
        .map(|m| m.len())
        .unwrap_or(0);
    println!(
        "# {n} casussen × 50 items + 1 × 500 gegenereerd in {:.1?}; kluis {} MB",
        t.elapsed(),
        size / (1024 * 1024)
    );
    println!("handeling (mediaan); vloer = ruwe SQL + JSON inlezen; daarnaast alleen de SQL");

    let ours = median(15, || {
        let c = v.casus_get(&big).expect("get");
        assert_eq!(c.informatie.len(), 500);
    });
    let floor = median(15, || {
        let doc: String = conn
            .query_row("SELECT d.document FROM casus c JOIN casus_document d ON d.nr = c.nr WHERE c.id = ?1", [&big], |r| {
                r.get(0)
            })
            .expect("row");
        let c: Casus = serde_json::from_str(&doc).expect("parse");
        assert_eq!(c.informatie.len(), 500);
    });
    let sql = median(15, || {
        let doc: String = conn
            .query_row("SELECT d.document FROM casus c JOIN casus_document d ON d.nr = c.nr WHERE c.id = ?1", [&big], |r| {
                r.get(0)
            })
            .expect("row");
        assert!(doc.len() > 1000);
    });
    row("casus met 500 items openen", ours, floor, sql);

    let ours = median(7, || {
        let l = v.casus_list().expect("list");
        assert_eq!(l.len(), n + 1);
    });
    let floor = median(7, || {
        let mut st = conn
            .prepare_cached("SELECT kop FROM casus ORDER BY code")
            .expect("stmt");
        let mut k = 0;
        for kop in st.query_map([], |r| r.get::<_, String>(0)).expect("q") {
            serde_json::from_str::<Casus>(&kop.expect("row")).expect("parse");
            k += 1;
        }
        assert_eq!(k, n + 1);
    });
    let sql = median(7, || {
        let mut st = conn
            .prepare_cached("SELECT id, code, titel, fase, kop FROM casus ORDER BY code")
            .expect("stmt");
        let k = st
            .query_map([], |r| r.get::<_, String>(0))
            .expect("q")
            .count();
        assert_eq!(k, n + 1);
    });
    row("alle casussen met fase en signalen", ours, floor, sql);

    let ours = median(15, || {
        let hits = v.search("buurvrouw").expect("search");
        assert!(!hits.is_empty());
    });
    let floor = median(15, || {
        let mut st = conn
            .prepare_cached("SELECT c.id FROM zoekindex z JOIN casus c ON c.nr = z.rowid WHERE zoekindex MATCH 'buurvrouw'")
            .expect("stmt");
        let k = st
            .query_map([], |r| r.get::<_, String>(0))
            .expect("q")
            .count();
        assert!(k > 0);
    });
    row("zoeken op een woord (FTS)", ours, floor, floor);

    let mut k = 0;
    let ours = median(7, || {
        k += 1;
        let mut c = casus(n + 1 + k, 500);
        c.code = format!("IMP-{k}");
        let id = v
            .casus_insert(c, "casus geïmporteerd", "bench")
            .expect("import");
        let back = v.casus_get(&id).expect("get");
        let json = serde_json::to_string(&back).expect("json");
        assert!(json.len() > 1000);
    });
    let mut k2 = 0;
    let floor = median(7, || {
        k2 += 1;
        let c = casus(n + 100 + k2, 500);
        let doc = serde_json::to_string(&c).expect("json");
        let tx = conn.unchecked_transaction().expect("tx");
        tx.execute(
            "INSERT INTO casus (id, code, titel, status, fase, versie, aangemaakt, gewijzigd, kop) VALUES (?1, ?2, 'x', 'open', 'directeVeiligheid', 1, 'n', 'n', '{}')",
            rusqlite::params![c.id.to_string(), format!("RAW-{k2}")],
        )
        .expect("insert");
        tx.execute(
            "INSERT INTO casus_document (nr, document) VALUES (last_insert_rowid(), ?1)",
            [doc],
        )
        .expect("insert");
        tx.commit().expect("commit");
        let back: String = conn
            .query_row(
                "SELECT d.document FROM casus c JOIN casus_document d ON d.nr = c.nr WHERE c.id = ?1",
                [c.id.to_string()],
                |r| r.get(0),
            )
            .expect("row");
        assert!(back.len() > 1000);
    });
    row(
        "import + export van een casus met 500 items",
        ours,
        floor,
        floor,
    );
    println!("piek-RSS van het proces: {} MB", rss_peak_kib() / 1024);
    meting::los(
        &format!("kern: piek-RSS met {n} casussen"),
        rss_peak_kib() as f64 / 1024.0,
        "MB",
        "(ter informatie)",
    );
}
