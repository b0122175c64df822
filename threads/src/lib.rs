//! # krait-threads
//!
//! Owns the **thread registry** and the **safepoint protocol**: which threads may touch a
//! heap, whether each is running, parked or stopped, and the handshake by which one thread
//! stops all the others (stop-the-world) and measures how long that took
//! (time-to-safepoint).
//!
//! It knows nothing about Python, values or the heap layout. It never blocks a thread
//! except in the calls documented to do so (`block_for_stop`, `unpark`,
//! `stop_the_world`, `register`), and it never holds a lock while control is outside it.
//!
//! The lock-free parts are written against the `sync` facade so that the **loom** models in
//! `tests/loom_safepoint.rs` check the real code:
//! `RUSTFLAGS="--cfg loom" cargo test -p krait-threads --release`.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod registry;
mod safepoint;
mod sync;

pub use registry::{Registry, ThreadHandle, ThreadId, ThreadShared};
pub use safepoint::{poll_bits, state, SafepointStats, StopTheWorld};

#[cfg(all(test, not(loom)))]
mod tests;
