//! Binary and unary operators: built-in fast paths, then the special-method protocol.
//!
//! For `a op b`: an in-place operator first tries `a.__iop__(b)`; then, if `type(b)` is a
//! proper subclass of `type(a)` that overrides the reflected method, `b.__rop__(a)` goes
//! first; otherwise `a.__op__(b)` then `b.__rop__(a)`. `NotImplemented` passes to the next
//! candidate; if all decline, TypeError.

use crate::compile::bytecode::{BinOp, Op};
use crate::ctx::{Ctx, PyResult};
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
        // Numbers and strings of the built-in types have no in-place methods.
        let plain = crate::objects::typeobj::is_builtin_type(ta)
            && (int_value(a).is_some() || float_value(a).is_some() || pystr_like(a));
        let m = if plain {
            Value::NULL
        } else {
            let name = intern(cx, op.dunder())?;
            type_lookup(cx, ta, name)
        };
        let mark = cx.handle_mark();
        let (ha, hb) = (cx.root(a), cx.root(b));
        if !m.is_null() {
            let r = call(cx, m, &[a, b])?;
            if r != not_implemented() {
                cx.pop_handles(mark);
                return Ok(r);
            }
        }
        let (a, b) = (cx.get(ha), cx.get(hb));
        cx.pop_handles(mark);
        return plain_binary_op(cx, a, b, op.base(), op);
    }
    plain_binary_op(cx, a, b, op, op)
}

/// `a op b` for a plain operator; errors name `shown` (the in-place operator it serves).
fn plain_binary_op(cx: &mut Ctx, a: Value, b: Value, op: BinOp, shown: BinOp) -> PyResult<Value> {
    if number::is_exact_number(a) && number::is_exact_number(b) {
        if let Some(v) = num_binop(cx, a, b, op)? {
            return Ok(v);
        }
    }
    if let Some(v) = builtin_binop(cx, a, b, op)? {
        return Ok(v);
    }
    binary_dunder(cx, a, b, op, shown)
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
    is_exact_builtin_sequence(t)
}

/// Whether `t` is exactly str, list, tuple, bytes or bytearray.
fn is_exact_builtin_sequence(t: Value) -> bool {
    let ty = crate::runtime::types();
    t == ty.str.get()
        || t == ty.list.get()
        || t == ty.tuple.get()
        || t == crate::objects::bytes::BYTES_TYPE.get()
        || t == crate::objects::bytes::BYTEARRAY_TYPE.get()
}

/// Whether `v` is an instance of a built-in sequence type (or a subclass, or a native
/// sequence type such as `deque`).
fn is_sequence(v: Value) -> bool {
    is_sequence_for_mul(v, Value::NULL)
}

/// The special-method protocol for `a op b`; a TypeError naming `shown` (the operator as
/// written, `|=` for an in-place `|`) if every candidate declines.
fn binary_dunder(cx: &mut Ctx, a: Value, b: Value, op: BinOp, shown: BinOp) -> PyResult<Value> {
    let mark = cx.handle_mark();
    let (ha, hb) = (cx.root(a), cx.root(b));
    // A built-in sequence concatenates or repeats only after the other operand's reflected
    // method declined (in CPython these are sequence slots, tried after the number
    // protocol of both operands): `[1] + UserList([2])`.
    // (Exact built-in sequences get this order in `binary_special`.)
    if matches!(op, BinOp::Add | BinOp::Mul)
        && type_of(a) != type_of(b)
        && !is_exact_builtin_sequence(type_of(a))
        && is_sequence_for_mul(a, Value::NULL)
    {
        let rname = intern(cx, op.rdunder())?;
        let rb = type_lookup(cx, type_of(b), rname);
        if !rb.is_null() && !crate::objects::function::is_method_descr(rb) {
            let (a, b) = (cx.get(ha), cx.get(hb));
            let r = call(cx, rb, &[b, a])?;
            if r != not_implemented() {
                cx.pop_handles(mark);
                return Ok(r);
            }
        }
    }
    let (a, b) = (cx.get(ha), cx.get(hb));
    if let Some(r) = binary_special(cx, a, b, op.dunder(), op.rdunder())? {
        cx.pop_handles(mark);
        return Ok(r);
    }
    let (a, b) = (cx.get(ha), cx.get(hb));
    cx.pop_handles(mark);
    // `str % x` etc. have special messages in CPython; the generic one otherwise.
    if op == BinOp::Add
        && (crate::objects::str::is_str_like(a) || crate::objects::str::is_str_like(b))
        && crate::objects::str::is_str_like(a)
    {
        let msg = format!(
            "can only concatenate str (not \"{}\") to str",
            type_name(type_of(b))
        );
        return Err(exceptions::type_error(cx, &msg));
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
    Err(unsupported(cx, a, b, shown))
}

fn pystr_like(v: Value) -> bool {
    crate::objects::str::is_str(v)
}

/// Whether `a` (or `b`) is a built-in sequence that supports repetition by an int (`[1] *
/// 2.0` fails with "can't multiply sequence by non-int").
fn is_sequence_for_mul(a: Value, b: Value) -> bool {
    let seq = |v: Value| {
        !v.is_null()
            && (crate::objects::list::is_list_like(v)
                || crate::objects::tuple::is_tuple(v)
                || (v.is_ref() && is_subtype(type_of(v), crate::runtime::types().tuple.get()))
                || crate::objects::str::is_str_like(v)
                || crate::objects::bytes::is_bytes_like(v)
                || (v.is_ref() && {
                    let base = crate::objects::typeobj::solid_base(type_of(v));
                    crate::objects::typeobj::type_data(base).flags()
                        & crate::objects::typeobj::tflags::SEQUENCE
                        != 0
                }))
    };
    seq(a) || seq(b)
}

/// Unary `-`, `+`, `~`.
pub fn unary(cx: &mut Ctx, v: Value, op: Op) -> PyResult<Value> {
    if number::is_exact_number(v) {
        if let Some(i) = int_value(v) {
            return match op {
                Op::UNARY_NEGATIVE => int::neg(cx, i),
                Op::UNARY_POSITIVE => Ok(i),
                _ => int::invert(cx, i),
            };
        }
        if let Some(f) = float_value(v) {
            return match op {
                Op::UNARY_NEGATIVE => new_float(cx, -f),
                Op::UNARY_POSITIVE => Ok(v),
                _ => Err(bad_unary(cx, v, op)),
            };
        }
        if let Some((r, i)) = crate::objects::complex::complex_value(v) {
            return match op {
                Op::UNARY_NEGATIVE => crate::objects::complex::new_complex(cx, -r, -i),
                Op::UNARY_POSITIVE => Ok(v),
                _ => Err(bad_unary(cx, v, op)),
            };
        }
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

/// `pow(a, b, m)` with a modulus that is not None: each operand type's power in turn, as
/// CPython's ternary dispatch (ints compute it, floats and complex numbers refuse it).
pub fn pow3(cx: &mut Ctx, a: Value, b: Value, m: Value) -> PyResult<Value> {
    if !number::is_exact_number(a) {
        let name = intern(cx, "__pow__")?;
        let f = type_lookup(cx, type_of(a), name);
        if !f.is_null() && !crate::objects::function::is_method_descr(f) {
            let mark = cx.handle_mark();
            let (ha, hb, hm) = (cx.root(a), cx.root(b), cx.root(m));
            let r = call(cx, f, &[a, b, m])?;
            let (a2, b2, m2) = (cx.get(ha), cx.get(hb), cx.get(hm));
            cx.pop_handles(mark);
            if r != not_implemented() {
                return Ok(r);
            }
            return pow3_builtin(cx, a2, b2, m2);
        }
    }
    pow3_builtin(cx, a, b, m)
}

fn pow3_builtin(cx: &mut Ctx, a: Value, b: Value, m: Value) -> PyResult<Value> {
    use crate::ops::number::{classify, Num};
    let (x, y, z) = (classify(a), classify(b), classify(m));
    if let (Some(Num::Int(p)), Some(Num::Int(q)), Some(Num::Int(r))) = (x, y, z) {
        return int::pow_mod(cx, p, q, r);
    }
    let real = |n: Option<Num>| matches!(n, Some(Num::Int(_)) | Some(Num::Float(_)));
    let kinds = [x, y, z];
    for k in kinds.iter() {
        match k {
            Some(Num::Float(_)) if real(x) && real(y) => {
                return Err(exceptions::type_error(
                    cx,
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            }
            Some(Num::Complex(..)) if x.is_some() && y.is_some() => {
                return Err(exceptions::value_error(cx, "complex modulo"));
            }
            _ => {}
        }
    }
    let msg = format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        type_name(type_of(a)),
        type_name(type_of(b)),
        type_name(type_of(m))
    );
    Err(exceptions::type_error(cx, &msg))
}

/// `abs(v)`.
pub fn abs(cx: &mut Ctx, v: Value) -> PyResult<Value> {
    if number::is_exact_number(v) {
        if let Some(i) = int_value(v) {
            return int::abs(cx, i);
        }
        if let Some(f) = float_value(v) {
            return new_float(cx, f.abs());
        }
    }
    let m = type_lookup(cx, type_of(v), names::ABS.get());
    if m.is_null() {
        let msg = format!("bad operand type for abs(): '{}'", type_name(type_of(v)));
        return Err(exceptions::type_error(cx, &msg));
    }
    call(cx, m, &[v])
}
