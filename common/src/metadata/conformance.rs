//! One suite every [`super::MetadataBackend`] passes.
//!
//! Each check creates its own pipeline and run names (a fresh UUID per call),
//! so the suite can run any number of times against one store, including a
//! real MLMD engine shared with other tests. The checks only use the trait:
//! what they assert is what driver, launcher and publisher rely on.
//!
//! Failures panic with a message naming the check and what differed.
//!
//! A check is a private `async fn name<B: MetadataBackend>(backend: &B)` in
//! one of the area modules below, listed in that module's `register!`; the
//! area itself is listed once in `areas!`. Nothing else runs a check, so one
//! left off its `register!` (or an area left off `areas!`) is dead code, a
//! warning and an error under `make lint`; `tests::every_check_is_registered`
//! fails on it as well.

use std::future::Future;
use std::pin::Pin;

use super::{Id, MetadataBackend};

/// An id no backend hands out in a test store (ids count up from 1).
pub const MISSING_ID: Id = i64::MAX - 1;

/// The future of one running check, borrowing the backend.
type CheckFuture<'a> = Pin<Box<dyn Future<Output = ()> + 'a>>;

/// One registered check.
pub struct Check<B> {
    /// The check's function name, which is what its failures are reported under.
    pub name: &'static str,
    /// The module it lives in.
    pub area: Area,
    run: for<'a> fn(&'a B) -> CheckFuture<'a>,
}

impl<B> Check<B> {
    fn new(name: &'static str, area: Area, run: for<'a> fn(&'a B) -> CheckFuture<'a>) -> Self {
        Self { name, area, run }
    }
}

/// Registers an area's checks: `register![check_a, check_b];` at the top of
/// the area module defines its `checks`, which `areas!` collects.
macro_rules! register {
    ($($check:ident),+ $(,)?) => {
        /// This area's checks, in the order they run.
        pub(super) fn checks<B: $crate::metadata::MetadataBackend>(
            area: super::Area,
        ) -> Vec<super::Check<B>> {
            vec![$(super::Check::new(stringify!($check), area, |backend| Box::pin($check(backend)))),+]
        }

        /// The names of this area's checks.
        #[cfg(test)]
        pub(super) const NAMES: &[&str] = &[$(stringify!($check)),+];
    };
}

/// Makes each area module's checks part of [`checks`]. A module left off is
/// dead code: its `checks` is never called.
macro_rules! areas {
    ($($module:ident => $area:ident),+ $(,)?) => {
        /// The areas of the suite, one module each.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Area {
            $(#[doc = concat!("The checks in `conformance/", stringify!($module), ".rs`.")] $area),+
        }

        /// Every registered check, area by area.
        pub fn checks<B: MetadataBackend>() -> Vec<Check<B>> {
            let mut all = Vec::new();
            $(all.extend($module::checks(Area::$area));)+
            all
        }

        /// Each area's source and registered names, to find unregistered checks.
        #[cfg(test)]
        const SOURCES: &[(&str, &str, &[&str])] = &[
            $((
                stringify!($module),
                include_str!(concat!("conformance/", stringify!($module), ".rs")),
                $module::NAMES,
            )),+
        ];
    };
}

// Declared here rather than by `areas!`, so that rustfmt sees them.
mod events;
mod fixtures;
mod importer;
mod lineage;
mod lookups;
mod records;
mod task;
mod unknown_ids;

areas! {
    records => Records,
    events => Events,
    lookups => Lookups,
    unknown_ids => UnknownIds,
    task => Task,
    importer => Importer,
    lineage => Lineage,
}

/// Run every registered check against `backend` and return their names, in
/// the order they ran, so that callers can show that all of them did.
pub async fn run_all<B: MetadataBackend>(backend: &B) -> Vec<&'static str> {
    run(backend, checks()).await
}

/// Run the checks of one area only (a backend test that repeats what its
/// caller relies on most), returning their names.
pub async fn run_area<B: MetadataBackend>(backend: &B, area: Area) -> Vec<&'static str> {
    let checks = checks().into_iter().filter(|c| c.area == area).collect();
    run(backend, checks).await
}

async fn run<B: MetadataBackend>(backend: &B, checks: Vec<Check<B>>) -> Vec<&'static str> {
    let mut ran = Vec::with_capacity(checks.len());
    for check in checks {
        // Shown with a failing check's panic, which names what differed but
        // not always which check it was.
        eprintln!("conformance: {:?} {}", check.area, check.name);
        (check.run)(backend).await;
        ran.push(check.name);
    }
    eprintln!("conformance: {} checks passed", ran.len());
    ran
}

#[cfg(test)]
mod tests;
