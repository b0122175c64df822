//! Argument parsing for built-ins whose parameters may be passed by keyword, with the
//! messages CPython's generated parsers give, and the integer conversions of C arguments.
//!
//! [`parse`] binds positional and keyword arguments to a parameter list: `names` in order,
//! the first `posonly` positional-only, the first `required` required. It returns the bound
//! values (NULL for an omitted optional parameter); they are raw values read from the call's
//! argument slots, valid until the next safepoint like any other.

use crate::ctx::{Ctx, PyResult};
use crate::objects::exceptions::{overflow_error, type_error};
use crate::objects::function::Args;
use crate::objects::int;
use crate::objects::str::{as_str, is_str_like, str_value};
use crate::objects::typeobj::{type_name, type_of};
use crate::runtime::none;
use crate::value::Value;

/// A parameter list.
pub struct Params {
    /// The function's name in messages (`split`, `bytes`...).
    pub fname: &'static str,
    /// Parameter names, in order.
    pub names: &'static [&'static str],
    /// How many leading parameters are positional-only.
    pub posonly: usize,
    /// How many leading parameters are required.
    pub required: usize,
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Binds the arguments of `a` after the first `skip` positional ones (`self`) to `p`.
pub fn parse<const N: usize>(
    cx: &mut Ctx,
    a: &Args<'_>,
    skip: usize,
    p: &Params,
) -> PyResult<[Value; N]> {
    debug_assert_eq!(N, p.names.len());
    let mut out = [Value::NULL; N];
    let npos = a.len().saturating_sub(skip);
    let nkw = a.nkw();
    let f = p.fname;
    if npos + nkw > N {
        let kw = if npos == 0 { "keyword " } else { "" };
        let msg = format!(
            "{f}() takes at most {N} {kw}argument{} ({} given)",
            plural(N),
            npos + nkw
        );
        return Err(type_error(cx, &msg));
    }
    if npos < p.posonly.min(p.required) {
        let min = p.posonly.min(p.required);
        let how = if min < N { "at least" } else { "exactly" };
        let msg = format!(
            "{f}() takes {how} {min} positional argument{} ({npos} given)",
            plural(min)
        );
        return Err(type_error(cx, &msg));
    }
    for (i, slot) in out.iter_mut().enumerate().take(npos) {
        *slot = a.get(skip + i);
    }
    for k in 0..nkw {
        let (name, v) = a.kw_at(k);
        let name = as_str(name);
        match p.names.iter().position(|&n| n == name) {
            Some(i) if i >= p.posonly && i >= npos => out[i] = v,
            Some(i) if i >= p.posonly => {
                let msg = format!(
                    "argument for {f}() given by name ('{name}') and position ({})",
                    i + 1
                );
                return Err(type_error(cx, &msg));
            }
            _ => {
                let msg = format!("'{name}' is an invalid keyword argument for {f}()");
                return Err(type_error(cx, &msg));
            }
        }
    }
    if let Some(i) = (0..p.required).find(|&i| out[i].is_null()) {
        let msg = format!(
            "{f}() missing required argument '{}' (pos {})",
            p.names[i],
            i + 1
        );
        return Err(type_error(cx, &msg));
    }
    Ok(out)
}

/// The type name CPython's generated parsers print for a bad argument (`None` for None).
pub fn arg_type_name(v: Value) -> &'static str {
    if v == none() {
        "None"
    } else {
        type_name(type_of(v))
    }
}

/// A `str` argument: `{fname}() argument '{arg}' must be str, not T` otherwise.
pub fn str_param(cx: &mut Ctx, v: Value, fname: &str, arg: &str) -> PyResult<&'static str> {
    if is_str_like(v) {
        return Ok(as_str(str_value(v)));
    }
    let msg = format!(
        "{fname}() argument '{arg}' must be str, not {}",
        arg_type_name(v)
    );
    Err(type_error(cx, &msg))
}

/// An integer argument converted like a C `Py_ssize_t` (OverflowError when too large).
pub fn ssize(cx: &mut Ctx, v: Value) -> PyResult<i64> {
    let i = crate::ops::number::index(cx, v)?;
    int::to_i64(i).ok_or_else(|| overflow_error(cx, "Python int too large to convert to C ssize_t"))
}

/// An integer argument converted like a C `int`.
pub fn c_int(cx: &mut Ctx, v: Value) -> PyResult<i32> {
    let i = crate::ops::number::index(cx, v)?;
    match int::to_i64(i).and_then(|x| i32::try_from(x).ok()) {
        Some(x) => Ok(x),
        None => Err(overflow_error(
            cx,
            "Python int too large to convert to C int",
        )),
    }
}

/// A slice bound (`None`, NULL or anything with `__index__`), clamped to `i64` like
/// CPython's `_PyEval_SliceIndex`.
pub fn slice_index(cx: &mut Ctx, v: Value) -> PyResult<Option<i64>> {
    if v.is_null() || v == none() {
        return Ok(None);
    }
    let is_index = int::int_value(v).is_some()
        || !crate::ops::attr::type_lookup(cx, type_of(v), crate::names::INDEX.get()).is_null();
    if !is_index {
        return Err(type_error(
            cx,
            "slice indices must be integers or None or have an __index__ method",
        ));
    }
    let i = crate::ops::number::index(cx, v)?;
    Ok(Some(int::to_i64(i).unwrap_or(if int::sign(i) < 0 {
        i64::MIN
    } else {
        i64::MAX
    })))
}

/// Resolves optional `start`/`end` bounds against a length as CPython's `ADJUST_INDICES`
/// does: negative values count from the end, `end` is clamped to the length, `start` is
/// clamped at 0 but may exceed the length.
pub fn adjust_span(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let l = len as i64;
    let mut e = end.unwrap_or(l);
    if e > l {
        e = l;
    } else if e < 0 {
        e = (e.saturating_add(l)).max(0);
    }
    let mut s = start.unwrap_or(0);
    if s < 0 {
        s = (s.saturating_add(l)).max(0);
    }
    (s as usize, e as usize)
}
