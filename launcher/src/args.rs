//! Launcher flags (contract §3.1).
