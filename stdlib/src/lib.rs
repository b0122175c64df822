//! # krait-stdlib
//!
//! Will own Krait's built-in modules written in Rust and its pure-Python modules (under
//! `lib/`, embedded in the binary), registered with the VM through its module table.
//! It must never reach into interpreter internals that the VM does not export.

#![forbid(unsafe_code)]
