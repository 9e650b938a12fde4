//! MLMD's client options from the environment: KFP sizes its MLMD client's
//! messages by `METADATA_GRPC_MESSAGE_SIZE` (contract §4.7).

use super::MlmdOptions;
use crate::{
    grpc::DEFAULT_MAX_MESSAGE_SIZE,
    metadata::{MetadataError, Result},
};

/// The environment variable KFP reads for the gRPC message size (contract §4.7).
pub const MESSAGE_SIZE_ENV: &str = "METADATA_GRPC_MESSAGE_SIZE";

impl MlmdOptions {
    /// Defaults, with the message size from `METADATA_GRPC_MESSAGE_SIZE`.
    pub fn from_env() -> Result<Self> {
        Ok(Self {
            max_message_size: max_message_size_from_env()?,
            ..Self::default()
        })
    }
}

/// `METADATA_GRPC_MESSAGE_SIZE` (bytes) or the 100 MiB default.
pub fn max_message_size_from_env() -> Result<usize> {
    parse_message_size(std::env::var(MESSAGE_SIZE_ENV).ok().as_deref())
}

/// The message size for a value of `METADATA_GRPC_MESSAGE_SIZE`: unset or
/// empty means the default; anything but a positive integer is an error
/// rather than a silently small limit.
pub fn parse_message_size(value: Option<&str>) -> Result<usize> {
    match value.map(str::trim) {
        None | Some("") => Ok(DEFAULT_MAX_MESSAGE_SIZE),
        Some(text) => match text.parse::<usize>() {
            Ok(size) if size > 0 => Ok(size),
            _ => Err(MetadataError::InvalidArgument {
                operation: "connect",
                message: format!("{MESSAGE_SIZE_ENV}={text:?} is not a positive number of bytes"),
            }),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_size_default_and_override() {
        assert_eq!(
            parse_message_size(None).ok(),
            Some(DEFAULT_MAX_MESSAGE_SIZE)
        );
        assert_eq!(
            parse_message_size(Some("")).ok(),
            Some(DEFAULT_MAX_MESSAGE_SIZE)
        );
        assert_eq!(parse_message_size(Some("1048576")).ok(), Some(1_048_576));
        assert!(parse_message_size(Some("0")).is_err());
        assert!(parse_message_size(Some("lots")).is_err());
    }
}
