//! The inputs of a platform op, checked before anything is recorded or
//! created (contract §2.11): what createpvc makes of its inputs (the PVC
//! object and its name) and which PVC deletepvc deletes. No I/O, so every
//! rule is tested by value (`tests.rs`).

use std::collections::BTreeMap;

use k8s_openapi::{
    api::core::v1::{
        PersistentVolumeClaim, PersistentVolumeClaimSpec, TypedLocalObjectReference,
        VolumeResourceRequirements,
    },
    apimachinery::pkg::{api::resource::Quantity, apis::meta::v1::ObjectMeta},
};
use kfp_common::{executor_io::to_json, proto::ml_pipelines::executor_input::Inputs};
use serde_json::Value as Json;

/// The access modes a PVC may request (`PersistentVolumeClaim.spec.accessModes`).
pub const ACCESS_MODES: [&str; 4] = [
    "ReadWriteOnce",
    "ReadOnlyMany",
    "ReadWriteMany",
    "ReadWriteOncePod",
];

/// The storage class when the task has no `storage_class_name` input at all
/// (upstream's default; the SDK's component default is `''`).
pub const DEFAULT_STORAGE_CLASS: &str = "standard";

/// Which platform op an image names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpKind {
    CreatePvc,
    DeletePvc,
}

impl OpKind {
    /// The op of a `container.image`, if it is one.
    pub fn of(image: &str) -> Option<Self> {
        match image {
            "argostub/createpvc" => Some(Self::CreatePvc),
            "argostub/deletepvc" => Some(Self::DeletePvc),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::CreatePvc => "createpvc",
            Self::DeletePvc => "deletepvc",
        }
    }
}

impl std::fmt::Display for OpKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A bad input, naming it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("input {input:?} {reason}")]
pub struct InputError {
    pub input: &'static str,
    pub reason: String,
}

fn bad(input: &'static str, reason: impl Into<String>) -> InputError {
    InputError {
        input,
        reason: reason.into(),
    }
}

/// What an op will do, decided from its inputs alone.
#[derive(Debug, Clone, PartialEq)]
pub enum Plan {
    Create(Box<CreatePlan>),
    Delete { pvc_name: String },
}

/// The PVC a createpvc task creates.
#[derive(Debug, Clone, PartialEq)]
pub struct CreatePlan {
    pub name: String,
    /// The name came from a fresh UUID (no `pvc_name`): as upstream, it
    /// joins the inputs of the fingerprint (keyed by itself), so such a task
    /// never reuses an earlier PVC from the cache.
    pub generated: bool,
    pub pvc: PersistentVolumeClaim,
}

/// Check the inputs of an op of `kind`; `new_uuid` names a PVC when the
/// task gives no `pvc_name`.
pub fn plan(
    kind: OpKind,
    inputs: &Inputs,
    new_uuid: impl FnOnce() -> String,
) -> Result<Plan, InputError> {
    // `None`: no such input; `Some(Json::Null)`: given as null.
    let get = |name: &str| inputs.parameter_values.get(name).map(to_json);
    match kind {
        OpKind::DeletePvc => {
            let pvc_name = string(get("pvc_name"), "pvc_name")?
                .filter(|s| !s.is_empty())
                .ok_or_else(|| bad("pvc_name", "is required (the PVC to delete)"))?;
            check_name(&pvc_name, "pvc_name")?;
            Ok(Plan::Delete { pvc_name })
        }
        OpKind::CreatePvc => create_plan(&get, new_uuid).map(|c| Plan::Create(Box::new(c))),
    }
}

fn create_plan(
    get: &dyn Fn(&str) -> Option<Json>,
    new_uuid: impl FnOnce() -> String,
) -> Result<CreatePlan, InputError> {
    let access_modes = access_modes(get("access_modes"))?;
    let size = size(get("size"))?;
    let pvc_name = string(get("pvc_name"), "pvc_name")?.filter(|s| !s.is_empty());
    let suffix = string(get("pvc_name_suffix"), "pvc_name_suffix")?.filter(|s| !s.is_empty());
    let (name, generated) = match (pvc_name, suffix) {
        (Some(_), Some(_)) => {
            return Err(bad(
                "pvc_name",
                "and input \"pvc_name_suffix\" are both set: give at most one",
            ))
        }
        (Some(name), None) => (name, false),
        (None, Some(suffix)) => (format!("{}{suffix}", new_uuid()), true),
        (None, None) => (new_uuid(), true),
    };
    check_name(
        &name,
        if generated {
            "pvc_name_suffix"
        } else {
            "pvc_name"
        },
    )?;
    // Absent: upstream's "standard". Null (the SDK's `None`): no class, so
    // the cluster's default applies, as the SDK documents. A string, even
    // empty (a statically bound PVC), is used as given.
    let storage_class_name = match get("storage_class_name") {
        None => Some(DEFAULT_STORAGE_CLASS.to_owned()),
        given => string(given, "storage_class_name")?,
    };
    let annotations = annotations(get("annotations"))?;
    let volume_name = string(get("volume_name"), "volume_name")?.filter(|s| !s.is_empty());
    let data_source = data_source(get("data_source"))?;
    let pvc = PersistentVolumeClaim {
        metadata: ObjectMeta {
            name: Some(name.clone()),
            annotations,
            ..Default::default()
        },
        spec: Some(PersistentVolumeClaimSpec {
            access_modes: Some(access_modes),
            resources: Some(VolumeResourceRequirements {
                requests: Some(BTreeMap::from([("storage".to_owned(), Quantity(size))])),
                ..Default::default()
            }),
            storage_class_name,
            volume_name,
            data_source,
            ..Default::default()
        }),
        status: None,
    };
    Ok(CreatePlan {
        name,
        generated,
        pvc,
    })
}

/// A string input; `None` when absent or null.
fn string(v: Option<Json>, input: &'static str) -> Result<Option<String>, InputError> {
    match v {
        None | Some(Json::Null) => Ok(None),
        Some(Json::String(s)) => Ok(Some(s)),
        Some(other) => Err(bad(input, format!("must be a string, not {other}"))),
    }
}

/// A LIST input, or a string holding a JSON list.
fn list(v: Json, input: &'static str) -> Result<Vec<Json>, InputError> {
    match v {
        Json::Array(items) => Ok(items),
        Json::String(s) => match serde_json::from_str(&s) {
            Ok(Json::Array(items)) => Ok(items),
            _ => Err(bad(input, format!("must be a list, not the string {s:?}"))),
        },
        other => Err(bad(input, format!("must be a list, not {other}"))),
    }
}

/// A STRUCT input, or a string holding a JSON object.
fn object(v: Json, input: &'static str) -> Result<serde_json::Map<String, Json>, InputError> {
    match v {
        Json::Object(m) => Ok(m),
        Json::String(s) => match serde_json::from_str(&s) {
            Ok(Json::Object(m)) => Ok(m),
            _ => Err(bad(
                input,
                format!("must be a JSON object, not the string {s:?}"),
            )),
        },
        other => Err(bad(input, format!("must be a JSON object, not {other}"))),
    }
}

fn access_modes(v: Option<Json>) -> Result<Vec<String>, InputError> {
    const INPUT: &str = "access_modes";
    let v = v
        .filter(|v| !v.is_null())
        .ok_or_else(|| bad(INPUT, format!("is required (a list of {ACCESS_MODES:?})")))?;
    let items = list(v, INPUT)?;
    if items.is_empty() {
        return Err(bad(
            INPUT,
            format!("is empty: give one or more of {ACCESS_MODES:?}"),
        ));
    }
    items
        .into_iter()
        .map(|item| match item {
            Json::String(s) if ACCESS_MODES.contains(&s.as_str()) => Ok(s),
            other => Err(bad(
                INPUT,
                format!("has {other}, which is not one of {ACCESS_MODES:?}"),
            )),
        })
        .collect()
}

fn size(v: Option<Json>) -> Result<String, InputError> {
    const INPUT: &str = "size";
    let text = match v {
        None | Some(Json::Null) => {
            return Err(bad(INPUT, "is required (a quantity such as \"5Gi\")"))
        }
        Some(Json::String(s)) => s.trim().to_owned(),
        // A whole number of bytes given as a number.
        Some(Json::Number(n)) if n.is_u64() => n.to_string(),
        Some(other) => {
            return Err(bad(
                INPUT,
                format!("must be a quantity such as \"5Gi\", not {other}"),
            ))
        }
    };
    if !is_quantity(&text) {
        return Err(bad(
            INPUT,
            format!("{text:?} is not a Kubernetes quantity such as \"5Gi\" or \"500M\""),
        ));
    }
    Ok(text)
}

/// A non-negative Kubernetes resource quantity: a decimal number, then a
/// binary (`Ki`…`Ei`) or decimal (`m`, `k`, `M`…`E`) suffix, or an exponent.
pub fn is_quantity(s: &str) -> bool {
    let s = s.strip_prefix('+').unwrap_or(s);
    let number_end = s
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(s.len());
    let (number, suffix) = s.split_at(number_end);
    let digits = number.chars().filter(char::is_ascii_digit).count();
    if digits == 0 || number.matches('.').count() > 1 {
        return false;
    }
    match suffix {
        "" | "Ki" | "Mi" | "Gi" | "Ti" | "Pi" | "Ei" | "m" | "k" | "M" | "G" | "T" | "P" | "E" => {
            true
        }
        exponent => exponent
            .strip_prefix(['e', 'E'])
            .map(|e| e.strip_prefix(['+', '-']).unwrap_or(e))
            .is_some_and(|e| !e.is_empty() && e.chars().all(|c| c.is_ascii_digit())),
    }
}

fn annotations(v: Option<Json>) -> Result<Option<BTreeMap<String, String>>, InputError> {
    const INPUT: &str = "annotations";
    let Some(v) = v.filter(|v| !v.is_null()) else {
        return Ok(None);
    };
    let map = object(v, INPUT)?;
    if map.is_empty() {
        return Ok(None);
    }
    map.into_iter()
        .map(|(k, v)| match v {
            Json::String(s) => Ok((k, s)),
            other => Err(bad(
                INPUT,
                format!("{k:?} must be a string, not {other} (annotation values are strings)"),
            )),
        })
        .collect::<Result<_, _>>()
        .map(Some)
}

fn data_source(v: Option<Json>) -> Result<Option<TypedLocalObjectReference>, InputError> {
    const INPUT: &str = "data_source";
    let Some(v) = v.filter(|v| !v.is_null()) else {
        return Ok(None);
    };
    let map = object(v, INPUT)?;
    if map.is_empty() {
        return Ok(None);
    }
    let reference: TypedLocalObjectReference =
        serde_json::from_value(Json::Object(map)).map_err(|e| {
            bad(
                INPUT,
                format!(
                "is not a TypedLocalObjectReference ({{\"apiGroup\", \"kind\", \"name\"}}): {e}"
            ),
            )
        })?;
    if reference.kind.is_empty() || reference.name.is_empty() {
        return Err(bad(INPUT, "needs a non-empty \"kind\" and \"name\""));
    }
    Ok(Some(reference))
}

/// A PVC name must be a DNS subdomain (RFC 1123): checked here so a bad name
/// fails before the execution is recorded, not at the API server.
fn check_name(name: &str, input: &'static str) -> Result<(), InputError> {
    let valid = !name.is_empty()
        && name.len() <= 253
        && name.split('.').all(|label| {
            !label.is_empty()
                && label
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                && !label.starts_with('-')
                && !label.ends_with('-')
        });
    if valid {
        Ok(())
    } else {
        Err(bad(
            input,
            format!(
                "gives the PVC name {name:?}, which is not a valid Kubernetes name (lowercase \
                 letters, digits, '-' and '.', starting and ending with a letter or digit, at \
                 most 253 characters)"
            ),
        ))
    }
}

/// The inputs a fingerprint sees: a generated name joins them, keyed by
/// itself, exactly as upstream (`ParameterValues[pvcName] = pvcName`).
pub fn fingerprint_inputs(inputs: &Inputs, plan: &Plan) -> Inputs {
    let mut inputs = inputs.clone();
    if let Plan::Create(c) = plan {
        if c.generated {
            inputs.parameter_values.insert(
                c.name.clone(),
                kfp_common::executor_io::from_json(Json::String(c.name.clone())),
            );
        }
    }
    inputs
}
