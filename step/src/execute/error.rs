//! Why a step did not complete, by phase. A [`StepError`] becomes the
//! report's `error` text (the execution's `error` property) through
//! `kfp_common::error_chain`, so each message names the phase and the
//! input or output, and the cause follows once.

use std::path::PathBuf;

use kfp_common::{executor_io::ExecutorIoError, transfer::TransferError};

use crate::{buckets::BucketError, init::InitError};
use kfp_common::placeholder::PlaceholderError;

#[derive(Debug, thiserror::Error)]
pub enum StepError {
    #[error("writing the ExecutorInput for {{{{$}}}}")]
    ExecutorInput(#[source] ExecutorIoError),
    #[error("creating output directory {}", path.display())]
    OutputDir {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("stopped by {signal} before {phase}")]
    Stopped {
        signal: &'static str,
        phase: &'static str,
    },
    #[error("input artifact {name:?}")]
    InputBucket {
        name: String,
        #[source]
        source: Box<BucketError>,
    },
    #[error("downloading input artifact {name:?}")]
    Download {
        name: String,
        #[source]
        source: Box<TransferError>,
    },
    #[error("input artifact {name:?} ({uri}): digest mismatch: recorded {recorded}, downloaded {downloaded}")]
    Digest {
        name: String,
        uri: String,
        recorded: String,
        downloaded: String,
    },
    #[error(transparent)]
    Placeholder(#[from] PlaceholderError),
    #[error("command and arguments are empty")]
    EmptyCommand,
    #[error(transparent)]
    Init(#[from] InitError),
    /// The user process failed; `how` is its outcome (`exited with code 3`).
    #[error("user process {how}")]
    UserProcess { how: String },
    #[error("user process exited with code {code} (reported)")]
    Reported { code: i32 },
    #[error("completion marker {} holds {text:?}, not an exit code", path.display())]
    Marker { path: PathBuf, text: String },
    #[error("stopped by {signal} before the main container wrote its completion marker {}", path.display())]
    NoMarker { signal: &'static str, path: PathBuf },
    #[error("a supervised step has no reported exit code")]
    NotReported,
    #[error(transparent)]
    Outputs(ExecutorIoError),
    #[error("output artifact {name:?}")]
    OutputBucket {
        name: String,
        #[source]
        source: Box<BucketError>,
    },
    #[error("stopped by {signal}: the outputs' upload did not finish within {seconds} s of it")]
    StoppedUploading { signal: &'static str, seconds: u64 },
    #[error("uploading output artifact {name:?}")]
    Upload {
        name: String,
        #[source]
        source: Box<TransferError>,
    },
}

impl StepError {
    /// The text the report and the execution carry.
    pub fn message(&self) -> String {
        kfp_common::error_chain(self)
    }
}
