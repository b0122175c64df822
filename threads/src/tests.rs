//! Unit tests of the safepoint protocol with real OS threads (the loom models are in
//! `tests/loom_safepoint.rs`).

use crate::{state, Registry};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

#[test]
fn register_and_deregister() {
    let reg = Registry::new();
    let a = Registry::register(&reg);
    let b = Registry::register(&reg);
    assert_ne!(a.id(), b.id());
    assert_eq!(reg.thread_count(), 2);
    drop(a);
    assert_eq!(reg.thread_count(), 1);
    assert_eq!(b.shared().run_state(), state::RUNNING);
}

#[test]
fn single_thread_stop_the_world_is_immediate() {
    let reg = Registry::new();
    let a = Registry::register(&reg);
    let stw = a.stop_the_world().expect("no other collector");
    assert!(reg.pause_active());
    drop(stw);
    assert!(!reg.pause_active());
    assert_eq!(reg.pauses_completed(), 1);
    assert_eq!(reg.stats().stops, 1);
}

/// Workers run a "heap-touching" loop that polls; while the collector holds the pause, no
/// worker may be inside its critical section.
#[test]
fn pause_excludes_running_threads() {
    let reg = Registry::new();
    let stop = Arc::new(AtomicBool::new(false));
    let in_heap = Arc::new(AtomicU64::new(0));
    let mut joins = Vec::new();
    for _ in 0..4 {
        let reg = reg.clone();
        let stop = stop.clone();
        let in_heap = in_heap.clone();
        joins.push(std::thread::spawn(move || {
            let h = Registry::register(&reg);
            let mut polls = 0u64;
            while !stop.load(Ordering::Relaxed) {
                in_heap.fetch_add(1, Ordering::SeqCst);
                std::hint::spin_loop();
                in_heap.fetch_sub(1, Ordering::SeqCst);
                if h.poll_requested() {
                    h.block_for_stop();
                }
                polls += 1;
                if polls.is_multiple_of(1000) {
                    // Sometimes block, parked.
                    h.parked(|| std::thread::sleep(Duration::from_micros(50)));
                }
            }
        }));
    }
    let me = Registry::register(&reg);
    for _ in 0..200 {
        let stw = me.stop_the_world().expect("only collector");
        assert_eq!(
            in_heap.load(Ordering::SeqCst),
            0,
            "a thread ran during the pause"
        );
        std::thread::sleep(Duration::from_micros(20));
        assert_eq!(
            in_heap.load(Ordering::SeqCst),
            0,
            "a thread ran during the pause"
        );
        drop(stw);
    }
    stop.store(true, Ordering::Relaxed);
    for j in joins {
        j.join().unwrap();
    }
    let s = reg.stats();
    assert_eq!(s.stops, 200);
    assert!(s.max_ttsp_ns >= s.last_ttsp_ns);
}

/// Two threads request pauses at once: exactly one runs its pause at a time, and the other
/// stops for it rather than deadlocking.
#[test]
fn competing_collectors() {
    let reg = Registry::new();
    let active = Arc::new(AtomicU64::new(0));
    let won = Arc::new(AtomicU64::new(0));
    let mut joins = Vec::new();
    for _ in 0..3 {
        let reg = reg.clone();
        let active = active.clone();
        let won = won.clone();
        joins.push(std::thread::spawn(move || {
            let h = Registry::register(&reg);
            for _ in 0..300 {
                if let Some(stw) = h.stop_the_world() {
                    assert_eq!(active.fetch_add(1, Ordering::SeqCst), 0);
                    won.fetch_add(1, Ordering::SeqCst);
                    active.fetch_sub(1, Ordering::SeqCst);
                    drop(stw);
                }
                if h.poll_requested() {
                    h.block_for_stop();
                }
            }
        }));
    }
    for j in joins {
        j.join().unwrap();
    }
    assert!(won.load(Ordering::SeqCst) >= 300);
    assert_eq!(reg.stats().stops, won.load(Ordering::SeqCst));
}

/// A thread that stays parked (e.g. blocked in I/O) never delays a pause, and a thread that
/// registers while a pause is active waits until it ends.
#[test]
fn parked_threads_do_not_delay_and_registration_waits() {
    let reg = Registry::new();
    let me = Registry::register(&reg);
    let parked = {
        let reg = reg.clone();
        let (tx, rx) = std::sync::mpsc::channel();
        let (tx2, rx2) = std::sync::mpsc::channel::<()>();
        let j = std::thread::spawn(move || {
            let h = Registry::register(&reg);
            h.park();
            tx.send(()).unwrap();
            rx2.recv().unwrap();
            h.unpark();
        });
        rx.recv().unwrap();
        (j, tx2)
    };
    let stw = me.stop_the_world().unwrap();
    // Registration during the pause must block until it ends.
    let registered = Arc::new(AtomicBool::new(false));
    let late = {
        let reg = reg.clone();
        let registered = registered.clone();
        std::thread::spawn(move || {
            let _h = Registry::register(&reg);
            registered.store(true, Ordering::SeqCst);
        })
    };
    std::thread::sleep(Duration::from_millis(20));
    assert!(!registered.load(Ordering::SeqCst));
    drop(stw);
    late.join().unwrap();
    assert!(registered.load(Ordering::SeqCst));
    parked.1.send(()).unwrap();
    parked.0.join().unwrap();
}
