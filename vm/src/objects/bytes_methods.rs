//! The method tables of `bytes` and `bytearray`: construction, special methods, and the
//! mutation methods of bytearray. The other methods live by theme in `bytes_search.rs`
//! and `bytes_transform.rs`; the codecs in `codecs.rs`.
//!
//! Methods work on a copy of the contents (read after any argument conversion that may
//! run Python code) and build results of the receiver's kind.

use crate::compile::bytecode::CmpOp;
use crate::ctx::{Ctx, HandleMark, PyResult};
use crate::native_table;
use crate::objects::argcheck;
use crate::objects::argparse::{self, Params};
use crate::objects::bytes::{
    self, bytes_data, is_bytearray, is_bytes_like, new_bytearray, new_bytes, BYTEARRAY_TYPE,
    BYTES_TYPE,
};
use crate::objects::bytes_search::{self as search, kind_name, like};
use crate::objects::bytes_transform as tr;
use crate::objects::exceptions::{index_error, type_error, value_error};
use crate::objects::function::{Args, NativeDef};
use crate::objects::int;
use crate::objects::list::{list_get, list_len};
use crate::objects::str::{is_str_like, new_str, str_value};
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::{is_subtype, type_name, type_of};
use crate::runtime::{none, py_bool, SINGLETONS};
use crate::value::Value;

fn not_implemented() -> Value {
    SINGLETONS.not_implemented.get()
}

// --- construction --------------------------------------------------------------------------

/// Whether `v` is an int or has `__index__`.
fn is_index(cx: &mut Ctx, v: Value) -> bool {
    int::int_value(v).is_some()
        || !crate::ops::attr::type_lookup(cx, type_of(v), crate::names::INDEX.get()).is_null()
}

/// The bytes of an iterable of ints in range(256); `range_msg` is the out-of-range message
/// (`bytes must be…` for bytes, `byte must be…` for bytearray).
fn ints_to_bytes(cx: &mut Ctx, v: Value, range_msg: &str) -> PyResult<Vec<u8>> {
    let l = crate::ops::iter::to_list(cx, v)?;
    let h = cx.root(l);
    let mut out = Vec::new();
    let r = (|| -> PyResult<()> {
        for i in 0.. {
            let l = cx.get(h);
            if i >= list_len(l) {
                break;
            }
            let item = list_get(l, i);
            let x = crate::ops::number::index(cx, item)?;
            match int::to_i64(x) {
                Some(b) if (0..256).contains(&b) => out.push(b as u8),
                _ => return Err(value_error(cx, range_msg)),
            }
        }
        Ok(())
    })();
    cx.pop_handles(HandleMark::from_handle(h));
    r.map(|()| out)
}

/// The bytes of an iterable of ints in range(256) (`bytes(iterable)`).
pub fn bytes_from_iterable(cx: &mut Ctx, v: Value) -> PyResult<Vec<u8>> {
    ints_to_bytes(cx, v, "bytes must be in range(0, 256)")
}

/// What `bytes(...)`/`bytearray(...)` hold, from `(source, encoding, errors)`.
fn construct_data(cx: &mut Ctx, a: &Args<'_>, what: &'static str) -> PyResult<Vec<u8>> {
    let p = Params {
        fname: what,
        names: &["source", "encoding", "errors"],
        posonly: 0,
        required: 0,
    };
    let [src, enc, errors] = argparse::parse(cx, a, 1, &p)?;
    let enc_s = if enc.is_null() {
        None
    } else {
        Some(argparse::str_param(cx, enc, what, "encoding")?.to_owned())
    };
    let err_s = if errors.is_null() {
        None
    } else {
        Some(argparse::str_param(cx, errors, what, "errors")?.to_owned())
    };
    if src.is_null() {
        if enc_s.is_some() {
            return Err(type_error(cx, "encoding without a string argument"));
        }
        if err_s.is_some() {
            return Err(type_error(cx, "errors without a string argument"));
        }
        return Ok(Vec::new());
    }
    if let Some(e) = enc_s {
        if !is_str_like(src) {
            return Err(type_error(cx, "encoding without a string argument"));
        }
        let err = err_s.unwrap_or_else(|| "strict".to_owned());
        return crate::objects::codecs::encode(cx, str_value(src), &e, &err);
    }
    if err_s.is_some() {
        let msg = if is_str_like(src) {
            "string argument without an encoding"
        } else {
            "errors without a string argument"
        };
        return Err(type_error(cx, msg));
    }
    if is_str_like(src) {
        return Err(type_error(cx, "string argument without an encoding"));
    }
    if what == "bytes" {
        let m = crate::ops::attr::type_lookup(cx, type_of(src), crate::names::BYTES.get());
        if !m.is_null() {
            let r = crate::interp::call::call(cx, m, &[src])?;
            if !is_bytes_like(r) || is_bytearray(r) {
                let msg = format!(
                    "__bytes__ returned non-bytes (type {})",
                    type_name(type_of(r))
                );
                return Err(type_error(cx, &msg));
            }
            return Ok(bytes_data(r));
        }
    }
    if is_bytes_like(src) {
        return Ok(bytes_data(src));
    }
    if is_index(cx, src) {
        let n = argparse::ssize(cx, src)?;
        if n < 0 {
            return Err(value_error(cx, "negative count"));
        }
        if n as u64 > (crate::runtime::alloc_limit() as u64) {
            return Err(cx.memory_error(krait_gc::AllocError::InvalidSize(n as usize)));
        }
        return Ok(vec![0; n as usize]);
    }
    if !crate::ops::iter::is_iterable(cx, src) {
        let msg = format!(
            "cannot convert '{}' object to {what}",
            type_name(type_of(src))
        );
        return Err(type_error(cx, &msg));
    }
    let range_msg = if what == "bytes" {
        "bytes must be in range(0, 256)"
    } else {
        "byte must be in range(0, 256)"
    };
    ints_to_bytes(cx, src, range_msg)
}

fn b_new(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let cls = a.get(0);
    if !crate::objects::typeobj::is_type(cls) || !is_subtype(cls, BYTES_TYPE.get()) {
        return Err(type_error(
            cx,
            "bytes.__new__(X): X is not a subtype of bytes",
        ));
    }
    let src = a.get(1);
    if a.len() == 2 && a.nkw() == 0 && bytes::is_bytes(src) && cls == BYTES_TYPE.get() {
        return Ok(src);
    }
    let data = construct_data(cx, &a, "bytes")?;
    let b = new_bytes(cx, &data)?;
    let cls = a.get(0);
    if cls == BYTES_TYPE.get() {
        return Ok(b);
    }
    crate::objects::wrapped::new_wrapped(cx, cls, b)
}

fn ba_new(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    new_bytearray(cx, a.get(0), &[])
}

fn ba_init(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let data = construct_data(cx, &a, "bytearray")?;
    bytes::bytearray_set(cx, a.get(0), &data)?;
    Ok(none())
}

// --- special methods -------------------------------------------------------------------------

fn wrapper_args(cx: &mut Ctx, a: &Args<'_>, n: usize) -> PyResult<()> {
    let got = a.len().saturating_sub(1);
    if got != n {
        let msg = format!(
            "expected {n} argument{}, got {got}",
            if n == 1 { "" } else { "s" }
        );
        return Err(type_error(cx, &msg));
    }
    Ok(())
}

fn m_len(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    wrapper_args(cx, &a, 0)?;
    Ok(Value::int(bytes::bytes_len(a.get(0)) as i64))
}

fn m_getitem(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    wrapper_args(cx, &a, 1)?;
    bytes_getitem(cx, a.get(0), a.get(1))
}

/// `b[key]` for bytes and bytearray (and their subclasses): an int or a slice.
pub fn bytes_getitem(cx: &mut Ctx, obj: Value, key: Value) -> PyResult<Value> {
    let h = cx.root(obj);
    let r = getitem_rooted(cx, h, key);
    cx.pop_handles(HandleMark::from_handle(h));
    r
}

fn getitem_rooted(cx: &mut Ctx, h: crate::ctx::Handle, key: Value) -> PyResult<Value> {
    let array = is_bytearray(cx.get(h));
    if crate::objects::slice::is_slice(key) {
        let n = bytes_data(cx.get(h)).len();
        let (s, _, st, cnt) = crate::objects::slice::indices(cx, key, n)?;
        let d = bytes_data(cx.get(h));
        let out: Vec<u8> = (0..cnt).map(|k| d[(s + st * k as i64) as usize]).collect();
        let obj = cx.get(h);
        return like(cx, obj, &out);
    }
    if !is_index(cx, key) {
        let msg = format!(
            "{} indices must be integers or slices, not {}",
            if array { "bytearray" } else { "byte" },
            type_name(type_of(key))
        );
        return Err(type_error(cx, &msg));
    }
    let i = crate::ops::number::index(cx, key)?;
    let obj = cx.get(h);
    let len = bytes::bytes_len(obj);
    if let Some(b) = int::to_i64(i)
        .and_then(|i| crate::objects::slice::norm_index(i, len))
        .and_then(|i| bytes::byte_at(obj, i))
    {
        return Ok(Value::int(b as i64));
    }
    let d = bytes_data(cx.get(h));
    let oor = if array {
        "bytearray index out of range"
    } else {
        "index out of range"
    };
    match int::to_i64(i).and_then(|i| crate::objects::slice::norm_index(i, d.len())) {
        Some(i) => Ok(Value::int(d[i] as i64)),
        None if int::to_i64(i).is_none() => Err(index_error(
            cx,
            "cannot fit 'int' into an index-sized integer",
        )),
        None => Err(index_error(cx, oor)),
    }
}

fn m_contains(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    wrapper_args(cx, &a, 1)?;
    let item = a.get(1);
    let needle = if is_bytes_like(item) {
        bytes_data(item)
    } else if is_index(cx, item) {
        let i = crate::ops::number::index(cx, item)?;
        match int::to_i64(i) {
            Some(b) if (0..256).contains(&b) => vec![b as u8],
            _ => return Err(value_error(cx, "byte must be in range(0, 256)")),
        }
    } else {
        let msg = format!(
            "a bytes-like object is required, not '{}'",
            type_name(type_of(item))
        );
        return Err(type_error(cx, &msg));
    };
    let hay = bytes_data(a.get(0));
    Ok(py_bool(
        search::find_sub(&hay, &needle, 0, hay.len(), false).is_some(),
    ))
}

/// `iter(bytes)` (a `bytes_iterator`) or `iter(bytearray)` (a `bytearray_iterator`).
fn m_iter(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = a.get(0);
    if is_bytearray(v) {
        let o = cx.alloc_fixed(BYTEARRAY_ITER_TYPE.get(), 2)?;
        let v = a.get(0);
        crate::object::init_slot(o, 0, v);
        crate::object::init_slot(o, 1, Value::int(0));
        return Ok(Value::from_obj(o));
    }
    let o = cx.alloc_fixed(crate::ops::iter::BYTES_ITER.get(), 3)?;
    let v = a.get(0);
    crate::object::init_slot(o, 0, v);
    crate::object::init_slot(o, 1, Value::int(0));
    crate::object::init_slot(o, 2, none());
    Ok(Value::from_obj(o))
}

/// `bytearray_iterator`: FIXED `[bytearray, next index]` (index -1 once exhausted).
pub static BYTEARRAY_ITER_TYPE: crate::runtime::Global = crate::runtime::Global::new();

fn bai_iter(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(a.get(0))
}

fn bai_next(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let it = a.get(0).obj();
    let i = crate::object::slot(it, 1).as_int();
    let d = bytes_data(crate::object::slot(it, 0));
    if i >= 0 && (i as usize) < d.len() {
        crate::object::init_slot(it, 1, Value::int(i + 1));
        return Ok(Value::int(d[i as usize] as i64));
    }
    crate::object::init_slot(it, 1, Value::int(-1));
    Err(crate::objects::exceptions::stop_iteration(cx, Value::NULL))
}

fn bai_length_hint(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let it = a.get(0).obj();
    let i = crate::object::slot(it, 1).as_int();
    let n = bytes_data(crate::object::slot(it, 0)).len() as i64;
    Ok(Value::int(if i < 0 { 0 } else { (n - i).max(0) }))
}

/// Methods of `bytearray_iterator`.
pub static BYTEARRAY_ITER_METHODS: &[NativeDef] = native_table![
    Method "__iter__" => bai_iter,
    Method "__next__" => bai_next,
    Method "__length_hint__" => bai_length_hint,
];

fn m_add(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    wrapper_args(cx, &a, 1)?;
    let (x, y) = (a.get(0), a.get(1));
    if !is_bytes_like(y) {
        let msg = format!("can't concat {} to {}", type_name(type_of(y)), kind_name(x));
        return Err(type_error(cx, &msg));
    }
    let mut d = bytes_data(x);
    d.extend(bytes_data(y));
    like(cx, x, &d)
}

fn m_mul(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    wrapper_args(cx, &a, 1)?;
    let n = a.get(1);
    let exact = type_of(a.get(0)) == BYTES_TYPE.get() || type_of(a.get(0)) == BYTEARRAY_TYPE.get();
    if !is_index(cx, n) && !exact {
        return Ok(not_implemented());
    }
    let k = argparse::ssize(cx, n)?.max(0) as usize;
    let d = bytes_data(a.get(0));
    if d.len()
        .checked_mul(k)
        .is_none_or(|t| t > isize::MAX as usize)
    {
        return Err(crate::objects::exceptions::overflow_error(
            cx,
            "repeated bytes are too long",
        ));
    }
    if d.len()
        .checked_mul(k)
        .is_none_or(|t| t > crate::runtime::alloc_limit())
    {
        return Err(cx.memory_error(krait_gc::AllocError::InvalidSize(usize::MAX)));
    }
    like(cx, a.get(0), &d.repeat(k))
}

fn m_mod(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    wrapper_args(cx, &a, 1)?;
    crate::ops::percent::bytes_percent_format(cx, a.get(0), a.get(1))
}

fn m_rmod(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    wrapper_args(cx, &a, 1)?;
    Ok(not_implemented())
}

fn m_cmp(cx: &mut Ctx, a: Args<'_>, op: CmpOp) -> PyResult<Value> {
    wrapper_args(cx, &a, 1)?;
    let (x, y) = (a.get(0), a.get(1));
    if !is_bytes_like(y) {
        return Ok(not_implemented());
    }
    let o = bytes_data(x).cmp(&bytes_data(y));
    Ok(py_bool(match op {
        CmpOp::Lt => o.is_lt(),
        CmpOp::Le => o.is_le(),
        CmpOp::Eq => o.is_eq(),
        CmpOp::Ne => o.is_ne(),
        CmpOp::Gt => o.is_gt(),
        CmpOp::Ge => o.is_ge(),
    }))
}

macro_rules! cmps {
    ($($f:ident => $op:ident),*) => {
        $(fn $f(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> { m_cmp(cx, a, CmpOp::$op) })*
    };
}
cmps!(m_eq => Eq, m_ne => Ne, m_lt => Lt, m_le => Le, m_gt => Gt, m_ge => Ge);

fn b_hash(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let d = bytes_data(a.get(0));
    int::from_i64(cx, crate::hash::hash_bytes(&d))
}

fn m_repr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = a.get(0);
    let d = bytes_data(v);
    let s = if is_bytearray(v) {
        let body = bytes::bytes_repr_with(&d, "b", true);
        format!("{}({body})", type_name(type_of(v)))
    } else {
        bytes::bytes_repr(&d, "b")
    };
    new_str(cx, &s)
}

fn b_bytes(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "bytes.__bytes__")?;
    let v = a.get(0);
    if bytes::is_bytes(v) {
        return Ok(v);
    }
    let d = bytes_data(v);
    new_bytes(cx, &d)
}

fn b_getnewargs(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let d = bytes_data(a.get(0));
    let b = new_bytes(cx, &d)?;
    new_tuple(cx, &[b])
}

fn m_sizeof(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, &format!("{}.__sizeof__", kind_name(a.get(0))))?;
    let n = bytes_data(a.get(0)).len() as i64;
    Ok(Value::int(if is_bytearray(a.get(0)) {
        56 + n + 1
    } else {
        33 + n
    }))
}

/// Methods of `bytes`.
pub static BYTES_METHODS: &[NativeDef] = native_table![
    StaticMethod "__new__" => b_new,
    Method "__len__" => m_len,
    Method "__getitem__" => m_getitem,
    Method "__contains__" => m_contains,
    Method "__iter__" => m_iter,
    Method "__add__" => m_add,
    Method "__mul__" => m_mul, Method "__rmul__" => m_mul,
    Method "__mod__" => m_mod, Method "__rmod__" => m_rmod,
    Method "__eq__" => m_eq, Method "__ne__" => m_ne,
    Method "__lt__" => m_lt, Method "__le__" => m_le,
    Method "__gt__" => m_gt, Method "__ge__" => m_ge,
    Method "__hash__" => b_hash,
    Method "__repr__" => m_repr, Method "__str__" => m_repr,
    Method "__bytes__" => b_bytes,
    Method "__getnewargs__" => b_getnewargs,
    Method "__sizeof__" => m_sizeof,
    Method "decode" => tr::m_decode,
    Method "hex" => tr::m_hex,
    ClassMethod "fromhex" => tr::m_fromhex,
    StaticMethod "maketrans" => tr::m_maketrans,
    Method "join" => search::m_join,
    Method "split" => search::m_split, Method "rsplit" => search::m_rsplit,
    Method "splitlines" => search::m_splitlines,
    Method "strip" => search::m_strip, Method "lstrip" => search::m_lstrip,
    Method "rstrip" => search::m_rstrip,
    Method "startswith" => search::m_startswith, Method "endswith" => search::m_endswith,
    Method "find" => search::m_find, Method "rfind" => search::m_rfind,
    Method "index" => search::m_index, Method "rindex" => search::m_rindex,
    Method "count" => search::m_count,
    Method "replace" => search::m_replace,
    Method "partition" => search::m_partition, Method "rpartition" => search::m_rpartition,
    Method "removeprefix" => search::m_removeprefix,
    Method "removesuffix" => search::m_removesuffix,
    Method "upper" => tr::m_upper, Method "lower" => tr::m_lower,
    Method "swapcase" => tr::m_swapcase,
    Method "capitalize" => tr::m_capitalize, Method "title" => tr::m_title,
    Method "isdigit" => tr::m_isdigit, Method "isalpha" => tr::m_isalpha,
    Method "isalnum" => tr::m_isalnum, Method "isspace" => tr::m_isspace,
    Method "isascii" => tr::m_isascii, Method "istitle" => tr::m_istitle,
    Method "isupper" => tr::m_isupper, Method "islower" => tr::m_islower,
    Method "center" => tr::m_center, Method "ljust" => tr::m_ljust, Method "rjust" => tr::m_rjust,
    Method "zfill" => tr::m_zfill,
    Method "expandtabs" => tr::m_expandtabs,
    Method "translate" => tr::m_translate,
];

// --- bytearray mutation ----------------------------------------------------------------------

/// A byte value from an int-like argument (`byte must be in range(0, 256)`).
fn byte_arg(cx: &mut Ctx, v: Value) -> PyResult<u8> {
    let i = crate::ops::number::index(cx, v)?;
    match int::to_i64(i) {
        Some(b) if (0..256).contains(&b) => Ok(b as u8),
        _ => Err(value_error(cx, "byte must be in range(0, 256)")),
    }
}

/// `ba[key] = v` for a bytearray.
pub fn bytearray_setitem(cx: &mut Ctx, ba: Value, key: Value, v: Value) -> PyResult<()> {
    let mark = cx.handle_mark();
    let (hb, hk, hv) = (cx.root(ba), cx.root(key), cx.root(v));
    let r = setitem_rooted(cx, hb, hk, hv);
    cx.pop_handles(mark);
    r
}

fn setitem_rooted(
    cx: &mut Ctx,
    hb: crate::ctx::Handle,
    hk: crate::ctx::Handle,
    hv: crate::ctx::Handle,
) -> PyResult<()> {
    let key = cx.get(hk);
    if crate::objects::slice::is_slice(key) {
        let v = cx.get(hv);
        let src = if is_bytes_like(v) {
            bytes_data(v)
        } else if is_str_like(v) || int::int_value(v).is_some() {
            return Err(type_error(
                cx,
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            ));
        } else if !crate::ops::iter::is_iterable(cx, v) {
            let msg = format!(
                "cannot convert '{}' object to bytearray",
                type_name(type_of(v))
            );
            return Err(type_error(cx, &msg));
        } else {
            ints_to_bytes(cx, v, "byte must be in range(0, 256)")?
        };
        let n = bytes_data(cx.get(hb)).len();
        let key = cx.get(hk);
        let (s, _, st, cnt) = crate::objects::slice::indices(cx, key, n)?;
        let mut d = bytes_data(cx.get(hb));
        if st == 1 {
            let s = s as usize;
            d.splice(s..s + cnt, src);
        } else {
            if src.len() != cnt {
                let msg = format!(
                    "attempt to assign bytes of size {} to extended slice of size {cnt}",
                    src.len()
                );
                return Err(value_error(cx, &msg));
            }
            for (k, b) in src.into_iter().enumerate() {
                d[(s + st * k as i64) as usize] = b;
            }
        }
        let ba = cx.get(hb);
        return bytes::bytearray_set(cx, ba, &d);
    }
    if !is_index(cx, key) {
        let msg = format!(
            "bytearray indices must be integers or slices, not {}",
            type_name(type_of(key))
        );
        return Err(type_error(cx, &msg));
    }
    let i = crate::ops::number::index(cx, key)?;
    let i = int::to_i64(i).unwrap_or(i64::MAX);
    let v = cx.get(hv);
    let b = byte_arg(cx, v)?;
    let ba = cx.get(hb);
    if let Some(j) = crate::objects::slice::norm_index(i, bytes::bytes_len(ba)) {
        if bytes::bytearray_store(ba, j, b) {
            return Ok(());
        }
    }
    let mut d = bytes_data(cx.get(hb));
    match crate::objects::slice::norm_index(i, d.len()) {
        Some(i) => d[i] = b,
        None => return Err(index_error(cx, "bytearray index out of range")),
    }
    let ba = cx.get(hb);
    bytes::bytearray_set(cx, ba, &d)
}

/// `del ba[key]` for a bytearray.
pub fn bytearray_delitem(cx: &mut Ctx, ba: Value, key: Value) -> PyResult<()> {
    let mark = cx.handle_mark();
    let (hb, hk) = (cx.root(ba), cx.root(key));
    let r = (|| -> PyResult<()> {
        let n = bytes_data(cx.get(hb)).len();
        let key = cx.get(hk);
        let mut keep = vec![true; n];
        if crate::objects::slice::is_slice(key) {
            let (s, _, st, cnt) = crate::objects::slice::indices(cx, key, n)?;
            for k in 0..cnt {
                keep[(s + st * k as i64) as usize] = false;
            }
        } else {
            if !is_index(cx, key) {
                let msg = format!(
                    "bytearray indices must be integers or slices, not {}",
                    type_name(type_of(key))
                );
                return Err(type_error(cx, &msg));
            }
            let i = crate::ops::number::index(cx, key)?;
            match int::to_i64(i).and_then(|i| crate::objects::slice::norm_index(i, n)) {
                Some(i) => keep[i] = false,
                None => return Err(index_error(cx, "bytearray index out of range")),
            }
        }
        let d: Vec<u8> = bytes_data(cx.get(hb))
            .into_iter()
            .zip(keep)
            .filter_map(|(b, k)| k.then_some(b))
            .collect();
        let ba = cx.get(hb);
        bytes::bytearray_set(cx, ba, &d)
    })();
    cx.pop_handles(mark);
    r
}

fn ba_setitem(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    wrapper_args(cx, &a, 2)?;
    bytearray_setitem(cx, a.get(0), a.get(1), a.get(2))?;
    Ok(none())
}

fn ba_delitem(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    wrapper_args(cx, &a, 1)?;
    bytearray_delitem(cx, a.get(0), a.get(1))?;
    Ok(none())
}

/// Replaces the contents of the bytearray in argument 0 with `f(old contents)`.
fn mutate(cx: &mut Ctx, a: &Args<'_>, f: impl FnOnce(&mut Vec<u8>)) -> PyResult<()> {
    let mut d = bytes_data(a.get(0));
    f(&mut d);
    bytes::bytearray_set(cx, a.get(0), &d)
}

fn ba_append(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "bytearray.append")?;
    let b = byte_arg(cx, a.get(1))?;
    mutate(cx, &a, |d| d.push(b))?;
    Ok(none())
}

fn ba_extend(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "bytearray.extend")?;
    let src = a.get(1);
    let extra = if is_bytes_like(src) {
        bytes_data(src)
    } else if !crate::ops::iter::is_iterable(cx, src) {
        let msg = format!("can't extend bytearray with {}", type_name(type_of(src)));
        return Err(type_error(cx, &msg));
    } else {
        ints_to_bytes(cx, src, "byte must be in range(0, 256)")?
    };
    mutate(cx, &a, |d| d.extend(extra))?;
    Ok(none())
}

fn ba_iadd(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    wrapper_args(cx, &a, 1)?;
    if !is_bytes_like(a.get(1)) {
        let msg = format!("can't concat {} to bytearray", type_name(type_of(a.get(1))));
        return Err(type_error(cx, &msg));
    }
    let extra = bytes_data(a.get(1));
    mutate(cx, &a, |d| d.extend(extra))?;
    Ok(a.get(0))
}

fn ba_imul(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    wrapper_args(cx, &a, 1)?;
    if !is_index(cx, a.get(1)) {
        return Ok(not_implemented());
    }
    let k = argparse::ssize(cx, a.get(1))?.max(0) as usize;
    let n = bytes_data(a.get(0)).len();
    if n.checked_mul(k)
        .is_none_or(|t| t > crate::runtime::alloc_limit())
    {
        return Err(cx.memory_error(krait_gc::AllocError::InvalidSize(usize::MAX)));
    }
    mutate(cx, &a, |d| *d = d.repeat(k))?;
    Ok(a.get(0))
}

fn ba_pop(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::range(cx, &a, "bytearray.pop", "pop", 0, 1)?;
    let i = if a.len() > 1 {
        argparse::ssize(cx, a.get(1))?
    } else {
        -1
    };
    let mut d = bytes_data(a.get(0));
    if d.is_empty() {
        return Err(index_error(cx, "pop from empty bytearray"));
    }
    let Some(i) = crate::objects::slice::norm_index(i, d.len()) else {
        return Err(index_error(cx, "pop index out of range"));
    };
    let b = d.remove(i);
    bytes::bytearray_set(cx, a.get(0), &d)?;
    Ok(Value::int(b as i64))
}

fn ba_insert(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::range(cx, &a, "bytearray.insert", "insert", 2, 2)?;
    let i = argparse::ssize(cx, a.get(1))?;
    let b = byte_arg(cx, a.get(2))?;
    mutate(cx, &a, |d| {
        let n = d.len() as i64;
        let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
        d.insert(at, b);
    })?;
    Ok(none())
}

fn ba_remove(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "bytearray.remove")?;
    let b = byte_arg(cx, a.get(1))?;
    let d = bytes_data(a.get(0));
    match d.iter().position(|&x| x == b) {
        Some(p) => {
            mutate(cx, &a, |d| {
                d.remove(p);
            })?;
            Ok(none())
        }
        None => Err(value_error(cx, "value not found in bytearray")),
    }
}

fn ba_clear(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "bytearray.clear")?;
    mutate(cx, &a, Vec::clear)?;
    Ok(none())
}

fn ba_reverse(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "bytearray.reverse")?;
    mutate(cx, &a, |d| d.reverse())?;
    Ok(none())
}

fn ba_copy(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "bytearray.copy")?;
    let d = bytes_data(a.get(0));
    new_bytearray(cx, BYTEARRAY_TYPE.get(), &d)
}

/// Methods of `bytearray`.
pub static BYTEARRAY_METHODS: &[NativeDef] = native_table![
    StaticMethod "__new__" => ba_new,
    Method "__init__" => ba_init,
    Method "__len__" => m_len,
    Method "__getitem__" => m_getitem,
    Method "__setitem__" => ba_setitem,
    Method "__delitem__" => ba_delitem,
    Method "__contains__" => m_contains,
    Method "__iter__" => m_iter,
    Method "__add__" => m_add,
    Method "__iadd__" => ba_iadd,
    Method "__mul__" => m_mul, Method "__rmul__" => m_mul,
    Method "__imul__" => ba_imul,
    Method "__mod__" => m_mod, Method "__rmod__" => m_rmod,
    Method "__eq__" => m_eq, Method "__ne__" => m_ne,
    Method "__lt__" => m_lt, Method "__le__" => m_le,
    Method "__gt__" => m_gt, Method "__ge__" => m_ge,
    Method "__repr__" => m_repr, Method "__str__" => m_repr,
    Method "__sizeof__" => m_sizeof,
    Method "decode" => tr::m_decode,
    Method "hex" => tr::m_hex,
    ClassMethod "fromhex" => tr::m_fromhex,
    StaticMethod "maketrans" => tr::m_maketrans,
    Method "join" => search::m_join,
    Method "split" => search::m_split, Method "rsplit" => search::m_rsplit,
    Method "splitlines" => search::m_splitlines,
    Method "strip" => search::m_strip, Method "lstrip" => search::m_lstrip,
    Method "rstrip" => search::m_rstrip,
    Method "startswith" => search::m_startswith, Method "endswith" => search::m_endswith,
    Method "find" => search::m_find, Method "rfind" => search::m_rfind,
    Method "index" => search::m_index, Method "rindex" => search::m_rindex,
    Method "count" => search::m_count,
    Method "replace" => search::m_replace,
    Method "partition" => search::m_partition, Method "rpartition" => search::m_rpartition,
    Method "removeprefix" => search::m_removeprefix,
    Method "removesuffix" => search::m_removesuffix,
    Method "upper" => tr::m_upper, Method "lower" => tr::m_lower,
    Method "swapcase" => tr::m_swapcase,
    Method "capitalize" => tr::m_capitalize, Method "title" => tr::m_title,
    Method "isdigit" => tr::m_isdigit, Method "isalpha" => tr::m_isalpha,
    Method "isalnum" => tr::m_isalnum, Method "isspace" => tr::m_isspace,
    Method "isascii" => tr::m_isascii, Method "istitle" => tr::m_istitle,
    Method "isupper" => tr::m_isupper, Method "islower" => tr::m_islower,
    Method "center" => tr::m_center, Method "ljust" => tr::m_ljust, Method "rjust" => tr::m_rjust,
    Method "zfill" => tr::m_zfill,
    Method "expandtabs" => tr::m_expandtabs,
    Method "translate" => tr::m_translate,
    Method "append" => ba_append,
    Method "extend" => ba_extend,
    Method "pop" => ba_pop,
    Method "insert" => ba_insert,
    Method "remove" => ba_remove,
    Method "clear" => ba_clear,
    Method "reverse" => ba_reverse,
    Method "copy" => ba_copy,
];

/// `data.decode(encoding, errors)` as a new str (see `codecs`).
pub fn decode(cx: &mut Ctx, data: &[u8], encoding: &str, errors: &str) -> PyResult<Value> {
    crate::objects::codecs::decode(cx, data, encoding, errors)
}
