//! `super`: attribute lookup that starts after a given class in an object's MRO.
//!
//! ```text
//! FIXED: [thisclass][obj][obj_type]
//! ```
//!
//! Zero-argument `super()` takes the class from the calling function's `__class__` cell
//! and the instance from its first argument.

use crate::ctx::{Ctx, PyResult};
use crate::object::{self, slot};
use crate::objects::exceptions::{self, raise_msg, type_error};
use crate::objects::function::{self, code_data, Args};
use crate::objects::str::{as_str, is_str};
use crate::objects::tuple::{tuple_get, tuple_len};
use crate::objects::typeobj::{is_subtype, is_type, tslot, type_name, type_of, type_slot};
use crate::ops::attr::{self, descr_get};
use crate::runtime::Global;
use crate::value::Value;

/// `super`.
pub static SUPER_TYPE: Global = Global::new();

/// The type whose MRO a super lookup walks: `obj` itself if it is a subclass of
/// `thisclass`, else `type(obj)`.
fn supercheck(cx: &mut Ctx, thisclass: Value, obj: Value) -> PyResult<Value> {
    if is_type(obj) && is_subtype(obj, thisclass) {
        return Ok(obj);
    }
    let t = type_of(obj);
    if is_subtype(t, thisclass) {
        return Ok(t);
    }
    Err(type_error(
        cx,
        "super(type, obj): obj must be an instance or subtype of type",
    ))
}

/// `name` in the MRO of `obj`'s type after `thisclass`, bound to `obj`; NULL if absent.
pub fn super_lookup(cx: &mut Ctx, thisclass: Value, obj: Value, name: Value) -> PyResult<Value> {
    let start = supercheck(cx, thisclass, obj)?;
    let mro = type_slot(start, tslot::MRO);
    let n = tuple_len(mro);
    let mut i = 0;
    while i < n && tuple_get(mro, i) != thisclass {
        i += 1;
    }
    i += 1;
    while i < n {
        let t = tuple_get(mro, i);
        let d = type_slot(t, tslot::DICT);
        let v = crate::objects::dict::dict_get_str(cx, d, name);
        if !v.is_null() {
            let inst = if obj == start { Value::NULL } else { obj };
            return descr_get(cx, v, inst, start);
        }
        i += 1;
    }
    Ok(Value::NULL)
}

/// A super object.
pub fn new_super(cx: &mut Ctx, thisclass: Value, obj: Value) -> PyResult<Value> {
    let objtype = if obj.is_null() {
        Value::NULL
    } else {
        supercheck(cx, thisclass, obj)?
    };
    let mark = cx.handle_mark();
    let hs = [cx.root(thisclass), cx.root(obj), cx.root(objtype)];
    let o = cx.alloc_fixed(SUPER_TYPE.get(), 3)?;
    for (i, h) in hs.iter().enumerate() {
        let v = cx.get(*h);
        object::init_slot(o, i, v);
    }
    cx.pop_handles(mark);
    Ok(Value::from_obj(o))
}

/// `super()` / `super(type)` / `super(type, obj)`.
pub fn super_new(cx: &mut Ctx, args: Args<'_>) -> PyResult<Value> {
    // args[0] is the `super` type itself (called as a constructor).
    match args.len() {
        1 => {
            let (cls, obj) = zero_arg_super(cx)?;
            new_super(cx, cls, obj)
        }
        2 => {
            let t = args.get(1);
            if !is_type(t) {
                let msg = format!(
                    "super() argument 1 must be a type, not {}",
                    type_name(type_of(t))
                );
                return Err(type_error(cx, &msg));
            }
            new_super(cx, t, Value::NULL)
        }
        _ => {
            let t = args.get(1);
            if !is_type(t) {
                let msg = format!(
                    "super() argument 1 must be a type, not {}",
                    type_name(type_of(t))
                );
                return Err(type_error(cx, &msg));
            }
            new_super(cx, t, args.get(2))
        }
    }
}

/// The `(__class__, first argument)` of the innermost Python function frame.
fn zero_arg_super(cx: &mut Ctx) -> PyResult<(Value, Value)> {
    let frames = cx.frames();
    let Some(fi) = frames.frames.iter().rposition(|f| !f.code.is_null()) else {
        return Err(raise_msg(
            cx,
            exceptions::RUNTIME_ERROR.get(),
            "super(): no current frame",
        ));
    };
    let f = frames.frames[fi];
    let cd = code_data(f.code);
    if cd.argcount == 0 {
        return Err(raise_msg(
            cx,
            exceptions::RUNTIME_ERROR.get(),
            "super(): no arguments",
        ));
    }
    let base = f.base as usize;
    let mut first = crate::interp::call::sget(cx, base);
    // The first argument may have been moved into a cell (if a closure captures it).
    let first_name = cd.varnames[0].get();
    for (k, c) in cd.cellvars.iter().enumerate() {
        if c.get() == first_name {
            let cell = crate::interp::call::sget(cx, base + cd.nlocals as usize + k);
            if !cell.is_null() && type_of(cell) == function::CELL_TYPE.get() {
                first = function::cell_get(cell);
            }
        }
    }
    if first.is_null() {
        return Err(raise_msg(
            cx,
            exceptions::RUNTIME_ERROR.get(),
            "super(): arg[0] deleted",
        ));
    }
    let nl = cd.nlocals as usize + cd.ncells as usize;
    for (k, v) in cd.freevars.iter().enumerate() {
        let name = v.get();
        if is_str(name) && as_str(name) == "__class__" {
            let cell = crate::interp::call::sget(cx, base + nl + k);
            let cls = function::cell_get(cell);
            if cls.is_null() {
                return Err(raise_msg(
                    cx,
                    exceptions::RUNTIME_ERROR.get(),
                    "super(): empty __class__ cell",
                ));
            }
            if !is_type(cls) {
                return Err(raise_msg(
                    cx,
                    exceptions::RUNTIME_ERROR.get(),
                    "super(): __class__ is not a type",
                ));
            }
            return Ok((cls, first));
        }
    }
    Err(raise_msg(
        cx,
        exceptions::RUNTIME_ERROR.get(),
        "super(): __class__ cell not found",
    ))
}

/// `super.__getattribute__`.
pub fn super_getattribute(cx: &mut Ctx, args: Args<'_>) -> PyResult<Value> {
    let s = args.get(0);
    let name = attr::attr_name(cx, args.get(1))?;
    super_getattr(cx, s, name)
}

/// `super_obj.name` (the attribute protocol calls this directly for super objects).
pub fn super_getattr(cx: &mut Ctx, s: Value, name: Value) -> PyResult<Value> {
    let (thisclass, obj) = (slot(s.obj(), 0), slot(s.obj(), 1));
    if !obj.is_null() && as_str(name) != "__class__" {
        let mark = cx.handle_mark();
        let hn = cx.root(name);
        let v = super_lookup(cx, thisclass, obj, name)?;
        let name = cx.get(hn);
        cx.pop_handles(mark);
        if !v.is_null() {
            return Ok(v);
        }
        let msg = format!("'super' object has no attribute '{}'", as_str(name));
        return Err(raise_msg(cx, exceptions::ATTRIBUTE_ERROR.get(), &msg));
    }
    match attr::generic_getattr(cx, s, name)? {
        Some(v) => Ok(v),
        None => {
            let msg = format!("'super' object has no attribute '{}'", as_str(name));
            Err(raise_msg(cx, exceptions::ATTRIBUTE_ERROR.get(), &msg))
        }
    }
}

/// `repr(super)`.
pub fn super_repr(cx: &mut Ctx, args: Args<'_>) -> PyResult<Value> {
    let s = args.get(0);
    let (t, obj) = (slot(s.obj(), 0), slot(s.obj(), 2));
    let text = if obj.is_null() {
        format!("<super: <class '{}'>, NULL>", type_name(t))
    } else {
        format!(
            "<super: <class '{}'>, <{} object>>",
            type_name(t),
            type_name(obj)
        )
    };
    crate::objects::str::new_str(cx, &text)
}
