//! Object store configuration: a pipeline root or artifact URI (query
//! string included), session info JSON, and the `kfp-launcher` ConfigMap's
//! `providers` YAML, separated by NUL bytes.
#![no_main]
use std::collections::BTreeMap;

use kfp_common::store::{
    bucket::{parse_bucket_config, parse_bucket_from_artifact_uri},
    providers::LauncherConfig,
    session::{session_info, SessionInfo},
    settings::store_settings,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut parts = text.splitn(3, '\0');
    let uri = parts.next().unwrap_or_default();
    let session = parts.next().unwrap_or_default();
    let providers = parts.next().unwrap_or_default();
    let info = SessionInfo::from_json(session).ok().flatten();
    for cfg in [parse_bucket_config(uri), parse_bucket_from_artifact_uri(uri)]
        .into_iter()
        .flatten()
    {
        let _ = cfg.query_params();
        let _ = cfg.key_from_uri(uri);
        let _ = store_settings(&cfg, info.as_ref());
    }
    let data = BTreeMap::from([("providers".to_owned(), providers.to_owned())]);
    if let Ok(config) = LauncherConfig::from_config_map_data(&data) {
        let _ = session_info(uri, config.providers.as_ref());
    }
});
