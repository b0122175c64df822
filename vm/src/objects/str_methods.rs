//! The method table of `str`, with its special methods, construction, `join` and the
//! formatting entry points. The other methods live by theme in `str_search.rs` (find,
//! split, strip, replace, partition) and `str_transform.rs` (case, predicates, padding,
//! translate, encode).

use crate::compile::bytecode::CmpOp;
use crate::ctx::{Ctx, PyResult};
use crate::native_table;
use crate::objects::argcheck;
use crate::objects::argparse::{self, Params};
use crate::objects::exceptions::type_error;
use crate::objects::function::{Args, NativeDef};
use crate::objects::list::list_items;
use crate::objects::str::{as_str, char_len, is_ascii, is_str, is_str_like, new_str, str_value};
use crate::objects::str_search as search;
use crate::objects::str_transform as tr;
use crate::objects::tuple::{is_tuple, new_tuple, tuple_items};
use crate::objects::typeobj::{is_subtype, type_name, type_of};
use crate::runtime::{py_bool, types, SINGLETONS};
use crate::value::Value;

/// The text of `self` (a str or str-subclass instance).
pub fn text(v: Value) -> &'static str {
    as_str(str_value(v))
}

fn not_implemented() -> Value {
    SINGLETONS.not_implemented.get()
}

/// Arity check of a slot wrapper (`expected 1 argument, got 0`).
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

fn s_len(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    wrapper_args(cx, &a, 0)?;
    Ok(Value::int(char_len(str_value(a.get(0))) as i64))
}
fn s_str(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = a.get(0);
    if is_str(v) {
        return Ok(v);
    }
    Ok(str_value(v))
}
fn s_repr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    new_str(cx, &crate::objects::str::str_repr(text(a.get(0))))
}
fn s_hash(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::objects::int::from_i64(cx, crate::objects::str::str_hash(str_value(a.get(0))))
}
fn s_cmp(cx: &mut Ctx, a: Args<'_>, op: CmpOp) -> PyResult<Value> {
    wrapper_args(cx, &a, 1)?;
    let (x, y) = (a.get(0), a.get(1));
    if !is_str_like(y) {
        return Ok(not_implemented());
    }
    let o = text(x).cmp(text(y));
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
        $(fn $f(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> { s_cmp(cx, a, CmpOp::$op) })*
    };
}
cmps!(s_eq => Eq, s_ne => Ne, s_lt => Lt, s_le => Le, s_gt => Gt, s_ge => Ge);

fn s_contains(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    wrapper_args(cx, &a, 1)?;
    crate::ops::compare::contains(cx, str_value(a.get(0)), a.get(1)).map(py_bool)
}
fn s_getitem(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    wrapper_args(cx, &a, 1)?;
    crate::ops::subscript::getitem(cx, str_value(a.get(0)), a.get(1))
}
fn s_iter(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::ops::iter::get_iter(cx, str_value(a.get(0)))
}
fn s_add(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    wrapper_args(cx, &a, 1)?;
    let y = a.get(1);
    if !is_str_like(y) {
        // A direct call raises like CPython's slot wrapper; for a subclass the operator
        // protocol goes on to the other operand.
        if !is_str(a.get(0)) {
            return Ok(not_implemented());
        }
        let msg = format!(
            "can only concatenate str (not \"{}\") to str",
            type_name(type_of(y))
        );
        return Err(type_error(cx, &msg));
    }
    crate::objects::str::concat(cx, str_value(a.get(0)), str_value(y))
}
fn s_mul(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    wrapper_args(cx, &a, 1)?;
    let n = a.get(1);
    let is_index = crate::objects::int::int_value(n).is_some()
        || !crate::ops::attr::type_lookup(cx, type_of(n), crate::names::INDEX.get()).is_null();
    if !is_index && !is_str(a.get(0)) {
        return Ok(not_implemented());
    }
    let k = argparse::ssize(cx, n)?;
    let s = str_value(a.get(0));
    let k = k.max(0) as usize;
    let chars = crate::objects::str::char_len(s);
    if chars.checked_mul(k).is_none_or(|t| t > isize::MAX as usize) {
        return Err(crate::objects::exceptions::overflow_error(
            cx,
            "repeated string is too long",
        ));
    }
    if as_str(s)
        .len()
        .checked_mul(k)
        .is_none_or(|t| t > crate::runtime::alloc_limit())
    {
        return Err(cx.memory_error(krait_gc::AllocError::InvalidSize(usize::MAX)));
    }
    crate::objects::str::repeat(cx, s, k)
}
fn s_mod(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    wrapper_args(cx, &a, 1)?;
    crate::ops::percent::percent_format(cx, str_value(a.get(0)), a.get(1))
}
fn s_rmod(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    wrapper_args(cx, &a, 1)?;
    Ok(not_implemented())
}
fn s_format_spec(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "str.__format__")?;
    let spec = a.get(1);
    if !is_str_like(spec) {
        let msg = format!(
            "__format__() argument must be str, not {}",
            type_name(type_of(spec))
        );
        return Err(type_error(cx, &msg));
    }
    let spec = text(spec).to_owned();
    if spec.is_empty() {
        // `str(self)`: a subclass's `__str__` decides.
        return crate::ops::repr::to_str(cx, a.get(0));
    }
    crate::ops::format::format_str_value(cx, str_value(a.get(0)), &spec)
}
fn s_getnewargs(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "str.__getnewargs__")?;
    let v = str_value(a.get(0));
    new_tuple(cx, &[v])
}
fn s_sizeof(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "str.__sizeof__")?;
    let sv = str_value(a.get(0));
    let n = char_len(sv) as i64;
    let widest = as_str(sv).chars().map(|c| c as u32).max().unwrap_or(0);
    let size = if is_ascii(sv) {
        49 + n
    } else if widest < 0x100 {
        73 + n
    } else if widest < 0x10000 {
        74 + 2 * n
    } else {
        76 + 4 * n
    };
    Ok(Value::int(size))
}

const STR_NEW: Params = Params {
    fname: "str",
    names: &["object", "encoding", "errors"],
    posonly: 0,
    required: 0,
};

/// `str(object='')`, `str(object=b'', encoding='utf-8', errors='strict')`.
fn s_new(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let cls = a.get(0);
    if !crate::objects::typeobj::is_type(cls) || !is_subtype(cls, types().str.get()) {
        let msg = if crate::objects::typeobj::is_type(cls) {
            format!(
                "str.__new__({}): {} is not a subtype of str",
                type_name(cls),
                type_name(cls)
            )
        } else {
            format!(
                "str.__new__(X): X is not a type object ({})",
                type_name(type_of(cls))
            )
        };
        return Err(type_error(cx, &msg));
    }
    let [x, enc, errors] = argparse::parse(cx, &a, 1, &STR_NEW)?;
    let v = if x.is_null() && enc.is_null() && errors.is_null() {
        crate::objects::str::intern(cx, "")?
    } else if !enc.is_null() || !errors.is_null() {
        let e = if enc.is_null() {
            "utf-8".to_owned()
        } else {
            argparse::str_param(cx, enc, "str", "encoding")?.to_owned()
        };
        let err = if errors.is_null() {
            "strict".to_owned()
        } else {
            argparse::str_param(cx, errors, "str", "errors")?.to_owned()
        };
        if x.is_null() {
            crate::objects::str::intern(cx, "")?
        } else if is_str_like(x) {
            return Err(type_error(cx, "decoding str is not supported"));
        } else if !crate::objects::bytes::is_bytes_like(x) {
            let msg = format!(
                "decoding to str: need a bytes-like object, {} found",
                type_name(type_of(x))
            );
            return Err(type_error(cx, &msg));
        } else {
            let data = crate::objects::bytes::bytes_data(x);
            crate::objects::codecs::decode(cx, &data, &e, &err)?
        }
    } else {
        str_of(cx, x)?
    };
    // Re-read the class: the conversions above may have run Python code.
    let cls = a.get(0);
    if cls == types().str.get() {
        return Ok(v);
    }
    let v = str_value(v);
    crate::objects::wrapped::new_wrapped(cx, cls, v)
}

/// `str(x)` for `str.__new__`: like `to_str`, but a str subclass instance returned by a
/// user `__str__` is kept as it is (CPython returns it unchanged).
fn str_of(cx: &mut Ctx, x: Value) -> PyResult<Value> {
    if is_str(x) {
        return Ok(x);
    }
    let m = crate::ops::attr::type_lookup(cx, type_of(x), crate::names::STR.get());
    if !m.is_null() && !crate::objects::function::is_method_descr(m) {
        let r = crate::interp::call::call(cx, m, &[x])?;
        if !is_str_like(r) {
            let msg = format!(
                "__str__ returned non-string (type {})",
                type_name(type_of(r))
            );
            return Err(type_error(cx, &msg));
        }
        return Ok(r);
    }
    crate::ops::repr::to_str(cx, x)
}

/// `sep.join(iterable)`.
fn s_join(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "str.join")?;
    let it = a.get(1);
    if !crate::ops::iter::is_iterable(cx, it) {
        return Err(type_error(cx, "can only join an iterable"));
    }
    let seq = crate::ops::iter::to_seq(cx, it)?;
    // No Python code runs from here on: the items and the separator stay put.
    let items = if is_tuple(seq) {
        tuple_items(seq)
    } else {
        list_items(seq)
    };
    if items.len() == 1 && is_str(items[0]) {
        return Ok(items[0]);
    }
    let sep = text(a.get(0));
    let mut total = sep.len() * items.len().saturating_sub(1);
    for (i, &v) in items.iter().enumerate() {
        if !is_str_like(v) {
            let msg = format!(
                "sequence item {i}: expected str instance, {} found",
                type_name(type_of(v))
            );
            return Err(type_error(cx, &msg));
        }
        total += text(v).len();
    }
    if total > crate::runtime::alloc_limit() {
        return Err(cx.memory_error(krait_gc::AllocError::InvalidSize(total)));
    }
    let mut out = String::with_capacity(total);
    for (i, &v) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(text(v));
    }
    new_str(cx, &out)
}

fn s_format(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::ops::str_format::str_format(cx, a)
}
fn s_format_map(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::one(cx, &a, "str.format_map")?;
    crate::ops::str_format::str_format_map(cx, a.get(0), a.get(1))
}

/// Methods of `str`.
pub static STR_METHODS: &[NativeDef] = native_table![
    StaticMethod "__new__" => s_new,
    Method "__len__" => s_len,
    Method "__str__" => s_str,
    Method "__repr__" => s_repr,
    Method "__hash__" => s_hash,
    Method "__eq__" => s_eq, Method "__ne__" => s_ne,
    Method "__lt__" => s_lt, Method "__le__" => s_le,
    Method "__gt__" => s_gt, Method "__ge__" => s_ge,
    Method "__contains__" => s_contains,
    Method "__getitem__" => s_getitem,
    Method "__iter__" => s_iter,
    Method "__add__" => s_add,
    Method "__mul__" => s_mul, Method "__rmul__" => s_mul,
    Method "__mod__" => s_mod, Method "__rmod__" => s_rmod,
    Method "__format__" => s_format_spec,
    Method "__getnewargs__" => s_getnewargs,
    Method "__sizeof__" => s_sizeof,
    Method "join" => s_join,
    Method "split" => search::s_split, Method "rsplit" => search::s_rsplit,
    Method "splitlines" => search::s_splitlines,
    Method "strip" => search::s_strip, Method "lstrip" => search::s_lstrip,
    Method "rstrip" => search::s_rstrip,
    Method "replace" => search::s_replace,
    Method "startswith" => search::s_startswith, Method "endswith" => search::s_endswith,
    Method "find" => search::s_find, Method "rfind" => search::s_rfind,
    Method "index" => search::s_index, Method "rindex" => search::s_rindex,
    Method "count" => search::s_count,
    Method "partition" => search::s_partition, Method "rpartition" => search::s_rpartition,
    Method "removeprefix" => search::s_removeprefix,
    Method "removesuffix" => search::s_removesuffix,
    Method "upper" => tr::s_upper, Method "lower" => tr::s_lower,
    Method "capitalize" => tr::s_capitalize, Method "title" => tr::s_title,
    Method "swapcase" => tr::s_swapcase, Method "casefold" => tr::s_casefold,
    Method "isdigit" => tr::s_isdigit, Method "isdecimal" => tr::s_isdecimal,
    Method "isnumeric" => tr::s_isnumeric, Method "isalpha" => tr::s_isalpha,
    Method "isalnum" => tr::s_isalnum, Method "isspace" => tr::s_isspace,
    Method "isupper" => tr::s_isupper, Method "islower" => tr::s_islower,
    Method "istitle" => tr::s_istitle, Method "isprintable" => tr::s_isprintable,
    Method "isidentifier" => tr::s_isidentifier, Method "isascii" => tr::s_isascii,
    Method "center" => tr::s_center, Method "ljust" => tr::s_ljust,
    Method "rjust" => tr::s_rjust, Method "zfill" => tr::s_zfill,
    Method "expandtabs" => tr::s_expandtabs,
    Method "translate" => tr::s_translate,
    StaticMethod "maketrans" => tr::s_maketrans,
    Method "encode" => tr::s_encode,
    Method "format" => s_format,
    Method "format_map" => s_format_map,
];
