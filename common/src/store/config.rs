//! The paths the launcher and publisher crates still import; the items live
//! in [`bucket`](super::bucket), [`providers`](super::providers),
//! [`session`](super::session) and [`settings`](super::settings).

pub use super::bucket::{
    local_bucket_dir, local_object_path, parse_bucket_config, parse_bucket_from_artifact_uri,
    run_root, BucketConfig, LOCAL_PROVIDER,
};
pub use super::providers::{LauncherConfig, CONFIG_MAP_NAME};
pub use super::session::{session_info, SessionInfo};
pub use super::settings::{store_settings, StoreSettings};
