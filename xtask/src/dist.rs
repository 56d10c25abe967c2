//! `cargo xtask dist`: the release packages, built on Debian, into `target/dist/`.
//!
//! - `top3-werkplaats_<v>_amd64.deb` (dpkg-deb) and `top3-werkplaats-<v>-1.x86_64.rpm` (rpmbuild),
//!   both from one staged tree: the app and the `top3` CLI in /usr/bin, a .desktop entry, hicolor
//!   icons, AppStream metainfo, man pages, the copyright file and the third-party notices;
//! - `top3-werkplaats_<v>_x64-setup.exe`: our own NSIS script
//!   (`src-tauri/packaging/windows/installer.nsi`), cross-built with mingw-w64 and makensis;
//! - `SHA256SUMS`, and with signing configured, `.asc` signatures beside the Linux packages and the
//!   sums, Authenticode inside every `.exe`.
//!
//! Nothing is downloaded at build time except crates and npm packages from their registries.
//! Tauri's bundler is not used: its NSIS and AppImage paths fetch tools from GitHub.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use crate::notices;
use crate::setup::{self, Need};
use crate::{Result, root, sh, sh_env, step};

pub const PACKAGE: &str = "top3-werkplaats";
pub const APP_ID: &str = "nl.top3werkplaats.app";
pub const PRODUCT: &str = "TOP-3 Werkplaats";
pub const WINDOWS: &str = "x86_64-pc-windows-gnu";
/// The hicolor sizes we ship (PNG files in src-tauri/icons; 512 is icon.png itself).
const ICON_SIZES: &[u32] = &[16, 24, 32, 48, 64, 128, 256, 512];

/// What `dist` made, for the caller (and the tests).
pub struct Dist {
    pub dir: PathBuf,
    pub deb: PathBuf,
    pub rpm: PathBuf,
    pub setup: PathBuf,
    /// The staged Windows files, so a test can build a second installer with another version.
    pub windows_stage: PathBuf,
    pub meta: Meta,
    /// Seconds per phase, for the report.
    pub times: Vec<(&'static str, f64)>,
}

/// Facts every package states the same way.
#[derive(Clone)]
pub struct Meta {
    pub version: String,
    /// "Naam <adres>", from `[workspace.package] authors` (or `TOP3_MAINTAINER`).
    pub maintainer: String,
    /// The name part of the maintainer: the publisher in Windows' list of programs.
    pub publisher: String,
    /// SOURCE_DATE_EPOCH: the last commit's time, so the packages do not depend on the clock.
    pub epoch: i64,
}

/// How to sign, from the environment (see `Signing::from_env`).
#[derive(Default, Clone)]
pub struct Signing {
    /// A PKCS#12 file with the code-signing certificate and key (osslsigncode, Authenticode).
    pub pfx: Option<PathBuf>,
    /// A file holding the PKCS#12 password (optional).
    pub pfx_password_file: Option<PathBuf>,
    /// An RFC 3161 time-stamping server (optional; without it a signature ends with the certificate).
    pub timestamp_url: Option<String>,
    /// A GnuPG key id (in `$GNUPGHOME`) for the detached `.asc` signatures.
    pub gpg_key: Option<String>,
    /// Another GnuPG home than `$GNUPGHOME` (the test's throw-away keyring).
    pub gnupg_home: Option<PathBuf>,
}

impl Signing {
    /// `TOP3_SIGN_PFX`, `TOP3_SIGN_PFX_PASSWORD_FILE`, `TOP3_SIGN_TIMESTAMP_URL`, `TOP3_SIGN_GPG_KEY`.
    pub fn from_env() -> Signing {
        let var = |n: &str| std::env::var(n).ok().filter(|v| !v.is_empty());
        Signing {
            pfx: var("TOP3_SIGN_PFX").map(PathBuf::from),
            pfx_password_file: var("TOP3_SIGN_PFX_PASSWORD_FILE").map(PathBuf::from),
            timestamp_url: var("TOP3_SIGN_TIMESTAMP_URL"),
            gpg_key: var("TOP3_SIGN_GPG_KEY"),
            gnupg_home: None,
        }
    }

    /// Authenticode-sign `exe` in place (no-op without a certificate).
    fn sign_exe(&self, exe: &Path) -> Result {
        let Some(pfx) = &self.pfx else { return Ok(()) };
        let signed = exe.with_extension("ondertekend");
        let mut args: Vec<String> = vec![
            "sign".into(),
            "-pkcs12".into(),
            s(pfx),
            "-h".into(),
            "sha256".into(),
            "-n".into(),
            PRODUCT.into(),
        ];
        if let Some(f) = &self.pfx_password_file {
            args.extend(["-readpass".into(), s(f)]);
        }
        if let Some(url) = &self.timestamp_url {
            args.extend(["-ts".into(), url.clone()]);
        }
        args.extend(["-in".into(), s(exe), "-out".into(), s(&signed)]);
        let a: Vec<&str> = args.iter().map(String::as_str).collect();
        sh(&root(), "osslsigncode", &a)?;
        std::fs::rename(&signed, exe).map_err(|e| format!("{}: {e}", exe.display()))
    }

    /// A detached, ASCII-armoured signature `<file>.asc` (no-op without a key).
    fn sign_detached(&self, file: &Path) -> Result {
        let Some(key) = &self.gpg_key else {
            return Ok(());
        };
        let asc = asc_path(file);
        let home = self.gnupg_home.as_ref().map(|h| s(h));
        let mut args = vec!["--batch", "--yes"];
        if let Some(h) = &home {
            args.extend(["--homedir", h.as_str()]);
        }
        let (asc_s, file_s) = (s(&asc), s(file));
        args.extend([
            "--local-user",
            key,
            "--armor",
            "--detach-sign",
            "--output",
            &asc_s,
            &file_s,
        ]);
        sh(&root(), "gpg", &args)
    }

    fn report(&self) {
        match &self.pfx {
            Some(p) => eprintln!("ondertekenen: Authenticode met {}", p.display()),
            None => eprintln!(
                "LET OP: de .exe-bestanden en setup.exe worden NIET ondertekend (zet TOP3_SIGN_PFX, zie README)."
            ),
        }
        match &self.gpg_key {
            Some(k) => eprintln!("ondertekenen: .deb, .rpm en SHA256SUMS met GnuPG-sleutel {k}"),
            None => eprintln!(
                "LET OP: .deb, .rpm en SHA256SUMS krijgen GEEN handtekening (zet TOP3_SIGN_GPG_KEY, zie README)."
            ),
        }
    }
}

pub fn asc_path(file: &Path) -> PathBuf {
    let mut n = file.as_os_str().to_os_string();
    n.push(".asc");
    PathBuf::from(n)
}

pub fn s(p: &Path) -> String {
    p.to_str().expect("utf-8 path").to_string()
}

/// `cargo xtask dist`: install the tools, build both platforms, package, sign, sum.
pub fn dist(signing: &Signing) -> Result<Dist> {
    setup::apt(Need::Dist)?;
    setup::node()?;
    setup::windows_target()?;
    crate::build_ui()?;
    let root = root();
    let meta = meta(&root)?;
    signing.report();
    let mut times = Vec::new();

    step(&format!(
        "release bouwen voor Linux x86_64 ({PACKAGE} {})",
        meta.version
    ));
    times.push(("Linux-build", release_build(&root, None)?));
    step("release bouwen voor Windows x86_64 (mingw-w64)");
    times.push(("Windows-build", release_build(&root, Some(WINDOWS))?));

    let t = Instant::now();
    let out = root.join("target/dist");
    let stage = root.join("target/dist-stage");
    for d in [&out, &stage] {
        let _ = std::fs::remove_dir_all(d);
        std::fs::create_dir_all(d).map_err(|e| format!("{}: {e}", d.display()))?;
    }
    let ui_packages = notices::ui_packages(&root)?;

    step("Linux: staging, .deb en .rpm");
    let common = stage.join("linux");
    stage_linux(
        &root,
        &common,
        &meta,
        &notices::notices(
            &root,
            "x86_64-unknown-linux-gnu",
            &ui_packages,
            &meta.version,
        )?,
    )?;
    let deb = build_deb(&root, &common, &stage.join("deb"), &out, &meta)?;
    let rpm = build_rpm(&common, &stage.join("rpm"), &out, &meta)?;
    times.push(("Linux-pakketten", t.elapsed().as_secs_f64()));

    step("Windows: staging en setup.exe (NSIS)");
    let t = Instant::now();
    let windows_stage = stage.join("windows");
    stage_windows(
        &root,
        &windows_stage,
        &notices::notices(&root, WINDOWS, &ui_packages, &meta.version)?,
    )?;
    for exe in ["top3-werkplaats.exe", "top3.exe"] {
        signing.sign_exe(&windows_stage.join(exe))?;
    }
    let setup = out.join(format!("{PACKAGE}_{}_x64-setup.exe", meta.version));
    build_setup(&root, &windows_stage, &setup, &meta, &meta.version)?;
    signing.sign_exe(&setup)?;
    times.push(("Windows-installer", t.elapsed().as_secs_f64()));

    step("SHA256SUMS en handtekeningen");
    for f in [&deb, &rpm] {
        signing.sign_detached(f)?;
    }
    let names: Vec<String> = [&deb, &rpm, &setup]
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    let sums = capture(
        &out,
        "sha256sum",
        &names.iter().map(String::as_str).collect::<Vec<_>>(),
    )?;
    let sums_path = out.join("SHA256SUMS");
    write(&sums_path, sums.as_bytes())?;
    signing.sign_detached(&sums_path)?;

    eprintln!("\nin {}:", out.display());
    for e in std::fs::read_dir(&out).map_err(|e| e.to_string())? {
        let e = e.map_err(|e| e.to_string())?;
        let len = e.metadata().map(|m| m.len()).unwrap_or(0);
        eprintln!("  {:>12}  {}", human(len), e.file_name().to_string_lossy());
    }
    for (what, secs) in &times {
        eprintln!("  {what}: {secs:.0} s");
    }
    Ok(Dist {
        dir: out,
        deb,
        rpm,
        setup,
        windows_stage,
        meta,
        times,
    })
}

/// `cargo build --release --locked` of the CLI and the app, for the host or `target`; seconds.
fn release_build(root: &Path, target: Option<&str>) -> Result<f64> {
    let t = Instant::now();
    let mut args = vec!["build", "--release", "--locked"];
    if let Some(target) = target {
        args.extend(["--target", target]);
    }
    args.extend(["-p", "top3", "-p", "top3-werkplaats"]);
    sh(root, "cargo", &args)?;
    Ok(t.elapsed().as_secs_f64())
}

pub fn human(n: u64) -> String {
    if n >= 1 << 20 {
        format!("{:.1} MB", n as f64 / (1u64 << 20) as f64)
    } else if n >= 1 << 10 {
        format!("{:.1} kB", n as f64 / 1024.0)
    } else {
        format!("{n} B")
    }
}

/// The one version (`[workspace.package] version`), the maintainer and the build date.
pub fn meta(root: &Path) -> Result<Meta> {
    let cargo = std::fs::read_to_string(root.join("Cargo.toml")).map_err(|e| e.to_string())?;
    let section = cargo
        .split("[workspace.package]")
        .nth(1)
        .ok_or("Cargo.toml heeft geen [workspace.package]")?;
    let field = |name: &str| -> Option<String> {
        section
            .lines()
            .take_while(|l| !l.starts_with('['))
            .find_map(|l| l.strip_prefix(name)?.trim_start().strip_prefix('='))
            .map(|v| v.trim().to_string())
    };
    let version = field("version")
        .map(|v| v.trim_matches('"').to_string())
        .ok_or("[workspace.package] heeft geen version")?;
    let authors = field("authors").ok_or("[workspace.package] heeft geen authors")?;
    let maintainer = std::env::var("TOP3_MAINTAINER")
        .ok()
        .filter(|m| !m.is_empty())
        .unwrap_or_else(|| {
            authors
                .trim_matches(|c| c == '[' || c == ']')
                .trim()
                .trim_matches('"')
                .to_string()
        });
    if !maintainer.contains('<') || !maintainer.ends_with('>') {
        return Err(format!(
            "de beheerder moet 'Naam <adres>' zijn, niet {maintainer:?} (authors in Cargo.toml of TOP3_MAINTAINER)"
        ));
    }
    let publisher = maintainer
        .split('<')
        .next()
        .unwrap_or(PRODUCT)
        .trim()
        .to_string();
    let epoch = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|v| v.parse().ok())
        .or_else(|| {
            capture(root, "git", &["log", "-1", "--format=%ct"])
                .ok()?
                .trim()
                .parse()
                .ok()
        })
        .unwrap_or(0);
    Ok(Meta {
        version,
        maintainer,
        publisher,
        epoch,
    })
}

/// Run and return stdout (stderr passes through).
pub fn capture(dir: &Path, program: &str, args: &[&str]) -> Result<String> {
    capture_env(dir, program, args, &[])
}

pub fn capture_env(
    dir: &Path,
    program: &str,
    args: &[&str],
    env: &[(&str, &str)],
) -> Result<String> {
    let out = Command::new(program)
        .args(args)
        .current_dir(dir)
        .envs(env.iter().copied())
        .stderr(std::process::Stdio::inherit())
        .output()
        .map_err(|e| format!("kan '{program}' niet starten: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "'{program} {}' faalde ({})",
            args.join(" "),
            out.status
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn write(path: &Path, bytes: &[u8]) -> Result {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(unix)]
pub fn chmod(path: &Path, mode: u32) -> Result {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
        .map_err(|e| format!("{}: {e}", path.display()))
}

/// Packaging runs on Debian only (dpkg-deb, rpmbuild, makensis); Windows keeps the file as is.
#[cfg(not(unix))]
pub fn chmod(_path: &Path, _mode: u32) -> Result {
    Ok(())
}

fn copy(from: &Path, to: &Path, mode: u32) -> Result {
    if let Some(dir) = to.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::copy(from, to).map_err(|e| format!("{} → {}: {e}", from.display(), to.display()))?;
    chmod(to, mode)
}

/// `gzip -9n` (no name, no time stamp: the same input gives the same bytes).
fn gzip(path: &Path) -> Result {
    sh(path.parent().unwrap(), "gzip", &["-9nf", &s(path)])
}

/// Every directory 0755, whatever the umask was.
fn normalise_dirs(dir: &Path) -> Result {
    chmod(dir, 0o755)?;
    for e in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let p = e.map_err(|e| e.to_string())?.path();
        if p.is_dir() {
            normalise_dirs(&p)?;
        }
    }
    Ok(())
}

fn date(epoch: i64, format: &str) -> Result<String> {
    Ok(
        capture(&root(), "date", &["-u", "-d", &format!("@{epoch}"), format])?
            .trim()
            .to_string(),
    )
}

/// The tree both Linux packages install (without the Debian-only changelog).
fn stage_linux(root: &Path, dir: &Path, meta: &Meta, third_party: &str) -> Result {
    let rel = root.join("target/release");
    let pkg = root.join("src-tauri/packaging/linux");
    let doc = dir.join(format!("usr/share/doc/{PACKAGE}"));
    copy(
        &rel.join("top3-werkplaats"),
        &dir.join("usr/bin/top3-werkplaats"),
        0o755,
    )?;
    copy(&rel.join("top3"), &dir.join("usr/bin/top3"), 0o755)?;
    copy(
        &pkg.join(format!("{APP_ID}.desktop")),
        &dir.join(format!("usr/share/applications/{APP_ID}.desktop")),
        0o644,
    )?;
    for size in ICON_SIZES {
        let src = if *size == 512 {
            root.join("src-tauri/icons/icon.png")
        } else {
            root.join(format!("src-tauri/icons/{size}x{size}.png"))
        };
        copy(
            &src,
            &dir.join(format!(
                "usr/share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png"
            )),
            0o644,
        )?;
    }
    let metainfo = std::fs::read_to_string(pkg.join(format!("{APP_ID}.metainfo.xml")))
        .map_err(|e| e.to_string())?
        .replace("@VERSION@", &meta.version)
        .replace("@DATE@", &date(meta.epoch, "+%Y-%m-%d")?);
    let mi = dir.join(format!("usr/share/metainfo/{APP_ID}.metainfo.xml"));
    write(&mi, metainfo.as_bytes())?;
    chmod(&mi, 0o644)?;

    // Man pages: the CLI's from its own --help (help2man), the app's written by hand.
    let man = dir.join("usr/share/man/man1");
    std::fs::create_dir_all(&man).map_err(|e| e.to_string())?;
    sh_env(
        root,
        "help2man",
        &[
            "--no-info",
            "--no-discard-stderr",
            "--section=1",
            "--name=TOP-3 Werkplaats op de opdrachtregel",
            "--version-string",
            &meta.version,
            "--output",
            &s(&man.join("top3.1")),
            &s(&rel.join("top3")),
        ],
        &[
            ("LC_ALL", "C.UTF-8"),
            ("SOURCE_DATE_EPOCH", &meta.epoch.to_string()),
        ],
    )?;
    copy(
        &pkg.join("top3-werkplaats.1"),
        &man.join("top3-werkplaats.1"),
        0o644,
    )?;
    for page in ["top3.1", "top3-werkplaats.1"] {
        chmod(&man.join(page), 0o644)?;
        gzip(&man.join(page))?;
    }

    write(
        &doc.join("copyright"),
        debian_copyright(root, meta)?.as_bytes(),
    )?;
    write(&doc.join("THIRD-PARTY-NOTICES"), third_party.as_bytes())?;
    gzip(&doc.join("THIRD-PARTY-NOTICES"))?;
    for f in ["copyright", "THIRD-PARTY-NOTICES.gz"] {
        chmod(&doc.join(f), 0o644)?;
    }
    normalise_dirs(dir)
}

/// `debian/copyright` in the machine-readable format (DEP-5), with the licence texts that are
/// not in /usr/share/common-licenses.
fn debian_copyright(root: &Path, meta: &Meta) -> Result<String> {
    let year = date(meta.epoch, "+%Y")?;
    let read = |p: &str| std::fs::read_to_string(root.join(p)).map_err(|e| format!("{p}: {e}"));
    let eupl = read("LICENSE")?;
    let ofl = read("assets/fonts/OFL.txt")?;
    let sqlcipher = notices::sqlcipher_licence(root)?;
    let mut c = String::new();
    let _ = write!(
        c,
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n\
         Upstream-Name: {PRODUCT}\n\
         Upstream-Contact: {maintainer}\n\
         Comment: De programma's bevatten software van derden (Rust-crates, JavaScript-pakketten\n \
         in de gebruikersinterface). Elk onderdeel met zijn licentie en licentietekst staat in\n \
         /usr/share/doc/{PACKAGE}/THIRD-PARTY-NOTICES.gz.\n\
         \n\
         Files: *\n\
         Copyright: {year} {publisher}\n\
         License: EUPL-1.2\n\
         \n\
         Files: assets/fonts/*\n\
         Copyright: 2010, 2012-2020 Google Inc.\n \
         2015-2020 Google LLC.\n\
         License: OFL-1.1\n\
         Comment: Noto Sans, Noto Sans Arabic en Noto Sans Hebrew, ingebed in elke PDF die de app maakt.\n\
         \n\
         Files: sqlcipher/*\n\
         Copyright: 2008-2020 Zetetic LLC\n\
         License: BSD-3-clause\n\
         Comment: SQLCipher (op SQLite, dat in het publieke domein is), ingebouwd in beide programma's.\n\
         \n",
        maintainer = meta.maintainer,
        publisher = meta.publisher,
    );
    for (name, text) in [
        ("EUPL-1.2", eupl.as_str()),
        ("OFL-1.1", ofl.as_str()),
        ("BSD-3-clause", sqlcipher.as_str()),
    ] {
        let _ = writeln!(c, "License: {name}");
        for line in text.trim_end().lines() {
            let line = line.trim_end();
            if line.is_empty() {
                c.push_str(" .\n");
            } else {
                let _ = writeln!(c, " {line}");
            }
        }
        c.push('\n');
    }
    Ok(c.trim_end().to_string() + "\n")
}

const SUMMARY: &str = "TOP-3 methodiek bij huiselijk geweld en kindermishandeling";
const DESCRIPTION: &[&str] = &[
    "TOP-3 Werkplaats is een desktop-app voor professionals die werken tegen",
    "huiselijk geweld en kindermishandeling. Een casus wordt uitgewerkt met de",
    "TOP-3 methodiek (ordenen, concretiseren, taxeren, prioriteren) binnen de",
    "drie fasen van gefaseerde ketenzorg; het veiligheidsplan gaat als PDF naar",
    "het gezin en de ketenpartners. MDA++-sessies kunnen op een tweede scherm",
    "worden gepresenteerd, met de namen verborgen.",
    "",
    "Casusgegevens staan in een lokale, versleutelde kluis (SQLCipher) in de",
    "thuismap van de gebruiker; bijwerken of verwijderen van dit pakket laat die",
    "kluis staan. Het pakket bevat ook de opdrachtregel top3.",
];

const POSTRM: &str = "#!/bin/sh
set -e
# The vaults live in the users' home folders and are never removed with the package.
if [ \"$1\" = remove ]; then
    echo \"TOP-3 Werkplaats is verwijderd. De kluizen blijven staan: per gebruiker in\"
    echo \"~/.local/share/top3-werkplaats (kluis en oefenomgeving). Verwijder die map alleen\"
    echo \"als de gegevens weg mogen (denk aan de bewaartermijn).\"
fi
exit 0
";

/// The runtime dependencies of the two programs, as dpkg-shlibdeps finds them.
fn shlibdeps(stage: &Path, work: &Path) -> Result<String> {
    write(
        &work.join("debian/control"),
        format!("Source: {PACKAGE}\n\nPackage: {PACKAGE}\nArchitecture: amd64\n").as_bytes(),
    )?;
    let bin = |n: &str| format!("-e{}", s(&stage.join("usr/bin").join(n)));
    let out = capture(
        work,
        "dpkg-shlibdeps",
        &["-O", &bin("top3-werkplaats"), &bin("top3")],
    )?;
    let deps = out
        .lines()
        .find_map(|l| l.strip_prefix("shlibs:Depends="))
        .ok_or_else(|| format!("dpkg-shlibdeps gaf geen Depends: {out}"))?
        .trim()
        .to_string();
    for needed in ["libwebkit2gtk-4.1-0", "libgtk-3-0"] {
        if !deps.split(", ").any(|d| d.starts_with(needed)) {
            return Err(format!(
                "dpkg-shlibdeps vond {needed} niet in de afhankelijkheden: {deps}"
            ));
        }
    }
    Ok(deps)
}

fn build_deb(root: &Path, common: &Path, work: &Path, out: &Path, meta: &Meta) -> Result<PathBuf> {
    let tree = work.join("root");
    std::fs::create_dir_all(&tree).map_err(|e| format!("{}: {e}", tree.display()))?;
    sh(root, "cp", &["-a", &format!("{}/.", s(common)), &s(&tree)])?;
    let doc = tree.join(format!("usr/share/doc/{PACKAGE}"));
    let changelog = format!(
        "{PACKAGE} ({v}) unstable; urgency=medium\n\n  * Uitgave {v} van {PRODUCT}.\n\n -- {m}  {d}\n",
        v = meta.version,
        m = meta.maintainer,
        d = date(meta.epoch, "-R")?,
    );
    write(&doc.join("changelog"), changelog.as_bytes())?;
    chmod(&doc.join("changelog"), 0o644)?;
    gzip(&doc.join("changelog"))?;

    let deps = shlibdeps(&tree, work)?;
    let installed_kib = capture(&tree, "du", &["-sk", "--apparent-size", "usr"])?
        .split_whitespace()
        .next()
        .unwrap_or("0")
        .to_string();
    let control_dir = tree.join("DEBIAN");
    std::fs::create_dir_all(&control_dir).map_err(|e| e.to_string())?;
    let mut control = format!(
        "Package: {PACKAGE}\nVersion: {v}\nArchitecture: amd64\nMaintainer: {m}\n\
         Installed-Size: {installed_kib}\nDepends: {deps}\nSection: misc\nPriority: optional\n\
         Description: {SUMMARY}\n",
        v = meta.version,
        m = meta.maintainer,
    );
    for line in DESCRIPTION {
        if line.is_empty() {
            control.push_str(" .\n");
        } else {
            let _ = writeln!(control, " {line}");
        }
    }
    write(&control_dir.join("control"), control.as_bytes())?;
    write(&control_dir.join("postrm"), POSTRM.as_bytes())?;
    chmod(&control_dir.join("postrm"), 0o755)?;
    let md5 = capture(
        &tree,
        "sh",
        &["-c", "find usr -type f | LC_ALL=C sort | xargs md5sum"],
    )?;
    write(&control_dir.join("md5sums"), md5.as_bytes())?;
    for f in ["control", "md5sums"] {
        chmod(&control_dir.join(f), 0o644)?;
    }
    normalise_dirs(&tree)?;
    let deb = out.join(format!("{PACKAGE}_{}_amd64.deb", meta.version));
    let epoch = meta.epoch.to_string();
    sh_env(
        root,
        "dpkg-deb",
        &["--root-owner-group", "-Zxz", "--build", &s(&tree), &s(&deb)],
        &[("SOURCE_DATE_EPOCH", &epoch)],
    )?;
    Ok(deb)
}

fn build_rpm(common: &Path, work: &Path, out: &Path, meta: &Meta) -> Result<PathBuf> {
    let mut files = Vec::new();
    collect_files(common, common, &mut files)?;
    files.sort();
    let listed: String = files
        .iter()
        .map(|f| {
            if f.starts_with(&format!("/usr/share/doc/{PACKAGE}/")) {
                format!("%doc {f}\n")
            } else {
                format!("{f}\n")
            }
        })
        .collect();
    let postun = POSTRM
        .replace("\"$1\" = remove", "\"$1\" = 0")
        .replace("#!/bin/sh\n", "");
    let spec = format!(
        "Name: {PACKAGE}\nVersion: {v}\nRelease: 1\nSummary: {SUMMARY}\nLicense: EUPL-1.2\n\
         Packager: {m}\nVendor: {p}\nBuildArch: x86_64\nAutoReqProv: yes\n\n\
         %description\n{desc}\n\n\
         %install\nmkdir -p %{{buildroot}}\ncp -a {src}/. %{{buildroot}}/\n\n\
         %files\n{listed}\n\
         %postun\n{postun}\n\
         %changelog\n* {d} {m} - {v}-1\n- Uitgave {v} van {PRODUCT}.\n",
        v = meta.version,
        m = meta.maintainer,
        p = meta.publisher,
        desc = DESCRIPTION.join("\n"),
        src = s(common),
        d = date(meta.epoch, "+%a %b %d %Y")?,
    );
    let spec_path = work.join(format!("{PACKAGE}.spec"));
    write(&spec_path, spec.as_bytes())?;
    let topdir = work.join("rpmbuild");
    let define = |k: &str, v: &str| format!("{k} {v}");
    let epoch = meta.epoch.to_string();
    sh_env(
        work,
        "rpmbuild",
        &[
            "-bb",
            "--quiet",
            "--target",
            "x86_64",
            "--define",
            &define("_topdir", &s(&topdir)),
            "--define",
            &define("_rpmdir", &s(out)),
            "--define",
            "_build_name_fmt %%{NAME}-%%{VERSION}-%%{RELEASE}.%%{ARCH}.rpm",
            "--define",
            "debug_package %{nil}",
            "--define",
            "__os_install_post %{nil}",
            "--define",
            "_build_id_links none",
            "--define",
            "_binary_payload w9.xzdio",
            "--define",
            "use_source_date_epoch_as_buildtime 1",
            "--define",
            "clamp_mtime_to_source_date_epoch 1",
            &s(&spec_path),
        ],
        &[("SOURCE_DATE_EPOCH", &epoch)],
    )?;
    let rpm = out.join(format!("{PACKAGE}-{}-1.x86_64.rpm", meta.version));
    if !rpm.exists() {
        return Err(format!("rpmbuild maakte {} niet", rpm.display()));
    }
    Ok(rpm)
}

fn collect_files(base: &Path, dir: &Path, out: &mut Vec<String>) -> Result {
    for e in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let p = e.map_err(|e| e.to_string())?.path();
        if p.is_dir() {
            collect_files(base, &p, out)?;
        } else {
            out.push(format!("/{}", p.strip_prefix(base).unwrap().display()));
        }
    }
    Ok(())
}

/// Text files for Windows get CRLF line ends (Notepad shows LF-only text on one line in old builds).
fn crlf(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\n', "\r\n")
}

/// The installer's licence page wraps lines itself; a hard line break inside a sentence (the next
/// line goes on in lower case) would show as a ragged half line, so those are joined.
fn join_broken_sentences(text: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    for line in text.lines() {
        let goes_on = line.chars().next().is_some_and(char::is_lowercase);
        match lines.last_mut() {
            Some(last) if goes_on && !last.is_empty() => {
                last.push(' ');
                last.push_str(line);
            }
            _ => lines.push(line.to_string()),
        }
    }
    lines.join("\n") + "\n"
}

fn stage_windows(root: &Path, dir: &Path, third_party: &str) -> Result {
    let rel = root.join("target").join(WINDOWS).join("release");
    for f in ["top3-werkplaats.exe", "top3.exe", "WebView2Loader.dll"] {
        copy(&rel.join(f), &dir.join(f), 0o644)?;
    }
    copy(
        &root.join("src-tauri/icons/icon.ico"),
        &dir.join("icon.ico"),
        0o644,
    )?;
    copy(
        &root.join("src-tauri/packaging/windows/wizard.bmp"),
        &dir.join("wizard.bmp"),
        0o644,
    )?;
    let eupl = std::fs::read_to_string(root.join("LICENSE")).map_err(|e| e.to_string())?;
    write(
        &dir.join("LICENSE.txt"),
        crlf(&join_broken_sentences(&eupl)).as_bytes(),
    )?;
    write(
        &dir.join("THIRD-PARTY-NOTICES.txt"),
        crlf(third_party).as_bytes(),
    )
}

/// Build `setup` from the staged files with `version` (a test builds an older one the same way).
pub fn build_setup(root: &Path, stage: &Path, setup: &Path, meta: &Meta, version: &str) -> Result {
    // Windows' version resource wants four numbers: 0.1.0 → 0.1.0.0.
    let mut nums: Vec<&str> = version
        .split(['.', '-', '+', '~'])
        .filter(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
        .take(4)
        .collect();
    nums.resize(4, "0");
    let v4 = nums.join(".");
    let script = root.join("src-tauri/packaging/windows/installer.nsi");
    sh(
        root,
        "makensis",
        &[
            "-V2",
            "-INPUTCHARSET",
            "UTF8",
            &format!("-DVERSION={version}"),
            &format!("-DVERSION4={v4}"),
            &format!("-DSTAGE={}", s(stage)),
            &format!("-DOUTFILE={}", s(setup)),
            &format!("-DPUBLISHER={}", meta.publisher),
            &s(&script),
        ],
    )
}
