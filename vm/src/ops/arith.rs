//! Binary and unary operators: built-in fast paths, then the special-method protocol.
//!
//! For `a op b`: an in-place operator first tries `a.__iop__(b)`; then, if `type(b)` is a
//! proper subclass of `type(a)` that overrides the reflected method, `b.__rop__(a)` goes
//! first; otherwise `a.__op__(b)` then `b.__rop__(a)`. `NotImplemented` passes to the next
//! candidate; if all decline, TypeError.

use crate::compile::bytecode::{BinOp, Op};
use crate::ctx::{Ctx, HandleMark, PyResult};
use crate::interp::call::call;
use crate::names;
use crate::objects::exceptions;
use crate::objects::float::{float_value, new_float};
use crate::objects::int::{self, int_value};
use crate::objects::str::intern;
use crate::objects::typeobj::{is_subtype, type_name, type_of};
use crate::ops::attr::type_lookup;
use crate::ops::number::{self, num_binop, unsupported};
use crate::runtime::SINGLETONS;
use crate::value::Value;

fn not_implemented() -> Value {
    SINGLETONS.not_implemented.get()
}

/// Sequence and container operators of the built-in types (str, bytes, list, tuple, set,
/// dict): `None` if not applicable.
fn builtin_binop(cx: &mut Ctx, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
    crate::ops::seq::seq_binop(cx, a, b, op)
}

/// `a op b`.
pub fn binary_op(cx: &mut Ctx, a: Value, b: Value, op: BinOp) -> PyResult<Value> {
    if op.is_inplace() {
        // Mutable built-ins implement in-place operators directly.
        if let Some(v) = crate::ops::seq::inplace_binop(cx, a, b, op)? {
            return Ok(v);
        }
        let ta = type_of(a);
        if !crate::objects::typeobj::is_builtin_type(ta) {
            let name = intern(cx, op.dunder())?;
            let m = type_lookup(cx, ta, name);
            if !m.is_null() {
                let mark = cx.handle_mark();
                let (ha, hb) = (cx.root(a), cx.root(b));
                let r = call(cx, m, &[a, b])?;
                let (a, b) = (cx.get(ha), cx.get(hb));
                cx.pop_handles(mark);
                if r != not_implemented() {
                    return Ok(r);
                }
                return binary_op(cx, a, b, op.base());
            }
        }
        return binary_op(cx, a, b, op.base());
    }
    if let Some(v) = num_binop(cx, a, b, op)? {
        return Ok(v);
    }
    if let Some(v) = builtin_binop(cx, a, b, op)? {
        return Ok(v);
    }
    binary_dunder(cx, a, b, op)
}

/// The binary special-method protocol for `a.fname(b)` / `b.rname(a)` (reflected first for
/// a proper subclass overriding it); `None` if every candidate returned NotImplemented.
pub fn binary_special(
    cx: &mut Ctx,
    a: Value,
    b: Value,
    fname: &str,
    rname: &str,
) -> PyResult<Option<Value>> {
    let (ta, tb) = (type_of(a), type_of(b));
    let mark = cx.handle_mark();
    let (ha, hb) = (cx.root(a), cx.root(b));
    let fname = intern(cx, fname)?;
    let rname = intern(cx, rname)?;
    // Concatenation and repetition of built-in sequences are not number methods: CPython
    // tries them after both number methods declined.
    let seq_slot = is_sequence_slot(ta, fname);
    let rseq_slot = ta != tb && is_sequence_slot(tb, rname);
    let fa = if seq_slot {
        Value::NULL
    } else {
        type_lookup(cx, ta, fname)
    };
    let rb = if ta != tb && !rseq_slot {
        type_lookup(cx, tb, rname)
    } else {
        Value::NULL
    };
    let hfa = cx.root(fa);
    let hrb = cx.root(rb);
    let mut tried_reflected = false;
    if !rb.is_null() && is_subtype(tb, ta) {
        let ra = type_lookup(cx, ta, rname);
        if ra != rb {
            tried_reflected = true;
            let (a, b) = (cx.get(ha), cx.get(hb));
            let hrb_v = cx.get(hrb);
            let r = call(cx, hrb_v, &[b, a])?;
            if r != not_implemented() {
                cx.pop_handles(mark);
                return Ok(Some(r));
            }
        }
    }
    if !cx.get(hfa).is_null() {
        let (a, b) = (cx.get(ha), cx.get(hb));
        let f = cx.get(hfa);
        let r = call(cx, f, &[a, b])?;
        if r != not_implemented() {
            cx.pop_handles(mark);
            return Ok(Some(r));
        }
    }
    if !cx.get(hrb).is_null() && !tried_reflected {
        let (a, b) = (cx.get(ha), cx.get(hb));
        let f = cx.get(hrb);
        let r = call(cx, f, &[b, a])?;
        if r != not_implemented() {
            cx.pop_handles(mark);
            return Ok(Some(r));
        }
    }
    if seq_slot || rseq_slot {
        let (a, b) = (cx.get(ha), cx.get(hb));
        let (recv, other, name) = if seq_slot {
            (a, b, fname)
        } else {
            (b, a, rname)
        };
        let is_mul = crate::objects::str::as_str(fname) == "__mul__";
        let indexable = int_value(other).is_some()
            || !type_lookup(cx, type_of(other), names::INDEX.get()).is_null();
        if !is_mul || indexable {
            let m = type_lookup(cx, type_of(recv), name);
            if !m.is_null() {
                let r = call(cx, m, &[recv, other])?;
                if r != not_implemented() {
                    cx.pop_handles(mark);
                    return Ok(Some(r));
                }
            }
        }
    }
    cx.pop_handles(mark);
    Ok(None)
}

/// Whether `name` on the exact built-in sequence type `t` is a concatenation or repetition
/// slot (CPython's `sq_concat`/`sq_repeat`), tried only after the number methods.
fn is_sequence_slot(t: Value, name: Value) -> bool {
    let n = crate::objects::str::as_str(name);
    if !matches!(n, "__add__" | "__mul__" | "__rmul__") {
        return false;
    }
    let ty = crate::runtime::types();
    t == ty.str.get()
        || t == ty.list.get()
        || t == ty.tuple.get()
        || t == crate::objects::bytes::BYTES_TYPE.get()
        || t == crate::objects::bytes::BYTEARRAY_TYPE.get()
}

/// Whether `v` is an instance of a built-in sequence type (or a subclass).
fn is_sequence(v: Value) -> bool {
    let ty = crate::runtime::types();
    let t = type_of(v);
    [ty.str.get(), ty.list.get(), ty.tuple.get()]
        .into_iter()
        .chain([
            crate::objects::bytes::BYTES_TYPE.get(),
            crate::objects::bytes::BYTEARRAY_TYPE.get(),
        ])
        .any(|s| is_subtype(t, s))
}

fn binary_dunder(cx: &mut Ctx, a: Value, b: Value, op: BinOp) -> PyResult<Value> {
    let mark = cx.handle_mark();
    let (ha, hb) = (cx.root(a), cx.root(b));
    if let Some(r) = binary_special(cx, a, b, op.dunder(), op.rdunder())? {
        cx.pop_handles(mark);
        return Ok(r);
    }
    let (a, b) = (cx.get(ha), cx.get(hb));
    cx.pop_handles(mark);
    // `str % x` etc. have special messages in CPython; the generic one otherwise.
    if op == BinOp::Add
        && (crate::objects::str::is_str_like(a) || crate::objects::str::is_str_like(b))
    {
        if crate::objects::str::is_str_like(a) {
            let msg = format!(
                "can only concatenate str (not \"{}\") to str",
                type_name(type_of(b))
            );
            return Err(exceptions::type_error(cx, &msg));
        }
    }
    if op == BinOp::Add
        && crate::objects::bytes::is_bytes_like(a)
        && !crate::objects::str::is_str_like(b)
    {
        let msg = format!(
            "can't concat {} to {}",
            type_name(type_of(b)),
            type_name(type_of(a))
        );
        return Err(exceptions::type_error(cx, &msg));
    }
    if op == BinOp::Mul && (is_sequence(a) || is_sequence(b)) {
        let other = if is_sequence(a) { b } else { a };
        let idx = int_value(other).is_some()
            || !type_lookup(cx, type_of(other), names::INDEX.get()).is_null();
        if !idx {
            let msg = format!(
                "can't multiply sequence by non-int of type '{}'",
                type_name(type_of(other))
            );
            return Err(exceptions::type_error(cx, &msg));
        }
    }
    if op == BinOp::Add && crate::objects::list::is_list_like(a) {
        let msg = format!(
            "can only concatenate list (not \"{}\") to list",
            type_name(type_of(b))
        );
        return Err(exceptions::type_error(cx, &msg));
    }
    if op == BinOp::Add && crate::objects::tuple::is_tuple(a) {
        let msg = format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            type_name(type_of(b))
        );
        return Err(exceptions::type_error(cx, &msg));
    }
    Err(unsupported(cx, a, b, op))
}

fn cx_get(cx: &mut Ctx, h: crate::ctx::Handle) -> Value {
    cx.get(h)
}

/// Unary `-`, `+`, `~`.
pub fn unary(cx: &mut Ctx, v: Value, op: Op) -> PyResult<Value> {
    if let Some(i) = int_value(v) {
        if crate::objects::int::is_exact_int(v)
            || type_of(v) == crate::runtime::types().bool.get()
            || !has_override(cx, v, op)
        {
            return match op {
                Op::UNARY_NEGATIVE => int::neg(cx, i),
                Op::UNARY_POSITIVE => Ok(i),
                _ => int::invert(cx, i),
            };
        }
    }
    if let Some(f) = float_value(v) {
        if crate::objects::float::is_float(v) || !has_override(cx, v, op) {
            return match op {
                Op::UNARY_NEGATIVE => new_float(cx, -f),
                Op::UNARY_POSITIVE => new_float(cx, f),
                _ => Err(bad_unary(cx, v, op)),
            };
        }
    }
    if let Some((r, i)) = crate::objects::complex::complex_value(v) {
        return match op {
            Op::UNARY_NEGATIVE => crate::objects::complex::new_complex(cx, -r, -i),
            Op::UNARY_POSITIVE => crate::objects::complex::new_complex(cx, r, i),
            _ => Err(bad_unary(cx, v, op)),
        };
    }
    let name = match op {
        Op::UNARY_NEGATIVE => names::NEG.get(),
        Op::UNARY_POSITIVE => names::POS.get(),
        _ => names::INVERT.get(),
    };
    let m = type_lookup(cx, type_of(v), name);
    if m.is_null() {
        return Err(bad_unary(cx, v, op));
    }
    call(cx, m, &[v])
}

fn has_override(cx: &mut Ctx, v: Value, op: Op) -> bool {
    let t = type_of(v);
    if crate::objects::typeobj::is_builtin_type(t) {
        return false;
    }
    let name = match op {
        Op::UNARY_NEGATIVE => names::NEG.get(),
        Op::UNARY_POSITIVE => names::POS.get(),
        _ => names::INVERT.get(),
    };
    let m = type_lookup(cx, t, name);
    !m.is_null() && !crate::objects::function::is_method_descr(m)
}

#[cold]
fn bad_unary(cx: &mut Ctx, v: Value, op: Op) -> crate::ctx::Raised {
    let sym = match op {
        Op::UNARY_NEGATIVE => "unary -",
        Op::UNARY_POSITIVE => "unary +",
        _ => "unary ~",
    };
    let msg = format!("bad operand type for {sym}: '{}'", type_name(type_of(v)));
    exceptions::type_error(cx, &msg)
}

/// `pow(a, b, m)`.
pub fn pow3(cx: &mut Ctx, a: Value, b: Value, m: Value) -> PyResult<Value> {
    match (int_value(a), int_value(b), int_value(m)) {
        (Some(x), Some(y), Some(z)) => int::pow_mod(cx, x, y, z),
        _ => {
            // A user type's __pow__(b, m) (ternary pow does not try the reflected method
            // of the modulus, as in CPython).
            let ty = type_of(a);
            if crate::objects::typeobj::type_data(ty).flags
                & crate::objects::typeobj::tflags::HEAPTYPE
                != 0
            {
                let name = intern(cx, "__pow__")?;
                let f = crate::ops::attr::type_lookup(cx, ty, name);
                if !f.is_null() {
                    let r = call(cx, f, &[a, b, m])?;
                    if r != not_implemented() {
                        return Ok(r);
                    }
                }
            }
            if float_value(a).is_some() || float_value(b).is_some() {
                return Err(exceptions::type_error(
                    cx,
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            }
            let msg = format!(
                "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                type_name(type_of(a)),
                type_name(type_of(b)),
                type_name(type_of(m))
            );
            Err(exceptions::type_error(cx, &msg))
        }
    }
}

/// `abs(v)`.
pub fn abs(cx: &mut Ctx, v: Value) -> PyResult<Value> {
    if let Some(i) = int_value(v) {
        if int::is_exact_int(v) || type_of(v) == crate::runtime::types().bool.get() {
            return int::abs(cx, i);
        }
    }
    if crate::objects::float::is_float(v) {
        return new_float(cx, crate::objects::float::float_of(v).abs());
    }
    if let Some((r, i)) = crate::objects::complex::complex_value(v) {
        return new_float(cx, r.hypot(i));
    }
    let m = type_lookup(cx, type_of(v), names::ABS.get());
    if m.is_null() {
        let msg = format!("bad operand type for abs(): '{}'", type_name(type_of(v)));
        return Err(exceptions::type_error(cx, &msg));
    }
    let _ = HandleMark::from_handle;
    let _ = number::index;
    call(cx, m, &[v])
}
