//! Process hardening: no core dumps (they would hold the data key and decrypted case text).
//!
//! - Linux: `RLIMIT_CORE = 0` and `PR_SET_DUMPABLE = 0` (which also keeps other processes of the
//!   same user from attaching a debugger or reading `/proc/<pid>/mem`).
//! - Other Unix: `RLIMIT_CORE = 0`.
//! - Windows: no crash dialog (`SetErrorMode`) and Windows Error Reporting told to leave the heap
//!   out of any report it makes (`WER_FAULT_REPORTING_FLAG_NOHEAP`: the key and decrypted text live
//!   on the heap). The installer also excludes both programs from error reporting for the whole
//!   machine (`ExcludedApplications`). Not done, with the reason: a process cannot refuse a dump
//!   that an administrator configured (`LocalDumps`); and the Windows counterpart of
//!   `PR_SET_DUMPABLE` (a process access list that keeps other processes of the same user out of
//!   its memory) is not set, because the WebView2 processes work with the app's process and that
//!   combination cannot be tried here (Wine has no WebView2). The endpoint policy of the
//!   municipality (Defender/ASR, no local admin rights) covers that attack.

/// Harden this process; called first by both binaries. Returns what could not be set, for a
/// warning; never fails hard.
pub fn harden() -> Vec<&'static str> {
    let mut failed = Vec::new();
    #[cfg(unix)]
    {
        let zero = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: setrlimit with a valid pointer to an initialised struct.
        if unsafe { libc::setrlimit(libc::RLIMIT_CORE, &zero) } != 0 {
            failed.push("RLIMIT_CORE");
        }
    }
    #[cfg(target_os = "linux")]
    {
        // SAFETY: prctl(PR_SET_DUMPABLE, 0) takes no pointers.
        if unsafe { libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0) } != 0 {
            failed.push("PR_SET_DUMPABLE");
        }
    }
    #[cfg(windows)]
    {
        use windows_sys::Win32::System::Diagnostics::Debug::{
            SEM_FAILCRITICALERRORS, SEM_NOGPFAULTERRORBOX, SEM_NOOPENFILEERRORBOX, SetErrorMode,
        };
        use windows_sys::Win32::System::ErrorReporting::{
            WER_FAULT_REPORTING_FLAG_NOHEAP, WerSetFlags,
        };
        // SAFETY: both take plain flags.
        unsafe {
            SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX | SEM_NOOPENFILEERRORBOX);
            if WerSetFlags(WER_FAULT_REPORTING_FLAG_NOHEAP) < 0 {
                failed.push("WER_FAULT_REPORTING_FLAG_NOHEAP");
            }
        }
    }
    failed
}

/// Is this process currently dumpable? (Linux only; `None` elsewhere.)
pub fn dumpable() -> Option<bool> {
    #[cfg(target_os = "linux")]
    {
        // SAFETY: prctl(PR_GET_DUMPABLE) takes no pointers.
        let r = unsafe { libc::prctl(libc::PR_GET_DUMPABLE, 0, 0, 0, 0) };
        Some(r != 0)
    }
    #[cfg(not(target_os = "linux"))]
    None
}
