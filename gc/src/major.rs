//! Major collection: mark the old generation and the large-object space from the roots,
//! then finalize the dead, clear weak slots, unmap dead large objects, and start a new sweep
//! epoch (blocks are swept lazily afterwards, see `old/mod.rs`).
//!
//! It runs right after a minor collection in the same pause, so there are no young objects.
//! Immortal objects are never marked; they are all scanned as roots. The marker works in
//! bounded slices (`mark_slice`) so that marking can later be spread over several pauses
//! with an incremental barrier; today the pause runs slices until the stack is empty.

use crate::binding::{Binding, Tracer};
use crate::heap::{Heap, MutatorShared};
use crate::layout::{gc_flags, ObjectRef};
use crate::los::LargeObjectSpace;
use crate::old::OldGen;
use std::sync::atomic::Ordering;
use std::sync::Arc;

/// Objects scanned per marking slice.
const SLICE: usize = 4096;

pub(crate) struct MajorOutcome {
    pub(crate) marked_bytes: usize,
    pub(crate) freed_bytes: usize,
}

pub(crate) struct Marker<'a, B: Binding> {
    heap: &'a Heap<B>,
    stack: Vec<ObjectRef>,
    marked_bytes: usize,
}

impl<'a, B: Binding> Marker<'a, B> {
    fn new(heap: &'a Heap<B>) -> Self {
        Marker {
            heap,
            stack: Vec::new(),
            marked_bytes: 0,
        }
    }

    /// Marks `obj`; true if it was not marked before (so it must be scanned).
    #[inline(always)]
    fn mark(&mut self, obj: ObjectRef) -> bool {
        let a = obj.addr();
        if self.heap.in_old_region(a) {
            let mut cell = 0;
            let fresh = OldGen::mark(a, &mut cell);
            if fresh {
                self.marked_bytes += cell;
            }
            fresh
        } else if self.heap.immortal.contains(a) {
            false
        } else {
            debug_assert!(
                !self.heap.young.contains(a),
                "young object during major marking"
            );
            obj.set_flags(gc_flags::LOS_MARK) & gc_flags::LOS_MARK == 0
        }
    }

    /// Scans up to `budget` objects; true when marking is complete.
    pub(crate) fn mark_slice(&mut self, budget: usize) -> bool {
        let heap = self.heap;
        for _ in 0..budget {
            match self.stack.pop() {
                Some(obj) => heap.binding.scan_object(obj, self),
                None => return true,
            }
        }
        self.stack.is_empty()
    }
}

impl<B: Binding> Tracer for Marker<'_, B> {
    #[inline(always)]
    fn trace(&mut self, slot: &mut ObjectRef) {
        let obj = *slot;
        if self.mark(obj) {
            self.stack.push(obj);
        }
    }
}

/// Whether a non-young object survived the marking that just finished.
fn is_marked<B: Binding>(heap: &Heap<B>, obj: ObjectRef) -> bool {
    let a = obj.addr();
    if heap.in_old_region(a) {
        OldGen::is_marked(a)
    } else if heap.immortal.contains(a) {
        true
    } else {
        obj.gc_flags() & gc_flags::LOS_MARK != 0
    }
}

pub(crate) fn collect<B: Binding>(
    heap: &Heap<B>,
    mutators: &[Arc<MutatorShared<B>>],
    old: &mut OldGen,
    los: &mut LargeObjectSpace,
) -> MajorOutcome {
    old.finish_sweeping(&heap.budget);
    let used_before = old.used_bytes();
    old.marking = true;
    let mut m = Marker::new(heap);

    for ms in mutators {
        let roots = ms.roots.load(Ordering::Acquire);
        if !roots.is_null() {
            // SAFETY: the world is stopped (see minor.rs); the pointer is valid per
            // `set_roots`.
            heap.binding
                .scan_thread_roots(unsafe { &mut *roots }, &mut m);
        }
    }
    heap.binding.scan_global_roots(&mut m);
    heap.immortal.for_each(
        |a| {
            // SAFETY: `for_each` yields addresses of initialized immortal objects.
            heap.binding.object_size(unsafe { ObjectRef::from_addr(a) })
        },
        |a| {
            // SAFETY: as above.
            let obj = unsafe { ObjectRef::from_addr(a) };
            heap.binding.scan_object(obj, &mut m);
        },
    );
    while !m.mark_slice(SLICE) {}

    let mut lists = heap.old_lists.lock();
    lists.weak.retain(|&holder| {
        if !is_marked(heap, holder) {
            return false;
        }
        let slot = heap.binding.weak_slot(holder);
        // SAFETY: binding rule 6; the holder is live.
        let referent = unsafe { *slot };
        if referent != 0 {
            // SAFETY: a nonzero weak slot holds an object address.
            let r = unsafe { ObjectRef::from_addr(referent) };
            if !is_marked(heap, r) {
                // SAFETY: the slot is a word of a live object.
                unsafe { *slot = 0 };
            }
        }
        true
    });
    let mut dead = Vec::new();
    lists.finalizable.retain(|&obj| {
        let live = is_marked(heap, obj);
        if !live {
            dead.push(obj);
        }
        live
    });
    drop(lists);
    for obj in dead {
        heap.binding.finalize(obj);
    }

    let los_freed = los.sweep();
    heap.budget.uncommit(los_freed);
    let marked = m.marked_bytes;
    old.end_marking(marked, &heap.budget);
    MajorOutcome {
        marked_bytes: marked,
        freed_bytes: used_before.saturating_sub(marked) + los_freed,
    }
}
