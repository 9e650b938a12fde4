//! Starting the user process.
//!
//! Always `std::process::Command` (never `tokio::process`, whose child reaper
//! would race with ours): it resets SIGPIPE to its default in the child,
//! reports exec failures synchronously with their errno, and does the PATH
//! lookup with the child's own `PATH` when one is given in `env`.
//!
//! It does *not* reset the signal mask: since Rust 1.66
//! (rust-lang/rust#101077) children inherit the spawning thread's mask, which
//! in the launcher blocks nearly everything. A user process started like that
//! would silently ignore SIGTERM and SIGINT, so the mask is cleared in the
//! child right before `exec` ([`unblock_signals_in_child`]).

use std::io;
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};

use nix::sys::signal::{SigSet, Signal};

use super::{InitError, UserCommand};

/// Spawns `cmd` as the leader of a new process group.
///
/// A process group of its own lets the launcher signal the user process *and
/// everything it started* with one `killpg`, without hitting itself. stdin and
/// the environment are inherited; stdout/stderr are inherited, or piped when
/// `piped_output` (the tee into the executor-logs file needs them).
pub(crate) fn spawn(cmd: &UserCommand, piped_output: bool) -> Result<Child, InitError> {
    if let Some(cwd) = &cmd.cwd {
        // Checked up front because a bad cwd makes spawn fail with ENOENT,
        // indistinguishable from "program not found" (127), while it is the
        // launcher's mistake.
        let not_a_dir = || std::io::Error::from_raw_os_error(libc::ENOTDIR);
        match std::fs::metadata(cwd) {
            Ok(meta) if meta.is_dir() => {}
            Ok(_) => {
                return Err(InitError::Cwd {
                    path: cwd.clone(),
                    source: not_a_dir(),
                })
            }
            Err(source) => {
                return Err(InitError::Cwd {
                    path: cwd.clone(),
                    source,
                })
            }
        }
    }
    if let Some((index, size)) = too_long(&cmd.args) {
        return Err(InitError::ArgumentTooLong {
            program: cmd.program.clone(),
            index,
            size,
        });
    }
    let mut command = Command::new(&cmd.program);
    command
        .args(&cmd.args)
        .envs(cmd.env.iter().map(|(k, v)| (k, v)))
        .stdin(Stdio::inherit())
        .process_group(0);
    unblock_signals_in_child(&mut command);
    if let Some(cwd) = &cmd.cwd {
        command.current_dir(cwd);
    }
    if piped_output {
        command.stdout(Stdio::piped()).stderr(Stdio::piped());
    } else {
        command.stdout(Stdio::inherit()).stderr(Stdio::inherit());
    }
    command.spawn().map_err(|source| InitError::Spawn {
        program: cmd.program.clone(),
        source,
    })
}

/// Linux refuses to exec with one argument of this many bytes or more
/// (MAX_ARG_STRLEN, 32 pages, the terminating NUL included): the spawn
/// would fail with a bare "Argument list too long".
pub const MAX_ARGUMENT: usize = 131_072;

/// The first argument too long to exec, as (index, bytes).
pub fn too_long<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> Option<(usize, usize)> {
    args.iter()
        .map(|a| a.as_ref().len())
        .enumerate()
        .find(|(_, len)| len + 1 > MAX_ARGUMENT)
}

/// Makes the child start with an empty signal mask, so it sees the signals
/// the launcher forwards (and the kernel sends) with their usual effect,
/// and die with the launcher: SIGKILLed with it (outside a pod nothing else
/// would stop it; in a pod the container goes anyway), a parent-death
/// signal the kernel sends when the supervising thread, which waits for the
/// child until it exits, is gone.
#[allow(unsafe_code)]
fn unblock_signals_in_child(command: &mut Command) {
    let parent = nix::unistd::getpid();
    // SAFETY: the closure runs in the forked child before exec, where only
    // async-signal-safe work is allowed. It does exactly that: sigemptyset
    // and pthread_sigmask on a stack value, prctl and getppid (system calls),
    // no allocation, no locks (the error conversion is `from_raw_os_error`,
    // which does not allocate either). It captures a pid (Copy).
    unsafe {
        command.pre_exec(move || {
            SigSet::empty().thread_set_mask().map_err(io::Error::from)?;
            nix::sys::prctl::set_pdeathsig(Signal::SIGKILL).map_err(io::Error::from)?;
            // The launcher died between fork and prctl: no signal will come.
            if nix::unistd::getppid() != parent {
                return Err(io::Error::from_raw_os_error(libc::ESRCH));
            }
            Ok(())
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_argument_exec_would_refuse_is_found_before_spawning() {
        let fits = "a".repeat(MAX_ARGUMENT - 1);
        let over = "a".repeat(MAX_ARGUMENT);
        assert_eq!(too_long(&["x".to_owned(), fits.clone()]), None);
        assert_eq!(too_long(&[fits, over]), Some((1, MAX_ARGUMENT)));
        let cmd = UserCommand {
            program: "echo".into(),
            args: vec!["a".repeat(200_000)],
            env: Vec::new(),
            cwd: None,
        };
        let e = spawn(&cmd, false).unwrap_err();
        assert!(
            matches!(
                e,
                InitError::ArgumentTooLong {
                    index: 0,
                    size: 200_000,
                    ..
                }
            ),
            "{e:?}"
        );
        assert!(e.to_string().contains("MAX_ARG_STRLEN"), "{e}");
    }
}
