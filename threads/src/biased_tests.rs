//! Unit tests of biased object locks and handshakes with real OS threads (the loom models
//! are in `tests/loom_biased.rs`).
//!
//! The protected counters are incremented with a separate load and store, never an atomic
//! add, so a broken exclusion shows up as lost updates.

use crate::{lock_word, BiasedLock, HandshakeTarget, LockState, Registry, ThreadHandle, ThreadId};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{mpsc, Arc, Barrier};
use std::time::Duration;

/// One critical section: a non-atomic increment of `counter` under `lock`.
fn bump(lock: BiasedLock<'_>, me: &ThreadHandle, counter: &AtomicU64) {
    lock.lock(me);
    let v = counter.load(Ordering::Relaxed);
    std::hint::spin_loop();
    counter.store(v + 1, Ordering::Relaxed);
    lock.unlock(me);
}

/// Polls like an interpreter back-edge.
fn poll(me: &ThreadHandle) {
    if me.poll_requested() {
        me.block_for_stop();
    }
}

#[test]
fn encoding_round_trips() {
    let w = lock_word::biased_to(ThreadId(7));
    assert_eq!(
        LockState::of(w),
        LockState::Biased {
            owner: ThreadId(7),
            held: false
        }
    );
    assert_eq!(
        LockState::of(w | lock_word::LOCKED),
        LockState::Biased {
            owner: ThreadId(7),
            held: true
        }
    );
    assert_eq!(lock_word::owner(w), ThreadId(7));
    assert_eq!(LockState::of(lock_word::revoked(w)), LockState::Unlocked);
    assert_eq!(
        LockState::of(lock_word::revoked(w | lock_word::LOCKED)),
        LockState::Locked { sleepers: false }
    );
    assert_eq!(LockState::of(0), LockState::Unlocked);
    assert_eq!(
        LockState::of(lock_word::biased_to(ThreadId(u32::MAX))),
        LockState::Biased {
            owner: ThreadId(u32::MAX),
            held: false
        }
    );
}

#[test]
fn owner_path_keeps_the_bias() {
    let reg = Registry::new();
    let me = Registry::register(&reg);
    let word = AtomicU64::new(lock_word::biased_to(me.id()));
    let lock = BiasedLock::new(&word);
    for _ in 0..10 {
        lock.lock(&me);
        assert_eq!(
            lock.state(),
            LockState::Biased {
                owner: me.id(),
                held: true
            }
        );
        lock.unlock(&me);
    }
    assert_eq!(
        lock.state(),
        LockState::Biased {
            owner: me.id(),
            held: false
        }
    );
    {
        let _g = lock.guard(&me);
    }
    assert_eq!(word.load(Ordering::Relaxed), lock_word::biased_to(me.id()));
}

#[test]
#[should_panic(expected = "re-entrant")]
fn reentrant_biased_acquisition_panics() {
    let reg = Registry::new();
    let me = Registry::register(&reg);
    let word = AtomicU64::new(lock_word::biased_to(me.id()));
    let lock = BiasedLock::new(&word);
    lock.lock(&me);
    lock.lock(&me);
}

#[test]
fn unbiased_lock_is_a_cas_lock() {
    let reg = Registry::new();
    let me = Registry::register(&reg);
    let word = AtomicU64::new(lock_word::UNBIASED);
    let lock = BiasedLock::new(&word);
    lock.lock(&me);
    assert_eq!(lock.state(), LockState::Locked { sleepers: false });
    lock.unlock(&me);
    assert_eq!(lock.state(), LockState::Unlocked);
}

/// The owner parks (blocked, say, in I/O): a revoker revokes at once without it.
#[test]
fn revoke_while_owner_parked() {
    let reg = Registry::new();
    let word = Arc::new(AtomicU64::new(0));
    let (parked_tx, parked_rx) = mpsc::channel();
    let (done_tx, done_rx) = mpsc::channel::<()>();
    let owner = {
        let reg = reg.clone();
        let word = word.clone();
        std::thread::spawn(move || {
            let h = Registry::register(&reg);
            word.store(lock_word::biased_to(h.id()), Ordering::Relaxed);
            let counter = AtomicU64::new(0);
            bump(BiasedLock::new(&word), &h, &counter);
            // Block, parked, until the revoker is done.
            h.parked(|| {
                parked_tx.send(h.id()).unwrap();
                done_rx.recv().unwrap();
            });
            // Back to work: now through the CAS path.
            bump(BiasedLock::new(&word), &h, &counter);
            assert_eq!(BiasedLock::new(&word).state(), LockState::Unlocked);
        })
    };
    let owner_id = parked_rx.recv().unwrap();
    let me = Registry::register(&reg);
    let lock = BiasedLock::new(&word);
    assert_eq!(
        lock.state(),
        LockState::Biased {
            owner: owner_id,
            held: false
        }
    );
    lock.lock(&me);
    assert_eq!(lock.state(), LockState::Locked { sleepers: false });
    lock.unlock(&me);
    done_tx.send(()).unwrap();
    owner.join().unwrap();
}

/// The owner has exited: its biases are revocable at once.
#[test]
fn revoke_after_owner_exit() {
    let reg = Registry::new();
    let word = Arc::new(AtomicU64::new(0));
    {
        let reg = reg.clone();
        let word = word.clone();
        std::thread::spawn(move || {
            let h = Registry::register(&reg);
            word.store(lock_word::biased_to(h.id()), Ordering::Relaxed);
            let counter = AtomicU64::new(0);
            bump(BiasedLock::new(&word), &h, &counter);
        })
        .join()
        .unwrap();
    }
    let me = Registry::register(&reg);
    let lock = BiasedLock::new(&word);
    assert!(matches!(
        lock.state(),
        LockState::Biased { held: false, .. }
    ));
    lock.lock(&me);
    lock.unlock(&me);
    assert_eq!(lock.state(), LockState::Unlocked);
}

/// The owner keeps running and polling: the revocation happens at one of its polls, and
/// afterwards both threads share the lock without losing updates.
#[test]
fn revoke_while_owner_polls() {
    let reg = Registry::new();
    let word = Arc::new(AtomicU64::new(0));
    let counter = Arc::new(AtomicU64::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let (ready_tx, ready_rx) = mpsc::channel();
    let owner = {
        let reg = reg.clone();
        let word = word.clone();
        let counter = counter.clone();
        let stop = stop.clone();
        std::thread::spawn(move || {
            let h = Registry::register(&reg);
            word.store(lock_word::biased_to(h.id()), Ordering::Relaxed);
            ready_tx.send(()).unwrap();
            let mut n = 0u64;
            while !stop.load(Ordering::Relaxed) {
                bump(BiasedLock::new(&word), &h, &counter);
                n += 1;
                poll(&h);
            }
            n
        })
    };
    ready_rx.recv().unwrap();
    let me = Registry::register(&reg);
    let lock = BiasedLock::new(&word);
    for _ in 0..2000 {
        bump(lock, &me, &counter);
        poll(&me);
    }
    assert!(!matches!(lock.state(), LockState::Biased { .. }));
    stop.store(true, Ordering::Relaxed);
    let n = owner.join().unwrap();
    assert_eq!(counter.load(Ordering::Relaxed), n + 2000);
}

/// The owner holds its biased lock across safepoints when the revoker comes: the
/// revocation turns the hold into an ordinary lock, and the revoker sleeps until the owner
/// unlocks.
#[test]
fn revoke_while_owner_holds_across_polls() {
    let reg = Registry::new();
    let word = Arc::new(AtomicU64::new(0));
    let counter = Arc::new(AtomicU64::new(0));
    let (held_tx, held_rx) = mpsc::channel();
    let owner = {
        let reg = reg.clone();
        let word = word.clone();
        let counter = counter.clone();
        std::thread::spawn(move || {
            let h = Registry::register(&reg);
            word.store(lock_word::biased_to(h.id()), Ordering::Relaxed);
            let lock = BiasedLock::new(&word);
            lock.lock(&h);
            held_tx.send(()).unwrap();
            // Stay in the critical section, polling, until the bias is gone.
            while matches!(lock.state(), LockState::Biased { .. }) {
                poll(&h);
                std::thread::yield_now();
            }
            assert!(matches!(lock.state(), LockState::Locked { .. }));
            std::thread::sleep(Duration::from_millis(5));
            counter.store(counter.load(Ordering::Relaxed) + 1, Ordering::Relaxed);
            lock.unlock(&h);
        })
    };
    held_rx.recv().unwrap();
    let me = Registry::register(&reg);
    bump(BiasedLock::new(&word), &me, &counter);
    owner.join().unwrap();
    assert_eq!(counter.load(Ordering::Relaxed), 2);
    assert_eq!(BiasedLock::new(&word).state(), LockState::Unlocked);
}

/// Many threads hammer one lock (biased to one of them at first) while another thread
/// stops the world now and then; some threads park now and then. No update is lost.
#[test]
fn many_threads_hammer_one_lock() {
    const THREADS: usize = 4;
    const ROUNDS: u64 = 5_000;
    let reg = Registry::new();
    let word = Arc::new(AtomicU64::new(0));
    let counter = Arc::new(AtomicU64::new(0));
    let start = Arc::new(Barrier::new(THREADS + 1));
    let done = Arc::new(AtomicBool::new(false));
    let mut joins = Vec::new();
    for i in 0..THREADS {
        let reg = reg.clone();
        let word = word.clone();
        let counter = counter.clone();
        let start = start.clone();
        joins.push(std::thread::spawn(move || {
            let h = Registry::register(&reg);
            if i == 0 {
                word.store(lock_word::biased_to(h.id()), Ordering::Relaxed);
            }
            h.parked(|| start.wait());
            let lock = BiasedLock::new(&word);
            for r in 0..ROUNDS {
                bump(lock, &h, &counter);
                poll(&h);
                if r % 500 == 499 {
                    h.parked(|| std::thread::sleep(Duration::from_micros(50)));
                }
            }
        }));
    }
    let collector = {
        let reg = reg.clone();
        let done = done.clone();
        std::thread::spawn(move || {
            let h = Registry::register(&reg);
            while !done.load(Ordering::Relaxed) {
                drop(h.stop_the_world());
                h.parked(|| std::thread::sleep(Duration::from_micros(200)));
            }
        })
    };
    start.wait();
    for j in joins {
        j.join().unwrap();
    }
    done.store(true, Ordering::Relaxed);
    collector.join().unwrap();
    assert_eq!(counter.load(Ordering::Relaxed), THREADS as u64 * ROUNDS);
    assert_eq!(BiasedLock::new(&word).state(), LockState::Unlocked);
}

/// Many locks, each biased to a different thread, revoked by all the others at once while
/// their owners run: every handshake completes and nothing is lost.
#[test]
fn crosswise_revocations() {
    const THREADS: usize = 4;
    const ROUNDS: u64 = 300;
    let reg = Registry::new();
    let words: Arc<Vec<AtomicU64>> = Arc::new((0..THREADS).map(|_| AtomicU64::new(0)).collect());
    let counters: Arc<Vec<AtomicU64>> = Arc::new((0..THREADS).map(|_| AtomicU64::new(0)).collect());
    let ready = Arc::new(Barrier::new(THREADS));
    let joins: Vec<_> = (0..THREADS)
        .map(|i| {
            let (reg, words, counters, ready) =
                (reg.clone(), words.clone(), counters.clone(), ready.clone());
            std::thread::spawn(move || {
                let h = Registry::register(&reg);
                words[i].store(lock_word::biased_to(h.id()), Ordering::Relaxed);
                h.parked(|| ready.wait());
                for r in 0..ROUNDS {
                    let k = (i + r as usize) % THREADS;
                    bump(BiasedLock::new(&words[k]), &h, &counters[k]);
                    poll(&h);
                }
            })
        })
        .collect();
    for j in joins {
        j.join().unwrap();
    }
    let total: u64 = counters.iter().map(|c| c.load(Ordering::Relaxed)).sum();
    assert_eq!(total, THREADS as u64 * ROUNDS);
}

#[test]
fn handshake_with_gone_thread_runs_at_once() {
    let reg = Registry::new();
    let me = Registry::register(&reg);
    let r = me.handshake(ThreadId(12345), || true, |t| t);
    assert_eq!(r, Some(HandshakeTarget::Gone));
    let r = me.handshake(ThreadId(12345), || false, |t| t);
    assert_eq!(r, None);
    assert!(!me.poll_requested());
}
