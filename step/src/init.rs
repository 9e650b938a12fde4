//! The launcher as init of the user process (like tini or catatonit).
//!
//! In a KFP pod the launcher is the user container's entrypoint
//! (`/kfp-launcher/launch <flags> -- <program> <args...>`), usually PID 1.
//! Whoever is PID 1 must forward the kubelet's SIGTERM, enforce a grace
//! period, reap orphaned zombies and turn the user process's fate into an
//! exit code; a shell or a naive `Command::status()` does none of that well.
//!
//! How to use it:
//!
//! 1. First thing in `main`, before any thread exists: [`Signals::block`].
//!    From then on no signal is lost, and [`Signals::termination`] tells
//!    whether the pod is being stopped (e.g. while inputs still download).
//! 2. When the user program should run: [`supervise`], a blocking call (use
//!    `spawn_blocking` from async code) returning an [`Outcome`] once the
//!    user process has exited, whose `exit_code` is what the launcher should
//!    exit with after publishing.
//! 3. On any failure of the launcher itself, exit with [`LAUNCHER_FAILURE`];
//!    for an [`InitError`] use [`InitError::exit_code`] (127/126 for a
//!    program that cannot be started, like a shell).
//!
//! What [`supervise`] does:
//!
//! * spawns the program (PATH lookup, inherited stdin and environment plus
//!   [`UserCommand::env`]) as leader of its own process group;
//! * forwards every signal the launcher gets (except SIGCHLD) to that group;
//!   SIGTERM/SIGINT also start the grace timer, after which the group is
//!   SIGKILLed;
//! * reaps every child, counting orphans (the launcher sets the
//!   child-subreaper bit when it is not PID 1 so orphans come to it);
//! * optionally tees stdout and stderr into the executor-logs file.
//!
//! Process-wide by nature: `supervise` owns `waitpid(-1)` while it runs, so
//! nothing else in the process may spawn and wait for children meanwhile, and
//! concurrent calls are serialised.

mod exit;
mod oom;
mod reap;
mod signals;
mod spawn;
mod supervise;
mod tee;

use std::path::PathBuf;
use std::time::Duration;

use nix::sys::signal::Signal;

pub use exit::{
    exit_code, signal_name, spawn_error_code, ChildStatus, LAUNCHER_FAILURE, NOT_EXECUTABLE,
    NOT_FOUND, SIGNAL_BASE,
};
pub use signals::Signals;
pub use spawn::{too_long, MAX_ARGUMENT};
pub use supervise::supervise;

/// The user program to run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UserCommand {
    /// Looked up in `PATH` (the one in `env` if given, else the launcher's)
    /// unless it contains a `/`.
    pub program: String,
    pub args: Vec<String>,
    /// Added to (or overriding) the launcher's own environment.
    pub env: Vec<(String, String)>,
    /// Working directory; the launcher's own when `None`.
    pub cwd: Option<PathBuf>,
}

/// The default grace period between forwarding SIGTERM and SIGKILLing the
/// group: shorter than Kubernetes' default 30 s `terminationGracePeriodSeconds`
/// so the launcher still has time to publish the task's state.
pub const DEFAULT_GRACE: Duration = Duration::from_secs(10);

/// How to supervise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SuperviseOptions {
    /// Time between the first SIGTERM/SIGINT and SIGKILL of the user
    /// process group. Also bounds how long output from processes that outlive
    /// the user process is drained into the log file.
    pub grace: Duration,
    /// Tee the user process's stdout and stderr into this file (the KFP
    /// `executor-logs` artifact), created with its parent directories. When
    /// `None` the child writes straight to the launcher's stdout/stderr: no
    /// pipes, no copying.
    pub log_file: Option<PathBuf>,
    /// Set `PR_SET_CHILD_SUBREAPER` when not PID 1 (default `true`), so
    /// orphans of the user process are re-parented to, and reaped by, the
    /// launcher. Only useful to turn off to observe the difference.
    pub subreaper: bool,
}

impl Default for SuperviseOptions {
    fn default() -> Self {
        SuperviseOptions {
            grace: DEFAULT_GRACE,
            log_file: None,
            subreaper: true,
        }
    }
}

/// What happened to the user process.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Its pid, which is also its process group id.
    pub pid: u32,
    pub status: ChildStatus,
    /// What the launcher should exit with ([`exit_code`] of `status`).
    pub exit_code: i32,
    /// The first SIGTERM/SIGINT forwarded while it ran (or received before it
    /// started): the pod is being stopped, publish CANCELED/FAILED rather
    /// than trusting `exit_code`.
    pub termination: Option<Signal>,
    /// It ignored the termination signal and was SIGKILLed when the grace
    /// period ran out.
    pub killed_after_grace: bool,
    /// It died of a SIGKILL the launcher did not send: most likely the
    /// kernel's OOM killer.
    pub possibly_oom: bool,
    /// The container's memory cgroup counted an OOM kill while it ran (of
    /// it or of one of its processes): no longer a guess.
    pub oom_killed: bool,
    /// Other processes (orphaned descendants) reaped along the way.
    pub orphans_reaped: u64,
    /// Wall-clock time from spawn to return.
    pub duration: Duration,
    /// Set when the log file misses output: a write failed, or leftover
    /// processes still held the output pipes when the grace period ended.
    pub tee_error: Option<String>,
}

impl Outcome {
    /// The user process exited with code 0.
    pub fn success(&self) -> bool {
        self.status == ChildStatus::Exited(0)
    }

    /// One line for logs and the task's error message, e.g. "exited with
    /// code 3" or "killed by SIGKILL, possibly OOM".
    pub fn describe(&self) -> String {
        let mut text = self.status.to_string();
        if self.oom_killed {
            text.push_str(", out of memory: the kernel's OOM killer acted in this container (raise its memory limit)");
        } else if self.possibly_oom {
            text.push_str(", possibly OOM");
        }
        if self.killed_after_grace {
            text.push_str(" after the grace period");
        }
        if let Some(signal) = self.termination {
            text.push_str(&format!(" (termination requested by {})", signal.as_str()));
        }
        text
    }
}

/// Why supervision could not start or finish. Each variant names the step
/// that failed.
#[derive(Debug, thiserror::Error)]
pub enum InitError {
    #[error("blocking signals with pthread_sigmask")]
    BlockSignals { source: nix::errno::Errno },
    #[error("starting the signal collector thread")]
    SignalThread { source: std::io::Error },
    #[error("working directory {}", path.display())]
    Cwd {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("opening executor log file {}", path.display())]
    LogFile {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("starting {program:?}")]
    Spawn {
        program: String,
        source: std::io::Error,
    },
    #[error(
        "starting {program:?}: argument {index} is {size} bytes, over Linux's limit of 131072 \
         for one argument (MAX_ARG_STRLEN); pass a value this large as an artifact, not a \
         parameter"
    )]
    ArgumentTooLong {
        program: String,
        index: usize,
        size: usize,
    },
    #[error("starting the output copier thread")]
    TeeThread { source: std::io::Error },
    #[error("waiting for {program:?} (pid {pid})")]
    Wait {
        program: String,
        pid: i32,
        source: nix::errno::Errno,
    },
}

impl InitError {
    /// The launcher's exit code for this error: 127/126 when the program
    /// cannot be found/executed, [`LAUNCHER_FAILURE`] for everything else.
    pub fn exit_code(&self) -> i32 {
        match self {
            InitError::Spawn { source, .. } => spawn_error_code(source),
            _ => LAUNCHER_FAILURE,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(status: ChildStatus) -> Outcome {
        Outcome {
            pid: 42,
            status,
            exit_code: exit_code(status),
            termination: None,
            killed_after_grace: false,
            possibly_oom: false,
            oom_killed: false,
            orphans_reaped: 0,
            duration: Duration::ZERO,
            tee_error: None,
        }
    }

    #[test]
    fn describe_mentions_oom_and_termination() {
        let mut o = outcome(ChildStatus::Signaled(9));
        o.possibly_oom = true;
        assert_eq!(o.describe(), "killed by SIGKILL, possibly OOM");
        o.oom_killed = true;
        assert!(
            o.describe()
                .starts_with("killed by SIGKILL, out of memory: the kernel's OOM killer"),
            "{}",
            o.describe()
        );
        let mut o = outcome(ChildStatus::Signaled(9));
        o.killed_after_grace = true;
        o.termination = Some(Signal::SIGTERM);
        assert_eq!(
            o.describe(),
            "killed by SIGKILL after the grace period (termination requested by SIGTERM)"
        );
        assert!(outcome(ChildStatus::Exited(0)).success());
        assert!(!outcome(ChildStatus::Exited(3)).success());
    }

    #[test]
    fn errors_name_the_step_and_map_to_exit_codes() {
        let err = InitError::Spawn {
            program: "no-such-tool".into(),
            source: std::io::Error::from_raw_os_error(libc::ENOENT),
        };
        assert!(err.to_string().contains("no-such-tool"), "{err}");
        assert_eq!(err.exit_code(), NOT_FOUND);
        let err = InitError::LogFile {
            path: "/x/y".into(),
            source: std::io::Error::from_raw_os_error(libc::EACCES),
        };
        assert!(err.to_string().contains("/x/y"), "{err}");
        assert_eq!(err.exit_code(), LAUNCHER_FAILURE);
    }

    #[test]
    fn default_options() {
        let opts = SuperviseOptions::default();
        assert_eq!(opts.grace, DEFAULT_GRACE);
        assert_eq!(opts.log_file, None);
        assert!(opts.subreaper);
    }
}
