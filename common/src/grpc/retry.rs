//! When a failed call is repeated: one classification of failures, one
//! backoff, one loop bounded by attempts and by elapsed time.
//!
//! Whether a retry is safe depends on two things, kept apart: what the
//! failure says about the request ([`Class`], from the status code and its
//! typed causes, never from message text) and what the caller says about
//! repeating it ([`Safety`]). A read may be sent again after a lost answer; a
//! create without a natural key may not, since the first one may have landed.

use std::{
    collections::hash_map::RandomState,
    error::Error,
    future::Future,
    hash::{BuildHasher, Hasher},
    time::Duration,
};

use tokio::time::Instant;
use tonic::{Code, Status};

/// A source of numbers in `[0, 1)` for the jitter of retry delays.
/// [`random_unit`] in production; tests pass a constant so that delays are
/// exact.
pub type Random = fn() -> f64;

/// What a failure says about the request that failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Transient, and the request certainly had no effect: the connection
    /// was refused (it never left), or the server rolled it back (ABORTED,
    /// e.g. a MySQL deadlock in MLMD). Any request may be sent again.
    Retryable,
    /// Transient, but the request may have taken effect and only its answer
    /// was lost (UNAVAILABLE after the request left, DEADLINE_EXCEEDED).
    /// Only a request that is safe to repeat may be sent again.
    UnsafeToRepeat,
    /// The server answered, and a repeat would get the same answer
    /// (INVALID_ARGUMENT, NOT_FOUND, ALREADY_EXISTS, INTERNAL, ...).
    NotRetryable,
}

impl Class {
    /// Whether a request of `safety` may be sent again after this failure.
    pub fn allows(self, safety: Safety) -> bool {
        match self {
            Self::Retryable => true,
            Self::UnsafeToRepeat => safety == Safety::Idempotent,
            Self::NotRetryable => false,
        }
    }
}

/// Whether repeating a request can change the outcome; each call site says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Safety {
    /// Reads, full-replacement updates, and writes whose duplicate the
    /// server refuses (names, MLMD events): sent again after any transient
    /// failure.
    Idempotent,
    /// Creations without a natural key (unnamed MLMD executions and
    /// artifacts): a lost answer to a landed write would duplicate it, so
    /// these are sent again only after a [`Class::Retryable`] failure. (A KFP
    /// cache entry is not one of them: a duplicate names the same execution
    /// and a lookup takes the newest, so it is sent as
    /// [`Safety::Idempotent`].)
    Once,
}

/// The class of a failed RPC's status.
pub fn classify(status: &Status) -> Class {
    match status.code() {
        Code::Aborted => Class::Retryable,
        Code::Unavailable if connection_refused(status) => Class::Retryable,
        Code::Unavailable | Code::DeadlineExceeded => Class::UnsafeToRepeat,
        // tonic reports a connection that broke under a call (reset,
        // closed, GOAWAY) as UNKNOWN with the transport error as its cause:
        // the request may have landed, as after UNAVAILABLE.
        Code::Unknown if connection_broke(status) => Class::UnsafeToRepeat,
        _ => Class::NotRetryable,
    }
}

/// Whether the connection failing under a call, not the server's answer,
/// is among `error`'s causes.
fn connection_broke(error: &(dyn Error + 'static)) -> bool {
    std::iter::successors(Some(error), |&e| e.source())
        .any(|e| e.is::<tonic::transport::Error>() || e.is::<std::io::Error>())
}

/// The class of a failed connect: before a channel exists nothing can have
/// been sent, so every connect failure (refused, timed out, TLS handshake)
/// is retried within the policy's bounds.
pub fn classify_connect(_: &tonic::transport::Error) -> Class {
    Class::Retryable
}

/// Whether a refused TCP connect is `error` or among its causes: the request
/// was never sent.
pub fn connection_refused(error: &(dyn Error + 'static)) -> bool {
    std::iter::successors(Some(error), |&e| e.source()).any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::ConnectionRefused)
    })
}

/// Exponential backoff with jitter, bounded both in attempts and in total
/// time, like the Go clients' retry interceptor (base 1 s, jitter 0.25, cap
/// 30 s) but with a total bound so that a dead server fails a task in about
/// a minute.
#[derive(Debug, Clone)]
pub struct RetryPolicy {
    /// Attempts in all, the first one included (at least 1).
    pub max_attempts: u32,
    /// Delay before the first retry; doubled every retry.
    pub initial_backoff: Duration,
    /// Cap of one delay.
    pub max_backoff: Duration,
    /// Fraction of a delay randomly added or removed (0.25 = ±25 %), so that
    /// parallel drivers do not retry in lockstep.
    pub jitter: f64,
    /// No retry is started once this much time has passed since the first attempt.
    pub max_total: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_attempts: 10,
            initial_backoff: Duration::from_secs(1),
            max_backoff: Duration::from_secs(30),
            jitter: 0.25,
            max_total: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    /// The delay before attempt `attempt + 1`, `elapsed` after the first
    /// attempt started, or `None` when the attempts or the total time are
    /// used up (the sleep itself must fit in the total).
    pub fn delay(&self, attempt: u32, elapsed: Duration, random: Random) -> Option<Duration> {
        if attempt >= self.max_attempts {
            return None;
        }
        let exp = 2f64.powi(i32::try_from(attempt.saturating_sub(1)).unwrap_or(i32::MAX));
        let base = (self.initial_backoff.as_secs_f64() * exp).min(self.max_backoff.as_secs_f64());
        let unit = random().clamp(0.0, 1.0);
        let jitter = self.jitter.clamp(0.0, 1.0) * (2.0 * unit - 1.0);
        let delay = Duration::from_secs_f64((base * (1.0 + jitter)).max(0.0));
        (elapsed + delay <= self.max_total).then_some(delay)
    }
}

/// A number in [0, 1) from std's per-instance random hasher keys: enough to
/// spread retries, without a dependency on a random number crate.
pub fn random_unit() -> f64 {
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u64(0);
    // 53 random bits make an exactly representable fraction.
    (hasher.finish() >> 11) as f64 / (1u64 << 53) as f64
}

/// The last failure of a retried operation, with what the retries cost.
#[derive(Debug)]
pub struct Exhausted<E> {
    pub error: E,
    /// Attempts made, the first one included.
    pub attempts: u32,
    pub elapsed: Duration,
}

/// Run `attempt` (given its 1-based number) until it succeeds, fails in a
/// way `safety` does not allow to repeat, or `policy` runs out of attempts
/// or time. `on_retry` sees each failure that is retried and the delay
/// before the next attempt (for logs).
///
/// Time is tokio's, so a test with a paused clock runs the delays instantly
/// and exactly.
pub async fn retry<T, E, F, Fut>(
    policy: &RetryPolicy,
    random: Random,
    safety: Safety,
    classify: impl Fn(&E) -> Class,
    mut attempt: F,
    on_retry: impl Fn(&E, u32, Duration),
) -> Result<T, Exhausted<E>>
where
    F: FnMut(u32) -> Fut,
    Fut: Future<Output = Result<T, E>>,
{
    let start = Instant::now();
    let mut attempts = 0;
    loop {
        attempts += 1;
        let error = match attempt(attempts).await {
            Ok(value) => return Ok(value),
            Err(error) => error,
        };
        let delay = if classify(&error).allows(safety) {
            policy.delay(attempts, start.elapsed(), random)
        } else {
            None
        };
        let Some(delay) = delay else {
            return Err(Exhausted {
                error,
                attempts,
                elapsed: start.elapsed(),
            });
        };
        on_retry(&error, attempts, delay);
        tokio::time::sleep(delay).await;
    }
}

#[cfg(test)]
mod tests;
