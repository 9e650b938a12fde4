//! Protocol types generated (prost + pbjson) from descriptor sets exported from
//! the pinned PyPI packages `ml-metadata==1.17.1`, `kfp-pipeline-spec==2.17.3`
//! and `kfp-kubernetes==2.17.3` (see `export_descriptors.py`).
//!
//! The code under `src/gen/` is committed and checked by `tests/bootstrap.rs`;
//! never hand-write a struct that one of these protos already defines.
#![allow(clippy::all, missing_docs, rustdoc::all)]

/// `ml_metadata`: MLMD store types and the `MetadataStoreService` messages.
pub mod ml_metadata {
    include!("gen/ml_metadata.rs");
    include!("gen/ml_metadata.serde.rs");
}

/// `ml_pipelines`: the KFP IR (`PipelineSpec`, `ExecutorInput`, ...).
pub mod ml_pipelines {
    include!("gen/ml_pipelines.rs");
    include!("gen/ml_pipelines.serde.rs");
}

/// `kfp_kubernetes`: `KubernetesExecutorConfig` (platform spec of a task).
pub mod kfp_kubernetes {
    include!("gen/kfp_kubernetes.rs");
    include!("gen/kfp_kubernetes.serde.rs");
}

/// `api`: the KFP API server's v1beta1 `TaskService` (the cache of KFP <= 2.17,
/// contract §5.2). Client behind `grpc`, server behind `grpc-server`.
pub mod api {
    include!("gen/api.rs");
    include!("gen/api.serde.rs");
}

/// `google.rpc`: `Status`, used by `PipelineTaskFinalStatus`.
pub mod google {
    pub mod rpc {
        include!("gen/google.rpc.rs");
        include!("gen/google.rpc.serde.rs");
    }
}

pub use pbjson_types as wkt;
