//! The launcher (contract §3).
