//! `_gc`: the native half of `gc` (Krait's collector is a tracing one; `stdlib/lib/gc.py`
//! offers CPython's interface over these two functions).

use crate::util;
use krait_vm::ctx::{Ctx, PyResult};
use krait_vm::native_table;
use krait_vm::objects::function::{Args, NativeDef};
use krait_vm::objects::int::from_i64;
use krait_vm::objects::tuple::new_tuple;
use krait_vm::runtime::none;
use krait_vm::value::Value;

/// Registers `_gc`.
pub fn register() {
    krait_vm::ops::import::register_native("_gc", init);
}

fn init(cx: &mut Ctx, m: Value) -> PyResult<()> {
    util::add_functions(cx, m, FUNCTIONS)
}

/// `_gc.collect()`: a major collection now. Every value this function needs afterwards is
/// in the caller's frame (the arguments), which the collector updates.
fn collect(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    util::positional(cx, &a, "collect", "collect", 0, 0)?;
    krait_vm::runtime::collect_now(cx);
    Ok(none())
}

/// `_gc.counts()`: `(minor collections, major collections, bytes freed by minor ones,
/// bytes freed by major ones)`.
fn counts(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    util::positional(cx, &a, "counts", "counts", 0, 0)?;
    let ((minor, minor_freed), (major, major_freed)) = krait_vm::runtime::collection_counts();
    let mut vals = Vec::with_capacity(4);
    for n in [minor, major, minor_freed, major_freed] {
        // Small ints: allocation never collects, so the earlier ones stay valid.
        vals.push(from_i64(cx, n as i64)?);
    }
    new_tuple(cx, &vals)
}

/// `_gc.pause_stats()`: the tuple of `krait_vm::runtime::pause_stats` (ints).
fn pause_stats(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    util::positional(cx, &a, "pause_stats", "pause_stats", 0, 0)?;
    let mut vals = Vec::with_capacity(11);
    for n in krait_vm::runtime::pause_stats() {
        // Allocation never collects, so the ints made earlier stay valid.
        vals.push(from_i64(cx, n.min(i64::MAX as u64) as i64)?);
    }
    new_tuple(cx, &vals)
}

static FUNCTIONS: &[NativeDef] = native_table![
    Function "collect" => collect,
    Function "counts" => counts,
    Function "pause_stats" => pause_stats,
];
