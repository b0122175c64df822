//! The thread registry: which threads exist and the shared words other threads may read.
//!
//! Input: threads calling [`Registry::register`]. Output: a [`ThreadHandle`] per thread,
//! owned by that thread, through which it polls, parks and requests pauses
//! (see `safepoint.rs`). Dropping the handle deregisters the thread.

use crate::safepoint::{poll_bits, state, SafepointStats};
use crate::sync::{lock, Arc, AtomicU32, AtomicU64, Condvar, Mutex, Ordering, ParkingLot};

/// A registry-unique thread number (never reused within one registry).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ThreadId(pub u32);

/// The part of a thread other threads may look at.
#[derive(Debug)]
pub struct ThreadShared {
    pub(crate) id: u32,
    /// Request bits (`poll_bits`); any thread may set them.
    pub(crate) poll: AtomicU32,
    /// Run state (`state`); only the owning thread writes it.
    pub(crate) state: AtomicU32,
    /// Handshakes requested of this thread and not yet finished (see
    /// [`ThreadHandle::handshake`]). Read and written only under the registry lock; the
    /// `HANDSHAKE` poll bit is set while it is nonzero.
    pub(crate) handshakes: AtomicU32,
    /// How many of this thread's biased object locks other threads have revoked in the
    /// current window (written under the registry lock; the thread reads it to stop biasing,
    /// see `objlock.rs`).
    pub(crate) revoked: AtomicU32,
    /// When that window began (`objlock::clock_ms`; written with `revoked`).
    pub(crate) revoked_since: AtomicU64,
}

impl ThreadShared {
    /// The thread's id.
    pub fn id(&self) -> ThreadId {
        ThreadId(self.id)
    }

    /// The thread's current run state (see [`state`]).
    pub fn run_state(&self) -> u32 {
        self.state.load(Ordering::Acquire)
    }
}

/// Registry state behind the lock.
pub(crate) struct Inner {
    pub(crate) threads: Vec<Arc<ThreadShared>>,
    pub(crate) stw_active: bool,
    pub(crate) next_id: u32,
    pub(crate) stats: SafepointStats,
}

/// All threads that may touch one heap.
pub struct Registry {
    pub(crate) inner: Mutex<Inner>,
    /// Collectors wait here for threads to stop or park.
    pub(crate) stopped_cv: Condvar,
    /// Stopped threads wait here for the pause to end.
    pub(crate) resume_cv: Condvar,
    /// Number of pauses that have ended.
    pub(crate) stw_epoch: AtomicU64,
    /// Where threads waiting for an object lock sleep (`objlock.rs`).
    pub(crate) parking: ParkingLot,
}

impl Registry {
    /// An empty registry.
    pub fn new() -> Arc<Registry> {
        Arc::new(Registry {
            inner: Mutex::new(Inner {
                threads: Vec::new(),
                stw_active: false,
                next_id: 1,
                stats: SafepointStats::default(),
            }),
            stopped_cv: Condvar::new(),
            resume_cv: Condvar::new(),
            stw_epoch: AtomicU64::new(0),
            parking: ParkingLot::new(),
        })
    }

    /// Registers the calling thread and returns its handle, in the running state. If a
    /// pause is under way, this waits for it to end.
    pub fn register(this: &Arc<Registry>) -> ThreadHandle {
        let mut g = lock(&this.inner);
        let id = g.next_id;
        g.next_id += 1;
        let poll = if g.stw_active { poll_bits::STOP } else { 0 };
        let shared = Arc::new(ThreadShared {
            id,
            poll: AtomicU32::new(poll),
            state: AtomicU32::new(state::PARKED),
            handshakes: AtomicU32::new(0),
            revoked: AtomicU32::new(0),
            revoked_since: AtomicU64::new(0),
        });
        g.threads.push(shared.clone());
        drop(g);
        let handle = ThreadHandle {
            shared,
            registry: this.clone(),
            _not_sync: std::marker::PhantomData,
        };
        Registry::register_and_unpark(&handle);
        handle
    }

    /// Number of registered threads.
    pub fn thread_count(&self) -> usize {
        lock(&self.inner).threads.len()
    }

    /// Time-to-safepoint statistics over all pauses so far.
    pub fn stats(&self) -> SafepointStats {
        lock(&self.inner).stats
    }

    /// Number of pauses that have completed.
    pub fn pauses_completed(&self) -> u64 {
        self.stw_epoch.load(Ordering::Acquire)
    }

    /// Whether a pause is under way now.
    pub fn pause_active(&self) -> bool {
        lock(&self.inner).stw_active
    }
}

/// A registered thread's own handle. It is `Send` (a thread may be handed its handle) but not
/// `Sync`: only the owning thread polls, parks and unparks through it.
pub struct ThreadHandle {
    pub(crate) shared: Arc<ThreadShared>,
    pub(crate) registry: Arc<Registry>,
    _not_sync: std::marker::PhantomData<std::cell::Cell<()>>,
}

impl ThreadHandle {
    /// This thread's id.
    pub fn id(&self) -> ThreadId {
        ThreadId(self.shared.id)
    }

    /// The shared part of this thread, for other threads to inspect.
    pub fn shared(&self) -> &Arc<ThreadShared> {
        &self.shared
    }

    /// The registry this thread belongs to.
    pub fn registry(&self) -> &Arc<Registry> {
        &self.registry
    }

    /// Address of the poll word, for compiled code that polls with a single load.
    pub fn poll_word_addr(&self) -> *const u32 {
        &self.shared.poll as *const AtomicU32 as *const u32
    }

    /// Whether this thread is parked now.
    pub fn is_parked(&self) -> bool {
        self.shared.state.load(Ordering::Relaxed) == state::PARKED
    }
}

impl Drop for ThreadHandle {
    fn drop(&mut self) {
        Registry::deregister(self);
    }
}
