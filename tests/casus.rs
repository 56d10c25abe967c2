//! Casussen in the vault (issue #4): the CLI contract, all-or-nothing import through the CLI with
//! the vault's bytes unchanged, renumbering, optimistic concurrency, search and the audit trail.

use serde_json::{Value, json};
use top3::vault::{Error, Vault};

use crate::util::{self, cli, new_vault, snapshot, stderr, stdout};

const VOORBEELD: &str = include_str!("data/uitwisseling/voorbeeld.json");

fn with(mut doc: Value, path: &[&str], value: Value) -> Vec<u8> {
    let mut v = &mut doc;
    for p in path {
        v = match p.parse::<usize>() {
            Ok(i) => &mut v[i],
            Err(_) => &mut v[*p],
        };
    }
    *v = value;
    serde_json::to_vec_pretty(&doc).unwrap()
}

/// Every kind of bad file: exit 1, a Dutch message naming the place, and the vault unchanged.
#[test]
fn bad_files_change_nothing() {
    let tmp = util::tempdir();
    let root = tmp.path().join("kluis");
    drop(new_vault(&root));
    let ok = cli(
        &root,
        &["casus", "import", "tests/data/uitwisseling/voorbeeld.json"],
    );
    assert!(ok.status.success(), "{}", stderr(&ok));
    let doc: Value = serde_json::from_str(VOORBEELD).unwrap();
    let situatie = doc["casus"]["informatie"][0]["id"].clone();
    let risicofactor = doc["casus"]["informatie"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["categorie"] == "risicofactor")
        .unwrap()["id"]
        .clone();
    let mut top4 = doc["casus"]["top3"].as_array().unwrap().clone();
    while top4.len() < 4 {
        top4.push(json!({ "situatieId": situatie, "risicofactoren": [], "doelen": [] }));
    }
    let mut dup = doc["casus"]["informatie"].as_array().unwrap().clone();
    dup.push(dup[0].clone());
    let many: Vec<Value> = (0..100_000)
        .map(|i| json!({ "id": uuid::Uuid::new_v4(), "tekst": format!("item {i}"), "bron": "", "datum": null, "aard": null, "categorie": "nogTeOrdenen", "betrokkenen": [] }))
        .collect();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("leeg", Vec::new(), "Het bestand is leeg."),
        (
            "geen UTF-8",
            b"{\"format\": \"top3-casus\", \"x\": \"\xff\xfe\"}".to_vec(),
            "geen geldige UTF-8",
        ),
        (
            "syntaxfout",
            b"{\"format\": \"top3-casus\",\n \"versie\": 1,\n".to_vec(),
            "regel 3",
        ),
        (
            "ander formaat",
            br#"{"format": "iets-anders", "versie": 1}"#.to_vec(),
            "geen casusbestand",
        ),
        (
            "nieuwere versie",
            with(doc.clone(), &["versie"], json!(3)),
            "versie 3",
        ),
        (
            "verkeerd type",
            with(doc.clone(), &["casus", "titel"], json!(42)),
            "casus.titel",
        ),
        (
            "veld ontbreekt",
            with(
                doc.clone(),
                &["casus", "informatie", "0"],
                json!({ "tekst": "zonder id" }),
            ),
            "casus.informatie[0]",
        ),
        (
            "ongeldige datum",
            with(
                doc.clone(),
                &["casus", "informatie", "1", "datum"],
                json!("2026-02-31"),
            ),
            "casus.informatie[1].datum",
        ),
        (
            "score 11",
            with(
                doc.clone(),
                &["casus", "taxatie", "scores", "0", "waarde"],
                json!(11),
            ),
            "casus.taxatie.scores[0].waarde",
        ),
        (
            "score -1",
            with(
                doc.clone(),
                &["casus", "taxatie", "scores", "0", "waarde"],
                json!(-1),
            ),
            "casus.taxatie.scores[0].waarde",
        ),
        (
            "vierde top-3",
            with(doc.clone(), &["casus", "top3"], Value::Array(top4)),
            "casus.top3[3]",
        ),
        (
            "risicofactor in top 3",
            with(
                doc.clone(),
                &["casus", "top3", "0", "situatieId"],
                risicofactor,
            ),
            "casus.top3[0].situatieId",
        ),
        (
            "dubbele id",
            with(doc.clone(), &["casus", "informatie"], Value::Array(dup)),
            "Dubbele id",
        ),
        (
            "5 MB tekst",
            with(
                doc.clone(),
                &["casus", "informatie", "2", "tekst"],
                json!("x".repeat(5 * 1024 * 1024)),
            ),
            "casus.informatie[2].tekst",
        ),
        (
            "100.000 items",
            with(doc.clone(), &["casus", "informatie"], Value::Array(many)),
            "meer dan 50.000 onderdelen",
        ),
    ];
    let before = snapshot(&root);
    for (name, bytes, expect) in cases {
        let file = tmp.path().join("fout.json");
        std::fs::write(&file, &bytes).unwrap();
        let o = cli(&root, &["casus", "import", file.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(1), "{name}: {}", stderr(&o));
        let err = stderr(&o);
        assert!(
            err.contains(expect),
            "{name}: expected {expect:?} in {err:?}"
        );
        assert!(err.contains("Er is niets geïmporteerd."), "{name}: {err}");
        assert!(stdout(&o).is_empty(), "{name}: printed an id");
        assert_eq!(snapshot(&root), before, "{name}: the vault changed");
    }
    let list: Value =
        serde_json::from_str(&stdout(&cli(&root, &["casus", "list", "--json"]))).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 1);
}

#[test]
fn import_show_export_search_through_the_cli() {
    let tmp = util::tempdir();
    let root = tmp.path().join("kluis");
    drop(new_vault(&root));
    let o = cli(
        &root,
        &["casus", "import", "tests/data/uitwisseling/voorbeeld.json"],
    );
    let id = stdout(&o).trim().to_string();
    let doc: Value = serde_json::from_str(VOORBEELD).unwrap();
    assert_eq!(
        id,
        doc["casus"]["id"].as_str().unwrap(),
        "a free id is kept"
    );

    let shown: Value =
        serde_json::from_str(&stdout(&cli(&root, &["casus", "show", &id, "--json"]))).unwrap();
    assert_eq!(shown["format"], "top3-casus");
    assert_eq!(
        shown["casus"]["betrokkenen"][0]["naam"],
        doc["casus"]["betrokkenen"][0]["naam"]
    );
    let text = stdout(&cli(&root, &["casus", "show", &id]));
    assert!(
        text.contains("wat ontbreekt nog") && text.contains("directe veiligheid"),
        "{text}"
    );

    // Export → import → export is identical (into a fresh vault, so the id stays free).
    let out = tmp.path().join("uit.json");
    let o = cli(
        &root,
        &["casus", "export", &id, "-o", out.to_str().unwrap()],
    );
    assert!(
        o.status.success() && stderr(&o).contains("niet versleuteld"),
        "{}",
        stderr(&o)
    );
    assert_eq!(std::fs::read_to_string(&out).unwrap(), VOORBEELD);
    let other = tmp.path().join("tweede");
    drop(new_vault(&other));
    let id2 = stdout(&cli(&other, &["casus", "import", out.to_str().unwrap()]))
        .trim()
        .to_string();
    assert_eq!(stdout(&cli(&other, &["casus", "export", &id2])), VOORBEELD);

    // The same file again: a new id, a code with a suffix, every reference intact.
    let o = cli(
        &root,
        &["casus", "import", "tests/data/uitwisseling/voorbeeld.json"],
    );
    let id3 = stdout(&o).trim().to_string();
    assert_ne!(id3, id);
    let list: Value =
        serde_json::from_str(&stdout(&cli(&root, &["casus", "list", "--json"]))).unwrap();
    let codes: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["code"].as_str().unwrap())
        .collect();
    let code = doc["casus"]["code"].as_str().unwrap();
    assert_eq!(codes, [code.to_string(), format!("{code}-2")]);
    for c in list.as_array().unwrap() {
        for key in ["id", "code", "titel", "fase"] {
            assert!(c[key].is_string(), "list has {key}");
        }
    }
    let o = cli(&root, &["casus", "search", "keukenkast"]);
    let out = stdout(&o);
    assert_eq!(out.lines().count(), 2, "{out}");
    let o = cli(&root, &["casus", "show", "bestaat-niet"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("bestaat niet"));
    // Import and export are in the audit trail, without content.
    let log = stdout(&cli(&root, &["audit", "log"]));
    assert!(log.contains("casus geïmporteerd") && log.contains("casus geëxporteerd"));
    assert!(!log.contains("keukenkast"));
}

#[test]
fn stale_writes_are_refused() {
    let tmp = util::tempdir();
    let v = new_vault(tmp.path());
    let id = v.casus_import(VOORBEELD.as_bytes()).unwrap();
    let mut a = v.casus_get(&id).unwrap();
    let mut b = v.casus_get(&id).unwrap();
    a.titel = "Eerst opgeslagen".into();
    let versie = v.casus_save(&a, top3::vault::Aanleiding::Bewerkt).unwrap();
    assert_eq!(versie, a.versie + 1);
    b.titel = "Te laat".into();
    match v.casus_save(&b, top3::vault::Aanleiding::Bewerkt) {
        Err(Error::Conflict(m)) => assert!(
            m.contains("intussen gewijzigd") && m.contains("niets overschreven"),
            "{m}"
        ),
        other => panic!("{other:?}"),
    }
    assert_eq!(v.casus_get(&id).unwrap().titel, "Eerst opgeslagen");
    assert_eq!(v.search("Eerst").unwrap(), vec![id.clone()]);
    assert!(v.search("laat").unwrap().is_empty());
}

#[test]
fn invalid_saves_are_refused_whole() {
    let tmp = util::tempdir();
    let v = new_vault(tmp.path());
    let id = v.casus_import(VOORBEELD.as_bytes()).unwrap();
    let good = v.casus_get(&id).unwrap();
    let mut bad = good.clone();
    let extra = bad.top3.plaatsen[0].clone();
    while bad.top3.plaatsen.len() < 4 {
        bad.top3.plaatsen.push(extra.clone());
    }
    bad.titel = "mag niet landen".into();
    match v.casus_save(&bad, top3::vault::Aanleiding::Bewerkt) {
        Err(Error::Invalid(m)) => {
            assert!(
                m.contains("top3[3]")
                    && m.contains("hoogstens 3")
                    && m.contains("Er is niets gewijzigd."),
                "{m}"
            )
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(v.casus_get(&id).unwrap(), good);
    let entries = v.audit_log().unwrap().len();
    v.casus_delete(&id).unwrap();
    assert!(v.search("keukenkast").unwrap().is_empty());
    assert!(matches!(v.casus_get(&id), Err(Error::NotFound(_))));
    let log = v.audit_log().unwrap();
    assert_eq!(log.len(), entries + 1);
    assert_eq!(log.last().unwrap().action, "casus verwijderd");
    assert_eq!(log.last().unwrap().casus_id.as_deref(), Some(id.as_str()));
    Vault::check(&v).unwrap();
}
