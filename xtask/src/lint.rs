//! Security lint of the Tauri shell and the UI boundary. Capability changes are security changes:
//! this makes each one visible and keeps the invariants of ARCHITECTURE.md true.

use std::path::Path;

use serde_json::Value;

use crate::Result;

/// Plugins the webview must never get.
const FORBIDDEN_PLUGINS: &[&str] = &[
    "tauri-plugin-shell",
    "tauri-plugin-fs",
    "tauri-plugin-http",
    "tauri-plugin-opener",
    "tauri-plugin-process",
    "tauri-plugin-websocket",
    "tauri-plugin-upload",
];
/// Core permissions the main window may have besides the app's own commands.
const ALLOWED_CORE: &[&str] = &["core:event:allow-listen", "core:event:allow-unlisten"];
/// The projector window shows a wall in the meeting room: it may read what it shows and pass the
/// voorzitter's keys on, and nothing else (never the vault).
const PROJECTOR_ALLOWED: &[&str] = &[
    "core:event:allow-listen",
    "core:event:allow-unlisten",
    "allow-presentatie-beeld",
    "allow-presentatie-bedien",
];

fn rust_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(rust_files(&p));
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
    out
}

pub fn check(root: &Path) -> Result {
    let mut problems = Vec::new();
    let read = |p: &str| std::fs::read_to_string(root.join(p)).map_err(|e| format!("{p}: {e}"));

    // 1. CSP and security settings.
    let conf: Value = serde_json::from_str(&read("src-tauri/tauri.conf.json")?)
        .map_err(|e| format!("tauri.conf.json: {e}"))?;
    let security = &conf["app"]["security"];
    let csp = security["csp"].as_str().unwrap_or("");
    problems.extend(csp_problems(csp));
    if security["assetProtocol"]["enable"].as_bool() == Some(true) {
        problems.push("het asset-protocol staat aan".into());
    }
    if security
        .get("dangerousDisableAssetCspModification")
        .is_some()
    {
        problems.push("dangerousDisableAssetCspModification is gezet".into());
    }
    if conf["app"]["withGlobalTauri"].as_bool() == Some(true) {
        problems.push("withGlobalTauri staat aan (de hele API op window.__TAURI__)".into());
    }
    for w in conf["app"]["windows"].as_array().into_iter().flatten() {
        if let Some(url) = w["url"].as_str()
            && url.contains("://")
        {
            problems.push(format!("venster laadt een externe URL: {url}"));
        }
        // Windows are opened in Rust through venster::prive (no storage on disk, no autofill).
        let label = w["label"].as_str().unwrap_or("?");
        if w["create"].as_bool() != Some(false) {
            problems.push(format!(
                "venster {label}: \"create\": false ontbreekt (het venster moet via venster::prive open)"
            ));
        }
    }
    // Every window builder in the shell goes through venster::prive.
    for file in rust_files(&root.join("src-tauri/src")) {
        let src = std::fs::read_to_string(&file).unwrap_or_default();
        let builders = src.matches("WebviewWindowBuilder::new(").count()
            + src.matches("WebviewWindowBuilder::from_config(").count();
        let private = src.matches("venster::prive(").count();
        if builders > private {
            problems.push(format!(
                "{}: een venster dat niet via venster::prive opent",
                file.strip_prefix(root).unwrap_or(&file).display()
            ));
        }
    }
    if conf.get("version").is_some() {
        problems.push(
            "tauri.conf.json heeft een eigen \"version\": de versie staat alleen in Cargo.toml ([workspace.package])".into(),
        );
    }

    // 2. No forbidden plugins.
    let cargo = read("src-tauri/Cargo.toml")?;
    for p in FORBIDDEN_PLUGINS {
        if cargo.contains(p) {
            problems.push(format!("src-tauri gebruikt de verboden plugin {p}"));
        }
    }

    // 3. Commands: build.rs AppManifest == generate_handler! == capabilities.
    let build = read("src-tauri/build.rs")?;
    let manifest: Vec<String> = quoted_in(&build, "const COMMANDS", "];");
    let lib = read("src-tauri/src/lib.rs")?;
    let handler: Vec<String> = between(&lib, "generate_handler![", "]")
        .split(',')
        .filter_map(|s| s.trim().rsplit("::").next().map(str::to_string))
        .filter(|s| !s.is_empty())
        .collect();
    let mut a = manifest.clone();
    let mut b = handler.clone();
    a.sort();
    b.sort();
    if a.is_empty() || a != b {
        problems.push(format!(
            "de commando's in build.rs ({a:?}) en generate_handler! ({b:?}) verschillen"
        ));
    }
    let caps_dir = root.join("src-tauri/capabilities");
    let mut granted = Vec::new();
    for entry in std::fs::read_dir(&caps_dir).map_err(|e| e.to_string())? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let cap: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).map_err(|e| e.to_string())?)
                .map_err(|e| format!("{}: {e}", path.display()))?;
        if cap.get("remote").is_some() {
            problems.push(format!(
                "{}: remote-toegang is niet toegestaan",
                path.display()
            ));
        }
        let projector = cap["windows"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|w| w.as_str() != Some("main"));
        for p in cap["permissions"].as_array().into_iter().flatten() {
            if projector && !p.as_str().is_some_and(|id| PROJECTOR_ALLOWED.contains(&id)) {
                problems.push(format!(
                    "{}: een ander venster dan 'main' krijgt alleen {PROJECTOR_ALLOWED:?}, niet {p}",
                    path.display()
                ));
            }
            let Some(id) = p.as_str() else {
                problems.push(format!(
                    "{}: permissie met scope is niet toegestaan: {p}",
                    path.display()
                ));
                continue;
            };
            granted.push(id.to_string());
            let own = id.strip_prefix("allow-").map(|c| c.replace('-', "_"));
            let ok = ALLOWED_CORE.contains(&id) || own.as_ref().is_some_and(|c| a.contains(c));
            if !ok {
                problems.push(format!(
                    "{}: permissie '{id}' staat niet op de lijst",
                    path.display()
                ));
            }
        }
    }
    for c in &a {
        let id = format!("allow-{}", c.replace('_', "-"));
        if !granted.contains(&id) {
            problems.push(format!("commando '{c}' heeft geen '{id}' in capabilities/"));
        }
    }

    // 4. Only ui/src/lib/ipc imports @tauri-apps/*.
    let mut stray = Vec::new();
    walk(&root.join("ui/src"), &mut |p| {
        let rel = p.strip_prefix(root).unwrap_or(p);
        if rel.starts_with("ui/src/lib/ipc") {
            return;
        }
        if let Ok(text) = std::fs::read_to_string(p)
            && text.contains("@tauri-apps/")
        {
            stray.push(rel.display().to_string());
        }
    });
    for s in stray {
        problems.push(format!(
            "{s} importeert @tauri-apps/* buiten ui/src/lib/ipc"
        ));
    }
    for page in ["ui/index.html", "ui/presentatie.html"] {
        if let Ok(html) = read(page)
            && (html.contains("http://") || html.contains("https://"))
        {
            problems.push(format!("{page} verwijst naar een externe URL"));
        }
    }

    if problems.is_empty() {
        eprintln!(
            "lint ok: CSP streng, {} commando's één voor één toegestaan, geen verboden plugins, imports in orde",
            a.len()
        );
        Ok(())
    } else {
        Err(format!(
            "lint vond {} probleem(en):\n  - {}",
            problems.len(),
            problems.join("\n  - ")
        ))
    }
}

fn csp_problems(csp: &str) -> Vec<String> {
    let mut v = Vec::new();
    if csp.is_empty() {
        v.push("er is geen CSP ingesteld".into());
        return v;
    }
    for bad in [
        "'unsafe-eval'",
        "'wasm-unsafe-eval'",
        "'unsafe-hashes'",
        "data: 'self' blob:",
        " * ",
        " *;",
    ] {
        if csp.contains(bad) {
            v.push(format!("de CSP staat {bad} toe"));
        }
    }
    for directive in csp.split(';') {
        let mut parts = directive.split_whitespace();
        let Some(name) = parts.next() else { continue };
        for src in parts {
            let remote =
                (src.starts_with("http:") || src.starts_with("https:") || src.starts_with("ws"))
                    && src != "http://ipc.localhost";
            if remote || src == "*" {
                v.push(format!(
                    "de CSP staat een externe bron toe in {name}: {src}"
                ));
            }
            if name == "script-src" && src == "'unsafe-inline'" {
                v.push("de CSP staat inline scripts toe".into());
            }
        }
    }
    for needed in [
        "default-src",
        "script-src",
        "object-src 'none'",
        "frame-ancestors 'none'",
    ] {
        if !csp.contains(needed) {
            v.push(format!("de CSP mist {needed}"));
        }
    }
    v
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let Some(i) = text.find(start) else { return "" };
    let rest = &text[i + start.len()..];
    &rest[..rest.find(end).unwrap_or(rest.len())]
}

fn quoted_in(text: &str, start: &str, end: &str) -> Vec<String> {
    between(text, start, end)
        .split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

fn walk(dir: &Path, f: &mut dyn FnMut(&Path)) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, f);
        } else {
            f(&p);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::csp_problems;

    #[test]
    fn csp_rules() {
        let good = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src ipc: http://ipc.localhost; object-src 'none'; frame-ancestors 'none'";
        assert!(csp_problems(good).is_empty(), "{:?}", csp_problems(good));
        for bad in [
            "default-src 'self'; script-src 'self' 'unsafe-eval'; object-src 'none'; frame-ancestors 'none'",
            "default-src 'self'; script-src 'self' https://cdn.example; object-src 'none'; frame-ancestors 'none'",
            "default-src 'self'; script-src 'self' 'unsafe-inline'; object-src 'none'; frame-ancestors 'none'",
            "default-src *; script-src 'self'; object-src 'none'; frame-ancestors 'none'",
            "",
        ] {
            assert!(!csp_problems(bad).is_empty(), "should fail: {bad}");
        }
    }
}
