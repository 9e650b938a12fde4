//! The metadata backends a driver test runs on. The drivers are generic
//! over [`MetadataBackend`], so a test whose behaviour does not depend on
//! the engine runs on the least powerful one, the in-memory SQLite store,
//! always, and on the real MLMD engine when `make test` serves one
//! ([`on_every_backend!`]). Tests that measure the engine (round trips) or
//! drive the `driver` binary stay on MLMD alone.

use std::{future::Future, ops::Deref};

use kfp_common::{
    metadata::{grpc::MlmdStore, sqlite::SqliteStore, MetadataBackend},
    test_util,
};

/// A backend under test.
pub trait Backend: MetadataBackend + Sized {
    /// The store one driver call talks to, as a driver pod would: on MLMD
    /// a connection of its own (cold type cache, round trips counted from
    /// zero); the in-memory SQLite store has only itself.
    fn for_one_call(&self) -> impl Future<Output = Session<'_, Self>>;

    /// Round trips this store has made, where the engine has them (MLMD).
    fn round_trips(&self) -> Option<u64>;
}

/// The store of one driver call: its own, or the shared one.
pub enum Session<'a, B> {
    Own(B),
    Shared(&'a B),
}

impl<B> Deref for Session<'_, B> {
    type Target = B;

    fn deref(&self) -> &B {
        match self {
            Self::Own(store) => store,
            Self::Shared(store) => store,
        }
    }
}

impl Backend for MlmdStore {
    async fn for_one_call(&self) -> Session<'_, Self> {
        Session::Own(connect().await)
    }

    fn round_trips(&self) -> Option<u64> {
        Some(MlmdStore::round_trips(self))
    }
}

impl Backend for SqliteStore {
    async fn for_one_call(&self) -> Session<'_, Self> {
        Session::Shared(self)
    }

    fn round_trips(&self) -> Option<u64> {
        None
    }
}

/// A fresh in-memory SQLite store: every test has its own.
pub fn sqlite() -> SqliteStore {
    SqliteStore::open_in_memory().unwrap()
}

/// The real MLMD engine of `make test`, or `None` after
/// [`test_util::skip`] (a failure under `KFP_REQUIRE_SERVICES=1`).
pub async fn mlmd() -> Option<MlmdStore> {
    test_util::mlmd()?;
    Some(connect().await)
}

/// A new connection to the MLMD engine the test has found.
pub async fn connect() -> MlmdStore {
    test_util::mlmd().expect("the MLMD engine").connect().await
}

/// One test per backend for each named test body (an `async fn(&impl
/// Backend)` of the test file): `<name>::sqlite`, on a fresh in-memory
/// store, and `<name>::mlmd`, on the real engine.
#[allow(unused_macros)] // by the test files that have such bodies
macro_rules! on_every_backend {
    ($($name:ident),+ $(,)?) => {$(
        mod $name {
            #[tokio::test]
            async fn sqlite() {
                super::$name(&crate::harness::sqlite()).await;
            }

            #[tokio::test]
            async fn mlmd() {
                if let Some(store) = crate::harness::mlmd().await {
                    super::$name(&store).await;
                }
            }
        }
    )+};
}
pub(crate) use on_every_backend;
