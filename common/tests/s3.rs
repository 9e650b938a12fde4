//! The transfer engine against a real S3 endpoint (SeaweedFS, started by
//! `make test`; see e2e/services). Without `KFP_S3_*` it skips loudly, or
//! fails under `KFP_REQUIRE_SERVICES=1`. Every test uses its own key
//! prefix, so they share one bucket.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Write;

use kfp_common::{
    store::{
        bucket::parse_bucket_config,
        open::{open_store, open_store_with_env, scheme_and_bucket, AwsEnv, ExtraRoots, Secrets},
        session::{session_info, SessionInfo},
        settings::store_settings,
    },
    test_s3::S3Env,
    test_util::{self, Component},
    transfer::{Bucket, TransferError},
};
use sha2::Digest;

fn s3() -> Option<S3Env> {
    let s3 = S3Env::from_env();
    if s3.is_none() {
        test_util::skip(&[Component::SeaweedFs]);
    }
    s3
}

/// A bucket opened the way the launcher opens it: session info (minio
/// provider, as KFP's default) → settings → store, with static credentials.
fn open(s3: &S3Env, secret: &str) -> (Bucket, String) {
    let root = format!("minio://{}/v2/artifacts", s3.bucket);
    let cfg = parse_bucket_config(&root).unwrap();
    let info = SessionInfo::from_json(&format!(
        r#"{{"Provider":"minio","Params":{{"accessKeyKey":"accesskey","disableSSL":"true","endpoint":"{}","fromEnv":"false","maxRetries":"2","region":"us-east-1","secretKeyKey":"secretkey","secretName":"mlpipeline-minio-artifact"}}}}"#,
        s3.endpoint.trim_start_matches("http://")
    ))
    .unwrap();
    let settings = store_settings(&cfg, info.as_ref()).unwrap();
    let secrets = Secrets {
        s3: Some((s3.access.clone(), secret.to_owned())),
        ..Default::default()
    };
    let store = open_store(&cfg, &settings, &secrets, &ExtraRoots::none()).unwrap();
    let prefix = format!("{}/t-{}", cfg.prefixed_bucket(), uuid::Uuid::new_v4());
    (Bucket::new(store, &scheme_and_bucket(&cfg)), prefix)
}

fn sha(data: &[u8]) -> String {
    format!("sha256:{:x}", sha2::Sha256::digest(data))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn files_directories_empty_files_and_odd_names() {
    let Some(s3) = s3() else { return };
    let (b, prefix) = open(&s3, &s3.secret);
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("tree");
    for (rel, data) in [
        ("a.txt", &b"alpha"[..]),
        ("empty", &b""[..]),
        ("nested/deeper/b.bin", &[7u8; 10_000][..]),
        ("with space/ü ñ 名前.txt", &b"unicode"[..]),
    ] {
        let p = src.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, data).unwrap();
    }
    let uri = format!("{prefix}/tree");
    let up = b.upload(&src, &uri).await.unwrap().unwrap();
    assert_eq!((up.files, up.size), (4, 5 + 10_000 + 7));
    let dest = tmp.path().join("back");
    let down = b.download(&uri, &dest).await.unwrap();
    assert_eq!(down, up);
    assert_eq!(
        std::fs::read(dest.join("with space/ü ñ 名前.txt")).unwrap(),
        b"unicode"
    );
    assert_eq!(std::fs::read(dest.join("empty")).unwrap(), b"");

    // A single file, and the empty file on its own.
    let one = b
        .upload(&src.join("a.txt"), &format!("{prefix}/one"))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(one.digest, sha(b"alpha"));
    let got = b
        .download(&format!("{prefix}/one"), &tmp.path().join("one"))
        .await
        .unwrap();
    assert_eq!(got.digest, one.digest);
    let e = b
        .upload(&src.join("empty"), &format!("{prefix}/e"))
        .await
        .unwrap()
        .unwrap();
    assert_eq!((e.size, e.digest.clone()), (0, sha(b"")));
    // Sibling keys are not part of a prefix; a 0-object prefix moves nothing.
    b.upload(&src.join("a.txt"), &format!("{prefix}/one2"))
        .await
        .unwrap();
    let only = b
        .download(&format!("{prefix}/one"), &tmp.path().join("only"))
        .await
        .unwrap();
    assert_eq!(only.files, 1);
    let missing = format!("{prefix}/nothing-here");
    let none = b
        .download(&missing, &tmp.path().join("none"))
        .await
        .unwrap_err();
    assert!(matches!(none, TransferError::NotFound { .. }), "{none:?}");
    assert!(none.to_string().contains(&missing), "{none}");
    assert!(!tmp.path().join("none").exists());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn large_sparse_file_in_parts() {
    let Some(s3) = s3() else { return };
    let (b, prefix) = open(&s3, &s3.secret);
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("sparse");
    let gib: u64 = std::env::var("KFP_S3_SPARSE_GIB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2);
    let size = gib << 30;
    {
        let mut f = std::fs::File::create(&src).unwrap();
        f.set_len(size).unwrap();
        // Some real bytes at both ends so part order matters for the digest.
        f.write_all(b"head").unwrap();
        use std::io::Seek;
        f.seek(std::io::SeekFrom::Start(size - 4)).unwrap();
        f.write_all(b"tail").unwrap();
    }
    let uri = format!("{prefix}/sparse");
    let up = b.upload(&src, &uri).await.unwrap().unwrap();
    assert_eq!(up.size, size);
    let dest = tmp.path().join("sparse.back");
    let down = b.download(&uri, &dest).await.unwrap();
    assert_eq!(down.digest, up.digest, "bytes came back in order");
    assert_eq!(std::fs::metadata(&dest).unwrap().len(), size);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ten_thousand_small_files() {
    let Some(s3) = s3() else { return };
    let (b, prefix) = open(&s3, &s3.secret);
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("many");
    let n: usize = std::env::var("KFP_S3_SMALL_FILES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    for i in 0..n {
        let d = src.join(format!("d{:02}", i % 50));
        if i < 50 {
            std::fs::create_dir_all(&d).unwrap();
        }
        std::fs::write(d.join(format!("f{i}")), i.to_le_bytes()).unwrap();
    }
    let uri = format!("{prefix}/many");
    let up = b.upload(&src, &uri).await.unwrap().unwrap();
    assert_eq!(up.files, n as u64);
    let down = b.download(&uri, &tmp.path().join("back")).await.unwrap();
    assert_eq!(down, up);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_credentials_fail_fast_naming_the_uri() {
    let Some(s3) = s3() else { return };
    let (b, prefix) = open(&s3, "not-the-secret");
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("x");
    std::fs::write(&src, b"x").unwrap();
    let uri = format!("{prefix}/x");
    let started = std::time::Instant::now();
    let e = b.upload(&src, &uri).await.unwrap_err();
    let text = format!("{e}");
    assert!(text.contains(&uri), "{text}");
    assert!(matches!(e, TransferError::Store { .. }), "{e:?}");
    let chain = format!("{:?}", e);
    assert!(!chain.contains("not-the-secret"), "secret leaked: {chain}");
    // Permanent (403): not retried for the whole retry deadline.
    assert!(
        started.elapsed() < std::time::Duration::from_secs(60),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn interrupted_upload_leaves_no_object() {
    let Some(s3) = s3() else { return };
    let (b, prefix) = open(&s3, &s3.secret);
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("big");
    let f = std::fs::File::create(&src).unwrap();
    f.set_len(64 << 20).unwrap();
    let uri = format!("{prefix}/big");
    let _ = tokio::time::timeout(std::time::Duration::from_millis(300), b.upload(&src, &uri)).await;
    let got = b.download(&uri, &tmp.path().join("got")).await.unwrap_err();
    assert!(
        matches!(got, TransferError::NotFound { .. }),
        "no partial object presented as complete: {got:?}"
    );
}

/// The importer records `{"Provider":"s3","Params":{"fromEnv":"true"}}` for
/// a bucket no provider config covers; a consumer opens it from the
/// environment alone. With only `AWS_ENDPOINT_URL_S3` (and keys) there, an
/// S3-compatible store must be addressed path style: a virtual-hosted
/// request would go to the endpoint without the bucket.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn from_env_session_with_an_endpoint_is_path_style() {
    let Some(s3) = s3() else { return };
    let root = format!("s3://{}/imported", s3.bucket);
    let recorded = session_info(&root, None).unwrap().to_json();
    assert_eq!(recorded, r#"{"Provider":"s3","Params":{"fromEnv":"true"}}"#);
    let info = SessionInfo::from_json(&recorded).unwrap();
    let cfg = parse_bucket_config(&root).unwrap();
    let settings = store_settings(&cfg, info.as_ref()).unwrap();
    let keys = [
        ("AWS_ACCESS_KEY_ID", s3.access.as_str()),
        ("AWS_SECRET_ACCESS_KEY", s3.secret.as_str()),
    ];
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("x");
    std::fs::write(&src, b"from the environment").unwrap();
    let endpoint = s3.endpoint.as_str();
    for (what, vars) in [
        (
            "an endpoint and nothing else",
            vec![("AWS_ENDPOINT_URL_S3", endpoint)],
        ),
        (
            "path style asked for",
            vec![
                ("AWS_ENDPOINT_URL_S3", endpoint),
                ("AWS_VIRTUAL_HOSTED_STYLE_REQUEST", "false"),
            ],
        ),
        (
            "the generic endpoint variable",
            vec![("AWS_ENDPOINT_URL", endpoint)],
        ),
    ] {
        let env = keys.iter().copied().chain(vars);
        let store = open_store_with_env(
            &cfg,
            &settings,
            &Secrets::default(),
            &ExtraRoots::none(),
            &AwsEnv::from_vars(env),
        )
        .unwrap();
        let b = Bucket::new(store, &scheme_and_bucket(&cfg));
        let uri = format!("{root}/t-{}/x", uuid::Uuid::new_v4());
        let up = b
            .upload(&src, &uri)
            .await
            .unwrap_or_else(|e| panic!("{what}: {}", kfp_common::error_chain(&e)))
            .unwrap();
        let down = b.download(&uri, &tmp.path().join("back")).await.unwrap();
        assert_eq!(down, up, "{what}");
    }
}

/// An empty directory is uploaded as no object at all; what the launcher
/// records (the empty manifest's digest) brings it back as an empty
/// directory, and without that record the same URI is a missing input.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn recorded_empty_directory_round_trip() {
    let Some(s3) = s3() else { return };
    let (b, prefix) = open(&s3, &s3.secret);
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("empty");
    std::fs::create_dir_all(&src).unwrap();
    let uri = format!("{prefix}/empty");
    let up = b.upload(&src, &uri).await.unwrap().unwrap();
    assert_eq!(up.digest, kfp_common::transfer::EMPTY_DIRECTORY_DIGEST);
    let dest = tmp.path().join("back");
    let down = b
        .download_recorded(&uri, &dest, Some(&up.digest))
        .await
        .unwrap();
    assert_eq!(down, up);
    assert!(dest.is_dir());
    let e = b
        .download(&uri, &tmp.path().join("unrecorded"))
        .await
        .unwrap_err();
    assert!(matches!(e, TransferError::NotFound { .. }), "{e:?}");
}
