//! The async runtime every binary runs its I/O on: one thread, as a task
//! pod has little CPU to spare and the work is waiting on the network.
//! The launcher's transfers and the driver's fan-out are concurrent within
//! it. (`launcher transfer`, a tool on its own, runs two workers.)

use std::future::Future;

/// The runtime could not start (threads, epoll, timers).
#[derive(Debug, thiserror::Error)]
#[error("starting the async runtime")]
pub struct RuntimeError(#[source] pub std::io::Error);

/// A current-thread runtime with I/O and timers.
pub fn current_thread() -> Result<tokio::runtime::Runtime, RuntimeError> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(RuntimeError)
}

/// Run `future` to completion on a [`current_thread`] runtime.
pub fn block_on<F: Future>(future: F) -> Result<F::Output, RuntimeError> {
    Ok(current_thread()?.block_on(future))
}
