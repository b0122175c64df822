//! Object-lock micro-benchmarks (DESIGN.md §4: "prove the benefit with a benchmark against
//! an always-CAS lock"): uncontended lock+unlock of
//!
//! - a biased lock by its owner (plain load + plain store each way),
//! - the same lock after revocation (the CAS path of `BiasedLock`),
//! - `parking_lot::RawMutex`, an always-CAS baseline,
//!
//! and the cost of one revocation when the owner is gone, parked, or running and polling
//! (the revoker waits for the owner's next safepoint).
//!
//! `cargo bench -p krait-benches --bench locks`. Figures measured on the shared 2-core
//! development machine are in `threads/src/biased.rs`'s module doc.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use krait_threads::{lock_word, state, BiasedLock, LockState, Registry, ThreadId};
use parking_lot::lock_api::RawMutex as _;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

/// Uncontended lock+unlock, 100 pairs per iteration.
fn uncontended(c: &mut Criterion) {
    let mut g = c.benchmark_group("lock_unlock_x100");
    g.throughput(criterion::Throughput::Elements(100));
    let reg = Registry::new();
    let me = Registry::register(&reg);

    let word = AtomicU64::new(lock_word::biased_to(me.id()));
    let lock = BiasedLock::new(&word);
    g.bench_function("biased_owner", |b| {
        b.iter(|| {
            for _ in 0..100 {
                let l = black_box(lock);
                l.lock(&me);
                l.unlock(&me);
            }
        })
    });
    assert_eq!(
        lock.state(),
        LockState::Biased {
            owner: me.id(),
            held: false
        }
    );

    // The same word after a revocation (its owner id no longer exists).
    let word = AtomicU64::new(lock_word::biased_to(ThreadId(u32::MAX)));
    let lock = BiasedLock::new(&word);
    lock.lock(&me);
    lock.unlock(&me);
    assert_eq!(lock.state(), LockState::Unlocked);
    g.bench_function("revoked_cas", |b| {
        b.iter(|| {
            for _ in 0..100 {
                let l = black_box(lock);
                l.lock(&me);
                l.unlock(&me);
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
    let word = AtomicU64::new(0);

    // Owner gone: no handshake wait, only the registry lookup.
    g.bench_function("owner_exited", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                word.store(lock_word::biased_to(ThreadId(u32::MAX)), Ordering::Relaxed);
                let t = Instant::now();
                let l = BiasedLock::new(&word);
                l.lock(&me);
                l.unlock(&me);
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
                    let l = BiasedLock::new(&word);
                    l.lock(&me);
                    l.unlock(&me);
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
                    let l = BiasedLock::new(&word);
                    l.lock(&me);
                    l.unlock(&me);
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
