use std::collections::HashMap;

use super::go_path::{go_path_clean, go_path_join};
use super::*;
use crate::store::test_vectors::bucket;

#[test]
fn parse_bucket_config_accepts() {
    // (uri, scheme, bucket, prefix, query)
    let cases = [
        (
            "minio://mlpipeline/v2/artifacts",
            "minio://",
            "mlpipeline",
            "v2/artifacts/",
            "",
        ),
        ("s3://bkt", "s3://", "bkt", "", ""),
        ("s3://bkt/", "s3://", "bkt", "", ""),
        ("s3://bkt/a/b/", "s3://", "bkt", "a/b/", ""),
        ("gs://bkt/a?x=1", "gs://", "bkt", "a/", "x=1"),
        (
            "s3://bkt?region=us-east-1",
            "s3://",
            "bkt",
            "",
            "region=us-east-1",
        ),
        (
            "s3://bkt/p?region=us-east-1&endpoint=host:9000&disableSSL=true&s3ForcePathStyle=true",
            "s3://",
            "bkt",
            "p/",
            "region=us-east-1&endpoint=host:9000&disableSSL=true&s3ForcePathStyle=true",
        ),
        ("mem://bucket/x", "mem://", "bucket", "x/", ""),
        ("file:///tmp/kfp/root", "file:///", "tmp", "kfp/root/", ""),
        ("file:///tmp", "file:///", "tmp", "", ""),
        // Only one leading slash goes (strings.TrimPrefix).
        ("s3://bkt//double", "s3://", "bkt", "/double/", ""),
        ("s3://b/with space/ünï", "s3://", "b", "with space/ünï/", ""),
        ("s3://My_Bucket.x/p", "s3://", "My_Bucket.x", "p/", ""),
        // The query is everything after the first '?', '?' included.
        ("s3://b/x?a?b", "s3://", "b", "x/", "a?b"),
        // `[^?]*` matches newlines; only the query's `.` does not.
        ("s3://b/a\nb", "s3://", "b", "a\nb/", ""),
    ];
    for (uri, scheme, bkt, prefix, query) in cases {
        let got = parse_bucket_config(uri).unwrap_or_else(|e| panic!("{uri:?}: {e}"));
        let want = BucketConfig {
            scheme: scheme.into(),
            bucket: bkt.into(),
            prefix: prefix.into(),
            query: query.into(),
        };
        assert_eq!(got, want, "{uri:?}");
    }
}

#[test]
fn parse_bucket_config_rejects() {
    let unrecognized = [
        "",
        "s3:/b",
        "S3://b",
        "s://b",
        "3s://b",
        "s3://",
        "s3:///",
        "s3:////b",
        "s3://?x=1",
        "s3://b?",
        "s3://b/p?",
        "s3://b?x\ny",
        " s3://b",
    ];
    for uri in unrecognized {
        let err = parse_bucket_config(uri).unwrap_err();
        assert!(
            matches!(&err, ConfigError::UnrecognizedUri { uri: u } if u == uri),
            "{uri:?}: {err:?}"
        );
    }
    let unsupported = [
        ("http://host/x", "http://"),
        ("https://host/x", "https://"),
        ("oci://registry/repo", "oci://"),
        ("s3:///b/x", "s3:///"),
        ("gs:///b", "gs:///"),
        ("minio:///b", "minio:///"),
        ("file://tmp/x", "file://"),
    ];
    for (uri, scheme) in unsupported {
        let err = parse_bucket_config(uri).unwrap_err();
        match &err {
            ConfigError::UnsupportedScheme { uri: u, scheme: s } => {
                assert_eq!((u.as_str(), s.as_str()), (uri, scheme))
            }
            other => panic!("{uri:?}: {other:?}"),
        }
        let msg = err.to_string();
        assert!(
            msg.contains("unsupported Cloud bucket") && msg.contains(uri),
            "{msg}"
        );
    }
}

#[test]
fn artifact_uri_keeps_scheme_and_bucket_only() {
    let b = parse_bucket_from_artifact_uri("s3://b/some/where/x.txt?region=r").unwrap();
    assert_eq!(
        b,
        BucketConfig {
            scheme: "s3://".into(),
            bucket: "b".into(),
            prefix: String::new(),
            query: String::new(),
        }
    );
    let b = parse_bucket_from_artifact_uri("gs://b/some/where/file name ü.txt").unwrap();
    assert_eq!(
        b.key_from_uri("gs://b/some/where/file name ü.txt").unwrap(),
        "some/where/file name ü.txt"
    );
    assert!(matches!(
        parse_bucket_from_artifact_uri("https://b/x"),
        Err(ConfigError::UnsupportedScheme { .. })
    ));
    assert!(matches!(
        parse_bucket_from_artifact_uri("nonsense"),
        Err(ConfigError::UnrecognizedUri { .. })
    ));
}

#[test]
fn prefixed_bucket_is_path_joined() {
    let cases = [
        (
            "minio://mlpipeline/v2/artifacts",
            "minio://mlpipeline/v2/artifacts",
        ),
        (
            "minio://mlpipeline/v2/artifacts/",
            "minio://mlpipeline/v2/artifacts",
        ),
        ("s3://b", "s3://b"),
        ("s3://b?region=r", "s3://b"),
        ("s3://b//x/./y/../z", "s3://b/x/z"),
        ("file:///tmp/kfp/root", "file:///tmp/kfp/root"),
    ];
    for (uri, want) in cases {
        assert_eq!(bucket(uri).prefixed_bucket(), want, "{uri:?}");
    }
}

#[test]
fn go_path_clean_matches_go() {
    // Go's own path.Clean test table.
    let cases = [
        ("", "."),
        ("abc", "abc"),
        ("abc/def", "abc/def"),
        ("a/b/c", "a/b/c"),
        (".", "."),
        ("..", ".."),
        ("../..", "../.."),
        ("../../abc", "../../abc"),
        ("/abc", "/abc"),
        ("/", "/"),
        ("abc/", "abc"),
        ("abc/def/", "abc/def"),
        ("a/b/c/", "a/b/c"),
        ("./", "."),
        ("../", ".."),
        ("../../", "../.."),
        ("/abc/", "/abc"),
        ("abc//def//ghi", "abc/def/ghi"),
        ("//abc", "/abc"),
        ("///abc", "/abc"),
        ("//abc//", "/abc"),
        ("abc//", "abc"),
        ("abc/./def", "abc/def"),
        ("/./abc/def", "/abc/def"),
        ("abc/.", "abc"),
        ("abc/def/ghi/../jkl", "abc/def/jkl"),
        ("abc/def/../ghi/../jkl", "abc/jkl"),
        ("abc/def/..", "abc"),
        ("abc/def/../..", "."),
        ("/abc/def/../..", "/"),
        ("abc/def/../../..", ".."),
        ("/abc/def/../../..", "/"),
        ("abc/def/../../../ghi/jkl/../../../mno", "../../mno"),
        ("abc/./../def", "def"),
        ("abc//./../def", "def"),
        ("abc/../../././../def", "../../def"),
        ("ü/./ö//", "ü/ö"),
    ];
    for (input, want) in cases {
        assert_eq!(go_path_clean(input), want, "{input:?}");
    }
    assert_eq!(go_path_join(&["", ""]), "");
    assert_eq!(go_path_join(&["", "a"]), "a");
    assert_eq!(go_path_join(&["b", "", "k"]), "b/k");
}

#[test]
fn key_from_uri_cases() {
    let root = bucket("minio://mlpipeline/v2/artifacts/pipe/run-1");
    let ok = [
        (
            "minio://mlpipeline/v2/artifacts/pipe/run-1/task/uuid/Output",
            "task/uuid/Output",
        ),
        // Leading slashes are all trimmed.
        ("minio://mlpipeline/v2/artifacts/pipe/run-1//x", "x"),
        (
            "minio://mlpipeline/v2/artifacts/pipe/run-1/a b/ü€/x.txt",
            "a b/ü€/x.txt",
        ),
    ];
    for (uri, key) in ok {
        assert_eq!(root.key_from_uri(uri).unwrap(), key, "{uri:?}");
    }
    for uri in [
        "minio://mlpipeline/v2/artifacts/pipe/run-1",
        "minio://mlpipeline/v2/artifacts/pipe/run-1/",
        "minio://mlpipeline/v2/artifacts/pipe/run-1///",
    ] {
        let err = root.key_from_uri(uri).unwrap_err();
        assert!(
            matches!(err, ConfigError::EmptyKey { .. }),
            "{uri:?}: {err:?}"
        );
    }
    for uri in [
        "minio://other/v2/artifacts/pipe/run-1/x",
        "s3://mlpipeline/v2/artifacts/pipe/run-1/x",
        "minio://mlpipeline/v2/artifacts/pipe/run-10/x",
    ] {
        let err = root.key_from_uri(uri).unwrap_err();
        match &err {
            ConfigError::OutsideBucket {
                uri: u,
                prefixed_bucket,
            } => {
                assert_eq!(u, uri);
                assert_eq!(
                    prefixed_bucket,
                    "minio://mlpipeline/v2/artifacts/pipe/run-1"
                );
            }
            other => panic!("{uri:?}: {other:?}"),
        }
        let msg = err.to_string();
        assert!(msg.contains(uri) && msg.contains("minio://mlpipeline/v2/artifacts/pipe/run-1"));
    }
    // Segment boundary: bucket `b` does not claim `bb` (upstream would give "b/x").
    let b = parse_bucket_from_artifact_uri("s3://b/x").unwrap();
    assert!(matches!(
        b.key_from_uri("s3://bb/x"),
        Err(ConfigError::OutsideBucket { .. })
    ));
    // file:/// round-trips through the same methods.
    let f = bucket("file:///tmp/kfp/root");
    assert_eq!(
        f.key_from_uri("file:///tmp/kfp/root/t/out").unwrap(),
        "t/out"
    );
}

#[test]
fn uri_from_key_round_trips() {
    for root in [
        "minio://mlpipeline/v2/artifacts/pipe/run",
        "s3://b",
        "gs://b/p/",
        "file:///tmp/kfp",
        "mem://m/x",
    ] {
        let b = bucket(root);
        let uri = b.uri_from_key("task/uuid/out put");
        assert_eq!(b.key_from_uri(&uri).unwrap(), "task/uuid/out put", "{root}");
    }
    assert_eq!(
        bucket("minio://mlpipeline/v2/artifacts").uri_from_key("/x//y"),
        "minio://mlpipeline/v2/artifacts/x/y"
    );
}

#[test]
fn bucket_url_matches_upstream() {
    let cases = [
        ("s3://b", "s3://b"),
        ("s3://b/p", "s3://b?prefix=p/"),
        ("s3://b?region=r", "s3://b?region=r"),
        ("minio://b/p/q?region=r", "minio://b?region=r&prefix=p/q/"),
    ];
    for (uri, want) in cases {
        assert_eq!(bucket(uri).bucket_url(), want, "{uri:?}");
    }
}

#[test]
fn bucket_config_keys_a_map() {
    let mut opened: HashMap<BucketConfig, u32> = HashMap::new();
    opened.insert(bucket("s3://b/p"), 1);
    opened.insert(bucket("s3://b/p/"), 2);
    opened.insert(bucket("s3://b/q"), 3);
    assert_eq!(opened.len(), 2);
    assert_eq!(opened[&bucket("s3://b/p")], 2);
}

#[test]
fn provider_follows_scheme() {
    let cases = [
        ("gs://b", Provider::Gs, "gs"),
        ("s3://b", Provider::S3, "s3"),
        ("minio://b", Provider::Minio, "minio"),
        ("mem://b", Provider::Mem, "mem"),
        ("file:///b", Provider::File, "file"),
    ];
    for (uri, provider, name) in cases {
        assert_eq!(bucket(uri).provider(), Some(provider));
        assert_eq!(provider.as_str(), name);
    }
}
