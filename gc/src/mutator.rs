//! A thread's view of the heap: bump allocation in its nursery chunk, the write barrier,
//! safepoints, and parking.
//!
//! **Allocation never collects.** When the chunk is full the thread takes a fresh chunk; once
//! it has used its nursery budget it raises "collection wanted" (its own `LOCAL` poll bit and
//! the heap's flag), and the collection runs at its next safepoint. So code holding raw
//! references between safepoints may allocate freely.
//!
//! Thread-local lists (the barrier's log, registered finalizable objects and weak holders,
//! retired objects) are handed to the heap whenever the thread stops or parks, so the
//! collector never reads a running thread's private state. Only the roots pointer is shared, and the collector reads
//! it while the thread is stopped or parked.

use crate::binding::Binding;
use crate::error::AllocError;
use crate::heap::{Heap, MutatorShared};
use crate::layout::{self, align_size, gc_flags, HeaderInit, ObjectRef, MIN_OBJECT_SIZE};
use crate::stats::CollectionKind;
use krait_threads::{Registry, ThreadHandle};
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::Arc;

/// Largest request accepted at all; anything above is an `InvalidSize` error, not an attempt.
pub const MAX_ALLOC: usize = 1 << 46;

/// Largest object bump-allocated in a nursery chunk. Above the old generation's largest
/// size class: medium objects that die young (big integers, buffers) never touch the
/// large-object space; the few that survive are promoted into it.
pub const MAX_YOUNG: usize = 32 << 10;

/// Largest object allocated young at all. Objects between [`MAX_YOUNG`] and this get a run
/// of whole nursery chunks of their own (the thread keeps bumping in the run's tail if that
/// is roomier than its chunk), so a big integer or buffer that dies young costs a bump
/// instead of a mapping and an unmapping; bigger ones go straight to the large-object space.
pub const MAX_YOUNG_LARGE: usize = 1 << 20;

/// One thread's allocation and safepoint context. Owned by its thread; dropping it
/// deregisters the thread.
pub struct Mutator<B: Binding> {
    bump: usize,
    limit: usize,
    young_bytes: usize,
    epoch: u64,
    modbuf: Vec<ObjectRef>,
    finalizable: Vec<ObjectRef>,
    weak: Vec<ObjectRef>,
    retired: Vec<ObjectRef>,
    heap: Arc<Heap<B>>,
    shared: Arc<MutatorShared<B>>,
    thread: ThreadHandle,
}

impl<B: Binding> Mutator<B> {
    /// Registers the calling thread with `heap`. Waits if a pause is under way.
    pub fn new(heap: &Arc<Heap<B>>) -> Mutator<B> {
        let thread = Registry::register(&heap.registry);
        let shared = Arc::new(MutatorShared {
            roots: AtomicPtr::new(std::ptr::null_mut()),
        });
        heap.mutators.lock().push(shared.clone());
        if heap.config.stress {
            thread.request_local();
        }
        Mutator {
            bump: 0,
            limit: 0,
            young_bytes: 0,
            epoch: heap.epoch.load(Ordering::Acquire),
            modbuf: Vec::new(),
            finalizable: Vec::new(),
            weak: Vec::new(),
            retired: Vec::new(),
            heap: heap.clone(),
            shared,
            thread,
        }
    }

    /// Tells the collector where this thread's roots are.
    ///
    /// # Safety
    /// `roots` must stay valid until it is replaced or the mutator is dropped, and the thread
    /// must not access it in a way that conflicts with the collector while it is stopped or
    /// parked (the collector reads and updates it then).
    pub unsafe fn set_roots(&mut self, roots: *mut B::ThreadRoots) {
        self.shared.roots.store(roots, Ordering::Release);
    }

    /// The heap.
    pub fn heap(&self) -> &Arc<Heap<B>> {
        &self.heap
    }

    /// This thread's registry handle.
    pub fn thread(&self) -> &ThreadHandle {
        &self.thread
    }

    // --- Allocation ---------------------------------------------------------------------

    /// Allocates an object of `size` bytes, young if it fits the nursery and in the
    /// large-object space otherwise, with the header `init`. Never collects. The caller must
    /// initialize the whole object before its next safepoint.
    #[inline(always)]
    pub fn alloc(&mut self, size: usize, init: HeaderInit) -> Result<ObjectRef, AllocError> {
        let size = align_size(size);
        let end = self.bump.wrapping_add(size);
        if end <= self.limit && size.wrapping_sub(MIN_OBJECT_SIZE) <= MAX_YOUNG - MIN_OBJECT_SIZE {
            let addr = self.bump;
            self.bump = end;
            // SAFETY: [addr, end) lies in this thread's current chunk, which no other thread
            // allocates in; it is 8-aligned and at least a header long.
            return Ok(unsafe { layout::write_header(addr, init, 0) });
        }
        self.alloc_slow(size, init)
    }

    #[cold]
    #[inline(never)]
    fn alloc_slow(&mut self, size: usize, init: HeaderInit) -> Result<ObjectRef, AllocError> {
        if !(MIN_OBJECT_SIZE..=MAX_ALLOC).contains(&size) {
            return Err(AllocError::InvalidSize(size));
        }
        if size > MAX_YOUNG_LARGE {
            return self.alloc_old(size, init);
        }
        let heap = self.heap.clone();
        let chunk = heap.young.chunk_size();
        if size > MAX_YOUNG {
            return self.alloc_young_run(size, init);
        }
        if heap.budget.try_commit(chunk).is_err() {
            heap.relieve_pressure();
            self.want_collection();
            heap.budget.try_commit(chunk)?;
        }
        match heap.young.take_chunk() {
            Some((start, end)) => {
                self.bump = start + size;
                self.limit = end;
                self.young_bytes += chunk;
                if self.young_bytes >= heap.config.nursery_bytes {
                    heap.minor_wanted.store(true, Ordering::Relaxed);
                    self.want_collection();
                }
                // SAFETY: [start, start + size) is the beginning of a chunk just handed to us.
                Ok(unsafe { layout::write_header(start, init, 0) })
            }
            None => {
                // The young region is exhausted (a long run without safepoints): fall back
                // to the old generation until the next collection.
                heap.budget.uncommit(chunk);
                self.want_collection();
                self.alloc_old(size, init)
            }
        }
    }

    /// A medium object in a run of whole chunks of its own.
    #[cold]
    fn alloc_young_run(&mut self, size: usize, init: HeaderInit) -> Result<ObjectRef, AllocError> {
        let heap = self.heap.clone();
        let chunk = heap.young.chunk_size();
        let run = size.div_ceil(chunk) * chunk;
        if heap.budget.try_commit(run).is_err() {
            heap.relieve_pressure();
            self.want_collection();
            heap.budget.try_commit(run)?;
        }
        let Some(start) = heap.young.take_run(run) else {
            heap.budget.uncommit(run);
            self.want_collection();
            return self.alloc_old(size, init);
        };
        self.young_bytes += run;
        if self.young_bytes >= heap.config.nursery_bytes {
            self.want_collection();
        }
        let end = start + run;
        if end - (start + size) > self.limit - self.bump {
            self.bump = start + size;
            self.limit = end;
        }
        // SAFETY: [start, start + size) is the beginning of a run of chunks just handed to
        // this thread alone; it is 8-aligned and at least a header long.
        Ok(unsafe { layout::write_header(start, init, 0) })
    }

    fn want_collection(&self) {
        self.heap.minor_wanted.store(true, Ordering::Relaxed);
        self.thread.request_local();
    }

    /// Allocates directly in the old generation (or the large-object space). Old objects do
    /// not move, so this suits objects the VM wants at a fixed address. Logged at birth, so
    /// the initializing stores need no barrier.
    pub fn alloc_old(&mut self, size: usize, init: HeaderInit) -> Result<ObjectRef, AllocError> {
        let size = align_size(size);
        if !(MIN_OBJECT_SIZE..=MAX_ALLOC).contains(&size) {
            return Err(AllocError::InvalidSize(size));
        }
        let obj = self.heap.alloc_old_raw(size, init)?;
        self.modbuf.push(obj);
        if self.heap.collection_wanted() {
            self.want_collection();
        }
        Ok(obj)
    }

    /// Allocates an immortal object: never moved, never freed. Logged at birth.
    pub fn alloc_immortal(
        &mut self,
        size: usize,
        init: HeaderInit,
    ) -> Result<ObjectRef, AllocError> {
        let size = align_size(size);
        if !(MIN_OBJECT_SIZE..=MAX_ALLOC).contains(&size) {
            return Err(AllocError::InvalidSize(size));
        }
        let obj = self.heap.alloc_immortal_raw(size, init)?;
        self.modbuf.push(obj);
        Ok(obj)
    }

    /// The stable identity of `obj` (for `id()` and default hashes). May allocate the cell
    /// the object will move to, hence the error.
    pub fn identity(&mut self, obj: ObjectRef) -> Result<usize, AllocError> {
        self.heap.identity(obj)
    }

    /// Asks for `Binding::finalize(obj)` when `obj` dies.
    pub fn register_finalizer(&mut self, obj: ObjectRef) {
        self.finalizable.push(obj);
    }

    /// Registers a weak holder (see `Binding::weak_slot`).
    pub fn register_weak(&mut self, holder: ObjectRef) {
        self.weak.push(holder);
    }

    /// Hands `obj` back to the collector, which frees it at the next pause (minor or
    /// major) instead of waiting for a major collection to find it dead. For the internal
    /// arrays of containers (a list's items, a dict's tables) that the container has just
    /// replaced, when the container held the only reference.
    ///
    /// Not freed at once: another thread may be reading the old array without a lock, and
    /// may keep doing so until its next safepoint; a pause begins only when every thread is
    /// at one, so by then no raw reference to `obj` is left. The caller promises that no
    /// other heap object references `obj` and that nothing will store it anywhere again; a
    /// reference from a thread's roots (a handle) is tolerated: the collector then keeps
    /// the object, and a later major collection frees it. Young and immortal objects are
    /// ignored (the nursery reclaims the first by itself). `obj` must not be registered as
    /// finalizable or as a weak holder.
    #[inline]
    pub fn retire(&mut self, obj: ObjectRef) {
        if !self.heap.is_young(obj) && !self.heap.is_immortal(obj) {
            self.retired.push(obj);
        }
    }

    // --- Write barrier ------------------------------------------------------------------

    /// The write barrier: call it on `obj` for every store of a reference into `obj`, before
    /// the next safepoint. One flag test on the fast path.
    #[inline(always)]
    pub fn write_barrier(&mut self, obj: ObjectRef) {
        if obj.gc_flags() & gc_flags::UNLOGGED != 0 {
            self.barrier_slow(obj);
        }
    }

    #[cold]
    #[inline(never)]
    fn barrier_slow(&mut self, obj: ObjectRef) {
        if obj.clear_flags(gc_flags::UNLOGGED) & gc_flags::UNLOGGED != 0 {
            self.modbuf.push(obj);
        }
    }

    // --- Safepoints ---------------------------------------------------------------------

    /// The poll: true when the thread must call [`safepoint`](Self::safepoint).
    #[inline(always)]
    pub fn poll(&self) -> bool {
        self.thread.poll_requested()
    }

    /// Polls, and if needed runs the safepoint slow path. The caller must be at a safepoint:
    /// every reference it holds is in a place its roots report.
    #[inline(always)]
    pub fn safepoint_poll(&mut self) {
        if self.poll() {
            self.safepoint();
        }
    }

    /// The safepoint slow path: stop for another thread's pause, or run a wanted collection.
    /// The caller must be at a safepoint.
    #[cold]
    #[inline(never)]
    pub fn safepoint(&mut self) {
        self.publish();
        if self.thread.stop_requested() {
            self.thread.block_for_stop();
        }
        if self.heap.config.stress || self.heap.collection_wanted() {
            if let Some(stw) = self.thread.stop_the_world() {
                self.heap.collect(&stw, false);
            }
        }
        if !self.heap.config.stress {
            self.thread.clear_local();
        }
        self.resync();
    }

    /// Runs a collection now (`gc.collect()`), major if `kind` is `Major`. The caller must be
    /// at a safepoint.
    pub fn collect(&mut self, kind: CollectionKind) {
        self.publish();
        loop {
            if let Some(stw) = self.thread.stop_the_world() {
                self.heap.collect(&stw, kind == CollectionKind::Major);
                break;
            }
            // Another thread's pause ran while we waited; ours is still wanted.
        }
        self.resync();
    }

    /// Parks before a blocking operation that does not touch the heap. The caller must be at
    /// a safepoint, and must not touch the heap until [`unpark`](Self::unpark).
    pub fn park(&mut self) {
        self.publish();
        self.thread.park();
    }

    /// Unparks after a blocking operation; waits if a pause is under way.
    pub fn unpark(&mut self) {
        self.thread.unpark();
        self.resync();
    }

    /// Runs `f` parked (for example a blocking read). `f` must not touch the heap.
    pub fn parked<R>(&mut self, f: impl FnOnce() -> R) -> R {
        self.park();
        let r = f();
        self.unpark();
        r
    }

    /// Hands the thread-local lists to the heap.
    fn publish(&mut self) {
        if self.modbuf.is_empty()
            && self.finalizable.is_empty()
            && self.weak.is_empty()
            && self.retired.is_empty()
        {
            return;
        }
        let mut p = self.heap.published.lock();
        p.remset.append(&mut self.modbuf);
        p.finalizable.append(&mut self.finalizable);
        p.weak.append(&mut self.weak);
        p.retired.append(&mut self.retired);
    }

    /// After a pause: if a collection ran, our chunk is gone; start a fresh one on demand.
    fn resync(&mut self) {
        let e = self.heap.epoch.load(Ordering::Acquire);
        if e != self.epoch {
            self.epoch = e;
            self.bump = 0;
            self.limit = 0;
            self.young_bytes = 0;
        }
    }
}

impl<B: Binding> Drop for Mutator<B> {
    fn drop(&mut self) {
        self.publish();
        if !self.thread.is_parked() {
            self.thread.park();
        }
        let mut list = self.heap.mutators.lock();
        list.retain(|m| !Arc::ptr_eq(m, &self.shared));
        // The thread handle is dropped after this, deregistering the (parked) thread.
    }
}
