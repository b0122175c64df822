//! Object locks (DESIGN.md §4): the 32-bit lock word in every object's header, a small
//! mutex that guards a mutable container's structure (a list's length and items array, a
//! dict's table ...), **biased** to the first thread that locks it.
//!
//! Input: a lock word that lives elsewhere (an object header) and the thread that locks it
//! (a [`ThreadHandle`], or the thread [bound](ThreadHandle::bind_current) to the calling OS
//! thread). Output: mutual exclusion between the threads of one [`Registry`]. The word's
//! encoding is defined here and nowhere else ([`word`]).
//!
//! ## States
//!
//! - **Neutral** (0): never locked. The first locker makes it biased to itself with one
//!   compare-and-swap (or shared, if it may not bias: see below).
//! - **Biased to T, free / held.** Only T locks it, with a plain load and a plain store
//!   (`Relaxed`; no read-modify-write, no fence). Nobody else writes the word in these
//!   states, except a revoker while T is quiescent (below).
//! - **Shared, free / locked / locked with waiters.** An ordinary compare-and-swap lock:
//!   acquire with a CAS, spin briefly, then set `WAITERS` and sleep in the parking table
//!   keyed on the word's address; the unlocker wakes one sleeper. A shared word never
//!   becomes biased again.
//!
//! ## The critical-section rule
//!
//! A thread holding an object lock reaches no safepoint, runs no Python code, blocks on
//! nothing else and takes no other object lock. So waiting for an object lock is *not* a
//! safepoint (the waiter stays running for the collector): the holder releases soon and the
//! waiter reaches its own safepoint after. No collection can move an object while a thread
//! holds or waits for its lock, which keeps the parking key (the word's address) valid and
//! never deadlocks with a pause. The VM keeps the rule (`vm::object::ObjGuard`).
//!
//! ## Revocation
//!
//! A thread R that finds the word biased to another thread T converts it to the shared
//! encoding through a [handshake](ThreadHandle::handshake) with T: the conversion runs while
//! T is *quiescent* — stopped at a safepoint, parked, gone, or itself waiting in a
//! handshake — never while T runs. By the rule above a quiescent T holds no object lock, and
//! T's plain load-then-store contains no safepoint, so T is never between its load and its
//! store when the conversion happens; the handshake's synchronization (the registry lock and
//! the state/poll-word pair) orders T's earlier critical sections before the conversion and
//! the conversion before T's next look at the word. That is what makes the owner's plain
//! `Relaxed` stores sound: every other thread that ever acquires the lock does so after a
//! handshake with T, which carries T's critical sections to it.
//!
//! R does not park while it waits: it holds raw references (it is in the middle of an
//! operation on the object), so a pause must wait for it. It waits as `HANDSHAKING`, which a
//! pause counts as running and a handshake counts as quiescent — R holds no object lock
//! while acquiring one — so two threads revoking each other's biases do not deadlock, and a
//! collector waiting for R to stop is itself quiescent (see `safepoint.rs`). If T runs, the
//! conversion happens at T's next safepoint poll; if it is parked or gone, at once.
//!
//! A thread whose objects keep being revoked stops biasing new ones (after
//! [`REVOCATION_LIMIT`] revocations within one [`REVOCATION_WINDOW_MS`] window): objects
//! made by a producer for consumers in other threads then pay one CAS per lock instead of
//! one handshake each. It biases again once that window is over, so a long-running thread
//! whose objects were revoked now and then over hours keeps its cheap locks.
//!
//! ## Rules for callers
//!
//! - A lock is used by threads of one registry only: the word stores registry thread ids.
//!   Threads whose id does not fit in 24 bits never bias (their first lock makes the word
//!   shared), so an id never wraps into another thread's bias.
//! - Not re-entrant: locking a biased lock one holds panics; re-locking a shared lock one
//!   holds deadlocks. Unlocking a lock one does not hold is a bug the shared path cannot
//!   always detect.
//! - The locking thread must hold no other object lock (the critical-section rule).
//!
//! ## Cost (`cargo bench -p krait-benches --bench locks`)
//!
//! Figures are in the closing notes of the free-threading issue and in `ARCHITECTURE.md`:
//! the owner's lock+unlock is a load, a compare and two stores; a shared lock's is a CAS and
//! a swap.

use crate::registry::{Registry, ThreadHandle, ThreadId, ThreadShared};
use crate::sync::{spin_hint, AtomicU32, Ordering};

/// The lock word's encoding (32 bits).
///
/// ```text
/// bit  0     LOCKED   held (by the owner, if biased)
/// bit  1     WAITERS  shared only: threads may be sleeping on the word
/// bit  2     SHARED   an ordinary CAS lock (revoked, or first locked by a non-biasing thread)
/// bit  3     BIASED   biased to the thread in bits 8..31
/// bits 8..31 the owner's registry thread id (biased only; ids start at 1)
/// ```
///
/// Zero is *neutral*: never locked.
pub mod word {
    use crate::registry::ThreadId;

    /// Held.
    pub const LOCKED: u32 = 1 << 0;
    /// Sleepers may be waiting (shared words only).
    pub const WAITERS: u32 = 1 << 1;
    /// An ordinary compare-and-swap lock.
    pub const SHARED: u32 = 1 << 2;
    /// Biased to the thread in the high bits.
    pub const BIASED: u32 = 1 << 3;
    /// Where the owner's id starts.
    pub const OWNER_SHIFT: u32 = 8;
    /// The largest thread id a word can be biased to.
    pub const MAX_OWNER: u32 = u32::MAX >> OWNER_SHIFT;
    /// Never locked.
    pub const NEUTRAL: u32 = 0;

    /// Whether a thread with id `t` may own biased words.
    #[inline(always)]
    pub const fn can_bias(t: ThreadId) -> bool {
        t.0 != 0 && t.0 <= MAX_OWNER
    }

    /// The word of a free lock biased to `owner` (which must satisfy [`can_bias`]).
    #[inline(always)]
    pub const fn biased_to(owner: ThreadId) -> u32 {
        (owner.0 << OWNER_SHIFT) | BIASED
    }

    /// The owner of a biased word.
    #[inline(always)]
    pub const fn owner(w: u32) -> ThreadId {
        ThreadId(w >> OWNER_SHIFT)
    }

    /// The shared word a revocation turns `w` (biased) into: free, or held if it was.
    #[inline(always)]
    pub const fn revoked(w: u32) -> u32 {
        SHARED | (w & LOCKED)
    }
}

/// A decoded lock word, for tests and diagnostics.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockState {
    /// Never locked.
    Neutral,
    /// Biased to `owner`; `held` if the owner is inside a critical section.
    Biased {
        /// The thread the lock is biased to.
        owner: ThreadId,
        /// Whether it holds the lock now.
        held: bool,
    },
    /// Shared and free.
    Unlocked,
    /// Shared and held; `sleepers` if threads may be sleeping on it.
    Locked {
        /// Whether waiters may be asleep on the word.
        sleepers: bool,
    },
}

impl LockState {
    /// Decodes a lock word.
    pub fn of(w: u32) -> LockState {
        if w == word::NEUTRAL {
            LockState::Neutral
        } else if w & word::BIASED != 0 {
            LockState::Biased {
                owner: word::owner(w),
                held: w & word::LOCKED != 0,
            }
        } else if w & word::LOCKED == 0 {
            LockState::Unlocked
        } else {
            LockState::Locked {
                sleepers: w & word::WAITERS != 0,
            }
        }
    }
}

/// After this many revocations of its biases within one window a thread stops biasing the
/// words it locks first (they become shared at once) until the window is over.
pub const REVOCATION_LIMIT: u32 = 1024;

/// Length of the window revocations are counted in. At most [`REVOCATION_LIMIT`]
/// handshakes per window (about 2 ms of a running owner's time per second) is what a thread
/// that should not bias can cost.
pub const REVOCATION_WINDOW_MS: u64 = 1000;

/// How many times a contended acquirer spins on a held shared word before it sleeps.
#[cfg(not(loom))]
const SPINS: u32 = 64;
/// Under loom spinning only multiplies the interleavings.
#[cfg(loom)]
const SPINS: u32 = 1;

/// The decoded state of `w` now (racy unless the caller excludes changes).
pub fn state_of(w: &AtomicU32) -> LockState {
    LockState::of(w.load(Ordering::Acquire))
}

/// Acquires the lock in `word` for `me`. See the module doc for the caller's rules.
#[inline(always)]
pub fn lock_as(word: &AtomicU32, me: &ThreadHandle) {
    if !lock_fast(word, me.shared.id) {
        lock_slow(word, &me.shared, &me.registry);
    }
}

/// Releases the lock in `word`, which `me` holds.
#[inline(always)]
pub fn unlock_as(word: &AtomicU32, me: &ThreadHandle) {
    if !unlock_fast(word) {
        unlock_slow(word, &me.registry);
    }
}

/// The owner's path and the uncontended shared path; false if the slow path must run.
#[inline(always)]
fn lock_fast(word: &AtomicU32, me: u32) -> bool {
    let mine = (me << word::OWNER_SHIFT) | word::BIASED;
    let w = word.load(Ordering::Relaxed);
    if w == mine {
        // Biased to us and free. Only we write the word in this state, and no revocation
        // runs between this load and this store: we are not quiescent in between.
        word.store(mine | word::LOCKED, Ordering::Relaxed);
        return true;
    }
    w == word::SHARED
        && word
            .compare_exchange_weak(
                word::SHARED,
                word::SHARED | word::LOCKED,
                Ordering::Acquire,
                Ordering::Relaxed,
            )
            .is_ok()
}

/// The owner's unlock and the shared unlock without sleepers; false if sleepers must be
/// woken.
#[inline(always)]
fn unlock_fast(word: &AtomicU32) -> bool {
    let w = word.load(Ordering::Relaxed);
    debug_assert!(
        w & word::LOCKED != 0,
        "unlock of an object lock that is not held"
    );
    if w & word::BIASED != 0 {
        // Biased and held, so held by us: nobody revokes a bias while its owner is inside
        // a critical section. Plain store, as in `lock_fast`.
        word.store(w & !word::LOCKED, Ordering::Relaxed);
        return true;
    }
    let old = word.swap(word::SHARED, Ordering::Release);
    old & word::WAITERS == 0
}

#[cold]
#[inline(never)]
fn lock_slow(word: &AtomicU32, me: &ThreadShared, reg: &Registry) {
    let mut spins = 0;
    loop {
        let w = word.load(Ordering::Relaxed);
        if w == word::NEUTRAL {
            let mine = if word::can_bias(me.id()) && may_bias(me) {
                word::biased_to(me.id())
            } else {
                word::SHARED
            };
            if word
                .compare_exchange_weak(w, mine | word::LOCKED, Ordering::Acquire, Ordering::Relaxed)
                .is_ok()
            {
                return;
            }
            continue;
        }
        if w & word::BIASED != 0 {
            let owner = word::owner(w);
            if owner == me.id() {
                assert!(
                    w & word::LOCKED == 0,
                    "re-entrant acquisition of a biased object lock"
                );
                // Free and biased to us: the fast path's case (reached after a spurious
                // CAS failure from neutral). Plain store, as there.
                word.store(w | word::LOCKED, Ordering::Relaxed);
                return;
            }
            revoke(word, me, reg, owner);
            continue;
        }
        if w & word::LOCKED == 0 {
            // Keep WAITERS: other sleepers may remain, and the next unlock must wake them.
            if word
                .compare_exchange_weak(w, w | word::LOCKED, Ordering::Acquire, Ordering::Relaxed)
                .is_ok()
            {
                return;
            }
            continue;
        }
        if w & word::WAITERS == 0 {
            if spins < SPINS {
                spins += 1;
                spin_hint();
                continue;
            }
            if word
                .compare_exchange_weak(w, w | word::WAITERS, Ordering::Relaxed, Ordering::Relaxed)
                .is_err()
            {
                continue;
            }
        }
        // Sleep only if the word still says held with waiters: an unlock in between (which
        // clears it) must not be missed. Not a safepoint: see the critical-section rule.
        reg.parking.park(
            key(word),
            || word.load(Ordering::Relaxed) == word::SHARED | word::LOCKED | word::WAITERS,
            || {},
        );
    }
}

#[cold]
#[inline(never)]
fn unlock_slow(word: &AtomicU32, reg: &Registry) {
    reg.parking.unpark_one(key(word), |more| {
        // Sleepers remain: make sure the next unlock wakes them too.
        if more {
            word.fetch_or(word::WAITERS, Ordering::Relaxed);
        }
    });
}

/// Whether `me` still biases the words it locks first: it does unless its biases were
/// revoked [`REVOCATION_LIMIT`] times in a window that is not over yet.
fn may_bias(me: &ThreadShared) -> bool {
    me.revoked.load(Ordering::Relaxed) < REVOCATION_LIMIT
        || clock_ms().wrapping_sub(me.revoked_since.load(Ordering::Relaxed)) >= REVOCATION_WINDOW_MS
}

/// Milliseconds since the first call in this process: the revocation windows' clock. Under
/// loom there is no clock, and a window never ends.
pub(crate) fn clock_ms() -> u64 {
    #[cfg(not(loom))]
    {
        static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
        START
            .get_or_init(std::time::Instant::now)
            .elapsed()
            .as_millis() as u64
    }
    #[cfg(loom)]
    {
        0
    }
}

/// Counts a revocation against `target`, in a new window if its last one is over. Runs under
/// the registry lock (inside a handshake), so revokers do not race each other here.
fn count_revocation(target: &ThreadShared) {
    let now = clock_ms();
    if now.wrapping_sub(target.revoked_since.load(Ordering::Relaxed)) >= REVOCATION_WINDOW_MS {
        target.revoked_since.store(now, Ordering::Relaxed);
        target.revoked.store(1, Ordering::Relaxed);
    } else {
        target.revoked.fetch_add(1, Ordering::Relaxed);
    }
}

/// Converts a bias toward `owner` (another thread) to the shared encoding, by a handshake
/// with it.
#[cold]
#[inline(never)]
fn revoke(word: &AtomicU32, me: &ThreadShared, reg: &Registry, owner: ThreadId) {
    let biased_to_owner = || {
        let w = word.load(Ordering::Acquire);
        w & word::BIASED != 0 && word::owner(w) == owner
    };
    crate::safepoint::handshake_as(me, reg, owner, biased_to_owner, |target| {
        // `owner` is quiescent or gone, and `still_needed` just saw the bias under the same
        // registry lock, so nobody else writes the word now. Release: a thread that later
        // acquires the shared word sees the owner's critical sections, which the handshake
        // ordered before this store.
        let w = word.load(Ordering::Acquire);
        word.store(word::revoked(w), Ordering::Release);
        if let Some(t) = target {
            count_revocation(t);
        }
    });
}

fn key(word: &AtomicU32) -> usize {
    word as *const AtomicU32 as usize
}

#[cfg(not(loom))]
mod bound {
    //! The registry thread bound to the calling OS thread, for callers (the VM) that lock
    //! without a handle at hand.

    use crate::registry::{Registry, ThreadHandle, ThreadShared};
    use crate::sync::Arc;
    use std::cell::{Cell, RefCell};

    thread_local! {
        /// The bound thread's id (0: none); read by every lock's fast path.
        pub(super) static ID: Cell<u32> = const { Cell::new(0) };
        /// The bound thread itself, for the slow paths.
        pub(super) static THREAD: RefCell<Option<(Arc<ThreadShared>, Arc<Registry>)>> =
            const { RefCell::new(None) };
    }

    pub(super) fn bind(h: &ThreadHandle) {
        ID.with(|c| c.set(h.shared.id));
        THREAD.with(|t| *t.borrow_mut() = Some((h.shared.clone(), h.registry.clone())));
    }

    pub(super) fn unbind_if(id: u32) {
        if ID.with(|c| c.get()) == id {
            ID.with(|c| c.set(0));
            THREAD.with(|t| t.borrow_mut().take());
        }
    }

    /// Runs `f` with the bound thread; panics if there is none.
    pub(super) fn with<R>(f: impl FnOnce(&ThreadShared, &Registry) -> R) -> R {
        THREAD.with(|t| {
            let t = t.borrow();
            let (shared, reg) = t
                .as_ref()
                .expect("object lock taken on an OS thread bound to no runtime thread");
            f(shared, reg)
        })
    }
}

#[cfg(not(loom))]
impl ThreadHandle {
    /// Makes this the thread that [`lock`] and [`unlock`] act for on the calling OS thread,
    /// until the handle is dropped or another is bound. Call it on the OS thread that runs
    /// the handle, before it touches shared objects.
    pub fn bind_current(&self) {
        bound::bind(self);
    }

    /// Undoes [`bind_current`](Self::bind_current) if this handle is the one bound.
    pub(crate) fn unbind_current(&self) {
        bound::unbind_if(self.shared.id);
    }
}

/// Whether the calling OS thread has a bound thread.
#[cfg(not(loom))]
pub fn is_bound() -> bool {
    bound::ID.with(|c| c.get()) != 0
}

/// [`lock_as`] for the thread bound to the calling OS thread.
#[cfg(not(loom))]
#[inline(always)]
pub fn lock(word: &AtomicU32) {
    if !lock_fast(word, bound::ID.with(|c| c.get())) {
        bound::with(|me, reg| lock_slow(word, me, reg));
    }
}

/// [`unlock_as`] for the thread bound to the calling OS thread.
#[cfg(not(loom))]
#[inline(always)]
pub fn unlock(word: &AtomicU32) {
    if !unlock_fast(word) {
        bound::with(|_, reg| unlock_slow(word, reg));
    }
}

/// Whether the lock in `word` is held by some thread now.
pub fn is_locked(word: &AtomicU32) -> bool {
    word.load(Ordering::Relaxed) & word::LOCKED != 0
}
