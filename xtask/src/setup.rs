//! Install what is missing: Debian packages, npm packages, tauri-driver.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{Result, root, sh, step};

pub enum Need {
    /// Build and start the app.
    Run,
    /// Build the release packages (`cargo xtask dist`).
    Dist,
    /// Everything the full test run needs (which builds, installs and checks the packages too).
    Test,
}

const BUILD: &[&str] = &[
    "build-essential",
    "pkg-config",
    "libssl-dev",
    "libwebkit2gtk-4.1-dev",
    "xvfb",
    "xauth",
    "fonts-noto-core",
];
/// Packaging: the Windows cross-compiler and NSIS, rpmbuild, man pages, signing tools.
const DIST: &[&str] = &[
    "dpkg-dev",
    "gcc-mingw-w64-x86-64",
    "nsis",
    "rpm",
    "help2man",
    "osslsigncode",
    "gpg",
];
/// Checking: the WebDriver, PDF tools, and for the packages lintian, AppStream and Wine.
const TEST: &[&str] = &[
    "webkit2gtk-driver",
    "poppler-utils",
    "xdotool",
    "qpdf",
    "lintian",
    "appstream",
    "wine64",
];

pub fn all() -> Result {
    apt(Need::Test)?;
    node()?;
    windows_target()?;
    npm_ci(&root().join("ui"))?;
    npm_ci(&root().join("tests/e2e"))?;
    tauri_driver_path().map(|_| ())
}

/// The Rust standard library for the Windows cross-build (`rustup target add`).
pub fn windows_target() -> Result {
    let installed = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).contains(crate::dist::WINDOWS))
        .unwrap_or(false);
    if installed {
        return Ok(());
    }
    step(&format!("rustup target add {}", crate::dist::WINDOWS));
    sh(&root(), "rustup", &["target", "add", crate::dist::WINDOWS])
}

fn installed(pkg: &str) -> bool {
    Command::new("dpkg-query")
        .args(["-W", "-f=${Status}", pkg])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).contains("install ok installed"))
        .unwrap_or(false)
}

/// Install missing Debian packages: directly as root, otherwise print the exact sudo line.
pub fn apt(need: Need) -> Result {
    let mut wanted: Vec<&str> = BUILD.to_vec();
    if matches!(need, Need::Dist | Need::Test) {
        wanted.extend(DIST);
    }
    if matches!(need, Need::Test) {
        wanted.extend(TEST);
    }
    if Command::new("dpkg-query")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!(
            "xtask: geen Debian/Ubuntu (dpkg-query ontbreekt); ik controleer de systeempakketten niet."
        );
        return Ok(());
    }
    let missing: Vec<&str> = wanted.into_iter().filter(|p| !installed(p)).collect();
    if missing.is_empty() {
        return Ok(());
    }
    step(&format!("apt: installeren {}", missing.join(" ")));
    let line = format!(
        "apt-get install -y --no-install-recommends {}",
        missing.join(" ")
    );
    if !is_root() {
        return Err(format!(
            "deze systeempakketten ontbreken: {}. Installeer ze met:\n\n  sudo apt-get update && sudo {line}\n",
            missing.join(" ")
        ));
    }
    let dir = root();
    sh(&dir, "apt-get", &["update", "-qq"])?;
    let mut args = vec!["install", "-y", "-qq", "--no-install-recommends"];
    args.extend(missing.iter().copied());
    crate::sh_env(
        &dir,
        "apt-get",
        &args,
        &[("DEBIAN_FRONTEND", "noninteractive")],
    )
}

/// Does this process run as root (uid 0)?
pub fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

/// Vite 8 needs Node ≥ 20.19.
pub fn node() -> Result {
    let out = Command::new("node").arg("--version").output().map_err(|_| {
        "Node.js ontbreekt. Installeer Node 20.19 of nieuwer (bijvoorbeeld uit NodeSource of met nvm).".to_string()
    })?;
    let v = String::from_utf8_lossy(&out.stdout)
        .trim()
        .trim_start_matches('v')
        .to_string();
    let parts: Vec<u32> = v.split('.').filter_map(|p| p.parse().ok()).collect();
    let ok = match parts.as_slice() {
        [major, minor, ..] => *major > 20 || (*major == 20 && *minor >= 19),
        _ => false,
    };
    if ok {
        Ok(())
    } else {
        Err(format!(
            "Node {v} is te oud: de UI-bouw (Vite 8) vraagt Node 20.19 of nieuwer."
        ))
    }
}

/// `npm ci` when node_modules is missing or older than package-lock.json.
pub fn npm_ci(dir: &Path) -> Result {
    let lock = dir.join("package-lock.json");
    let stamp = dir.join("node_modules/.package-lock.json");
    let mtime = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let fresh = matches!((mtime(&lock), mtime(&stamp)), (Some(l), Some(s)) if s >= l);
    if fresh {
        return Ok(());
    }
    step(&format!(
        "npm ci in {}",
        dir.strip_prefix(root()).unwrap_or(dir).display()
    ));
    sh(
        dir,
        "npm",
        &["ci", "--no-audit", "--no-fund", "--loglevel=error"],
    )
}

/// tauri-driver from PATH or ~/.cargo/bin; installed with cargo when missing.
pub fn tauri_driver_path() -> Result<PathBuf> {
    let cargo_bin = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_default()
        .join("bin/tauri-driver");
    if cargo_bin.exists() {
        return Ok(cargo_bin);
    }
    if let Ok(o) = Command::new("sh")
        .args(["-c", "command -v tauri-driver"])
        .output()
    {
        let p = String::from_utf8_lossy(&o.stdout).trim().to_string();
        if o.status.success() && !p.is_empty() {
            return Ok(PathBuf::from(p));
        }
    }
    step("tauri-driver installeren (cargo install)");
    sh(
        &root(),
        "cargo",
        &["install", "tauri-driver", "--locked", "--version", "^2"],
    )?;
    if cargo_bin.exists() {
        Ok(cargo_bin)
    } else {
        Err("tauri-driver is geïnstalleerd maar niet gevonden".into())
    }
}
