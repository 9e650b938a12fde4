//! Checks of what an importer task relies on: finding an artifact to reuse
//! (contract §3.9).

use kfp_proto::ml_metadata::{artifact, execution::State};

use super::fixtures::{create, must, new_run, props, unique};
use crate::metadata::{
    keys, types, value, MetadataBackend, NewArtifact, Properties, PublishedArtifact, RunContexts,
};

register![reusable_artifact_matches_exactly,];

/// `reusable_artifact`: only a LIVE artifact attributed to the pipeline
/// context (published by any run of the pipeline), with the same URI, type
/// and exactly the same custom properties; the oldest when there are
/// several; never one of another pipeline or one no publish attributed.
async fn reusable_artifact_matches_exactly<B: MetadataBackend>(backend: &B) {
    let run = new_run(backend).await;
    let pipeline = run.pipeline.name.clone().unwrap_or_default();
    let same_pipeline = must(
        "get_or_create_run (second run of the pipeline)",
        backend
            .get_or_create_run(&pipeline, &unique("run"), Properties::new())
            .await,
    );
    let other_pipeline = new_run(backend).await;

    let struct_value = pbjson_types::Struct {
        fields: [(
            "list".to_owned(),
            pbjson_types::Value::from(vec![pbjson_types::Value::from("a".to_owned())]),
        )]
        .into(),
    };
    let wanted = NewArtifact {
        type_name: "system.Dataset".to_owned(),
        uri: format!("gs://ml-pipeline-playground/{}", unique("imported")),
        custom_properties: props([
            ("key", value::string("value")),
            ("accuracy", value::double(0.5)),
            ("tags", value::structure(struct_value)),
            (
                keys::STORE_SESSION_INFO,
                value::string(r#"{"Provider":"gs","Params":{"fromEnv":"true"}}"#),
            ),
        ]),
    };

    let none = must(
        "reusable_artifact (nothing yet)",
        backend.reusable_artifact(&run, &wanted).await,
    );
    assert!(none.is_none(), "nothing to reuse yet, got {none:?}");

    // Recorded but never published: not attributed to the pipeline.
    must(
        "record_artifact",
        backend.record_artifact(wanted.clone()).await,
    );
    let none = must(
        "reusable_artifact (unattributed)",
        backend.reusable_artifact(&run, &wanted).await,
    );
    assert!(
        none.is_none(),
        "an artifact no publish attributed to the pipeline is not reused, got {none:?}"
    );

    let first = publish_import(backend, &run, &wanted).await;
    for (what, asking) in [("the same run", &run), ("another run", &same_pipeline)] {
        let found = must(
            "reusable_artifact",
            backend.reusable_artifact(asking, &wanted).await,
        );
        let found =
            found.unwrap_or_else(|| panic!("reusable_artifact from {what}: the imported artifact"));
        assert_eq!(
            found.id,
            Some(first),
            "reusable_artifact from {what}: the published one"
        );
        assert_eq!(
            found.r#type.as_deref(),
            Some("system.Dataset"),
            "reusable_artifact: type name"
        );
        assert_eq!(found.uri.as_deref(), Some(wanted.uri.as_str()), "uri");
        assert_eq!(
            found.state,
            Some(artifact::State::Live as i32),
            "reusable_artifact: LIVE"
        );
        assert_eq!(
            found.custom_properties, wanted.custom_properties,
            "reusable_artifact: custom properties"
        );
    }
    let none = must(
        "reusable_artifact (other pipeline)",
        backend.reusable_artifact(&other_pipeline, &wanted).await,
    );
    assert!(
        none.is_none(),
        "an artifact of another pipeline is not reused, got {none:?}"
    );

    let mut other_type = wanted.clone();
    other_type.type_name = "system.Model".to_owned();
    let mut other_uri = wanted.clone();
    other_uri.uri.push_str("-2");
    let mut more = wanted.clone();
    more.custom_properties
        .insert("extra".to_owned(), value::string("x"));
    let mut fewer = wanted.clone();
    fewer.custom_properties.remove("key");
    let mut changed = wanted.clone();
    changed
        .custom_properties
        .insert("accuracy".to_owned(), value::double(0.25));
    let mut kind = wanted.clone();
    kind.custom_properties
        .insert("accuracy".to_owned(), value::string("0.5"));
    for (what, variant) in [
        ("another type", other_type),
        ("another uri", other_uri),
        ("an extra property", more),
        ("a missing property", fewer),
        ("another property value", changed),
        ("another property kind", kind),
    ] {
        let got = must(
            "reusable_artifact (variant)",
            backend.reusable_artifact(&run, &variant).await,
        );
        assert!(got.is_none(), "{what}: nothing to reuse, got {got:?}");
    }

    // A reimport creates a second one: the oldest is still the one reused.
    let second = publish_import(backend, &same_pipeline, &wanted).await;
    assert_ne!(second, first, "a reimport is a new artifact");
    let found = must(
        "reusable_artifact (two candidates)",
        backend.reusable_artifact(&run, &wanted).await,
    );
    assert_eq!(
        found.and_then(|a| a.id),
        Some(first),
        "the oldest candidate is reused"
    );
}

/// An importer execution of `run` published `COMPLETE` with `artifact` as
/// its new output; answers the artifact's id.
async fn publish_import<B: MetadataBackend>(
    backend: &B,
    run: &RunContexts,
    artifact: &NewArtifact,
) -> i64 {
    let execution = create(
        backend,
        run,
        types::IMPORTER_EXECUTION,
        State::Running,
        props([(keys::TASK_NAME, value::string("importer"))]),
    )
    .await;
    let mut done = execution.clone();
    done.last_known_state = Some(State::Complete as i32);
    let ids = must(
        "publish (importer)",
        backend
            .publish(
                run,
                &done,
                &[(
                    "artifact".to_owned(),
                    PublishedArtifact::New(artifact.clone()),
                )],
            )
            .await,
    );
    assert_eq!(ids.len(), 1, "publish: one id for one output");
    ids[0]
}
