//! The synchronisation primitives of the blocking protocol, swappable for loom's.
//!
//! `Parked` (vm/goroutine.rs: the `claimed` flag and the slot holding the goroutine) and
//! `ChanObj` (runtime/chan.rs: the channel's lock) take their atomics and mutexes from
//! here. Normally these are exactly `std`'s `AtomicBool` and `parking_lot`'s `Mutex`
//! (plain re-exports: no cost, no change). Under `--cfg loom` they are loom's, so that
//! tests/loom.rs model-checks the real hand-off, close, select and clean-up code
//! (`chan::try_send_locked`, `select::park`, …) over every interleaving.
//!
//! Everything else in the crate keeps using `parking_lot` and `std` directly; a build
//! with `--cfg loom` is only good for running tests/loom.rs (loom's types panic outside
//! `loom::model`).

#[cfg(not(loom))]
pub use parking_lot::{Mutex, MutexGuard};
#[cfg(not(loom))]
pub use std::sync::atomic::AtomicBool;

#[cfg(loom)]
pub use loom::sync::MutexGuard;
#[cfg(loom)]
pub use loom::sync::atomic::AtomicBool;

/// loom's mutex with `parking_lot`'s interface (`lock` returns the guard: no poisoning),
/// so that callers compile unchanged either way.
#[cfg(loom)]
#[derive(Default)]
pub struct Mutex<T>(loom::sync::Mutex<T>);

#[cfg(loom)]
impl<T> Mutex<T> {
    pub fn new(v: T) -> Mutex<T> {
        Mutex(loom::sync::Mutex::new(v))
    }

    pub fn lock(&self) -> MutexGuard<'_, T> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}
