use super::*;
use crate::store::test_vectors::{example_data, providers};

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
