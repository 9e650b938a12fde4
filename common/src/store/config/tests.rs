use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use super::*;

/// Appendix B's `store_session_info`: what a default install records.
const APPENDIX_B: &str = r#"{"Provider":"minio","Params":{"accessKeyKey":"accesskey","disableSSL":"true","endpoint":"seaweedfs.kubeflow:9000","fromEnv":"false","maxRetries":"5","region":"minio","secretKeyKey":"secretkey","secretName":"mlpipeline-minio-artifact"}}"#;

/// The §6.3 example ConfigMap, verbatim.
const EXAMPLE_CONFIG_MAP: &str = r#"
apiVersion: v1
kind: ConfigMap
metadata: {name: kfp-launcher, namespace: <user-ns>}
data:
  defaultPipelineRoot: "s3://my-bucket/v2/artifacts"
  providers: |
    s3:
      default:
        endpoint: s3.amazonaws.com        # host[:port] or http(s)://…
        region: us-east-1
        disableSSL: false                 # default false
        forcePathStyle: true              # default true
        maxRetries: 5                     # default 5
        credentials:
          fromEnv: false                  # true → pod env / IRSA / instance role
          secretRef: {secretName: my-s3-secret, accessKeyKey: AWS_ACCESS_KEY_ID, secretKeyKey: AWS_SECRET_ACCESS_KEY}
      overrides:                          # ordered; first match wins (JSON tag is "Overrides", matching is case-insensitive)
        - bucketName: my-bucket
          keyPrefix: team-a/               # matches if the root's prefix starts with it
          endpoint: minio.team-a.svc:9000  # optional; region/disableSSL/forcePathStyle/maxRetries likewise
          credentials: {fromEnv: true}     # required in an override
    minio:   # same schema as s3; used for minio:// roots
      default: {endpoint: seaweedfs.kubeflow:9000, region: minio, disableSSL: true,
                credentials: {fromEnv: false, secretRef: {secretName: mlpipeline-minio-artifact, accessKeyKey: accesskey, secretKeyKey: secretkey}}}
    gs:
      default:
        credentials: {fromEnv: false, secretRef: {secretName: gcs-secret, tokenKey: gcs-sa.json}}
      overrides:
        - {bucketName: b, keyPrefix: p/, credentials: {fromEnv: true}}
"#;

fn example_data() -> BTreeMap<String, String> {
    #[derive(serde::Deserialize)]
    struct Manifest {
        data: BTreeMap<String, String>,
    }
    serde_yaml::from_str::<Manifest>(EXAMPLE_CONFIG_MAP)
        .unwrap()
        .data
}

fn example_providers() -> ProvidersConfig {
    LauncherConfig::from_config_map_data(&example_data())
        .unwrap()
        .providers
        .unwrap()
}

fn providers(yaml: &str) -> ProvidersConfig {
    ProvidersConfig::from_yaml(yaml).unwrap()
}

fn info(provider: &str, params: &[(&str, &str)]) -> SessionInfo {
    SessionInfo::new(provider, params)
}

fn bucket(uri: &str) -> BucketConfig {
    parse_bucket_config(uri).unwrap()
}

// === URI grammar ===

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

// === query parameters ===

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

// === kfp-launcher ConfigMap ===

#[test]
fn example_config_map_parses() {
    let cfg = LauncherConfig::from_config_map_data(&example_data()).unwrap();
    assert_eq!(
        cfg.default_pipeline_root.as_deref(),
        Some("s3://my-bucket/v2/artifacts")
    );
    assert_eq!(cfg.pipeline_root(), "s3://my-bucket/v2/artifacts");
    let want = ProvidersConfig {
        s3: Some(S3ProviderConfig {
            default: Some(S3ProviderDefault {
                endpoint: "s3.amazonaws.com".into(),
                region: "us-east-1".into(),
                disable_ssl: Some(false),
                force_path_style: Some(true),
                max_retries: Some(5),
                credentials: Some(S3CredentialsConfig {
                    from_env: false,
                    secret_ref: Some(S3SecretRef {
                        secret_name: "my-s3-secret".into(),
                        access_key_key: "AWS_ACCESS_KEY_ID".into(),
                        secret_key_key: "AWS_SECRET_ACCESS_KEY".into(),
                    }),
                }),
            }),
            overrides: Some(vec![S3Override {
                bucket_name: "my-bucket".into(),
                key_prefix: "team-a/".into(),
                endpoint: "minio.team-a.svc:9000".into(),
                credentials: Some(S3CredentialsConfig {
                    from_env: true,
                    secret_ref: None,
                }),
                ..Default::default()
            }]),
        }),
        minio: Some(S3ProviderConfig {
            default: Some(S3ProviderDefault {
                endpoint: "seaweedfs.kubeflow:9000".into(),
                region: "minio".into(),
                disable_ssl: Some(true),
                force_path_style: None,
                max_retries: None,
                credentials: Some(S3CredentialsConfig {
                    from_env: false,
                    secret_ref: Some(S3SecretRef {
                        secret_name: "mlpipeline-minio-artifact".into(),
                        access_key_key: "accesskey".into(),
                        secret_key_key: "secretkey".into(),
                    }),
                }),
            }),
            overrides: None,
        }),
        gs: Some(GcsProviderConfig {
            default: Some(GcsProviderDefault {
                credentials: Some(GcsCredentialsConfig {
                    from_env: false,
                    secret_ref: Some(GcsSecretRef {
                        secret_name: "gcs-secret".into(),
                        token_key: "gcs-sa.json".into(),
                    }),
                }),
            }),
            overrides: Some(vec![GcsOverride {
                bucket_name: "b".into(),
                key_prefix: "p/".into(),
                credentials: Some(GcsCredentialsConfig {
                    from_env: true,
                    secret_ref: None,
                }),
            }]),
        }),
    };
    assert_eq!(cfg.providers, Some(want));
}

#[test]
fn config_map_absent_or_empty_keys() {
    let empty = LauncherConfig::from_config_map_data(&BTreeMap::new()).unwrap();
    assert_eq!(empty, LauncherConfig::default());
    assert_eq!(empty.pipeline_root(), DEFAULT_PIPELINE_ROOT);
    let data: BTreeMap<String, String> = [
        ("defaultPipelineRoot".to_owned(), String::new()),
        ("providers".to_owned(), String::new()),
        ("unrelated".to_owned(), "x: [".to_owned()),
    ]
    .into();
    assert_eq!(
        LauncherConfig::from_config_map_data(&data).unwrap(),
        LauncherConfig::default()
    );
    // Comment-only and null documents: an empty config, not an error.
    assert_eq!(providers("# nothing yet\n"), ProvidersConfig::default());
    assert_eq!(providers("null"), ProvidersConfig::default());
}

#[test]
fn providers_keys_are_case_insensitive() {
    let lower = providers(
        "s3:\n  default:\n    endpoint: e\n    disableSSL: true\n    credentials: {fromEnv: true}\n  overrides:\n  - {bucketName: b, credentials: {fromEnv: true}}\n",
    );
    let capital = providers(
        "S3:\n  Default:\n    ENDPOINT: e\n    DisableSsl: true\n    Credentials: {FromEnv: true}\n  Overrides:\n  - {BucketName: b, CREDENTIALS: {fromenv: true}}\n",
    );
    assert_eq!(lower, capital);
    let s3 = lower.s3.unwrap();
    assert_eq!(s3.default.unwrap().disable_ssl, Some(true));
    assert_eq!(s3.overrides.unwrap()[0].bucket_name, "b");
    // A later spelling of the same key wins, as in encoding/json.
    let p = providers("s3:\n  default:\n    endpoint: first\n    Endpoint: second\n");
    assert_eq!(p.s3.unwrap().default.unwrap().endpoint, "second");
}

#[test]
fn providers_unknown_fields_nulls_and_yaml11_booleans() {
    let p = providers(
        "azure: {whatever: 1}\ns3:\n  default:\n    endpoint: null\n    disableSSL: yes\n    forcePathStyle: Off\n    shiny: true\n    credentials: {fromEnv: on}\n  overrides: null\nminio:\n  default: ~\n",
    );
    let s3 = p.s3.unwrap();
    assert_eq!(s3.overrides, None);
    let d = s3.default.unwrap();
    assert_eq!(d.endpoint, "");
    assert_eq!(d.disable_ssl, Some(true));
    assert_eq!(d.force_path_style, Some(false));
    assert!(d.credentials.unwrap().from_env);
    assert_eq!(p.minio, Some(S3ProviderConfig::default()));
    // `overrides: []` is a non-nil slice: distinct from no overrides.
    let p = providers("s3:\n  overrides: []\n");
    assert_eq!(p.s3.unwrap().overrides, Some(vec![]));
}

#[test]
fn providers_merge_keys_and_anchors() {
    let p = providers(
        "common: &common {endpoint: e:9000, region: r}\ns3:\n  default:\n    <<: *common\n    credentials: {fromEnv: true}\n",
    );
    let d = p.s3.unwrap().default.unwrap();
    assert_eq!((d.endpoint.as_str(), d.region.as_str()), ("e:9000", "r"));
}

#[test]
fn bad_providers_yaml_names_the_key() {
    for doc in [
        "s3: [unclosed",
        "s3:\n  default:\n    maxRetries: many\n",
        "s3:\n  default:\n    disableSSL: perhaps\n",
        "- just\n- a list\n",
        "plain scalar",
    ] {
        let data: BTreeMap<String, String> = [("providers".to_owned(), doc.to_owned())].into();
        let err = LauncherConfig::from_config_map_data(&data).unwrap_err();
        match &err {
            ConfigError::ProvidersYaml { key, .. } => assert_eq!(*key, "providers"),
            other => panic!("{doc:?}: {other:?}"),
        }
        let msg = err.to_string();
        assert!(
            msg.contains("\"providers\"") && msg.contains("kfp-launcher"),
            "{msg}"
        );
        assert!(std::error::Error::source(&err).is_some());
    }
}

// === session info ===

#[test]
fn appendix_b_is_the_builtin_minio_default() {
    let none = session_info(DEFAULT_PIPELINE_ROOT, None).unwrap();
    assert_eq!(none.to_json(), APPENDIX_B);
    // Configured providers for other schemes don't matter.
    let other = providers("s3:\n  default: {credentials: {fromEnv: true}}\n");
    for cfg in [ProvidersConfig::default(), other] {
        let info = session_info("minio://mlpipeline/v2/artifacts/p/run", Some(&cfg)).unwrap();
        assert_eq!(info.to_json(), APPENDIX_B);
    }
    // An empty minio section is "no config" too.
    let empty_minio = providers("minio: {}\n");
    assert_eq!(
        session_info(DEFAULT_PIPELINE_ROOT, Some(&empty_minio))
            .unwrap()
            .to_json(),
        APPENDIX_B
    );
}

#[test]
fn session_info_vectors() {
    let example = example_providers();
    let cases: &[(&str, Option<&ProvidersConfig>, &str)] = &[
        // minio with a query and no config: s3 rules, fromEnv only.
        (
            "minio://b/p?endpoint=h:9000",
            None,
            r#"{"Provider":"minio","Params":{"fromEnv":"true"}}"#,
        ),
        // minio configured: s3 rules (forcePathStyle appears), Provider minio.
        (
            "minio://mlpipeline/v2/artifacts",
            Some(&example),
            r#"{"Provider":"minio","Params":{"accessKeyKey":"accesskey","disableSSL":"true","endpoint":"seaweedfs.kubeflow:9000","forcePathStyle":"true","fromEnv":"false","maxRetries":"5","region":"minio","secretKeyKey":"secretkey","secretName":"mlpipeline-minio-artifact"}}"#,
        ),
        // minio configured but the root has a query: fromEnv only.
        (
            "minio://mlpipeline/v2?region=x",
            Some(&example),
            r#"{"Provider":"minio","Params":{"fromEnv":"true"}}"#,
        ),
        (
            "s3://b/p",
            None,
            r#"{"Provider":"s3","Params":{"fromEnv":"true"}}"#,
        ),
        (
            "s3://my-bucket/v2/artifacts?region=us-east-1",
            Some(&example),
            r#"{"Provider":"s3","Params":{"fromEnv":"true"}}"#,
        ),
        // Default only: keyPrefix team-a/ does not match v2/artifacts/.
        (
            "s3://my-bucket/v2/artifacts",
            Some(&example),
            r#"{"Provider":"s3","Params":{"accessKeyKey":"AWS_ACCESS_KEY_ID","disableSSL":"false","endpoint":"s3.amazonaws.com","forcePathStyle":"true","fromEnv":"false","maxRetries":"5","region":"us-east-1","secretKeyKey":"AWS_SECRET_ACCESS_KEY","secretName":"my-s3-secret"}}"#,
        ),
        // Override: endpoint replaced, fromEnv removes the Secret params.
        (
            "s3://my-bucket/team-a/pipe/run",
            Some(&example),
            r#"{"Provider":"s3","Params":{"disableSSL":"false","endpoint":"minio.team-a.svc:9000","forcePathStyle":"true","fromEnv":"true","maxRetries":"5","region":"us-east-1"}}"#,
        ),
        // Another bucket: no override.
        (
            "s3://other/team-a/x",
            Some(&example),
            r#"{"Provider":"s3","Params":{"accessKeyKey":"AWS_ACCESS_KEY_ID","disableSSL":"false","endpoint":"s3.amazonaws.com","forcePathStyle":"true","fromEnv":"false","maxRetries":"5","region":"us-east-1","secretKeyKey":"AWS_SECRET_ACCESS_KEY","secretName":"my-s3-secret"}}"#,
        ),
        (
            "gs://b/x",
            None,
            r#"{"Provider":"gs","Params":{"fromEnv":"true"}}"#,
        ),
        (
            "gs://bkt/x",
            Some(&example),
            r#"{"Provider":"gs","Params":{"fromEnv":"false","secretName":"gcs-secret","tokenKey":"gcs-sa.json"}}"#,
        ),
        // gs ignores the query.
        (
            "gs://bkt/x?anonymous=true",
            Some(&example),
            r#"{"Provider":"gs","Params":{"fromEnv":"false","secretName":"gcs-secret","tokenKey":"gcs-sa.json"}}"#,
        ),
        (
            "gs://b/p/q",
            Some(&example),
            r#"{"Provider":"gs","Params":{"fromEnv":"true"}}"#,
        ),
        // keyPrefix p/ does not match prefix "pq/".
        (
            "gs://b/pq",
            Some(&example),
            r#"{"Provider":"gs","Params":{"fromEnv":"false","secretName":"gcs-secret","tokenKey":"gcs-sa.json"}}"#,
        ),
        (
            "mem://m/x",
            Some(&example),
            r#"{"Provider":"mem","Params":{}}"#,
        ),
        (
            "file:///tmp/root",
            None,
            r#"{"Provider":"file","Params":{}}"#,
        ),
    ];
    for (root, cfg, want) in cases {
        let got = session_info(root, *cfg).unwrap_or_else(|e| panic!("{root}: {e}"));
        assert_eq!(got.to_json(), *want, "{root}");
    }
}

#[test]
fn s3_default_from_env_has_no_secret_params() {
    let cfg = providers("s3:\n  default:\n    credentials: {fromEnv: true}\n");
    assert_eq!(
        session_info("s3://b/p", Some(&cfg)).unwrap().to_json(),
        r#"{"Provider":"s3","Params":{"disableSSL":"false","endpoint":"","forcePathStyle":"true","fromEnv":"true","maxRetries":"5","region":""}}"#
    );
}

const OVERRIDES: &str = r#"
s3:
  default:
    endpoint: default:9000
    region: default-region
    maxRetries: 7
    credentials: {fromEnv: false, secretRef: {secretName: d, accessKeyKey: da, secretKeyKey: ds}}
  overrides:
    - bucketName: other
      keyPrefix: ""
      endpoint: never
      credentials: {fromEnv: true}
    - bucketName: b
      keyPrefix: team-b/
      endpoint: never-either
      credentials: {fromEnv: true}
    - bucketName: b
      keyPrefix: team
      region: first-match
      disableSSL: true
      forcePathStyle: false
      maxRetries: 2
      endpoint: ""
      credentials: {fromEnv: false, secretRef: {secretName: o, accessKeyKey: oa, secretKeyKey: os}}
    - bucketName: b
      keyPrefix: team-a/
      region: second-match
      credentials: {fromEnv: true}
    - bucketName: b
      keyPrefix: ""
      region: catch-all
      credentials: {fromEnv: true}
"#;

#[test]
fn overrides_first_match_wins() {
    let cfg = providers(OVERRIDES);
    // "team" is a plain string prefix of "team-a/…"; the earlier override wins.
    let got = session_info("s3://b/team-a/run", Some(&cfg)).unwrap();
    let want = info(
        "s3",
        &[
            ("endpoint", "default:9000"),
            ("region", "first-match"),
            ("disableSSL", "true"),
            ("forcePathStyle", "false"),
            // The quirk: the default's 7, not the override's 2.
            ("maxRetries", "7"),
            ("fromEnv", "false"),
            ("secretName", "o"),
            ("accessKeyKey", "oa"),
            ("secretKeyKey", "os"),
        ],
    );
    assert_eq!(got, want);
    // Empty keyPrefix matches everything in its bucket.
    let got = session_info("s3://b/elsewhere", Some(&cfg)).unwrap();
    assert_eq!(got.params["region"], "catch-all");
    assert_eq!(got.params["fromEnv"], "true");
    assert!(!got.params.contains_key("secretName"));
    assert!(!got.params.contains_key("accessKeyKey"));
    assert!(!got.params.contains_key("secretKeyKey"));
    // Root of the bucket: prefix "" only matches keyPrefix "".
    let got = session_info("s3://b", Some(&cfg)).unwrap();
    assert_eq!(got.params["region"], "catch-all");
}

#[test]
fn override_max_retries_copies_the_default() {
    let cfg = providers(
        "s3:\n  default: {credentials: {fromEnv: true}}\n  overrides:\n  - {bucketName: b, maxRetries: 2, credentials: {fromEnv: true}}\n",
    );
    let got = session_info("s3://b/x", Some(&cfg)).unwrap();
    assert_eq!(got.params["maxRetries"], "5");
    // Also under minio://.
    let cfg = providers(
        "minio:\n  default: {maxRetries: 9, credentials: {fromEnv: true}}\n  overrides:\n  - {bucketName: b, maxRetries: 1, credentials: {fromEnv: true}}\n",
    );
    let got = session_info("minio://b/x", Some(&cfg)).unwrap();
    assert_eq!(got.provider, "minio");
    assert_eq!(got.params["maxRetries"], "9");
}

#[test]
fn provider_config_errors() {
    type Check = fn(&ConfigError) -> bool;
    let cases: &[(&str, &str, Check)] = &[
        (
            "s3:\n  default: {endpoint: e}\n",
            "s3://b/x",
            |e| matches!(e, ConfigError::MissingDefaultCredentials { provider: "s3" }),
        ),
        (
            "s3:\n  overrides: []\n",
            "s3://b/x",
            |e| matches!(e, ConfigError::MissingDefaultCredentials { provider: "s3" }),
        ),
        (
            "minio:\n  overrides: [{bucketName: b, credentials: {fromEnv: true}}]\n",
            "minio://b/x",
            |e| matches!(e, ConfigError::MissingDefaultCredentials { provider: "minio" }),
        ),
        (
            "gs:\n  default: {}\n",
            "gs://b/x",
            |e| matches!(e, ConfigError::MissingDefaultCredentials { provider: "gs" }),
        ),
        (
            "s3:\n  default: {credentials: {fromEnv: false}}\n",
            "s3://b/x",
            |e| matches!(e, ConfigError::MissingDefaultSecretRef { provider: "s3" }),
        ),
        (
            "gs:\n  default: {credentials: {}}\n",
            "gs://b/x",
            |e| matches!(e, ConfigError::MissingDefaultSecretRef { provider: "gs" }),
        ),
        (
            "s3:\n  default: {credentials: {fromEnv: true}}\n  overrides: [{bucketName: b, keyPrefix: x/, endpoint: e}]\n",
            "s3://b/x/y",
            |e| matches!(e, ConfigError::MissingOverrideCredentials { provider: "s3", bucket, key_prefix } if bucket == "b" && key_prefix == "x/"),
        ),
        (
            "s3:\n  default: {credentials: {fromEnv: true}}\n  overrides: [{bucketName: b, credentials: {fromEnv: false}}]\n",
            "s3://b/x/y",
            |e| matches!(e, ConfigError::MissingOverrideSecretRef { provider: "s3", .. }),
        ),
        (
            "gs:\n  default: {credentials: {fromEnv: true}}\n  overrides: [{bucketName: b}]\n",
            "gs://b/x",
            |e| matches!(e, ConfigError::MissingOverrideCredentials { provider: "gs", .. }),
        ),
        (
            "gs:\n  default: {credentials: {fromEnv: true}}\n  overrides: [{bucketName: b, credentials: {fromEnv: false}}]\n",
            "gs://b/x",
            |e| matches!(e, ConfigError::MissingOverrideSecretRef { provider: "gs", .. }),
        ),
    ];
    for (yaml, root, check) in cases {
        let cfg = providers(yaml);
        let err = session_info(root, Some(&cfg)).unwrap_err();
        assert!(check(&err), "{yaml:?} {root}: {err:?}");
    }
    let cfg = providers("s3:\n  default: {endpoint: e}\n");
    let msg = session_info("s3://b", Some(&cfg)).unwrap_err().to_string();
    assert!(
        msg.contains("missing default credentials") && msg.contains("s3"),
        "{msg}"
    );
    // A non-matching override is never checked.
    let cfg = providers(
        "s3:\n  default: {credentials: {fromEnv: true}}\n  overrides: [{bucketName: other}]\n",
    );
    assert!(session_info("s3://b/x", Some(&cfg)).is_ok());
    // A query short-circuits before the credential check.
    let cfg = providers("s3:\n  default: {endpoint: e}\n");
    assert!(session_info("s3://b/x?region=r", Some(&cfg)).is_ok());
    // Unparseable roots.
    assert!(matches!(
        session_info("https://b/x", None),
        Err(ConfigError::UnsupportedScheme { .. })
    ));
    assert!(matches!(
        session_info("nope", None),
        Err(ConfigError::UnrecognizedUri { .. })
    ));
}

// === session info JSON ===

#[test]
fn to_json_escapes_like_go() {
    let i = info("a<b>&c", &[("k", "<&>\"\\\n"), ("a", "é\u{2028}")]);
    assert_eq!(
        i.to_json(),
        r#"{"Provider":"a\u003cb\u003e\u0026c","Params":{"a":"é\u2028","k":"\u003c\u0026\u003e\"\\\n"}}"#
    );
    assert_eq!(
        SessionInfo::default().to_json(),
        r#"{"Provider":"","Params":{}}"#
    );
    assert_eq!(SessionInfo::from_json(&i.to_json()).unwrap(), Some(i));
}

#[test]
fn from_json_round_trips_every_vector() {
    let example = example_providers();
    for root in [
        DEFAULT_PIPELINE_ROOT,
        "minio://mlpipeline/v2/artifacts",
        "s3://my-bucket/v2/artifacts",
        "s3://my-bucket/team-a/x",
        "gs://bkt/x",
        "gs://b/p/x",
        "mem://m",
        "file:///tmp/x",
    ] {
        let i = session_info(root, Some(&example)).unwrap();
        assert_eq!(
            SessionInfo::from_json(&i.to_json()).unwrap(),
            Some(i),
            "{root}"
        );
    }
    let b = SessionInfo::from_json(APPENDIX_B).unwrap().unwrap();
    assert_eq!(b.provider, "minio");
    assert_eq!(b.params.len(), 8);
    assert_eq!(b.to_json(), APPENDIX_B);
}

#[test]
fn from_json_is_lenient() {
    assert_eq!(SessionInfo::from_json("").unwrap(), None);
    assert_eq!(SessionInfo::from_json("  \n").unwrap(), None);
    assert_eq!(
        SessionInfo::from_json("{}").unwrap(),
        Some(SessionInfo::default())
    );
    assert_eq!(
        SessionInfo::from_json(
            r#" { "provider": "s3", "PARAMS": {"fromEnv": true, "maxRetries": 5, "x": null}, "extra": [1] } "#
        )
        .unwrap(),
        Some(info(
            "s3",
            &[("fromEnv", "true"), ("maxRetries", "5"), ("x", "")]
        ))
    );
    assert_eq!(
        SessionInfo::from_json(r#"{"Provider":null,"Params":null}"#).unwrap(),
        Some(SessionInfo::default())
    );
}

#[test]
fn from_json_errors() {
    assert!(matches!(
        SessionInfo::from_json("not json"),
        Err(ConfigError::SessionInfoJson { .. })
    ));
    for json in [
        "[1]",
        "\"s\"",
        r#"{"Provider":1}"#,
        r#"{"Params":[1]}"#,
        r#"{"Params":{"secretName":["a"]}}"#,
    ] {
        let err = SessionInfo::from_json(json).unwrap_err();
        assert!(
            matches!(err, ConfigError::SessionInfoShape { .. }),
            "{json}: {err:?}"
        );
    }
    let err = SessionInfo::from_json(r#"{"Params":{"secretName":{}}}"#).unwrap_err();
    assert!(err.to_string().contains("secretName"));
}

// === store settings ===

fn s3(
    endpoint: Option<&str>,
    region: &str,
    force_path_style: bool,
    allow_http: bool,
    max_retries: u32,
    credentials: Credentials,
) -> StoreSettings {
    StoreSettings::S3 {
        endpoint: endpoint.map(str::to_owned),
        region: region.to_owned(),
        force_path_style,
        allow_http,
        max_retries,
        credentials,
    }
}

fn env_default_s3() -> StoreSettings {
    s3(None, "", false, true, 0, Credentials::FromEnv)
}

#[test]
fn store_settings_from_appendix_b() {
    let i = SessionInfo::from_json(APPENDIX_B).unwrap();
    let got = store_settings(&bucket(DEFAULT_PIPELINE_ROOT), i.as_ref()).unwrap();
    assert_eq!(
        got,
        s3(
            Some("http://seaweedfs.kubeflow:9000"),
            "minio",
            true,
            true,
            5,
            Credentials::Secret {
                secret_name: "mlpipeline-minio-artifact".into(),
                access_key_key: "accesskey".into(),
                secret_key_key: "secretkey".into(),
            },
        )
    );
}

#[test]
fn store_settings_session_paths() {
    let secret = || Credentials::Secret {
        secret_name: "s".into(),
        access_key_key: "a".into(),
        secret_key_key: "k".into(),
    };
    let with_secret = |extra: &[(&'static str, &'static str)]| {
        let mut params = vec![
            ("fromEnv", "false"),
            ("secretName", "s"),
            ("accessKeyKey", "a"),
            ("secretKeyKey", "k"),
        ];
        params.extend_from_slice(extra);
        info("s3", &params)
    };
    let b = bucket("s3://b/p");
    let cases: Vec<(SessionInfo, StoreSettings)> = vec![
        // AWS global endpoint: no explicit endpoint; https.
        (
            with_secret(&[("endpoint", "s3.amazonaws.com"), ("region", "us-east-1")]),
            s3(None, "us-east-1", true, false, 0, secret()),
        ),
        (
            with_secret(&[
                ("endpoint", "https://S3.AmazonAWS.com"),
                ("disableSSL", "true"),
            ]),
            s3(None, "", true, true, 0, secret()),
        ),
        // Regional AWS endpoint gets https://.
        (
            with_secret(&[("endpoint", "s3.us-west-2.amazonaws.com")]),
            s3(
                Some("https://s3.us-west-2.amazonaws.com"),
                "",
                true,
                false,
                0,
                secret(),
            ),
        ),
        // Already has a scheme: kept; http:// allows HTTP even without disableSSL.
        (
            with_secret(&[("endpoint", "http://minio:9000"), ("disableSSL", "false")]),
            s3(Some("http://minio:9000"), "", true, true, 0, secret()),
        ),
        (
            with_secret(&[("endpoint", "https://minio:9000"), ("disableSSL", "true")]),
            s3(Some("https://minio:9000"), "", true, true, 0, secret()),
        ),
        (
            with_secret(&[
                ("endpoint", "minio:9000"),
                ("disableSSL", "1"),
                ("forcePathStyle", "F"),
            ]),
            s3(Some("http://minio:9000"), "", false, true, 0, secret()),
        ),
        // maxRetries: negative keeps the client default, '+' accepted.
        (
            with_secret(&[("maxRetries", "-1")]),
            s3(None, "", true, false, 0, secret()),
        ),
        (
            with_secret(&[("maxRetries", "+3")]),
            s3(None, "", true, false, 3, secret()),
        ),
        // fromEnv with structured settings: explicit client, env credentials.
        (
            info("s3", &[("fromEnv", "true"), ("region", "eu-west-1")]),
            s3(None, "eu-west-1", true, false, 0, Credentials::FromEnv),
        ),
        (
            info("minio", &[("fromEnv", "true"), ("endpoint", "")]),
            s3(None, "", true, false, 0, Credentials::FromEnv),
        ),
        // fromEnv and nothing else: the AWS default chain.
        (info("s3", &[("fromEnv", "true")]), env_default_s3()),
        // Providers without §6.5 rules fall through to the scheme.
        (info("azure", &[("fromEnv", "false")]), env_default_s3()),
        (info("", &[]), env_default_s3()),
    ];
    for (i, want) in cases {
        let got = store_settings(&b, Some(&i)).unwrap_or_else(|e| panic!("{i:?}: {e}"));
        assert_eq!(got, want, "{i:?}");
    }
}

#[test]
fn store_settings_query_wins() {
    let appendix_b = SessionInfo::from_json(APPENDIX_B).unwrap();
    let cases = [
        (
            "minio://b/p?endpoint=h:9000&disable_https=true&use_path_style=true&region=r",
            s3(
                Some("http://h:9000"),
                "r",
                true,
                true,
                0,
                Credentials::FromEnv,
            ),
        ),
        (
            "minio://b/p?endpoint=h:9000&disableSSL=true&s3ForcePathStyle=true&region=r",
            s3(
                Some("http://h:9000"),
                "r",
                true,
                true,
                0,
                Credentials::FromEnv,
            ),
        ),
        (
            "s3://b?endpoint=h:9000",
            s3(
                Some("https://h:9000"),
                "",
                false,
                false,
                0,
                Credentials::FromEnv,
            ),
        ),
        (
            "s3://b?region=us-east-1&endpoint=https%3A%2F%2Fs3.amazonaws.com",
            s3(None, "us-east-1", false, false, 0, Credentials::FromEnv),
        ),
        (
            "s3://b?profile=p",
            s3(None, "", false, false, 0, Credentials::FromEnv),
        ),
    ];
    for (uri, want) in cases {
        let b = bucket(uri);
        assert_eq!(
            store_settings(&b, appendix_b.as_ref()).unwrap(),
            want,
            "{uri}"
        );
        assert_eq!(store_settings(&b, None).unwrap(), want, "{uri}");
    }
    let err = store_settings(&bucket("s3://b?disable_https=sometimes"), None).unwrap_err();
    assert!(matches!(err, ConfigError::QueryNotBool { .. }), "{err:?}");
}

#[test]
fn store_settings_fallbacks_by_scheme() {
    let cases = [
        ("minio://mlpipeline/v2/artifacts", None, env_default_s3()),
        ("s3://b/p", None, env_default_s3()),
        (
            "gs://b/p",
            None,
            StoreSettings::Gcs {
                credentials: GcsCredentials::FromEnv,
            },
        ),
        (
            "gs://b/p",
            Some(info("gs", &[("fromEnv", "true")])),
            StoreSettings::Gcs {
                credentials: GcsCredentials::FromEnv,
            },
        ),
        (
            "gs://b/p?anonymous=true",
            Some(info(
                "gs",
                &[
                    ("fromEnv", "false"),
                    ("secretName", "g"),
                    ("tokenKey", "t.json"),
                ],
            )),
            StoreSettings::Gcs {
                credentials: GcsCredentials::Secret {
                    secret_name: "g".into(),
                    token_key: "t.json".into(),
                },
            },
        ),
        ("mem://m/x", None, StoreSettings::Memory),
        ("mem://m/x", Some(info("mem", &[])), StoreSettings::Memory),
        (
            "file:///tmp/kfp/root",
            Some(info("file", &[])),
            StoreSettings::Local(PathBuf::from("/tmp")),
        ),
    ];
    for (uri, i, want) in cases {
        assert_eq!(
            store_settings(&bucket(uri), i.as_ref()).unwrap(),
            want,
            "{uri}"
        );
    }
    let odd = BucketConfig {
        scheme: "azblob://".into(),
        bucket: "c".into(),
        prefix: String::new(),
        query: String::new(),
    };
    assert!(matches!(
        store_settings(&odd, None),
        Err(ConfigError::UnsupportedScheme { .. })
    ));
}

#[test]
fn store_settings_param_errors_name_the_param() {
    let b = bucket("s3://b");
    let cases: &[(SessionInfo, &str)] = &[
        (info("s3", &[("fromEnv", "yes")]), "fromEnv"),
        (
            info("s3", &[("fromEnv", "true"), ("disableSSL", "on")]),
            "disableSSL",
        ),
        (
            info("minio", &[("fromEnv", "true"), ("forcePathStyle", "")]),
            "forcePathStyle",
        ),
        (
            info("s3", &[("fromEnv", "true"), ("maxRetries", "five")]),
            "maxRetries",
        ),
        (
            info("s3", &[("fromEnv", "true"), ("maxRetries", "5.0")]),
            "maxRetries",
        ),
    ];
    for (i, param) in cases {
        let err = store_settings(&b, Some(i)).unwrap_err();
        assert!(
            matches!(&err, ConfigError::InvalidSessionParam { param: p, .. } if p == param),
            "{i:?}: {err:?}"
        );
        assert!(err.to_string().contains(param));
    }
    let missing: &[(SessionInfo, &str, &str)] = &[
        (info("s3", &[("endpoint", "e")]), "s3://b", "secretName"),
        (
            info(
                "minio",
                &[
                    ("fromEnv", "false"),
                    ("secretName", "s"),
                    ("accessKeyKey", "a"),
                ],
            ),
            "minio://b",
            "secretKeyKey",
        ),
        (
            info(
                "s3",
                &[("fromEnv", "false"), ("secretName", ""), ("region", "r")],
            ),
            "s3://b",
            "secretName",
        ),
        (info("gs", &[("secretName", "g")]), "gs://b", "tokenKey"),
        (info("gs", &[]), "gs://b", "secretName"),
    ];
    for (i, uri, param) in missing {
        let err = store_settings(&bucket(uri), Some(i)).unwrap_err();
        assert!(
            matches!(&err, ConfigError::MissingSessionParam { param: p, .. } if p == param),
            "{i:?}: {err:?}"
        );
    }
}

#[test]
fn endpoint_normalisation() {
    let cases = [
        (None, false, None),
        (Some(""), true, None),
        (Some("s3.amazonaws.com"), false, None),
        (Some("https://s3.amazonaws.com"), false, None),
        (Some("S3.AMAZONAWS.COM:443"), true, None),
        // The regex's unescaped dots match any character.
        (Some("s3-amazonaws-com"), false, None),
        // Only https:// is optional in the AWS pattern.
        (
            Some("http://s3.amazonaws.com"),
            false,
            Some("http://s3.amazonaws.com"),
        ),
        (
            Some("s3.amazonaws.co"),
            false,
            Some("https://s3.amazonaws.co"),
        ),
        (Some("host:9000"), false, Some("https://host:9000")),
        (Some("host:9000"), true, Some("http://host:9000")),
        (Some("https://host"), true, Some("https://host")),
        (Some("http://host"), false, Some("http://host")),
    ];
    for (endpoint, disable_ssl, want) in cases {
        assert_eq!(
            normalize_endpoint(endpoint, disable_ssl).as_deref(),
            want,
            "{endpoint:?} {disable_ssl}"
        );
    }
}

#[test]
fn driver_to_launcher_end_to_end() {
    // The driver records session info; the launcher reads it back from MLMD.
    let example = example_providers();
    let cases = [
        (
            "s3://my-bucket/team-a/pipe/run",
            s3(
                Some("https://minio.team-a.svc:9000"),
                "us-east-1",
                true,
                false,
                5,
                Credentials::FromEnv,
            ),
        ),
        (
            "s3://my-bucket/v2/artifacts/pipe/run",
            s3(
                None,
                "us-east-1",
                true,
                false,
                5,
                Credentials::Secret {
                    secret_name: "my-s3-secret".into(),
                    access_key_key: "AWS_ACCESS_KEY_ID".into(),
                    secret_key_key: "AWS_SECRET_ACCESS_KEY".into(),
                },
            ),
        ),
        (
            "gs://b/p/run",
            StoreSettings::Gcs {
                credentials: GcsCredentials::FromEnv,
            },
        ),
        (
            "file:///var/kfp/root/run",
            StoreSettings::Local(PathBuf::from("/var")),
        ),
    ];
    for (root, want) in cases {
        let recorded = session_info(root, Some(&example)).unwrap().to_json();
        let read = SessionInfo::from_json(&recorded).unwrap();
        let artifact = format!("{root}/task/uuid/out");
        let b = parse_bucket_from_artifact_uri(&artifact).unwrap();
        assert_eq!(store_settings(&b, read.as_ref()).unwrap(), want, "{root}");
    }
}
