//! Unit tests of the collector against the mock VM: allocation, evacuation (cycles, shared
//! substructure), old-to-young references through the barrier, large objects, identity
//! across moves, finalization and weak slots, the heap cap, memory return, stress poisoning,
//! bad input and statistics.

mod common;

use common::*;
use krait_gc::{AllocError, CollectionKind, GcConfig, HeaderInit, MAX_ALLOC, MAX_SMALL};

fn minor(t: &mut MockThread) {
    t.m.collect(CollectionKind::Minor);
}

fn major(t: &mut MockThread) {
    t.m.collect(CollectionKind::Major);
}

#[test]
fn allocation_is_young_and_bump_contiguous() {
    let heap = new_heap(test_config());
    let mut t = MockThread::new(&heap, 4);
    let a = t.node(0, 1, 1);
    let b = t.node(1, 1, 2);
    assert!(heap.is_young(a) && heap.is_young(b));
    assert_eq!(b.addr(), a.addr() + 40, "bump allocation is contiguous");
    assert_eq!(t.tag(a), 1);
}

#[test]
fn evacuation_preserves_cycles_and_sharing() {
    let heap = new_heap(test_config());
    let mut t = MockThread::new(&heap, 4);
    // a -> b -> c -> a (cycle), and a.1 -> c (shared), d unreachable.
    let a = t.node(0, 2, 10);
    let b = t.alloc_node_in(Space::Young, NODE, 1, 11).unwrap();
    let c = t.alloc_node_in(Space::Young, NODE, 1, 12).unwrap();
    t.set_field(a, 0, Some(b));
    t.set_field(b, 0, Some(c));
    t.set_field(c, 0, Some(a));
    t.set_field(a, 1, Some(c));
    let _d = t.alloc_node_in(Space::Young, NODE, 0, 13).unwrap();
    let before = heap.space_usage().old_used_bytes;
    minor(&mut t);
    let a = t.root(0).unwrap();
    assert!(!heap.is_young(a), "survivor promoted");
    let b = t.field(a, 0).unwrap();
    let c = t.field(b, 0).unwrap();
    assert_eq!((t.tag(a), t.tag(b), t.tag(c)), (10, 11, 12));
    assert_eq!(t.field(c, 0), Some(a), "cycle closed on the moved copy");
    assert_eq!(t.field(a, 1), Some(c), "shared child copied once");
    let promoted = heap.space_usage().old_used_bytes - before;
    // a has two fields (48 bytes), b and c one each (40 bytes); d died.
    assert_eq!(
        promoted,
        48 + 40 + 40,
        "only the three live nodes were promoted"
    );
    let s = heap.stats();
    assert_eq!(s.minor.count, 1);
    assert_eq!(s.minor.promoted_bytes, 128);
}

#[test]
fn old_to_young_reference_through_the_barrier() {
    let heap = new_heap(test_config());
    let mut t = MockThread::new(&heap, 2);
    t.node(0, 1, 1);
    minor(&mut t); // the parent is old now
    let parent = t.root(0).unwrap();
    assert!(!heap.is_young(parent));
    let child = t.alloc_node_in(Space::Young, NODE, 0, 2).unwrap();
    t.set_field(parent, 0, Some(child)); // barrier logs the parent
    minor(&mut t);
    let parent = t.root(0).unwrap();
    let child = t
        .field(parent, 0)
        .expect("child kept alive by the old parent");
    assert!(!heap.is_young(child));
    assert_eq!(t.tag(child), 2);
    // A second store into the same (re-armed) parent is caught again.
    let c2 = t.alloc_node_in(Space::Young, NODE, 0, 3).unwrap();
    t.set_field(parent, 0, Some(c2));
    minor(&mut t);
    let parent = t.root(0).unwrap();
    assert_eq!(t.tag(t.field(parent, 0).unwrap()), 3);
}

/// Without the barrier the verifier reports the missing remembered-set entry, which shows
/// the barrier test above is not passing by luck.
#[test]
#[should_panic(expected = "missing write barrier")]
fn verifier_catches_a_missing_barrier() {
    let heap = new_heap(test_config());
    let mut t = MockThread::new(&heap, 2);
    t.node(0, 1, 1);
    minor(&mut t);
    let parent = t.root(0).unwrap();
    let child = t.alloc_node_in(Space::Young, NODE, 0, 2).unwrap();
    write(parent, 2, child.addr()); // no barrier
    minor(&mut t);
}

#[test]
fn objects_allocated_old_need_no_barrier_for_initialization() {
    let heap = new_heap(test_config());
    let mut t = MockThread::new(&heap, 2);
    let child = t.node(1, 0, 7);
    let old = t.alloc_node_in(Space::Old, NODE, 1, 8).unwrap();
    write(old, 2, child.addr()); // initializing store, no barrier
    t.roots.slots[0] = old.addr();
    t.roots.slots[1] = 0;
    minor(&mut t);
    let old = t.root(0).unwrap();
    assert_eq!(t.tag(t.field(old, 0).unwrap()), 7);
}

#[test]
fn immortal_objects_keep_heap_objects_alive() {
    let heap = new_heap(test_config());
    let mut t = MockThread::new(&heap, 1);
    let imm = t.alloc_node_in(Space::Immortal, NODE, 1, 1).unwrap();
    assert!(heap.is_immortal(imm));
    let child = t.alloc_node_in(Space::Young, NODE, 0, 2).unwrap();
    t.set_field(imm, 0, Some(child));
    minor(&mut t);
    major(&mut t);
    major(&mut t);
    let c = t.field(imm, 0).unwrap();
    assert_eq!(t.tag(c), 2);
    assert!(!heap.is_young(c));
}

#[test]
fn large_objects_live_and_die_in_the_large_object_space() {
    let heap = new_heap(test_config());
    let mut t = MockThread::new(&heap, 2);
    let n = 160_000; // 1.25 MiB of fields: above the young limit
    let big = t.alloc_node_in(Space::Young, NODE, n, 99).unwrap(); // routed to the LOS
    assert!(!heap.is_young(big));
    t.roots.slots[0] = big.addr();
    for i in (0..n).step_by(97) {
        let c = t.alloc_node_in(Space::Young, NODE, 0, i as u64).unwrap();
        t.set_field(big, i, Some(c));
    }
    assert_eq!(heap.space_usage().large_objects, 1);
    major(&mut t);
    let big = t.root(0).unwrap();
    for i in (0..n).step_by(97) {
        assert_eq!(t.tag(t.field(big, i).unwrap()), i as u64);
    }
    let committed = heap.space_usage().committed_bytes;
    t.roots.slots[0] = 0;
    major(&mut t);
    let u = heap.space_usage();
    assert_eq!(u.large_objects, 0);
    assert!(
        u.committed_bytes + 1_000_000 <= committed,
        "large object unmapped"
    );
}

#[test]
fn dead_large_objects_mappings_are_reused_then_returned_to_the_os() {
    let heap = new_heap(test_config());
    let mut t = MockThread::new(&heap, 1);
    let n = 160_000; // 1.25 MiB: straight to the large-object space
    let first = t.alloc_node_in(Space::Young, NODE, n, 1).unwrap();
    let addr = first.addr();
    t.roots.slots[0] = 0;
    major(&mut t);
    let u = heap.space_usage();
    assert_eq!(u.large_objects, 0);
    assert!(
        u.large_cached_bytes >= n * 8,
        "the dead object's mapping is kept"
    );
    let second = t.alloc_node_in(Space::Young, NODE, n, 2).unwrap();
    assert_eq!(
        second.addr(),
        addr,
        "a same-sized object reuses the mapping"
    );
    assert_eq!(heap.space_usage().large_cached_bytes, 0);
    t.roots.slots[0] = second.addr();
    major(&mut t);
    assert_eq!(t.tag(t.root(0).unwrap()), 2);
    t.roots.slots[0] = 0;
    major(&mut t);
    assert!(heap.space_usage().large_cached_bytes > 0);
    // Unused through two more major collections: unmapped.
    major(&mut t);
    major(&mut t);
    assert_eq!(heap.space_usage().large_cached_bytes, 0);
}

#[test]
fn medium_objects_start_young_and_only_survivors_reach_the_large_object_space() {
    let heap = new_heap(test_config());
    let mut t = MockThread::new(&heap, 2);
    let n = 8000; // 64 KB of fields: a run of nursery chunks of its own
    for round in 0..20u64 {
        let dead = t.alloc_node_in(Space::Young, NODE, n, round).unwrap();
        assert!(heap.is_young(dead));
    }
    let small = t.node(1, 0, 7);
    assert!(heap.is_young(small), "small objects still bump-allocate");
    let big = t.alloc_node_in(Space::Young, NODE, n, 99).unwrap();
    assert!(heap.is_young(big));
    t.roots.slots[0] = big.addr();
    for i in (0..n).step_by(97) {
        let c = t.alloc_node_in(Space::Young, NODE, 0, i as u64).unwrap();
        t.set_field(big, i, Some(c));
    }
    assert_eq!(heap.space_usage().large_objects, 0, "nothing mapped yet");
    minor(&mut t);
    let big = t.root(0).unwrap();
    assert!(!heap.is_young(big));
    assert_eq!(heap.space_usage().large_objects, 1, "only the survivor");
    assert_eq!(t.tag(big), 99);
    for i in (0..n).step_by(97) {
        assert_eq!(t.tag(t.field(big, i).unwrap()), i as u64);
    }
}

#[test]
fn identity_is_stable_across_moves() {
    let heap = new_heap(test_config());
    let mut t = MockThread::new(&heap, 3);
    let a = t.node(0, 0, 1);
    let id = t.m.identity(a).unwrap();
    assert_ne!(
        id,
        a.addr(),
        "a young object's identity is not its young address"
    );
    assert_eq!(t.m.identity(a).unwrap(), id, "asked twice, same answer");
    let b = t.node(1, 0, 2);
    let id_b = t.m.identity(b).unwrap();
    assert_ne!(id, id_b);
    // A third object whose identity was reserved but which dies: its cell is freed.
    let dead = t.alloc_node_in(Space::Young, NODE, 0, 3).unwrap();
    let _ = t.m.identity(dead).unwrap();
    minor(&mut t);
    let a = t.root(0).unwrap();
    assert_eq!(a.addr(), id, "evacuated exactly into the reserved cell");
    assert_eq!(t.m.identity(a).unwrap(), id);
    major(&mut t);
    assert_eq!(
        t.m.identity(t.root(0).unwrap()).unwrap(),
        id,
        "old objects don't move"
    );
    assert_eq!(t.m.identity(t.root(1).unwrap()).unwrap(), id_b);
}

#[test]
fn finalizers_run_once_for_dead_objects_young_and_old() {
    let heap = new_heap(test_config());
    let mut t = MockThread::new(&heap, 2);
    let keep = t.alloc_node_in(Space::Young, FINAL, 0, 1).unwrap();
    t.roots.slots[0] = keep.addr();
    t.m.register_finalizer(keep);
    let dies_young = t.alloc_node_in(Space::Young, FINAL, 0, 2).unwrap();
    t.m.register_finalizer(dies_young);
    minor(&mut t);
    assert_eq!(*heap.binding().finalized.lock(), vec![2]);
    t.roots.slots[0] = 0;
    minor(&mut t);
    assert_eq!(
        *heap.binding().finalized.lock(),
        vec![2],
        "old objects wait for a major"
    );
    major(&mut t);
    major(&mut t);
    assert_eq!(*heap.binding().finalized.lock(), vec![2, 1]);
}

#[test]
fn weak_slots_follow_moves_and_clear_on_death() {
    let heap = new_heap(test_config());
    let mut t = MockThread::new(&heap, 4);
    let target = t.node(0, 0, 5);
    let w = t.weak(1, target.addr());
    t.roots.slots[1] = w.addr();
    let doomed = t.alloc_node_in(Space::Young, NODE, 0, 6).unwrap();
    let w2 = t.weak(2, doomed.addr());
    t.roots.slots[2] = w2.addr();
    minor(&mut t);
    let w = t.root(1).unwrap();
    assert_eq!(
        read(w, 1),
        t.root(0).unwrap().addr(),
        "weak slot updated to the new copy"
    );
    assert_eq!(
        read(t.root(2).unwrap(), 1),
        0,
        "dead young referent cleared"
    );
    t.roots.slots[0] = 0;
    major(&mut t);
    assert_eq!(read(t.root(1).unwrap(), 1), 0, "dead old referent cleared");
}

#[test]
fn bad_sizes_are_errors_not_panics() {
    let heap = new_heap(test_config());
    let mut t = MockThread::new(&heap, 1);
    let init = HeaderInit {
        type_word: type_word(),
        kind: BLOB,
        aux: 0,
        lock: 0,
    };
    assert_eq!(t.m.alloc(0, init), Err(AllocError::InvalidSize(0)));
    assert_eq!(t.m.alloc(8, init), Err(AllocError::InvalidSize(8)));
    assert!(matches!(
        t.m.alloc(usize::MAX, init),
        Err(AllocError::InvalidSize(_))
    ));
    assert!(matches!(
        t.m.alloc(MAX_ALLOC + 8, init),
        Err(AllocError::InvalidSize(_))
    ));
    assert!(matches!(
        t.m.alloc_old(3, init),
        Err(AllocError::InvalidSize(_))
    ));
    assert!(matches!(
        t.m.alloc_immortal(0, init),
        Err(AllocError::InvalidSize(_))
    ));
    // A request larger than the machine can map is an error too.
    assert!(t.m.alloc(1 << 45, init).is_err());
    // The heap still works.
    t.node(0, 1, 1);
    minor(&mut t);
    assert_eq!(t.tag(t.root(0).unwrap()), 1);
}

#[test]
fn heap_cap_is_an_error_and_garbage_does_not_count() {
    let mut cfg = test_config();
    cfg.set_max_heap(4 << 20);
    let heap = new_heap(cfg);
    let mut t = MockThread::new(&heap, 64);
    // Allocating garbage in a loop with safepoints never hits the cap.
    for i in 0..20_000u64 {
        t.alloc_node_in(Space::Young, NODE, 8, i).unwrap();
        t.m.safepoint_poll();
    }
    for _ in 0..20 {
        t.blob(100_000).unwrap();
        t.m.safepoint_poll();
    }
    // Retaining memory eventually fails with HeapLimit, never a panic: a linked list of
    // holders, each keeping a 64 KiB blob, headed by root slot 0.
    let mut failed = None;
    for i in 0..1000u64 {
        match t.blob(64 << 10) {
            Ok(b) => {
                // The holder's nursery chunk may be what crosses the cap.
                let holder = match t.alloc_node_in(Space::Young, NODE, 2, i) {
                    Ok(h) => h,
                    Err(e) => {
                        failed = Some(e);
                        break;
                    }
                };
                write(holder, 2, b.addr());
                write(holder, 3, t.roots.slots[0]);
                t.roots.slots[0] = holder.addr();
            }
            Err(e) => {
                failed = Some(e);
                break;
            }
        }
        t.m.safepoint_poll();
    }
    match failed {
        Some(AllocError::HeapLimit { limit, .. }) => assert_eq!(limit, 4 << 20),
        other => panic!("expected HeapLimit, got {other:?}"),
    }
    assert!(heap.heap_bytes() <= (4 << 20) + (1 << 20));
    // Dropping the retained data makes room again.
    for s in t.roots.slots.iter_mut() {
        *s = 0;
    }
    major(&mut t);
    t.blob(64 << 10).expect("room after the data died");
}

#[test]
fn empty_blocks_go_back_to_the_os() {
    let heap = new_heap(test_config());
    let mut t = MockThread::new(&heap, 1);
    // Fill many old blocks with objects reachable from one root.
    let mut prev = 0usize;
    for i in 0..60_000u64 {
        let o = t.alloc_node_in(Space::Old, NODE, 1, i).unwrap();
        write(o, 2, prev);
        prev = o.addr();
    }
    t.roots.slots[0] = prev;
    minor(&mut t);
    let full = heap.space_usage();
    assert!(full.old_blocks > 30, "{full:?}");
    t.roots.slots[0] = 0;
    major(&mut t);
    major(&mut t); // the first one already freed the dead blocks; this finds nothing more
    let after = heap.space_usage();
    assert!(after.old_blocks < 3, "{after:?}");
    assert!(after.free_blocks_committed <= 2, "{after:?}");
    assert!(after.free_blocks_released >= 30, "{after:?}");
    assert!(after.committed_bytes + 30 * krait_gc::OLD_BLOCK_SIZE <= full.committed_bytes);
    let released = heap.released_block_addrs();
    assert!(released
        .iter()
        .all(|&b| !krait_gc::page_resident(b + krait_gc::page_size())));
}

/// Blocks in which a major collection marks nothing go back at that collection, not when
/// lazy sweeping reaches them: data that died together returns its memory at once.
#[test]
fn a_major_collection_frees_wholly_dead_blocks_at_once() {
    let heap = new_heap(test_config());
    let mut t = MockThread::new(&heap, 2);
    let keep = t.alloc_node_in(Space::Old, NODE, 0, 1).unwrap();
    t.roots.slots[1] = keep.addr();
    let mut prev = 0usize;
    for i in 0..60_000u64 {
        let o = t.alloc_node_in(Space::Old, NODE, 1, i).unwrap();
        write(o, 2, prev);
        prev = o.addr();
    }
    t.roots.slots[0] = prev;
    minor(&mut t);
    let full = heap.space_usage();
    assert!(full.old_blocks > 30, "{full:?}");
    t.roots.slots[0] = 0;
    major(&mut t);
    let after = heap.space_usage();
    assert!(after.old_blocks <= 2, "one major suffices: {after:?}");
    assert!(after.free_blocks_released >= 30, "{after:?}");
    assert!(after.committed_bytes + 30 * krait_gc::OLD_BLOCK_SIZE <= full.committed_bytes);
    assert_eq!(
        t.tag(t.root(1).unwrap()),
        1,
        "the block with a live cell stays"
    );
}

/// Young memory a burst without safepoints used beyond a thread's nursery (and one chunk)
/// goes back to the OS a few collections later (at once, were every cycle to overflow the
/// nursery, it would be faulted in again and again); the nursery itself stays warm.
#[test]
fn young_memory_beyond_the_nursery_is_returned_after_a_burst() {
    let cfg = GcConfig {
        nursery_bytes: 256 << 10,
        ..test_config()
    };
    let nursery = cfg.nursery_bytes;
    let heap = new_heap(cfg);
    let mut t = MockThread::new(&heap, 1);
    let first = t.alloc_node_in(Space::Young, NODE, 0, 0).unwrap();
    let mut past = Vec::new(); // one address per young page allocated
    let mut last = first;
    while last.addr() - first.addr() < 4 * nursery {
        last = t.alloc_node_in(Space::Young, NODE, 30, 1).unwrap();
        past.push(last.addr());
    }
    minor(&mut t);
    assert!(
        past.iter().all(|&a| krait_gc::page_resident(a)),
        "warm for the next cycles"
    );
    for _ in 0..8 {
        t.alloc_node_in(Space::Young, NODE, 0, 2).unwrap();
        minor(&mut t);
    }
    let resident = |from: usize, to: usize| {
        past.iter()
            .filter(|&&a| a >= first.addr() + from && a < first.addr() + to)
            .all(|&a| krait_gc::page_resident(a))
    };
    let released = |from: usize| {
        past.iter()
            .filter(|&&a| a >= first.addr() + from)
            .all(|&a| !krait_gc::page_resident(a))
    };
    assert!(resident(0, nursery), "the nursery stays warm");
    // The chunk after the nursery (64 KiB here) may stay too; everything past it goes back.
    assert!(released(nursery + (64 << 10)), "the burst went back");
}

#[test]
fn stress_mode_poisons_evacuated_memory() {
    let mut cfg = test_config();
    cfg.stress = true;
    cfg.verify = false;
    let heap = new_heap(cfg);
    let mut t = MockThread::new(&heap, 1);
    let a = t.node(0, 0, 1);
    let stale = a.addr();
    t.m.safepoint_poll(); // stress: every poll collects
    assert_eq!(heap.collections(), 1);
    assert_ne!(t.root(0).unwrap().addr(), stale);
    assert_eq!(obj(stale).type_word(), krait_gc::layout::POISON_WORD);
    // A stale root is detected when the collector meets it, with a clear message.
    t.roots.slots[0] = stale;
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| t.m.safepoint_poll()));
    let msg = r.unwrap_err();
    let msg = msg.downcast_ref::<String>().cloned().unwrap_or_default();
    assert!(msg.contains("stale reference"), "{msg}");
}

#[test]
fn nursery_fills_raise_collection_wanted_without_collecting() {
    let heap = new_heap(test_config());
    let mut t = MockThread::new(&heap, 1);
    for i in 0..10_000u64 {
        t.alloc_node_in(Space::Young, NODE, 2, i).unwrap();
    }
    assert_eq!(heap.collections(), 0, "allocation never collects");
    assert!(t.m.poll(), "a collection is wanted");
    t.m.safepoint_poll();
    assert_eq!(heap.collections(), 1);
    assert!(!t.m.poll());
}

#[test]
fn stats_record_every_pause() {
    let heap = new_heap(test_config());
    let mut t = MockThread::new(&heap, 1);
    t.node(0, 0, 0);
    minor(&mut t);
    major(&mut t);
    let s = heap.stats();
    assert_eq!(s.collections(), 2);
    assert_eq!((s.minor.count, s.major.count), (1, 1));
    assert_eq!(s.recent.len(), 2);
    assert_eq!(s.pauses.count(), 2);
    assert!(s.recent[1].pause_ns > 0);
    assert!(s.report().contains("major collections=1"));
}

#[test]
fn default_config_heap_works() {
    let heap = new_heap(GcConfig {
        verify: true,
        ..GcConfig::default()
    });
    let mut t = MockThread::new(&heap, 1);
    t.node(0, 0, 42);
    minor(&mut t);
    assert_eq!(t.tag(t.root(0).unwrap()), 42);
    assert_eq!(MAX_SMALL, 8192);
}

/// A thread that is parked (blocked) while another thread collects: its roots are scanned
/// and updated, its nursery is evacuated, and after unparking it allocates in a fresh chunk.
#[test]
fn parked_thread_roots_are_updated() {
    let heap = new_heap(test_config());
    let (to_b, b_rx) = std::sync::mpsc::channel::<()>();
    let (to_a, a_rx) = std::sync::mpsc::channel::<usize>();
    let h2 = heap.clone();
    let b = std::thread::spawn(move || {
        let mut t = MockThread::new(&h2, 1);
        let o = t.node(0, 1, 77);
        let c = t.alloc_node_in(Space::Young, NODE, 0, 78).unwrap();
        t.set_field(o, 0, Some(c));
        to_a.send(o.addr()).unwrap();
        t.m.parked(|| b_rx.recv().unwrap());
        let o = t.root(0).unwrap();
        assert!(!h2.is_young(o), "evacuated while parked");
        assert_eq!(t.tag(o), 77);
        assert_eq!(t.tag(t.field(o, 0).unwrap()), 78);
        let fresh = t.alloc_node_in(Space::Young, NODE, 0, 79).unwrap();
        assert!(h2.is_young(fresh));
    });
    let mut a = MockThread::new(&heap, 1);
    let young_addr = a_rx.recv().unwrap();
    a.m.collect(CollectionKind::Major);
    assert_eq!(
        obj(young_addr).type_word() & 1,
        1,
        "B's object was forwarded"
    );
    to_b.send(()).unwrap();
    a.m.parked(|| b.join().unwrap());
}
