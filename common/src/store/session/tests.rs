use super::*;
use crate::store::providers::DEFAULT_PIPELINE_ROOT;
use crate::store::test_vectors::{example_providers, info, providers, APPENDIX_B};

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
