//! `operator`: the standard operators as functions, and `itemgetter`, `attrgetter` and
//! `methodcaller`.
//!
//! ```text
//! itemgetter   FIXED: [items: tuple]
//! attrgetter   FIXED: [names: tuple of str, or of tuples of str for dotted names]
//!                     [original names: tuple]
//! methodcaller FIXED: [name: str][args: tuple][kwargs: dict]
//! ```
//!
//! The operator functions go through the same protocol code as the interpreter's opcodes,
//! so results and messages are those of the operators themselves.

use krait_vm::compile::bytecode::{BinOp, CmpOp, Op};
use krait_vm::ctx::{Ctx, HandleMark, PyResult};
use krait_vm::interp::call::{call, call_kw};
use krait_vm::native_table;
use krait_vm::object::{self, kind, slot};
use krait_vm::objects::argcheck;
use krait_vm::objects::dict::{dict_items, dict_len, new_dict};
use krait_vm::objects::exceptions::{type_error, value_error};
use krait_vm::objects::function::{Args, NativeDef};
use krait_vm::objects::str::{as_str, is_str, new_str};
use krait_vm::objects::tuple::{new_tuple, tuple_get, tuple_items, tuple_len};
use krait_vm::objects::typeobj::{type_name, type_of};
use krait_vm::ops::{arith, attr, compare, iter, subscript};
use krait_vm::runtime::{none, py_bool, Global};
use krait_vm::types_init::{layout, TypeSpec};
use krait_vm::value::Value;

/// `operator.itemgetter`.
pub static ITEMGETTER_TYPE: Global = Global::new();
/// `operator.attrgetter`.
pub static ATTRGETTER_TYPE: Global = Global::new();
/// `operator.methodcaller`.
pub static METHODCALLER_TYPE: Global = Global::new();

/// The type specs.
pub fn specs() -> [TypeSpec; 3] {
    [
        TypeSpec {
            global: &ITEMGETTER_TYPE,
            name: "operator.itemgetter",
            base: None,
            layout: layout(kind::FIXED, 1, false),
            flags: 0,
            methods: ITEMGETTER_METHODS,
            getsets: &[],
        },
        TypeSpec {
            global: &ATTRGETTER_TYPE,
            name: "operator.attrgetter",
            base: None,
            layout: layout(kind::FIXED, 2, false),
            flags: 0,
            methods: ATTRGETTER_METHODS,
            getsets: &[],
        },
        TypeSpec {
            global: &METHODCALLER_TYPE,
            name: "operator.methodcaller",
            base: None,
            layout: layout(kind::FIXED, 3, false),
            flags: 0,
            methods: METHODCALLER_METHODS,
            getsets: &[],
        },
    ]
}

// --- Argument checks -------------------------------------------------------------------------

/// `name expected 2 arguments, got n` (argument-clinic functions of two arguments).
fn two(cx: &mut Ctx, a: &Args<'_>, name: &str) -> PyResult<()> {
    argcheck::no_kw(cx, a, name)?;
    if a.len() != 2 {
        let msg = format!("{name} expected 2 arguments, got {}", a.len());
        return Err(type_error(cx, &msg));
    }
    Ok(())
}

/// `_operator.name() takes exactly one argument (n given)` (METH_O functions).
fn one(cx: &mut Ctx, a: &Args<'_>, name: &str) -> PyResult<()> {
    let q = format!("_operator.{name}");
    argcheck::no_kw(cx, a, &q)?;
    if a.len() != 1 {
        let msg = format!("{q}() takes exactly one argument ({} given)", a.len());
        return Err(type_error(cx, &msg));
    }
    Ok(())
}

fn exactly(cx: &mut Ctx, a: &Args<'_>, name: &str, n: usize) -> PyResult<()> {
    argcheck::no_kw(cx, a, name)?;
    if a.len() != n {
        let msg = format!("{name} expected {n} arguments, got {}", a.len());
        return Err(type_error(cx, &msg));
    }
    Ok(())
}

// --- Binary and comparison operators ---------------------------------------------------------

macro_rules! binary_ops {
    ($($f:ident $name:literal => $op:ident;)*) => {
        $(
            fn $f(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
                two(cx, &a, $name)?;
                arith::binary_op(cx, a.get(0), a.get(1), BinOp::$op)
            }
        )*
    };
}

binary_ops! {
    op_add "add" => Add; op_sub "sub" => Sub; op_mul "mul" => Mul;
    op_truediv "truediv" => TrueDiv; op_floordiv "floordiv" => FloorDiv;
    op_mod "mod" => Mod; op_pow "pow" => Pow; op_lshift "lshift" => LShift;
    op_rshift "rshift" => RShift; op_and "and_" => And; op_or "or_" => Or;
    op_xor "xor" => Xor; op_matmul "matmul" => MatMul;
    op_iadd "iadd" => IAdd; op_isub "isub" => ISub; op_imul "imul" => IMul;
    op_itruediv "itruediv" => ITrueDiv; op_ifloordiv "ifloordiv" => IFloorDiv;
    op_imod "imod" => IMod; op_ipow "ipow" => IPow; op_ilshift "ilshift" => ILShift;
    op_irshift "irshift" => IRShift; op_iand "iand" => IAnd; op_ior "ior" => IOr;
    op_ixor "ixor" => IXor; op_imatmul "imatmul" => IMatMul;
}

macro_rules! compare_ops {
    ($($f:ident $name:literal => $op:ident;)*) => {
        $(
            fn $f(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
                two(cx, &a, $name)?;
                compare::compare(cx, a.get(0), a.get(1), CmpOp::$op)
            }
        )*
    };
}

compare_ops! {
    op_lt "lt" => Lt; op_le "le" => Le; op_eq "eq" => Eq;
    op_ne "ne" => Ne; op_gt "gt" => Gt; op_ge "ge" => Ge;
}

// --- Unary operators and predicates --------------------------------------------------------

fn op_neg(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    one(cx, &a, "neg")?;
    arith::unary(cx, a.get(0), Op::UNARY_NEGATIVE)
}
fn op_pos(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    one(cx, &a, "pos")?;
    arith::unary(cx, a.get(0), Op::UNARY_POSITIVE)
}
fn op_invert(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    one(cx, &a, "invert")?;
    arith::unary(cx, a.get(0), Op::UNARY_INVERT)
}
fn op_inv(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    one(cx, &a, "inv")?;
    arith::unary(cx, a.get(0), Op::UNARY_INVERT)
}
fn op_abs(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    one(cx, &a, "abs")?;
    arith::abs(cx, a.get(0))
}
fn op_not(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    one(cx, &a, "not_")?;
    compare::truthy(cx, a.get(0)).map(|b| py_bool(!b))
}
fn op_truth(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    one(cx, &a, "truth")?;
    compare::truthy(cx, a.get(0)).map(py_bool)
}
fn op_index(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    one(cx, &a, "index")?;
    krait_vm::ops::number::index(cx, a.get(0))
}
fn op_is(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    two(cx, &a, "is_")?;
    Ok(py_bool(a.get(0) == a.get(1)))
}
fn op_is_not(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    two(cx, &a, "is_not")?;
    Ok(py_bool(a.get(0) != a.get(1)))
}

// --- Sequences ----------------------------------------------------------------------------

/// Whether `v` supports concatenation (`concat`/`iconcat` require a sequence).
fn is_sequence(cx: &mut Ctx, v: Value) -> bool {
    if v.is_int() || krait_vm::objects::dict::is_dict_like(v) {
        return false;
    }
    !attr::type_lookup(cx, type_of(v), krait_vm::names::GETITEM.get()).is_null()
        || krait_vm::objects::list::is_list_like(v)
        || krait_vm::objects::tuple::is_tuple(v)
        || krait_vm::objects::str::is_str_like(v)
}

fn concat_impl(cx: &mut Ctx, a: &Args<'_>, name: &str, op: BinOp) -> PyResult<Value> {
    two(cx, a, name)?;
    if !is_sequence(cx, a.get(0)) {
        let msg = format!(
            "'{}' object can't be concatenated",
            type_name(type_of(a.get(0)))
        );
        return Err(type_error(cx, &msg));
    }
    arith::binary_op(cx, a.get(0), a.get(1), op)
}
fn op_concat(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    concat_impl(cx, &a, "concat", BinOp::Add)
}
fn op_iconcat(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    concat_impl(cx, &a, "iconcat", BinOp::IAdd)
}
fn op_contains(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    two(cx, &a, "contains")?;
    compare::contains(cx, a.get(0), a.get(1)).map(py_bool)
}
fn op_getitem(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    two(cx, &a, "getitem")?;
    subscript::getitem(cx, a.get(0), a.get(1))
}
fn op_setitem(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    exactly(cx, &a, "setitem", 3)?;
    subscript::setitem(cx, a.get(0), a.get(1), a.get(2))?;
    Ok(none())
}
fn op_delitem(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    two(cx, &a, "delitem")?;
    subscript::delitem(cx, a.get(0), a.get(1))?;
    Ok(none())
}

/// Scans `seq` for items equal to `x`: the first index (`first`) or the count.
fn scan(cx: &mut Ctx, seq: Value, x: Value, first: bool) -> PyResult<Option<usize>> {
    let mark = cx.handle_mark();
    let hx = cx.root(x);
    let it = iter::get_iter(cx, seq)?;
    let hi = cx.root(it);
    let mut i = 0;
    let mut count = 0;
    loop {
        let it = cx.get(hi);
        let Some(v) = iter::next(cx, it)? else { break };
        let x = cx.get(hx);
        if compare::eq(cx, v, x)? {
            if first {
                cx.pop_handles(mark);
                return Ok(Some(i));
            }
            count += 1;
        }
        i += 1;
    }
    cx.pop_handles(mark);
    Ok(if first { None } else { Some(count) })
}

fn op_index_of(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    two(cx, &a, "indexOf")?;
    match scan(cx, a.get(0), a.get(1), true)? {
        Some(i) => Ok(Value::int(i as i64)),
        None => Err(value_error(cx, "sequence.index(x): x not in sequence")),
    }
}
fn op_count_of(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    two(cx, &a, "countOf")?;
    let n = scan(cx, a.get(0), a.get(1), false)?.unwrap_or(0);
    Ok(Value::int(n as i64))
}

/// `length_hint(obj, default=0)`: `len(obj)`, else `obj.__length_hint__()`, else default.
fn op_length_hint(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::no_kw(cx, &a, "length_hint")?;
    if a.is_empty() || a.len() > 2 {
        let msg = if a.is_empty() {
            "length_hint expected at least 1 argument, got 0".to_owned()
        } else {
            format!("length_hint expected at most 2 arguments, got {}", a.len())
        };
        return Err(type_error(cx, &msg));
    }
    let dflt = if a.len() == 2 {
        let d = a.get(1);
        if krait_vm::objects::int::int_value(d).is_none() {
            let msg = format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(type_of(d))
            );
            return Err(type_error(cx, &msg));
        }
        d
    } else {
        Value::int(0)
    };
    let obj = a.get(0);
    let ty = type_of(obj);
    if !attr::type_lookup(cx, ty, krait_vm::names::LEN.get()).is_null()
        || krait_vm::ops::seq::builtin_len(obj).is_some()
    {
        let n = subscript::len(cx, obj)?;
        return Ok(Value::int(n as i64));
    }
    if let Some(n) = iter::builtin_length_hint(obj) {
        return Ok(Value::int(n as i64));
    }
    let m = attr::type_lookup(cx, ty, krait_vm::names::LENGTH_HINT.get());
    if m.is_null() {
        return Ok(dflt);
    }
    let r = call(cx, m, &[obj])?;
    if r == krait_vm::runtime::SINGLETONS.not_implemented.get() {
        return Ok(if a.len() == 2 {
            a.get(1)
        } else {
            Value::int(0)
        });
    }
    let Some(i) = krait_vm::objects::int::int_value(r) else {
        let msg = format!(
            "__length_hint__ must be an integer, not {}",
            type_name(type_of(r))
        );
        return Err(type_error(cx, &msg));
    };
    if krait_vm::objects::int::sign(i) < 0 {
        return Err(value_error(cx, "__length_hint__() should return >= 0"));
    }
    Ok(i)
}

/// `operator.call(obj, /, *args, **kwargs)`.
fn op_call(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    if a.is_empty() {
        return Err(type_error(
            cx,
            "call() missing 1 required positional argument: 'obj'",
        ));
    }
    let f = a.get(0);
    let rest: Vec<Value> = a.cells()[1..].iter().map(|c| c.get()).collect();
    call_kw(cx, f, &rest, a.kwnames())
}

// --- itemgetter, attrgetter, methodcaller --------------------------------------------------

fn alloc(cx: &mut Ctx, ty: Value, vals: &[Value]) -> PyResult<Value> {
    let mark = cx.handle_mark();
    let hs: Vec<_> = vals.iter().map(|&v| cx.root(v)).collect();
    let o = cx.alloc_fixed(ty, vals.len())?;
    for (i, h) in hs.iter().enumerate() {
        let v = cx.get(*h);
        object::init_slot(o, i, v);
    }
    cx.pop_handles(mark);
    Ok(Value::from_obj(o))
}

fn ig_new(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    if a.nkw() > 0 {
        return Err(type_error(cx, "itemgetter() takes no keyword arguments"));
    }
    if a.len() < 2 {
        return Err(type_error(cx, "itemgetter expected 1 argument, got 0"));
    }
    let items = new_tuple(cx, &a.rest(1))?;
    alloc(cx, a.get(0), &[items])
}

fn ig_call(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    if a.nkw() > 0 {
        return Err(type_error(cx, "itemgetter() takes no keyword arguments"));
    }
    if a.len() != 2 {
        let msg = format!("itemgetter expected 1 argument, got {}", a.len() - 1);
        return Err(type_error(cx, &msg));
    }
    let items = slot(a.get(0).obj(), 0);
    let n = tuple_len(items);
    if n == 1 {
        return subscript::getitem(cx, a.get(1), tuple_get(items, 0));
    }
    let mark = cx.handle_mark();
    let hitems = cx.root(items);
    let mut got = Vec::with_capacity(n);
    for i in 0..n {
        let key = tuple_get(cx.get(hitems), i);
        let v = subscript::getitem(cx, a.get(1), key)?;
        got.push(cx.root(v));
    }
    let vals: Vec<Value> = got.iter().map(|h| cx.get(*h)).collect();
    cx.pop_handles(mark);
    new_tuple(cx, &vals)
}

fn reprs_joined(cx: &mut Ctx, t: Value) -> PyResult<String> {
    let h = cx.root(t);
    let mut parts = Vec::new();
    for i in 0..tuple_len(t) {
        let v = tuple_get(cx.get(h), i);
        parts.push(krait_vm::ops::repr::repr_string(cx, v)?);
    }
    cx.pop_handles(HandleMark::from_handle(h));
    Ok(parts.join(", "))
}

fn ig_repr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__repr__", 0)?;
    let items = slot(a.get(0).obj(), 0);
    let body = reprs_joined(cx, items)?;
    new_str(cx, &format!("operator.itemgetter({body})"))
}

fn ig_reduce(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "itemgetter.__reduce__")?;
    let items = slot(a.get(0).obj(), 0);
    new_tuple(cx, &[ITEMGETTER_TYPE.get(), items])
}

fn ag_new(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    if a.nkw() > 0 {
        return Err(type_error(cx, "attrgetter() takes no keyword arguments"));
    }
    if a.len() < 2 {
        return Err(type_error(cx, "attrgetter expected 1 argument, got 0"));
    }
    let names = a.rest(1);
    let mark = cx.handle_mark();
    let mut parsed = Vec::with_capacity(names.len());
    for i in 1..a.len() {
        let n = a.get(i);
        if !is_str(n) {
            cx.pop_handles(mark);
            return Err(type_error(cx, "attribute name must be a string"));
        }
        let text = as_str(n).to_owned();
        let parts: Vec<&str> = text.split('.').collect();
        let mut vals = Vec::with_capacity(parts.len());
        for p in parts {
            vals.push(krait_vm::objects::str::intern(cx, p)?);
        }
        let t = new_tuple(cx, &vals)?;
        parsed.push(cx.root(t));
    }
    let vals: Vec<Value> = parsed.iter().map(|h| cx.get(*h)).collect();
    let t = new_tuple(cx, &vals)?;
    let h = cx.root(t);
    let orig = new_tuple(cx, &a.rest(1))?;
    let t = cx.get(h);
    cx.pop_handles(mark);
    alloc(cx, a.get(0), &[t, orig])
}

/// Resolves one dotted name (a tuple of parts) on `obj`.
fn resolve(cx: &mut Ctx, obj: Value, parts: Value) -> PyResult<Value> {
    let mark = cx.handle_mark();
    let hp = cx.root(parts);
    let mut cur = obj;
    for i in 0..tuple_len(parts) {
        let name = tuple_get(cx.get(hp), i);
        cur = attr::getattr(cx, cur, name)?;
    }
    cx.pop_handles(mark);
    Ok(cur)
}

fn ag_call(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    if a.nkw() > 0 {
        return Err(type_error(cx, "attrgetter() takes no keyword arguments"));
    }
    if a.len() != 2 {
        let msg = format!("attrgetter expected 1 argument, got {}", a.len() - 1);
        return Err(type_error(cx, &msg));
    }
    let names = slot(a.get(0).obj(), 0);
    let n = tuple_len(names);
    if n == 1 {
        return resolve(cx, a.get(1), tuple_get(names, 0));
    }
    let mark = cx.handle_mark();
    let hn = cx.root(names);
    let mut got = Vec::with_capacity(n);
    for i in 0..n {
        let parts = tuple_get(cx.get(hn), i);
        let v = resolve(cx, a.get(1), parts)?;
        got.push(cx.root(v));
    }
    let vals: Vec<Value> = got.iter().map(|h| cx.get(*h)).collect();
    cx.pop_handles(mark);
    new_tuple(cx, &vals)
}

fn ag_repr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__repr__", 0)?;
    let orig = slot(a.get(0).obj(), 1);
    let body = reprs_joined(cx, orig)?;
    new_str(cx, &format!("operator.attrgetter({body})"))
}

fn ag_reduce(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "attrgetter.__reduce__")?;
    let orig = slot(a.get(0).obj(), 1);
    new_tuple(cx, &[ATTRGETTER_TYPE.get(), orig])
}

fn mc_new(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    if a.len() < 2 {
        return Err(type_error(
            cx,
            "methodcaller needs at least one argument, the method name",
        ));
    }
    if !is_str(a.get(1)) {
        return Err(type_error(cx, "method name must be a string"));
    }
    let mark = cx.handle_mark();
    let args = new_tuple(cx, &a.rest(2))?;
    let hargs = cx.root(args);
    let kw = new_dict(cx)?;
    let hkw = cx.root(kw);
    for i in 0..a.nkw() {
        let (k, v) = a.kw_at(i);
        let kw = cx.get(hkw);
        krait_vm::objects::dict::dict_set(cx, kw, k, v)?;
    }
    let name = krait_vm::objects::str::intern_value(cx, a.get(1))?;
    let (args, kw) = (cx.get(hargs), cx.get(hkw));
    cx.pop_handles(mark);
    alloc(cx, a.get(0), &[name, args, kw])
}

fn mc_call(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    if a.nkw() > 0 {
        return Err(type_error(cx, "methodcaller() takes no keyword arguments"));
    }
    if a.len() != 2 {
        let msg = format!("methodcaller expected 1 argument, got {}", a.len() - 1);
        return Err(type_error(cx, &msg));
    }
    let o = a.get(0).obj();
    let name = slot(o, 0);
    let m = attr::getattr(cx, a.get(1), name)?;
    let o = a.get(0).obj();
    let (args, kw) = (slot(o, 1), slot(o, 2));
    let mut vals = tuple_items(args);
    if dict_len(kw) == 0 {
        return call(cx, m, &vals);
    }
    let items = dict_items(kw);
    let names: Vec<Value> = items.iter().map(|(k, _)| *k).collect();
    vals.extend(items.iter().map(|(_, v)| *v));
    let hm = cx.root(m);
    let kwnames = new_tuple(cx, &names)?;
    let m = cx.get(hm);
    cx.pop_handles(HandleMark::from_handle(hm));
    // Allocation only since the items were read: the raw values are still valid.
    call_kw(cx, m, &vals, kwnames)
}

fn mc_repr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::wrapper(cx, &a, "__repr__", 0)?;
    let o = a.get(0).obj();
    let name = slot(o, 0);
    let mut parts = vec![krait_vm::ops::repr::repr_string(cx, name)?];
    let args = slot(a.get(0).obj(), 1);
    if tuple_len(args) > 0 {
        parts.push(reprs_joined(cx, args)?);
    }
    // Keyword names are strs; their values' reprs may run Python code, so the values are
    // kept in a (rooted) tuple.
    let kw = slot(a.get(0).obj(), 2);
    let items = dict_items(kw);
    let keys: Vec<String> = items.iter().map(|(k, _)| as_str(*k).to_owned()).collect();
    let vals: Vec<Value> = items.iter().map(|(_, v)| *v).collect();
    let t = new_tuple(cx, &vals)?;
    let h = cx.root(t);
    for (i, k) in keys.iter().enumerate() {
        let v = tuple_get(cx.get(h), i);
        let r = krait_vm::ops::repr::repr_string(cx, v)?;
        parts.push(format!("{k}={r}"));
    }
    cx.pop_handles(HandleMark::from_handle(h));
    new_str(cx, &format!("operator.methodcaller({})", parts.join(", ")))
}

fn mc_reduce(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    argcheck::none(cx, &a, "methodcaller.__reduce__")?;
    let o = a.get(0).obj();
    let (name, args) = (slot(o, 0), slot(o, 1));
    let mut vals = vec![name];
    vals.extend(tuple_items(args));
    let t = new_tuple(cx, &vals)?;
    new_tuple(cx, &[METHODCALLER_TYPE.get(), t])
}

static ITEMGETTER_METHODS: &[NativeDef] = native_table![
    StaticMethod "__new__" => ig_new,
    Method "__call__" => ig_call,
    Method "__repr__" => ig_repr,
    Method "__reduce__" => ig_reduce,
];
static ATTRGETTER_METHODS: &[NativeDef] = native_table![
    StaticMethod "__new__" => ag_new,
    Method "__call__" => ag_call,
    Method "__repr__" => ag_repr,
    Method "__reduce__" => ag_reduce,
];
static METHODCALLER_METHODS: &[NativeDef] = native_table![
    StaticMethod "__new__" => mc_new,
    Method "__call__" => mc_call,
    Method "__repr__" => mc_repr,
    Method "__reduce__" => mc_reduce,
];

/// The module's functions (each also bound as `__name__` with dunders, below).
pub static FUNCTIONS: &[NativeDef] = native_table![
    Function "add" => op_add, Function "sub" => op_sub, Function "mul" => op_mul,
    Function "truediv" => op_truediv, Function "floordiv" => op_floordiv,
    Function "mod" => op_mod, Function "pow" => op_pow, Function "lshift" => op_lshift,
    Function "rshift" => op_rshift, Function "and_" => op_and, Function "or_" => op_or,
    Function "xor" => op_xor, Function "matmul" => op_matmul,
    Function "iadd" => op_iadd, Function "isub" => op_isub, Function "imul" => op_imul,
    Function "itruediv" => op_itruediv, Function "ifloordiv" => op_ifloordiv,
    Function "imod" => op_imod, Function "ipow" => op_ipow, Function "ilshift" => op_ilshift,
    Function "irshift" => op_irshift, Function "iand" => op_iand, Function "ior" => op_ior,
    Function "ixor" => op_ixor, Function "imatmul" => op_imatmul,
    Function "lt" => op_lt, Function "le" => op_le, Function "eq" => op_eq,
    Function "ne" => op_ne, Function "gt" => op_gt, Function "ge" => op_ge,
    Function "neg" => op_neg, Function "pos" => op_pos, Function "invert" => op_invert,
    Function "inv" => op_inv, Function "abs" => op_abs, Function "not_" => op_not,
    Function "truth" => op_truth, Function "index" => op_index,
    Function "is_" => op_is, Function "is_not" => op_is_not,
    Function "concat" => op_concat, Function "iconcat" => op_iconcat,
    Function "contains" => op_contains, Function "getitem" => op_getitem,
    Function "setitem" => op_setitem, Function "delitem" => op_delitem,
    Function "indexOf" => op_index_of, Function "countOf" => op_count_of,
    Function "length_hint" => op_length_hint, Function "call" => op_call,
];

/// Names bound a second time as `__name__` (CPython's aliases such as `__add__`).
pub const DUNDER_ALIASES: &[&str] = &[
    "add",
    "sub",
    "mul",
    "truediv",
    "floordiv",
    "mod",
    "pow",
    "lshift",
    "rshift",
    "and_",
    "or_",
    "xor",
    "matmul",
    "iadd",
    "isub",
    "imul",
    "itruediv",
    "ifloordiv",
    "imod",
    "ipow",
    "ilshift",
    "irshift",
    "iand",
    "ior",
    "ixor",
    "imatmul",
    "lt",
    "le",
    "eq",
    "ne",
    "gt",
    "ge",
    "neg",
    "pos",
    "invert",
    "inv",
    "abs",
    "not_",
    "index",
    "concat",
    "iconcat",
    "contains",
    "getitem",
    "setitem",
    "delitem",
    "call",
];
