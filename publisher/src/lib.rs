//! The publisher (contract §3.3 step 11, beyond upstream): records final
//! states in MLMD from outside the task's own launcher.
//!
//! `close-out` repairs what upstream leaves behind when a pod dies (OOM
//! kill of the launcher, eviction, node loss, `activeDeadlineSeconds`): an
//! execution stuck in `RUNNING` and parent DAGs that never finish.

pub mod cli;
pub mod closeout;
