//! The third-party notices that go into every package: each Rust crate compiled into the two
//! programs for a target (from `cargo metadata`, normal dependencies only, proc-macros left out
//! because none of their code ships), each npm package whose code is in the built UI (listed by
//! the Vite build in `target/ui-bundled-packages.json`), the bundled C libraries and the fonts —
//! with their licence expressions and the licence texts they ship, identical texts printed once.

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::Result;
use crate::dist::capture;

/// C code inside a crate whose licence file lives below the crate root.
const VENDORED: &[(&str, &str, &str)] = &[
    ("libsqlite3-sys", "sqlcipher/LICENSE", "SQLCipher"),
    ("openssl-src", "openssl/LICENSE.txt", "OpenSSL"),
];

struct Item {
    label: String,
    licence: String,
    texts: Vec<String>,
}

/// The npm packages in the built UI (written by `bundledPackages()` in ui/vite.config.ts).
pub fn ui_packages(root: &Path) -> Result<Vec<String>> {
    let p = root.join("target/ui-bundled-packages.json");
    let text = std::fs::read_to_string(&p).map_err(|e| {
        format!(
            "{}: {e} (wordt geschreven door de UI-bouw; draai eerst 'npm run build' in ui/)",
            p.display()
        )
    })?;
    let v: Vec<String> =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", p.display()))?;
    if v.is_empty() {
        return Err(format!("{} is leeg", p.display()));
    }
    Ok(v)
}

pub fn sqlcipher_licence(root: &Path) -> Result<String> {
    let meta = metadata(root, "x86_64-unknown-linux-gnu")?;
    let dir = package_dirs(&meta)
        .remove("libsqlite3-sys")
        .ok_or("libsqlite3-sys staat niet in cargo metadata")?;
    std::fs::read_to_string(dir.join("sqlcipher/LICENSE")).map_err(|e| e.to_string())
}

fn metadata(root: &Path, target: &str) -> Result<Value> {
    let out = capture(
        root,
        "cargo",
        &[
            "metadata",
            "--format-version",
            "1",
            "--locked",
            "--filter-platform",
            target,
        ],
    )?;
    serde_json::from_str(&out).map_err(|e| format!("cargo metadata: {e}"))
}

fn package_dirs(meta: &Value) -> HashMap<String, PathBuf> {
    meta["packages"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| {
            let dir = Path::new(p["manifest_path"].as_str()?).parent()?;
            Some((p["name"].as_str()?.to_string(), dir.to_path_buf()))
        })
        .collect()
}

/// Licence files at the top of a package folder.
fn licence_texts(dir: &Path) -> Vec<String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let n = p
                .file_name()
                .map(|n| n.to_string_lossy().to_uppercase())
                .unwrap_or_default();
            p.is_file()
                && [
                    "LICENSE",
                    "LICENCE",
                    "COPYING",
                    "NOTICE",
                    "UNLICENSE",
                    "COPYRIGHT",
                ]
                .iter()
                .any(|k| n.starts_with(k))
        })
        .collect();
    files.sort();
    files
        .iter()
        .filter_map(|f| std::fs::read_to_string(f).ok())
        .map(|t| t.trim_end().to_string())
        .filter(|t| !t.is_empty())
        .collect()
}

fn crates(root: &Path, target: &str) -> Result<Vec<Item>> {
    let meta = metadata(root, target)?;
    let packages: HashMap<&str, &Value> = meta["packages"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| Some((p["id"].as_str()?, p)))
        .collect();
    let nodes: HashMap<&str, &Value> = meta["resolve"]["nodes"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|n| Some((n["id"].as_str()?, n)))
        .collect();
    let members: BTreeSet<&str> = meta["workspace_members"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    let starts: Vec<&str> = members
        .iter()
        .copied()
        .filter(|id| {
            packages
                .get(id)
                .and_then(|p| p["name"].as_str())
                .is_some_and(|n| n == "top3" || n == "top3-werkplaats")
        })
        .collect();
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    let mut queue: VecDeque<&str> = starts.into_iter().collect();
    while let Some(id) = queue.pop_front() {
        if !seen.insert(id) {
            continue;
        }
        for dep in nodes
            .get(id)
            .and_then(|n| n["deps"].as_array())
            .into_iter()
            .flatten()
        {
            let normal = dep["dep_kinds"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|k| k["kind"].is_null());
            if normal && let Some(pkg) = dep["pkg"].as_str() {
                queue.push_back(pkg);
            }
        }
    }
    let mut items = Vec::new();
    for id in seen {
        if members.contains(id) {
            continue;
        }
        let p = packages[id];
        let proc_macro = p["targets"].as_array().into_iter().flatten().all(|t| {
            t["kind"]
                .as_array()
                .is_some_and(|k| k.iter().any(|k| k == "proc-macro"))
        });
        if proc_macro {
            continue;
        }
        let name = p["name"].as_str().unwrap_or("?");
        let dir = Path::new(p["manifest_path"].as_str().unwrap_or("."))
            .parent()
            .unwrap_or(Path::new("."))
            .to_path_buf();
        let mut texts = licence_texts(&dir);
        if let Some(f) = p["license_file"].as_str()
            && let Ok(t) = std::fs::read_to_string(dir.join(f))
        {
            texts.push(t.trim_end().to_string());
        }
        items.push(Item {
            label: format!("{name} {}", p["version"].as_str().unwrap_or("?")),
            licence: p["license"]
                .as_str()
                .unwrap_or("zie licentiebestand")
                .to_string(),
            texts,
        });
        for (krate, file, what) in VENDORED {
            if name == *krate {
                let t = std::fs::read_to_string(dir.join(file))
                    .map_err(|e| format!("{name}/{file}: {e}"))?;
                items.push(Item {
                    label: format!(
                        "{what} (in {name} {})",
                        p["version"].as_str().unwrap_or("?")
                    ),
                    licence: "zie licentietekst".into(),
                    texts: vec![t.trim_end().to_string()],
                });
            }
        }
    }
    Ok(items)
}

fn npm(root: &Path, names: &[String]) -> Result<Vec<Item>> {
    let mut items = Vec::new();
    for name in names {
        let dir = root.join("ui/node_modules").join(name);
        let pj: Value = serde_json::from_str(
            &std::fs::read_to_string(dir.join("package.json"))
                .map_err(|e| format!("{}: {e}", dir.display()))?,
        )
        .map_err(|e| format!("{name}/package.json: {e}"))?;
        items.push(Item {
            label: format!("{name} {}", pj["version"].as_str().unwrap_or("?")),
            licence: pj["license"]
                .as_str()
                .unwrap_or("zie licentiebestand")
                .to_string(),
            texts: licence_texts(&dir),
        });
    }
    Ok(items)
}

/// The notices for the programs built for `target`.
pub fn notices(root: &Path, target: &str, ui: &[String], version: &str) -> Result<String> {
    let rust = crates(root, target)?;
    let js = npm(root, ui)?;
    let fonts = vec![Item {
        label: "Noto Sans, Noto Sans Arabic, Noto Sans Hebrew (in elke PDF)".into(),
        licence: "OFL-1.1".into(),
        texts: vec![
            std::fs::read_to_string(root.join("assets/fonts/OFL.txt"))
                .map_err(|e| e.to_string())?
                .trim_end()
                .to_string(),
        ],
    }];
    // Identical licence texts are printed once, with everyone who uses them.
    let mut by_text: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut out = format!(
        "TOP-3 Werkplaats {version} — software van derden / third-party software ({target})\n\n\
         TOP-3 Werkplaats zelf valt onder de EUPL-1.2 (zie LICENSE). De programma's bevatten de\n\
         onderstaande software van derden, elk onder de eigen licentie; de licentieteksten staan\n\
         daarna, elke tekst één keer.\n"
    );
    for (title, items) in [
        ("Rust-crates", &rust),
        ("JavaScript in de gebruikersinterface", &js),
        ("Lettertypen", &fonts),
    ] {
        let _ = writeln!(out, "\n== {title} ({}) ==", items.len());
        for it in items.iter() {
            for t in &it.texts {
                by_text.entry(t.clone()).or_default().push(it.label.clone());
            }
            let _ = writeln!(
                out,
                "{} — {}{}",
                it.label,
                it.licence,
                if it.texts.is_empty() {
                    " (geen licentiebestand in het pakket)"
                } else {
                    ""
                }
            );
        }
    }
    let _ = writeln!(out, "\n== Licentieteksten ({}) ==", by_text.len());
    for (i, (text, users)) in by_text.iter().enumerate() {
        let _ = write!(
            out,
            "\n---- tekst {} — voor: {} ----\n\n{text}\n",
            i + 1,
            users.join(", ")
        );
    }
    Ok(out)
}
