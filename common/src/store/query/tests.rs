use super::*;
use crate::store::test_vectors::bucket;

#[test]
fn query_params_accept_both_spellings() {
    let cases = [
        (
            "disableSSL=true&s3ForcePathStyle=false",
            Some(true),
            Some(false),
        ),
        ("disable_https=1&use_path_style=T", Some(true), Some(true)),
        (
            "disable_https=False&s3ForcePathStyle=0",
            Some(false),
            Some(false),
        ),
        ("region=r", None, None),
        ("", None, None),
        // First occurrence wins, across spellings.
        ("disableSSL=true&disable_https=false", Some(true), None),
    ];
    for (query, disable_ssl, path_style) in cases {
        let q = QueryParams::parse(query).unwrap();
        assert_eq!(q.disable_ssl(), disable_ssl, "{query:?}");
        assert_eq!(q.force_path_style(), path_style, "{query:?}");
    }
    let q = QueryParams::parse("use_path_style=true").unwrap();
    assert_eq!(q.get("s3ForcePathStyle"), Some("true"));
    assert_eq!(q.get("use_path_style"), Some("true"));
}

#[test]
fn query_params_decode_and_pass_through() {
    let q = QueryParams::parse(
        "profile=x&&region=us+east&endpoint=http%3A%2F%2Fh%3A9000&anonymous&disable_https=true&",
    )
    .unwrap();
    let pairs: Vec<_> = q.iter().collect();
    assert_eq!(
        pairs,
        [
            ("profile", "x"),
            ("region", "us east"),
            ("endpoint", "http://h:9000"),
            ("anonymous", ""),
            ("disableSSL", "true"),
        ]
    );
    assert_eq!(q.region(), Some("us east"));
    assert_eq!(q.endpoint(), Some("http://h:9000"));
    assert!(!q.is_empty());
    assert!(QueryParams::parse("").unwrap().is_empty());
    assert_eq!(
        QueryParams::parse("region=%C3%BC").unwrap().region(),
        Some("ü")
    );
}

#[test]
fn query_params_errors_name_the_key() {
    for (query, key, value) in [
        ("disableSSL=yes", "disableSSL", "yes"),
        ("region=r&use_path_style=maybe", "use_path_style", "maybe"),
        ("s3ForcePathStyle", "s3ForcePathStyle", ""),
        ("disable_https=%20true", "disable_https", " true"),
    ] {
        let err = QueryParams::parse(query).unwrap_err();
        match &err {
            ConfigError::QueryNotBool {
                key: k, value: v, ..
            } => assert_eq!((k.as_str(), v.as_str()), (key, value), "{query:?}"),
            other => panic!("{query:?}: {other:?}"),
        }
        assert!(err.to_string().contains(key));
    }
    for query in ["region=%zz", "region=%4", "a=1;b=2", "region=%FF"] {
        let err = QueryParams::parse(query).unwrap_err();
        assert!(
            matches!(&err, ConfigError::InvalidQuery { query: q, .. } if q == query),
            "{query:?}: {err:?}"
        );
    }
    // Through the bucket config too.
    assert!(matches!(
        bucket("s3://b?disableSSL=nope").query_params(),
        Err(ConfigError::QueryNotBool { .. })
    ));
}
