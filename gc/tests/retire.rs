//! Retired objects (`Mutator::retire`): a container's replaced internal array is freed by the
//! next pause, minor or major, rather than by the next major collection; never before the
//! pause; not if a thread's roots still hold it; once even if retired twice; poisoned in
//! stress mode; counted in the statistics.

mod common;

use common::*;
use krait_gc::CollectionKind;

fn minor(t: &mut MockThread) {
    t.m.collect(CollectionKind::Minor);
}

fn major(t: &mut MockThread) {
    t.m.collect(CollectionKind::Major);
}

/// A node above the young size limit, so it is born in the large-object space.
const LARGE_FIELDS: usize = 160_000;

#[test]
fn a_retired_large_object_is_freed_at_the_next_minor_collection() {
    let heap = new_heap(test_config());
    let mut t = MockThread::new(&heap, 1);
    let big = t
        .alloc_node_in(Space::Young, NODE, LARGE_FIELDS, 1)
        .unwrap();
    assert!(!heap.is_young(big), "born large");
    let size = 32 + 8 * LARGE_FIELDS;
    let before = heap.space_usage();
    assert_eq!(before.large_objects, 1);
    t.m.retire(big);
    // Nothing happens before the pause: another thread could still be reading it.
    assert_eq!(heap.space_usage().large_objects, 1);
    assert_eq!(t.tag(big), 1, "still readable until the next safepoint");
    minor(&mut t);
    let after = heap.space_usage();
    assert_eq!(after.large_objects, 0, "{after:?}");
    assert!(after.committed_bytes + size <= before.committed_bytes);
    let page = krait_gc::page_size();
    let mapped = size.div_ceil(page) * page;
    assert!(
        after.large_cached_bytes >= mapped,
        "mapping kept for reuse: {after:?}"
    );
    let s = heap.stats();
    assert_eq!((s.minor.count, s.major.count), (1, 0), "no major needed");
    assert_eq!(s.minor.retired_bytes as usize, mapped);
    assert_eq!(s.recent[0].retired_bytes, s.minor.retired_bytes as usize);
    assert!(s.recent[0].freed_bytes >= s.recent[0].retired_bytes);
    assert!(s.report().contains("retired="));
    // No same-sized object wanted it through two major collections: unmapped.
    major(&mut t);
    major(&mut t);
    assert_eq!(heap.space_usage().large_cached_bytes, 0);
    assert!(!krait_gc::page_resident(big.addr()), "unmapped");
}

#[test]
fn a_retired_old_cell_is_freed_at_the_next_minor_collection_and_reused() {
    let heap = new_heap(test_config());
    let mut t = MockThread::new(&heap, 1);
    let keep = t.alloc_node_in(Space::Old, NODE, 6, 1).unwrap();
    t.roots.slots[0] = keep.addr();
    let array = t.alloc_node_in(Space::Old, NODE, 6, 2).unwrap();
    let used = heap.space_usage().old_used_bytes;
    t.m.retire(array);
    minor(&mut t);
    assert_eq!(heap.space_usage().old_used_bytes, used - 80);
    assert_eq!(heap.stats().minor.retired_bytes, 80);
    let again = t.alloc_node_in(Space::Old, NODE, 6, 3).unwrap();
    assert_eq!(
        again.addr(),
        array.addr(),
        "the freed cell is allocated again"
    );
    t.roots.slots[0] = 0;
    major(&mut t);
    major(&mut t);
    assert_eq!(heap.space_usage().old_used_bytes, 0);
}

#[test]
fn a_retired_object_that_a_root_still_holds_is_kept_for_a_major_collection() {
    let heap = new_heap(test_config());
    let mut t = MockThread::new(&heap, 1);
    let big = t
        .alloc_node_in(Space::Young, NODE, LARGE_FIELDS, 7)
        .unwrap();
    t.roots.slots[0] = big.addr(); // a handle the VM forgot to drop, say
    t.m.retire(big);
    minor(&mut t);
    assert_eq!(heap.space_usage().large_objects, 1, "pinned by the root");
    assert_eq!(heap.stats().minor.retired_bytes, 0);
    assert_eq!(t.tag(t.root(0).unwrap()), 7);
    t.roots.slots[0] = 0;
    minor(&mut t);
    assert_eq!(heap.space_usage().large_objects, 1, "no longer retired");
    major(&mut t);
    assert_eq!(heap.space_usage().large_objects, 0, "found dead by marking");
}

#[test]
fn retiring_twice_frees_once_and_young_or_immortal_objects_are_ignored() {
    let heap = new_heap(test_config());
    let mut t = MockThread::new(&heap, 2);
    let keep = t.alloc_node_in(Space::Old, NODE, 0, 1).unwrap();
    t.roots.slots[0] = keep.addr();
    let big = t
        .alloc_node_in(Space::Young, NODE, LARGE_FIELDS, 2)
        .unwrap();
    let cell = t.alloc_node_in(Space::Old, NODE, 0, 3).unwrap();
    t.m.retire(big);
    t.m.retire(big);
    t.m.retire(cell);
    t.m.retire(cell);
    let young = t.node(1, 0, 4);
    t.m.retire(young); // ignored: the nursery reclaims it if it is unreachable
    let immortal = t.alloc_node_in(Space::Immortal, NODE, 0, 5).unwrap();
    t.m.retire(immortal);
    let used = heap.space_usage().old_used_bytes;
    minor(&mut t);
    let u = heap.space_usage();
    assert_eq!(u.large_objects, 0);
    // The cell went; the young node was promoted, as it is still a root.
    assert_eq!(u.old_used_bytes, used - 32 + 32, "{u:?}");
    assert_eq!(t.tag(t.root(1).unwrap()), 4);
    assert_eq!(t.tag(immortal), 5);
    let page = krait_gc::page_size();
    let big_bytes = (32 + 8 * LARGE_FIELDS).div_ceil(page) * page;
    assert_eq!(heap.stats().minor.retired_bytes as usize, big_bytes + 32);
    major(&mut t);
    assert_eq!(t.tag(t.root(0).unwrap()), 1);
}

#[test]
fn a_major_pause_frees_retired_objects_before_marking() {
    let heap = new_heap(test_config());
    let mut t = MockThread::new(&heap, 1);
    let keep = t.alloc_node_in(Space::Old, NODE, 1, 1).unwrap();
    t.roots.slots[0] = keep.addr();
    let array = t.alloc_node_in(Space::Old, NODE, 100, 2).unwrap();
    let big = t
        .alloc_node_in(Space::Young, NODE, LARGE_FIELDS, 3)
        .unwrap();
    t.m.retire(array);
    t.m.retire(big);
    major(&mut t);
    let s = heap.stats();
    assert_eq!(s.major.count, 1);
    assert!(s.major.retired_bytes as usize > 8 * LARGE_FIELDS);
    let u = heap.space_usage();
    assert_eq!(u.large_objects, 0);
    assert_eq!(u.old_used_bytes, 40, "only the kept node: {u:?}");
    major(&mut t);
    assert_eq!(heap.space_usage().old_used_bytes, 40);
}

#[test]
fn stress_mode_poisons_a_freed_retired_cell() {
    let mut cfg = test_config();
    cfg.stress = true;
    let heap = new_heap(cfg);
    let mut t = MockThread::new(&heap, 1);
    let array = t.alloc_node_in(Space::Old, NODE, 4, 9).unwrap();
    t.m.retire(array);
    t.m.safepoint_poll(); // stress: every poll collects
    assert_eq!(array.type_word(), krait_gc::layout::POISON_WORD);
}

/// A retired object another object still points to is a VM bug the verifier reports.
#[test]
#[should_panic(expected = "not a live cell of an old block")]
fn verifier_catches_a_retired_object_still_referenced_from_the_heap() {
    let heap = new_heap(test_config());
    let mut t = MockThread::new(&heap, 1);
    let owner = t.alloc_node_in(Space::Old, NODE, 1, 1).unwrap();
    t.roots.slots[0] = owner.addr();
    let array = t.alloc_node_in(Space::Old, NODE, 0, 2).unwrap();
    t.set_field(owner, 0, Some(array));
    t.m.retire(array); // but `owner` still points to it
    minor(&mut t);
}

/// Threads publish their retired objects when they stop or park, like their other lists:
/// an object one thread retired before parking is freed by a pause another thread runs.
#[test]
fn a_parked_threads_retired_objects_are_freed_by_another_threads_pause() {
    let heap = new_heap(test_config());
    let (to_b, b_rx) = std::sync::mpsc::channel::<()>();
    let (to_a, a_rx) = std::sync::mpsc::channel::<()>();
    let h2 = heap.clone();
    let b = std::thread::spawn(move || {
        let mut t = MockThread::new(&h2, 1);
        let big = t
            .alloc_node_in(Space::Young, NODE, LARGE_FIELDS, 1)
            .unwrap();
        t.m.retire(big);
        to_a.send(()).unwrap();
        t.m.parked(|| b_rx.recv().unwrap());
    });
    let mut a = MockThread::new(&heap, 1);
    a_rx.recv().unwrap();
    assert_eq!(heap.space_usage().large_objects, 1);
    minor(&mut a);
    assert_eq!(heap.space_usage().large_objects, 0);
    to_b.send(()).unwrap();
    a.m.parked(|| b.join().unwrap());
}
