//! The heap verifier: walks everything reachable from the roots, world stopped, and checks
//! that each reference points to a valid object in a valid place, that nothing reachable is
//! forwarded or poisoned, that no young object survives a collection, and (before a minor
//! collection) the remembered-set invariant: an old object not in the remembered set holds no
//! young reference. Switched on by `GcConfig::verify` (`KRAIT_GC_VERIFY=1`) and in tests.

use crate::binding::{Binding, Tracer};
use crate::heap::{Heap, MutatorShared};
use crate::layout::{gc_flags, ObjectRef, FORWARDED, POISON_WORD, RESERVED};
use crate::los::LargeObjectSpace;
use crate::old::OldGen;
use std::collections::HashSet;
use std::sync::atomic::Ordering;
use std::sync::Arc;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Phase {
    BeforeMinor,
    AfterCollection,
}

struct Collect(Vec<ObjectRef>);

impl Tracer for Collect {
    fn trace(&mut self, slot: &mut ObjectRef) {
        self.0.push(*slot);
    }
}

fn where_is<B: Binding>(
    heap: &Heap<B>,
    old: &OldGen,
    los: &LargeObjectSpace,
    obj: ObjectRef,
    phase: Phase,
) -> Result<&'static str, String> {
    let a = obj.addr();
    if a == 0 || !a.is_multiple_of(8) {
        return Err(format!("misaligned or null reference {a:#x}"));
    }
    let space = if heap.young.contains(a) {
        if phase == Phase::AfterCollection {
            return Err(format!("young object {obj:?} reachable after a collection"));
        }
        if !heap.young.in_current_cycle(a) {
            return Err(format!(
                "{obj:?} points into young memory not in use this cycle"
            ));
        }
        "young"
    } else if heap.in_old_region(a) {
        if !old.is_live_object(a) {
            return Err(format!("{obj:?} is not a live cell of an old block"));
        }
        "old"
    } else if heap.immortal.contains(a) {
        if !heap.immortal.in_use(a) {
            return Err(format!(
                "{obj:?} is beyond the immortal space's allocated part"
            ));
        }
        "immortal"
    } else if los.contains(a) {
        "large"
    } else {
        return Err(format!("{obj:?} is in no space of this heap"));
    };
    let w = obj.type_word();
    if w == POISON_WORD {
        return Err(format!("{obj:?} ({space}) is poisoned: a stale reference"));
    }
    if w & FORWARDED != 0 {
        return Err(format!(
            "{obj:?} ({space}) is forwarded outside a collection"
        ));
    }
    if w == RESERVED {
        return Err(format!(
            "{obj:?} ({space}) is an unfilled identity reservation"
        ));
    }
    if !heap.binding.is_valid_type_word(w) {
        return Err(format!("{obj:?} ({space}) has an invalid type word {w:#x}"));
    }
    Ok(space)
}

/// Verifies the heap; returns the number of reachable objects.
pub(crate) fn verify<B: Binding>(
    heap: &Heap<B>,
    mutators: &[Arc<MutatorShared<B>>],
    old: &OldGen,
    los: &LargeObjectSpace,
    phase: Phase,
) -> Result<usize, String> {
    let mut roots = Collect(Vec::new());
    for m in mutators {
        let r = m.roots.load(Ordering::Acquire);
        if !r.is_null() {
            // SAFETY: world stopped; see minor.rs. The collecting tracer does not write.
            heap.binding
                .scan_thread_roots(unsafe { &mut *r }, &mut roots);
        }
    }
    heap.binding.scan_global_roots(&mut roots);
    heap.immortal.for_each(
        // SAFETY: addresses of initialized immortal objects.
        |a| heap.binding.object_size(unsafe { ObjectRef::from_addr(a) }),
        // SAFETY: as above.
        |a| roots.0.push(unsafe { ObjectRef::from_addr(a) }),
    );
    let mut seen: HashSet<usize> = HashSet::new();
    let mut stack = roots.0;
    let mut children = Collect(Vec::new());
    while let Some(obj) = stack.pop() {
        if !seen.insert(obj.addr()) {
            continue;
        }
        let space = where_is(heap, old, los, obj, phase)?;
        let size = heap.binding.object_size(obj);
        if size < 16 || size % 8 != 0 {
            return Err(format!("{obj:?} ({space}) reports bad size {size}"));
        }
        children.0.clear();
        heap.binding.scan_object(obj, &mut children);
        let logged = obj.gc_flags() & gc_flags::UNLOGGED == 0;
        for &c in &children.0 {
            where_is(heap, old, los, c, phase)
                .map_err(|e| format!("field of {obj:?} ({space}): {e}"))?;
            if phase == Phase::BeforeMinor
                && space != "young"
                && !logged
                && heap.young.contains(c.addr())
            {
                return Err(format!(
                    "{obj:?} ({space}) holds young {c:?} but is not in the remembered set \
                     (missing write barrier)"
                ));
            }
            stack.push(c);
        }
    }
    Ok(seen.len())
}
