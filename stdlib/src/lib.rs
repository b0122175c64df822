//! # krait-stdlib
//!
//! Krait's built-in modules written in Rust and its pure-Python modules (under `lib/`,
//! embedded in the binary), registered with the VM through its module table
//! (`krait_vm::ops::import::register_native` / `register_source`). It must never reach into
//! interpreter internals that the VM does not export.
//!
//! Modules: `math` (`math.rs`, with `math_int.rs` and `math_special.rs`), `time` (`time.rs`,
//! with `time_struct.rs` and `time_format.rs`).

#![forbid(unsafe_code)]

mod math;
mod math_int;
mod math_special;
mod time;
mod time_format;
mod time_struct;
mod util;

/// Registers every module of the standard library with the VM (call once at startup).
pub fn register_all() {
    math::register();
    time::register();
}
