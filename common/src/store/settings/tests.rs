use super::*;
use crate::store::bucket::parse_bucket_from_artifact_uri;
use crate::store::providers::DEFAULT_PIPELINE_ROOT;
use crate::store::session::session_info;
use crate::store::test_vectors::{bucket, example_providers, info, APPENDIX_B};

fn s3(
    endpoint: Option<&str>,
    region: &str,
    force_path_style: impl Into<Option<bool>>,
    allow_http: bool,
    max_retries: u32,
    credentials: Credentials,
) -> StoreSettings {
    StoreSettings::S3 {
        endpoint: endpoint.map(str::to_owned),
        region: region.to_owned(),
        force_path_style: force_path_style.into(),
        allow_http,
        max_retries,
        credentials,
    }
}

/// Nothing decided here: the environment gives addressing style and
/// plain HTTP as well as the endpoint, region and credentials.
fn env_default_s3() -> StoreSettings {
    s3(None, "", None, false, 0, Credentials::FromEnv)
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
    // Both spellings of the query flags mean the same.
    let path_style_http = s3(
        Some("http://h:9000"),
        "r",
        true,
        true,
        0,
        Credentials::FromEnv,
    );
    let cases = [
        (
            "minio://b/p?endpoint=h:9000&disable_https=true&use_path_style=true&region=r",
            path_style_http.clone(),
        ),
        (
            "minio://b/p?endpoint=h:9000&disableSSL=true&s3ForcePathStyle=true&region=r",
            path_style_http,
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

#[test]
fn an_endpoint_with_credentials_is_refused_without_echoing_them() {
    let from_query = store_settings(
        &bucket("s3://b?endpoint=http://user:secretpw@127.0.0.1:9000&disableSSL=true"),
        None,
    )
    .unwrap_err();
    let session = SessionInfo::from_json(
        r#"{"Provider":"minio","Params":{"endpoint":"user:secretpw@minio:9000","disableSSL":"true","fromEnv":"true"}}"#,
    )
    .unwrap();
    let from_session = store_settings(&bucket("minio://b"), session.as_ref()).unwrap_err();
    for e in [from_query, from_session] {
        assert!(matches!(e, ConfigError::EndpointCredentials), "{e:?}");
        assert!(!crate::error_chain(&e).contains("secretpw"), "{e}");
    }
}
