//! The `kfp-launcher` ConfigMap (contract §6.3): the default pipeline root
//! and the `providers` YAML document, read with upstream's leniency (keys
//! case-insensitive, nulls unset, YAML 1.1 booleans).

use std::collections::BTreeMap;

use serde::de::{Deserializer, Error as _};
use serde::Deserialize;
use serde_yaml::Value as YamlValue;

use super::ConfigError;

#[cfg(test)]
mod tests;

/// Pipeline root when neither the run nor the `kfp-launcher` ConfigMap sets one (§6.1).
pub const DEFAULT_PIPELINE_ROOT: &str = "minio://mlpipeline/v2/artifacts";
/// Name of the optional, namespace-scoped launcher ConfigMap (§6.3).
pub const CONFIG_MAP_NAME: &str = "kfp-launcher";
/// ConfigMap key of the default pipeline root.
pub const CONFIG_KEY_DEFAULT_PIPELINE_ROOT: &str = "defaultPipelineRoot";
/// ConfigMap key of the providers YAML document.
pub const CONFIG_KEY_PROVIDERS: &str = "providers";

// === impl LauncherConfig ===

/// The `kfp-launcher` ConfigMap's data (§6.3). A missing ConfigMap is
/// `LauncherConfig::default()`: absence is not an error.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LauncherConfig {
    /// `defaultPipelineRoot`; `None` when absent or empty (upstream treats
    /// both as "use the built-in root").
    pub default_pipeline_root: Option<String>,
    /// `providers`; `None` when absent or empty.
    pub providers: Option<ProvidersConfig>,
}

impl LauncherConfig {
    /// Read the ConfigMap's `data`. Keys other than the two above are ignored.
    pub fn from_config_map_data(data: &BTreeMap<String, String>) -> Result<Self, ConfigError> {
        let default_pipeline_root = data
            .get(CONFIG_KEY_DEFAULT_PIPELINE_ROOT)
            .filter(|v| !v.is_empty())
            .cloned();
        let providers = match data.get(CONFIG_KEY_PROVIDERS) {
            Some(doc) if !doc.is_empty() => Some(ProvidersConfig::from_yaml(doc)?),
            _ => None,
        };
        Ok(Self {
            default_pipeline_root,
            providers,
        })
    }

    /// The ConfigMap's default pipeline root, else [`DEFAULT_PIPELINE_ROOT`]
    /// (second and third steps of §6.1).
    pub fn pipeline_root(&self) -> &str {
        self.default_pipeline_root
            .as_deref()
            .unwrap_or(DEFAULT_PIPELINE_ROOT)
    }
}

// === impl ProvidersConfig ===

/// The `providers` YAML document (§6.3).
///
/// Upstream decodes it with `sigs.k8s.io/yaml` (YAML → JSON →
/// `encoding/json`), so keys match case-insensitively (`Overrides` is the Go
/// tag, `overrides` what everybody writes), `null` means "unset" and unknown
/// keys are ignored. [`ProvidersConfig::from_yaml`] reproduces that by
/// lower-casing keys and dropping nulls before deserialising, which is why
/// the serde names below are lower case: deserialise through `from_yaml`,
/// not directly.
///
/// `Option` marks Go's pointers and nil slices: `overrides: []` is not the
/// same as no overrides (it makes a provider "configured", §6.4).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct ProvidersConfig {
    #[serde(default, rename = "s3")]
    pub s3: Option<S3ProviderConfig>,
    /// Same schema as `s3`; used for `minio://` roots.
    #[serde(default, rename = "minio")]
    pub minio: Option<S3ProviderConfig>,
    #[serde(default, rename = "gs")]
    pub gs: Option<GcsProviderConfig>,
}

/// `s3` or `minio` section.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct S3ProviderConfig {
    #[serde(default, rename = "default")]
    pub default: Option<S3ProviderDefault>,
    /// Ordered; the first match wins.
    #[serde(default, rename = "overrides")]
    pub overrides: Option<Vec<S3Override>>,
}

/// `s3.default` / `minio.default`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct S3ProviderDefault {
    /// `host[:port]` or `http(s)://…`.
    #[serde(default, rename = "endpoint")]
    pub endpoint: String,
    #[serde(default, rename = "region")]
    pub region: String,
    /// Default false.
    #[serde(default, rename = "disablessl", deserialize_with = "de_opt_bool")]
    pub disable_ssl: Option<bool>,
    /// Default true.
    #[serde(default, rename = "forcepathstyle", deserialize_with = "de_opt_bool")]
    pub force_path_style: Option<bool>,
    /// Default 5. Go's `int`, so negative values parse.
    #[serde(default, rename = "maxretries")]
    pub max_retries: Option<i64>,
    /// Required once the provider is configured.
    #[serde(default, rename = "credentials")]
    pub credentials: Option<S3CredentialsConfig>,
}

/// One entry of `s3.overrides` / `minio.overrides`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct S3Override {
    #[serde(default, rename = "bucketname")]
    pub bucket_name: String,
    /// Matches when the root's prefix starts with it (plain string prefix).
    #[serde(default, rename = "keyprefix")]
    pub key_prefix: String,
    #[serde(default, rename = "endpoint")]
    pub endpoint: String,
    #[serde(default, rename = "region")]
    pub region: String,
    #[serde(default, rename = "disablessl", deserialize_with = "de_opt_bool")]
    pub disable_ssl: Option<bool>,
    #[serde(default, rename = "forcepathstyle", deserialize_with = "de_opt_bool")]
    pub force_path_style: Option<bool>,
    /// Parsed but, as upstream, not applied: see [`session_info`](super::session::session_info).
    #[serde(default, rename = "maxretries")]
    pub max_retries: Option<i64>,
    /// Required in an override.
    #[serde(default, rename = "credentials")]
    pub credentials: Option<S3CredentialsConfig>,
}

/// `credentials` of an S3-style default or override.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct S3CredentialsConfig {
    /// Pod env / IRSA / instance role instead of a Secret.
    #[serde(default, rename = "fromenv", deserialize_with = "de_bool")]
    pub from_env: bool,
    /// Required when `from_env` is false.
    #[serde(default, rename = "secretref")]
    pub secret_ref: Option<S3SecretRef>,
}

/// `credentials.secretRef` of an S3-style provider.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct S3SecretRef {
    #[serde(default, rename = "secretname")]
    pub secret_name: String,
    #[serde(default, rename = "accesskeykey")]
    pub access_key_key: String,
    #[serde(default, rename = "secretkeykey")]
    pub secret_key_key: String,
}

/// `gs` section.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct GcsProviderConfig {
    #[serde(default, rename = "default")]
    pub default: Option<GcsProviderDefault>,
    /// Ordered; the first match wins.
    #[serde(default, rename = "overrides")]
    pub overrides: Option<Vec<GcsOverride>>,
}

/// `gs.default`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct GcsProviderDefault {
    #[serde(default, rename = "credentials")]
    pub credentials: Option<GcsCredentialsConfig>,
}

/// One entry of `gs.overrides`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct GcsOverride {
    #[serde(default, rename = "bucketname")]
    pub bucket_name: String,
    #[serde(default, rename = "keyprefix")]
    pub key_prefix: String,
    #[serde(default, rename = "credentials")]
    pub credentials: Option<GcsCredentialsConfig>,
}

/// `credentials` of the `gs` provider.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct GcsCredentialsConfig {
    /// Application Default Credentials instead of a Secret.
    #[serde(default, rename = "fromenv", deserialize_with = "de_bool")]
    pub from_env: bool,
    #[serde(default, rename = "secretref")]
    pub secret_ref: Option<GcsSecretRef>,
}

/// `credentials.secretRef` of the `gs` provider.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct GcsSecretRef {
    #[serde(default, rename = "secretname")]
    pub secret_name: String,
    /// Key of the service-account JSON in the Secret.
    #[serde(default, rename = "tokenkey")]
    pub token_key: String,
}

impl ProvidersConfig {
    /// Parse the `providers` document; errors name the ConfigMap key.
    /// Empty, comment-only or `null` documents give an empty config, as
    /// upstream's unmarshal into a zero struct does.
    pub fn from_yaml(doc: &str) -> Result<Self, ConfigError> {
        let wrap = |source| ConfigError::ProvidersYaml {
            key: CONFIG_KEY_PROVIDERS,
            source,
        };
        let mut value: YamlValue = crate::yaml::from_str(doc).map_err(wrap)?;
        // go-yaml v2 honours `<<` merge keys.
        value.apply_merge().map_err(wrap)?;
        match fold_keys(value) {
            YamlValue::Null => Ok(Self::default()),
            value @ YamlValue::Mapping(_) => serde_yaml::from_value(value).map_err(wrap),
            other => Err(wrap(serde_yaml::Error::custom(format!(
                "expected a mapping at the top level, found {}",
                yaml_kind(&other)
            )))),
        }
    }
}

/// Lower-case every mapping key (Go's case-insensitive field matching; a
/// later spelling wins, as later keys overwrite in `encoding/json`), drop
/// null-valued entries (null leaves a Go field unset) and untag values.
/// Null sequence items become empty mappings, Go's zero struct.
fn fold_keys(value: YamlValue) -> YamlValue {
    match value {
        YamlValue::Mapping(map) => {
            let mut out = serde_yaml::Mapping::new();
            for (k, v) in map {
                let v = fold_keys(v);
                if v.is_null() {
                    continue;
                }
                let key = match fold_keys(k) {
                    YamlValue::String(s) => s.to_lowercase(),
                    YamlValue::Bool(b) => b.to_string(),
                    YamlValue::Number(n) => n.to_string(),
                    // Complex keys can never name a field: ignore them like
                    // any unknown key.
                    _ => continue,
                };
                out.insert(YamlValue::String(key), v);
            }
            YamlValue::Mapping(out)
        }
        YamlValue::Sequence(items) => YamlValue::Sequence(
            items
                .into_iter()
                .map(|item| match fold_keys(item) {
                    YamlValue::Null => YamlValue::Mapping(serde_yaml::Mapping::new()),
                    other => other,
                })
                .collect(),
        ),
        YamlValue::Tagged(tagged) => fold_keys(tagged.value),
        scalar => scalar,
    }
}

fn yaml_kind(value: &YamlValue) -> &'static str {
    match value {
        YamlValue::Null => "null",
        YamlValue::Bool(_) => "a boolean",
        YamlValue::Number(_) => "a number",
        YamlValue::String(_) => "a string",
        YamlValue::Sequence(_) => "a sequence",
        YamlValue::Mapping(_) => "a mapping",
        YamlValue::Tagged(_) => "a tagged value",
    }
}

/// A YAML boolean, also in the YAML 1.1 spellings (`yes`, `off`, …) that
/// upstream's go-yaml v2 reads as booleans but serde_yaml (YAML 1.2) reads as
/// strings.
fn yaml_bool(value: &YamlValue) -> Option<bool> {
    match value {
        YamlValue::Bool(b) => Some(*b),
        YamlValue::String(s) => match s.as_str() {
            "y" | "Y" | "yes" | "Yes" | "YES" | "true" | "True" | "TRUE" | "on" | "On" | "ON" => {
                Some(true)
            }
            "n" | "N" | "no" | "No" | "NO" | "false" | "False" | "FALSE" | "off" | "Off"
            | "OFF" => Some(false),
            _ => None,
        },
        _ => None,
    }
}

fn de_opt_bool<'de, D: Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
    let value = YamlValue::deserialize(d)?;
    if value.is_null() {
        return Ok(None);
    }
    yaml_bool(&value)
        .map(Some)
        .ok_or_else(|| D::Error::custom(format!("expected a boolean, found {value:?}")))
}

fn de_bool<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    de_opt_bool(d).map(|b| b.unwrap_or(false))
}
