//! The one exit-code policy of every binary and subcommand.
//!
//! | code | when |
//! |---|---|
//! | 0 | success, or `-h`/`--help` |
//! | 2 | [`Failure::Usage`]: a command line that cannot be parsed, as Go's `flag` package exits 2 for one (unknown flag, bad value, missing value, no such subcommand) |
//! | 1 | [`Failure::Internal`]: the binary's own failure after its flags parsed (a missing required flag, bad input, metadata, store), as KFP's Go binaries exit 1 through `glog.Exit` (contract §2) |
//! | 1–255 | [`Failure::User`]: the user process failed with that code (128+N for signal N, 126 not executable, 127 not found) |
//!
//! Errors are made where they happen; only [`finish`] turns one into a
//! message and an exit code, so the table above holds everywhere.

use std::{error::Error, process::ExitCode};

/// Exit code of a command line that cannot be parsed (Go's `flag` package).
pub const USAGE: u8 = 2;
/// Exit code of the binary's own failure (KFP's `glog.Exit`).
pub const INTERNAL: u8 = 1;

/// Why a command did not succeed.
#[derive(Debug)]
pub enum Failure {
    /// The command line cannot be parsed; the message names the flag.
    Usage(Box<dyn Error + Send + Sync>),
    /// The binary's own failure.
    Internal(Box<dyn Error + Send + Sync>),
    /// The user process failed with `code` (never 0); `message` says how,
    /// when there is more to say than the code.
    User { code: i32, message: Option<String> },
}

impl Failure {
    pub fn usage(e: impl Into<Box<dyn Error + Send + Sync>>) -> Self {
        Failure::Usage(e.into())
    }

    pub fn internal(e: impl Into<Box<dyn Error + Send + Sync>>) -> Self {
        Failure::Internal(e.into())
    }

    /// The process's exit code.
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::Usage(_) => USAGE,
            Failure::Internal(_) => INTERNAL,
            // A code outside 1..=255 cannot be an exit status: still a failure.
            Failure::User { code, .. } => u8::try_from(*code)
                .ok()
                .filter(|&c| c != 0)
                .unwrap_or(INTERNAL),
        }
    }
}

/// What `program` prints and exits with for `result`: nothing more and 0
/// on success, else one line `program: message: cause: …` on standard
/// error and [`Failure::exit_code`].
pub fn finish(program: &str, result: Result<(), Failure>) -> ExitCode {
    let Err(failure) = result else {
        return ExitCode::SUCCESS;
    };
    match &failure {
        Failure::Usage(e) | Failure::Internal(e) => {
            eprintln!("{program}: {}", crate::error_chain(e.as_ref()))
        }
        Failure::User {
            message: Some(m), ..
        } => eprintln!("{program}: {}", crate::redact::credentials(m)),
        Failure::User { message: None, .. } => {}
    }
    ExitCode::from(failure.exit_code())
}

/// The command line without the program name. Arguments are JSON, names
/// and paths that KFP writes as UTF-8; one that is not is a usage error
/// naming it (exit 2), never a panic (`std::env::args` panics).
pub fn utf8_args() -> Result<Vec<String>, Failure> {
    std::env::args_os()
        .skip(1)
        .map(|a| {
            a.into_string()
                .map_err(|bad| Failure::usage(format!("argument {bad:?} is not valid UTF-8")))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_has_its_code() {
        assert_eq!(
            Failure::usage("flag provided but not defined: -x").exit_code(),
            2
        );
        assert_eq!(Failure::internal("no MLMD").exit_code(), 1);
        for code in [1, 2, 126, 127, 137, 255] {
            let f = Failure::User {
                code,
                message: None,
            };
            assert_eq!(i32::from(f.exit_code()), code);
        }
    }

    #[test]
    fn a_user_code_that_is_no_exit_status_is_still_a_failure() {
        for code in [0, -1, 256] {
            let f = Failure::User {
                code,
                message: None,
            };
            assert_eq!(f.exit_code(), INTERNAL, "{code}");
        }
    }
}
