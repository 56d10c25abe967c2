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
    sync_dir(folder_of(to))
}

#[cfg(windows)]
pub(crate) fn rename_durable(from: &Path, to: &Path) -> std::io::Result<()> {
    windows::move_file_write_through(from, to)
}

/// Open a NEW file, readable and writable by the owner only, that was not there before: refuses an
/// existing path, and a symlink at the path is never followed (`O_EXCL` refuses it already;
/// `O_NOFOLLOW` says so twice).
#[cfg(unix)]
pub(crate) fn create_new_private(path: &Path) -> std::io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .custom_flags(libc::O_NOFOLLOW)
        .mode(0o600)
        .open(path)
}

/// Windows: `CREATE_NEW` refuses any existing path, a symlink or junction included;
/// `FILE_FLAG_OPEN_REPARSE_POINT` makes sure no reparse point is followed. The user-only access
/// list is set before anything is written.
#[cfg(windows)]
pub(crate) fn create_new_private(path: &Path) -> std::io::Result<File> {
    use std::os::windows::fs::OpenOptionsExt;
    use windows_sys::Win32::Storage::FileSystem::FILE_FLAG_OPEN_REPARSE_POINT;
    let f = OpenOptions::new()
        .write(true)
        .create_new(true)
        .custom_flags(FILE_FLAG_OPEN_REPARSE_POINT)
        .open(path)?;
    windows::restrict_to_user(path, false)?;
    Ok(f)
}

/// The folder a file named by `path` lives in: its parent, or the current folder for a bare name
/// (`Path::parent` gives "" there).
fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

/// A temp file name nobody can predict: a symlink or file planted in advance cannot be where we
/// write (and [`create_new_private`] would refuse it anyway).
fn temp_path(dir: &Path) -> PathBuf {
    dir.join(format!(".top3-{}.deel", uuid::Uuid::new_v4().simple()))
}

/// Replace `path` with `bytes` so that after a crash the file holds either the old or the new bytes.
pub(crate) fn atomic_write(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    write_replace(path, bytes, || Ok(()))
}

/// The one way a whole file is written (exports, headers, backups): a new temp file with a random
/// name in the target's folder (a bare name: the current folder), created exclusively and
/// owner-only, never through a symlink; write, fsync; then `before_rename` (an export records its
/// audit entry there, so a file never appears without its entry); then rename over `path` and
/// make the rename durable. On any error the temp file is removed and `path` is as it was.
///
/// A `path` that is itself a symlink is replaced by a regular file (rename replaces the link, not
/// what it points to): what it pointed to is never touched.
pub(crate) fn write_replace(
    path: &Path,
    bytes: &[u8],
    before_rename: impl FnOnce() -> Result<(), Error>,
) -> Result<(), Error> {
    let what = || format!("Kan {} niet schrijven", path.display());
    if path.file_name().is_none() {
        return Err(Error::Invalid(format!(
            "{} is geen bestandsnaam. Er is niets geschreven.",
            path.display()
        )));
    }
    let tmp = temp_path(folder_of(path));
    let mut f = create_new_private(&tmp).map_err(Error::io(what()))?;
    let result = (|| {
        f.write_all(bytes).map_err(Error::io(what()))?;
        f.sync_all().map_err(Error::io(what()))?;
        drop(f);
        before_rename()?;
        rename_durable(&tmp, path).map_err(Error::io(what()))
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
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
        assert_eq!(
            fs::read_dir(&dir).unwrap().count(),
            2,
            "no temp file is left beside x and y"
        );
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

    /// A symlink planted where the old code put its temp file (`<name>.tmp`) is not followed:
    /// the file it points to keeps its bytes, and the export lands where it was asked.
    #[cfg(unix)]
    #[test]
    fn a_planted_symlink_is_never_written_through() {
        let t = tempfile::tempdir().unwrap();
        let slachtoffer = t.path().join("slachtoffer");
        fs::write(&slachtoffer, b"van iemand anders").unwrap();
        let doel = t.path().join("plan.pdf");
        std::os::unix::fs::symlink(&slachtoffer, t.path().join("plan.pdf.tmp")).unwrap();
        atomic_write(&doel, b"geheim").unwrap();
        assert_eq!(fs::read(&doel).unwrap(), b"geheim");
        assert_eq!(fs::read(&slachtoffer).unwrap(), b"van iemand anders");
        assert!(is_private(&doel).unwrap(), "the export is owner-only");
    }

    /// The temp file is opened exclusively: an existing symlink (or file) at its path is refused
    /// and what the symlink points to stays as it was.
    #[cfg(unix)]
    #[test]
    fn the_temp_file_is_never_opened_through_an_existing_path() {
        let t = tempfile::tempdir().unwrap();
        let slachtoffer = t.path().join("slachtoffer");
        fs::write(&slachtoffer, b"van iemand anders").unwrap();
        let link = t.path().join(".top3-gepland.deel");
        std::os::unix::fs::symlink(&slachtoffer, &link).unwrap();
        assert!(create_new_private(&link).is_err(), "a symlink is refused");
        let dangling = t.path().join(".top3-nergens.deel");
        std::os::unix::fs::symlink(t.path().join("bestaat-niet"), &dangling).unwrap();
        assert!(
            create_new_private(&dangling).is_err(),
            "a dangling symlink too"
        );
        assert!(!t.path().join("bestaat-niet").exists());
        assert!(
            create_new_private(&slachtoffer).is_err(),
            "an existing file too"
        );
        assert_eq!(fs::read(&slachtoffer).unwrap(), b"van iemand anders");
    }

    /// A target that is a symlink is replaced by a regular file; what it pointed to is untouched.
    #[cfg(unix)]
    #[test]
    fn a_symlink_target_is_replaced_not_followed() {
        let t = tempfile::tempdir().unwrap();
        let elders = t.path().join("elders");
        fs::write(&elders, b"oud").unwrap();
        let doel = t.path().join("verslag.pdf");
        std::os::unix::fs::symlink(&elders, &doel).unwrap();
        atomic_write(&doel, b"nieuw").unwrap();
        assert!(
            !fs::symlink_metadata(&doel)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read(&doel).unwrap(), b"nieuw");
        assert_eq!(fs::read(&elders).unwrap(), b"oud");
    }

    /// When the step before the rename fails (an export's audit entry), nothing appears and no
    /// temp file stays behind; an existing file keeps its bytes.
    #[test]
    fn a_failure_before_the_rename_leaves_nothing() {
        let t = tempfile::tempdir().unwrap();
        let doel = t.path().join("casus.json");
        fs::write(&doel, b"oud").unwrap();
        let e = write_replace(&doel, b"nieuw", || Err(Error::Locked)).unwrap_err();
        assert!(matches!(e, Error::Locked));
        assert_eq!(fs::read(&doel).unwrap(), b"oud");
        assert_eq!(fs::read_dir(t.path()).unwrap().count(), 1, "no temp file");
        let nieuw = t.path().join("nieuw.json");
        write_replace(&nieuw, b"x", || Err(Error::Locked)).unwrap_err();
        assert!(!nieuw.exists());
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
