//! # krait-stdlib
//!
//! Krait's built-in modules written in Rust and its pure-Python modules (under `lib/`,
//! embedded in the binary), registered with the VM through its module table
//! (`krait_vm::ops::import::register_native` / `register_source`). It must never reach into
//! interpreter internals that the VM does not export.

#![forbid(unsafe_code)]

mod os;

use krait_vm::ops::import::{register_native, register_source};

/// Registers every module of the standard library with the VM (call once at startup).
pub fn register_all() {
    register_native("_os", os::init);
    register_source("os", include_str!("../lib/os.py"), false);
    register_source("posixpath", include_str!("../lib/posixpath.py"), false);
}
