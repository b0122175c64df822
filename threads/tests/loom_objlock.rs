//! loom models of object locks (`objlock.rs`): mutual exclusion, ordering of critical
//! sections, and no lost wake-up when waiters sleep. Run with
//! `RUSTFLAGS="--cfg loom" cargo test -p krait-threads --release`.
//!
//! Each critical section increments a counter with a separate `Relaxed` load and store, so
//! a broken exclusion or a missing acquire/release edge shows up as a lost update, and a
//! lost wake-up as a deadlock (which loom reports).

#![cfg(loom)]

use krait_threads::objlock::{lock_in, unlock_in, ObjLockParking};
use loom::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use loom::sync::Arc;
use loom::thread;

struct Shared {
    word: AtomicU32,
    counter: AtomicU64,
    parking: ObjLockParking,
}

fn bump(s: &Shared) {
    lock_in(&s.word, &s.parking);
    let v = s.counter.load(Ordering::Relaxed);
    s.counter.store(v + 1, Ordering::Relaxed);
    unlock_in(&s.word, &s.parking);
}

fn run(threads: usize, per_thread: usize, preemptions: Option<usize>) {
    let mut b = loom::model::Builder::new();
    if b.preemption_bound.is_none() {
        b.preemption_bound = preemptions;
    }
    b.check(move || {
        let s = Arc::new(Shared {
            word: AtomicU32::new(0),
            counter: AtomicU64::new(0),
            parking: ObjLockParking::new(),
        });
        let hs: Vec<_> = (1..threads)
            .map(|_| {
                let s = s.clone();
                thread::spawn(move || {
                    for _ in 0..per_thread {
                        bump(&s);
                    }
                })
            })
            .collect();
        for _ in 0..per_thread {
            bump(&s);
        }
        for h in hs {
            h.join().unwrap();
        }
        assert_eq!(
            s.counter.load(Ordering::Relaxed),
            (threads * per_thread) as u64
        );
        assert_eq!(
            s.word.load(Ordering::Relaxed),
            0,
            "lock left held or flagged"
        );
    });
}

/// Two threads, two critical sections each, every interleaving.
#[test]
fn two_threads_exclusive() {
    run(2, 2, None);
}

/// Three threads contending: sleepers are woken one at a time, none is lost.
#[test]
fn three_threads_wakeups() {
    run(3, 1, Some(2));
}
