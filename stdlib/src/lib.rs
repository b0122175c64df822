//! # krait-stdlib
//!
//! Krait's built-in modules written in Rust and its pure-Python modules (under `lib/`,
//! embedded in the binary), registered with the VM through its module table
//! (`krait_vm::ops::import::register_native` / `register_source`). It must never reach into
//! interpreter internals that the VM does not export.
//!
//! Containers and iteration: `_collections` (the native `deque`) with `collections` in
//! Python; `operator` (native); `itertools`, `functools`, `heapq`, `bisect` and `copy` in
//! Python.

#![forbid(unsafe_code)]

mod deque;
mod util;

use krait_vm::ctx::{Ctx, PyResult};
use krait_vm::ops::import::{register_native, register_source};
use krait_vm::value::Value;

/// `_collections`: the native part of `collections`.
fn init_collections(cx: &mut Ctx, m: Value) -> PyResult<()> {
    let h = cx.root(m);
    for spec in deque::specs().iter() {
        let m = cx.get(h);
        let export = spec.name == "collections.deque";
        let module = if export {
            "collections"
        } else {
            "_collections"
        };
        util::add_type(cx, m, spec, module, export)?;
    }
    deque::finish(cx)?;
    cx.pop_handles(krait_vm::ctx::HandleMark::from_handle(h));
    Ok(())
}

/// Registers every module of the standard library with the VM (call once at startup).
pub fn register_all() {
    register_native("_collections", init_collections);
    register_source(
        "collections",
        include_str!("../lib/collections/__init__.py"),
        true,
    );
}
