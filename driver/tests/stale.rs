//! A cache hit is only as good as its outputs: the driver checks that a
//! cached artifact's objects still exist, opening the store the way the
//! artifact was written (its `store_session_info`, the namespace's Secret).
//! Against SeaweedFS; without `KFP_S3_*` the test skips loudly, or fails
//! under `KFP_REQUIRE_SERVICES=1`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use kfp_common::{
    metadata::{keys, value},
    proto::ml_metadata as mlmd,
    test_s3::S3Env,
    test_util::{self, Component},
};
use kfp_driver::{container::OutputCheck, stale::StoreCheck};

/// An uploaded artifact as the launcher records it (with a digest).
fn artifact(uri: &str, session: &str) -> mlmd::Artifact {
    mlmd::Artifact {
        id: Some(1),
        uri: Some(uri.to_owned()),
        custom_properties: [
            (keys::STORE_SESSION_INFO.to_owned(), value::string(session)),
            (
                kfp_common::artifact::DIGEST.to_owned(),
                value::string("sha256:00"),
            ),
        ]
        .into(),
        ..Default::default()
    }
}

#[tokio::test]
async fn cached_outputs_are_checked_in_their_store() {
    let Some(s3) = S3Env::from_env() else {
        return test_util::skip(&[Component::SeaweedFs]);
    };
    kfp_common::install_crypto_provider();
    let bucket = s3.bucket.clone();
    let session = s3.session_info();
    let check = StoreCheck::new(s3.secrets());
    let root = format!("minio://{bucket}/stale-{}", uuid::Uuid::new_v4());

    // Write a file artifact and a directory artifact through the same store.
    let file = format!("{root}/task/salt/model");
    let dir = format!("{root}/task/salt/dataset");
    let scratch = tempfile::tempdir().unwrap();
    std::fs::write(scratch.path().join("model"), b"weights").unwrap();
    std::fs::create_dir_all(scratch.path().join("dataset/part")).unwrap();
    std::fs::write(scratch.path().join("dataset/part/0.csv"), b"a,b\n").unwrap();
    let b = s3.bucket(&file).await;
    b.upload(&scratch.path().join("model"), &file)
        .await
        .unwrap();
    b.upload(&scratch.path().join("dataset"), &dir)
        .await
        .unwrap();

    for (uri, exists, what) in [
        (file.clone(), true, "a file artifact"),
        (dir, true, "a directory artifact"),
        (
            format!("{root}/task/salt/gone"),
            false,
            "a deleted output is gone",
        ),
        (
            format!("{root}/task/salt/mod"),
            false,
            "a name prefix of an object is not the object",
        ),
    ] {
        let found = check.exists(&artifact(&uri, &session)).await.unwrap();
        assert_eq!(found, exists, "{what}");
    }
    let sized = |n: i64| {
        let mut a = artifact(&file, &session);
        a.custom_properties
            .insert(kfp_common::artifact::SIZE_BYTES.to_owned(), value::int(n));
        a
    };
    assert!(check.exists(&sized(7)).await.unwrap(), "its recorded size");
    assert!(
        !check.exists(&sized(8)).await.unwrap(),
        "a file rewritten since it was cached is not the cached output"
    );
    // Metrics (no object was ever uploaded): the record is the output.
    let mut metrics = artifact(&format!("{root}/task/salt/metrics"), &session);
    metrics
        .custom_properties
        .remove(kfp_common::artifact::DIGEST);
    assert!(check.exists(&metrics).await.unwrap(), "metrics are trusted");
    // An empty directory (uploaded as no object, recorded with the empty
    // manifest's digest) downloads as one: it is not stale.
    let empty = scratch.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let empty_uri = format!("{root}/task/salt/empty");
    let up = b.upload(&empty, &empty_uri).await.unwrap().unwrap();
    let mut recorded = artifact(&empty_uri, &session);
    recorded.custom_properties.insert(
        kfp_common::artifact::DIGEST.to_owned(),
        value::string(&up.digest),
    );
    assert!(
        check.exists(&recorded).await.unwrap(),
        "a recorded empty directory"
    );
    // Credentials that cannot be read: an error (the hit is then trusted and
    // logged), not a false "gone".
    let wrong = session.replace("mlpipeline-minio-artifact", "no-such-secret");
    let err = check.exists(&artifact(&file, &wrong)).await.unwrap_err();
    assert!(err.contains("no-such-secret"), "{err}");
}
