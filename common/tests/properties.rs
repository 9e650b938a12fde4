//! Invariants checked on generated inputs (proptest): URIs round-trip
//! through bucket configs, and a cache key's fingerprint does not depend on
//! the order its JSON spells object keys in.

use kfp_common::{
    fingerprint::{canonical_json, fingerprint},
    store::bucket::{parse_bucket_config, parse_bucket_from_artifact_uri},
};
use proptest::prelude::*;

/// A key segment as KFP writes them: no `/`, not `.` or `..`, not empty.
fn segment() -> impl Strategy<Value = String> {
    "[A-Za-z0-9_][A-Za-z0-9_.=-]{0,12}".prop_filter("not . or ..", |s| s != "." && s != "..")
}

fn scheme() -> impl Strategy<Value = &'static str> {
    prop_oneof![Just("s3://"), Just("minio://"), Just("gs://")]
}

proptest! {
    /// `uri_from_key` then `key_from_uri` gives the key back, under a root
    /// with or without a prefix; the artifact URI's own bucket finds the
    /// prefix and key.
    #[test]
    fn uris_round_trip_through_bucket_configs(
        scheme in scheme(),
        bucket in "[a-z0-9][a-z0-9.-]{1,20}",
        prefix in proptest::collection::vec(segment(), 0..3),
        key in proptest::collection::vec(segment(), 1..4),
    ) {
        let prefix = prefix.join("/");
        let key = key.join("/");
        let root = if prefix.is_empty() {
            format!("{scheme}{bucket}")
        } else {
            format!("{scheme}{bucket}/{prefix}")
        };
        let cfg = parse_bucket_config(&root).unwrap();
        let uri = cfg.uri_from_key(&key);
        prop_assert_eq!(cfg.key_from_uri(&uri).unwrap(), key.clone());
        let whole = if prefix.is_empty() { key } else { format!("{prefix}/{key}") };
        let own = parse_bucket_from_artifact_uri(&uri).unwrap();
        prop_assert_eq!(own.key_from_uri(&uri).unwrap(), whole);
    }

    /// The same cache key spelled with its object keys in another order
    /// (and other whitespace) has the same canonical text and fingerprint.
    #[test]
    fn fingerprints_ignore_key_order(
        fields in proptest::collection::btree_map(
            "[a-zA-Z]{1,8}",
            prop_oneof![
                any::<i32>().prop_map(|n| n.to_string()),
                any::<bool>().prop_map(|b| b.to_string()),
                "[a-z ]{0,8}".prop_map(|s| format!("{s:?}")),
                (any::<i16>(), any::<i16>()).prop_map(|(a, b)| format!("{{\"y\": {a}, \"x\": {b}}}")),
            ],
            1..8,
        ),
    ) {
        let spell = |pairs: Vec<(&String, &String)>, sep: &str| {
            let body: Vec<String> = pairs.iter().map(|(k, v)| format!("{k:?}:{sep}{v}")).collect();
            format!("{{{}}}", body.join(&format!(",{sep}")))
        };
        let forward = spell(fields.iter().collect(), "");
        let backward = spell(fields.iter().rev().collect(), " ");
        prop_assert_eq!(canonical_json(&forward).unwrap(), canonical_json(&backward).unwrap());
        prop_assert_eq!(fingerprint(&forward).unwrap(), fingerprint(&backward).unwrap());
    }
}
