//! # krait-threads
//!
//! Owns the **thread registry**, the **safepoint protocol** and **biased object locks**:
//! which threads may touch a heap, whether each is running, parked or stopped, the
//! handshake by which one thread stops all the others (stop-the-world) and measures how
//! long that took (time-to-safepoint), the per-thread handshake that stops one thread, and
//! the lock word protocol of object locks (`objlock.rs`), whose bias revocation uses it.
//!
//! It knows nothing about Python, values or the heap layout. It never blocks a thread
//! except in the calls documented to do so (`block_for_stop`, `unpark`, `handshake`,
//! `stop_the_world`, `register`, a contended object lock), and it never holds a lock while
//! control is outside it.
//!
//! The lock-free parts are written against the `sync` facade so that the **loom** models in
//! `tests/loom_safepoint.rs`, `tests/loom_objlock.rs` and `tests/loom_biased.rs` check the
//! real code:
//! `RUSTFLAGS="--cfg loom" cargo test -p krait-threads --release`.
//!
//! `unsafe` appears only in `sync.rs`, around the two calls into `parking_lot_core`.

#![deny(unsafe_code)]
#![warn(missing_docs)]

pub mod objlock;
mod registry;
mod safepoint;
mod sync;

pub use objlock::{word as lock_word, LockState};
pub use registry::{Registry, ThreadHandle, ThreadId, ThreadShared};
pub use safepoint::{poll_bits, state, HandshakeTarget, SafepointStats, StopTheWorld};

#[cfg(all(test, not(loom)))]
mod tests;

#[cfg(all(test, not(loom)))]
mod objlock_tests;
