//! Methods of `dict`, of its views, and the read-only `mappingproxy` that exposes a
//! class's namespace.

use crate::compile::bytecode::{BinOp, CmpOp};
use crate::ctx::{Ctx, HandleMark, PyResult};
use crate::interp::call::call;
use crate::names;
use crate::native_table;
use crate::object::{self, slot};
use crate::objects::argcheck;
use crate::objects::dict::{
    self, dict_get, dict_items, dict_len, dict_set, is_dict_like, new_dict,
};
use crate::objects::dict_views::{self, new_view, view_dict, ITEMS_TYPE, KEYS_TYPE, VALUES_TYPE};
use crate::objects::exceptions::{key_error, type_error};
use crate::objects::function::{Args, NativeDef};
use crate::objects::str::new_str;
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::{type_name, type_of};
use crate::ops::iter::{self, DICT_ITEMITER, DICT_KEYITER, DICT_VALUEITER};
use crate::runtime::{none, py_bool, types, Global, SINGLETONS};
use crate::value::Value;

fn not_implemented() -> Value {
    SINGLETONS.not_implemented.get()
}

fn d_new(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let cls = a.get(0);
    if cls == types().dict.get() {
        return new_dict(cx);
    }
    let inst = crate::objects::instance::new_instance(cx, cls)?;
    let o = inst.obj();
    for i in 0..3 {
        object::init_slot(o, i, Value::int(0));
    }
    Ok(inst)
}

/// `d.update(*args, **kwargs)` (also `dict(*args, **kwargs)`): a mapping (anything with
/// `keys`) or an iterable of pairs, then the keywords.
fn update_from(cx: &mut Ctx, a: &Args<'_>, fname: &str) -> PyResult<()> {
    let n = a.len() - 1;
    if n > 1 {
        let msg = format!("{fname} expected at most 1 argument, got {n}");
        return Err(type_error(cx, &msg));
    }
    let mark = cx.handle_mark();
    let hd = cx.root(a.get(0));
    if n == 1 {
        let src = a.get(1);
        let is_mapping = is_dict_like(src) || {
            let k = crate::ops::attr::getattr_opt(cx, src, names::KEYS.get())?;
            !k.is_null()
        };
        let d = cx.get(hd);
        if is_mapping {
            crate::ops::build::dict_update(cx, d, a.get(1), false)?;
        } else {
            update_from_pairs(cx, d, a.get(1))?;
        }
    }
    for i in 0..a.nkw() {
        let (k, v) = a.kw_at(i);
        let d = cx.get(hd);
        dict_set(cx, d, k, v)?;
    }
    cx.pop_handles(mark);
    Ok(())
}

fn update_from_pairs(cx: &mut Ctx, d: Value, src: Value) -> PyResult<()> {
    let mark = cx.handle_mark();
    let hd = cx.root(d);
    let it = iter::get_iter(cx, src)?;
    let hi = cx.root(it);
    let mut idx = 0;
    loop {
        let it = cx.get(hi);
        let Some(item) = iter::next(cx, it)? else {
            break;
        };
        let hitem = cx.root(item);
        let pair = iter::to_list(cx, item).map_err(|e| {
            let exc = cx.exception();
            if crate::ops::attr::isinstance_of(exc, crate::objects::exceptions::TYPE_ERROR.get()) {
                cx.take_exception();
                let msg = format!(
                    "cannot convert dictionary update sequence element #{idx} to a sequence"
                );
                type_error(cx, &msg)
            } else {
                e
            }
        })?;
        let n = crate::objects::list::list_len(pair);
        if n != 2 {
            cx.pop_handles(mark);
            let msg =
                format!("dictionary update sequence element #{idx} has length {n}; 2 is required");
            return Err(crate::objects::exceptions::value_error(cx, &msg));
        }
        let (k, v) = (
            crate::objects::list::list_get(pair, 0),
            crate::objects::list::list_get(pair, 1),
        );
        let d = cx.get(hd);
        dict_set(cx, d, k, v)?;
        cx.pop_handles(HandleMark::from_handle(hitem));
        idx += 1;
    }
    cx.pop_handles(mark);
    Ok(())
}

fn d_init(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    update_from(cx, &a, "dict")?;
    Ok(none())
}

fn d_update(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    update_from(cx, &a, "update")?;
    Ok(none())
}

fn d_len(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__len__", 0)?;
    Ok(Value::int(dict_len(a.get(0)) as i64))
}

/// `d[key]` for a dict or subclass, calling `__missing__` of subclasses.
pub fn dict_getitem(cx: &mut Ctx, d: Value, key: Value) -> PyResult<Value> {
    let mark = cx.handle_mark();
    let (hd, hk) = (cx.root(d), cx.root(key));
    let v = dict_get(cx, d, key)?;
    if !v.is_null() {
        cx.pop_handles(mark);
        return Ok(v);
    }
    let (d, key) = (cx.get(hd), cx.get(hk));
    cx.pop_handles(mark);
    if type_of(d) != types().dict.get() {
        let m = crate::ops::attr::type_lookup(cx, type_of(d), names::MISSING.get());
        if !m.is_null() {
            return call(cx, m, &[d, key]);
        }
    }
    Err(key_error(cx, key))
}

fn d_getitem(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "dict.__getitem__")?;
    dict_getitem(cx, a.get(0), a.get(1))
}

fn d_setitem(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__setitem__", 2)?;
    dict_set(cx, a.get(0), a.get(1), a.get(2))?;
    Ok(none())
}

fn d_delitem(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__delitem__", 1)?;
    let key = a.get(1);
    let h = cx.root(key);
    let old = dict::dict_del(cx, a.get(0), key)?;
    let key = cx.get(h);
    cx.pop_handles(HandleMark::from_handle(h));
    if old.is_null() {
        return Err(key_error(cx, key));
    }
    Ok(none())
}

fn d_contains(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "dict.__contains__")?;
    Ok(py_bool(!dict_get(cx, a.get(0), a.get(1))?.is_null()))
}

fn d_iter(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__iter__", 0)?;
    iter::dict_iter(cx, DICT_KEYITER.get(), a.get(0))
}

fn d_reversed(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "dict.__reversed__")?;
    let mut keys: Vec<Value> = dict_items(a.get(0)).into_iter().map(|(k, _)| k).collect();
    keys.reverse();
    let l = crate::objects::list::new_list(cx, &keys)?;
    iter::get_iter(cx, l)
}

fn d_keys(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "dict.keys")?;
    new_view(cx, KEYS_TYPE.get(), a.get(0))
}

fn d_values(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "dict.values")?;
    new_view(cx, VALUES_TYPE.get(), a.get(0))
}

fn d_items(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "dict.items")?;
    new_view(cx, ITEMS_TYPE.get(), a.get(0))
}

fn d_get(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::range(cx, &a, "dict.get", "get", 1, 2)?;
    let dflt = if a.len() > 2 { a.get(2) } else { none() };
    let h = cx.root(dflt);
    let v = dict_get(cx, a.get(0), a.get(1))?;
    let dflt = cx.get(h);
    cx.pop_handles(HandleMark::from_handle(h));
    Ok(if v.is_null() { dflt } else { v })
}

fn d_setdefault(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::range(cx, &a, "dict.setdefault", "setdefault", 1, 2)?;
    let h = crate::protocol::hash(cx, a.get(1))?;
    let dflt = if a.len() > 2 { a.get(2) } else { none() };
    dict::dict_setdefault_hashed(cx, a.get(0), a.get(1), h, dflt)
}

fn d_pop(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::range(cx, &a, "dict.pop", "pop", 1, 2)?;
    let mark = cx.handle_mark();
    let hk = cx.root(a.get(1));
    let hdf = cx.root(a.get(2));
    let old = dict::dict_del(cx, a.get(0), a.get(1))?;
    let (key, dflt) = (cx.get(hk), cx.get(hdf));
    cx.pop_handles(mark);
    if !old.is_null() {
        return Ok(old);
    }
    if !dflt.is_null() {
        return Ok(dflt);
    }
    Err(key_error(cx, key))
}

fn d_popitem(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "dict.popitem")?;
    let Some((k, v)) = dict::dict_popitem(cx, a.get(0)) else {
        return Err(key_error_msg(cx, "popitem(): dictionary is empty"));
    };
    // Allocation never collects: `k` and `v` stay valid.
    new_tuple(cx, &[k, v])
}

fn key_error_msg(cx: &mut Ctx, msg: &str) -> crate::ctx::Raised {
    crate::objects::exceptions::raise_msg(cx, crate::objects::exceptions::KEY_ERROR.get(), msg)
}

fn d_clear(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "dict.clear")?;
    dict::dict_clear(cx, a.get(0));
    Ok(none())
}

fn d_copy(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "dict.copy")?;
    dict::dict_copy(cx, a.get(0))
}

fn d_fromkeys(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::range(cx, &a, "dict.fromkeys", "fromkeys", 1, 2)?;
    let cls = a.get(0);
    let value = if a.len() > 2 { a.get(2) } else { none() };
    let mark = cx.handle_mark();
    let hv = cx.root(value);
    let hs = cx.root(a.get(1));
    let d = call(cx, cls, &[])?;
    let hd = cx.root(d);
    let hs_v = cx.get(hs);
    let it = iter::get_iter(cx, hs_v)?;
    let hi = cx.root(it);
    loop {
        let hi_v = cx.get(hi);
        let Some(k) = iter::next(cx, hi_v)? else {
            break;
        };
        let (d, v) = (cx.get(hd), cx.get(hv));
        if dict::is_exact_dict(d) {
            dict_set(cx, d, k, v)?;
        } else {
            crate::ops::subscript::setitem(cx, d, k, v)?;
        }
    }
    let d = cx.get(hd);
    cx.pop_handles(mark);
    Ok(d)
}

/// `a == b` for two dicts: same keys, equal values.
pub fn dict_eq(cx: &mut Ctx, a: Value, b: Value) -> PyResult<bool> {
    if dict_len(a) != dict_len(b) {
        return Ok(false);
    }
    let mark = cx.handle_mark();
    let hb = cx.root(b);
    let items = dict_items(a);
    let hs: Vec<_> = items
        .iter()
        .map(|&(k, v)| (cx.root(k), cx.root(v)))
        .collect();
    for (hk, hv) in hs {
        let (b, k) = (cx.get(hb), cx.get(hk));
        let w = dict_get(cx, b, k)?;
        if w.is_null() {
            cx.pop_handles(mark);
            return Ok(false);
        }
        let v = cx.get(hv);
        if !crate::ops::compare::eq(cx, v, w)? {
            cx.pop_handles(mark);
            return Ok(false);
        }
    }
    cx.pop_handles(mark);
    Ok(true)
}

fn d_eq(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__eq__", 1)?;
    if !is_dict_like(a.get(1)) {
        return Ok(not_implemented());
    }
    dict_eq(cx, a.get(0), a.get(1)).map(py_bool)
}

fn d_ne(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__ne__", 1)?;
    if !is_dict_like(a.get(1)) {
        return Ok(not_implemented());
    }
    dict_eq(cx, a.get(0), a.get(1)).map(|b| py_bool(!b))
}

fn d_or(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__or__", 1)?;
    let (x, y) = (a.get(0), a.get(1));
    if !is_dict_like(y) {
        return Ok(not_implemented());
    }
    let h = cx.root(y);
    let n = dict::dict_copy(cx, x)?;
    let hn = cx.root(n);
    let y = cx.get(h);
    crate::ops::build::dict_update(cx, n, y, false)?;
    let n = cx.get(hn);
    cx.pop_handles(HandleMark::from_handle(h));
    Ok(n)
}

fn d_ror(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__ror__", 1)?;
    let (x, y) = (a.get(0), a.get(1));
    if !is_dict_like(y) {
        return Ok(not_implemented());
    }
    let h = cx.root(x);
    let n = dict::dict_copy(cx, y)?;
    let hn = cx.root(n);
    let x = cx.get(h);
    crate::ops::build::dict_update(cx, n, x, false)?;
    let n = cx.get(hn);
    cx.pop_handles(HandleMark::from_handle(h));
    Ok(n)
}

fn d_ior(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__ior__", 1)?;
    let d = a.get(0);
    let h = cx.root(d);
    let src = a.get(1);
    if is_dict_like(src) {
        crate::ops::build::dict_update(cx, d, src, false)?;
    } else {
        let k = crate::ops::attr::getattr_opt(cx, src, names::KEYS.get())?;
        let d = cx.get(h);
        if k.is_null() {
            update_from_pairs(cx, d, a.get(1))?;
        } else {
            crate::ops::build::dict_update(cx, d, a.get(1), false)?;
        }
    }
    let d = cx.get(h);
    cx.pop_handles(HandleMark::from_handle(h));
    Ok(d)
}

fn builtin_repr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__repr__", 0)?;
    let v = a.get(0);
    let s = crate::ops::repr::builtin_repr(cx, v, type_of(v))?;
    new_str(cx, &s)
}

fn d_sizeof(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "dict.__sizeof__")?;
    Ok(Value::int(48 + 24 * dict_len(a.get(0)) as i64))
}

fn class_getitem(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "__class_getitem__")?;
    crate::objects::generic_alias::new_alias(cx, a.get(0), a.get(1))
}

/// Methods of `dict`.
pub static DICT_METHODS: &[NativeDef] = native_table![
    StaticMethod "__new__" => d_new,
    Method "__init__" => d_init,
    Method "__len__" => d_len,
    Method "__getitem__" => d_getitem,
    Method "__setitem__" => d_setitem,
    Method "__delitem__" => d_delitem,
    Method "__contains__" => d_contains,
    Method "__iter__" => d_iter,
    Method "__reversed__" => d_reversed,
    Method "__eq__" => d_eq, Method "__ne__" => d_ne,
    Method "__or__" => d_or, Method "__ror__" => d_ror, Method "__ior__" => d_ior,
    Method "__repr__" => builtin_repr,
    Method "__sizeof__" => d_sizeof,
    Method "keys" => d_keys,
    Method "values" => d_values,
    Method "items" => d_items,
    Method "get" => d_get,
    Method "setdefault" => d_setdefault,
    Method "pop" => d_pop,
    Method "popitem" => d_popitem,
    Method "update" => d_update,
    Method "clear" => d_clear,
    Method "copy" => d_copy,
    ClassMethod "fromkeys" => d_fromkeys,
    ClassMethod "__class_getitem__" => class_getitem,
];

// --- views ---------------------------------------------------------------------------------

fn v_len(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__len__", 0)?;
    Ok(Value::int(dict_len(view_dict(a.get(0))) as i64))
}

fn v_iter(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__iter__", 0)?;
    let v = a.get(0);
    let t = type_of(v);
    let it = if t == KEYS_TYPE.get() {
        DICT_KEYITER.get()
    } else if t == VALUES_TYPE.get() {
        DICT_VALUEITER.get()
    } else {
        DICT_ITEMITER.get()
    };
    iter::dict_iter(cx, it, view_dict(v))
}

fn v_reversed(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "__reversed__")?;
    let v = a.get(0);
    let t = type_of(v);
    let mut out = Vec::new();
    for (k, val) in dict_items(view_dict(v)) {
        if t == ITEMS_TYPE.get() {
            out.push(new_tuple(cx, &[k, val])?);
        } else if t == KEYS_TYPE.get() {
            out.push(k);
        } else {
            out.push(val);
        }
    }
    out.reverse();
    let l = crate::objects::list::new_list(cx, &out)?;
    iter::get_iter(cx, l)
}

fn v_contains(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__contains__", 1)?;
    Ok(py_bool(
        dict_views::view_contains(cx, a.get(0), a.get(1))?.unwrap_or(false),
    ))
}

fn v_repr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__repr__", 0)?;
    let v = a.get(0);
    let name = type_name(type_of(v));
    let l = crate::ops::iter::to_list(cx, v)?;
    let r = crate::ops::repr::repr_string(cx, l)?;
    new_str(cx, &format!("{name}({r})"))
}

macro_rules! view_ops {
    ($($f:ident, $rf:ident => $op:ident;)*) => {
        $(
            fn $f(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
                argcheck::wrapper(cx, &a, BinOp::$op.dunder(), 1)?;
                Ok(dict_views::view_binop(cx, a.get(0), a.get(1), BinOp::$op)?.unwrap_or_else(not_implemented))
            }
            fn $rf(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
                argcheck::wrapper(cx, &a, BinOp::$op.rdunder(), 1)?;
                Ok(dict_views::view_binop(cx, a.get(1), a.get(0), BinOp::$op)?.unwrap_or_else(not_implemented))
            }
        )*
    };
}

view_ops! {
    v_and, v_rand => And;
    v_or, v_ror => Or;
    v_sub, v_rsub => Sub;
    v_xor, v_rxor => Xor;
}

fn v_cmp(cx: &mut Ctx, a: Args<'_>, op: CmpOp) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, op.dunder(), 1)?;
    let (x, y) = (a.get(0), a.get(1));
    if type_of(x) == VALUES_TYPE.get() {
        return Ok(py_bool((x == y) == (op == CmpOp::Eq)));
    }
    let other_ok = crate::objects::set::is_anyset(y)
        || matches!(y, v if v.is_ref() && (type_of(v) == KEYS_TYPE.get() || type_of(v) == ITEMS_TYPE.get()));
    if !other_ok {
        return Ok(not_implemented());
    }
    let h = cx.root(y);
    let sx = crate::objects::set::set_from_iter(cx, crate::objects::set::SET_TYPE.get(), x)?;
    let hx = cx.root(sx);
    let y = cx.get(h);
    let sy = if crate::objects::set::is_anyset(y) {
        y
    } else {
        crate::objects::set::set_from_iter(cx, crate::objects::set::SET_TYPE.get(), y)?
    };
    let sx = cx.get(hx);
    cx.pop_handles(HandleMark::from_handle(h));
    crate::ops::compare::compare(cx, sx, sy, op)
}

fn v_eq(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    v_cmp(cx, a, CmpOp::Eq)
}
fn v_ne(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    v_cmp(cx, a, CmpOp::Ne)
}
fn v_lt(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    v_cmp(cx, a, CmpOp::Lt)
}
fn v_le(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    v_cmp(cx, a, CmpOp::Le)
}
fn v_gt(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    v_cmp(cx, a, CmpOp::Gt)
}
fn v_ge(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    v_cmp(cx, a, CmpOp::Ge)
}

fn v_isdisjoint(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "isdisjoint")?;
    let r = dict_views::view_binop(cx, a.get(0), a.get(1), BinOp::And)?;
    Ok(py_bool(
        r.is_none_or(|s| crate::objects::set::set_len(s) == 0),
    ))
}

fn v_mapping(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    mappingproxy(cx, view_dict(a.get(0)))
}

/// Methods shared by the three view types (set operations only make sense on keys and
/// items views; `view_binop` returns NotImplemented for values).
pub static VIEW_METHODS: &[NativeDef] = native_table![
    Method "__len__" => v_len,
    Method "__iter__" => v_iter,
    Method "__reversed__" => v_reversed,
    Method "__contains__" => v_contains,
    Method "__repr__" => v_repr,
    Method "__and__" => v_and, Method "__rand__" => v_rand,
    Method "__or__" => v_or, Method "__ror__" => v_ror,
    Method "__sub__" => v_sub, Method "__rsub__" => v_rsub,
    Method "__xor__" => v_xor, Method "__rxor__" => v_rxor,
    Method "__eq__" => v_eq, Method "__ne__" => v_ne,
    Method "__lt__" => v_lt, Method "__le__" => v_le,
    Method "__gt__" => v_gt, Method "__ge__" => v_ge,
    Method "isdisjoint" => v_isdisjoint,
];

/// Attributes of views.
pub static VIEW_GETSETS: &[crate::types_init::GetSet] = &[crate::types_init::GetSet {
    name: "mapping",
    get: crate::getter!("mapping", v_mapping),
    set: None,
}];

// --- mappingproxy --------------------------------------------------------------------------

/// `mappingproxy`: FIXED `[mapping]`.
pub static MAPPINGPROXY_TYPE: Global = Global::new();

/// A read-only proxy of the mapping `m`.
pub fn mappingproxy(cx: &mut Ctx, m: Value) -> PyResult<Value> {
    let h = cx.root(m);
    let o = cx.alloc_fixed(MAPPINGPROXY_TYPE.get(), 1)?;
    object::init_slot(o, 0, cx.get(h));
    cx.pop_handles(HandleMark::from_handle(h));
    Ok(Value::from_obj(o))
}

fn inner(v: Value) -> Value {
    slot(v.obj(), 0)
}

fn mp_new(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::takes(cx, &a, "mappingproxy", 1, 1, 1)?;
    let m = a.get(1);
    if !is_dict_like(m) && crate::ops::attr::getattr_opt(cx, m, names::KEYS.get())?.is_null() {
        let msg = format!(
            "mappingproxy() argument must be a mapping, not {}",
            type_name(type_of(a.get(1)))
        );
        return Err(type_error(cx, &msg));
    }
    mappingproxy(cx, a.get(1))
}

fn mp_getitem(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__getitem__", 1)?;
    crate::ops::subscript::getitem(cx, inner(a.get(0)), a.get(1))
}

fn mp_len(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__len__", 0)?;
    let n = crate::ops::subscript::len(cx, inner(a.get(0)))?;
    Ok(Value::int(n as i64))
}

fn mp_iter(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__iter__", 0)?;
    iter::get_iter(cx, inner(a.get(0)))
}

fn mp_contains(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__contains__", 1)?;
    crate::ops::compare::contains(cx, inner(a.get(0)), a.get(1)).map(py_bool)
}

fn forward(cx: &mut Ctx, a: &Args<'_>, name: &str) -> PyResult<Value> {
    let n = crate::objects::str::intern(cx, name)?;
    let args = a.rest(1);
    crate::ops::attr::call_method(cx, inner(a.get(0)), n, &args)
}

fn mp_keys(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    forward(cx, &a, "keys")
}
fn mp_values(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    forward(cx, &a, "values")
}
fn mp_items(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    forward(cx, &a, "items")
}
fn mp_get(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    forward(cx, &a, "get")
}
fn mp_copy(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    forward(cx, &a, "copy")
}

fn mp_repr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__repr__", 0)?;
    let r = crate::ops::repr::repr_string(cx, inner(a.get(0)))?;
    new_str(cx, &format!("mappingproxy({r})"))
}

fn mp_str(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__str__", 0)?;
    crate::ops::repr::to_str(cx, inner(a.get(0)))
}

fn mp_eq(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__eq__", 1)?;
    crate::ops::compare::compare(cx, inner(a.get(0)), a.get(1), CmpOp::Eq)
}

fn mp_or(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__or__", 1)?;
    crate::ops::arith::binary_op(cx, inner(a.get(0)), a.get(1), BinOp::Or)
}

/// Methods of `mappingproxy`.
pub static MAPPINGPROXY_METHODS: &[NativeDef] = native_table![
    StaticMethod "__new__" => mp_new,
    Method "__getitem__" => mp_getitem,
    Method "__len__" => mp_len,
    Method "__iter__" => mp_iter,
    Method "__contains__" => mp_contains,
    Method "__repr__" => mp_repr,
    Method "__str__" => mp_str,
    Method "__eq__" => mp_eq,
    Method "__or__" => mp_or,
    Method "keys" => mp_keys,
    Method "values" => mp_values,
    Method "items" => mp_items,
    Method "get" => mp_get,
    Method "copy" => mp_copy,
];
