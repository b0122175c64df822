//! Unit tests of object locks, their biases and revocation handshakes with real OS threads
//! (the loom models are in `tests/loom_objlock.rs` and `tests/loom_biased.rs`).
//!
//! The protected counters are incremented with a separate load and store, never an atomic
//! add, so a broken exclusion shows up as lost updates. Critical sections never poll: that
//! is the rule the VM keeps (see `objlock.rs`).

use crate::objlock::{self, lock_as, state_of, unlock_as, REVOCATION_LIMIT};
use crate::{lock_word, HandshakeTarget, LockState, Registry, ThreadHandle, ThreadId};
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};
use std::sync::{mpsc, Arc, Barrier};
use std::time::Duration;

/// One critical section: a non-atomic increment of `counter` under the lock in `word`.
fn bump(word: &AtomicU32, me: &ThreadHandle, counter: &AtomicU64) {
    lock_as(word, me);
    let v = counter.load(Ordering::Relaxed);
    std::hint::spin_loop();
    counter.store(v + 1, Ordering::Relaxed);
    unlock_as(word, me);
}

/// Polls like an interpreter back-edge.
fn poll(me: &ThreadHandle) {
    if me.poll_requested() {
        me.block_for_stop();
    }
}

fn biased(owner: ThreadId, held: bool) -> LockState {
    LockState::Biased { owner, held }
}

#[test]
fn encoding_round_trips() {
    let w = lock_word::biased_to(ThreadId(7));
    assert_eq!(LockState::of(w), biased(ThreadId(7), false));
    assert_eq!(
        LockState::of(w | lock_word::LOCKED),
        biased(ThreadId(7), true)
    );
    assert_eq!(lock_word::owner(w), ThreadId(7));
    assert_eq!(LockState::of(lock_word::revoked(w)), LockState::Unlocked);
    assert_eq!(
        LockState::of(lock_word::revoked(w | lock_word::LOCKED)),
        LockState::Locked { sleepers: false }
    );
    assert_eq!(LockState::of(0), LockState::Neutral);
    let top = ThreadId(lock_word::MAX_OWNER);
    assert!(lock_word::can_bias(top));
    assert_eq!(LockState::of(lock_word::biased_to(top)), biased(top, false));
    assert!(!lock_word::can_bias(ThreadId(lock_word::MAX_OWNER + 1)));
    assert!(!lock_word::can_bias(ThreadId(0)));
}

#[test]
fn first_locker_owns_the_bias() {
    let reg = Registry::new();
    let me = Registry::register(&reg);
    let word = AtomicU32::new(lock_word::NEUTRAL);
    for _ in 0..10 {
        lock_as(&word, &me);
        assert_eq!(state_of(&word), biased(me.id(), true));
        unlock_as(&word, &me);
    }
    assert_eq!(word.load(Ordering::Relaxed), lock_word::biased_to(me.id()));
}

#[test]
#[should_panic(expected = "re-entrant")]
fn reentrant_biased_acquisition_panics() {
    let reg = Registry::new();
    let me = Registry::register(&reg);
    let word = AtomicU32::new(lock_word::NEUTRAL);
    lock_as(&word, &me);
    lock_as(&word, &me);
}

#[test]
fn shared_lock_is_a_cas_lock() {
    let reg = Registry::new();
    let me = Registry::register(&reg);
    let word = AtomicU32::new(lock_word::SHARED);
    lock_as(&word, &me);
    assert_eq!(state_of(&word), LockState::Locked { sleepers: false });
    unlock_as(&word, &me);
    assert_eq!(state_of(&word), LockState::Unlocked);
}

/// A thread whose biases were revoked too often makes the words it locks first shared.
#[test]
fn frequent_revocations_stop_biasing() {
    let reg = Registry::new();
    let owner = Registry::register(&reg);
    let me = Registry::register(&reg);
    let counter = AtomicU64::new(0);
    owner.park(); // revocations against it run at once
    for _ in 0..REVOCATION_LIMIT {
        let word = AtomicU32::new(lock_word::biased_to(owner.id()));
        bump(&word, &me, &counter);
        assert_eq!(state_of(&word), LockState::Unlocked);
    }
    owner.unpark();
    let word = AtomicU32::new(lock_word::NEUTRAL);
    bump(&word, &owner, &counter);
    assert_eq!(state_of(&word), LockState::Unlocked);
    // The revoker itself still biases.
    let word = AtomicU32::new(lock_word::NEUTRAL);
    bump(&word, &me, &counter);
    assert_eq!(state_of(&word), biased(me.id(), false));
    // Once the window of those revocations is over, the owner biases again.
    let since = objlock::clock_ms().wrapping_sub(objlock::REVOCATION_WINDOW_MS);
    owner.shared.revoked_since.store(since, Ordering::Relaxed);
    let word = AtomicU32::new(lock_word::NEUTRAL);
    bump(&word, &owner, &counter);
    assert_eq!(state_of(&word), biased(owner.id(), false));
    // And a revocation then starts a new window, counted from one.
    owner.park();
    bump(&word, &me, &counter);
    owner.unpark();
    assert_eq!(owner.shared.revoked.load(Ordering::Relaxed), 1);
}

/// The owner parks (blocked, say, in I/O): a revoker revokes at once without it.
#[test]
fn revoke_while_owner_parked() {
    let reg = Registry::new();
    let word = Arc::new(AtomicU32::new(lock_word::NEUTRAL));
    let (parked_tx, parked_rx) = mpsc::channel();
    let (done_tx, done_rx) = mpsc::channel::<()>();
    let owner = {
        let reg = reg.clone();
        let word = word.clone();
        std::thread::spawn(move || {
            let h = Registry::register(&reg);
            let counter = AtomicU64::new(0);
            bump(&word, &h, &counter);
            // Block, parked, until the revoker is done.
            h.parked(|| {
                parked_tx.send(h.id()).unwrap();
                done_rx.recv().unwrap();
            });
            // Back to work: now through the CAS path.
            bump(&word, &h, &counter);
            assert_eq!(state_of(&word), LockState::Unlocked);
        })
    };
    let owner_id = parked_rx.recv().unwrap();
    let me = Registry::register(&reg);
    assert_eq!(state_of(&word), biased(owner_id, false));
    lock_as(&word, &me);
    assert_eq!(state_of(&word), LockState::Locked { sleepers: false });
    unlock_as(&word, &me);
    done_tx.send(()).unwrap();
    owner.join().unwrap();
}

/// The owner has exited: its biases are revocable at once.
#[test]
fn revoke_after_owner_exit() {
    let reg = Registry::new();
    let word = Arc::new(AtomicU32::new(lock_word::NEUTRAL));
    {
        let reg = reg.clone();
        let word = word.clone();
        std::thread::spawn(move || {
            let h = Registry::register(&reg);
            bump(&word, &h, &AtomicU64::new(0));
        })
        .join()
        .unwrap();
    }
    let me = Registry::register(&reg);
    assert!(matches!(
        state_of(&word),
        LockState::Biased { held: false, .. }
    ));
    lock_as(&word, &me);
    unlock_as(&word, &me);
    assert_eq!(state_of(&word), LockState::Unlocked);
}

/// The owner keeps running and polling: the revocation happens at one of its polls, and
/// afterwards both threads share the lock without losing updates.
#[test]
fn revoke_while_owner_polls() {
    let reg = Registry::new();
    let word = Arc::new(AtomicU32::new(lock_word::NEUTRAL));
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
            bump(&word, &h, &counter);
            ready_tx.send(()).unwrap();
            let mut n = 1u64;
            while !stop.load(Ordering::Relaxed) {
                bump(&word, &h, &counter);
                n += 1;
                poll(&h);
            }
            n
        })
    };
    ready_rx.recv().unwrap();
    let me = Registry::register(&reg);
    for _ in 0..2000 {
        bump(&word, &me, &counter);
        poll(&me);
    }
    assert!(!matches!(state_of(&word), LockState::Biased { .. }));
    stop.store(true, Ordering::Relaxed);
    let n = owner.join().unwrap();
    assert_eq!(counter.load(Ordering::Relaxed), n + 2000);
}

/// Many threads hammer one lock (biased to one of them at first); that thread also stops
/// the world now and then, and others park now and then. No update is lost, and no
/// revoker waiting for the collecting owner deadlocks with its pause.
#[test]
fn many_threads_hammer_one_lock() {
    const THREADS: usize = 4;
    const ROUNDS: u64 = 5_000;
    let reg = Registry::new();
    let word = Arc::new(AtomicU32::new(lock_word::NEUTRAL));
    let counter = Arc::new(AtomicU64::new(0));
    let start = Arc::new(Barrier::new(THREADS));
    let joins: Vec<_> = (0..THREADS)
        .map(|i| {
            let (reg, word, counter, start) =
                (reg.clone(), word.clone(), counter.clone(), start.clone());
            std::thread::spawn(move || {
                let h = Registry::register(&reg);
                if i == 0 {
                    bump(&word, &h, &counter);
                }
                h.parked(|| start.wait());
                for r in 0..ROUNDS {
                    bump(&word, &h, &counter);
                    poll(&h);
                    if i == 0 && r % 100 == 0 {
                        drop(h.stop_the_world());
                    } else if r % 500 == 499 {
                        h.parked(|| std::thread::sleep(Duration::from_micros(50)));
                    }
                }
            })
        })
        .collect();
    for j in joins {
        j.join().unwrap();
    }
    assert_eq!(counter.load(Ordering::Relaxed), THREADS as u64 * ROUNDS + 1);
    assert_eq!(state_of(&word), LockState::Unlocked);
}

/// Many locks, each biased to a different thread, revoked by all the others at once while
/// their owners run: threads waiting in handshakes serve each other's, so every revocation
/// completes and nothing is lost.
#[test]
fn crosswise_revocations() {
    const THREADS: usize = 4;
    const ROUNDS: u64 = 300;
    let reg = Registry::new();
    let words: Arc<Vec<AtomicU32>> = Arc::new((0..THREADS).map(|_| AtomicU32::new(0)).collect());
    let counters: Arc<Vec<AtomicU64>> = Arc::new((0..THREADS).map(|_| AtomicU64::new(0)).collect());
    let ready = Arc::new(Barrier::new(THREADS));
    let joins: Vec<_> = (0..THREADS)
        .map(|i| {
            let (reg, words, counters, ready) =
                (reg.clone(), words.clone(), counters.clone(), ready.clone());
            std::thread::spawn(move || {
                let h = Registry::register(&reg);
                bump(&words[i], &h, &counters[i]);
                h.parked(|| ready.wait());
                for r in 0..ROUNDS {
                    let k = (i + 1 + r as usize) % THREADS;
                    bump(&words[k], &h, &counters[k]);
                    poll(&h);
                }
            })
        })
        .collect();
    for j in joins {
        j.join().unwrap();
    }
    let total: u64 = counters.iter().map(|c| c.load(Ordering::Relaxed)).sum();
    assert_eq!(total, THREADS as u64 * (ROUNDS + 1));
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

/// `lock`/`unlock` act for the thread bound to the OS thread, and dropping the handle
/// unbinds it.
#[test]
fn bound_thread_locks_without_a_handle() {
    std::thread::spawn(|| {
        let reg = Registry::new();
        assert!(!objlock::is_bound());
        let me = Registry::register(&reg);
        me.bind_current();
        assert!(objlock::is_bound());
        let word = AtomicU32::new(lock_word::NEUTRAL);
        objlock::lock(&word);
        assert_eq!(state_of(&word), biased(me.id(), true));
        objlock::unlock(&word);
        // Another handle made on this OS thread (a thread about to be started) does not
        // take the binding, and dropping it leaves the binding alone.
        drop(Registry::register(&reg));
        assert!(objlock::is_bound());
        drop(me);
        assert!(!objlock::is_bound());
    })
    .join()
    .unwrap();
}
