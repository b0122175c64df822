//! loom models of biased object locks and their revocation handshake. Run with
//! `RUSTFLAGS="--cfg loom" cargo test -p krait-threads --release`.
//!
//! Every model protects a counter with the lock and increments it with a separate
//! `Relaxed` load and store. loom lets a relaxed load read any store that is not
//! happens-before-superseded, so a critical section that is not ordered after the previous
//! one (a missing handshake edge, an owner store racing a revocation) shows up as a lost
//! update, and a broken exclusion as one too; a revoker and a pause (or two revokers)
//! waiting for each other show up as a deadlock, which loom reports. The owner's plain
//! (`Relaxed`) lock-word stores are what is on trial. Critical sections never poll (the
//! rule the VM keeps, `objlock.rs`).

#![cfg(loom)]

use krait_threads::objlock::{lock_as, state_of, unlock_as};
use krait_threads::{lock_word, LockState, Registry, ThreadHandle};
use loom::sync::atomic::{AtomicU32, AtomicU64, Ordering};
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
fn bump(word: &AtomicU32, me: &ThreadHandle, counter: &AtomicU64) {
    lock_as(word, me);
    let v = counter.load(Ordering::Relaxed);
    counter.store(v + 1, Ordering::Relaxed);
    unlock_as(word, me);
}

/// A safepoint poll, as at an interpreter back-edge.
fn poll(me: &ThreadHandle) {
    if me.poll_requested() {
        me.block_for_stop();
    }
}

/// A shared lock word biased to `owner` and a counter.
fn biased_word(owner: &ThreadHandle) -> (Arc<AtomicU32>, Arc<AtomicU64>) {
    (
        Arc::new(AtomicU32::new(lock_word::biased_to(owner.id()))),
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
        assert!(!matches!(state_of(&word), LockState::Biased { .. }));
        me.parked(|| t.join().unwrap());
        assert_eq!(counter.load(Ordering::Relaxed), 3);
        assert_eq!(state_of(&word), LockState::Unlocked);
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
        assert_eq!(state_of(&word), LockState::Unlocked);
    });
}

/// A neutral word locked first by two threads at once: one takes the bias, the other
/// revokes it; every update survives.
#[test]
fn neutral_word_first_lock_race() {
    exhaustive().check(|| {
        let reg = Registry::new();
        let a = Registry::register(&reg);
        let b = Registry::register(&reg);
        let word = Arc::new(AtomicU32::new(lock_word::NEUTRAL));
        let counter = Arc::new(AtomicU64::new(0));
        let t = {
            let (word, counter) = (word.clone(), counter.clone());
            thread::spawn(move || {
                bump(&word, &b, &counter);
                poll(&b);
            })
        };
        bump(&word, &a, &counter);
        poll(&a);
        a.parked(|| t.join().unwrap());
        assert_eq!(counter.load(Ordering::Relaxed), 2);
    });
}

/// Two threads each revoke the other's bias while neither reaches a safepoint until it
/// has its lock: each waits as `HANDSHAKING`, which the other treats as quiescent.
#[test]
fn crosswise_revocation() {
    bounded(3).check(|| {
        let reg = Registry::new();
        let a = Registry::register(&reg);
        let b = Registry::register(&reg);
        let (wa, ca) = biased_word(&a);
        let (wb, cb) = biased_word(&b);
        let t = {
            let (wa, ca) = (wa.clone(), ca.clone());
            thread::spawn(move || {
                bump(&wa, &b, &ca);
                poll(&b);
            })
        };
        bump(&wb, &a, &cb);
        poll(&a);
        a.parked(|| t.join().unwrap());
        assert_eq!(ca.load(Ordering::Relaxed), 1);
        assert_eq!(cb.load(Ordering::Relaxed), 1);
        assert_eq!(state_of(&wa), LockState::Unlocked);
        assert_eq!(state_of(&wb), LockState::Unlocked);
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
        assert_eq!(state_of(&word), LockState::Unlocked);
    });
}

/// A revocation and a stop-the-world pause by a third thread at once: the collector sees
/// the lock word unchanged for its whole pause (nobody touches the heap), and no update is
/// lost.
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
            thread::spawn(move || {
                bump(&word, &revoker, &counter);
                poll(&revoker);
            })
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

/// The owner itself stops the world while another thread revokes its bias: the collector
/// is at a safepoint while it waits, so the revocation proceeds and the pause then waits
/// for the revoker's next poll.
#[test]
fn revoke_bias_of_collector() {
    bounded(3).check(|| {
        let reg = Registry::new();
        let owner = Registry::register(&reg);
        let revoker = Registry::register(&reg);
        let (word, counter) = biased_word(&owner);
        let t = {
            let (word, counter) = (word.clone(), counter.clone());
            thread::spawn(move || {
                bump(&word, &revoker, &counter);
                poll(&revoker);
            })
        };
        bump(&word, &owner, &counter);
        if let Some(stw) = owner.stop_the_world() {
            let before = word.load(Ordering::Relaxed);
            thread::yield_now();
            assert_eq!(word.load(Ordering::Relaxed), before);
            drop(stw);
        }
        owner.parked(|| t.join().unwrap());
        assert_eq!(counter.load(Ordering::Relaxed), 2);
        assert_eq!(state_of(&word), LockState::Unlocked);
    });
}
