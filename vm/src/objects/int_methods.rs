//! Methods of `int` and `bool`, and the numeric special methods shared with `float` and
//! `complex` (generated from one table over the binary operators).

use crate::compile::bytecode::{BinOp, CmpOp};
use crate::ctx::{Ctx, PyResult};
use crate::objects::exceptions::{self, type_error, value_error};
use crate::objects::float::float_value;
use crate::objects::function::{Args, NativeDef};
use crate::objects::int::{self, from_bigint, int_value, to_bigint};
use crate::objects::str::{as_str, is_str_like, new_str, str_value};
use crate::objects::typeobj::{is_builtin_type, type_name, type_of};
use crate::ops::number;
use crate::runtime::{py_bool, types, SINGLETONS};
use crate::types_init::GetSet;
use crate::value::Value;
use crate::{getter, native_table};
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

fn not_impl() -> Value {
    SINGLETONS.not_implemented.get()
}

/// `self op other` as a special method: NotImplemented for non-numbers.
pub fn num_method(cx: &mut Ctx, a: &Args<'_>, op: BinOp, reflected: bool) -> PyResult<Value> {
    let (x, y) = if reflected {
        (a.get(1), a.get(0))
    } else {
        (a.get(0), a.get(1))
    };
    match number::num_binop(cx, x, y, op)? {
        Some(v) => Ok(v),
        None => Ok(not_impl()),
    }
}

macro_rules! num_dunders {
    ($table:ident; $($f:ident $rf:ident = $op:ident;)*) => {
        $(
            fn $f(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> { num_method(cx, &a, BinOp::$op, false) }
            fn $rf(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> { num_method(cx, &a, BinOp::$op, true) }
        )*
    };
}

num_dunders! { NUM;
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

fn n_pow(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let m = a.get(2);
    if !m.is_null() && m != crate::runtime::none() {
        return crate::ops::arith::pow3(cx, a.get(0), a.get(1), m);
    }
    num_method(cx, &a, BinOp::Pow, false)
}
fn n_rpow(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    num_method(cx, &a, BinOp::Pow, true)
}
fn n_divmod(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::builtins::divmod_impl(cx, a.get(0), a.get(1))
}
fn n_rdivmod(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    crate::builtins::divmod_impl(cx, a.get(1), a.get(0))
}

fn cmp_method(cx: &mut Ctx, a: &Args<'_>, op: CmpOp) -> PyResult<Value> {
    let (x, y) = (a.get(0), a.get(1));
    if number::classify(x).is_none() || number::classify(y).is_none() {
        return Ok(not_impl());
    }
    crate::ops::compare::compare(cx, x, y, op)
}
fn n_eq(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    cmp_method(cx, &a, CmpOp::Eq)
}
fn n_ne(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    cmp_method(cx, &a, CmpOp::Ne)
}
fn n_lt(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    cmp_method(cx, &a, CmpOp::Lt)
}
fn n_le(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    cmp_method(cx, &a, CmpOp::Le)
}
fn n_gt(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    cmp_method(cx, &a, CmpOp::Gt)
}
fn n_ge(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    cmp_method(cx, &a, CmpOp::Ge)
}
fn n_neg(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let i = int_value(a.get(0)).expect("int");
    int::neg(cx, i)
}
fn n_pos(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(int_value(a.get(0)).expect("int"))
}
fn n_invert(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let i = int_value(a.get(0)).expect("int");
    int::invert(cx, i)
}
fn n_abs(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let i = int_value(a.get(0)).expect("int");
    int::abs(cx, i)
}
fn n_bool(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(py_bool(int::sign(int_value(a.get(0)).expect("int")) != 0))
}
fn n_int(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(int_value(a.get(0)).expect("int"))
}
fn n_float(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let f = crate::objects::float::int_to_float(cx, int_value(a.get(0)).expect("int"))?;
    crate::objects::float::new_float(cx, f)
}
fn n_hash(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let h = int::int_hash(int_value(a.get(0)).expect("int"));
    int::from_i64(cx, h)
}
fn n_repr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let s = int::int_str(cx, int_value(a.get(0)).expect("int"))?;
    new_str(cx, &s)
}
fn n_format(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let spec = a.get(1);
    let s = if is_str_like(spec) {
        as_str(str_value(spec)).to_owned()
    } else {
        String::new()
    };
    let i = int_value(a.get(0)).expect("int");
    crate::ops::format::format(cx, i, &s)
}
fn n_round(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let i = int_value(a.get(0)).expect("int");
    let nd = a.get(1);
    if nd.is_null() || nd == crate::runtime::none() {
        return Ok(i);
    }
    let n = number::index_i64(cx, nd)?;
    if n >= 0 {
        return Ok(i);
    }
    // Round to a multiple of 10**-n, half to even.
    let m = num_traits::pow(BigInt::from(10), (-n) as usize);
    let x = to_bigint(i);
    let (q, r) = num_integer::Integer::div_mod_floor(&x, &m);
    let twice = &r * 2;
    let q = if twice > m || (twice == m && num_integer::Integer::is_odd(&q)) {
        q + 1
    } else {
        q
    };
    from_bigint(cx, &(q * m))
}
fn n_bit_length(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    int::from_i64(
        cx,
        int::bit_length(int_value(a.get(0)).expect("int")) as i64,
    )
}
fn n_bit_count(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let b = to_bigint(int_value(a.get(0)).expect("int"));
    let n: u64 = b
        .abs()
        .iter_u32_digits()
        .map(|d| d.count_ones() as u64)
        .sum();
    int::from_i64(cx, n as i64)
}
fn n_conjugate(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(int_value(a.get(0)).expect("int"))
}
fn n_as_integer_ratio(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let i = int_value(a.get(0)).expect("int");
    crate::objects::tuple::new_tuple(cx, &[i, Value::int(1)])
}
fn n_is_integer(_cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    Ok(py_bool(true))
}
fn n_index(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(int_value(a.get(0)).expect("int"))
}
fn n_getnewargs(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let i = int_value(a.get(0)).expect("int");
    crate::objects::tuple::new_tuple(cx, &[i])
}
fn n_sizeof(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let bits = int::bit_length(int_value(a.get(0)).expect("int"));
    Ok(Value::int(24 + 4 * bits.div_ceil(30).max(1) as i64))
}

fn byteorder_arg(cx: &mut Ctx, a: &Args<'_>, pos: usize) -> PyResult<bool> {
    let v = if a.len() > pos {
        a.get(pos)
    } else {
        a.kw("byteorder").unwrap_or(Value::NULL)
    };
    if v.is_null() {
        return Ok(false); // 'big' is the default since 3.11
    }
    if !is_str_like(v) {
        return Err(type_error(
            cx,
            "to_bytes() argument 'byteorder' must be str",
        ));
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
    let x = to_bigint(int_value(a.get(0)).expect("int"));
    let lenv = if a.len() > 1 {
        a.get(1)
    } else {
        a.kw("length").unwrap_or(Value::int(1))
    };
    let len = number::index_i64(cx, lenv)?;
    if len < 0 {
        return Err(value_error(cx, "length argument must be non-negative"));
    }
    let little = byteorder_arg(cx, &a, 2)?;
    let signed = match a.kw("signed") {
        Some(v) => crate::ops::compare::truthy(cx, v)?,
        None => false,
    };
    if x.is_negative() && !signed {
        return Err(exceptions::overflow_error(
            cx,
            "can't convert negative int to unsigned",
        ));
    }
    let mut bytes = if signed {
        x.to_signed_bytes_le()
    } else {
        x.to_bytes_le().1
    };
    if x.is_zero() {
        bytes = vec![0];
    }
    // Trim redundant sign bytes of the two's complement form.
    while bytes.len() > 1 && signed {
        let last = bytes[bytes.len() - 1];
        let prev = bytes[bytes.len() - 2];
        if (last == 0 && prev & 0x80 == 0) || (last == 0xff && prev & 0x80 != 0) {
            bytes.pop();
        } else {
            break;
        }
    }
    let len = len as usize;
    if bytes.len() > len && !(x.is_zero() && len == 0) {
        return Err(exceptions::overflow_error(cx, "int too big to convert"));
    }
    let fill = if x.is_negative() { 0xff } else { 0 };
    bytes.resize(len, fill);
    if !little {
        bytes.reverse();
    }
    crate::objects::bytes::new_bytes(cx, &bytes)
}

fn n_from_bytes(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let cls = a.get(0);
    let src = if a.len() > 1 {
        a.get(1)
    } else {
        a.kw("bytes").unwrap_or(Value::NULL)
    };
    let data = if crate::objects::bytes::is_bytes_like(src) {
        crate::objects::bytes::bytes_data(src)
    } else {
        crate::builtins::bytes_from_iterable(cx, src)?
    };
    let little = byteorder_arg(cx, &a, 2)?;
    let signed = match a.kw("signed") {
        Some(v) => crate::ops::compare::truthy(cx, v)?,
        None => false,
    };
    let mut d = data;
    if !little {
        d.reverse();
    }
    let v = if signed {
        BigInt::from_signed_bytes_le(&d)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &d)
    };
    let r = from_bigint(cx, &v)?;
    if cls != types().int.get() {
        return crate::interp::call::call(cx, cls, &[r]);
    }
    Ok(r)
}

/// `int(x)`, `int(s, base)`.
pub fn int_new(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let cls = a.get(0);
    let x = if a.len() > 1 {
        a.get(1)
    } else {
        a.kw("x").unwrap_or(Value::NULL)
    };
    let base = if a.len() > 2 {
        a.get(2)
    } else {
        a.kw("base").unwrap_or(Value::NULL)
    };
    let v = if x.is_null() {
        Value::int(0)
    } else if !base.is_null() {
        let b = number::index_i64(cx, base)?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(value_error(cx, "int() base must be >= 2 and <= 36, or 0"));
        }
        if is_str_like(x) {
            parse_int_str(cx, as_str(str_value(x)), b as u32)?
        } else if crate::objects::bytes::is_bytes_like(x) {
            let t = String::from_utf8_lossy(&crate::objects::bytes::bytes_data(x)).into_owned();
            parse_int_str(cx, &t, b as u32)?
        } else {
            return Err(type_error(
                cx,
                "int() can't convert non-string with explicit base",
            ));
        }
    } else {
        int_from_value(cx, x)?
    };
    if cls == types().int.get() || cls.is_null() {
        return Ok(v);
    }
    crate::objects::wrapped::new_wrapped(cx, cls, v)
}

fn parse_int_str(cx: &mut Ctx, s: &str, base: u32) -> PyResult<Value> {
    match int::parse_int(s, base) {
        Some((b, too_long)) => {
            let limit = int::max_str_digits();
            if base == 10
                && too_long
                && limit > 0
                && s.trim().trim_start_matches(['-', '+']).len() > limit
            {
                let msg = format!(
                    "Exceeds the limit ({limit} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
                    s.trim().trim_start_matches(['-', '+']).len()
                );
                return Err(value_error(cx, &msg));
            }
            from_bigint(cx, &b)
        }
        None => {
            let msg = format!(
                "invalid literal for int() with base {base}: {}",
                crate::objects::str::str_repr(s)
            );
            Err(value_error(cx, &msg))
        }
    }
}

/// `int(x)` for one argument: ints, floats, strings, and `__int__`/`__index__`/`__trunc__`.
pub fn int_from_value(cx: &mut Ctx, x: Value) -> PyResult<Value> {
    if let Some(i) = int_value(x) {
        if is_builtin_type(type_of(x)) {
            return Ok(i);
        }
    }
    if let Some(f) = float_value(x) {
        if is_builtin_type(type_of(x)) {
            return float_to_int(cx, f);
        }
    }
    if is_str_like(x) {
        return parse_int_str(cx, as_str(str_value(x)), 10);
    }
    if crate::objects::bytes::is_bytes_like(x) {
        let t = String::from_utf8_lossy(&crate::objects::bytes::bytes_data(x)).into_owned();
        return parse_int_str(cx, &t, 10);
    }
    let t = type_of(x);
    for name in [
        &crate::names::INT,
        &crate::names::INDEX,
        &crate::names::TRUNC,
    ] {
        let m = crate::ops::attr::type_lookup(cx, t, name.get());
        if !m.is_null() {
            let r = crate::interp::call::call(cx, m, &[x])?;
            return match int_value(r) {
                Some(i) => Ok(i),
                None => {
                    let msg = format!("__int__ returned non-int (type {})", type_name(type_of(r)));
                    Err(type_error(cx, &msg))
                }
            };
        }
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

fn int_real(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    Ok(int_value(a.get(0)).expect("int"))
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
    Method "__neg__" => n_neg, Method "__pos__" => n_pos,
    Method "__invert__" => n_invert, Method "__abs__" => n_abs,
    Method "__bool__" => n_bool, Method "__int__" => n_int,
    Method "__float__" => n_float, Method "__index__" => n_index,
    Method "__hash__" => n_hash, Method "__repr__" => n_repr,
    Method "__format__" => n_format, Method "__round__" => n_round,
    Method "__trunc__" => n_int, Method "__floor__" => n_int, Method "__ceil__" => n_int,
    Method "bit_length" => n_bit_length, Method "bit_count" => n_bit_count,
    Method "conjugate" => n_conjugate,
    Method "as_integer_ratio" => n_as_integer_ratio,
    Method "is_integer" => n_is_integer,
    Method "to_bytes" => n_to_bytes,
    ClassMethod "from_bytes" => n_from_bytes,
    Method "__getnewargs__" => n_getnewargs,
    Method "__sizeof__" => n_sizeof,
];

/// Attributes of `int`.
pub static INT_GETSETS: &[GetSet] = &[
    GetSet {
        name: "real",
        get: getter!("real", int_real),
        set: None,
    },
    GetSet {
        name: "imag",
        get: getter!("imag", int_imag),
        set: None,
    },
    GetSet {
        name: "numerator",
        get: getter!("numerator", int_real),
        set: None,
    },
    GetSet {
        name: "denominator",
        get: getter!("denominator", int_one),
        set: None,
    },
];

fn bool_new(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    if a.len() > 2 {
        return Err(type_error(cx, "bool expected at most 1 argument"));
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
fn bool_bitop(cx: &mut Ctx, a: &Args<'_>, op: u8, reflected: bool) -> PyResult<Value> {
    let (x, y) = (a.get(0), a.get(1));
    let bt = types().bool.get();
    if type_of(x) == bt && type_of(y) == bt {
        let (p, q) = (x == py_bool(true), y == py_bool(true));
        return Ok(py_bool(match op {
            b'&' => p & q,
            b'|' => p | q,
            _ => p ^ q,
        }));
    }
    let bop = match op {
        b'&' => BinOp::And,
        b'|' => BinOp::Or,
        _ => BinOp::Xor,
    };
    num_method(cx, a, bop, reflected)
}
fn bool_and(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    bool_bitop(cx, &a, b'&', false)
}
fn bool_rand(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    bool_bitop(cx, &a, b'&', true)
}
fn bool_or(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    bool_bitop(cx, &a, b'|', false)
}
fn bool_ror(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    bool_bitop(cx, &a, b'|', true)
}
fn bool_xor(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    bool_bitop(cx, &a, b'^', false)
}
fn bool_rxor(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    bool_bitop(cx, &a, b'^', true)
}

/// Methods of `bool`.
pub static BOOL_METHODS: &[NativeDef] = native_table![
    StaticMethod "__new__" => bool_new,
    Method "__repr__" => bool_repr,
    Method "__and__" => bool_and, Method "__rand__" => bool_rand,
    Method "__or__" => bool_or, Method "__ror__" => bool_ror,
    Method "__xor__" => bool_xor, Method "__rxor__" => bool_rxor,
];

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

/// `i64` of a small/big int for callers that already know it is an int.
pub fn to_i64_lossy(v: Value) -> i64 {
    int::to_i64(v).unwrap_or_else(|| to_bigint(v).to_i64().unwrap_or(i64::MAX))
}
