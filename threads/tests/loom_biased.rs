//! loom models of biased object locks and their revocation handshake. Run with
//! `RUSTFLAGS="--cfg loom" cargo test -p krait-threads --release`.
//!
//! Every model protects a counter with the lock and increments it with a separate
//! `Relaxed` load and store. loom lets a relaxed load read any store that is not
//! happens-before-superseded, so a critical section that is not ordered after the previous
//! one (a missing handshake edge, an owner store racing a revocation) shows up as a lost
//! update, and a broken exclusion as one too. The owner's plain (`Relaxed`) lock-word
//! stores are what is on trial.

#![cfg(loom)]

use krait_threads::{lock_word, BiasedLock, LockState, Registry, ThreadHandle};
use loom::sync::atomic::{AtomicU64, Ordering};
use loom::sync::Arc;
use loom::thread;

/// Exhaustive exploration for two-thread models.
fn exhaustive() -> loom::model::Builder {
    let mut b = loom::model::Builder::new();
    b.preemption_bound = None;
    b
}

/// Models too large for exhaustive exploration: at most `n` preemptions (loom's way of
/// keeping them tractable; most concurrency bugs need two or three). `LOOM_MAX_PREEMPTIONS`
/// overrides `n` for a longer run.
fn bounded(n: usize) -> loom::model::Builder {
    let mut b = loom::model::Builder::new();
    if b.preemption_bound.is_none() {
        b.preemption_bound = Some(n);
    }
    b
}

/// One critical section: a non-atomic increment of `counter` under the lock.
fn bump(word: &AtomicU64, me: &ThreadHandle, counter: &AtomicU64) {
    let lock = BiasedLock::new(word);
    lock.lock(me);
    let v = counter.load(Ordering::Relaxed);
    counter.store(v + 1, Ordering::Relaxed);
    lock.unlock(me);
}

/// A safepoint poll, as at an interpreter back-edge.
fn poll(me: &ThreadHandle) {
    if me.poll_requested() {
        me.block_for_stop();
    }
}

/// A shared lock word biased to `owner` and a counter.
fn biased_word(owner: &ThreadHandle) -> (Arc<AtomicU64>, Arc<AtomicU64>) {
    (
        Arc::new(AtomicU64::new(lock_word::biased_to(owner.id()))),
        Arc::new(AtomicU64::new(0)),
    )
}

/// The owner keeps running, locking with plain stores and polling; a revoker's first
/// acquisition revokes at one of the owner's polls (or at its exit).
#[test]
fn revoke_while_owner_runs() {
    exhaustive().check(|| {
        let reg = Registry::new();
        let owner = Registry::register(&reg);
        let me = Registry::register(&reg);
        let (word, counter) = biased_word(&owner);
        let t = {
            let (word, counter) = (word.clone(), counter.clone());
            thread::spawn(move || {
                for _ in 0..2 {
                    bump(&word, &owner, &counter);
                    poll(&owner);
                }
            })
        };
        bump(&word, &me, &counter);
        assert!(!matches!(
            BiasedLock::new(&word).state(),
            LockState::Biased { .. }
        ));
        me.parked(|| t.join().unwrap());
        assert_eq!(counter.load(Ordering::Relaxed), 3);
        assert_eq!(BiasedLock::new(&word).state(), LockState::Unlocked);
    });
}

/// The owner parks (a blocking call) and later unparks and locks again: the revoker may
/// revoke at once while it is parked, and its unpark must wait for a revocation under way.
#[test]
fn revoke_while_owner_parked() {
    bounded(5).check(|| {
        let reg = Registry::new();
        let owner = Registry::register(&reg);
        let me = Registry::register(&reg);
        let (word, counter) = biased_word(&owner);
        let t = {
            let (word, counter) = (word.clone(), counter.clone());
            thread::spawn(move || {
                bump(&word, &owner, &counter);
                owner.park();
                // blocked: touches no heap
                owner.unpark();
                bump(&word, &owner, &counter);
            })
        };
        bump(&word, &me, &counter);
        me.parked(|| t.join().unwrap());
        assert_eq!(counter.load(Ordering::Relaxed), 3);
    });
}

/// The owner exits right after using its lock: the revocation happens at its exit or
/// after it (the owner is no longer registered).
#[test]
fn revoke_while_owner_exits() {
    exhaustive().check(|| {
        let reg = Registry::new();
        let owner = Registry::register(&reg);
        let me = Registry::register(&reg);
        let (word, counter) = biased_word(&owner);
        let t = {
            let (word, counter) = (word.clone(), counter.clone());
            thread::spawn(move || {
                bump(&word, &owner, &counter);
                drop(owner);
            })
        };
        bump(&word, &me, &counter);
        me.parked(|| t.join().unwrap());
        assert_eq!(counter.load(Ordering::Relaxed), 2);
        assert_eq!(BiasedLock::new(&word).state(), LockState::Unlocked);
    });
}

/// The owner holds its biased lock across a safepoint when the revoker comes: the
/// revocation turns the hold into an ordinary lock, the revoker sleeps on the word, and the
/// owner's unlock hands over to it.
#[test]
fn revoke_while_owner_holds_then_handoff() {
    exhaustive().check(|| {
        let reg = Registry::new();
        let owner = Registry::register(&reg);
        let me = Registry::register(&reg);
        let (word, counter) = biased_word(&owner);
        let t = {
            let (word, counter) = (word.clone(), counter.clone());
            thread::spawn(move || {
                let lock = BiasedLock::new(&word);
                lock.lock(&owner);
                poll(&owner);
                let v = counter.load(Ordering::Relaxed);
                poll(&owner);
                counter.store(v + 1, Ordering::Relaxed);
                lock.unlock(&owner);
            })
        };
        bump(&word, &me, &counter);
        me.parked(|| t.join().unwrap());
        assert_eq!(counter.load(Ordering::Relaxed), 2);
        assert_eq!(BiasedLock::new(&word).state(), LockState::Unlocked);
    });
}

/// Two threads race to revoke the same bias while the owner runs: one handshake or two,
/// the word is converted once and every update survives.
#[test]
fn two_revokers_race() {
    bounded(2).check(|| {
        let reg = Registry::new();
        let owner = Registry::register(&reg);
        let a = Registry::register(&reg);
        let b = Registry::register(&reg);
        let (word, counter) = biased_word(&owner);
        let spawn = |h: ThreadHandle| {
            let (word, counter) = (word.clone(), counter.clone());
            thread::spawn(move || bump(&word, &h, &counter))
        };
        let ta = spawn(a);
        let tb = spawn(b);
        bump(&word, &owner, &counter);
        poll(&owner);
        owner.parked(|| {
            ta.join().unwrap();
            tb.join().unwrap();
        });
        assert_eq!(counter.load(Ordering::Relaxed), 3);
        assert_eq!(BiasedLock::new(&word).state(), LockState::Unlocked);
    });
}

/// After revocation the lock is an ordinary CAS lock: three threads contend, the losers
/// sleep in the parking table, and each unlock hands over to a sleeper.
#[test]
fn cas_lock_handoff_with_sleepers() {
    bounded(2).check(|| {
        let reg = Registry::new();
        // Already revoked (or never biased): the unbiased encoding.
        let word = Arc::new(AtomicU64::new(lock_word::UNBIASED));
        let counter = Arc::new(AtomicU64::new(0));
        let me = Registry::register(&reg);
        let ts: Vec<_> = (0..2)
            .map(|_| {
                let h = Registry::register(&reg);
                let (word, counter) = (word.clone(), counter.clone());
                thread::spawn(move || bump(&word, &h, &counter))
            })
            .collect();
        bump(&word, &me, &counter);
        me.parked(|| {
            for t in ts {
                t.join().unwrap();
            }
        });
        assert_eq!(counter.load(Ordering::Relaxed), 3);
        assert_eq!(BiasedLock::new(&word).state(), LockState::Unlocked);
    });
}

/// A revocation and a stop-the-world pause at once: the collector sees the lock word
/// unchanged for its whole pause (nobody touches the heap), the handshake completes after
/// it, and no update is lost.
#[test]
fn revocation_during_stop_the_world() {
    bounded(2).check(|| {
        let reg = Registry::new();
        let owner = Registry::register(&reg);
        let revoker = Registry::register(&reg);
        let collector = Registry::register(&reg);
        let (word, counter) = biased_word(&owner);
        let t_owner = {
            let (word, counter) = (word.clone(), counter.clone());
            thread::spawn(move || {
                bump(&word, &owner, &counter);
                poll(&owner);
            })
        };
        let t_revoker = {
            let (word, counter) = (word.clone(), counter.clone());
            thread::spawn(move || bump(&word, &revoker, &counter))
        };
        if let Some(stw) = collector.stop_the_world() {
            let before = word.load(Ordering::Relaxed);
            thread::yield_now();
            assert_eq!(
                word.load(Ordering::Relaxed),
                before,
                "lock word changed in a pause"
            );
            drop(stw);
        }
        collector.parked(|| {
            t_owner.join().unwrap();
            t_revoker.join().unwrap();
        });
        assert_eq!(counter.load(Ordering::Relaxed), 2);
    });
}
