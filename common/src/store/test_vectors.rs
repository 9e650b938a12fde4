//! Test vectors and builders shared by the store modules' tests: the
//! contract's Appendix B session info and §6.3 example ConfigMap.

use std::collections::BTreeMap;

use super::bucket::{parse_bucket_config, BucketConfig};
use super::providers::{LauncherConfig, ProvidersConfig};
use super::session::SessionInfo;

/// Appendix B's `store_session_info`: what a default install records.
pub(super) const APPENDIX_B: &str = r#"{"Provider":"minio","Params":{"accessKeyKey":"accesskey","disableSSL":"true","endpoint":"seaweedfs.kubeflow:9000","fromEnv":"false","maxRetries":"5","region":"minio","secretKeyKey":"secretkey","secretName":"mlpipeline-minio-artifact"}}"#;

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

pub(super) fn example_data() -> BTreeMap<String, String> {
    #[derive(serde::Deserialize)]
    struct Manifest {
        data: BTreeMap<String, String>,
    }
    serde_yaml::from_str::<Manifest>(EXAMPLE_CONFIG_MAP)
        .unwrap()
        .data
}

pub(super) fn example_providers() -> ProvidersConfig {
    LauncherConfig::from_config_map_data(&example_data())
        .unwrap()
        .providers
        .unwrap()
}

pub(super) fn providers(yaml: &str) -> ProvidersConfig {
    ProvidersConfig::from_yaml(yaml).unwrap()
}

pub(super) fn info(provider: &str, params: &[(&str, &str)]) -> SessionInfo {
    SessionInfo {
        provider: provider.to_owned(),
        params: params
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect(),
    }
}

pub(super) fn bucket(uri: &str) -> BucketConfig {
    parse_bucket_config(uri).unwrap()
}
