//! Biased object locks (DESIGN.md §4): the lock every mutable container carries in its
//! header, owned by the thread that allocated the object until another thread wants it.
//!
//! Input: a 64-bit lock word that lives somewhere else (an object header) and the
//! [`ThreadHandle`] of the thread that locks it. Output: mutual exclusion between the
//! threads of one [`Registry`](crate::Registry). The word's encoding is defined here and
//! nowhere else ([`word`]).
//!
//! ## States
//!
//! - **Biased to T, free / held.** Only T locks it, with a plain load and a plain store
//!   (`Relaxed`; no read-modify-write, no fence). No other thread writes the word in these
//!   states except a revoker during a handshake with T.
//! - **Unbiased, free / locked / locked with sleepers.** An ordinary compare-and-swap lock:
//!   acquire with a CAS, spin briefly, then set `PARKED` and sleep in the parking table
//!   keyed on the word's address (`parking_lot_core`); the unlocker wakes one sleeper.
//!   An unbiased word never becomes biased again (no rebiasing).
//!
//! ## Revocation
//!
//! A thread R that finds the word biased to another thread T revokes the bias through a
//! [handshake](ThreadHandle::handshake) with T: the conversion to the unbiased encoding
//! runs while T is stopped at a safepoint, parked, or gone, never while T runs. T's plain
//! load-then-store on the word contains no safepoint, so T is never between its load and
//! its store when the conversion happens, and the handshake's synchronization orders T's
//! earlier stores before the conversion and the conversion before T's next load. That is
//! what makes the plain stores sound, and it is also why the owner's stores can be
//! `Relaxed`: every other thread that ever acquires the lock does so after a handshake
//! with T, which carries T's critical sections to it.
//!
//! The conversion keeps the lock bit: if T holds the lock at its safepoint (a critical
//! section that spans a poll or a park), the word becomes *unbiased, locked*, T still owns
//! it, and T's unlock, finding the word no longer biased, takes the CAS path and wakes R.
//! A thread that exited holding a biased lock leaves it locked forever, as any lock would
//! be. If T is not registered (it exited), the revocation happens at once; if T is
//! parked, at once too; if T runs, at T's next poll. Several revokers of T's locks are
//! served in one stop; a revoker that finds the bias already gone skips the handshake.
//!
//! ## Rules for callers
//!
//! - A lock is used by threads of one registry only: the word stores registry thread ids.
//! - Not re-entrant. The owner locking its own held biased lock panics; re-locking an
//!   unbiased lock one holds deadlocks (CPython's container locks are not re-entrant at
//!   this level either). Unlocking a lock one does not hold is a bug the unbiased path
//!   cannot detect.
//! - The locking thread must be at a safepoint when it calls [`BiasedLock::lock`]: the
//!   slow path may park (for a revocation or to sleep on the lock), and parked threads do
//!   not hold up pauses.
//! - The word must not move while a thread sleeps on it (the parking key is its address).
//!   The VM must keep that in mind when it integrates this with a moving collector.
//!
//! Thread ids are `u32`s never reused within a registry. If the counter ever wrapped, a
//! stale bias to a dead thread would pass to the new thread with that id, which is still
//! a consistent state (one owner, revocable by handshake with it).
//!
//! ## Cost (`cargo bench -p krait-benches --bench locks`)
//!
//! On the shared, loaded two-core development machine (two runs), uncontended
//! lock+unlock: biased owner path 1.4-3 ns, the same word after revocation (CAS path)
//! 6-8 ns, `parking_lot::RawMutex` 7-12 ns. One revocation: 55-85 ns if the owner has
//! exited, 0.4-0.5 us if it is parked, 1-6 us if it runs and polls (a handshake with
//! two thread wake-ups). The bias pays off for an object locked more than a few hundred
//! times by its allocating thread before another thread touches it; objects shared at once
//! (a producer's lists consumed by other threads) pay a revocation each, which a later
//! per-type "do not bias" policy in the VM can avoid.

use crate::registry::{ThreadHandle, ThreadId};
use crate::safepoint::HandshakeTarget;
use crate::sync::{spin_hint, AtomicU64, Ordering};
use std::cell::Cell;

/// The lock word's encoding (one 64-bit word).
///
/// ```text
/// bit  0      BIASED: 1 = biased to the thread in bits 32..63; 0 = unbiased
/// bit  1      LOCKED: the lock is held (by the owner if biased)
/// bit  2      PARKED: unbiased only: threads may be sleeping on the word
/// bits 3..31  zero
/// bits 32..63 owner's registry thread id (biased only; ids start at 1)
/// ```
///
/// Zero is *unbiased, free*: a zeroed word is an ordinary unlocked lock.
pub mod word {
    use crate::registry::ThreadId;

    /// Bit 0: biased to the thread in the high half.
    pub const BIASED: u64 = 1 << 0;
    /// Bit 1: held.
    pub const LOCKED: u64 = 1 << 1;
    /// Bit 2: sleepers may be waiting (unbiased words only).
    pub const PARKED: u64 = 1 << 2;
    /// Where the owner's id starts.
    pub const OWNER_SHIFT: u32 = 32;
    /// Unbiased and free.
    pub const UNBIASED: u64 = 0;

    /// The word of a free lock biased to `owner` (a new object's lock word).
    #[inline(always)]
    pub const fn biased_to(owner: ThreadId) -> u64 {
        ((owner.0 as u64) << OWNER_SHIFT) | BIASED
    }

    /// The owner of a biased word.
    #[inline(always)]
    pub const fn owner(w: u64) -> ThreadId {
        ThreadId((w >> OWNER_SHIFT) as u32)
    }

    /// The unbiased word a revocation turns `w` (biased) into: free, or locked if held.
    #[inline(always)]
    pub const fn revoked(w: u64) -> u64 {
        w & LOCKED
    }
}

/// A decoded lock word, for tests and diagnostics.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockState {
    /// Biased to `owner`; `held` if the owner is inside a critical section.
    Biased {
        /// The thread the lock is biased to.
        owner: ThreadId,
        /// Whether it holds the lock now.
        held: bool,
    },
    /// Unbiased and free.
    Unlocked,
    /// Unbiased and held; `sleepers` if threads may be sleeping on it.
    Locked {
        /// Whether waiters may be parked on the word.
        sleepers: bool,
    },
}

impl LockState {
    /// Decodes a lock word.
    pub fn of(w: u64) -> LockState {
        if w & word::BIASED != 0 {
            LockState::Biased {
                owner: word::owner(w),
                held: w & word::LOCKED != 0,
            }
        } else if w & word::LOCKED == 0 {
            LockState::Unlocked
        } else {
            LockState::Locked {
                sleepers: w & word::PARKED != 0,
            }
        }
    }
}

/// How many times an acquirer spins on an unbiased locked word before it sleeps.
#[cfg(not(loom))]
const SPIN_LIMIT: u32 = 40;
/// Under loom spinning only multiplies the interleavings; sleep at once.
#[cfg(loom)]
const SPIN_LIMIT: u32 = 0;

/// A biased lock on a lock word that lives elsewhere (an object header). `Copy`: it is
/// only a reference to the word.
#[derive(Clone, Copy)]
pub struct BiasedLock<'w> {
    word: &'w AtomicU64,
}

impl<'w> BiasedLock<'w> {
    /// The lock whose state is `word` (initialized to [`word::biased_to`] or
    /// [`word::UNBIASED`]).
    #[inline(always)]
    pub fn new(word: &'w AtomicU64) -> BiasedLock<'w> {
        BiasedLock { word }
    }

    /// The decoded state of the word now (racy unless the caller excludes changes).
    pub fn state(self) -> LockState {
        LockState::of(self.word.load(Ordering::Acquire))
    }

    /// Acquires the lock for `me`, which must be at a safepoint (the slow path may park).
    #[inline(always)]
    pub fn lock(self, me: &ThreadHandle) {
        let mine = word::biased_to(me.id());
        let w = self.word.load(Ordering::Relaxed);
        if w == mine {
            // Biased to us and free. Only we write the word in this state, and no
            // revocation can run between this load and this store (no safepoint between).
            self.word.store(mine | word::LOCKED, Ordering::Relaxed);
            return;
        }
        if w == word::UNBIASED
            && self
                .word
                .compare_exchange_weak(
                    word::UNBIASED,
                    word::LOCKED,
                    Ordering::Acquire,
                    Ordering::Relaxed,
                )
                .is_ok()
        {
            return;
        }
        self.lock_slow(me);
    }

    /// Releases the lock `me` holds.
    #[inline(always)]
    pub fn unlock(self, me: &ThreadHandle) {
        let mine = word::biased_to(me.id());
        let w = self.word.load(Ordering::Relaxed);
        if w == mine | word::LOCKED {
            // Still biased to us: no handshake happened since our lock (or it ran while we
            // held the lock and would have unbiased the word). Plain store, as in `lock`.
            self.word.store(mine, Ordering::Relaxed);
            return;
        }
        if self
            .word
            .compare_exchange(
                word::LOCKED,
                word::UNBIASED,
                Ordering::Release,
                Ordering::Relaxed,
            )
            .is_ok()
        {
            return;
        }
        self.unlock_slow(me);
    }

    /// Acquires the lock and returns a guard that releases it.
    #[inline(always)]
    pub fn guard<'h>(self, me: &'h ThreadHandle) -> BiasedGuard<'w, 'h> {
        self.lock(me);
        BiasedGuard { lock: self, me }
    }

    #[cold]
    #[inline(never)]
    fn lock_slow(self, me: &ThreadHandle) {
        let mine = word::biased_to(me.id());
        let mut spins = 0;
        loop {
            let w = self.word.load(Ordering::Relaxed);
            if w & word::BIASED != 0 {
                if word::owner(w) == me.id() {
                    assert!(
                        w & word::LOCKED == 0,
                        "re-entrant acquisition of a biased object lock"
                    );
                    // Free and biased to us, which the fast path handles; seen here only if
                    // the word was (re)initialized meanwhile. Plain store, as in `lock`.
                    self.word.store(mine | word::LOCKED, Ordering::Relaxed);
                    return;
                }
                self.revoke(me, word::owner(w));
                continue;
            }
            if w & word::LOCKED == 0 {
                if self
                    .word
                    .compare_exchange_weak(
                        w,
                        w | word::LOCKED,
                        Ordering::Acquire,
                        Ordering::Relaxed,
                    )
                    .is_ok()
                {
                    return;
                }
                continue;
            }
            if w & word::PARKED == 0 {
                if spins != SPIN_LIMIT {
                    spins += 1;
                    spin_hint();
                    continue;
                }
                if self
                    .word
                    .compare_exchange_weak(
                        w,
                        w | word::PARKED,
                        Ordering::Relaxed,
                        Ordering::Relaxed,
                    )
                    .is_err()
                {
                    continue;
                }
            }
            self.sleep(me);
            spins = 0;
        }
    }

    /// Sleeps on the word until an unlock wakes us (or at once, if the word is no longer
    /// locked with sleepers). Parked in the safepoint sense while asleep.
    fn sleep(self, me: &ThreadHandle) {
        let slept = Cell::new(false);
        me.registry().parking.park(
            self.key(),
            || self.word.load(Ordering::Relaxed) == word::LOCKED | word::PARKED,
            || {
                // Queued and about to block: from here we touch no heap until we unpark.
                slept.set(true);
                me.park();
            },
        );
        if slept.get() {
            me.unpark();
        }
    }

    #[cold]
    #[inline(never)]
    fn unlock_slow(self, me: &ThreadHandle) {
        let w = self.word.load(Ordering::Relaxed);
        assert!(
            w & word::BIASED == 0 && w & word::LOCKED != 0,
            "unlock of an object lock that is not held ({:?})",
            LockState::of(w)
        );
        if w & word::PARKED == 0 {
            // Only LOCKED: the fast path's CAS raced a sleeper setting PARKED. If this CAS
            // fails too, PARKED is set now (the only change possible while we hold it).
            if self
                .word
                .compare_exchange(w, word::UNBIASED, Ordering::Release, Ordering::Relaxed)
                .is_ok()
            {
                return;
            }
        }
        // Sleepers: wake one, and leave PARKED set if more remain. The store happens with
        // the parking queue locked, so a thread about to sleep either sees it in its
        // validation or is already queued and counted.
        let lw = self.word;
        me.registry().parking.unpark_one(self.key(), |more| {
            lw.store(
                if more { word::PARKED } else { word::UNBIASED },
                Ordering::Release,
            );
        });
    }

    /// Revokes a bias toward `owner` (another thread) by a handshake with it.
    #[cold]
    #[inline(never)]
    fn revoke(self, me: &ThreadHandle, owner: ThreadId) {
        let lw = self.word;
        let biased_to_owner = move || {
            let w = lw.load(Ordering::Acquire);
            w & word::BIASED != 0 && word::owner(w) == owner
        };
        me.handshake(owner, biased_to_owner, |_target: HandshakeTarget| {
            // `owner` is held at a safepoint, parked, or gone, and `still_needed` just saw
            // the bias under the same lock, so the word is still biased to it and nobody
            // else writes it: a plain read and store would do; the CAS documents it.
            let w = lw.load(Ordering::Acquire);
            let r = lw.compare_exchange(w, word::revoked(w), Ordering::AcqRel, Ordering::Relaxed);
            debug_assert!(r.is_ok(), "biased word changed during its revocation");
        });
    }

    fn key(self) -> usize {
        self.word as *const AtomicU64 as usize
    }
}

/// Holds a [`BiasedLock`]; releases it when dropped.
pub struct BiasedGuard<'w, 'h> {
    lock: BiasedLock<'w>,
    me: &'h ThreadHandle,
}

impl Drop for BiasedGuard<'_, '_> {
    #[inline(always)]
    fn drop(&mut self) {
        self.lock.unlock(self.me);
    }
}
