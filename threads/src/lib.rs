//! # krait-threads
//!
//! Owns the **thread registry**, the **safepoint protocol** and **biased object locks**:
//! which threads may touch a heap, whether each is running, parked or stopped, the
//! handshake by which one thread stops all the others (stop-the-world) and measures how
//! long that took (time-to-safepoint), the per-thread handshake that stops one thread, and
//! the lock word protocol of object locks (`biased.rs`), whose bias revocation uses it.
//!
//! It knows nothing about Python, values or the heap layout. It never blocks a thread
//! except in the calls documented to do so (`block_for_stop`, `unpark`,
//! `stop_the_world`, `register`), and it never holds a lock while control is outside it.
//!
//! The lock-free parts are written against the `sync` facade so that the **loom** models in
//! `tests/loom_safepoint.rs` and `tests/loom_biased.rs` check the real code:
//! `RUSTFLAGS="--cfg loom" cargo test -p krait-threads --release`.
//!
//! `unsafe` appears only in `sync.rs`, around the two calls into `parking_lot_core`.

#![deny(unsafe_code)]
#![warn(missing_docs)]

mod biased;
pub mod objlock;
mod registry;
mod safepoint;
mod sync;

pub use biased::{word as lock_word, BiasedGuard, BiasedLock, LockState};
pub use registry::{Registry, ThreadHandle, ThreadId, ThreadShared};
pub use safepoint::{poll_bits, state, HandshakeTarget, SafepointStats, StopTheWorld};

#[cfg(all(test, not(loom)))]
mod tests;

#[cfg(all(test, not(loom)))]
mod biased_tests;
