//! The safepoint protocol: thread states, polling, stop-the-world, park and unpark.
//!
//! Input: threads registered in a [`Registry`]. Output: a guarantee, while a
//! [`StopTheWorld`] guard is alive, that every other registered thread is either
//! *stopped* at a safepoint or *parked*, and so touches no shared heap memory.
//!
//! ## The protocol
//!
//! Each thread has two words that other threads may read: a **state**
//! (`RUNNING`, `PARKED`, `STOPPED`, `EXITED`) written only by the thread itself, and a
//! **poll word** of request bits that any thread may set. Mutators poll with one relaxed
//! load of the poll word (`poll_requested`); everything else is the slow path.
//!
//! A collector (a thread at a safepoint that wants everyone stopped), under the registry
//! lock: marks a stop-the-world active, sets `STOP` in every other thread's poll word with
//! an acquire-release read-modify-write, then waits on `stopped_cv` until no other thread
//! is `RUNNING`. A running thread that sees `STOP` takes the lock, writes `STOPPED`,
//! notifies, and waits on `resume_cv` until its `STOP` bit is cleared.
//!
//! Park and unpark avoid the lock on their fast path. Both write the state and then read
//! the poll word **with a read-modify-write** (`fetch_or(0)`); the collector sets `STOP`
//! with a read-modify-write too. Read-modify-writes of one location are totally ordered
//! and each reads the latest value, so either the collector's write comes first (and the
//! thread sees `STOP`), or the thread's comes first (and, through the release/acquire pair
//! on the poll word, the collector then sees the thread's new state). This is the Dekker
//! handshake without relying on `SeqCst` fences, which loom does not model fully.
//!
//! - **park**: state := `PARKED`; if `STOP` is now visible, take the lock and notify the
//!   collector, which may be waiting for this thread.
//! - **unpark**: state := `RUNNING`; if `STOP` is visible, the collector may already have
//!   counted this thread as parked, so it must not touch the heap: it stops as if at a
//!   safepoint and waits for the resume.
//!
//! New threads are inserted as `PARKED` under the lock (with `STOP` already set if a pause
//! is under way) and then unpark, so registration never races a pause. An exiting thread
//! parks before it takes the lock to remove itself, so a collector holding the lock never
//! waits for it.
//!
//! ## Handshakes
//!
//! A **handshake** is a stop of one thread instead of all: another thread (the requester)
//! runs a short operation while a given target thread is *quiescent* — stopped at a
//! safepoint, parked, gone, or itself waiting in a handshake — and so outside any code that
//! could race with it. Bias revocation (`objlock.rs`) is the user: the owner of a biased
//! lock writes its lock word with plain stores, which are only safe because nobody else
//! writes that word while the owner runs.
//!
//! The requester does **not** park: it is in the middle of an operation and holds raw
//! references, so a pause must wait for it. Under the registry lock it sets `HANDSHAKE` in
//! the target's poll word with a read-modify-write and reads the target's state. If the
//! target is not `RUNNING`, the operation runs at once, still under the lock. Otherwise the
//! requester becomes `HANDSHAKING` and waits on `stopped_cv`. A pause counts a
//! `HANDSHAKING` thread as running (it waits for it); a handshake counts it as quiescent —
//! its only users request handshakes while holding no object lock — so two threads
//! revoking each other's biases both proceed. A collector waiting for the world to stop is
//! at a safepoint and marks itself `STOPPED` while it waits, so a requester waiting for the
//! collector proceeds too, and the pause then waits for that requester's next safepoint.
//!
//! The target sees `HANDSHAKE` like `STOP`: at its next poll it stops (`stop_locked`), and a
//! parked target that unparks stops instead of running. It waits there until its
//! `HANDSHAKE` bit is cleared, which happens when the last pending handshake on it has run
//! (`ThreadShared::handshakes` counts them), so several requesters are served in one stop.
//! The `HANDSHAKE` bit and the state word form the same Dekker pair as `STOP` does, so a
//! target that parks or unparks concurrently is either seen as running (and the requester
//! waits) or sees the request (and stops before it touches the heap). Every other state
//! change a handshake depends on (`HANDSHAKING`, a collector's `STOPPED`, `EXITED`) is made
//! under the registry lock, where the operation runs.

use crate::registry::{Inner, Registry, ThreadHandle, ThreadId, ThreadShared};
use crate::sync::{lock, wait, Clock, MutexGuard, Ordering};

/// Thread states (the `state` word). Written only by the thread itself.
pub mod state {
    /// Executing and may touch the heap; must poll.
    pub const RUNNING: u32 = 0;
    /// Promised not to touch the heap until it unparks (blocked in I/O, a lock, a join ...).
    pub const PARKED: u32 = 1;
    /// Waiting at a safepoint for a stop-the-world pause to end.
    pub const STOPPED: u32 = 2;
    /// Deregistered; the handle is gone.
    pub const EXITED: u32 = 3;
    /// Waiting in a handshake it requested: a pause waits for it (it holds raw references),
    /// a handshake aimed at it does not (it holds no object lock). See the module doc.
    pub const HANDSHAKING: u32 = 4;

    /// Whether a pause must wait for a thread in state `s`.
    #[inline]
    pub(crate) fn holds_up_pause(s: u32) -> bool {
        s == RUNNING || s == HANDSHAKING
    }
}

/// Bits of the poll word. Any nonzero value sends a polling thread to its slow path.
pub mod poll_bits {
    /// A stop-the-world pause is requested or in progress.
    pub const STOP: u32 = 1;
    /// The thread asked itself to take the slow path at its next poll (for example, its
    /// nursery is full and it wants a collection, or GC stress mode is on).
    pub const LOCAL: u32 = 2;
    /// Another thread wants this one to stop at its next safepoint for a handshake
    /// (bias revocation): see the module doc.
    pub const HANDSHAKE: u32 = 4;
    /// The bits that make a thread stop at its next safepoint.
    pub(crate) const STOPPING: u32 = STOP | HANDSHAKE;
}

/// Statistics about stop-the-world pauses, as seen by the collectors that requested them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SafepointStats {
    /// Completed stop-the-world requests.
    pub stops: u64,
    /// Sum of time-to-safepoint over all stops, in nanoseconds.
    pub total_ttsp_ns: u64,
    /// Longest time-to-safepoint seen, in nanoseconds.
    pub max_ttsp_ns: u64,
    /// Time-to-safepoint of the latest stop, in nanoseconds.
    pub last_ttsp_ns: u64,
}

impl SafepointStats {
    fn record(&mut self, ttsp_ns: u64) {
        self.stops += 1;
        self.total_ttsp_ns = self.total_ttsp_ns.saturating_add(ttsp_ns);
        self.max_ttsp_ns = self.max_ttsp_ns.max(ttsp_ns);
        self.last_ttsp_ns = ttsp_ns;
    }
}

/// Proof that the world is stopped: while this guard lives, every other registered thread
/// is stopped at a safepoint or parked. Dropping it resumes them.
pub struct StopTheWorld<'a> {
    handle: &'a ThreadHandle,
    ttsp_ns: u64,
}

impl StopTheWorld<'_> {
    /// How long it took from the request until every other thread had stopped or parked.
    pub fn ttsp_ns(&self) -> u64 {
        self.ttsp_ns
    }
}

impl Drop for StopTheWorld<'_> {
    fn drop(&mut self) {
        let reg = &self.handle.registry;
        let mut g = lock(&reg.inner);
        debug_assert!(g.stw_active);
        for t in g.threads.iter() {
            t.poll.fetch_and(!poll_bits::STOP, Ordering::AcqRel);
        }
        g.stw_active = false;
        reg.stw_epoch.fetch_add(1, Ordering::Release);
        drop(g);
        reg.resume_cv.notify_all();
    }
}

impl ThreadHandle {
    /// The fast-path poll: one relaxed load. When it returns true the caller must reach a
    /// consistent state (all references where the collector can find them) and call the
    /// slow path of whatever layer owns the poll (for the GC, `Mutator::safepoint`).
    #[inline(always)]
    pub fn poll_requested(&self) -> bool {
        self.shared.poll.load(Ordering::Relaxed) != 0
    }

    /// The current poll bits (see [`poll_bits`]).
    pub fn poll_bits(&self) -> u32 {
        self.shared.poll.load(Ordering::Relaxed)
    }

    /// Whether this thread must stop at this safepoint: a stop-the-world pause or a
    /// handshake wants it. [`block_for_stop`](Self::block_for_stop) serves both.
    pub fn stop_requested(&self) -> bool {
        self.shared.poll.load(Ordering::Acquire) & poll_bits::STOPPING != 0
    }

    /// Sets the thread's own `LOCAL` bit, so its next poll takes the slow path.
    pub fn request_local(&self) {
        self.shared
            .poll
            .fetch_or(poll_bits::LOCAL, Ordering::Relaxed);
    }

    /// Clears the thread's own `LOCAL` bit.
    pub fn clear_local(&self) {
        self.shared
            .poll
            .fetch_and(!poll_bits::LOCAL, Ordering::Relaxed);
    }

    /// Slow path of a safepoint: if a stop is requested (a pause or a handshake), stop here
    /// until the pause and every pending handshake on this thread have ended. Returns
    /// whether the thread actually stopped.
    ///
    /// The caller must be at a safepoint: every reference it holds is in a place the
    /// collector scans.
    pub fn block_for_stop(&self) -> bool {
        if !self.stop_requested() {
            return false;
        }
        let g = lock(&self.registry.inner);
        let g = self.stop_locked(g);
        drop(g);
        true
    }

    /// With the registry lock held: become `STOPPED`, wake a waiting collector or handshake
    /// requester, and wait until our `STOP` and `HANDSHAKE` bits are cleared; then become
    /// `RUNNING` again.
    fn stop_locked<'g>(&self, mut g: MutexGuard<'g, Inner>) -> MutexGuard<'g, Inner> {
        let reg = &self.registry;
        self.shared.state.store(state::STOPPED, Ordering::Release);
        reg.stopped_cv.notify_all();
        while self.shared.poll.load(Ordering::Acquire) & poll_bits::STOPPING != 0 {
            g = wait(&reg.resume_cv, g);
        }
        self.shared.state.store(state::RUNNING, Ordering::Release);
        g
    }

    /// Parks the thread: it promises not to touch the heap until [`unpark`](Self::unpark).
    /// A pause that starts while the thread is parked does not wait for it.
    pub fn park(&self) {
        debug_assert_eq!(self.shared.state.load(Ordering::Relaxed), state::RUNNING);
        self.shared.state.store(state::PARKED, Ordering::Release);
        // Read-modify-write: see the module doc for why this is not a plain load.
        if self.shared.poll.fetch_or(0, Ordering::AcqRel) & poll_bits::STOPPING != 0 {
            // A collector or handshake requester may be waiting for us to stop; tell it we
            // are parked. Taking the lock orders the notification after its check of our
            // state.
            let g = lock(&self.registry.inner);
            drop(g);
            self.registry.stopped_cv.notify_all();
        }
    }

    /// Unparks the thread. If a pause or a handshake on this thread is under way, waits for
    /// it to end first: a collector or requester that counted this thread as parked may be
    /// working on the heap.
    pub fn unpark(&self) {
        debug_assert_eq!(self.shared.state.load(Ordering::Relaxed), state::PARKED);
        self.shared.state.store(state::RUNNING, Ordering::Release);
        if self.shared.poll.fetch_or(0, Ordering::AcqRel) & poll_bits::STOPPING != 0 {
            let g = lock(&self.registry.inner);
            let g = if self.shared.poll.load(Ordering::Acquire) & poll_bits::STOPPING != 0 {
                self.stop_locked(g)
            } else {
                g
            };
            drop(g);
        }
    }

    /// Runs `f` parked: for a blocking operation that does not touch the heap.
    pub fn parked<R>(&self, f: impl FnOnce() -> R) -> R {
        self.park();
        let r = f();
        self.unpark();
        r
    }

    /// Requests a stop-the-world pause from a safepoint and waits until every other thread
    /// has stopped or parked. Returns `None` if another thread's pause was already under
    /// way: then this thread has stopped for it, and the pause is over when this returns.
    ///
    /// The caller must be at a safepoint, like [`block_for_stop`](Self::block_for_stop).
    pub fn stop_the_world(&self) -> Option<StopTheWorld<'_>> {
        let reg = &self.registry;
        let mut g = lock(&reg.inner);
        if g.stw_active {
            // Someone else is collecting; our STOP bit is set (it was set under this lock
            // before `stw_active` became visible to us), so stop for them.
            let g = self.stop_locked(g);
            drop(g);
            return None;
        }
        let start = Clock::now();
        g.stw_active = true;
        for t in g.threads.iter() {
            if t.id != self.shared.id {
                t.poll.fetch_or(poll_bits::STOP, Ordering::AcqRel);
            }
        }
        // At a safepoint while we wait: a handshake requester waiting for us may proceed
        // (and the pause then waits for its next safepoint). See the module doc.
        self.shared.state.store(state::STOPPED, Ordering::Release);
        reg.stopped_cv.notify_all();
        loop {
            let waiting = g.threads.iter().any(|t| {
                t.id != self.shared.id && state::holds_up_pause(t.state.load(Ordering::Acquire))
            });
            if !waiting {
                break;
            }
            g = wait(&reg.stopped_cv, g);
        }
        self.shared.state.store(state::RUNNING, Ordering::Release);
        let ttsp_ns = start.elapsed_ns();
        g.stats.record(ttsp_ns);
        drop(g);
        Some(StopTheWorld {
            handle: self,
            ttsp_ns,
        })
    }
}

/// How a handshake found its target when the operation ran.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HandshakeTarget {
    /// Registered, and stopped at a safepoint or parked; it stays so until the operation
    /// has returned.
    Held,
    /// Not registered (it exited, or never existed): it will never touch the heap again.
    Gone,
}

impl ThreadHandle {
    /// Runs `op` while thread `target` is quiescent (stopped at a safepoint, parked, waiting
    /// in a handshake of its own) or gone (see the module doc). Waits, *not* parked, for a
    /// running target to reach its next safepoint poll.
    ///
    /// `still_needed` is asked, under the same conditions, before each attempt; when it
    /// says no (another thread did the work meanwhile), nothing runs and the result is
    /// `None`. Both closures run with the registry lock held: they must be short, must not
    /// block, poll, park or panic, and may touch only heap words whose owner is `target`.
    ///
    /// The caller must not be `target`, must hold no object lock (handshakes aimed at it
    /// run while it waits), and must not hold a [`StopTheWorld`].
    pub fn handshake<R>(
        &self,
        target: ThreadId,
        still_needed: impl FnMut() -> bool,
        op: impl FnOnce(HandshakeTarget) -> R,
    ) -> Option<R> {
        handshake_as(&self.shared, &self.registry, target, still_needed, |t| {
            op(match t {
                Some(_) => HandshakeTarget::Held,
                None => HandshakeTarget::Gone,
            })
        })
    }
}

/// [`ThreadHandle::handshake`] for the thread `me` of `reg`; `op` is given the target's
/// shared part if it is still registered.
pub(crate) fn handshake_as<R>(
    me: &ThreadShared,
    reg: &Registry,
    target: ThreadId,
    mut still_needed: impl FnMut() -> bool,
    op: impl FnOnce(Option<&ThreadShared>) -> R,
) -> Option<R> {
    assert_ne!(target, me.id(), "a thread cannot handshake with itself");
    debug_assert_eq!(
        me.state.load(Ordering::Relaxed),
        state::RUNNING,
        "a handshake requester must be running (not parked)"
    );
    let mut g = lock(&reg.inner);
    let t = g.threads.iter().find(|t| t.id == target.0).cloned();
    if let Some(t) = &t {
        t.handshakes.fetch_add(1, Ordering::Relaxed);
    }
    let mut waited = false;
    let result = loop {
        if !still_needed() {
            break None;
        }
        let Some(t) = &t else {
            // Removed from the registry under this lock, after its last heap access.
            break Some(op(None));
        };
        // Read-modify-write, then the state: the Dekker pair described in the module doc.
        t.poll.fetch_or(poll_bits::HANDSHAKE, Ordering::AcqRel);
        match t.state.load(Ordering::Acquire) {
            state::RUNNING => {
                if !waited {
                    // From here handshakes aimed at us may run (we hold no object lock);
                    // wake any requester already waiting for us.
                    me.state.store(state::HANDSHAKING, Ordering::Release);
                    reg.stopped_cv.notify_all();
                    waited = true;
                }
                g = wait(&reg.stopped_cv, g);
            }
            state::EXITED => break Some(op(None)),
            _ => break Some(op(Some(t))),
        }
    };
    if waited {
        me.state.store(state::RUNNING, Ordering::Release);
    }
    let mut release = false;
    if let Some(t) = &t {
        if t.handshakes.fetch_sub(1, Ordering::Relaxed) == 1 {
            // The last pending handshake on `t`: let it go. Release orders the operation's
            // writes before the target's next heap access.
            t.poll.fetch_and(!poll_bits::HANDSHAKE, Ordering::AcqRel);
            release = true;
        }
    }
    drop(g);
    if release {
        reg.resume_cv.notify_all();
    }
    result
}

impl Registry {
    /// Registers the calling thread, parked, then unparks it (waiting out any pause).
    pub(crate) fn register_and_unpark(handle: &ThreadHandle) {
        handle.unpark();
    }

    /// Removes `handle`'s thread. It parks first, so a pause in progress never waits for it.
    pub(crate) fn deregister(handle: &ThreadHandle) {
        #[cfg(not(loom))]
        handle.unbind_current();
        let s = handle.shared.state.load(Ordering::Relaxed);
        if s == state::RUNNING {
            handle.park();
        }
        let reg = &handle.registry;
        let mut g = lock(&reg.inner);
        g.threads.retain(|t| t.id != handle.shared.id);
        handle.shared.state.store(state::EXITED, Ordering::Release);
        drop(g);
        reg.stopped_cv.notify_all();
    }
}
