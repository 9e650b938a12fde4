//! The KFP driver (contract §2). ROOT_DAG, DAG and CONTAINER modes arrive
//! with issue 5; `driver fingerprint` already computes cache keys exactly as
//! KFP's Go driver does (contract §5.1).

pub mod args;
pub mod cli;
pub mod expr;
pub mod outputs;
pub mod podspec;
pub mod root;
