use std::{
    cell::Cell,
    io,
    sync::{
        atomic::{AtomicU32, Ordering},
        Arc,
    },
};

use super::*;

/// No jitter: the middle of the range.
fn middle() -> f64 {
    0.5
}

/// The low end of the jitter range.
fn lowest() -> f64 {
    0.0
}

fn policy() -> RetryPolicy {
    RetryPolicy {
        max_attempts: 4,
        initial_backoff: Duration::from_millis(100),
        max_backoff: Duration::from_millis(250),
        jitter: 0.25,
        max_total: Duration::from_secs(60),
    }
}

/// UNAVAILABLE caused by a refused TCP connect, as tonic reports it.
fn refused() -> Status {
    let mut status = Status::unavailable("tcp connect error");
    status.set_source(Arc::new(io::Error::from(io::ErrorKind::ConnectionRefused)));
    status
}

#[test]
fn delays_double_up_to_the_cap() {
    let p = policy();
    let delays: Vec<_> = (1..=4)
        .map(|a| p.delay(a, Duration::ZERO, middle))
        .collect();
    assert_eq!(
        delays,
        [
            Some(Duration::from_millis(100)),
            Some(Duration::from_millis(200)),
            Some(Duration::from_millis(250)),
            None,
        ],
        "exact without jitter; none after max_attempts"
    );
}

#[test]
fn jitter_comes_from_the_injected_source() {
    let p = policy();
    assert_eq!(
        p.delay(1, Duration::ZERO, lowest),
        Some(Duration::from_millis(75)),
        "-25 %"
    );
    let highest = || 1.0;
    assert_eq!(
        p.delay(1, Duration::ZERO, highest),
        Some(Duration::from_millis(125)),
        "+25 %"
    );
}

#[test]
fn no_delay_past_the_total() {
    let p = RetryPolicy {
        max_total: Duration::from_millis(300),
        ..policy()
    };
    assert_eq!(
        p.delay(1, Duration::from_millis(200), middle),
        Some(Duration::from_millis(100)),
        "the sleep ends exactly at the bound"
    );
    assert_eq!(p.delay(1, Duration::from_millis(201), middle), None);
}

#[test]
fn random_unit_is_in_range() {
    for _ in 0..1000 {
        let x = random_unit();
        assert!((0.0..1.0).contains(&x), "{x}");
    }
}

#[test]
fn statuses_are_classified_by_code_and_cause() {
    assert_eq!(classify(&refused()), Class::Retryable, "never sent");
    assert_eq!(classify(&Status::aborted("deadlock")), Class::Retryable);
    assert_eq!(
        classify(&Status::unavailable("shutting down")),
        Class::UnsafeToRepeat,
        "sent, answer lost"
    );
    assert_eq!(
        classify(&Status::deadline_exceeded("slow")),
        Class::UnsafeToRepeat
    );
    for status in [
        Status::invalid_argument("bad"),
        Status::not_found("gone"),
        Status::already_exists("twice"),
        Status::internal("boom"),
        Status::permission_denied("no"),
        Status::unknown("?"),
    ] {
        assert_eq!(classify(&status), Class::NotRetryable, "{status:?}");
    }
    assert_eq!(
        classify(&broken()),
        Class::UnsafeToRepeat,
        "a connection reset under the call: sent, answer lost"
    );
}

/// UNKNOWN caused by a connection reset under a call, as tonic reports it
/// (found by the reliability matrix: e2e/chaos).
fn broken() -> Status {
    let mut status = Status::unknown("transport error");
    status.set_source(Arc::new(io::Error::from(io::ErrorKind::ConnectionReset)));
    status
}

#[test]
fn a_refusal_is_found_by_type_not_by_text() {
    let text_only = Status::unavailable("Connection refused");
    assert!(!connection_refused(&text_only));
    assert!(connection_refused(&refused()));
    let io = io::Error::from(io::ErrorKind::ConnectionRefused);
    assert!(connection_refused(&io), "the error itself counts");
    let other = io::Error::from(io::ErrorKind::ConnectionReset);
    assert!(!connection_refused(&other));
}

#[test]
fn safety_decides_what_an_unsafe_failure_allows() {
    assert!(Class::Retryable.allows(Safety::Once));
    assert!(Class::Retryable.allows(Safety::Idempotent));
    assert!(Class::UnsafeToRepeat.allows(Safety::Idempotent));
    assert!(!Class::UnsafeToRepeat.allows(Safety::Once));
    assert!(!Class::NotRetryable.allows(Safety::Idempotent));
}

/// Runs `retry` with `policy`, failing with `fail(attempt)` until
/// `succeed_at`; answers the result and the attempts made.
async fn run(
    policy: &RetryPolicy,
    safety: Safety,
    succeed_at: u32,
    fail: fn(u32) -> Status,
) -> (Result<u32, Exhausted<Status>>, u32) {
    let calls = AtomicU32::new(0);
    let result = retry(
        policy,
        middle,
        safety,
        classify,
        |attempt| {
            calls.fetch_add(1, Ordering::Relaxed);
            async move {
                if attempt >= succeed_at {
                    Ok(attempt)
                } else {
                    Err(fail(attempt))
                }
            }
        },
        |_, _, _| {},
    )
    .await;
    (result, calls.load(Ordering::Relaxed))
}

/// The failure a retry gave up on.
fn gave_up(result: Result<u32, Exhausted<Status>>) -> Exhausted<Status> {
    match result {
        Ok(attempt) => panic!("succeeded at attempt {attempt}"),
        Err(exhausted) => exhausted,
    }
}

#[tokio::test(start_paused = true)]
async fn retries_until_success() {
    let start = Instant::now();
    let (result, calls) = run(&policy(), Safety::Once, 3, |_| refused()).await;
    assert_eq!(result.ok(), Some(3));
    assert_eq!(calls, 3);
    assert_eq!(
        start.elapsed(),
        Duration::from_millis(300),
        "100 + 200 ms of backoff, nothing else"
    );
}

#[tokio::test(start_paused = true)]
async fn stops_at_max_attempts() {
    let (result, calls) = run(&policy(), Safety::Idempotent, u32::MAX, |_| {
        Status::unavailable("down")
    })
    .await;
    let exhausted = gave_up(result);
    assert_eq!((exhausted.attempts, calls), (4, 4));
    assert_eq!(exhausted.error.code(), Code::Unavailable);
    assert_eq!(
        exhausted.elapsed,
        Duration::from_millis(100 + 200 + 250),
        "three delays, the last one capped"
    );
}

#[tokio::test(start_paused = true)]
async fn stops_at_max_total() {
    let p = RetryPolicy {
        max_attempts: 100,
        max_backoff: Duration::from_secs(1),
        max_total: Duration::from_millis(1000),
        ..policy()
    };
    // Delays 100, 200, 400 ms (700 in all); the next (800) would end past 1 s.
    let (result, calls) = run(&p, Safety::Idempotent, u32::MAX, |_| {
        Status::aborted("deadlock")
    })
    .await;
    let exhausted = gave_up(result);
    assert_eq!(calls, 4);
    assert_eq!(exhausted.elapsed, Duration::from_millis(700));
}

#[tokio::test(start_paused = true)]
async fn an_unsafe_failure_of_a_once_request_is_not_repeated() {
    let (result, calls) = run(&policy(), Safety::Once, u32::MAX, |_| {
        Status::unavailable("sent; the answer was lost")
    })
    .await;
    assert_eq!(calls, 1);
    let exhausted = gave_up(result);
    assert_eq!((exhausted.attempts, exhausted.elapsed), (1, Duration::ZERO));

    let (result, calls) = run(&policy(), Safety::Idempotent, 2, |_| {
        Status::deadline_exceeded("slow")
    })
    .await;
    assert_eq!((result.ok(), calls), (Some(2), 2), "an idempotent one is");
}

#[tokio::test(start_paused = true)]
async fn a_final_answer_is_not_repeated() {
    let (result, calls) = run(&policy(), Safety::Idempotent, u32::MAX, |_| {
        Status::invalid_argument("bad")
    })
    .await;
    assert_eq!(calls, 1);
    assert!(result.is_err());
}

#[tokio::test(start_paused = true)]
async fn on_retry_sees_each_retried_failure_and_its_delay() {
    let seen = std::sync::Mutex::new(Vec::new());
    let attempts = Cell::new(0);
    let result: Result<(), _> = retry(
        &policy(),
        lowest,
        Safety::Once,
        classify,
        |_| {
            attempts.set(attempts.get() + 1);
            async { Err(refused()) }
        },
        |_, attempt, delay| seen.lock().unwrap().push((attempt, delay)),
    )
    .await;
    assert!(result.is_err());
    assert_eq!(attempts.get(), 4);
    assert_eq!(
        seen.into_inner().unwrap(),
        [
            (1, Duration::from_millis(75)),
            (2, Duration::from_millis(150)),
            (3, Duration::from_micros(187_500)),
        ]
    );
}
