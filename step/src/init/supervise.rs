//! The supervision loop: forward signals, run the grace timer, reap.

use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use nix::errno::Errno;
use nix::sys::signal::{kill, killpg, Signal};
use nix::unistd::Pid;

use super::exit;
use super::oom;
use super::reap::{self, Reaper};
use super::signals::{self, Signals};
use super::spawn;
use super::tee::{self, Tee};
use super::{InitError, Outcome, SuperviseOptions, UserCommand};

/// How often the loop reaps even without a SIGCHLD. A backstop only: in the
/// launcher every SIGCHLD reaches the collector, but a host process that left
/// SIGCHLD unblocked in some thread would silently drop it (its default action
/// is "ignore"), and a missed exit must cost latency, not a hang.
const REAP_TICK: Duration = Duration::from_millis(250);

/// `waitpid(-1)` and the signal queue are process-wide, so two supervisions at
/// once would steal each other's children and signals: serialise them.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// Runs `cmd` to completion as its init and reports what happened; see the
/// [module docs](super) for the whole behaviour.
///
/// Blocking; returns once the user process has exited (not its leftover
/// descendants, which only get a SIGTERM). The calling thread must have been
/// created after [`Signals::block`] (or be the one that called it), like
/// every thread of the launcher.
///
/// # Errors
///
/// Only when the user process could not be started or waited for; a user
/// process that fails is an `Ok` [`Outcome`] with a non-zero `exit_code`. Use
/// [`InitError::exit_code`] for the launcher's exit code.
pub fn supervise(
    signals: &Signals,
    cmd: &UserCommand,
    opts: &SuperviseOptions,
) -> Result<Outcome, InitError> {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(PoisonError::into_inner);
    let started = Instant::now();
    if let Some(errno) = signals.collector_failure() {
        tracing::warn!(%errno, "signal collector is dead; signals will not be forwarded");
    }
    if opts.subreaper {
        reap::become_subreaper();
    }
    let log = match &opts.log_file {
        Some(path) => Some((tee::open_log(path)?, path)),
        None => None,
    };

    let mut child = spawn::spawn(cmd, log.is_some())?;
    // Linux pids are positive i32 (pid_max <= 2^22).
    let pid = child.id() as i32;
    let tee = match log {
        Some((file, path)) => match Tee::start(&mut child, file, path) {
            Ok(tee) => Some(tee),
            Err(err) => {
                // Nobody would read its pipes: don't leave it running.
                signal_group(pid, Signal::SIGKILL, true);
                let _ = nix::sys::wait::waitpid(Pid::from_raw(pid), None);
                return Err(err);
            }
        },
        None => None,
    };
    // The std handle is only needed for its pipes; the child is reaped by
    // `Reaper` (dropping a `Child` neither waits nor kills).
    drop(child);
    tracing::info!(pid, program = %cmd.program, "user process started");
    let oom_before = oom::oom_kills();

    let mut reaper = Reaper::new(pid);
    let mut termination = None;
    let mut kill_at: Option<Instant> = None;
    let mut sent_kill = false;
    let status = loop {
        reaper.reap_exited().map_err(|source| InitError::Wait {
            program: cmd.program.clone(),
            pid,
            source,
        })?;
        if let Some(status) = reaper.main_status() {
            break status;
        }
        let now = Instant::now();
        let mut wake = now + REAP_TICK;
        if let (Some(at), false) = (kill_at, sent_kill) {
            if now >= at {
                tracing::warn!(pid, grace = ?opts.grace, "grace period over; sending SIGKILL to the process group");
                signal_group(pid, Signal::SIGKILL, true);
                // Also the leader itself, in case it moved to another group.
                let _ = kill(Pid::from_raw(pid), Signal::SIGKILL);
                sent_kill = true;
            } else {
                wake = wake.min(at);
            }
        }
        // Signals queued before the spawn (e.g. a SIGTERM during downloads)
        // come out here first and are forwarded like any other.
        let Some(signal) = signals.next_before(wake) else {
            continue;
        };
        if !signals::is_forwarded(signal) {
            continue; // SIGCHLD: reaping happens at the top of the loop.
        }
        tracing::debug!(
            pid,
            signal = signal.as_str(),
            "forwarding signal to the process group"
        );
        signal_group(pid, signal, true);
        if signals::is_termination(signal) {
            termination.get_or_insert(signal);
            kill_at.get_or_insert_with(|| Instant::now() + opts.grace);
        }
    };

    // tini semantics: the launcher's job ends with the main child. Whatever
    // is left in its process group is asked to stop (SIGTERM, best effort;
    // ESRCH just means the group is already empty) and the launcher returns
    // without waiting for it. In a pod the container ends with us anyway.
    // No fallback to the bare pid here: it was reaped and may be reused.
    signal_group(pid, Signal::SIGTERM, false);
    let tee_error = tee.and_then(|tee| tee.finish(Instant::now() + opts.grace));
    // Count the zombies that are already there (orphans that exited while
    // the output drained); don't wait for more.
    if let Err(errno) = reaper.reap_exited() {
        tracing::debug!(%errno, "final reap");
    }

    let outcome = Outcome {
        pid: pid.unsigned_abs(),
        status,
        exit_code: exit::exit_code(status),
        termination,
        killed_after_grace: sent_kill && status.killed_by(Signal::SIGKILL),
        possibly_oom: !sent_kill && status.killed_by(Signal::SIGKILL),
        oom_killed: matches!((oom_before, oom::oom_kills()), (Some(b), Some(a)) if a > b),
        orphans_reaped: reaper.orphans(),
        duration: started.elapsed(),
        tee_error,
    };
    log_outcome(&outcome, cmd);
    Ok(outcome)
}

/// `killpg`, optionally falling back to the leader's pid when the group is
/// gone (the child may have called `setsid`). Failures are logged, never
/// fatal: the target may have exited a moment ago.
fn signal_group(pgid: i32, signal: Signal, fallback_to_leader: bool) {
    let target = Pid::from_raw(pgid);
    let result = match killpg(target, signal) {
        Err(Errno::ESRCH) if fallback_to_leader => kill(target, signal),
        other => other,
    };
    match result {
        Ok(()) | Err(Errno::ESRCH) => {}
        Err(errno) => {
            tracing::warn!(pgid, signal = signal.as_str(), %errno, "cannot signal the user process group");
        }
    }
}

fn log_outcome(outcome: &Outcome, cmd: &UserCommand) {
    let status = outcome.describe();
    if outcome.possibly_oom || outcome.oom_killed {
        tracing::warn!(program = %cmd.program, pid = outcome.pid, %status, "user process killed by SIGKILL, possibly OOM");
    } else {
        tracing::info!(program = %cmd.program, pid = outcome.pid, %status, exit_code = outcome.exit_code, orphans_reaped = outcome.orphans_reaped, "user process finished");
    }
    if let Some(problem) = &outcome.tee_error {
        tracing::warn!(%problem, "executor log incomplete");
    }
}
