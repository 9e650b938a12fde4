//! Reaping: the launcher is the only caller of `waitpid(-1)` while it
//! supervises, like an init.
//!
//! Besides the user process, the launcher collects *orphans*: descendants of
//! the user process whose parent died. As PID 1 of the container (or, when it
//! is not PID 1, thanks to the child-subreaper bit) they are re-parented to the
//! launcher, and unless it reaps them they stay zombies and fill the PID table
//! of long-running pods.

use std::os::unix::process::ExitStatusExt;
use std::process::ExitStatus;

use nix::errno::Errno;

use super::exit::ChildStatus;

/// Tracks the main child and counts the orphans reaped along the way.
#[derive(Debug)]
pub(crate) struct Reaper {
    main_pid: i32,
    main_status: Option<ChildStatus>,
    orphans: u64,
}

impl Reaper {
    pub(crate) fn new(main_pid: i32) -> Reaper {
        Reaper {
            main_pid,
            main_status: None,
            orphans: 0,
        }
    }

    /// The main child's status once it has been reaped.
    pub(crate) fn main_status(&self) -> Option<ChildStatus> {
        self.main_status
    }

    pub(crate) fn orphans(&self) -> u64 {
        self.orphans
    }

    /// Reaps every child that has already exited, without blocking.
    ///
    /// Called on every SIGCHLD *and* on a periodic tick: standard signals
    /// coalesce, so one SIGCHLD may stand for many exits, and a drain loop is
    /// the only way not to leave zombies behind.
    ///
    /// Returns `Err(ECHILD)` only if there are no children left at all while
    /// the main child was never seen, which means someone else reaped it.
    pub(crate) fn reap_exited(&mut self) -> Result<(), Errno> {
        loop {
            match waitpid_any_nohang() {
                Ok(Some((pid, status))) => self.record(pid, status),
                Ok(None) => return Ok(()),
                Err(Errno::EINTR) => continue,
                Err(Errno::ECHILD) if self.main_status.is_some() => return Ok(()),
                Err(errno) => return Err(errno),
            }
        }
    }

    fn record(&mut self, pid: i32, raw: i32) {
        let status = decode(raw);
        if pid == self.main_pid {
            self.main_status = Some(status);
        } else {
            self.orphans += 1;
            tracing::debug!(pid, %status, "reaped orphan");
        }
    }
}

/// Turns a raw `wait` status into a [`ChildStatus`]. Only exits and signal
/// deaths are ever reported (no `WUNTRACED`/`WCONTINUED`), so anything else is
/// treated as a plain exit code rather than an error.
fn decode(raw: i32) -> ChildStatus {
    let status = ExitStatus::from_raw(raw);
    match (status.code(), status.signal()) {
        (Some(code), _) => ChildStatus::Exited(code),
        (None, Some(signo)) => ChildStatus::Signaled(signo),
        (None, None) => ChildStatus::Exited(raw),
    }
}

/// `waitpid(-1, &status, WNOHANG)`: `Ok(None)` when children exist but none
/// has exited yet.
///
/// Raw libc rather than `nix::sys::wait::waitpid` because nix decodes the
/// status *after* the child is reaped and fails with `EINVAL` for real-time
/// signals, which would lose the main child's status for good.
#[allow(unsafe_code)]
fn waitpid_any_nohang() -> Result<Option<(i32, i32)>, Errno> {
    let mut status: libc::c_int = 0;
    // SAFETY: `status` is a live, writable `c_int` for the whole call, which
    // is all waitpid(2) writes to; it keeps no pointer after returning.
    let pid = unsafe { libc::waitpid(-1, &mut status, libc::WNOHANG) };
    match pid {
        -1 => Err(Errno::last()),
        0 => Ok(None),
        pid => Ok(Some((pid, status))),
    }
}

/// Makes the launcher the reaper of its descendants' orphans when it is not
/// PID 1 (e.g. `launcher local run` on a laptop, or a pod with
/// `shareProcessNamespace`). PID 1 gets orphans anyway.
///
/// Best effort: without it orphans are still reaped by whatever init the
/// machine has, just not counted here, so failure is only logged.
pub(crate) fn become_subreaper() -> bool {
    if std::process::id() == 1 {
        return true;
    }
    match nix::sys::prctl::set_child_subreaper(true) {
        Ok(()) => true,
        Err(errno) => {
            tracing::warn!(%errno, "prctl(PR_SET_CHILD_SUBREAPER) failed; orphans go to the system init");
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_exit_and_signal_statuses() {
        // Linux encoding: exit code in bits 8..16, terminating signal in 0..7.
        assert_eq!(decode(0), ChildStatus::Exited(0));
        assert_eq!(decode(42 << 8), ChildStatus::Exited(42));
        assert_eq!(decode(255 << 8), ChildStatus::Exited(255));
        assert_eq!(decode(9), ChildStatus::Signaled(9));
        assert_eq!(decode(15 | 0x80), ChildStatus::Signaled(15)); // core dumped
        assert_eq!(decode(34), ChildStatus::Signaled(34));
    }
}
