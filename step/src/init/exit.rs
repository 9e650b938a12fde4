//! The exit-code table: how the launcher's own exit code is derived from what
//! happened to the user process.
//!
//! Kept as pure functions so the whole table is unit-tested without spawning
//! anything. The conventions are the shell's (POSIX `sh`, bash), because users
//! and KFP tooling already read exit codes that way:
//!
//! | what happened                                  | exit code            |
//! |------------------------------------------------|----------------------|
//! | child exited with code `N`                     | `N`                  |
//! | child killed by signal `S`                     | `128 + S`            |
//! | program not found (`ENOENT`, `ENOTDIR`)        | [`NOT_FOUND`] (127)  |
//! | found but cannot be executed (`EACCES`, ...)   | [`NOT_EXECUTABLE`] (126) |
//! | any failure of the launcher itself             | [`LAUNCHER_FAILURE`] (1) |

use std::io;

use nix::errno::Errno;
use nix::sys::signal::Signal;

/// Exit code for any failure of the launcher itself (bad flags, a failed
/// download or upload, a spawn failure that is not the program's fault...).
///
/// KFP contract: the launcher exits 1 for any launcher failure, so the
/// backend can tell "the launcher broke" only from its logs, never from a
/// special code. It collides with a user program exiting 1 on purpose; that is
/// upstream's behaviour too.
pub const LAUNCHER_FAILURE: i32 = kfp_common::exit::INTERNAL as i32;

/// Exit code when the user program cannot be found (shell convention).
pub const NOT_FOUND: i32 = 127;

/// Exit code when the user program exists but cannot be executed (shell
/// convention): no execute permission, a directory, a bad binary format.
pub const NOT_EXECUTABLE: i32 = 126;

/// Signal deaths are reported as `SIGNAL_BASE + signal number` (shell
/// convention), so `SIGKILL` (9) becomes 137 and `SIGTERM` (15) becomes 143.
pub const SIGNAL_BASE: i32 = 128;

/// How the user process ended, as `waitpid` reported it.
///
/// The signal is a raw number rather than [`Signal`] so real-time signals
/// (which `nix::sys::signal::Signal` cannot represent) are still reported
/// faithfully instead of being lost.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChildStatus {
    /// `exit(code)` or returning from `main`; `code` is 0..=255.
    Exited(i32),
    /// Terminated by this signal number.
    Signaled(i32),
}

impl ChildStatus {
    /// Whether the process was terminated by `signal`.
    pub fn killed_by(self, signal: Signal) -> bool {
        self == ChildStatus::Signaled(signal as i32)
    }
}

impl std::fmt::Display for ChildStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            ChildStatus::Exited(code) => write!(f, "exited with code {code}"),
            ChildStatus::Signaled(signo) => write!(f, "killed by {}", signal_name(signo)),
        }
    }
}

/// The launcher's exit code for a finished user process.
pub fn exit_code(status: ChildStatus) -> i32 {
    match status {
        // Only the low 8 bits ever reach a parent; masking keeps the table
        // total even for a hand-built out-of-range value.
        ChildStatus::Exited(code) => code & 0xff,
        ChildStatus::Signaled(signo) => SIGNAL_BASE + signo,
    }
}

/// The launcher's exit code when spawning the user program failed.
///
/// Errors that say something about the program map to 127/126 like a shell
/// would; anything else (`EAGAIN`, `ENOMEM`, `EMFILE`...) is a resource
/// problem of the launcher, hence [`LAUNCHER_FAILURE`].
pub fn spawn_error_code(err: &io::Error) -> i32 {
    let Some(raw) = err.raw_os_error() else {
        return LAUNCHER_FAILURE;
    };
    match Errno::from_raw(raw) {
        Errno::ENOENT | Errno::ENOTDIR => NOT_FOUND,
        Errno::EACCES
        | Errno::EPERM
        | Errno::ENOEXEC
        | Errno::EISDIR
        | Errno::ETXTBSY
        | Errno::ELOOP
        | Errno::ENAMETOOLONG
        | Errno::E2BIG => NOT_EXECUTABLE,
        _ => LAUNCHER_FAILURE,
    }
}

/// `"SIGTERM"` for known signals, `"signal 34"` for real-time ones.
pub fn signal_name(signo: i32) -> String {
    match Signal::try_from(signo) {
        Ok(signal) => signal.as_str().to_owned(),
        Err(_) => format!("signal {signo}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_exit_code_maps_to_itself() {
        for code in 0..=255 {
            assert_eq!(exit_code(ChildStatus::Exited(code)), code);
        }
    }

    #[test]
    fn signals_map_to_128_plus_signo() {
        let cases = [
            (Signal::SIGTERM, 143),
            (Signal::SIGKILL, 137),
            (Signal::SIGINT, 130),
            (Signal::SIGUSR1, 138),
            (Signal::SIGHUP, 129),
            (Signal::SIGSEGV, 139),
        ];
        for (signal, code) in cases {
            assert_eq!(
                exit_code(ChildStatus::Signaled(signal as i32)),
                code,
                "{signal}"
            );
        }
        // A real-time signal nix cannot name still maps.
        assert_eq!(exit_code(ChildStatus::Signaled(34)), 162);
    }

    #[test]
    fn spawn_errors_follow_the_shell() {
        let code = |errno: Errno| spawn_error_code(&io::Error::from_raw_os_error(errno as i32));
        assert_eq!(code(Errno::ENOENT), NOT_FOUND);
        assert_eq!(code(Errno::ENOTDIR), NOT_FOUND);
        assert_eq!(code(Errno::EACCES), NOT_EXECUTABLE);
        assert_eq!(code(Errno::ENOEXEC), NOT_EXECUTABLE);
        assert_eq!(code(Errno::EISDIR), NOT_EXECUTABLE);
        assert_eq!(code(Errno::EAGAIN), LAUNCHER_FAILURE);
        assert_eq!(code(Errno::ENOMEM), LAUNCHER_FAILURE);
        let synthetic = io::Error::other("not an OS error");
        assert_eq!(spawn_error_code(&synthetic), LAUNCHER_FAILURE);
    }

    #[test]
    fn names_and_display() {
        assert_eq!(signal_name(15), "SIGTERM");
        assert_eq!(signal_name(34), "signal 34");
        assert_eq!(ChildStatus::Exited(3).to_string(), "exited with code 3");
        assert_eq!(ChildStatus::Signaled(9).to_string(), "killed by SIGKILL");
        assert!(ChildStatus::Signaled(9).killed_by(Signal::SIGKILL));
        assert!(!ChildStatus::Exited(9).killed_by(Signal::SIGKILL));
    }

    #[test]
    fn launcher_failure_is_one() {
        // KFP contract; changing it breaks the backend's expectations.
        assert_eq!(LAUNCHER_FAILURE, 1);
    }
}
