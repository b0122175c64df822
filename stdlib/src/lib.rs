//! # krait-stdlib
//!
//! Krait's built-in modules written in Rust and its pure-Python modules (under `lib/`,
//! embedded in the binary), registered with the VM through its module table
//! (`krait_vm::ops::import::register_native` / `register_source`). It must never reach into
//! interpreter internals that the VM does not export.
//!
//! Modules: `_os` (`os.rs`; `os` and `posixpath` are Python under `lib/`), `math` (`math.rs`, with `math_int.rs` and `math_special.rs`), `time` (`time.rs`,
//! with `time_struct.rs` and `time_format.rs`).

#![forbid(unsafe_code)]

mod math;
mod os;
mod math_int;
mod math_special;
mod time;
mod time_format;
mod time_struct;
mod util;

/// Registers every module of the standard library with the VM (call once at startup).
pub fn register_all() {
    use krait_vm::ops::import::{register_native, register_source};
    register_native("_os", os::init);
    register_source("os", include_str!("../lib/os.py"), false);
    register_source("posixpath", include_str!("../lib/posixpath.py"), false);
    math::register();
    time::register();
}
