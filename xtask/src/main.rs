//! Developer commands, run as `cargo xtask <command>` (see `.cargo/config.toml`).
//!
//! `run` and `test` are the two commands the README promises: each installs what is missing on a
//! fresh Debian 12 machine (apt packages, npm packages, tauri-driver) and then does its job.

mod bench;
mod dist;
mod fuzz;
mod installatie;
mod lint;
mod notices;
mod setup;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

type Result<T = ()> = std::result::Result<T, String>;

const USAGE: &str = "cargo xtask <opdracht>

  run        installeert wat ontbreekt, bouwt de UI en de app, en start het venster
  test       alles: Rust-tests, Vitest, lint (CSP/capabilities/imports), bindings, end-to-end
  e2e        alleen de end-to-end-tests in het echte venster (onder Xvfb)
  lint       CSP, capabilities, verboden plugins en imports; ESLint en svelte-check
  bindings   schrijf de TypeScript-types uit src/api opnieuw naar ui/src/lib/ipc/bindings
  setup      installeer alleen wat ontbreekt (apt, npm, tauri-driver)
  dist       de installatiepakketten in target/dist: .deb, .rpm, Windows-setup.exe, SHA256SUMS
             (ondertekenen: TOP3_SIGN_PFX, TOP3_SIGN_GPG_KEY; zie README)
  fuzz [SECONDEN] [DOEL…]
             draai elk fuzzdoel (import, sleutelbestand, backup, namen) zo lang (standaard 300 s)
             en meld per doel CPU-tijd, runs en crashes; installeert cargo-fuzz als het ontbreekt
  bench      alle benchmarks (kluis, kern, pdf) en de venstermetingen op een release-build met
             10.000 casussen; één tabel met per meting de basislijn uit dezelfde run en het doel
  installatie  alleen de installatietest: dist, dan installeren, bijwerken en verwijderen
             (Linux met apt, Windows onder Wine); vraagt root
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let started = Instant::now();
    let result = match args.first().map(String::as_str) {
        Some("run") => run(&args[1..]),
        Some("test") => test(),
        Some("e2e") => setup::all().and_then(|()| build_ui()).and_then(|()| e2e()),
        Some("lint") => setup::npm_ci(&root().join("ui")).and_then(|()| lint_all()),
        Some("bindings") => bindings(Bindings::Write),
        Some("setup") => setup::all(),
        Some("dist") => dist::dist(&dist::Signing::from_env()).map(|_| ()),
        Some("fuzz") => fuzz::fuzz(&args[1..]),
        Some("installatie") => setup::all().and_then(|()| installatie::test()),
        Some("bench") => bench::bench(),
        _ => {
            eprint!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => {
            eprintln!("xtask: klaar in {:.0?}", started.elapsed());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("xtask: MISLUKT: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The repository root (xtask lives in `<root>/xtask`).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask has a parent")
        .to_path_buf()
}

pub fn step(name: &str) {
    eprintln!("\n== xtask: {name}");
}

/// Run a command in `dir`, streaming its output; fail with its exit status.
pub fn sh(dir: &Path, program: &str, args: &[&str]) -> Result {
    sh_env(dir, program, args, &[])
}

pub fn sh_env(dir: &Path, program: &str, args: &[&str], env: &[(&str, &str)]) -> Result {
    eprintln!("$ {program} {}", args.join(" "));
    let status = Command::new(program)
        .args(args)
        .current_dir(dir)
        .envs(env.iter().copied())
        .status()
        .map_err(|e| format!("kan '{program}' niet starten: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("'{program} {}' faalde ({status})", args.join(" ")))
    }
}

fn run(args: &[String]) -> Result {
    setup::apt(setup::Need::Run)?;
    setup::node()?;
    build_ui()?;
    let root = root();
    step("app bouwen");
    sh(&root, "cargo", &["build", "-p", "top3-werkplaats"])?;
    let app = root.join("target/debug/top3-werkplaats");
    let app_str = app.to_str().expect("utf-8 path");
    let extra: Vec<&str> = args.iter().map(String::as_str).collect();
    step("app starten");
    let has_display =
        std::env::var_os("DISPLAY").is_some() || std::env::var_os("WAYLAND_DISPLAY").is_some();
    if has_display {
        sh(&root, app_str, &extra)
    } else {
        eprintln!(
            "Geen beeldscherm gevonden (DISPLAY/WAYLAND_DISPLAY): de app draait onder xvfb-run, onzichtbaar."
        );
        let mut a = vec!["-a", "-s", "-screen 0 1280x800x24", app_str];
        a.extend(extra);
        sh(&root, "xvfb-run", &a)
    }
}

pub fn build_ui() -> Result {
    let ui = root().join("ui");
    setup::npm_ci(&ui)?;
    step("UI bouwen (vite)");
    sh(&ui, "npm", &["run", "build", "--silent"])
}

fn lint_all() -> Result {
    step("lint: CSP, capabilities, plugins, imports");
    lint::check(&root())?;
    // The shell embeds ui/dist at compile time, so clippy needs the built UI.
    build_ui()?;
    step("lint: cargo clippy -D warnings");
    sh(
        &root(),
        "cargo",
        &[
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ],
    )?;
    let ui = root().join("ui");
    step("lint: ESLint en svelte-check");
    sh(&ui, "npm", &["run", "lint", "--silent"])?;
    sh(&ui, "npm", &["run", "check", "--silent"])
}

#[derive(PartialEq)]
enum Bindings {
    Write,
    Check,
}

/// Generate the TypeScript bindings (ts-rs) into a temp dir; write them or compare them.
fn bindings(mode: Bindings) -> Result {
    step(if mode == Bindings::Write {
        "bindings schrijven"
    } else {
        "bindings actueel?"
    });
    let root = root();
    let out = root.join("target/xtask-bindings");
    let _ = std::fs::remove_dir_all(&out);
    sh_env(
        &root,
        "cargo",
        &["test", "--quiet", "-p", "top3", "--lib", "export_bindings"],
        &[
            ("TS_RS_EXPORT_DIR", out.to_str().expect("utf-8")),
            ("TS_RS_LARGE_INT", "number"),
        ],
    )?;
    let committed = root.join("ui/src/lib/ipc/bindings");
    let fresh = read_dir_files(&out)?;
    if mode == Bindings::Write {
        let _ = std::fs::remove_dir_all(&committed);
        std::fs::create_dir_all(&committed).map_err(|e| e.to_string())?;
        for (name, body) in &fresh {
            std::fs::write(committed.join(name), body).map_err(|e| e.to_string())?;
        }
        eprintln!(
            "{} bestanden geschreven naar ui/src/lib/ipc/bindings",
            fresh.len()
        );
        return Ok(());
    }
    let old = read_dir_files(&committed)?;
    if old != fresh {
        let names = |m: &Vec<(String, String)>| {
            m.iter()
                .map(|(n, _)| n.clone())
                .collect::<Vec<_>>()
                .join(", ")
        };
        return Err(format!(
            "de TypeScript-bindings in ui/src/lib/ipc/bindings zijn verouderd (gegenereerd: {}; vastgelegd: {}). Draai 'cargo xtask bindings' en commit het resultaat.",
            names(&fresh),
            names(&old)
        ));
    }
    eprintln!("bindings actueel ({} bestanden)", fresh.len());
    Ok(())
}

fn read_dir_files(dir: &Path) -> Result<Vec<(String, String)>> {
    let mut v = Vec::new();
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for e in entries {
        let e = e.map_err(|e| e.to_string())?;
        if e.path().is_file() {
            let body = std::fs::read_to_string(e.path()).map_err(|e| e.to_string())?;
            v.push((e.file_name().to_string_lossy().into_owned(), body));
        }
    }
    v.sort();
    Ok(v)
}

fn test() -> Result {
    let root = root();
    if std::env::var_os("CI").is_some() {
        // A fresh clone builds each crate once: incremental caches would only fill the disk.
        // SAFETY: no other thread runs yet, and every child process starts after this.
        unsafe { std::env::set_var("CARGO_INCREMENTAL", "0") };
    }
    setup::all()?;
    step("cargo fmt --check");
    sh(&root, "cargo", &["fmt", "--all", "--", "--check"])?;
    lint_all()?;
    bindings(Bindings::Check)?;
    step("Rust: unit- en integratietests (workspace)");
    let mut args = vec!["test", "--workspace"];
    if std::env::var_os("CI").is_some() {
        args.push("--locked");
    }
    sh(&root, "cargo", &args)?;
    step("UI: Vitest");
    sh(&root.join("ui"), "npm", &["test", "--silent"])?;
    e2e()?;
    installatie::test()
}

/// The end-to-end suite: the built app in a real window under Xvfb, driven through tauri-driver +
/// WebKitWebDriver, with a throw-away HOME so the WebView's storage can be scanned afterwards.
fn e2e() -> Result {
    let root = root();
    step("app bouwen voor end-to-end");
    sh(
        &root,
        "cargo",
        &["build", "-p", "top3-werkplaats", "--features", "testhooks"],
    )?;
    let home = root.join("target/e2e-home");
    let _ = std::fs::remove_dir_all(&home);
    let shots = root.join("target/e2e-screenshots");
    let _ = std::fs::remove_dir_all(&shots);
    step("end-to-end (tauri-driver + WebKitWebDriver onder Xvfb)");
    run_e2e(
        &root.join("target/debug/top3-werkplaats"),
        &home,
        &shots,
        &[],
    )?;
    eprintln!("schermafbeeldingen: {}", shots.display());
    Ok(())
}

/// Run the WebdriverIO runner in tests/e2e against `app` under Xvfb, with `home` as the app's
/// HOME (and XDG folders inside it) and screenshots in `shots`; `extra` adds to the environment.
pub fn run_e2e(app: &Path, home: &Path, shots: &Path, extra: &[(&str, &str)]) -> Result {
    for d in [home, shots] {
        std::fs::create_dir_all(d).map_err(|e| format!("{}: {e}", d.display()))?;
    }
    let driver = setup::tauri_driver_path()?;
    let s = |p: &Path| p.to_str().expect("utf-8 path").to_string();
    let (home_s, app_s, shots_s, driver_s) = (s(home), s(app), s(shots), s(&driver));
    let xdg_data = format!("{home_s}/.local/share");
    let xdg_cache = format!("{home_s}/.cache");
    let xdg_config = format!("{home_s}/.config");
    let mut env = vec![
        ("TOP3_E2E_APP", app_s.as_str()),
        ("TOP3_E2E_HOME", &home_s),
        ("TOP3_E2E_SCREENSHOTS", &shots_s),
        ("TAURI_DRIVER", &driver_s),
        ("XDG_DATA_HOME", &xdg_data),
        ("XDG_CACHE_HOME", &xdg_cache),
        ("XDG_CONFIG_HOME", &xdg_config),
        ("TOP3_VAULT", ""),
        ("TOP3_OEFENOMGEVING", ""),
    ];
    env.extend_from_slice(extra);
    sh_env(
        &root().join("tests/e2e"),
        "xvfb-run",
        &[
            "-a",
            "-s",
            "-screen 0 1280x800x24",
            "npm",
            "test",
            "--silent",
        ],
        &env,
    )
}
