//! Synchronization primitives, switched to `loom`'s model-checked versions under `--cfg loom`.
//!
//! Every lock-free protocol in this crate uses these names and nothing from `std::sync`
//! directly, so the loom models in `tests/loom_*.rs` check the real code. The one `unsafe`
//! block pair of the crate lives here: the calls into `parking_lot_core`.

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

/// A spin-wait hint; under loom, a yield so that spin loops terminate in the model.
#[inline]
pub(crate) fn spin_hint() {
    #[cfg(loom)]
    loom::thread::yield_now();
    #[cfg(not(loom))]
    std::hint::spin_loop();
}

/// The table where threads sleep until another thread wakes them, keyed by an address (a
/// lock word's). Outside loom it is `parking_lot_core`'s global table, so this type is
/// empty; under loom it is a model-checked queue of its own, one per registry.
///
/// The contract is `parking_lot_core`'s: `validate` runs with the queue locked and decides
/// whether to sleep at all; `before_sleep` runs after the thread is queued and the queue
/// unlocked; `unpark_one`'s callback runs with the queue locked, after the woken thread
/// (if any) has been dequeued, and is told whether more threads wait on the key. None of
/// them may panic or park.
pub(crate) struct ParkingLot {
    #[cfg(loom)]
    queue: Mutex<ParkQueue>,
    #[cfg(loom)]
    woken: Condvar,
}

#[cfg(loom)]
#[derive(Default)]
struct ParkQueue {
    next_token: u64,
    /// Sleeping threads, oldest first: (key, token).
    waiting: Vec<(usize, u64)>,
    /// Tokens of threads dequeued by `unpark_one` that have not yet returned from `park`.
    woken: Vec<u64>,
}

impl ParkingLot {
    /// An empty table.
    pub(crate) fn new() -> ParkingLot {
        ParkingLot {
            #[cfg(loom)]
            queue: Mutex::new(ParkQueue::default()),
            #[cfg(loom)]
            woken: Condvar::new(),
        }
    }

    /// Sleeps on `key` unless `validate` says no. Returns whether the thread slept (and so
    /// whether `before_sleep` ran).
    #[cfg(not(loom))]
    #[allow(unsafe_code)]
    pub(crate) fn park(
        &self,
        key: usize,
        validate: impl FnOnce() -> bool,
        before_sleep: impl FnOnce(),
    ) -> bool {
        // SAFETY: `key` is the address of a lock word that only this crate's lock code parks
        // on (no other parking_lot primitive lives at that address); `validate` and
        // `before_sleep` neither panic nor call into parking_lot (callers' contract above).
        let r = unsafe {
            parking_lot_core::park(
                key,
                validate,
                before_sleep,
                |_, _| {},
                parking_lot_core::DEFAULT_PARK_TOKEN,
                None,
            )
        };
        !matches!(r, parking_lot_core::ParkResult::Invalid)
    }

    /// Wakes the oldest thread sleeping on `key`, if any, then calls `callback` with whether
    /// others still sleep there.
    #[cfg(not(loom))]
    #[allow(unsafe_code)]
    pub(crate) fn unpark_one(&self, key: usize, callback: impl FnOnce(bool)) {
        // SAFETY: as for `park`; the callback only stores to the lock word.
        unsafe {
            parking_lot_core::unpark_one(key, |r| {
                callback(r.have_more_threads);
                parking_lot_core::DEFAULT_UNPARK_TOKEN
            });
        }
    }

    /// Sleeps on `key` unless `validate` says no. Returns whether the thread slept.
    #[cfg(loom)]
    pub(crate) fn park(
        &self,
        key: usize,
        validate: impl FnOnce() -> bool,
        before_sleep: impl FnOnce(),
    ) -> bool {
        let mut q = lock(&self.queue);
        if !validate() {
            return false;
        }
        let token = q.next_token;
        q.next_token += 1;
        q.waiting.push((key, token));
        drop(q);
        before_sleep();
        let mut q = lock(&self.queue);
        while !q.woken.contains(&token) {
            q = wait(&self.woken, q);
        }
        q.woken.retain(|&t| t != token);
        true
    }

    /// Wakes the oldest thread sleeping on `key`, if any, then calls `callback` with whether
    /// others still sleep there.
    #[cfg(loom)]
    pub(crate) fn unpark_one(&self, key: usize, callback: impl FnOnce(bool)) {
        let mut q = lock(&self.queue);
        if let Some(i) = q.waiting.iter().position(|&(k, _)| k == key) {
            let (_, token) = q.waiting.remove(i);
            q.woken.push(token);
        }
        let more = q.waiting.iter().any(|&(k, _)| k == key);
        callback(more);
        drop(q);
        self.woken.notify_all();
    }
}
