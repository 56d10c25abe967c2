//! The Windows side of [`super`]: access lists that name only the user, and durable renames.
//!
//! A vault folder under `%LOCALAPPDATA%` already inherits an access list for the user, SYSTEM and
//! the Administrators group. We replace it by a *protected* list (nothing inherited from the
//! parent) with one entry: full control for the user who runs the app, inherited by the files
//! in the folder. This is the counterpart of mode 0700/0600. An administrator can still take
//! ownership — as root can on Unix; the data stays encrypted either way.

use std::ffi::c_void;
use std::io;
use std::os::windows::ffi::OsStrExt;
use std::path::Path;
use std::ptr;

use windows_sys::Win32::Foundation::{CloseHandle, ERROR_SUCCESS, HANDLE, LocalFree};
use windows_sys::Win32::Security::Authorization::{
    GetNamedSecurityInfoW, SE_FILE_OBJECT, SetNamedSecurityInfoW,
};
use windows_sys::Win32::Security::{
    ACCESS_ALLOWED_ACE, ACE_HEADER, ACL, ACL_REVISION, ACL_SIZE_INFORMATION, AclSizeInformation,
    AddAccessAllowedAceEx, CONTAINER_INHERIT_ACE, DACL_SECURITY_INFORMATION, EqualSid, GetAce,
    GetAclInformation, GetLengthSid, GetSecurityDescriptorControl, GetTokenInformation,
    InitializeAcl, OBJECT_INHERIT_ACE, PROTECTED_DACL_SECURITY_INFORMATION, PSID,
    SE_DACL_PROTECTED, TOKEN_QUERY, TOKEN_USER, TokenUser,
};
use windows_sys::Win32::Storage::FileSystem::{
    FILE_ALL_ACCESS, MOVEFILE_REPLACE_EXISTING, MOVEFILE_WRITE_THROUGH, MoveFileExW,
};
use windows_sys::Win32::System::Threading::{GetCurrentProcess, OpenProcessToken};

/// `ACCESS_ALLOWED_ACE_TYPE` (winnt.h).
const ACCESS_ALLOWED: u8 = 0;

fn wide(p: &Path) -> Vec<u16> {
    p.as_os_str().encode_wide().chain(Some(0)).collect()
}

fn win32(code: u32) -> io::Result<()> {
    if code == ERROR_SUCCESS {
        Ok(())
    } else {
        Err(io::Error::from_raw_os_error(code as i32))
    }
}

/// The SID of the user this process runs as, read from the process token. The buffer holds a
/// `TOKEN_USER` followed by the SID it points to; `u64`s keep it aligned.
struct UserSid(Vec<u64>);

impl UserSid {
    fn current() -> io::Result<UserSid> {
        let mut token: HANDLE = ptr::null_mut();
        // SAFETY: GetCurrentProcess returns a pseudo handle; `token` is a valid out pointer.
        if unsafe { OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &mut token) } == 0 {
            return Err(io::Error::last_os_error());
        }
        let result = (|| {
            let mut len = 0u32;
            // SAFETY: a size query with no buffer; it fails with ERROR_INSUFFICIENT_BUFFER and
            // sets `len`.
            unsafe { GetTokenInformation(token, TokenUser, ptr::null_mut(), 0, &mut len) };
            if len == 0 {
                return Err(io::Error::last_os_error());
            }
            let mut buf = vec![0u64; (len as usize).div_ceil(8)];
            // SAFETY: `buf` has room for `len` bytes and is aligned for TOKEN_USER.
            let ok = unsafe {
                GetTokenInformation(
                    token,
                    TokenUser,
                    buf.as_mut_ptr().cast::<c_void>(),
                    len,
                    &mut len,
                )
            };
            if ok == 0 {
                return Err(io::Error::last_os_error());
            }
            Ok(UserSid(buf))
        })();
        // SAFETY: `token` was opened above and is closed once.
        unsafe { CloseHandle(token) };
        result
    }

    fn sid(&self) -> PSID {
        // SAFETY: the buffer starts with the TOKEN_USER that GetTokenInformation wrote.
        unsafe { (*self.0.as_ptr().cast::<TOKEN_USER>()).User.Sid }
    }
}

/// An access list with one entry: full control for `sid` (inherited by files and subfolders
/// when `inherit`).
fn user_only_acl(user: &UserSid, inherit: bool) -> io::Result<Vec<u64>> {
    // SAFETY: the SID comes from the token and is valid while `user` lives.
    let sid_len = unsafe { GetLengthSid(user.sid()) } as usize;
    let size = size_of::<ACL>() + size_of::<ACCESS_ALLOWED_ACE>() - size_of::<u32>() + sid_len;
    let mut buf = vec![0u64; size.div_ceil(8)];
    let acl = buf.as_mut_ptr().cast::<ACL>();
    let flags = if inherit {
        OBJECT_INHERIT_ACE | CONTAINER_INHERIT_ACE
    } else {
        0
    };
    // SAFETY: `buf` holds `size` bytes, enough for the header and one ACE with this SID.
    unsafe {
        if InitializeAcl(acl, size as u32, ACL_REVISION) == 0
            || AddAccessAllowedAceEx(acl, ACL_REVISION, flags, FILE_ALL_ACCESS, user.sid()) == 0
        {
            return Err(io::Error::last_os_error());
        }
    }
    Ok(buf)
}

/// Give `path` a protected access list naming only the current user.
pub(super) fn restrict_to_user(path: &Path, is_dir: bool) -> io::Result<()> {
    let user = UserSid::current()?;
    let mut acl = user_only_acl(&user, is_dir)?;
    let name = wide(path);
    // SAFETY: `name` is NUL-terminated; `acl` is a valid ACL; owner/group/SACL are not changed.
    win32(unsafe {
        SetNamedSecurityInfoW(
            name.as_ptr(),
            SE_FILE_OBJECT,
            DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION,
            ptr::null_mut(),
            ptr::null_mut(),
            acl.as_mut_ptr().cast::<ACL>(),
            ptr::null(),
        )
    })
}

/// Does `path` have a protected access list in which every entry grants access to the current
/// user only? (A missing list means "everyone": not private.)
pub(super) fn only_user_has_access(path: &Path) -> io::Result<bool> {
    let user = UserSid::current()?;
    let name = wide(path);
    let mut dacl: *mut ACL = ptr::null_mut();
    let mut sd: *mut c_void = ptr::null_mut();
    // SAFETY: out pointers are valid; the descriptor is freed with LocalFree below.
    win32(unsafe {
        GetNamedSecurityInfoW(
            name.as_ptr(),
            SE_FILE_OBJECT,
            DACL_SECURITY_INFORMATION,
            ptr::null_mut(),
            ptr::null_mut(),
            &mut dacl,
            ptr::null_mut(),
            &mut sd,
        )
    })?;
    // SAFETY: `sd` and `dacl` come from GetNamedSecurityInfoW and stay valid until LocalFree.
    let private = unsafe {
        let mut control = 0u16;
        let mut revision = 0u32;
        let protected = GetSecurityDescriptorControl(sd, &mut control, &mut revision) != 0
            && control & SE_DACL_PROTECTED != 0;
        protected && !dacl.is_null() && aces_all_for(dacl, user.sid())
    };
    // SAFETY: allocated by GetNamedSecurityInfoW.
    unsafe { LocalFree(sd) };
    Ok(private)
}

/// # Safety
/// `acl` must point to a valid ACL and `sid` to a valid SID.
unsafe fn aces_all_for(acl: *mut ACL, sid: PSID) -> bool {
    let mut info = ACL_SIZE_INFORMATION {
        AceCount: 0,
        AclBytesInUse: 0,
        AclBytesFree: 0,
    };
    // SAFETY: per the function's contract.
    unsafe {
        if GetAclInformation(
            acl,
            (&mut info as *mut ACL_SIZE_INFORMATION).cast::<c_void>(),
            size_of::<ACL_SIZE_INFORMATION>() as u32,
            AclSizeInformation,
        ) == 0
            || info.AceCount == 0
        {
            return false;
        }
        (0..info.AceCount).all(|i| {
            let mut ace: *mut c_void = ptr::null_mut();
            if GetAce(acl, i, &mut ace) == 0 {
                return false;
            }
            if (*ace.cast::<ACE_HEADER>()).AceType != ACCESS_ALLOWED {
                return false;
            }
            let ace_sid = (&raw mut (*ace.cast::<ACCESS_ALLOWED_ACE>()).SidStart).cast::<c_void>();
            EqualSid(ace_sid, sid) != 0
        })
    }
}

/// Rename, replacing `to`; returns once the rename is written through to disk.
pub(super) fn move_file_write_through(from: &Path, to: &Path) -> io::Result<()> {
    let (f, t) = (wide(from), wide(to));
    // SAFETY: both names are NUL-terminated UTF-16.
    if unsafe {
        MoveFileExW(
            f.as_ptr(),
            t.as_ptr(),
            MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH,
        )
    } == 0
    {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}
