//! Artifacts between the IR's `RuntimeArtifact` and MLMD records (contract §4.1, §4.4).

use kfp_proto::{
    ml_metadata as mlmd,
    ml_pipelines::{artifact_type_schema::Kind as SchemaKind, ArtifactTypeSchema, RuntimeArtifact},
};
use pbjson_types::{value::Kind, Struct, Value};

use crate::{
    metadata::{keys, value, Properties},
    uri::WORKSPACE_METADATA_KEY,
};

/// Custom property holding the artifact's content digest (`sha256:<hex>`),
/// recorded by our launcher; not written by the Go launcher.
pub const DIGEST: &str = "digest";
/// Custom property holding the artifact's size in bytes (all files).
pub const SIZE_BYTES: &str = "size_bytes";

/// Why an artifact cannot be converted; names the artifact.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ArtifactError {
    #[error("artifact {artifact:?}: type has no schema title")]
    NoTitle { artifact: String },
    #[error("artifact {artifact:?}: schemaUri types are not supported")]
    SchemaUri { artifact: String },
    #[error("artifact {artifact:?}: instanceSchema is not valid YAML with a title")]
    InstanceSchema { artifact: String },
    #[error("artifact {artifact:?}: metadata key {key:?} is null")]
    NullMetadata { artifact: String, key: String },
}

/// The MLMD type name of an artifact type: `schemaTitle`, or the `title` of
/// an `instanceSchema` YAML document.
pub fn type_name(ty: Option<&ArtifactTypeSchema>, artifact: &str) -> Result<String, ArtifactError> {
    let title = match ty.and_then(|t| t.kind.as_ref()) {
        Some(SchemaKind::SchemaTitle(t)) => t.clone(),
        Some(SchemaKind::InstanceSchema(s)) => {
            let doc: serde_yaml::Value =
                crate::yaml::from_str(s).map_err(|_| ArtifactError::InstanceSchema {
                    artifact: artifact.to_owned(),
                })?;
            doc.get("title")
                .and_then(|t| t.as_str())
                .map(str::to_owned)
                .ok_or_else(|| ArtifactError::InstanceSchema {
                    artifact: artifact.to_owned(),
                })?
        }
        #[allow(deprecated)]
        Some(SchemaKind::SchemaUri(_)) => {
            return Err(ArtifactError::SchemaUri {
                artifact: artifact.to_owned(),
            })
        }
        None => String::new(),
    };
    if title.is_empty() {
        return Err(ArtifactError::NoTitle {
            artifact: artifact.to_owned(),
        });
    }
    Ok(title)
}

/// Custom properties of an output artifact as the launcher records it:
/// metadata converted (string → string, number → double, bool → int 1/0,
/// list → `{"list": [...]}`, struct → `{"struct": {...}}`, null → error),
/// plus `display_name` (the output name) and `store_session_info` unless the
/// metadata already has them.
pub fn output_properties(
    artifact: &RuntimeArtifact,
    output_name: &str,
    store_session_info: &str,
) -> Result<Properties, ArtifactError> {
    let mut props = Properties::new();
    if let Some(meta) = &artifact.metadata {
        for (key, v) in &meta.fields {
            if key == WORKSPACE_METADATA_KEY {
                continue;
            }
            let converted = match &v.kind {
                None | Some(Kind::NullValue(_)) => {
                    return Err(ArtifactError::NullMetadata {
                        artifact: output_name.to_owned(),
                        key: key.clone(),
                    })
                }
                Some(Kind::StringValue(s)) => value::string(s.clone()),
                Some(Kind::NumberValue(n)) => value::double(*n),
                Some(Kind::BoolValue(b)) => value::int(i64::from(*b)),
                Some(Kind::ListValue(l)) => {
                    value::structure(wrap("list", Kind::ListValue(l.clone())))
                }
                Some(Kind::StructValue(s)) => {
                    value::structure(wrap("struct", Kind::StructValue(s.clone())))
                }
            };
            props.insert(key.clone(), converted);
        }
    }
    props
        .entry(keys::DISPLAY_NAME.into())
        .or_insert_with(|| value::string(output_name));
    props
        .entry(keys::STORE_SESSION_INFO.into())
        .or_insert_with(|| value::string(store_session_info));
    Ok(props)
}

fn wrap(key: &str, kind: Kind) -> Struct {
    Struct {
        fields: [(key.to_owned(), Value { kind: Some(kind) })]
            .into_iter()
            .collect(),
    }
}

/// How a downstream task receives an MLMD artifact (§4.4): `name` is the
/// decimal MLMD id, metadata holds every property as is (structs not
/// unwrapped), `type` is `schemaTitle` = the MLMD type name (the title the
/// producer's output was recorded under, [`type_name`]), absent when the
/// record does not carry it.
///
/// The type must travel: the KFP executor builds each element of a
/// `List[Artifact]` input (`dsl.Collected`) from the artifact's
/// `schemaTitle` alone, and without one falls back to instantiating
/// `typing.List` ("Type List cannot be instantiated"); single artifacts use
/// the title too, before the function annotation. The SDK records no
/// `schemaVersion` in MLMD; [`declared_versions`] takes it from the
/// consumer's input definition.
pub fn runtime_artifact(a: &mlmd::Artifact) -> RuntimeArtifact {
    let mut fields = std::collections::HashMap::new();
    for (k, v) in a.properties.iter().chain(a.custom_properties.iter()) {
        let kind = match &v.value {
            Some(mlmd::value::Value::StringValue(s)) => Kind::StringValue(s.clone()),
            Some(mlmd::value::Value::DoubleValue(d)) => Kind::NumberValue(*d),
            Some(mlmd::value::Value::IntValue(i)) => Kind::NumberValue(*i as f64),
            Some(mlmd::value::Value::BoolValue(b)) => Kind::BoolValue(*b),
            Some(mlmd::value::Value::StructValue(s)) => Kind::StructValue(s.clone()),
            _ => continue,
        };
        fields.insert(k.clone(), Value { kind: Some(kind) });
    }
    RuntimeArtifact {
        name: a.id.unwrap_or_default().to_string(),
        uri: a.uri.clone().unwrap_or_default(),
        metadata: Some(Struct { fields }),
        r#type: a
            .r#type
            .as_deref()
            .filter(|t| !t.is_empty())
            .map(|t| ArtifactTypeSchema {
                kind: Some(SchemaKind::SchemaTitle(t.to_owned())),
                ..Default::default()
            }),
        ..Default::default()
    }
}

/// `artifacts`, each typed `schemaTitle` T without a version given the
/// `schemaVersion` of the consumer's input definition when that definition
/// declares the same title: MLMD keeps the type name only, and the SDK's
/// types are versioned per title, so the declared version is the one the
/// producer wrote under.
pub fn declared_versions(
    mut artifacts: Vec<RuntimeArtifact>,
    declared: Option<&ArtifactTypeSchema>,
) -> Vec<RuntimeArtifact> {
    let Some(ArtifactTypeSchema {
        kind: Some(SchemaKind::SchemaTitle(title)),
        schema_version,
    }) = declared
    else {
        return artifacts;
    };
    for a in &mut artifacts {
        if let Some(ArtifactTypeSchema {
            kind: Some(SchemaKind::SchemaTitle(t)),
            schema_version: v,
        }) = a.r#type.as_mut()
        {
            if t == title && v.is_empty() {
                v.clone_from(schema_version);
            }
        }
    }
    artifacts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::executor_io::{from_json, to_json};
    use serde_json::json;

    #[test]
    fn type_names() {
        let t = |k| {
            Some(ArtifactTypeSchema {
                kind: Some(k),
                schema_version: "0.0.1".into(),
            })
        };
        assert_eq!(
            type_name(
                t(SchemaKind::SchemaTitle("system.Model".into())).as_ref(),
                "m"
            )
            .unwrap(),
            "system.Model"
        );
        let yaml = "title: kfp.Model\ntype: object\nproperties:\n  framework:\n    type: string\n";
        assert_eq!(
            type_name(t(SchemaKind::InstanceSchema(yaml.into())).as_ref(), "m").unwrap(),
            "kfp.Model"
        );
        assert!(matches!(
            type_name(None, "m"),
            Err(ArtifactError::NoTitle { .. })
        ));
        assert!(type_name(
            t(SchemaKind::InstanceSchema("type: object".into())).as_ref(),
            "m"
        )
        .is_err());
    }

    #[test]
    fn metadata_converts_like_the_go_launcher() {
        let meta = match from_json(json!({"accuracy": 0.9, "ok": true, "tags": ["a"], "cm": {"x": 1}, "s": "v", "_kfp_workspace": true})).kind {
            Some(Kind::StructValue(s)) => s,
            _ => unreachable!(),
        };
        let a = RuntimeArtifact {
            metadata: Some(meta),
            ..Default::default()
        };
        let p = output_properties(&a, "metrics", "{}").unwrap();
        assert_eq!(p["accuracy"], value::double(0.9));
        assert_eq!(p["ok"], value::int(1));
        assert_eq!(p["s"], value::string("v"));
        assert_eq!(p["display_name"], value::string("metrics"));
        assert_eq!(p["store_session_info"], value::string("{}"));
        assert!(!p.contains_key("_kfp_workspace"));
        let list = value::as_struct(&p["tags"]).unwrap();
        assert_eq!(
            to_json(&Value {
                kind: Some(Kind::StructValue(list.clone()))
            }),
            json!({"list": ["a"]})
        );
        let null_meta = match from_json(json!({"n": null})).kind {
            Some(Kind::StructValue(s)) => s,
            _ => unreachable!(),
        };
        let e = output_properties(
            &RuntimeArtifact {
                metadata: Some(null_meta),
                ..Default::default()
            },
            "o",
            "",
        )
        .unwrap_err();
        assert_eq!(
            e,
            ArtifactError::NullMetadata {
                artifact: "o".into(),
                key: "n".into()
            }
        );
    }

    #[test]
    fn mlmd_to_runtime_artifact() {
        let a = mlmd::Artifact {
            id: Some(12),
            uri: Some("minio://b/k".into()),
            custom_properties: [
                ("display_name".to_string(), value::string("model")),
                ("n".to_string(), value::int(3)),
            ]
            .into_iter()
            .collect(),
            ..Default::default()
        };
        let r = runtime_artifact(&a);
        assert_eq!(r.r#type, None);
        let typed = runtime_artifact(&mlmd::Artifact {
            r#type: Some("system.Dataset".into()),
            ..a.clone()
        });
        assert_eq!(
            typed.r#type,
            Some(ArtifactTypeSchema {
                kind: Some(SchemaKind::SchemaTitle("system.Dataset".into())),
                ..Default::default()
            })
        );
        assert_eq!(r.name, "12");
        assert_eq!(r.uri, "minio://b/k");
        assert_eq!(
            to_json(&Value {
                kind: Some(Kind::StructValue(r.metadata.unwrap()))
            }),
            json!({"display_name": "model", "n": 3})
        );
    }
}
