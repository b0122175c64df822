//! Methods of `int` and `bool`: the numeric special methods (which, like CPython's, accept
//! only ints and return NotImplemented otherwise), conversions, `int()` itself, and the
//! integer utilities (`bit_length`, `to_bytes`, `from_bytes`...).

use crate::compile::bytecode::{BinOp, CmpOp};
use crate::ctx::{Ctx, PyResult};
use crate::objects::argcheck;
use crate::objects::exceptions::{self, type_error, value_error};
use crate::objects::float::float_value;
use crate::objects::function::{Args, NativeDef};
use crate::objects::int::{self, from_bigint, int_value, to_bigint, ParseIntError};
use crate::objects::str::{as_str, is_str_like, new_str, str_value};
use crate::objects::typeobj::{is_builtin_type, type_name, type_of};
use crate::ops::number;
use crate::runtime::{none, py_bool, types, SINGLETONS};
use crate::types_init::GetSet;
use crate::value::Value;
use crate::{getter, native_table};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{Signed, Zero};

fn not_impl() -> Value {
    SINGLETONS.not_implemented.get()
}

/// `self`'s integer value (the method descriptor has checked its type).
fn iv(a: &Args<'_>) -> Value {
    int_value(a.get(0)).unwrap_or(Value::int(0))
}

/// Checks that a binary special method got exactly one argument besides `self`.
fn one_arg(cx: &mut Ctx, a: &Args<'_>) -> PyResult<()> {
    if a.len() != 2 || a.nkw() > 0 {
        let msg = format!("expected 1 argument, got {}", a.len().saturating_sub(1));
        return Err(type_error(cx, &msg));
    }
    Ok(())
}

/// `self op other` as a special method of a numeric type: the operation when the numeric
/// tower applies to the operands, NotImplemented otherwise. Used by `complex` too.
pub fn num_method(cx: &mut Ctx, a: &Args<'_>, op: BinOp, reflected: bool) -> PyResult<Value> {
    one_arg(cx, a)?;
    let (x, y) = if reflected {
        (a.get(1), a.get(0))
    } else {
        (a.get(0), a.get(1))
    };
    Ok(number::num_binop(cx, x, y, op)?.unwrap_or_else(not_impl))
}

/// `int.__op__`: both operands must be ints.
fn int_method(cx: &mut Ctx, a: &Args<'_>, op: BinOp, reflected: bool) -> PyResult<Value> {
    one_arg(cx, a)?;
    let (Some(p), Some(q)) = (int_value(a.get(0)), int_value(a.get(1))) else {
        return Ok(not_impl());
    };
    let (x, y) = if reflected { (q, p) } else { (p, q) };
    Ok(number::int_binop(cx, x, y, op)?.unwrap_or_else(not_impl))
}

macro_rules! int_dunders {
    ($($f:ident $rf:ident = $op:ident;)*) => {
        $(
            fn $f(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> { int_method(cx, &a, BinOp::$op, false) }
            fn $rf(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> { int_method(cx, &a, BinOp::$op, true) }
        )*
    };
}

int_dunders! {
    n_add n_radd = Add;
    n_sub n_rsub = Sub;
    n_mul n_rmul = Mul;
    n_truediv n_rtruediv = TrueDiv;
    n_floordiv n_rfloordiv = FloorDiv;
    n_mod n_rmod = Mod;
    n_lshift n_rlshift = LShift;
    n_rshift n_rrshift = RShift;
    n_and n_rand = And;
    n_or n_ror = Or;
    n_xor n_rxor = Xor;
}

/// `int.__pow__(self, other, mod=None)` and its reflection.
fn int_pow(cx: &mut Ctx, a: &Args<'_>, reflected: bool) -> PyResult<Value> {
    if !(2..=3).contains(&a.len()) || a.nkw() > 0 {
        let msg = format!(
            "expected 1 or 2 arguments, got {}",
            a.len().saturating_sub(1)
        );
        return Err(type_error(cx, &msg));
    }
    let (Some(p), Some(q)) = (int_value(a.get(0)), int_value(a.get(1))) else {
        return Ok(not_impl());
    };
    let (x, y) = if reflected { (q, p) } else { (p, q) };
    let m = a.get(2);
    if m.is_null() || m == none() {
        return Ok(number::int_binop(cx, x, y, BinOp::Pow)?.unwrap_or_else(not_impl));
    }
    match int_value(m) {
        Some(z) => int::pow_mod(cx, x, y, z),
        None => Ok(not_impl()),
    }
}
fn n_pow(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    int_pow(cx, &a, false)
}
fn n_rpow(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    int_pow(cx, &a, true)
}

fn int_divmod(cx: &mut Ctx, a: &Args<'_>, reflected: bool) -> PyResult<Value> {
    one_arg(cx, a)?;
    let (Some(p), Some(q)) = (int_value(a.get(0)), int_value(a.get(1))) else {
        return Ok(not_impl());
    };
    let (x, y) = if reflected { (q, p) } else { (p, q) };
    let (d, m) = int::divmod(cx, x, y)?;
    crate::objects::tuple::new_tuple(cx, &[d, m])
}
fn n_divmod(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    int_divmod(cx, &a, false)
}
fn n_rdivmod(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    int_divmod(cx, &a, true)
}

fn int_cmp(cx: &mut Ctx, a: &Args<'_>, op: CmpOp) -> PyResult<Value> {
    one_arg(cx, a)?;
    match (int_value(a.get(0)), int_value(a.get(1))) {
        (Some(x), Some(y)) => Ok(py_bool(number::ordering_holds(
            Some(int::int_cmp(x, y)),
            op,
        ))),
        _ => Ok(not_impl()),
    }
}
fn n_eq(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    int_cmp(cx, &a, CmpOp::Eq)
}
fn n_ne(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    int_cmp(cx, &a, CmpOp::Ne)
}
fn n_lt(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    int_cmp(cx, &a, CmpOp::Lt)
}
fn n_le(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    int_cmp(cx, &a, CmpOp::Le)
}
fn n_gt(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    int_cmp(cx, &a, CmpOp::Gt)
}
fn n_ge(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    int_cmp(cx, &a, CmpOp::Ge)
}

fn n_neg(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    int::neg(cx, iv(&a))
}
/// `self` as an exact int (`__pos__`, `__int__`, `__index__`, `__trunc__`...).
fn n_self(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(iv(&a))
}
fn n_invert(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    int::invert(cx, iv(&a))
}
fn n_abs(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    int::abs(cx, iv(&a))
}
fn n_bool(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(py_bool(int::sign(iv(&a)) != 0))
}
fn n_float(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let f = crate::objects::float::int_to_float(cx, iv(&a))?;
    crate::objects::float::new_float(cx, f)
}
fn n_hash(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    int::from_i64(cx, int::int_hash(iv(&a)))
}
fn n_repr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let s = int::int_str(cx, iv(&a))?;
    new_str(cx, &s)
}
fn n_format(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::range(cx, &a, "__format__", "__format__", 1, 1)?;
    let spec = a.get(1);
    if !is_str_like(spec) {
        let msg = format!(
            "__format__() argument must be str, not {}",
            type_name(type_of(spec))
        );
        return Err(type_error(cx, &msg));
    }
    let s = as_str(str_value(spec)).to_owned();
    if s.is_empty() {
        return crate::ops::repr::to_str(cx, a.get(0));
    }
    crate::ops::format::format(cx, iv(&a), &s)
}
fn n_round(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::range(cx, &a, "int.__round__", "__round__", 0, 1)?;
    let i = iv(&a);
    let nd = a.get(1);
    if nd.is_null() || nd == none() {
        return Ok(i);
    }
    let nd = number::index(cx, nd)?;
    if int::sign(nd) >= 0 {
        return Ok(int_value(a.get(0)).unwrap_or(i));
    }
    let i = iv(&a);
    let x = to_bigint(i);
    // 10**k exceeds 2*|x| once k is past x's digit count: the result is 0.
    let digits = (int::bit_length(i) as f64 * std::f64::consts::LOG10_2) as u64 + 2;
    let k = match int::to_i64(nd) {
        Some(n) if n.unsigned_abs() <= digits => n.unsigned_abs() as usize,
        _ => return Ok(Value::int(0)),
    };
    // Round to a multiple of 10**k, half to even.
    let m = num_traits::pow(BigInt::from(10), k);
    let (q, r) = x.div_mod_floor(&m);
    let twice = &r * 2;
    let q = if twice > m || (twice == m && q.is_odd()) {
        q + 1
    } else {
        q
    };
    from_bigint(cx, &(q * m))
}
fn n_bit_length(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "int.bit_length")?;
    int::from_i64(cx, int::bit_length(iv(&a)) as i64)
}
fn n_bit_count(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "int.bit_count")?;
    let i = iv(&a);
    let n: u64 = if i.is_int() {
        i.as_int().unsigned_abs().count_ones() as u64
    } else {
        to_bigint(i)
            .magnitude()
            .iter_u32_digits()
            .map(|d| d.count_ones() as u64)
            .sum()
    };
    int::from_i64(cx, n as i64)
}
fn n_conjugate(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "int.conjugate")?;
    Ok(iv(&a))
}
fn n_as_integer_ratio(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "int.as_integer_ratio")?;
    crate::objects::tuple::new_tuple(cx, &[iv(&a), Value::int(1)])
}
fn n_getnewargs(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "int.__getnewargs__")?;
    crate::objects::tuple::new_tuple(cx, &[iv(&a)])
}
fn n_sizeof(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "int.__sizeof__")?;
    let bits = int::bit_length(iv(&a));
    Ok(Value::int(24 + 4 * bits.div_ceil(30).max(1) as i64))
}

// --- to_bytes / from_bytes -----------------------------------------------------------------

/// Binds `name(pos..., *, kwonly...)` arguments (after `self`) by CPython's rules, with its
/// messages; the values in declaration order (NULL when not given).
fn bind(
    cx: &mut Ctx,
    a: &Args<'_>,
    fname: &str,
    pos: &[&str],
    kwonly: &[&str],
) -> PyResult<Vec<Value>> {
    let npos = a.len().saturating_sub(1);
    let total = pos.len() + kwonly.len();
    if npos + a.nkw() > total {
        let msg = format!(
            "{fname}() takes at most {total} argument{} ({} given)",
            if total == 1 { "" } else { "s" },
            npos + a.nkw()
        );
        return Err(type_error(cx, &msg));
    }
    if npos > pos.len() {
        let msg = format!(
            "{fname}() takes at most {} positional argument{} ({npos} given)",
            pos.len(),
            if pos.len() == 1 { "" } else { "s" }
        );
        return Err(type_error(cx, &msg));
    }
    let mut out: Vec<Value> = (0..total).map(|i| a.get(i + 1)).collect();
    for v in &mut out[npos..total] {
        *v = Value::NULL;
    }
    for k in 0..a.nkw() {
        let (name, v) = a.kw_at(k);
        let name = as_str(name);
        let Some(i) = pos.iter().chain(kwonly).position(|&p| p == name) else {
            let msg = format!("{fname}() got an unexpected keyword argument '{name}'");
            return Err(type_error(cx, &msg));
        };
        if i < npos {
            let msg = format!(
                "argument for {fname}() given by name ('{name}') and position ({})",
                i + 1
            );
            return Err(type_error(cx, &msg));
        }
        out[i] = v;
    }
    Ok(out)
}

/// The `byteorder` argument: `true` for little-endian.
fn byteorder_arg(cx: &mut Ctx, v: Value, fname: &str) -> PyResult<bool> {
    if v.is_null() {
        return Ok(false);
    }
    if !is_str_like(v) {
        let msg = format!(
            "{fname}() argument 'byteorder' must be str, not {}",
            type_name(type_of(v))
        );
        return Err(type_error(cx, &msg));
    }
    match as_str(str_value(v)) {
        "little" => Ok(true),
        "big" => Ok(false),
        _ => Err(value_error(
            cx,
            "byteorder must be either 'little' or 'big'",
        )),
    }
}

fn n_to_bytes(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let args = bind(cx, &a, "to_bytes", &["length", "byteorder"], &["signed"])?;
    let len = if args[0].is_null() {
        1
    } else {
        number::index_as_long(cx, args[0])?
    };
    if len < 0 {
        return Err(value_error(cx, "length argument must be non-negative"));
    }
    // `__index__` may have moved the other arguments: bind them again from the (rooted)
    // argument slots.
    let args = bind(cx, &a, "to_bytes", &["length", "byteorder"], &["signed"])?;
    let little = byteorder_arg(cx, args[1], "to_bytes")?;
    let signed = if args[2].is_null() {
        false
    } else {
        crate::ops::compare::truthy(cx, args[2])?
    };
    let x = to_bigint(iv(&a));
    if x.is_negative() && !signed {
        return Err(exceptions::overflow_error(
            cx,
            "can't convert negative int to unsigned",
        ));
    }
    let mut bytes = if x.is_zero() {
        Vec::new()
    } else if signed {
        x.to_signed_bytes_le()
    } else {
        x.to_bytes_le().1
    };
    let len = len as usize;
    if bytes.len() > len {
        return Err(exceptions::overflow_error(cx, "int too big to convert"));
    }
    if len > crate::runtime::alloc_limit() {
        return Err(cx.memory_error(krait_gc::AllocError::InvalidSize(len)));
    }
    bytes.resize(len, if x.is_negative() { 0xff } else { 0 });
    if !little {
        bytes.reverse();
    }
    crate::objects::bytes::new_bytes(cx, &bytes)
}

/// The bytes of `from_bytes`'s argument: a bytes-like object or an iterable of ints.
fn bytes_arg(cx: &mut Ctx, src: Value) -> PyResult<Vec<u8>> {
    if crate::objects::bytes::is_bytes_like(src) {
        return Ok(crate::objects::bytes::bytes_data(src));
    }
    if is_str_like(src) || !crate::ops::iter::is_iterable(cx, src) {
        let msg = format!(
            "cannot convert '{}' object to bytes",
            type_name(type_of(src))
        );
        return Err(type_error(cx, &msg));
    }
    crate::builtins::bytes_from_iterable(cx, src)
}

fn n_from_bytes(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let args = bind(cx, &a, "from_bytes", &["bytes", "byteorder"], &["signed"])?;
    if args[0].is_null() {
        return Err(type_error(
            cx,
            "from_bytes() missing required argument 'bytes' (pos 1)",
        ));
    }
    let mark = cx.handle_mark();
    let hcls = cx.root(a.get(0));
    let (hb, hs) = (cx.root(args[1]), cx.root(args[2]));
    let mut data = bytes_arg(cx, args[0])?;
    let order = cx.get(hb);
    let little = byteorder_arg(cx, order, "from_bytes")?;
    let sv = cx.get(hs);
    let signed = !sv.is_null() && crate::ops::compare::truthy(cx, sv)?;
    if !little {
        data.reverse();
    }
    let v = if signed {
        BigInt::from_signed_bytes_le(&data)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &data)
    };
    let r = from_bigint(cx, &v)?;
    let cls = cx.get(hcls);
    cx.pop_handles(mark);
    if cls != types().int.get() {
        return crate::interp::call::call(cx, cls, &[r]);
    }
    Ok(r)
}

// --- int() ---------------------------------------------------------------------------------

/// `int(x=0)`, `int(s, base=10)`.
pub fn int_new(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let cls = a.get(0);
    if a.len() > 3 {
        let msg = format!("int() takes at most 2 arguments ({} given)", a.len() - 1);
        return Err(type_error(cx, &msg));
    }
    let mut base = if a.len() > 2 { a.get(2) } else { Value::NULL };
    for k in 0..a.nkw() {
        let (name, v) = a.kw_at(k);
        match as_str(name) {
            "base" if a.len() <= 2 => base = v,
            "base" => {
                return Err(type_error(
                    cx,
                    "argument for int() given by name ('base') and position (2)",
                ))
            }
            other => {
                let msg = format!("'{other}' is an invalid keyword argument for int()");
                return Err(type_error(cx, &msg));
            }
        }
    }
    let x = a.get(1);
    let mark = cx.handle_mark();
    let hcls = cx.root(cls);
    let v = if x.is_null() {
        if !base.is_null() {
            return Err(type_error(cx, "int() missing string argument"));
        }
        Value::int(0)
    } else if !base.is_null() {
        let hx = cx.root(x);
        let b = number::index(cx, base)?;
        let b = int::to_i64(b).unwrap_or(-1);
        if b != 0 && !(2..=36).contains(&b) {
            return Err(value_error(cx, "int() base must be >= 2 and <= 36, or 0"));
        }
        let x = cx.get(hx);
        if is_str_like(x) {
            let s = as_str(str_value(x)).to_owned();
            parse_int_text(cx, &s, b as u32, None)?
        } else if crate::objects::bytes::is_bytes_like(x) {
            let data = crate::objects::bytes::bytes_data(x);
            parse_int_bytes(cx, &data, b as u32)?
        } else {
            return Err(type_error(
                cx,
                "int() can't convert non-string with explicit base",
            ));
        }
    } else {
        int_from_value(cx, x)?
    };
    let cls = cx.get(hcls);
    cx.pop_handles(mark);
    if cls == types().int.get() || cls.is_null() {
        return Ok(v);
    }
    crate::objects::wrapped::new_wrapped(cx, cls, v)
}

fn parse_int_bytes(cx: &mut Ctx, data: &[u8], base: u32) -> PyResult<Value> {
    let repr = || crate::objects::bytes::bytes_repr(data, "b");
    match std::str::from_utf8(data) {
        Ok(s) if s.is_ascii() => parse_int_text(cx, s, base, Some(repr())),
        _ => Err(invalid_literal(cx, base, &repr())),
    }
}

fn invalid_literal(cx: &mut Ctx, base: u32, repr: &str) -> crate::ctx::Raised {
    let shown: String = repr.chars().take(200).collect();
    let msg = format!("invalid literal for int() with base {base}: {shown}");
    value_error(cx, &msg)
}

/// Parses `int()` text; `repr` is how the error shows the argument (the str's repr if
/// `None`).
fn parse_int_text(cx: &mut Ctx, s: &str, base: u32, repr: Option<String>) -> PyResult<Value> {
    match int::parse_int(s, base) {
        Ok(b) => from_bigint(cx, &b),
        Err(ParseIntError::TooLong(n)) => {
            let limit = int::max_str_digits();
            let msg = format!(
                "Exceeds the limit ({limit} digits) for integer string conversion: value has {n} digits; use sys.set_int_max_str_digits() to increase the limit"
            );
            Err(value_error(cx, &msg))
        }
        Err(ParseIntError::Invalid) => {
            let r = repr.unwrap_or_else(|| crate::objects::str::str_repr(s));
            Err(invalid_literal(cx, base, &r))
        }
    }
}

/// Calls `x.__name__()` found on its type and checks that the result is an int.
fn int_via(cx: &mut Ctx, x: Value, m: Value, what: &str) -> PyResult<Value> {
    let r = crate::interp::call::call(cx, m, &[x])?;
    match int_value(r) {
        Some(i) => Ok(i),
        None => {
            let msg = format!("{what} returned non-int (type {})", type_name(type_of(r)));
            Err(type_error(cx, &msg))
        }
    }
}

/// `int(x)` for one argument: ints, floats, strings, bytes, and `__int__` / `__index__` /
/// `__trunc__`.
pub fn int_from_value(cx: &mut Ctx, x: Value) -> PyResult<Value> {
    let t = type_of(x);
    if is_builtin_type(t) {
        if let Some(i) = int_value(x) {
            return Ok(i);
        }
        if let Some(f) = float_value(x) {
            return float_to_int(cx, f);
        }
    }
    let m = crate::ops::attr::type_lookup(cx, t, crate::names::INT.get());
    if !m.is_null() {
        return int_via(cx, x, m, "__int__");
    }
    let m = crate::ops::attr::type_lookup(cx, t, crate::names::INDEX.get());
    if !m.is_null() {
        return int_via(cx, x, m, "__index__");
    }
    let m = crate::ops::attr::type_lookup(cx, t, crate::names::TRUNC.get());
    if !m.is_null() {
        let r = crate::interp::call::call(cx, m, &[x])?;
        if let Some(i) = int_value(r) {
            return Ok(i);
        }
        let rt = type_of(r);
        if crate::ops::attr::type_lookup(cx, rt, crate::names::INDEX.get()).is_null() {
            let msg = format!("__trunc__ returned non-Integral (type {})", type_name(rt));
            return Err(type_error(cx, &msg));
        }
        return number::index(cx, r);
    }
    if is_str_like(x) {
        let s = as_str(str_value(x)).to_owned();
        return parse_int_text(cx, &s, 10, None);
    }
    if crate::objects::bytes::is_bytes_like(x) {
        let data = crate::objects::bytes::bytes_data(x);
        return parse_int_bytes(cx, &data, 10);
    }
    let msg = format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        type_name(t)
    );
    Err(type_error(cx, &msg))
}

/// `int(float)`: truncation, with CPython's errors for infinities and NaN.
pub fn float_to_int(cx: &mut Ctx, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(value_error(cx, "cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(exceptions::overflow_error(
            cx,
            "cannot convert float infinity to integer",
        ));
    }
    let t = f.trunc();
    if t.abs() < 9.0e15 {
        return int::from_i64(cx, t as i64);
    }
    let b = num_traits::FromPrimitive::from_f64(t).unwrap_or_else(BigInt::zero);
    from_bigint(cx, &b)
}

fn int_imag(_cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::int(0))
}
fn int_one(_cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    Ok(Value::int(1))
}

/// Methods of `int`.
pub static INT_METHODS: &[NativeDef] = native_table![
    StaticMethod "__new__" => int_new,
    Method "__add__" => n_add, Method "__radd__" => n_radd,
    Method "__sub__" => n_sub, Method "__rsub__" => n_rsub,
    Method "__mul__" => n_mul, Method "__rmul__" => n_rmul,
    Method "__truediv__" => n_truediv, Method "__rtruediv__" => n_rtruediv,
    Method "__floordiv__" => n_floordiv, Method "__rfloordiv__" => n_rfloordiv,
    Method "__mod__" => n_mod, Method "__rmod__" => n_rmod,
    Method "__pow__" => n_pow, Method "__rpow__" => n_rpow,
    Method "__lshift__" => n_lshift, Method "__rlshift__" => n_rlshift,
    Method "__rshift__" => n_rshift, Method "__rrshift__" => n_rrshift,
    Method "__and__" => n_and, Method "__rand__" => n_rand,
    Method "__or__" => n_or, Method "__ror__" => n_ror,
    Method "__xor__" => n_xor, Method "__rxor__" => n_rxor,
    Method "__divmod__" => n_divmod, Method "__rdivmod__" => n_rdivmod,
    Method "__eq__" => n_eq, Method "__ne__" => n_ne,
    Method "__lt__" => n_lt, Method "__le__" => n_le,
    Method "__gt__" => n_gt, Method "__ge__" => n_ge,
    Method "__neg__" => n_neg, Method "__pos__" => n_self,
    Method "__invert__" => n_invert, Method "__abs__" => n_abs,
    Method "__bool__" => n_bool, Method "__int__" => n_self,
    Method "__float__" => n_float, Method "__index__" => n_self,
    Method "__hash__" => n_hash, Method "__repr__" => n_repr,
    Method "__format__" => n_format, Method "__round__" => n_round,
    Method "__trunc__" => n_self, Method "__floor__" => n_self, Method "__ceil__" => n_self,
    Method "bit_length" => n_bit_length, Method "bit_count" => n_bit_count,
    Method "conjugate" => n_conjugate,
    Method "as_integer_ratio" => n_as_integer_ratio,
    Method "to_bytes" => n_to_bytes,
    ClassMethod "from_bytes" => n_from_bytes,
    Method "__getnewargs__" => n_getnewargs,
    Method "__sizeof__" => n_sizeof,
];

/// Attributes of `int`.
pub static INT_GETSETS: &[GetSet] = &[
    GetSet {
        name: "real",
        get: getter!("real", n_self),
        set: None,
    },
    GetSet {
        name: "imag",
        get: getter!("imag", int_imag),
        set: None,
    },
    GetSet {
        name: "numerator",
        get: getter!("numerator", n_self),
        set: None,
    },
    GetSet {
        name: "denominator",
        get: getter!("denominator", int_one),
        set: None,
    },
];

// --- bool ----------------------------------------------------------------------------------

fn bool_new(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    if a.nkw() > 0 {
        return Err(type_error(cx, "bool() takes no keyword arguments"));
    }
    if a.len() > 2 {
        let msg = format!("bool expected at most 1 argument, got {}", a.len() - 1);
        return Err(type_error(cx, &msg));
    }
    let x = a.get(1);
    if x.is_null() {
        return Ok(py_bool(false));
    }
    crate::ops::compare::truthy(cx, x).map(py_bool)
}
fn bool_repr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::objects::str::intern(
        cx,
        if a.get(0) == py_bool(true) {
            "True"
        } else {
            "False"
        },
    )
}
/// `bool & bool` is a bool; anything else is the int operation.
fn bool_bitop(cx: &mut Ctx, a: &Args<'_>, op: BinOp, reflected: bool) -> PyResult<Value> {
    one_arg(cx, a)?;
    let bt = types().bool.get();
    if type_of(a.get(0)) == bt && type_of(a.get(1)) == bt {
        return Ok(number::num_binop(cx, a.get(0), a.get(1), op)?.unwrap_or_else(not_impl));
    }
    int_method(cx, a, op, reflected)
}
fn bool_and(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    bool_bitop(cx, &a, BinOp::And, false)
}
fn bool_rand(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    bool_bitop(cx, &a, BinOp::And, true)
}
fn bool_or(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    bool_bitop(cx, &a, BinOp::Or, false)
}
fn bool_ror(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    bool_bitop(cx, &a, BinOp::Or, true)
}
fn bool_xor(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    bool_bitop(cx, &a, BinOp::Xor, false)
}
fn bool_rxor(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    bool_bitop(cx, &a, BinOp::Xor, true)
}

/// Methods of `bool`.
pub static BOOL_METHODS: &[NativeDef] = native_table![
    StaticMethod "__new__" => bool_new,
    Method "__repr__" => bool_repr,
    Method "__and__" => bool_and, Method "__rand__" => bool_rand,
    Method "__or__" => bool_or, Method "__ror__" => bool_ror,
    Method "__xor__" => bool_xor, Method "__rxor__" => bool_rxor,
];

// --- Helpers for other modules -------------------------------------------------------------

/// The value of an int for Rust callers that need an `i64` (TypeError otherwise).
pub fn expect_i64(cx: &mut Ctx, v: Value, what: &str) -> PyResult<i64> {
    match int_value(v) {
        Some(i) => match int::to_i64(i) {
            Some(x) => Ok(x),
            None => Err(exceptions::overflow_error(
                cx,
                "Python int too large to convert to C long",
            )),
        },
        None => {
            let msg = format!("{what} must be an integer, not {}", type_name(type_of(v)));
            Err(type_error(cx, &msg))
        }
    }
}

/// `i64` of a small/big int for callers that already know it is an int (saturating).
pub fn to_i64_lossy(v: Value) -> i64 {
    int::to_i64(v).unwrap_or_else(|| if int::sign(v) < 0 { i64::MIN } else { i64::MAX })
}
