//! Taking over the launcher's signals, tini-style.
//!
//! All catchable asynchronous signals are *blocked* (not handled) as the very
//! first thing `main` does, before any thread exists, so every later thread
//! inherits the mask and a process-directed signal can only stay pending for
//! the process. One dedicated thread then collects them with `sigwait(2)` into
//! a small queue. This buys three things with no signal handler and no unsafe
//! code:
//!
//! * nothing is lost: a SIGTERM that arrives while inputs are still being
//!   downloaded is queued, remembered ([`Signals::termination`]), and later
//!   forwarded to the user process if one is started after all;
//! * the supervisor can wait for "a signal or a deadline" with a plain
//!   `Condvar`, which is how the grace timer is implemented;
//! * nothing needs undoing for the user process: blocked signals have no
//!   handler to inherit, and the spawn clears the mask in the child (see
//!   `spawn.rs`; `std::process::Command` no longer does it by itself).
//!
//! Synchronous fault signals (SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP,
//! SIGSYS) and SIGABRT are deliberately left alone: they are raised by the
//! launcher's own faults or `abort()`, blocking them only hides Rust's
//! stack-overflow message, and forwarding them makes no sense. SIGKILL and
//! SIGSTOP cannot be blocked. Real-time signals are not taken over either
//! (`nix::sys::signal::Signal` cannot name them); they keep their default
//! action.

use std::collections::VecDeque;
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};
use std::time::Instant;

use nix::errno::Errno;
use nix::sys::signal::{SigSet, Signal};

use super::InitError;

/// Proof that the launcher's signals have been taken over, and the way to read
/// what arrived.
///
/// Cheap to create more than once: every [`Signals::block`] blocks the signals
/// in the calling thread, but the collecting thread and its queue are
/// process-wide and started only once (two `sigwait` threads would steal each
/// other's signals).
#[derive(Debug)]
pub struct Signals {
    _private: (),
}

/// Where the collector thread stands; only ever moves forward.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Collector {
    NotStarted,
    Running,
    /// `sigwait` failed; the supervisor keeps working by polling `waitpid`,
    /// but can no longer forward signals.
    Failed(Errno),
}

struct State {
    /// Signals collected but not yet consumed by a supervisor. Each signal
    /// appears at most once, mirroring how the kernel coalesces pending
    /// standard signals, so the queue stays tiny.
    queue: VecDeque<Signal>,
    /// The first SIGTERM/SIGINT ever received and when; sticky.
    termination: Option<(Signal, Instant)>,
    collector: Collector,
}

static STATE: Mutex<State> = Mutex::new(State {
    queue: VecDeque::new(),
    termination: None,
    collector: Collector::NotStarted,
});
static ARRIVED: Condvar = Condvar::new();

/// A panicking holder cannot leave the queue inconsistent (every update is a
/// single push/pop), so a poisoned lock is still safe to use.
fn state() -> MutexGuard<'static, State> {
    STATE.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Signals that are raised synchronously by the launcher itself (faults,
/// `abort()`), or cannot be blocked at all.
const NOT_TAKEN_OVER: [Signal; 9] = [
    Signal::SIGKILL,
    Signal::SIGSTOP,
    Signal::SIGSEGV,
    Signal::SIGBUS,
    Signal::SIGFPE,
    Signal::SIGILL,
    Signal::SIGTRAP,
    Signal::SIGSYS,
    Signal::SIGABRT,
];

/// Every signal the launcher blocks and collects.
pub(crate) fn taken_over() -> SigSet {
    let mut set = SigSet::empty();
    for signal in Signal::iterator().filter(|s| !NOT_TAKEN_OVER.contains(s)) {
        set.add(signal);
    }
    set
}

/// Whether a collected signal is passed on to the user process. SIGCHLD is
/// the launcher's own business (it triggers reaping).
pub(crate) fn is_forwarded(signal: Signal) -> bool {
    signal != Signal::SIGCHLD && !NOT_TAKEN_OVER.contains(&signal)
}

/// Whether a signal asks the task to stop, which starts the grace timer and
/// is reported so the caller can publish the task as cancelled/failed.
pub(crate) fn is_termination(signal: Signal) -> bool {
    matches!(signal, Signal::SIGTERM | Signal::SIGINT)
}

impl Signals {
    /// Blocks every taken-over signal in the calling thread and makes sure the
    /// process-wide collector thread runs.
    ///
    /// Call it first thing in `main`, before any other thread (tokio runtime,
    /// download pools) exists: signal masks are per thread and inherited at
    /// thread creation, and a signal that some thread leaves unblocked is
    /// delivered to that thread with its default action (usually: kill the
    /// launcher) instead of being queued here.
    pub fn block() -> Result<Signals, InitError> {
        let set = taken_over();
        set.thread_block()
            .map_err(|source| InitError::BlockSignals { source })?;
        let mut st = state();
        if st.collector == Collector::NotStarted {
            // Spawned after blocking, so the collector inherits the mask, as
            // sigwait requires.
            std::thread::Builder::new()
                .name("kfp-signals".into())
                .spawn(move || collect(set))
                .map_err(|source| InitError::SignalThread { source })?;
            st.collector = Collector::Running;
        }
        Ok(Signals { _private: () })
    }

    /// The first SIGTERM or SIGINT received since [`Signals::block`], if any.
    ///
    /// Non-blocking. Lets the caller skip starting the user program (and
    /// publish the task as cancelled) when the pod is being deleted during a
    /// slow download.
    pub fn termination(&self) -> Option<Signal> {
        state().termination.map(|(signal, _)| signal)
    }

    /// Resolves with the first SIGTERM or SIGINT, once one has arrived: a
    /// wait on something outside (MLMD, the object store, an API) raced with
    /// this gives way to pod deletion instead of outlasting its grace period.
    pub async fn stopped(&self) -> Signal {
        loop {
            if let Some(signal) = self.termination() {
                return signal;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
    }

    /// Resolves with the first SIGTERM or SIGINT once `budget` has passed
    /// since the later of its arrival and `since` (when the work began):
    /// work that may go on after a stop (uploading what a finished step
    /// wrote, publishing) races with this, so that the whole stop fits in
    /// the pod's grace period, and work begun after the stop still gets its
    /// budget.
    pub async fn stopped_for(&self, budget: std::time::Duration, since: Instant) -> Signal {
        loop {
            if let Some((signal, at)) = state().termination {
                if at.max(since).elapsed() >= budget {
                    return signal;
                }
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
    }

    /// Why the collector thread stopped, if it did (`sigwait` failed).
    pub(crate) fn collector_failure(&self) -> Option<Errno> {
        match state().collector {
            Collector::Failed(errno) => Some(errno),
            Collector::NotStarted | Collector::Running => None,
        }
    }

    /// Removes and returns the oldest collected signal, waiting until
    /// `deadline` for one to arrive.
    pub(crate) fn next_before(&self, deadline: Instant) -> Option<Signal> {
        let mut st = state();
        loop {
            if let Some(signal) = st.queue.pop_front() {
                return Some(signal);
            }
            let now = Instant::now();
            if now >= deadline {
                return None;
            }
            st = ARRIVED
                .wait_timeout(st, deadline - now)
                .unwrap_or_else(PoisonError::into_inner)
                .0;
        }
    }
}

/// Body of the collector thread: `sigwait` forever, queue what arrives.
fn collect(set: SigSet) {
    loop {
        match set.wait() {
            Ok(signal) => {
                tracing::debug!(signal = signal.as_str(), "launcher received signal");
                let mut st = state();
                if is_termination(signal) && st.termination.is_none() {
                    st.termination = Some((signal, Instant::now()));
                }
                if !st.queue.contains(&signal) {
                    st.queue.push_back(signal);
                }
                drop(st);
                ARRIVED.notify_all();
            }
            Err(Errno::EINTR) => continue,
            Err(errno) => {
                tracing::error!(%errno, "sigwait failed; signals are no longer forwarded");
                state().collector = Collector::Failed(errno);
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn takes_over_the_asynchronous_signals() {
        let set = taken_over();
        for signal in [
            Signal::SIGTERM,
            Signal::SIGINT,
            Signal::SIGHUP,
            Signal::SIGQUIT,
            Signal::SIGUSR1,
            Signal::SIGUSR2,
            Signal::SIGCHLD,
            Signal::SIGPIPE,
            Signal::SIGALRM,
            Signal::SIGWINCH,
            Signal::SIGCONT,
            Signal::SIGTSTP,
        ] {
            assert!(set.contains(signal), "{signal} should be taken over");
        }
        for signal in NOT_TAKEN_OVER {
            assert!(!set.contains(signal), "{signal} must not be blocked");
        }
    }

    #[test]
    fn forwards_everything_taken_over_but_sigchld() {
        for signal in taken_over().iter() {
            assert_eq!(is_forwarded(signal), signal != Signal::SIGCHLD, "{signal}");
        }
        assert!(!is_forwarded(Signal::SIGKILL));
        assert!(is_termination(Signal::SIGTERM));
        assert!(is_termination(Signal::SIGINT));
        assert!(!is_termination(Signal::SIGHUP));
    }
}
