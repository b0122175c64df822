//! Minor collection: evacuate every live young object into the old generation and update
//! every reference to it.
//!
//! Input: the roots (every thread's, the global ones, and the remembered set of old objects
//! that may point to young ones), and the objects retired since the last pause. Output: an
//! empty young generation, promoted copies in old cells (each reserved identity cell
//! filled), weak slots to dead young objects cleared, dead young finalizable objects
//! finalized, and the retired objects that no root holds, for the heap to free.
//!
//! Copying is Cheney-style with an explicit stack of copied-but-unscanned objects. A copied
//! object is old: it gets `UNLOGGED`, so the barrier catches its next store.

use crate::binding::{Binding, Tracer};
use crate::heap::{Heap, MutatorShared};
use crate::layout::{gc_flags, ObjectRef, POISON_WORD};
use crate::los::LargeObjectSpace;
use crate::old::size_class::MAX_SMALL;
use crate::old::OldGen;
use std::collections::{HashMap, HashSet};
use std::sync::atomic::Ordering;
use std::sync::Arc;

/// What a minor collection did.
pub(crate) struct MinorOutcome {
    pub(crate) promoted_bytes: usize,
    pub(crate) young_used: usize,
    pub(crate) chunks_bytes: usize,
    /// Addresses of the retired objects to free: those published, once each, less any a
    /// thread's roots still hold.
    pub(crate) retired: Vec<usize>,
}

/// Wraps the evacuator while thread and global roots are scanned: a retired object that a
/// root still references is pinned (taken out of the set to free). Retired objects are
/// never young, so the evacuator itself ignores them.
struct PinRetired<'e, 'a, B: Binding> {
    ev: &'e mut Evacuator<'a, B>,
    retired: &'e mut HashSet<usize>,
}

impl<B: Binding> Tracer for PinRetired<'_, '_, B> {
    #[inline(always)]
    fn trace(&mut self, slot: &mut ObjectRef) {
        self.retired.remove(&slot.addr());
        self.ev.trace(slot);
    }
}

struct Evacuator<'a, B: Binding> {
    heap: &'a Heap<B>,
    old: &'a mut OldGen,
    los: &'a mut LargeObjectSpace,
    young_lo: usize,
    young_len: usize,
    ids: HashMap<usize, usize>,
    stack: Vec<ObjectRef>,
    promoted: usize,
}

impl<B: Binding> Evacuator<'_, B> {
    #[inline(always)]
    fn is_young(&self, addr: usize) -> bool {
        addr.wrapping_sub(self.young_lo) < self.young_len
    }

    fn evacuate(&mut self, obj: ObjectRef) -> ObjectRef {
        if let Some(to) = obj.forwarded_to() {
            return to;
        }
        if obj.type_word() == POISON_WORD {
            panic!(
                "GC: stale reference to {obj:?}, evacuated by an earlier collection \
                 (a value was held across a safepoint without a root)"
            );
        }
        let size = self.heap.binding.object_size(obj);
        let dest = if obj.gc_flags() & gc_flags::HAS_ID != 0 {
            self.ids
                .remove(&obj.addr())
                .expect("GC: HAS_ID object without a reserved identity cell")
        } else if size > MAX_SMALL {
            // A medium nursery object: promoted into the large-object space.
            let committed = LargeObjectSpace::committed_size(size);
            self.heap.budget.force_commit(committed);
            // Counts toward the next major collection, the only one that frees it.
            self.heap
                .los_since_major
                .fetch_add(committed, Ordering::Relaxed);
            self.los
                .alloc(size)
                .unwrap_or_else(|| panic!("GC: cannot promote {size} bytes: out of address space"))
        } else {
            self.old
                .alloc(size, &self.heap.budget, true)
                .unwrap_or_else(|e| panic!("GC: cannot promote {size} bytes: {e}"))
        };
        // SAFETY: `obj` is a live young object of `size` bytes (binding rule 1) and `dest` a
        // fresh old cell of at least `size` bytes; they cannot overlap (different regions).
        unsafe { std::ptr::copy_nonoverlapping(obj.as_ptr(), dest as *mut u8, size) };
        // SAFETY: `dest` now holds a complete copy of the object.
        let new = unsafe { ObjectRef::from_addr(dest) };
        new.store_flags(gc_flags::UNLOGGED);
        obj.forward_to(new);
        self.stack.push(new);
        self.promoted += size;
        new
    }

    /// Where a young object went, or `None` if it died. Non-young objects stay put.
    fn resolve(&self, obj: ObjectRef) -> Option<ObjectRef> {
        if self.is_young(obj.addr()) {
            obj.forwarded_to()
        } else {
            Some(obj)
        }
    }

    fn drain(&mut self) {
        let heap = self.heap;
        while let Some(obj) = self.stack.pop() {
            heap.binding.scan_object(obj, self);
        }
    }
}

impl<B: Binding> Tracer for Evacuator<'_, B> {
    #[inline(always)]
    fn trace(&mut self, slot: &mut ObjectRef) {
        if self.is_young(slot.addr()) {
            *slot = self.evacuate(*slot);
        }
    }
}

pub(crate) fn collect<B: Binding>(
    heap: &Heap<B>,
    mutators: &[Arc<MutatorShared<B>>],
    old: &mut OldGen,
    los: &mut LargeObjectSpace,
) -> MinorOutcome {
    let young_used = heap.young.bytes_in_use();
    let ids = heap.ids.drain();
    let (young_lo, young_len) = heap.young.bounds();
    let published = std::mem::take(&mut *heap.published.lock());
    let mut ev = Evacuator {
        heap,
        old,
        los,
        young_lo,
        young_len,
        ids,
        stack: Vec::new(),
        promoted: 0,
    };

    // Roots: threads, globals, then the remembered set.
    let mut retired: HashSet<usize> = published.retired.iter().map(|o| o.addr()).collect();
    if retired.is_empty() {
        scan_roots(heap, mutators, &mut ev);
    } else {
        scan_roots(
            heap,
            mutators,
            &mut PinRetired {
                ev: &mut ev,
                retired: &mut retired,
            },
        );
    }
    for &obj in &published.remset {
        debug_assert!(
            !ev.is_young(obj.addr()),
            "young object in the remembered set"
        );
        obj.set_flags(gc_flags::UNLOGGED);
        heap.binding.scan_object(obj, &mut ev);
    }
    ev.drain();

    // Weak holders: move survivors to the old list; clear slots whose referent died.
    let mut lists = heap.old_lists.lock();
    for holder in published.weak {
        let Some(holder) = ev.resolve(holder) else {
            continue;
        };
        let slot = heap.binding.weak_slot(holder);
        // SAFETY: binding rule 6: `slot` is the holder's weak slot, a word in a live object.
        let referent = unsafe { *slot };
        if referent != 0 && ev.is_young(referent) {
            // SAFETY: a nonzero weak slot holds the address of an object (rule 6).
            let r = unsafe { ObjectRef::from_addr(referent) };
            // SAFETY: as above, the slot is a word of a live object.
            unsafe { *slot = r.forwarded_to().map_or(0, |o| o.addr()) };
        }
        lists.weak.push(holder);
    }
    // Finalizable objects: finalize the dead young ones, move the others to the old list.
    for obj in published.finalizable {
        match ev.resolve(obj) {
            Some(o) => lists.finalizable.push(o),
            None => heap.binding.finalize(obj),
        }
    }
    drop(lists);

    // Reservations whose young object died: free the cells.
    let dead_ids: Vec<usize> = ev.ids.drain().map(|(_, cell)| cell).collect();
    let promoted = ev.promoted;
    for cell in dead_ids {
        if ev.los.contains(cell) {
            let n = ev.los.free(cell);
            heap.budget.uncommit(n);
        } else {
            ev.old.free_cell(cell);
        }
    }
    MinorOutcome {
        promoted_bytes: promoted,
        young_used,
        chunks_bytes: young_used,
        retired: retired.into_iter().collect(),
    }
}

fn scan_roots<B: Binding, T: Tracer>(
    heap: &Heap<B>,
    mutators: &[Arc<MutatorShared<B>>],
    t: &mut T,
) {
    for m in mutators {
        let roots = m.roots.load(Ordering::Acquire);
        if !roots.is_null() {
            // SAFETY: the world is stopped, so the owning thread is stopped or parked and
            // does not touch its roots; `set_roots` promised the pointer is valid.
            heap.binding.scan_thread_roots(unsafe { &mut *roots }, t);
        }
    }
    heap.binding.scan_global_roots(t);
}
