//! Process hardening: no core dumps (they would hold the data key and decrypted case text).

/// Disable core dumps for this process: `RLIMIT_CORE = 0` and, on Linux, `PR_SET_DUMPABLE = 0`
/// (which also keeps other processes of the same user from attaching a debugger).
/// Returns what could not be set, for a warning; never fails hard.
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
