//! URI grammar, providers config and session info (contract §6.2–6.4).
