//! # krait-vm
//!
//! Owns Python **values and objects** (the tagged `Value`, object layouts, types, shapes,
//! strings, containers), the collector binding, per-thread contexts, and (to come) the
//! compiler and interpreter.
//!
//! It must never depend on `krait-jit` or `krait-stdlib`: those plug in through hooks this
//! crate exposes.

pub mod binding;
mod bootstrap;
pub mod ctx;
pub mod hash;
pub mod object;
pub mod objects;
pub mod protocol;
pub mod runtime;
pub mod value;
