//! Embedded metadata store for local runs: one SQLite file under the local home.
