//! loom models of shared object locks (`objlock.rs`, the compare-and-swap state after a
//! revocation): mutual exclusion, ordering of critical sections, and no lost wake-up when
//! waiters sleep. Run with `RUSTFLAGS="--cfg loom" cargo test -p krait-threads --release`.
//!
//! Each critical section increments a counter with a separate `Relaxed` load and store, so
//! a broken exclusion or a missing acquire/release edge shows up as a lost update, and a
//! lost wake-up as a deadlock (which loom reports).

#![cfg(loom)]

use krait_threads::objlock::{lock_as, unlock_as};
use krait_threads::{lock_word, Registry, ThreadHandle};
use loom::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use loom::sync::Arc;
use loom::thread;

struct Shared {
    word: AtomicU32,
    counter: AtomicU64,
}

fn bump(s: &Shared, me: &ThreadHandle) {
    lock_as(&s.word, me);
    let v = s.counter.load(Ordering::Relaxed);
    s.counter.store(v + 1, Ordering::Relaxed);
    unlock_as(&s.word, me);
}

fn run(threads: usize, per_thread: usize, preemptions: Option<usize>) {
    let mut b = loom::model::Builder::new();
    if b.preemption_bound.is_none() {
        b.preemption_bound = preemptions;
    }
    b.check(move || {
        let reg = Registry::new();
        let s = Arc::new(Shared {
            word: AtomicU32::new(lock_word::SHARED),
            counter: AtomicU64::new(0),
        });
        let me = Registry::register(&reg);
        let hs: Vec<_> = (1..threads)
            .map(|_| {
                let s = s.clone();
                let h = Registry::register(&reg);
                thread::spawn(move || {
                    for _ in 0..per_thread {
                        bump(&s, &h);
                    }
                })
            })
            .collect();
        for _ in 0..per_thread {
            bump(&s, &me);
        }
        me.parked(|| {
            for h in hs {
                h.join().unwrap();
            }
        });
        assert_eq!(
            s.counter.load(Ordering::Relaxed),
            (threads * per_thread) as u64
        );
        assert_eq!(
            s.word.load(Ordering::Relaxed),
            lock_word::SHARED,
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
