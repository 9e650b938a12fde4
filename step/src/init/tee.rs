//! Teeing the user process's output into the executor-logs file.
//!
//! KFP contract: "stdout and stderr both written to launcher stdout, teed into
//! the executor-logs local file". We keep the two streams separate on the
//! console (child stdout → launcher stdout, child stderr → launcher stderr, so
//! `kubectl logs` and log shippers still see which is which) and write both,
//! chunk by chunk, into the one log file.
//!
//! One thread per pipe, so a child that fills one pipe while we block on the
//! other can never deadlock. Every chunk goes out immediately (console flushed,
//! file written with no user-space buffer), so nothing is left to flush and a
//! copier that has to be abandoned loses nothing it had already read.

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::Path;
use std::process::Child;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::Instant;

use super::InitError;

/// Large enough that 5 MB of output is a few hundred syscalls.
const CHUNK: usize = 64 * 1024;

/// The running copier threads.
#[derive(Debug)]
pub(crate) struct Tee {
    done: Receiver<Option<String>>,
    threads: Vec<JoinHandle<()>>,
}

/// Creates (or truncates) the log file, with its parent directories: the
/// executor-logs artifact path is a fresh local path nobody created yet.
pub(crate) fn open_log(path: &Path) -> Result<File, InitError> {
    let err = |source| InitError::LogFile {
        path: path.to_owned(),
        source,
    };
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(err)?;
    }
    OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .open(path)
        .map_err(err)
}

/// Which launcher stream a child pipe is passed through to.
#[derive(Debug, Clone, Copy)]
enum Console {
    Stdout,
    Stderr,
}

impl Console {
    fn name(self) -> &'static str {
        match self {
            Console::Stdout => "stdout",
            Console::Stderr => "stderr",
        }
    }

    fn write(self, chunk: &[u8]) -> io::Result<()> {
        match self {
            Console::Stdout => {
                let mut out = io::stdout().lock();
                out.write_all(chunk)?;
                out.flush()
            }
            Console::Stderr => {
                let mut err = io::stderr().lock();
                err.write_all(chunk)?;
                err.flush()
            }
        }
    }
}

impl Tee {
    /// Takes the child's stdout/stderr pipes and starts copying them.
    pub(crate) fn start(child: &mut Child, log: File, path: &Path) -> Result<Tee, InitError> {
        let log = Arc::new(Mutex::new(log));
        let (tx, done) = mpsc::channel();
        let mut threads = Vec::with_capacity(2);
        let pipes: [(Option<Box<dyn Read + Send>>, Console); 2] = [
            (
                child.stdout.take().map(|p| Box::new(p) as _),
                Console::Stdout,
            ),
            (
                child.stderr.take().map(|p| Box::new(p) as _),
                Console::Stderr,
            ),
        ];
        for (pipe, console) in pipes {
            let Some(pipe) = pipe else { continue };
            let (tx, log, path) = (tx.clone(), Arc::clone(&log), path.to_owned());
            let thread = std::thread::Builder::new()
                .name(format!("kfp-tee-{}", console.name()))
                .spawn(move || {
                    let report = copy(pipe, console, &log, &path);
                    // The receiver is only gone if the supervisor gave up on
                    // us; nothing left to tell then.
                    let _ = tx.send(report);
                })
                .map_err(|source| InitError::TeeThread { source })?;
            threads.push(thread);
        }
        Ok(Tee { done, threads })
    }

    /// Waits until both pipes reach end-of-file (every process holding them
    /// has exited), or `deadline`.
    ///
    /// Returns a description of what is missing from the log file, if
    /// anything: a write error, or pipes still held open at the deadline by a
    /// process that outlived the user process (those copiers are abandoned,
    /// the launcher is about to exit anyway).
    pub(crate) fn finish(self, deadline: Instant) -> Option<String> {
        let mut problems = Vec::new();
        let mut finished = 0;
        while finished < self.threads.len() {
            let wait = deadline.saturating_duration_since(Instant::now());
            match self.done.recv_timeout(wait) {
                Ok(report) => {
                    finished += 1;
                    problems.extend(report);
                }
                Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => break,
            }
        }
        let abandoned = self.threads.len() - finished;
        if abandoned > 0 {
            problems.push(format!(
                "{abandoned} output pipe(s) still held open by leftover processes; log may be incomplete"
            ));
        }
        for thread in self.threads.into_iter().filter(JoinHandle::is_finished) {
            // A copier panic is already reported by the missing message.
            let _ = thread.join();
        }
        (!problems.is_empty()).then(|| problems.join("; "))
    }
}

/// Copies one pipe to its console stream and the log file until EOF.
///
/// Keeps draining even when a destination fails, so the child never blocks
/// on (or gets EPIPE from) a full pipe because of our problem: a closed
/// launcher stdout only loses the console copy, a full disk only the file.
fn copy(mut pipe: impl Read, console: Console, log: &Mutex<File>, path: &Path) -> Option<String> {
    let mut buf = vec![0u8; CHUNK];
    let mut console_ok = true;
    let mut problem: Option<String> = None;
    loop {
        let n = match pipe.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => {
                problem.get_or_insert(format!("reading the child's {}: {e}", console.name()));
                break;
            }
        };
        let chunk = &buf[..n];
        if console_ok {
            if let Err(e) = console.write(chunk) {
                console_ok = false;
                tracing::warn!(stream = console.name(), error = %e, "cannot pass output through; still teeing to the log file");
            }
        }
        if problem.is_none() {
            let mut file = log.lock().unwrap_or_else(PoisonError::into_inner);
            if let Err(e) = file.write_all(chunk) {
                problem = Some(format!("writing {}: {e}", path.display()));
            }
        }
    }
    problem
}
