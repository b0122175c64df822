//! Object locks: the 32-bit lock word in every object's header, used as a small mutex that
//! guards a mutable container's structure (a list's length and items array, a dict's
//! table...).
//!
//! ```text
//! bit 0  LOCKED   some thread holds the lock
//! bit 1  WAITERS  a thread sleeps (or is about to) waiting for it
//! ```
//!
//! Uncontended, `lock` is one compare-and-swap and `unlock` one swap. A contended `lock`
//! spins briefly, then sleeps in `parking_lot_core` keyed on the word's address; `unlock`
//! wakes one sleeper when `WAITERS` was set.
//!
//! **The critical-section rule** that makes this safe next to a moving collector: a thread
//! holding an object lock reaches no safepoint, runs no Python code, blocks on nothing
//! else, and takes no other object lock. So waiting for an object lock is not a safepoint
//! (the waiter stays "running" for the collector): the holder releases soon, the waiter
//! takes the lock and reaches its own safepoint after. No collection can therefore move
//! an object while any thread holds or waits for its lock, which keeps the parking key
//! (the word's address) valid and never deadlocks with a pause.
//!
//! A biased variant that lets the allocating thread lock with plain stores exists as
//! `biased.rs`; its revocation waits at a safepoint, which the rule above excludes, so the
//! VM uses this lock until that is solved (see `ARCHITECTURE.md`).

use crate::sync::{spin_hint, AtomicU32, Ordering, ParkingLot};
use std::sync::OnceLock;

/// The lock is held.
pub const LOCKED: u32 = 1;
/// Some thread waits (or is about to wait) for the lock.
pub const WAITERS: u32 = 2;

/// How many times a contended `lock` retries before sleeping (loom models explore every
/// step, so there the spinning is cut short).
#[cfg(not(loom))]
const SPINS: u32 = 64;
#[cfg(loom)]
const SPINS: u32 = 1;

/// Where threads waiting for object locks sleep (keyed by the word's address).
pub struct ObjLockParking(ParkingLot);

impl ObjLockParking {
    /// A separate parking place (loom models use their own; the VM uses [`global`]).
    pub fn new() -> ObjLockParking {
        ObjLockParking(ParkingLot::new())
    }
}

impl Default for ObjLockParking {
    fn default() -> Self {
        ObjLockParking::new()
    }
}

/// The process's parking place for object locks.
pub fn global() -> &'static ObjLockParking {
    static P: OnceLock<ObjLockParking> = OnceLock::new();
    P.get_or_init(ObjLockParking::new)
}

/// Takes the lock in `word`, waiting for the holder if needed.
#[inline]
pub fn lock(word: &AtomicU32) {
    lock_in(word, global())
}

/// [`lock`] with waiters sleeping in `p`.
#[inline]
pub fn lock_in(word: &AtomicU32, p: &ObjLockParking) {
    if word
        .compare_exchange_weak(0, LOCKED, Ordering::Acquire, Ordering::Relaxed)
        .is_err()
    {
        lock_slow(word, p);
    }
}

/// Takes the lock in `word` if it is free.
#[inline]
pub fn try_lock(word: &AtomicU32) -> bool {
    word.compare_exchange(0, LOCKED, Ordering::Acquire, Ordering::Relaxed)
        .is_ok()
}

#[cold]
fn lock_slow(word: &AtomicU32, p: &ObjLockParking) {
    let mut spins = 0;
    loop {
        let w = word.load(Ordering::Relaxed);
        if w & LOCKED == 0 {
            // Keep WAITERS: other sleepers may remain, and the next unlock must wake them.
            if word
                .compare_exchange_weak(w, w | LOCKED, Ordering::Acquire, Ordering::Relaxed)
                .is_ok()
            {
                return;
            }
            continue;
        }
        if spins < SPINS && w & WAITERS == 0 {
            spins += 1;
            spin_hint();
            continue;
        }
        if w & WAITERS == 0
            && word
                .compare_exchange_weak(w, w | WAITERS, Ordering::Relaxed, Ordering::Relaxed)
                .is_err()
        {
            continue;
        }
        let key = word as *const AtomicU32 as usize;
        // Sleep only if the word still says locked with waiters: an unlock in between
        // (which would have cleared it) must not be missed.
        p.0.park(
            key,
            || word.load(Ordering::Relaxed) == LOCKED | WAITERS,
            || {},
        );
    }
}

/// Releases the lock in `word`, which the caller holds.
#[inline]
pub fn unlock(word: &AtomicU32) {
    unlock_in(word, global())
}

/// [`unlock`] for a lock whose waiters sleep in `p`.
#[inline]
pub fn unlock_in(word: &AtomicU32, p: &ObjLockParking) {
    let old = word.swap(0, Ordering::Release);
    debug_assert!(
        old & LOCKED != 0,
        "unlock of an object lock that is not held"
    );
    if old & WAITERS != 0 {
        unlock_slow(word, p);
    }
}

#[cold]
fn unlock_slow(word: &AtomicU32, p: &ObjLockParking) {
    let key = word as *const AtomicU32 as usize;
    p.0.unpark_one(key, |more| {
        // Sleepers remain: make sure the next unlock wakes them too.
        if more {
            word.fetch_or(WAITERS, Ordering::Relaxed);
        }
    });
}

/// Whether the lock in `word` is held by some thread.
pub fn is_locked(word: &AtomicU32) -> bool {
    word.load(Ordering::Relaxed) & LOCKED != 0
}
