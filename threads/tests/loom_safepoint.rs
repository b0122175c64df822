//! loom models of the safepoint protocol. Run with
//! `RUSTFLAGS="--cfg loom" cargo test -p krait-threads --release`.
//!
//! Each model checks the protocol's one promise: while a collector holds a
//! `StopTheWorld`, no other registered thread is inside a heap-touching section
//! (`in_heap`), whatever the interleaving.

#![cfg(loom)]

use krait_threads::Registry;
use loom::sync::atomic::{AtomicBool, Ordering};
use loom::sync::Arc;
use loom::thread;

/// Exhaustive exploration (no preemption bound): about half a minute for all four models.
fn builder() -> loom::model::Builder {
    let mut b = loom::model::Builder::new();
    b.preemption_bound = None;
    b
}

/// Enter a heap-touching section.
fn enter(flag: &AtomicBool) {
    flag.store(true, Ordering::SeqCst);
}

/// Leave it.
fn leave(flag: &AtomicBool) {
    flag.store(false, Ordering::SeqCst);
}

/// The collector asserts that no mutator is in the heap for the whole pause.
fn collect(h: &krait_threads::ThreadHandle, flags: &[Arc<AtomicBool>]) -> bool {
    match h.stop_the_world() {
        Some(stw) => {
            for f in flags {
                assert!(!f.load(Ordering::SeqCst), "mutator in heap during pause");
            }
            drop(stw);
            true
        }
        None => false,
    }
}

/// A running thread polls at safepoints; the collector's request stops it.
#[test]
fn request_poll_stop_resume() {
    builder().check(|| {
        let reg = Registry::new();
        let flag = Arc::new(AtomicBool::new(false));
        let me = Registry::register(&reg);
        let t = {
            let reg = reg.clone();
            let flag = flag.clone();
            thread::spawn(move || {
                let h = Registry::register(&reg);
                for _ in 0..2 {
                    enter(&flag);
                    leave(&flag);
                    if h.poll_requested() {
                        h.block_for_stop();
                    }
                }
            })
        };
        assert!(collect(&me, &[flag]));
        t.join().unwrap();
    });
}

/// A thread parks (for a blocking call) while a collection is being requested.
#[test]
fn park_while_collection_requested() {
    builder().check(|| {
        let reg = Registry::new();
        let flag = Arc::new(AtomicBool::new(false));
        let me = Registry::register(&reg);
        let t = {
            let reg = reg.clone();
            let flag = flag.clone();
            thread::spawn(move || {
                let h = Registry::register(&reg);
                enter(&flag);
                leave(&flag);
                h.park();
                // blocked: touches no heap
                h.unpark();
                enter(&flag);
                leave(&flag);
            })
        };
        assert!(collect(&me, &[flag]));
        t.join().unwrap();
    });
}

/// A thread that was parked when the collection began unparks during it: it must wait
/// until the pause ends before touching the heap.
#[test]
fn unpark_during_collection() {
    builder().check(|| {
        let reg = Registry::new();
        let flag = Arc::new(AtomicBool::new(false));
        let me = Registry::register(&reg);
        let parked = Arc::new(AtomicBool::new(false));
        let t = {
            let reg = reg.clone();
            let flag = flag.clone();
            let parked = parked.clone();
            thread::spawn(move || {
                let h = Registry::register(&reg);
                h.park();
                parked.store(true, Ordering::SeqCst);
                h.unpark();
                enter(&flag);
                leave(&flag);
            })
        };
        // Collect once the worker is known to be parked, so the model explores its unpark
        // racing the pause.
        while !parked.load(Ordering::SeqCst) {
            thread::yield_now();
        }
        assert!(collect(&me, &[flag]));
        t.join().unwrap();
    });
}

/// Two threads request a pause at the same time; exactly one pause runs at a time and the
/// loser stops for the winner.
#[test]
fn two_collectors() {
    builder().check(|| {
        let reg = Registry::new();
        let a_in = Arc::new(AtomicBool::new(false));
        let b_in = Arc::new(AtomicBool::new(false));
        let t = {
            let reg = reg.clone();
            let a_in = a_in.clone();
            let b_in = b_in.clone();
            thread::spawn(move || {
                let h = Registry::register(&reg);
                enter(&b_in);
                leave(&b_in);
                collect(&h, &[a_in]);
            })
        };
        let h = Registry::register(&reg);
        enter(&a_in);
        leave(&a_in);
        collect(&h, &[b_in]);
        // Joining blocks, so it is done parked, as the runtime does.
        h.parked(|| t.join().unwrap());
    });
}

/// Stop-the-world with several threads: two workers poll (one also parks) while a third
/// thread collects. Bounded preemptions keep the three-thread model tractable;
/// `LOOM_MAX_PREEMPTIONS` overrides the bound.
#[test]
fn stop_the_world_with_two_workers() {
    let mut b = loom::model::Builder::new();
    if b.preemption_bound.is_none() {
        b.preemption_bound = Some(3);
    }
    b.check(|| {
        let reg = Registry::new();
        let me = Registry::register(&reg);
        let flags: Vec<_> = (0..2).map(|_| Arc::new(AtomicBool::new(false))).collect();
        let workers: Vec<_> = flags
            .iter()
            .enumerate()
            .map(|(i, flag)| {
                let h = Registry::register(&reg);
                let flag = flag.clone();
                thread::spawn(move || {
                    enter(&flag);
                    leave(&flag);
                    if i == 1 {
                        h.park();
                        h.unpark();
                    } else if h.poll_requested() {
                        h.block_for_stop();
                    }
                    enter(&flag);
                    leave(&flag);
                    if h.poll_requested() {
                        h.block_for_stop();
                    }
                })
            })
            .collect();
        assert!(collect(&me, &flags));
        me.parked(|| workers.into_iter().for_each(|w| w.join().unwrap()));
    });
}
