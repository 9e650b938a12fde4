//! The KFP driver (contract §2). Skeleton: ROOT_DAG, DAG and CONTAINER modes arrive with issue 5.
