//! One suite every [`super::MetadataBackend`] passes.
