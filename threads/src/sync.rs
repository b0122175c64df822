//! Synchronization primitives, switched to `loom`'s model-checked versions under `--cfg loom`.
//!
//! Every lock-free protocol in this crate uses these names and nothing from `std::sync`
//! directly, so the loom models in `tests/loom_safepoint.rs` check the real code.

#[cfg(loom)]
pub(crate) use loom::sync::{
    atomic::{AtomicU32, AtomicU64, Ordering},
    Arc, Condvar, Mutex, MutexGuard,
};

#[cfg(not(loom))]
pub(crate) use std::sync::{
    atomic::{AtomicU32, AtomicU64, Ordering},
    Arc, Condvar, Mutex, MutexGuard,
};

/// Locks a mutex, ignoring poisoning: a panic on another thread is already a bug that will be
/// reported there, and the protected state stays consistent because every critical section
/// in this crate is panic-free.
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    match m.lock() {
        Ok(g) => g,
        Err(p) => p.into_inner(),
    }
}

/// Waits on a condition variable, ignoring poisoning (see [`lock`]).
pub(crate) fn wait<'a, T>(cv: &Condvar, g: MutexGuard<'a, T>) -> MutexGuard<'a, T> {
    match cv.wait(g) {
        Ok(g) => g,
        Err(p) => p.into_inner(),
    }
}

/// A monotonic clock for time-to-safepoint; loom models have no time, so they read zero.
#[cfg(not(loom))]
#[derive(Clone, Copy)]
pub(crate) struct Clock(std::time::Instant);

#[cfg(not(loom))]
impl Clock {
    pub(crate) fn now() -> Clock {
        Clock(std::time::Instant::now())
    }
    pub(crate) fn elapsed_ns(self) -> u64 {
        self.0.elapsed().as_nanos().min(u64::MAX as u128) as u64
    }
}

#[cfg(loom)]
#[derive(Clone, Copy)]
pub(crate) struct Clock;

#[cfg(loom)]
impl Clock {
    pub(crate) fn now() -> Clock {
        Clock
    }
    pub(crate) fn elapsed_ns(self) -> u64 {
        0
    }
}
