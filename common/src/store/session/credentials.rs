//! The credentials part of session info, alike for S3 and GCS: a default's
//! `credentials`, and the first matching override's replacing them.

use std::collections::BTreeMap;

use super::param;
use crate::store::bucket::BucketConfig;
use crate::store::providers::{GcsCredentialsConfig, GcsOverride, S3CredentialsConfig, S3Override};
use crate::store::ConfigError;

/// A `credentials` section: `fromEnv`, or a Secret reference that becomes
/// the Secret params. S3 and GCS differ only in the Secret's keys.
pub(super) trait CredentialsConfig {
    /// Every Secret param this provider writes, removed when an override
    /// switches to `fromEnv`.
    const SECRET_PARAMS: &'static [&'static str];
    fn uses_env(&self) -> bool;
    /// The Secret params, in [`Self::SECRET_PARAMS`] order; `None` when
    /// `secretRef` is missing.
    fn secret_params(&self) -> Option<Vec<String>>;
}

impl CredentialsConfig for S3CredentialsConfig {
    const SECRET_PARAMS: &'static [&'static str] = &[
        param::SECRET_NAME,
        param::ACCESS_KEY_KEY,
        param::SECRET_KEY_KEY,
    ];
    fn uses_env(&self) -> bool {
        self.from_env
    }
    fn secret_params(&self) -> Option<Vec<String>> {
        let s = self.secret_ref.as_ref()?;
        Some(vec![
            s.secret_name.clone(),
            s.access_key_key.clone(),
            s.secret_key_key.clone(),
        ])
    }
}

impl CredentialsConfig for GcsCredentialsConfig {
    const SECRET_PARAMS: &'static [&'static str] = &[param::SECRET_NAME, param::TOKEN_KEY];
    fn uses_env(&self) -> bool {
        self.from_env
    }
    fn secret_params(&self) -> Option<Vec<String>> {
        let s = self.secret_ref.as_ref()?;
        Some(vec![s.secret_name.clone(), s.token_key.clone()])
    }
}

/// An `overrides` entry of either provider.
pub(super) trait OverrideConfig {
    type Credentials: CredentialsConfig;
    fn bucket_name(&self) -> &str;
    fn key_prefix(&self) -> &str;
    fn credentials(&self) -> Option<&Self::Credentials>;
}

/// Both providers' override entries have the same three fields.
macro_rules! override_config {
    ($entry:ty, $credentials:ty) => {
        impl OverrideConfig for $entry {
            type Credentials = $credentials;
            fn bucket_name(&self) -> &str {
                &self.bucket_name
            }
            fn key_prefix(&self) -> &str {
                &self.key_prefix
            }
            fn credentials(&self) -> Option<&$credentials> {
                self.credentials.as_ref()
            }
        }
    };
}

override_config!(S3Override, S3CredentialsConfig);
override_config!(GcsOverride, GcsCredentialsConfig);

/// The first override naming the root's bucket whose `keyPrefix` is a
/// string prefix of the root's prefix.
pub(super) fn matching_override<'a, O: OverrideConfig>(
    overrides: Option<&'a [O]>,
    bucket: &BucketConfig,
) -> Option<&'a O> {
    overrides
        .into_iter()
        .flatten()
        .find(|o| o.bucket_name() == bucket.bucket && bucket.prefix.starts_with(o.key_prefix()))
}

/// `fromEnv`, plus the Secret reference unless `fromEnv`; `None` when that
/// reference is missing.
pub(super) fn set_credentials<C: CredentialsConfig>(
    params: &mut BTreeMap<String, String>,
    creds: &C,
) -> Option<()> {
    params.insert(param::FROM_ENV.to_owned(), creds.uses_env().to_string());
    if !creds.uses_env() {
        for (k, v) in C::SECRET_PARAMS.iter().zip(creds.secret_params()?) {
            params.insert((*k).to_owned(), v);
        }
    }
    Some(())
}

/// The matching override's credentials (required) replace the default's; a
/// `fromEnv` override drops the default's Secret params.
pub(super) fn override_credentials<O: OverrideConfig>(
    params: &mut BTreeMap<String, String>,
    provider: &'static str,
    o: &O,
) -> Result<(), ConfigError> {
    let creds = o
        .credentials()
        .ok_or_else(|| ConfigError::MissingOverrideCredentials {
            provider,
            bucket: o.bucket_name().to_owned(),
            key_prefix: o.key_prefix().to_owned(),
        })?;
    if creds.uses_env() {
        for k in O::Credentials::SECRET_PARAMS {
            params.remove(*k);
        }
    }
    set_credentials(params, creds).ok_or_else(|| ConfigError::MissingOverrideSecretRef {
        provider,
        bucket: o.bucket_name().to_owned(),
        key_prefix: o.key_prefix().to_owned(),
    })
}
