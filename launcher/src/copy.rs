//! `--copy DEST` (contract §3.2).
