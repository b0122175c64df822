//! # krait-stdlib
//!
//! Krait's built-in modules written in Rust and its pure-Python modules (under `lib/`,
//! embedded in the binary), registered with the VM through its module table
//! (`krait_vm::ops::import::register_native` / `register_source`). It must never reach into
//! interpreter internals that the VM does not export.
//!
//! Containers and iteration: `_collections` (the native `deque`) with `collections` in
//! Python; `operator` (native); `itertools`, `functools`, `heapq`, `bisect` and `copy` in
//! Python. Numbers and time: `math` (`math.rs`, with `math_int.rs` and `math_special.rs`),
//! `time` (`time.rs`, with `time_struct.rs` and `time_format.rs`). Operating system: `_os`
//! (`os.rs`) with `os` and `posixpath` in Python. The collector: `_gc` (`gc.rs`) with `gc` in
//! Python. Streams: `_io` (the VM's file types and
//! `UnsupportedOperation`) with `io` in Python (`StringIO`, `BytesIO`). Classes: `enum`
//! and `dataclasses` in Python. Threads: `threading` and `queue` in Python, over the
//! native `_thread` (threads, plain locks, idents).

#![forbid(unsafe_code)]

mod deque;
mod gc;
mod math;
mod math_int;
mod math_special;
mod operator;
mod os;
mod thread;
mod time;
mod time_format;
mod time_struct;
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

/// `operator`.
fn init_operator(cx: &mut Ctx, m: Value) -> PyResult<()> {
    let h = cx.root(m);
    for spec in operator::specs().iter() {
        let m = cx.get(h);
        util::add_type(cx, m, spec, "operator", true)?;
    }
    let m = cx.get(h);
    util::add_functions(cx, m, operator::FUNCTIONS)?;
    // `__add__` and friends are the same function objects as `add`...
    for name in operator::DUNDER_ALIASES {
        let m = cx.get(h);
        let key = krait_vm::objects::str::intern(cx, name)?;
        let m2 = cx.get(h);
        let f = krait_vm::ops::attr::getattr(cx, m2, key)?;
        let alias = format!("__{}__", name.trim_end_matches('_'));
        util::set_attr(cx, m, &alias, f)?;
    }
    cx.pop_handles(krait_vm::ctx::HandleMark::from_handle(h));
    Ok(())
}

/// `_io`: the native file types and `UnsupportedOperation`, for `io`.
fn init_io(cx: &mut Ctx, m: Value) -> PyResult<()> {
    use krait_vm::objects::{exceptions, file};
    let h = cx.root(m);
    let items = [
        ("UnsupportedOperation", &exceptions::UNSUPPORTED_OPERATION),
        ("TextIOWrapper", &file::TEXT_FILE_TYPE),
        ("BufferedReader", &file::BUFFERED_READER_TYPE),
        ("BufferedWriter", &file::BUFFERED_WRITER_TYPE),
    ];
    for (name, g) in items {
        let m = cx.get(h);
        util::set_attr(cx, m, name, g.get())?;
    }
    cx.pop_handles(krait_vm::ctx::HandleMark::from_handle(h));
    Ok(())
}

/// Registers every module of the standard library with the VM (call once at startup).
pub fn register_all() {
    register_native("_os", os::init);
    register_source("os", include_str!("../lib/os.py"), false);
    register_source("posixpath", include_str!("../lib/posixpath.py"), false);
    math::register();
    gc::register();
    register_source("gc", include_str!("../lib/gc.py"), false);
    time::register();
    thread::register();
    register_native("_collections", init_collections);
    register_native("operator", init_operator);
    register_source("itertools", include_str!("../lib/itertools.py"), false);
    register_source("functools", include_str!("../lib/functools.py"), false);
    register_source("heapq", include_str!("../lib/heapq.py"), false);
    register_source("bisect", include_str!("../lib/bisect.py"), false);
    register_source("copyreg", include_str!("../lib/copyreg.py"), false);
    register_source("copy", include_str!("../lib/copy.py"), false);
    register_native("_io", init_io);
    register_source("io", include_str!("../lib/io.py"), false);
    register_source("enum", include_str!("../lib/enum.py"), false);
    register_source("dataclasses", include_str!("../lib/dataclasses.py"), false);
    register_source("threading", include_str!("../lib/threading.py"), false);
    register_source("queue", include_str!("../lib/queue.py"), false);
    register_source(
        "importlib",
        include_str!("../lib/importlib/__init__.py"),
        true,
    );
    register_source(
        "collections",
        include_str!("../lib/collections/__init__.py"),
        true,
    );
}
