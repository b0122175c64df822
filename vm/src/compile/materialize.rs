//! Code units -> heap code objects: constants become Python values (identifier-like strings
//! interned, as CPython does), names are interned, and the inline caches are created.

use super::code::{Cache, CodeData};
use super::unit::{CodeUnit, Constant};
use crate::ctx::{Ctx, PyResult};
use crate::object::ValueCell;
use crate::objects::str::{intern, new_str};
use crate::runtime::{none, py_bool, ELLIPSIS};
use crate::value::Value;
use std::sync::atomic::AtomicU32;

fn is_identifier_like(s: &str) -> bool {
    !s.is_empty() && s.len() <= 64 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

fn constant(cx: &mut Ctx, c: &Constant) -> PyResult<Value> {
    Ok(match c {
        Constant::None => none(),
        Constant::Bool(b) => py_bool(*b),
        Constant::Int(i) => crate::objects::int::from_bigint(cx, i)?,
        Constant::Float(f) => crate::objects::float::new_float(cx, *f)?,
        Constant::Complex(r, i) => crate::objects::complex::new_complex(cx, *r, *i)?,
        Constant::Str(s) => {
            if is_identifier_like(s) {
                intern(cx, s)?
            } else {
                new_str(cx, s)?
            }
        }
        Constant::Bytes(b) => crate::objects::bytes::new_bytes(cx, b)?,
        Constant::Tuple(items) => {
            // No safepoint happens while materializing, so raw values are safe here.
            let vals: Vec<Value> = items
                .iter()
                .map(|c| constant(cx, c))
                .collect::<PyResult<_>>()?;
            // Old space: tuple constants include keyword-name tuples, which native calls
            // hold raw (see `function::Args`).
            crate::objects::tuple::new_tuple_old(cx, &vals)?
        }
        Constant::FrozenSet(items) => {
            // CPython builds the frozenset from the items, then (merging constants) again
            // from the first one's iteration order; the table layout, and so the iteration
            // order, is that of the second. Only built-in constants are hashed and compared:
            // no Python code runs.
            let vals: Vec<Value> = items
                .iter()
                .map(|c| constant(cx, c))
                .collect::<PyResult<_>>()?;
            let ty = crate::objects::set::FROZENSET_TYPE.get();
            let first = crate::objects::set::new_set_of_type(cx, ty)?;
            for v in vals {
                crate::objects::set::set_add(cx, first, v)?;
            }
            let second = crate::objects::set::new_set_of_type(cx, ty)?;
            for v in crate::objects::set::set_items(first) {
                crate::objects::set::set_add(cx, second, v)?;
            }
            second
        }
        Constant::Ellipsis => ELLIPSIS.get(),
        Constant::Code(u) => materialize(cx, u)?,
    })
}

fn interned(cx: &mut Ctx, names: &[String]) -> PyResult<Box<[ValueCell]>> {
    names
        .iter()
        .map(|n| intern(cx, n).map(ValueCell::new))
        .collect()
}

/// Builds the code object for `u` (and, recursively, its nested code objects).
pub fn materialize(cx: &mut Ctx, u: &CodeUnit) -> PyResult<Value> {
    let consts: Box<[ValueCell]> = u
        .consts
        .iter()
        .map(|c| constant(cx, c).map(ValueCell::new))
        .collect::<PyResult<_>>()?;
    let caches: Box<[Cache]> = u
        .cache_names
        .iter()
        .map(|n| {
            intern(cx, n).map(|v| Cache {
                name: ValueCell::new(v),
                ..Cache::default()
            })
        })
        .collect::<PyResult<_>>()?;
    let data = CodeData {
        name: ValueCell::new(intern(cx, &u.name)?),
        qualname: ValueCell::new(new_str(cx, &u.qualname)?),
        filename: ValueCell::new(new_str(cx, &u.filename)?),
        flags: u.flags,
        argcount: u.argcount,
        posonlyargcount: u.posonlyargcount,
        kwonlyargcount: u.kwonlyargcount,
        nlocals: u.varnames.len() as u32,
        ncells: u.cellvars.len() as u32,
        nfree: u.freevars.len() as u32,
        max_stack: u.max_stack,
        firstlineno: u.firstlineno,
        code: u.code.clone().into_boxed_slice(),
        locations: u.locations.clone().into_boxed_slice(),
        consts,
        names: interned(cx, &u.names)?,
        varnames: interned(cx, &u.varnames)?,
        cellvars: interned(cx, &u.cellvars)?,
        freevars: interned(cx, &u.freevars)?,
        cell2arg: u
            .cellvars
            .iter()
            .map(|c| {
                u.varnames
                    .iter()
                    .position(|v| v == c)
                    .map_or(-1, |i| i as i32)
            })
            .collect(),
        exc_table: u.exc_table.clone().into_boxed_slice(),
        caches,
        loop_counters: (0..u.code.len()).map(|_| AtomicU32::new(0)).collect(),
    };
    let o = cx.alloc_native(crate::objects::function::CODE_TYPE.get(), data, 0)?;
    Ok(Value::from_obj(o))
}
