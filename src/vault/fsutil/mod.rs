//! Crash-safe, private files: owner-only files and folders, durable renames, atomic replace
//! (temp file, fsync, rename, fsync the directory).
//!
//! Each operation has a Unix and a Windows body. Unix: modes 0600/0700 and an fsync of the
//! directory after a rename. Windows ([`windows`]): a protected access list that names only the
//! user, and `MoveFileExW(MOVEFILE_WRITE_THROUGH)`, which returns once the rename is on disk
//! (Windows cannot fsync a directory; NTFS journals the rename itself).

#[cfg(windows)]
mod windows;

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use super::Error;

/// Open a new file readable and writable by the owner only.
pub(crate) fn create_private(path: &Path) -> std::io::Result<File> {
    let mut opts = OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    open_private(&mut opts, path)
}

/// Open (or create) the lock file without truncating it.
pub(crate) fn create_private_lockfile(path: &Path) -> std::io::Result<File> {
    let mut opts = OpenOptions::new();
    opts.read(true).write(true).create(true).truncate(false);
    open_private(&mut opts, path)
}

#[cfg(unix)]
fn open_private(opts: &mut OpenOptions, path: &Path) -> std::io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    opts.mode(0o600).open(path)
}

/// The file is created empty, then gets the user-only access list before anything is written.
#[cfg(windows)]
fn open_private(opts: &mut OpenOptions, path: &Path) -> std::io::Result<File> {
    let f = opts.open(path)?;
    windows::restrict_to_user(path, false)?;
    Ok(f)
}

/// Create `dir` (and parents) readable by the owner only. An existing folder is left as it is.
#[cfg(unix)]
pub(crate) fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
}

/// Windows: parents are created as usual (they inherit from `%LOCALAPPDATA%`, which is the
/// user's own); the vault folder itself gets an access list naming only the user, inherited by
/// every file created in it.
#[cfg(windows)]
pub(crate) fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    fs::create_dir_all(dir)?;
    windows::restrict_to_user(dir, true)
}

/// Is `path` readable by its owner only? Unix: no group or other bits. Windows: a protected
/// access list whose every entry is the user's own.
#[cfg(unix)]
pub(crate) fn is_private(path: &Path) -> std::io::Result<bool> {
    use std::os::unix::fs::PermissionsExt;
    Ok(fs::metadata(path)?.permissions().mode() & 0o077 == 0)
}

#[cfg(windows)]
pub(crate) fn is_private(path: &Path) -> std::io::Result<bool> {
    windows::only_user_has_access(path)
}

/// An absolute form of an existing folder, for display and comparison. Unix resolves symlinks;
/// Windows keeps the usual `C:\…` form (`canonicalize` would give `\\?\C:\…`, which would then
/// show in every message).
#[cfg(unix)]
pub(crate) fn absolute_dir(dir: &Path) -> std::io::Result<PathBuf> {
    dir.canonicalize()
}

#[cfg(windows)]
pub(crate) fn absolute_dir(dir: &Path) -> std::io::Result<PathBuf> {
    if !dir.is_dir() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::NotFound,
            "map bestaat niet",
        ));
    }
    std::path::absolute(dir)
}

/// Make the directory entries of `dir` durable (new, renamed or removed files).
#[cfg(unix)]
pub(crate) fn sync_dir(dir: &Path) -> std::io::Result<()> {
    File::open(dir)?.sync_all()
}

/// Windows cannot open a folder for fsync through the standard library; renames are made durable
/// by [`rename_durable`] and removals are journaled by NTFS.
#[cfg(windows)]
pub(crate) fn sync_dir(_dir: &Path) -> std::io::Result<()> {
    Ok(())
}

/// Rename `from` to `to` (replacing it) so that the rename survives a crash once this returns.
#[cfg(unix)]
pub(crate) fn rename_durable(from: &Path, to: &Path) -> std::io::Result<()> {
    fs::rename(from, to)?;
    match to.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => sync_dir(dir),
        _ => sync_dir(Path::new(".")),
    }
}

#[cfg(windows)]
pub(crate) fn rename_durable(from: &Path, to: &Path) -> std::io::Result<()> {
    windows::move_file_write_through(from, to)
}

fn tmp_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".tmp");
    path.with_file_name(name)
}

/// Replace `path` with `bytes` so that after a crash the file holds either the old or the new bytes.
pub(crate) fn atomic_write(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let tmp = tmp_path(path);
    let what = || format!("Kan {} niet schrijven", path.display());
    let mut f = create_private(&tmp).map_err(Error::io(what()))?;
    f.write_all(bytes).map_err(Error::io(what()))?;
    f.sync_all().map_err(Error::io(what()))?;
    drop(f);
    rename_durable(&tmp, path).map_err(Error::io(what()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_dir_and_files_are_owner_only() {
        let t = tempfile::tempdir().unwrap();
        let dir = t.path().join("a").join("kluis");
        create_private_dir(&dir).unwrap();
        assert!(is_private(&dir).unwrap(), "the new folder is owner-only");
        let f = dir.join("x");
        create_private(&f).unwrap();
        assert!(is_private(&f).unwrap(), "a new file is owner-only");
        atomic_write(&dir.join("y"), b"inhoud").unwrap();
        assert_eq!(fs::read(dir.join("y")).unwrap(), b"inhoud");
        assert!(is_private(&dir.join("y")).unwrap());
        assert!(!dir.join("y.tmp").exists(), "no temp file is left");
        // A folder made by someone else is not owner-only, and the check says so.
        let open = t.path().join("open");
        fs::create_dir(&open).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(&open, fs::Permissions::from_mode(0o755)).unwrap();
        }
        assert!(!is_private(&open).unwrap());
    }

    #[test]
    fn rename_durable_replaces() {
        let t = tempfile::tempdir().unwrap();
        let (a, b) = (t.path().join("a"), t.path().join("b"));
        fs::write(&a, b"nieuw").unwrap();
        fs::write(&b, b"oud").unwrap();
        rename_durable(&a, &b).unwrap();
        assert_eq!(fs::read(&b).unwrap(), b"nieuw");
        assert!(!a.exists());
    }
}
