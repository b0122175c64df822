//! Dict views: `dict.keys()`, `dict.values()`, `dict.items()`.
//!
//! ```text
//! FIXED: [dict]
//! ```
//!
//! Keys and items views are set-like (`&`, `|`, `-`, `^` give sets), all views are live
//! (they reflect later changes of the dict) and iterate in insertion order.

use crate::compile::bytecode::BinOp;
use crate::ctx::{Ctx, HandleMark, PyResult};
use crate::object::{self, slot};
use crate::objects::dict::{dict_get, dict_items, dict_len};
use crate::objects::set::{self, SET_TYPE};
use crate::objects::tuple::{is_tuple, tuple_get, tuple_len};
use crate::objects::typeobj::type_of;
use crate::runtime::Global;
use crate::value::Value;

/// `dict_keys`.
pub static KEYS_TYPE: Global = Global::new();
/// `dict_values`.
pub static VALUES_TYPE: Global = Global::new();
/// `dict_items`.
pub static ITEMS_TYPE: Global = Global::new();

/// A view of type `ty` on `d`.
pub fn new_view(cx: &mut Ctx, ty: Value, d: Value) -> PyResult<Value> {
    let h = cx.root(d);
    let o = cx.alloc_fixed(ty, 1)?;
    object::init_slot(o, 0, cx.get(h));
    cx.pop_handles(HandleMark::from_handle(h));
    Ok(Value::from_obj(o))
}

fn view_kind(v: Value) -> Option<Value> {
    if !v.is_ref() {
        return None;
    }
    let t = type_of(v);
    [KEYS_TYPE.get(), VALUES_TYPE.get(), ITEMS_TYPE.get()]
        .into_iter()
        .find(|&k| k == t)
}

/// The dict behind a view.
pub fn view_dict(v: Value) -> Value {
    slot(v.obj(), 0)
}

/// `len(view)`.
pub fn view_len(v: Value) -> Option<usize> {
    view_kind(v).map(|_| dict_len(view_dict(v)))
}

/// `x in view`.
pub fn view_contains(cx: &mut Ctx, v: Value, x: Value) -> PyResult<Option<bool>> {
    let Some(k) = view_kind(v) else {
        return Ok(None);
    };
    let d = view_dict(v);
    if k == KEYS_TYPE.get() {
        return Ok(Some(!dict_get(cx, d, x)?.is_null()));
    }
    if k == ITEMS_TYPE.get() {
        if !is_tuple(x) || tuple_len(x) != 2 {
            return Ok(Some(false));
        }
        let hx = cx.root(x);
        let val = dict_get(cx, d, tuple_get(x, 0))?;
        let x = cx.get(hx);
        cx.pop_handles(HandleMark::from_handle(hx));
        if val.is_null() {
            return Ok(Some(false));
        }
        return crate::ops::compare::eq(cx, val, tuple_get(x, 1)).map(Some);
    }
    // Values: a linear search.
    let hv = cx.root(x);
    let items = dict_items(d);
    let hs: Vec<_> = items.iter().map(|&(_, val)| cx.root(val)).collect();
    for h in hs {
        let (val, x) = (cx.get(h), cx.get(hv));
        if crate::ops::compare::eq(cx, val, x)? {
            cx.pop_handles(HandleMark::from_handle(hv));
            return Ok(Some(true));
        }
    }
    cx.pop_handles(HandleMark::from_handle(hv));
    Ok(Some(false))
}

/// Set operations on keys and items views (`d.keys() & other`).
pub fn view_binop(cx: &mut Ctx, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
    let set_like = |v: Value| matches!(view_kind(v), Some(k) if k != VALUES_TYPE.get());
    if !set_like(a) && !set_like(b) {
        return Ok(None);
    }
    let hb = cx.root(b);
    let sa = set::set_from_iter(cx, SET_TYPE.get(), a)?;
    let ha = cx.root(sa);
    let b = cx.get(hb);
    let sb = if set::is_anyset(b) {
        b
    } else {
        set::set_from_iter(cx, SET_TYPE.get(), b)?
    };
    let sa = cx.get(ha);
    cx.pop_handles(HandleMark::from_handle(hb));
    crate::objects::set_methods::set_binop(cx, sa, sb, op).map(Some)
}
