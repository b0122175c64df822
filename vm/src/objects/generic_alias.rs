//! `types.GenericAlias` (`list[int]`) and `types.UnionType` (`int | str`).
//!
//! ```text
//! GenericAlias FIXED: [origin][args: tuple]
//! UnionType    FIXED: [args: tuple][unused]
//! ```

use crate::ctx::{Ctx, HandleMark, PyResult};
use crate::object::{self, slot};
use crate::objects::function::{Args, NativeDef};
use crate::objects::str::new_str;
use crate::objects::tuple::{is_tuple, new_tuple, tuple_items};
use crate::objects::typeobj::{is_type, type_of};
use crate::runtime::{none, py_bool, Global, SINGLETONS};
use crate::types_init::GetSet;
use crate::value::Value;
use crate::{getter, native_table};

/// `types.GenericAlias`.
pub static GENERIC_ALIAS_TYPE: Global = Global::new();
/// `types.UnionType`.
pub static UNION_TYPE: Global = Global::new();

fn as_args(cx: &mut Ctx, args: Value) -> PyResult<Value> {
    if is_tuple(args) {
        Ok(args)
    } else {
        new_tuple(cx, &[args])
    }
}

/// `origin[args]`.
pub fn new_alias(cx: &mut Ctx, origin: Value, args: Value) -> PyResult<Value> {
    let h = cx.root(origin);
    let t = as_args(cx, args)?;
    let ht = cx.root(t);
    let o = cx.alloc_fixed(GENERIC_ALIAS_TYPE.get(), 2)?;
    object::init_slot(o, 0, cx.get(h));
    object::init_slot(o, 1, cx.get(ht));
    cx.pop_handles(HandleMark::from_handle(h));
    Ok(Value::from_obj(o))
}

/// `a | b` for types, None and unions.
pub fn new_union(cx: &mut Ctx, a: Value, b: Value) -> PyResult<Value> {
    let mut items = Vec::new();
    for v in [a, b] {
        if v.is_ref() && type_of(v) == UNION_TYPE.get() {
            items.extend(tuple_items(alias_args(v)));
        } else if v == none() {
            items.push(crate::runtime::types().none.get());
        } else {
            items.push(v);
        }
    }
    let mut dedup: Vec<Value> = Vec::new();
    for v in items {
        if !dedup.contains(&v) {
            dedup.push(v);
        }
    }
    let t = new_tuple(cx, &dedup)?;
    let h = cx.root(t);
    let o = cx.alloc_fixed(UNION_TYPE.get(), 2)?;
    object::init_slot(o, 0, cx.get(h));
    object::init_slot(o, 1, none());
    cx.pop_handles(HandleMark::from_handle(h));
    Ok(Value::from_obj(o))
}

/// Whether `v` may be an operand of `|` building a union.
pub fn unionable(v: Value) -> bool {
    v == none()
        || is_type(v)
        || (v.is_ref()
            && (type_of(v) == UNION_TYPE.get() || type_of(v) == GENERIC_ALIAS_TYPE.get()))
}

/// The args tuple of an alias or union.
pub fn alias_args(v: Value) -> Value {
    if type_of(v) == UNION_TYPE.get() {
        slot(v.obj(), 0)
    } else {
        slot(v.obj(), 1)
    }
}

fn type_repr(cx: &mut Ctx, v: Value) -> PyResult<String> {
    // (Computed before any Python code runs; callers index rooted tuples.)
    if v == crate::runtime::types().none.get() || v == none() {
        return Ok("None".to_owned());
    }
    if v == crate::runtime::ELLIPSIS.get() {
        return Ok("...".to_owned());
    }
    if is_type(v) {
        let q = crate::objects::typeobj::type_slot(v, crate::objects::typeobj::tslot::QUALNAME);
        let d = crate::objects::typeobj::type_slot(v, crate::objects::typeobj::tslot::DICT);
        let m = crate::objects::dict::dict_get_str(cx, d, crate::names::MODULE.get());
        let qn = if crate::objects::str::is_str(q) {
            crate::objects::str::as_str(q).to_owned()
        } else {
            crate::objects::typeobj::type_name(v).to_owned()
        };
        if crate::objects::str::is_str(m) && crate::objects::str::as_str(m) != "builtins" {
            return Ok(format!("{}.{qn}", crate::objects::str::as_str(m)));
        }
        return Ok(qn);
    }
    crate::ops::repr::repr_string(cx, v)
}

fn ga_repr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    // Reprs of the parts may run Python code: everything is re-read from the argument.
    if type_of(a.get(0)) == UNION_TYPE.get() {
        let mut parts = Vec::new();
        for i in 0..crate::objects::tuple::tuple_len(alias_args(a.get(0))) {
            let x = crate::objects::tuple::tuple_get(alias_args(a.get(0)), i);
            parts.push(type_repr(cx, x)?);
        }
        return new_str(cx, &parts.join(" | "));
    }
    let origin = type_repr(cx, slot(a.get(0).obj(), 0))?;
    let mut parts = Vec::new();
    for i in 0..crate::objects::tuple::tuple_len(slot(a.get(0).obj(), 1)) {
        let x = crate::objects::tuple::tuple_get(slot(a.get(0).obj(), 1), i);
        parts.push(type_repr(cx, x)?);
    }
    let body = if parts.is_empty() {
        "()".to_owned()
    } else {
        parts.join(", ")
    };
    new_str(cx, &format!("{origin}[{body}]"))
}

fn ga_call(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let origin = slot(a.get(0).obj(), 0);
    let vals: Vec<Value> = a.cells()[1..].iter().map(|c| c.get()).collect();
    crate::interp::call::call_kw(cx, origin, &vals, a.kwnames())
}

fn ga_origin(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(slot(a.get(0).obj(), 0))
}

fn ga_args(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(alias_args(a.get(0)))
}

fn ga_eq(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let (x, y) = (a.get(0), a.get(1));
    if !y.is_ref() || type_of(y) != type_of(x) {
        return Ok(SINGLETONS.not_implemented.get());
    }
    let same_origin = type_of(x) == UNION_TYPE.get() || slot(x.obj(), 0) == slot(y.obj(), 0);
    if !same_origin {
        return Ok(py_bool(false));
    }
    crate::ops::compare::compare(
        cx,
        alias_args(x),
        alias_args(y),
        crate::compile::bytecode::CmpOp::Eq,
    )
}

fn ga_hash(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let h = crate::protocol::hash(cx, alias_args(a.get(0)))?;
    crate::objects::int::from_i64(cx, h)
}

fn ga_getattr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let origin = slot(a.get(0).obj(), 0);
    crate::ops::attr::getattr(cx, origin, a.get(1))
}

fn u_or(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    if !unionable(a.get(1)) {
        return Ok(SINGLETONS.not_implemented.get());
    }
    new_union(cx, a.get(0), a.get(1))
}

fn u_ror(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    if !unionable(a.get(1)) {
        return Ok(SINGLETONS.not_implemented.get());
    }
    new_union(cx, a.get(1), a.get(0))
}

/// Methods of `types.GenericAlias`.
pub static GENERIC_ALIAS_METHODS: &[NativeDef] = native_table![
    Method "__repr__" => ga_repr,
    Method "__call__" => ga_call,
    Method "__eq__" => ga_eq,
    Method "__hash__" => ga_hash,
    Method "__getattr__" => ga_getattr,
    Method "__or__" => u_or,
    Method "__ror__" => u_ror,
];

/// Attributes of `types.GenericAlias`.
pub static GENERIC_ALIAS_GETSETS: &[GetSet] = &[
    GetSet {
        name: "__origin__",
        get: getter!("__origin__", ga_origin),
        set: None,
    },
    GetSet {
        name: "__args__",
        get: getter!("__args__", ga_args),
        set: None,
    },
];

/// Methods of `types.UnionType`.
pub static UNION_METHODS: &[NativeDef] = native_table![
    Method "__repr__" => ga_repr,
    Method "__eq__" => ga_eq,
    Method "__hash__" => ga_hash,
    Method "__or__" => u_or,
    Method "__ror__" => u_ror,
];

/// Attributes of `types.UnionType`.
pub static UNION_GETSETS: &[GetSet] = &[GetSet {
    name: "__args__",
    get: getter!("__args__", ga_args),
    set: None,
}];
