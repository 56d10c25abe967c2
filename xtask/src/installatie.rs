//! The packages tried the way a professional and an IT department would (part of `cargo xtask
//! test`): build them with `dist` (signed with a throw-away certificate and key), check the
//! signatures and sums, then
//! - Linux: inspect the .deb (dpkg-deb, lintian, appstreamcli) and the .rpm (rpm -q), install an
//!   older .deb with apt, make a vault with its `top3`, upgrade to this .deb, find the vault
//!   again, run `oefen init` → `plan pdf` → `vault check`, drive the installed app through
//!   tauri-driver (smoke.mjs), remove the package and open the vault that stayed;
//! - Windows under Wine: the same with `setup.exe /S` (an older installer first), the uninstall
//!   key, the start-menu entry, `top3.exe`, and `uninstall.exe /S`. The GUI cannot run there
//!   (Wine has no WebView2);
//! - one table of versions that must agree.
//!
//! Installing needs root (apt-get); as another user it uses `sudo -n` or says what to do.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use crate::dist::{self, APP_ID, Dist, PACKAGE, Signing, asc_path, human, s};
use crate::{Result, root, step};

const PASS: &str = "Installatie-Test-Wachtwoord-42";
/// The casus made before an upgrade; it must be there after the upgrade and after uninstalling.
const NEW_CASUS: [&str; 6] = [
    "casus",
    "new",
    "--code",
    "INST-1",
    "--titel",
    "Voor de upgrade",
];
const WINE: &str = "/usr/lib/wine/wine64";
const WINESERVER: &str = "/usr/lib/wine/wineserver";
const UNINSTALL_KEY: &str =
    r"HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\TOP-3 Werkplaats";
const WER_KEY: &str =
    r"HKLM\SOFTWARE\Microsoft\Windows\Windows Error Reporting\ExcludedApplications";

struct Out {
    stdout: String,
    stderr: String,
}

/// Run, capture both streams, fail with both when the exit status is not 0.
fn run(program: &str, args: &[&str], env: &[(&str, &str)]) -> Result<Out> {
    let out = Command::new(program)
        .args(args)
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("kan '{program}' niet starten: {e}"))?;
    let o = Out {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    if !out.status.success() {
        return Err(format!(
            "'{program} {}' faalde ({}):\n{}{}",
            args.join(" "),
            out.status,
            o.stdout,
            o.stderr
        ));
    }
    Ok(o)
}

fn check(ok: bool, what: impl Into<String>) -> Result {
    if ok {
        Ok(())
    } else {
        Err(format!("installatietest: {}", what.into()))
    }
}

/// A command as root: directly, or through `sudo -n`.
fn as_root(args: &[&str], env: &[(&str, &str)]) -> Result<Out> {
    if crate::setup::is_root() {
        return run(args[0], &args[1..], env);
    }
    let mut a = vec!["-n", "env"];
    let pairs: Vec<String> = env.iter().map(|(k, v)| format!("{k}={v}")).collect();
    a.extend(pairs.iter().map(String::as_str));
    a.extend(args);
    run("sudo", &a, &[]).map_err(|e| {
        format!(
            "het installeren van het pakket vraagt root: draai 'cargo xtask test' als root of met sudo zonder wachtwoord ({e})"
        )
    })
}

pub fn test() -> Result {
    let root = root();
    let work = root.join("target/dist-test");
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).map_err(|e| e.to_string())?;
    let started = Instant::now();

    step("installatietest: wegwerpsleutels om te ondertekenen");
    let keys = Keys::make(&work.join("sleutels"))?;
    let dist = dist::dist(&keys.signing())?;

    step("installatietest: handtekeningen en SHA256SUMS");
    verify_signatures(&dist, &keys)?;

    let mut versions: Vec<(String, String)> = vec![(
        "Cargo.toml [workspace.package]".into(),
        dist.meta.version.clone(),
    )];
    for (name, v) in workspace_versions(&root)? {
        versions.push((format!("Cargo.toml van {name}"), v));
    }
    let tauri: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("src-tauri/tauri.conf.json"))
            .map_err(|e| e.to_string())?,
    )
    .map_err(|e| e.to_string())?;
    check(
        tauri.get("version").is_none(),
        "tauri.conf.json heeft een eigen version; de app moet die van Cargo.toml nemen",
    )?;

    let t = Instant::now();
    linux(&root, &dist, &work, &mut versions)?;
    let linux_secs = t.elapsed().as_secs_f64();
    let t = Instant::now();
    windows(&root, &dist, &work, &keys, &mut versions)?;
    let windows_secs = t.elapsed().as_secs_f64();

    step("installatietest: versies");
    for (what, v) in &versions {
        eprintln!("  {v:<12} {what}");
    }
    let distinct: BTreeSet<&str> = versions.iter().map(|(_, v)| v.as_str()).collect();
    check(
        distinct.len() == 1,
        format!("de versies verschillen: {versions:?}"),
    )?;

    eprintln!(
        "\ninstallatietest geslaagd in {:.0} s:",
        started.elapsed().as_secs_f64()
    );
    for (what, secs) in &dist.times {
        eprintln!("  {what}: {secs:.0} s");
    }
    eprintln!("  Linux-installatie en -controles: {linux_secs:.0} s");
    eprintln!("  Windows onder Wine: {windows_secs:.0} s");
    for f in [&dist.deb, &dist.rpm, &dist.setup] {
        let len = std::fs::metadata(f).map(|m| m.len()).unwrap_or(0);
        eprintln!(
            "  {:>9}  {}",
            human(len),
            f.file_name().unwrap().to_string_lossy()
        );
    }
    Ok(())
}

fn workspace_versions(root: &Path) -> Result<Vec<(String, String)>> {
    let out = run(
        "cargo",
        &[
            "metadata",
            "--format-version",
            "1",
            "--no-deps",
            "--manifest-path",
            &s(&root.join("Cargo.toml")),
        ],
        &[],
    )?;
    let meta: serde_json::Value = serde_json::from_str(&out.stdout).map_err(|e| e.to_string())?;
    Ok(meta["packages"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|p| p["name"] == "top3" || p["name"] == "top3-werkplaats")
        .map(|p| {
            (
                p["name"].as_str().unwrap_or("?").to_string(),
                p["version"].as_str().unwrap_or("?").to_string(),
            )
        })
        .collect())
}

/// A self-signed code-signing certificate and a GnuPG key, made for this run only.
struct Keys {
    dir: PathBuf,
    cert: PathBuf,
    pfx: PathBuf,
    password_file: PathBuf,
    gnupg: PathBuf,
    fingerprint: String,
}

impl Keys {
    fn make(dir: &Path) -> Result<Keys> {
        let gnupg = dir.join("gnupg");
        std::fs::create_dir_all(&gnupg).map_err(|e| e.to_string())?;
        dist::chmod(&gnupg, 0o700)?;
        let (key, cert, pfx, password_file) = (
            dir.join("test.key"),
            dir.join("test.crt"),
            dir.join("test.pfx"),
            dir.join("test.wachtwoord"),
        );
        run(
            "openssl",
            &[
                "req",
                "-x509",
                "-newkey",
                "rsa:3072",
                "-nodes",
                "-days",
                "2",
                "-subj",
                "/CN=TOP-3 Werkplaats wegwerpcertificaat (test)",
                "-addext",
                "extendedKeyUsage=codeSigning",
                "-keyout",
                &s(&key),
                "-out",
                &s(&cert),
            ],
            &[],
        )?;
        std::fs::write(&password_file, "wegwerp\n").map_err(|e| e.to_string())?;
        run(
            "openssl",
            &[
                "pkcs12",
                "-export",
                "-inkey",
                &s(&key),
                "-in",
                &s(&cert),
                "-out",
                &s(&pfx),
                "-passout",
                "pass:wegwerp",
            ],
            &[],
        )?;
        let home = s(&gnupg);
        run(
            "gpg",
            &[
                "--batch",
                "--homedir",
                &home,
                "--passphrase",
                "",
                "--quick-gen-key",
                "TOP-3 Werkplaats test <test@example.invalid>",
                "ed25519",
                "sign",
                "1d",
            ],
            &[],
        )?;
        let listing = run(
            "gpg",
            &[
                "--batch",
                "--homedir",
                &home,
                "--list-keys",
                "--with-colons",
            ],
            &[],
        )?;
        let fingerprint = listing
            .stdout
            .lines()
            .find_map(|l| l.strip_prefix("fpr:"))
            .and_then(|l| l.split(':').find(|f| f.len() == 40))
            .ok_or("geen vingerafdruk van de testsleutel")?
            .to_string();
        Ok(Keys {
            dir: dir.to_path_buf(),
            cert,
            pfx,
            password_file,
            gnupg,
            fingerprint,
        })
    }

    fn signing(&self) -> Signing {
        Signing {
            pfx: Some(self.pfx.clone()),
            pfx_password_file: Some(self.password_file.clone()),
            timestamp_url: None,
            gpg_key: Some(self.fingerprint.clone()),
            gnupg_home: Some(self.gnupg.clone()),
        }
    }

    /// `osslsigncode verify` against the test certificate; Err when the signature does not hold.
    fn verify_exe(&self, exe: &Path) -> Result {
        let out = run(
            "osslsigncode",
            &["verify", "-CAfile", &s(&self.cert), "-in", &s(exe)],
            &[],
        )?;
        check(
            out.stdout.contains("Signature verification: ok"),
            format!(
                "Authenticode van {} klopt niet:\n{}",
                exe.display(),
                out.stdout
            ),
        )
    }

    fn verify_detached(&self, file: &Path) -> Result {
        run(
            "gpg",
            &[
                "--batch",
                "--homedir",
                &s(&self.gnupg),
                "--verify",
                &s(&asc_path(file)),
                &s(file),
            ],
            &[],
        )
        .map(|_| ())
    }
}

fn verify_signatures(dist: &Dist, keys: &Keys) -> Result {
    keys.verify_exe(&dist.setup)?;
    for exe in ["top3-werkplaats.exe", "top3.exe"] {
        keys.verify_exe(&dist.windows_stage.join(exe))?;
    }
    // A changed byte must break the signature (the check can fail).
    let tampered = keys.dir.join("gewijzigd-setup.exe");
    let mut bytes = std::fs::read(&dist.setup).map_err(|e| e.to_string())?;
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0x55;
    std::fs::write(&tampered, bytes).map_err(|e| e.to_string())?;
    check(
        keys.verify_exe(&tampered).is_err(),
        "een gewijzigde setup.exe houdt een geldige handtekening",
    )?;
    for f in [&dist.deb, &dist.rpm, &dist.dir.join("SHA256SUMS")] {
        keys.verify_detached(f)?;
    }
    let sums = run(
        "sh",
        &[
            "-c",
            &format!("cd '{}' && sha256sum -c SHA256SUMS", s(&dist.dir)),
        ],
        &[],
    )?;
    check(
        sums.stdout.lines().filter(|l| l.ends_with(": OK")).count() == 3,
        format!("sha256sum -c: {}", sums.stdout),
    )?;
    eprintln!(
        "Authenticode (setup.exe, top3-werkplaats.exe, top3.exe) en GnuPG (.deb, .rpm, SHA256SUMS) kloppen; een gewijzigde setup.exe wordt geweigerd; sha256sum -c: 3 × OK"
    );
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Linux

/// The files a .deb holds (paths without the leading ".").
fn deb_files(deb: &Path) -> Result<BTreeSet<String>> {
    let out = run("dpkg-deb", &["-c", &s(deb)], &[])?;
    Ok(out
        .stdout
        .lines()
        .filter(|l| l.starts_with('-'))
        .filter_map(|l| l.split_whitespace().nth(5))
        .map(|p| p.trim_start_matches('.').to_string())
        .collect())
}

fn deb_field(deb: &Path, field: &str) -> Result<String> {
    Ok(run("dpkg-deb", &["-f", &s(deb), field], &[])?
        .stdout
        .trim()
        .to_string())
}

/// The same package with a lower version, to try an upgrade.
fn older_deb(deb: &Path, work: &Path, version: &str) -> Result<PathBuf> {
    let tree = work.join("ouder-deb");
    run("dpkg-deb", &["-R", &s(deb), &s(&tree)], &[])?;
    let control = tree.join("DEBIAN/control");
    let text = std::fs::read_to_string(&control).map_err(|e| e.to_string())?;
    let text: String = text
        .lines()
        .map(|l| {
            if l.starts_with("Version:") {
                format!("Version: {version}\n")
            } else {
                format!("{l}\n")
            }
        })
        .collect();
    std::fs::write(&control, text).map_err(|e| e.to_string())?;
    let out = work.join(format!("{PACKAGE}_{version}_amd64.deb"));
    run(
        "dpkg-deb",
        &["--root-owner-group", "--build", &s(&tree), &s(&out)],
        &[],
    )?;
    Ok(out)
}

fn installed_version() -> Option<String> {
    Command::new("dpkg-query")
        .args(["-W", "-f=${Status} ${Version}", PACKAGE])
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .filter(|s| s.starts_with("install ok installed"))
        .map(|s| s.rsplit(' ').next().unwrap_or("").to_string())
}

fn linux(root: &Path, dist: &Dist, work: &Path, versions: &mut Vec<(String, String)>) -> Result {
    step("installatietest Linux: de .deb bekijken (dpkg-deb, lintian, AppStream)");
    let deb = &dist.deb;
    let v = &dist.meta.version;
    check(deb_field(deb, "Package")? == PACKAGE, "Package")?;
    check(deb_field(deb, "Architecture")? == "amd64", "Architecture")?;
    let deb_version = deb_field(deb, "Version")?;
    versions.push((".deb (Version)".into(), deb_version));
    let depends = deb_field(deb, "Depends")?;
    eprintln!("Depends: {depends}");
    for d in ["libwebkit2gtk-4.1-0", "libgtk-3-0", "libc6"] {
        check(
            depends.split(", ").any(|x| x.starts_with(d)),
            format!("Depends noemt {d} niet: {depends}"),
        )?;
    }
    let files = deb_files(deb)?;
    let mut wanted: Vec<String> = vec![
        "/usr/bin/top3-werkplaats".into(),
        "/usr/bin/top3".into(),
        format!("/usr/share/applications/{APP_ID}.desktop"),
        format!("/usr/share/metainfo/{APP_ID}.metainfo.xml"),
        format!("/usr/share/doc/{PACKAGE}/copyright"),
        format!("/usr/share/doc/{PACKAGE}/changelog.gz"),
        format!("/usr/share/doc/{PACKAGE}/THIRD-PARTY-NOTICES.gz"),
        "/usr/share/man/man1/top3.1.gz".into(),
        "/usr/share/man/man1/top3-werkplaats.1.gz".into(),
    ];
    for size in [16, 24, 32, 48, 64, 128, 256, 512] {
        wanted.push(format!(
            "/usr/share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png"
        ));
    }
    for w in &wanted {
        check(files.contains(w), format!("de .deb mist {w}"))?;
    }
    eprintln!(
        ".deb: {} bestanden, alle {} verwachte aanwezig",
        files.len(),
        wanted.len()
    );

    let lintian = Command::new("lintian")
        .args(["--tag-display-limit", "0", "--display-info", &s(deb)])
        .output()
        .map_err(|e| format!("lintian: {e}"))?;
    let report = String::from_utf8_lossy(&lintian.stdout).into_owned();
    std::fs::write(work.join("lintian.txt"), &report).map_err(|e| e.to_string())?;
    let count = |p: &str| report.lines().filter(|l| l.starts_with(p)).count();
    eprintln!(
        "lintian: {} fouten (E), {} waarschuwingen (W), {} info (I){}",
        count("E:"),
        count("W:"),
        count("I:"),
        if report.trim().is_empty() { "" } else { ":" }
    );
    for l in report.lines() {
        eprintln!("  {l}");
    }
    check(count("E:") == 0, "lintian meldt fouten")?;

    let x = work.join("deb-inhoud");
    run("dpkg-deb", &["-x", &s(deb), &s(&x)], &[])?;
    let metainfo = x.join(format!("usr/share/metainfo/{APP_ID}.metainfo.xml"));
    let appstream = run(
        "appstreamcli",
        &["validate", "--no-net", &s(&metainfo)],
        &[],
    )?;
    eprintln!(
        "appstreamcli validate: {}",
        appstream.stdout.trim().replace('\n', " · ")
    );
    let mi = std::fs::read_to_string(&metainfo).map_err(|e| e.to_string())?;
    let release = mi
        .split("<release version=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .unwrap_or("?");
    versions.push(("AppStream metainfo (release)".into(), release.to_string()));
    let desktop =
        std::fs::read_to_string(x.join(format!("usr/share/applications/{APP_ID}.desktop")))
            .map_err(|e| e.to_string())?;
    for line in [
        "Name=TOP-3 Werkplaats",
        "Exec=top3-werkplaats",
        &format!("Icon={APP_ID}"),
        "Categories=Office;",
    ] {
        check(
            desktop.lines().any(|l| l == line),
            format!("het .desktop-bestand mist '{line}'"),
        )?;
    }
    let copyright = std::fs::read_to_string(x.join(format!("usr/share/doc/{PACKAGE}/copyright")))
        .map_err(|e| e.to_string())?;
    for l in [
        "License: EUPL-1.2",
        "License: OFL-1.1",
        "EUROPEAN UNION PUBLIC LICENCE v. 1.2",
    ] {
        check(copyright.contains(l), format!("copyright mist '{l}'"))?;
    }

    step("installatietest Linux: de .rpm bekijken (rpm -q)");
    let rpm = s(&dist.rpm);
    let info = run(
        "rpm",
        &[
            "-qp",
            "--queryformat",
            "%{NAME}|%{VERSION}|%{RELEASE}|%{LICENSE}|%{ARCH}",
            &rpm,
        ],
        &[],
    )?;
    let parts: Vec<&str> = info.stdout.trim().split('|').collect();
    check(
        parts.len() == 5 && parts[0] == PACKAGE && parts[3] == "EUPL-1.2" && parts[4] == "x86_64",
        format!("rpm-kop: {}", info.stdout),
    )?;
    versions.push((".rpm (Version)".into(), parts[1].to_string()));
    let rpm_files: BTreeSet<String> = run("rpm", &["-qpl", &rpm], &[])?
        .stdout
        .lines()
        .map(str::to_string)
        .collect();
    let mut deb_common = files.clone();
    deb_common.remove(&format!("/usr/share/doc/{PACKAGE}/changelog.gz"));
    check(
        rpm_files == deb_common,
        format!(
            "de .rpm en de .deb installeren andere bestanden: alleen rpm {:?}, alleen deb {:?}",
            rpm_files.difference(&deb_common).collect::<Vec<_>>(),
            deb_common.difference(&rpm_files).collect::<Vec<_>>()
        ),
    )?;
    let requires = run("rpm", &["-qpR", &rpm], &[])?.stdout;
    for r in ["libwebkit2gtk-4.1.so.0()(64bit)", "libgtk-3.so.0()(64bit)"] {
        check(
            requires.lines().any(|l| l == r),
            format!("de .rpm vraagt {r} niet"),
        )?;
    }
    eprintln!(
        ".rpm: {} bestanden (gelijk aan de .deb), vraagt WebKitGTK 4.1 en GTK 3",
        rpm_files.len()
    );

    step("installatietest Linux: een oudere .deb installeren en een kluis maken (apt)");
    if let Some(old) = installed_version() {
        eprintln!(
            "let op: {PACKAGE} {old} was al geïnstalleerd; deze test vervangt en verwijdert het"
        );
    }
    let older = older_deb(deb, work, "0.0.1~test")?;
    let apt_env = [("DEBIAN_FRONTEND", "noninteractive")];
    as_root(
        &[
            "apt-get",
            "install",
            "-y",
            "-q",
            "--allow-downgrades",
            &s(&older),
        ],
        &apt_env,
    )?;
    check(
        installed_version().as_deref() == Some("0.0.1~test"),
        "de oudere .deb is niet geïnstalleerd",
    )?;
    let home = work.join("home");
    std::fs::create_dir_all(&home).map_err(|e| e.to_string())?;
    let home_s = s(&home);
    let user_env = [
        ("HOME", home_s.as_str()),
        ("XDG_DATA_HOME", ""),
        ("TOP3_VAULT", ""),
        ("TOP3_OEFENOMGEVING", ""),
        ("TOP3_PASSPHRASE", PASS),
    ];
    let made = run(
        "/usr/bin/top3",
        &["vault", "init", "--profiel", "Installatietest"],
        &user_env,
    )?;
    let kluis = home.join(".local/share/top3-werkplaats/kluis");
    check(
        made.stdout.contains(&s(&kluis)) && made.stdout.contains("Herstelcode:"),
        format!("vault init: {}", made.stdout),
    )?;
    run("/usr/bin/top3", &NEW_CASUS, &user_env)?;

    step("installatietest Linux: bijwerken naar deze .deb (apt), de kluis blijft");
    let upgrade = as_root(&["apt-get", "install", "-y", "-q", &s(deb)], &apt_env)?;
    check(
        installed_version().as_deref() == Some(v.as_str()),
        format!(
            "na apt-get install staat niet {v} erop:\n{}",
            upgrade.stdout
        ),
    )?;
    // What the menu shows: the entry, the program it starts and its icon, where desktops look.
    let entry = PathBuf::from(format!("/usr/share/applications/{APP_ID}.desktop"));
    let icon = PathBuf::from(format!(
        "/usr/share/icons/hicolor/256x256/apps/{APP_ID}.png"
    ));
    check(
        entry.exists() && icon.exists() && Path::new("/usr/bin/top3-werkplaats").exists(),
        "na installeren ontbreekt het menu-item, zijn pictogram of het programma",
    )?;
    let version = run("/usr/bin/top3", &["--version"], &[])?
        .stdout
        .trim()
        .to_string();
    versions.push((
        "top3 --version (Linux, geïnstalleerd)".into(),
        version.trim_start_matches("top3 ").to_string(),
    ));
    let list = run("/usr/bin/top3", &["casus", "list"], &user_env)?;
    check(
        list.stdout.contains("INST-1"),
        format!("de casus van voor de upgrade is weg: {}", list.stdout),
    )?;
    let checked = run("/usr/bin/top3", &["vault", "check"], &user_env)?;
    check(
        checked.stdout.trim() == "ok",
        format!("vault check: {}", checked.stdout),
    )?;
    check(
        checked.stderr.contains("alleen voor jou toegankelijk"),
        format!(
            "de kluismap is niet alleen voor de gebruiker: {}",
            checked.stderr
        ),
    )?;
    eprintln!(
        "na de upgrade: INST-1 staat er nog; vault check: ok; {}",
        checked.stderr.lines().last().unwrap_or("")
    );

    step("installatietest Linux: oefen init → plan pdf → vault check met de geïnstalleerde top3");
    let oefen = home.join("oefen");
    let o = run("/usr/bin/top3", &["oefen", "init", &s(&oefen)], &user_env)?;
    eprint!("{}", o.stdout);
    let pdf = work.join("plan-linux.pdf");
    let oefen_env = [("HOME", home_s.as_str()), ("TOP3_PASSPHRASE", "oefenen")];
    let p = run(
        "/usr/bin/top3",
        &[
            "--vault",
            &s(&oefen),
            "plan",
            "pdf",
            "OEF-01",
            "-o",
            &s(&pdf),
        ],
        &oefen_env,
    )?;
    eprint!("{}", p.stderr);
    check_pdf(&pdf)?;
    let c = run(
        "/usr/bin/top3",
        &["--vault", &s(&oefen), "vault", "check"],
        &oefen_env,
    )?;
    check(
        c.stdout.trim() == "ok",
        format!("vault check (oefen): {}", c.stdout),
    )?;
    eprint!("{}", c.stderr);

    step("installatietest Linux: end-to-end in de geïnstalleerde app (tauri-driver)");
    let e2e_home = work.join("e2e-home");
    crate::run_e2e(
        Path::new("/usr/bin/top3-werkplaats"),
        &e2e_home,
        &root.join("target/e2e-screenshots"),
        &[
            ("TOP3_E2E_SUITE", "smoke"),
            ("TOP3_E2E_VERSION", v),
            ("TOP3_E2E_PORT", "4454"),
        ],
    )?;
    versions.push((
        "de app (startscherm, end-to-end)".into(),
        v.clone(), // smoke.mjs asserted that the start screen shows exactly this
    ));
    webview_leaves_nothing(work, &e2e_home)?;

    step("installatietest Linux: het pakket verwijderen; de kluis blijft en opent");
    let removed = as_root(&["apt-get", "remove", "-y", "-q", PACKAGE], &apt_env)?;
    check(
        removed.stdout.contains("De kluizen blijven staan"),
        format!(
            "apt-get remove zegt niet waar de kluis blijft:\n{}",
            removed.stdout
        ),
    )?;
    as_root(&["dpkg", "--purge", PACKAGE], &apt_env)?;
    check(
        !Path::new("/usr/bin/top3").exists() && installed_version().is_none(),
        "na verwijderen staat top3 er nog",
    )?;
    for f in ["kluis.db", "kluis.sleutels"] {
        check(
            kluis.join(f).exists(),
            format!("{f} is weg na het verwijderen van het pakket"),
        )?;
    }
    open_vault_that_stayed(root, &kluis)?;
    eprintln!(
        "verwijderd; de melding van het pakket: \"{}\"",
        removed
            .stdout
            .lines()
            .filter(|l| l.contains("verwijderd")
                || l.contains("kluizen")
                || l.contains("bewaartermijn")
                || l.contains(".local/share"))
            .collect::<Vec<_>>()
            .join(" ")
    );
    Ok(())
}

/// The installed app started as a user starts it (no WebDriver, so its web views run
/// incognito): WebKit keeps no website data under the home folder — no local storage, IndexedDB,
/// cache records or cookies. (WebKitGTK still creates the empty folders of its default context with
/// a `salt` per store and an empty HSTS list; those hold nothing of a casus.) What the end-to-end
/// home holds, where the driver needs a normal context, is printed beside it.
fn webview_leaves_nothing(work: &Path, e2e_home: &Path) -> Result {
    step("installatietest Linux: de geïnstalleerde app zonder WebDriver bewaart geen webgegevens");
    let home = work.join("start-home");
    std::fs::create_dir_all(&home).map_err(|e| e.to_string())?;
    // setsid: the app, xvfb-run and Xvfb get their own process group, ended together below.
    let mut child = Command::new("setsid")
        .args([
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1280x800x24",
            "/usr/bin/top3-werkplaats",
        ])
        .env("HOME", &home)
        .env("NO_AT_BRIDGE", "1")
        .env_remove("TAURI_WEBVIEW_AUTOMATION")
        .env_remove("XDG_DATA_HOME")
        .env_remove("XDG_CACHE_HOME")
        .env_remove("XDG_CONFIG_HOME")
        .env_remove("TOP3_VAULT")
        .env_remove("TOP3_OEFENOMGEVING")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("kan de app niet starten: {e}"))?;
    // The UI asks the core to open the oefenomgeving on a first start: once its database exists,
    // the web view has loaded and run.
    let oefen = home.join(".local/share/top3-werkplaats/oefenomgeving/kluis.db");
    let t = Instant::now();
    while !oefen.exists() && t.elapsed().as_secs() < 60 {
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    let started = oefen.exists();
    let load_secs = t.elapsed().as_secs_f64();
    std::thread::sleep(std::time::Duration::from_secs(3));
    let _ = Command::new("kill")
        .args(["-TERM", "--", &format!("-{}", child.id())])
        .status();
    let _ = child.wait();
    check(
        started,
        "de geïnstalleerde app opende de oefenomgeving niet binnen 60 s",
    )?;
    // Website data = anything but WebKit's per-store `salt` files and an empty HSTS list.
    let website_data = |h: &Path| -> Vec<String> {
        let mut files = Vec::new();
        for dir in [
            h.join(format!(".local/share/{APP_ID}")),
            h.join(format!(".cache/{APP_ID}")),
        ] {
            list_files(&dir, &mut files);
        }
        files
            .iter()
            .filter(|f| {
                let name = f.file_name().unwrap_or_default().to_string_lossy();
                !(name == "salt"
                    || (name == "hsts-storage.sqlite"
                        && std::fs::metadata(f).is_ok_and(|m| m.len() <= 32 * 1024)))
            })
            .map(|f| f.strip_prefix(h).unwrap_or(f).display().to_string())
            .collect()
    };
    let data = website_data(&home);
    check(
        data.is_empty(),
        format!("de web view bewaarde gegevens zonder WebDriver: {data:?}"),
    )?;
    // For contrast (not a requirement: the driver needs a normal context, and the canary scan of
    // the full end-to-end run guards what it may hold).
    let control = website_data(e2e_home);
    eprintln!(
        "zonder WebDriver (incognito): geen webgegevens; met WebDriver (gewone context), ter vergelijking: {}",
        if control.is_empty() {
            "ook geen".to_string()
        } else {
            control.join(", ")
        }
    );
    eprintln!("(de app zonder WebDriver opende de oefenomgeving na {load_secs:.1} s)");
    Ok(())
}

fn list_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            list_files(&p, out);
        } else {
            out.push(p);
        }
    }
}

fn check_pdf(pdf: &Path) -> Result {
    let text = run("pdftotext", &["-enc", "UTF-8", &s(pdf), "-"], &[])?.stdout;
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for w in [
        "Veiligheidsplan",
        "OEF-01",
        "OEFENOMGEVING",
        "112",
        "0800-2000",
    ] {
        check(
            flat.contains(w),
            format!("{} bevat {w:?} niet", pdf.display()),
        )?;
    }
    run("qpdf", &["--check", &s(pdf)], &[])?;
    eprintln!(
        "{}: {} — pdftotext en qpdf --check in orde",
        pdf.file_name().unwrap().to_string_lossy(),
        human(std::fs::metadata(pdf).map(|m| m.len()).unwrap_or(0))
    );
    Ok(())
}

/// The vault left behind by an uninstall still opens, with its casus, in this build's `top3`.
fn open_vault_that_stayed(root: &Path, kluis: &Path) -> Result {
    let top3 = s(&root.join("target/release/top3"));
    let env = [("TOP3_PASSPHRASE", PASS)];
    let c = run(&top3, &["--vault", &s(kluis), "vault", "check"], &env)?;
    check(
        c.stdout.trim() == "ok",
        format!("vault check na verwijderen: {}", c.stdout),
    )?;
    let l = run(&top3, &["--vault", &s(kluis), "casus", "list"], &env)?;
    check(
        l.stdout.contains("INST-1"),
        format!("de casus is weg na verwijderen: {}", l.stdout),
    )?;
    eprintln!(
        "de achtergebleven kluis {} opent: vault check ok, INST-1 aanwezig",
        kluis.display()
    );
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Windows under Wine

struct Wine {
    prefix: PathBuf,
    prefix_s: String,
}

impl Wine {
    fn env(&self) -> Vec<(&str, &str)> {
        vec![
            ("WINEPREFIX", self.prefix_s.as_str()),
            ("WINEDEBUG", "-all"),
            // No Mono or Gecko installer prompts when the prefix is made.
            ("WINEDLLOVERRIDES", "mscoree,mshtml="),
            ("DISPLAY", ""),
            ("WAYLAND_DISPLAY", ""),
        ]
    }

    fn run(&self, args: &[&str], extra: &[(&str, &str)]) -> Result<Out> {
        let mut env = self.env();
        env.extend_from_slice(extra);
        run(WINE, args, &env)
    }

    /// Wait until every Wine process of this prefix has ended (the uninstaller copies itself to
    /// a temp folder and returns at once, as it does on Windows).
    fn wait(&self) -> Result {
        run(WINESERVER, &["-w"], &self.env()).map(|_| ())
    }

    fn reg(&self, key: &str, value: &str) -> Option<String> {
        let out = self.run(&["reg", "query", key, "/v", value], &[]).ok()?;
        out.stdout.lines().find_map(|l| {
            let mut parts = l.trim().splitn(3, "    ");
            (parts.next()? == value).then(|| parts.nth(1).unwrap_or("").trim().to_string())
        })
    }

    fn c(&self, rel: &str) -> PathBuf {
        self.prefix.join("drive_c").join(rel)
    }

    /// `C:\users\<name>\AppData\Local` as a Linux path.
    fn local_appdata(&self) -> Result<PathBuf> {
        let users = self.c("users");
        std::fs::read_dir(&users)
            .map_err(|e| e.to_string())?
            .flatten()
            .map(|e| e.path().join("AppData/Local"))
            .find(|p| p.is_dir() && !p.starts_with(users.join("Public")))
            .ok_or_else(|| "geen gebruikersmap in de Wine-prefix".to_string())
    }
}

const INSTALLED: &str = r"C:\Program Files\TOP-3 Werkplaats";

fn windows(
    root: &Path,
    dist: &Dist,
    work: &Path,
    keys: &Keys,
    versions: &mut Vec<(String, String)>,
) -> Result {
    step(
        "installatietest Windows (Wine): prefix en de ProcessPrng-vervanger (alleen voor de test)",
    );
    let wine = Wine {
        prefix: work.join("wine"),
        prefix_s: s(&work.join("wine")),
    };
    wine.run(&["wineboot", "--init"], &[])?;
    wine.wait()?;
    // Wine 8.0 lacks bcryptprimitives.dll (ProcessPrng), which Rust's std calls on Windows.
    let stub = work.join("bcryptprimitives.dll");
    let src = root.join("xtask/wine");
    run(
        "x86_64-w64-mingw32-gcc",
        &[
            "-shared",
            "-O2",
            "-o",
            &s(&stub),
            &s(&src.join("bcryptprimitives.c")),
            &s(&src.join("bcryptprimitives.def")),
            "-ladvapi32",
        ],
        &[],
    )?;
    std::fs::copy(&stub, wine.c("windows/system32/bcryptprimitives.dll"))
        .map_err(|e| e.to_string())?;

    step("installatietest Windows: een ouder setup.exe /S, een kluis maken");
    let older = work.join(format!("{PACKAGE}_0.0.1_x64-setup.exe"));
    dist::build_setup(root, &dist.windows_stage, &older, &dist.meta, "0.0.1")?;
    wine.run(&[&s(&older), "/S"], &[])?;
    wine.wait()?;
    check(
        wine.reg(UNINSTALL_KEY, "DisplayVersion").as_deref() == Some("0.0.1"),
        "na het oudere setup.exe staat DisplayVersion niet op 0.0.1",
    )?;
    let top3 = format!(r"{INSTALLED}\top3.exe");
    let pass = [("TOP3_PASSPHRASE", PASS)];
    let made = wine.run(
        &[&top3, "vault", "init", "--profiel", "Installatietest"],
        &pass,
    )?;
    eprint!(
        "{}",
        made.stdout.lines().next().unwrap_or("").to_string() + "\n"
    );
    check(
        made.stdout
            .contains(r"\AppData\Local\top3-werkplaats\kluis")
            && !made.stdout.contains("Roaming"),
        format!("de kluis staat niet in %LOCALAPPDATA%: {}", made.stdout),
    )?;
    let kluis = wine.local_appdata()?.join("top3-werkplaats/kluis");
    check(
        kluis.join("kluis.db").exists(),
        format!("{} ontbreekt", kluis.join("kluis.db").display()),
    )?;
    let mut new_casus = vec![top3.as_str()];
    new_casus.extend(NEW_CASUS);
    wine.run(&new_casus, &pass)?;

    step(
        "installatietest Windows: dit setup.exe /S eroverheen, terwijl top3.exe in de kluis schrijft",
    );
    // A program that is still running (here the CLI's test writer) must not make the upgrade
    // fail: the installer moves the running .exe aside.
    let mut writer = Command::new(WINE)
        .args([top3.as_str(), "vault", "schrijftest"])
        .envs(wine.env())
        .envs(pass)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("kan de schrijver niet starten: {e}"))?;
    let mut first = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(
            writer
                .stdout
                .take()
                .ok_or("geen uitvoer van de schrijver")?,
        ),
        &mut first,
    )
    .map_err(|e| e.to_string())?;
    check(
        first.starts_with("ack "),
        format!("de schrijver schrijft niet: {first:?}"),
    )?;
    let t = Instant::now();
    wine.run(&[&s(&dist.setup), "/S"], &[])?;
    let setup_secs = t.elapsed().as_secs_f64();
    // Stop the writer the hard way (as a crash would), then let Wine settle.
    run(WINESERVER, &["-k"], &wine.env()).ok();
    let _ = writer.wait();
    wine.wait()?;
    eprintln!("setup.exe /S: afsluitcode 0 in {setup_secs:.1} s, met top3.exe in gebruik");
    let dir = wine.c("Program Files/TOP-3 Werkplaats");
    let mut present: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    present.sort();
    eprintln!("in {INSTALLED}: {}", present.join(", "));
    for f in [
        "top3-werkplaats.exe",
        "top3.exe",
        "WebView2Loader.dll",
        "uninstall.exe",
        "LICENSE.txt",
        "THIRD-PARTY-NOTICES.txt",
    ] {
        check(
            present.iter().any(|p| p == f),
            format!("{f} ontbreekt na setup.exe"),
        )?;
    }
    check(
        present
            .iter()
            .filter(|p| p.ends_with(".oud"))
            .all(|p| p == "top3.exe.oud"),
        format!("onverwachte .oud-bestanden: {present:?}"),
    )?;
    let lnk = wine.c("ProgramData/Microsoft/Windows/Start Menu/Programs/TOP-3 Werkplaats.lnk");
    check(
        lnk.exists(),
        "geen snelkoppeling in het menu Start (alle gebruikers)",
    )?;
    let mut key = Vec::new();
    for value in [
        "DisplayName",
        "DisplayVersion",
        "Publisher",
        "InstallLocation",
        "UninstallString",
        "QuietUninstallString",
        "DisplayIcon",
        "EstimatedSize",
    ] {
        let got = wine
            .reg(UNINSTALL_KEY, value)
            .ok_or_else(|| format!("{UNINSTALL_KEY} mist {value}"))?;
        key.push(format!("{value}={got}"));
    }
    eprintln!("{UNINSTALL_KEY}:\n  {}", key.join("\n  "));
    let display_version = wine
        .reg(UNINSTALL_KEY, "DisplayVersion")
        .unwrap_or_default();
    versions.push((
        "setup.exe (HKLM Uninstall DisplayVersion)".into(),
        display_version,
    ));
    check(
        wine.reg(UNINSTALL_KEY, "QuietUninstallString")
            .is_some_and(|q| q.ends_with("/S"))
            && wine.reg(UNINSTALL_KEY, "InstallLocation").as_deref() == Some(INSTALLED),
        "QuietUninstallString of InstallLocation klopt niet",
    )?;
    for exe in ["top3-werkplaats.exe", "top3.exe"] {
        check(
            wine.reg(WER_KEY, exe).as_deref() == Some("0x1"),
            format!("{exe} is niet uitgesloten van Windows Foutrapportage"),
        )?;
        keys.verify_exe(&dir.join(exe))?;
    }
    eprintln!(
        "Windows Foutrapportage sluit beide programma's uit; de geïnstalleerde .exe's dragen de (test)handtekening"
    );

    step(
        "installatietest Windows: top3.exe — de kluis van voor de upgrade, oefen init → plan pdf → vault check",
    );
    let version = wine
        .run(&[&top3, "--version"], &[])?
        .stdout
        .trim()
        .to_string();
    versions.push((
        "top3.exe --version (Windows, geïnstalleerd)".into(),
        version.trim_start_matches("top3 ").to_string(),
    ));
    let list = wine.run(&[&top3, "casus", "list"], &pass)?;
    check(
        list.stdout.contains("INST-1"),
        format!("INST-1 is weg na de upgrade: {}", list.stdout),
    )?;
    let checked = wine.run(&[&top3, "vault", "check"], &pass)?;
    check(
        checked.stdout.trim() == "ok",
        format!("vault check: {}", checked.stdout),
    )?;
    eprint!("{}", checked.stderr);
    eprintln!(
        "(Wine bewaart geen toegangslijsten op bestanden: SetNamedSecurityInfoW geeft 0 terug maar de lijst blijft de geërfde. Of de map alleen voor de gebruiker is, is hier dus niet te zien; op Windows meldt vault check het.)"
    );
    let o = wine.run(&[&top3, "oefen", "init", r"C:\oefen"], &[])?;
    eprint!("{}", o.stdout);
    let oefen = [("TOP3_PASSPHRASE", "oefenen")];
    let p = wine.run(
        &[
            &top3,
            "--vault",
            r"C:\oefen",
            "plan",
            "pdf",
            "OEF-01",
            "-o",
            r"C:\plan-windows.pdf",
        ],
        &oefen,
    )?;
    eprint!("{}", p.stderr);
    let pdf = work.join("plan-windows.pdf");
    std::fs::copy(wine.c("plan-windows.pdf"), &pdf).map_err(|e| e.to_string())?;
    check_pdf(&pdf)?;
    let c = wine.run(&[&top3, "--vault", r"C:\oefen", "vault", "check"], &oefen)?;
    check(
        c.stdout.trim() == "ok",
        format!("vault check (oefen): {}", c.stdout),
    )?;
    eprint!(
        "{}",
        c.stderr
            .lines()
            .next()
            .map(|l| format!("{l}\n"))
            .unwrap_or_default()
    );

    step("installatietest Windows: uninstall.exe /S; de kluis blijft");
    wine.run(&[&format!(r"{INSTALLED}\uninstall.exe"), "/S"], &[])?;
    wine.wait()?;
    check(
        !dir.exists(),
        format!("{} staat er nog na uninstall /S", dir.display()),
    )?;
    check(
        !lnk.exists(),
        "de snelkoppeling staat er nog na uninstall /S",
    )?;
    check(
        wine.reg(UNINSTALL_KEY, "DisplayVersion").is_none(),
        "de uninstall-sleutel staat er nog",
    )?;
    check(
        wine.reg(WER_KEY, "top3.exe").is_none(),
        "de uitsluiting van Foutrapportage staat er nog",
    )?;
    for f in ["kluis.db", "kluis.sleutels"] {
        check(kluis.join(f).exists(), format!("{f} is weg na uninstall"))?;
    }
    eprintln!("verwijderd: programmamap, snelkoppeling, register; de kluis staat er nog");
    open_vault_that_stayed(root, &kluis)?;
    Ok(())
}
