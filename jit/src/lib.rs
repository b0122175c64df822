//! # krait-jit
//!
//! Will own Krait's tracing JIT: hot-loop detection through the interpreter's `JitHooks`,
//! the per-thread trace recorder, the trace IR and its optimizer, the Cranelift backend and
//! the lock-free code cache shared by every thread (DESIGN.md §6).
//!
//! It is empty until the JIT issue. It must never be depended on by `krait-vm`: the VM
//! exposes hooks, and this crate implements them.

#![forbid(unsafe_code)]
