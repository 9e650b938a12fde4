//! The KFP driver (contract §2): the ROOT_DAG, DAG and CONTAINER modes Argo
//! runs before each task, and `driver fingerprint`, which computes cache keys
//! exactly as KFP's Go driver does (contract §5.1).

pub mod args;
pub mod cache_key;
pub mod cli;
pub mod clients;
pub mod container;
pub mod dag;
pub mod explain;
pub mod expr;
pub mod http;
pub mod outputs;
pub mod plugin;
pub mod podspec;
pub mod pvc;
pub mod rewrite;
pub mod root;
pub mod run;
pub mod serve;
pub mod stale;
pub mod task;
pub mod upstream;
pub mod webhook;
