//! Object-lock micro-benchmarks (DESIGN.md §4: "prove the benefit with a benchmark against
//! an always-CAS lock"): uncontended lock+unlock of
//!
//! - a biased lock by its owner (plain load + plain store each way), through a handle and
//!   through the OS thread's bound thread (the VM's path, `objlock::lock`),
//! - the same lock after revocation (the shared, compare-and-swap state),
//! - `parking_lot::RawMutex`, an always-CAS baseline,
//!
//! and the cost of one revocation when the owner is gone, parked, or running and polling
//! (the revoker waits for the owner's next safepoint).
//!
//! `cargo bench -p krait-benches --bench locks`. Figures measured on the shared 2-core
//! development machine are in `ARCHITECTURE.md` (object locks).

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use krait_threads::objlock::{self, lock_as, state_of, unlock_as};
use krait_threads::{lock_word, state, LockState, Registry, ThreadId};
use parking_lot::lock_api::RawMutex as _;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

/// A thread id no registered thread has.
const NO_THREAD: ThreadId = ThreadId(lock_word::MAX_OWNER);

/// Uncontended lock+unlock, 100 pairs per iteration.
fn uncontended(c: &mut Criterion) {
    let mut g = c.benchmark_group("lock_unlock_x100");
    g.throughput(criterion::Throughput::Elements(100));
    let reg = Registry::new();
    let me = Registry::register(&reg);

    let word = AtomicU32::new(lock_word::NEUTRAL);
    g.bench_function("biased_owner", |b| {
        b.iter(|| {
            for _ in 0..100 {
                let w = black_box(&word);
                lock_as(w, &me);
                unlock_as(w, &me);
            }
        })
    });
    assert_eq!(
        state_of(&word),
        LockState::Biased {
            owner: me.id(),
            held: false
        }
    );

    me.bind_current();
    g.bench_function("biased_owner_bound", |b| {
        b.iter(|| {
            for _ in 0..100 {
                let w = black_box(&word);
                objlock::lock(w);
                objlock::unlock(w);
            }
        })
    });

    // The same word after a revocation (its owner id no longer exists).
    let word = AtomicU32::new(lock_word::biased_to(NO_THREAD));
    lock_as(&word, &me);
    unlock_as(&word, &me);
    assert_eq!(state_of(&word), LockState::Unlocked);
    g.bench_function("revoked_cas", |b| {
        b.iter(|| {
            for _ in 0..100 {
                let w = black_box(&word);
                lock_as(w, &me);
                unlock_as(w, &me);
            }
        })
    });
    g.bench_function("revoked_cas_bound", |b| {
        b.iter(|| {
            for _ in 0..100 {
                let w = black_box(&word);
                objlock::lock(w);
                objlock::unlock(w);
            }
        })
    });

    let raw = parking_lot::RawMutex::INIT;
    g.bench_function("parking_lot_raw_mutex", |b| {
        b.iter(|| {
            for _ in 0..100 {
                let m = black_box(&raw);
                m.lock();
                // SAFETY: locked just above by this thread.
                unsafe { m.unlock() };
            }
        })
    });
    g.finish();
}

/// One revocation (the first lock+unlock by a non-owner) per iteration.
fn revocation(c: &mut Criterion) {
    let mut g = c.benchmark_group("revocation");
    let reg = Registry::new();
    let me = Registry::register(&reg);
    let word = AtomicU32::new(0);

    // Owner gone: no handshake wait, only the registry lookup.
    g.bench_function("owner_exited", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                word.store(lock_word::biased_to(NO_THREAD), Ordering::Relaxed);
                let t = Instant::now();
                lock_as(&word, &me);
                unlock_as(&word, &me);
                total += t.elapsed();
            }
            total
        })
    });

    // Owner parked (blocked on a channel): revoked at once.
    {
        let (id_tx, id_rx) = mpsc::channel();
        let (quit_tx, quit_rx) = mpsc::channel::<()>();
        let owner = {
            let reg = reg.clone();
            std::thread::spawn(move || {
                let h = Registry::register(&reg);
                id_tx.send(h.id()).unwrap();
                h.parked(|| quit_rx.recv().unwrap());
            })
        };
        let owner_id = id_rx.recv().unwrap();
        g.bench_function("owner_parked", |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    word.store(lock_word::biased_to(owner_id), Ordering::Relaxed);
                    let t = Instant::now();
                    lock_as(&word, &me);
                    unlock_as(&word, &me);
                    total += t.elapsed();
                }
                total
            })
        });
        quit_tx.send(()).unwrap();
        me.parked(|| owner.join().unwrap());
    }

    // Owner running, polling every few dozen instructions: the revoker waits for a poll.
    {
        let (id_tx, id_rx) = mpsc::channel();
        let quit = Arc::new(AtomicBool::new(false));
        let owner = {
            let reg = reg.clone();
            let quit = quit.clone();
            std::thread::spawn(move || {
                let h = Registry::register(&reg);
                id_tx.send(h.shared().clone()).unwrap();
                while !quit.load(Ordering::Relaxed) {
                    for _ in 0..64 {
                        black_box(0u64);
                    }
                    if h.poll_requested() {
                        h.block_for_stop();
                    }
                }
            })
        };
        let owner = (id_rx.recv().unwrap(), owner);
        let owner_id = owner.0.id();
        g.sample_size(30);
        g.bench_function("owner_running", |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    // Untimed: let the owner leave the previous handshake and run again,
                    // so each revocation really waits for a poll.
                    while owner.0.run_state() != state::RUNNING {
                        std::hint::spin_loop();
                    }
                    word.store(lock_word::biased_to(owner_id), Ordering::Relaxed);
                    let t = Instant::now();
                    lock_as(&word, &me);
                    unlock_as(&word, &me);
                    total += t.elapsed();
                }
                total
            })
        });
        quit.store(true, Ordering::Relaxed);
        me.parked(|| owner.1.join().unwrap());
    }
    g.finish();
}

criterion_group!(benches, uncontended, revocation);
criterion_main!(benches);
