//! The interpreter loop: a thin dispatcher over opcodes. Trivial instructions are handled
//! inline; the rest call handlers grouped by theme (`cache.rs` for cached loads and stores,
//! `crate::ops::*` for the object protocol).
//!
//! Errors: a handler returns `Err(Raised)` (the exception is in the thread's roots); the loop
//! prepends a traceback entry for this frame (unless the instruction was a re-raise), then
//! looks the raising instruction up in the exception table. A handler found: the operand
//! stack is cut to the recorded depth, the exception pushed, execution continues there.
//! None: the frame returns the error to its caller.
//!
//! Safepoints: polls at backward jumps and at frame entry. Everything the frame holds lives
//! in its slots, which the collector scans (popped values stay in their slots, still
//! scanned, until overwritten), so the loop's raw values may be used across a poll only
//! after re-reading them from the stack.

use super::cache;
use super::call::{call_stack, sget};
use super::stack::{Fast, Sp};
use crate::compile::bytecode::{arg_of, op_of, BinOp, CmpOp, Op};
use crate::compile::code::CodeData;
use crate::ctx::{Ctx, PyResult, Raised};
use crate::object::slot;
use crate::objects::exceptions;
use crate::objects::float::{float_of, is_float, new_float};
use crate::objects::function::{self, code_data, fslot};
use crate::objects::str::as_str;
use crate::objects::{list, tuple};
use crate::ops;
use crate::runtime::{none, py_bool};
use crate::value::Value;

/// How a frame ended.
pub enum Exit {
    /// `return v`.
    Return(Value),
    /// `yield v` (generator frames only): the frame record holds the resume state.
    Yield(Value),
}

/// Where to start or resume the top frame.
pub enum Resume {
    /// From the first instruction.
    Start,
    /// A suspended generator: at `ip`, with `depth` operand-stack items, pushing `send`
    /// (the value of the `yield` expression).
    Send {
        /// Instruction to continue at.
        ip: u32,
        /// Operand stack depth.
        depth: u32,
        /// Sent value.
        send: Value,
    },
    /// A suspended generator into which an exception (already set in the thread) is
    /// thrown at its `yield`.
    Throw {
        /// Instruction after the `yield`.
        ip: u32,
        /// Operand stack depth.
        depth: u32,
    },
}

/// Hooks for the JIT at loop back-edges (set once by the embedding; none by default).
pub trait JitHooks: Send + Sync {
    /// Called when the back-edge at `ip` of `code` has run `count` times.
    fn hot_loop(&self, code: &CodeData, ip: u32, count: u32);
}

static JIT: std::sync::OnceLock<&'static dyn JitHooks> = std::sync::OnceLock::new();

/// Installs the JIT hooks (once per process).
pub fn set_jit_hooks(h: &'static dyn JitHooks) {
    let _ = JIT.set(h);
}

const HOT_LOOP: u32 = 1000;

#[cold]
fn unbound_local(cx: &mut Ctx, cd: &CodeData, i: usize) -> Raised {
    let name = as_str(cd.varnames[i].get());
    exceptions::raise_msg(
        cx,
        exceptions::UNBOUND_LOCAL_ERROR.get(),
        &format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

#[cold]
fn unbound_deref(cx: &mut Ctx, cd: &CodeData, i: usize) -> Raised {
    let nl = cd.nlocals as usize;
    let nc = cd.ncells as usize;
    if i < nl + nc {
        let name = as_str(cd.cellvars[i - nl].get());
        exceptions::raise_msg(
            cx,
            exceptions::UNBOUND_LOCAL_ERROR.get(),
            &format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    } else {
        let name = as_str(cd.freevars[i - nl - nc].get());
        exceptions::raise_msg(
            cx,
            exceptions::NAME_ERROR.get(),
            &format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
        )
    }
}

/// Runs the top frame record until it returns, yields, or raises.
pub fn run(cx: &mut Ctx, resume: Resume) -> PyResult<Exit> {
    // Handles made by natives this frame calls are dead once control is back here; when
    // one fails with an exception it may leave some behind: drop them at every exception
    // dispatch and at exit.
    let hmark = cx.handle_mark();
    let fi = cx.frames().frames.len() - 1;
    let fr = cx.frames().frames[fi];
    let cd: &'static CodeData = code_data(fr.code);
    let code: &'static [u32] = &cd.code;
    let nfast = cd.nfast();
    let stack0 = cx.frames().stack.ptr(0);
    // SAFETY-free address arithmetic: `ptr(i)` bounds-checks `i` against the stack.
    let fast = Fast::new(cx.frames().stack.ptr(fr.base as usize), nfast);
    let bottom = fast.ptr(nfast);
    let top_limit = cx
        .frames()
        .stack
        .ptr(fr.base as usize + nfast + cd.max_stack as usize);
    let mut sp = Sp::new(bottom, bottom, top_limit);
    // Native code that raised may have left handles behind; a handler drops them.
    let handle_base = cx.handle_mark();
    let mut ip: usize;
    let mut pending_err: Option<bool> = None; // Some(reraise) when resuming with a throw
    match resume {
        Resume::Start => {
            ip = 0;
            if cx.m.poll() {
                cx.m.safepoint();
            }
        }
        Resume::Send { ip: i, depth, send } => {
            ip = i as usize;
            sp = Sp::new(fast.ptr(nfast + depth as usize), bottom, top_limit);
            sp.push(send);
        }
        Resume::Throw { ip: i, depth } => {
            ip = i as usize;
            sp = Sp::new(fast.ptr(nfast + depth as usize), bottom, top_limit);
            pending_err = Some(false);
        }
    }
    let consts = &cd.consts;

    loop {
        let (_raised, reraise): (Raised, bool) = 'ops: loop {
            // Defined inside the labelled loop so the label resolves (labels are hygienic).
            macro_rules! t {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(e) => break 'ops (e, false),
                    }
                };
            }
            if let Some(r) = pending_err.take() {
                break 'ops (Raised, r);
            }
            let w = code[ip];
            ip += 1;
            let arg = arg_of(w) as usize;
            match op_of(w) {
                Op::NOP | Op::RETURN_GENERATOR => {}
                Op::POP_TOP => {
                    sp.pop();
                }
                Op::COPY => {
                    let v = sp.peek(arg);
                    sp.push(v);
                }
                Op::SWAP => {
                    let a = sp.peek(1);
                    let b = sp.peek(arg);
                    sp.set(1, b);
                    sp.set(arg, a);
                }
                Op::PUSH_NULL => sp.push(Value::NULL),
                Op::LOAD_CONST => sp.push(consts[arg].get()),
                Op::LOAD_FAST => {
                    let v = fast.get(arg);
                    if v.is_null() {
                        break 'ops (unbound_local(cx, cd, arg), false);
                    }
                    sp.push(v);
                }
                Op::STORE_FAST => {
                    let v = sp.pop();
                    fast.set(arg, v);
                }
                Op::LOAD_FAST_LOAD_FAST => {
                    let (a, b) = (arg & 0xfff, arg >> 12);
                    let v = fast.get(a);
                    if v.is_null() {
                        break 'ops (unbound_local(cx, cd, a), false);
                    }
                    sp.push(v);
                    ip += 1;
                    let v = fast.get(b);
                    if v.is_null() {
                        break 'ops (unbound_local(cx, cd, b), false);
                    }
                    sp.push(v);
                }
                Op::LOAD_FAST_LOAD_CONST => {
                    let a = arg & 0xfff;
                    let v = fast.get(a);
                    if v.is_null() {
                        break 'ops (unbound_local(cx, cd, a), false);
                    }
                    sp.push(v);
                    sp.push(consts[arg >> 12].get());
                    ip += 1;
                }
                Op::STORE_FAST_LOAD_FAST => {
                    let v = sp.pop();
                    fast.set(arg & 0xfff, v);
                    ip += 1;
                    let b = arg >> 12;
                    let v = fast.get(b);
                    if v.is_null() {
                        break 'ops (unbound_local(cx, cd, b), false);
                    }
                    sp.push(v);
                }
                Op::DELETE_FAST => {
                    if fast.get(arg).is_null() {
                        break 'ops (unbound_local(cx, cd, arg), false);
                    }
                    fast.set(arg, Value::NULL);
                }
                Op::MAKE_CELL => {
                    let name = cd.cellvars[arg - cd.nlocals as usize].get();
                    let init = cd.varnames[..cd.nlocals as usize]
                        .iter()
                        .position(|v| v.get() == name)
                        .map_or(Value::NULL, |i| fast.get(i));
                    let c = t!(function::new_cell(cx, init));
                    fast.set(arg, c);
                }
                Op::LOAD_CLOSURE => sp.push(fast.get(arg)),
                Op::LOAD_DEREF => {
                    let v = function::cell_get(fast.get(arg));
                    if v.is_null() {
                        break 'ops (unbound_deref(cx, cd, arg), false);
                    }
                    sp.push(v);
                }
                Op::LOAD_CLASSDEREF => {
                    let nl = cd.nlocals as usize + cd.ncells as usize;
                    let name = cd.freevars[arg - nl].get();
                    let locals = cx.frames().frames[fi].locals;
                    let v = t!(ops::names::locals_get(cx, locals, name));
                    if !v.is_null() {
                        sp.push(v);
                    } else {
                        let v = function::cell_get(fast.get(arg));
                        if v.is_null() {
                            break 'ops (unbound_deref(cx, cd, arg), false);
                        }
                        sp.push(v);
                    }
                }
                Op::STORE_DEREF => {
                    let v = sp.pop();
                    function::cell_set(cx, fast.get(arg), v);
                }
                Op::DELETE_DEREF => {
                    let c = fast.get(arg);
                    if function::cell_get(c).is_null() {
                        break 'ops (unbound_deref(cx, cd, arg), false);
                    }
                    function::cell_set(cx, c, Value::NULL);
                }
                Op::COPY_FREE_VARS => {
                    let f = cx.frames().frames[fi].func;
                    let closure = slot(f.obj(), fslot::CLOSURE);
                    let off = cd.nlocals as usize + cd.ncells as usize;
                    for i in 0..arg {
                        fast.set(off + i, crate::objects::tuple::tuple_get(closure, i));
                    }
                }
                Op::LOAD_GLOBAL => {
                    let v = t!(cache::load_global(cx, fi, cd, arg));
                    sp.push(v);
                }
                Op::STORE_GLOBAL => {
                    let v = sp.pop();
                    let g = cx.frames().frames[fi].globals;
                    t!(crate::objects::dict::dict_set(
                        cx,
                        g,
                        cd.names[arg].get(),
                        v
                    ));
                }
                Op::DELETE_GLOBAL => {
                    let g = cx.frames().frames[fi].globals;
                    t!(ops::names::delete_global(cx, g, cd.names[arg].get()));
                }
                Op::LOAD_NAME => {
                    let v = t!(ops::names::load_name(cx, fi, cd.names[arg].get()));
                    sp.push(v);
                }
                Op::STORE_NAME => {
                    let v = sp.pop();
                    let locals = cx.frames().frames[fi].locals;
                    t!(ops::names::locals_set(cx, locals, cd.names[arg].get(), v));
                }
                Op::DELETE_NAME => {
                    let locals = cx.frames().frames[fi].locals;
                    t!(ops::names::locals_del(cx, locals, cd.names[arg].get()));
                }
                Op::LOAD_ATTR => {
                    let obj = sp.peek(1);
                    let v = t!(cache::load_attr(cx, fi, cd, arg, obj));
                    sp.set(1, v);
                }
                Op::LOAD_METHOD => {
                    let obj = sp.peek(1);
                    let (m, s) = t!(cache::load_method(cx, fi, cd, arg, obj));
                    sp.set(1, m);
                    sp.push(s);
                }
                Op::STORE_ATTR => {
                    let obj = sp.pop();
                    let v = sp.pop();
                    t!(cache::store_attr(cx, fi, cd, arg, obj, v));
                }
                Op::DELETE_ATTR => {
                    let obj = sp.pop();
                    t!(ops::attr::delattr(cx, obj, cd.names[arg].get()));
                }
                Op::BINARY_SUBSCR => {
                    let k = sp.pop();
                    let o = sp.peek(1);
                    // Fast paths: a list or tuple indexed by a small int in range.
                    if k.is_int() && o.is_ref() {
                        let i = k.as_int();
                        if list::is_list(o) {
                            let n = list::list_len(o) as i64;
                            let j = if i < 0 { i + n } else { i };
                            if (0..n).contains(&j) {
                                // Checked: another thread may shorten the list meanwhile
                                // (then the slow path raises IndexError).
                                if let Some(v) = list::list_get_checked(o, j as usize) {
                                    sp.set(1, v);
                                    continue;
                                }
                            }
                        } else if tuple::is_tuple(o) {
                            let n = tuple::tuple_len(o) as i64;
                            let j = if i < 0 { i + n } else { i };
                            if (0..n).contains(&j) {
                                sp.set(1, tuple::tuple_get(o, j as usize));
                                continue;
                            }
                        }
                    }
                    let v = t!(ops::subscript::getitem(cx, o, k));
                    sp.set(1, v);
                }
                Op::STORE_SUBSCR => {
                    let k = sp.pop();
                    let o = sp.pop();
                    let v = sp.pop();
                    if k.is_int() && list::is_list(o) {
                        let (i, n) = (k.as_int(), list::list_len(o) as i64);
                        let j = if i < 0 { i + n } else { i };
                        if (0..n).contains(&j) && list::list_set(cx, o, j as usize, v) {
                            continue;
                        }
                    }
                    t!(ops::subscript::setitem(cx, o, k, v));
                }
                Op::DELETE_SUBSCR => {
                    let k = sp.pop();
                    let o = sp.pop();
                    t!(ops::subscript::delitem(cx, o, k));
                }
                Op::BINARY_OP => {
                    let b = sp.pop();
                    let a = sp.peek(1);
                    let v = if a.is_int() && b.is_int() {
                        let (x, y) = (a.as_int(), b.as_int());
                        match BinOp::from_arg(arg as u32).base() {
                            BinOp::Add => Value::try_int(x + y),
                            BinOp::Sub => Value::try_int(x - y),
                            BinOp::Mul => x.checked_mul(y).and_then(Value::try_int),
                            BinOp::And => Some(Value::int(x & y)),
                            BinOp::Or => Some(Value::int(x | y)),
                            BinOp::Xor => Some(Value::int(x ^ y)),
                            BinOp::FloorDiv if y > 0 => Some(Value::int(x.div_euclid(y))),
                            BinOp::Mod if y > 0 => Some(Value::int(x.rem_euclid(y))),
                            BinOp::RShift if (0..63).contains(&y) => Some(Value::int(x >> y)),
                            BinOp::LShift if (0..62).contains(&y) => {
                                let r = (x as i128) << y;
                                i64::try_from(r).ok().and_then(Value::try_int)
                            }
                            _ => None,
                        }
                    } else if is_float(a) && is_float(b) {
                        let (x, y) = (float_of(a), float_of(b));
                        let r = match BinOp::from_arg(arg as u32).base() {
                            BinOp::Add => Some(x + y),
                            BinOp::Sub => Some(x - y),
                            BinOp::Mul => Some(x * y),
                            BinOp::TrueDiv if y != 0.0 => Some(x / y),
                            // A positive finite base and a finite result: no complex
                            // result, no OverflowError (as `number::float_pow`).
                            BinOp::Pow if x > 0.0 && x.is_finite() && y.is_finite() => {
                                Some(x.powf(y)).filter(|r| r.is_finite())
                            }
                            _ => None,
                        };
                        match r {
                            Some(f) => Some(t!(new_float(cx, f))),
                            None => None,
                        }
                    } else {
                        None
                    };
                    let v = match v {
                        Some(v) => v,
                        None => t!(ops::arith::binary_op(cx, a, b, BinOp::from_arg(arg as u32))),
                    };
                    sp.set(1, v);
                }
                Op::UNARY_NEGATIVE => {
                    let a = sp.peek(1);
                    let v = t!(ops::arith::unary(cx, a, Op::UNARY_NEGATIVE));
                    sp.set(1, v);
                }
                Op::UNARY_POSITIVE => {
                    let a = sp.peek(1);
                    let v = t!(ops::arith::unary(cx, a, Op::UNARY_POSITIVE));
                    sp.set(1, v);
                }
                Op::UNARY_INVERT => {
                    let a = sp.peek(1);
                    let v = t!(ops::arith::unary(cx, a, Op::UNARY_INVERT));
                    sp.set(1, v);
                }
                Op::UNARY_NOT => {
                    let a = sp.peek(1);
                    let b = t!(ops::compare::truthy(cx, a));
                    sp.set(1, py_bool(!b));
                }
                Op::COMPARE_OP => {
                    let b = sp.pop();
                    let a = sp.peek(1);
                    let op = CmpOp::from_arg(arg as u32);
                    let v = if a.is_int() && b.is_int() {
                        let (x, y) = (a.as_int(), b.as_int());
                        py_bool(match op {
                            CmpOp::Lt => x < y,
                            CmpOp::Le => x <= y,
                            CmpOp::Eq => x == y,
                            CmpOp::Ne => x != y,
                            CmpOp::Gt => x > y,
                            CmpOp::Ge => x >= y,
                        })
                    } else {
                        t!(ops::compare::compare(cx, a, b, op))
                    };
                    sp.set(1, v);
                }
                Op::COMPARE_OP_JUMP => {
                    let b = sp.pop();
                    let a = sp.pop();
                    let op = CmpOp::from_arg(arg as u32);
                    let truth = if a.is_int() && b.is_int() {
                        let (x, y) = (a.as_int(), b.as_int());
                        match op {
                            CmpOp::Lt => x < y,
                            CmpOp::Le => x <= y,
                            CmpOp::Eq => x == y,
                            CmpOp::Ne => x != y,
                            CmpOp::Gt => x > y,
                            CmpOp::Ge => x >= y,
                        }
                    } else {
                        // The comparison may raise: its location is this word's.
                        t!(ops::compare::compare_bool(cx, a, b, op))
                    };
                    let jw = code[ip];
                    ip += 1;
                    if truth == (op_of(jw) == Op::POP_JUMP_IF_TRUE) {
                        ip = arg_of(jw) as usize;
                    }
                }
                Op::IS_OP => {
                    let b = sp.pop();
                    let a = sp.peek(1);
                    sp.set(1, py_bool((a == b) != (arg == 1)));
                }
                Op::CONTAINS_OP => {
                    let container = sp.pop();
                    let item = sp.peek(1);
                    let r = t!(ops::compare::contains(cx, container, item));
                    sp.set(1, py_bool(r != (arg == 1)));
                }
                Op::JUMP_FORWARD => ip = arg,
                Op::JUMP_BACKWARD => {
                    ip = arg;
                    if cx.m.poll() {
                        cx.frames().frames[fi].ip = ip as u32;
                        cx.m.safepoint();
                    }
                    if let Some(j) = JIT.get() {
                        let c = &cd.loop_counters[ip];
                        let n = c.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        if n == HOT_LOOP {
                            j.hot_loop(cd, ip as u32, n);
                        }
                    }
                }
                Op::POP_JUMP_IF_FALSE | Op::POP_JUMP_IF_TRUE => {
                    let v = sp.pop();
                    let truth = if v == py_bool(true) {
                        true
                    } else if v == py_bool(false) || v == none() {
                        false
                    } else if v.is_int() {
                        v.as_int() != 0
                    } else {
                        t!(ops::compare::truthy(cx, v))
                    };
                    if truth == (op_of(w) == Op::POP_JUMP_IF_TRUE) {
                        ip = arg;
                    }
                }
                Op::POP_JUMP_IF_NONE => {
                    if sp.pop() == none() {
                        ip = arg;
                    }
                }
                Op::POP_JUMP_IF_NOT_NONE => {
                    if sp.pop() != none() {
                        ip = arg;
                    }
                }
                Op::JUMP_IF_FALSE_OR_POP | Op::JUMP_IF_TRUE_OR_POP => {
                    let v = sp.peek(1);
                    let truth = t!(ops::compare::truthy(cx, v));
                    if truth == (op_of(w) == Op::JUMP_IF_TRUE_OR_POP) {
                        ip = arg;
                    } else {
                        sp.pop();
                    }
                }
                Op::GET_ITER => {
                    let v = sp.peek(1);
                    let it = t!(ops::iter::get_iter(cx, v));
                    sp.set(1, it);
                }
                Op::FOR_ITER => {
                    let it = sp.peek(1);
                    match t!(ops::iter::next_fast(cx, it)) {
                        Some(v) => sp.push(v),
                        None => {
                            sp.pop();
                            ip = arg;
                        }
                    }
                }
                Op::BUILD_TUPLE => {
                    let v = t!(ops::build::tuple_from_cells(cx, sp.top_cells(arg)));
                    sp.drop_n(arg);
                    sp.push(v);
                }
                Op::BUILD_LIST => {
                    let v = t!(ops::build::list_from_cells(cx, sp.top_cells(arg)));
                    sp.drop_n(arg);
                    sp.push(v);
                }
                Op::BUILD_SET => {
                    let v = t!(ops::build::set_from_cells(cx, sp.top_cells(arg)));
                    sp.drop_n(arg);
                    sp.push(v);
                }
                Op::BUILD_MAP => {
                    let v = t!(ops::build::dict_from_cells(cx, sp.top_cells(2 * arg)));
                    sp.drop_n(2 * arg);
                    sp.push(v);
                }
                Op::BUILD_CONST_KEY_MAP => {
                    let keys = sp.pop();
                    let v = t!(ops::build::dict_from_keys(cx, keys, sp.top_cells(arg)));
                    sp.drop_n(arg);
                    sp.push(v);
                }
                Op::BUILD_STRING => {
                    let v = t!(ops::build::concat_strings(cx, sp.top_cells(arg)));
                    sp.drop_n(arg);
                    sp.push(v);
                }
                Op::BUILD_SLICE => {
                    let cells = sp.top_cells(arg);
                    let step = if arg == 3 { cells[2].get() } else { none() };
                    let v = t!(crate::objects::slice::new_slice(
                        cx,
                        cells[0].get(),
                        cells[1].get(),
                        step
                    ));
                    sp.drop_n(arg);
                    sp.push(v);
                }
                Op::LIST_TO_TUPLE => {
                    let l = sp.peek(1);
                    let v = t!(crate::objects::list::list_to_tuple(cx, l));
                    sp.set(1, v);
                }
                Op::LIST_APPEND => {
                    // The list under construction lives only on this frame's stack.
                    let v = sp.pop();
                    let l = sp.peek(arg);
                    t!(crate::objects::list::list_append_unshared(cx, l, v));
                }
                Op::SET_ADD => {
                    let v = sp.pop();
                    let s = sp.peek(arg);
                    t!(crate::objects::set::set_add(cx, s, v));
                }
                Op::MAP_ADD => {
                    let v = sp.pop();
                    let k = sp.pop();
                    let d = sp.peek(arg);
                    t!(ops::subscript::setitem(cx, d, k, v));
                }
                Op::LIST_EXTEND => {
                    let it = sp.pop();
                    let l = sp.peek(arg);
                    if !ops::iter::is_iterable(cx, it) {
                        let msg = format!(
                            "Value after * must be an iterable, not {}",
                            crate::objects::typeobj::type_name(crate::objects::typeobj::type_of(
                                it
                            ))
                        );
                        break 'ops (exceptions::type_error(cx, &msg), false);
                    }
                    t!(crate::objects::list::list_extend(cx, l, it));
                }
                Op::SET_UPDATE => {
                    let it = sp.pop();
                    let s = sp.peek(arg);
                    t!(crate::objects::set::set_update(cx, s, it));
                }
                Op::DICT_UPDATE => {
                    let m = sp.pop();
                    let d = sp.peek(arg);
                    t!(ops::build::dict_update(cx, d, m, false));
                }
                Op::DICT_MERGE => {
                    let m = sp.pop();
                    let d = sp.peek(arg);
                    // The callable sits below the arguments tuple and the keywords dict.
                    let func = sp.peek(arg + 2);
                    t!(ops::build::dict_merge_for_call(cx, d, m, func));
                }
                Op::UNPACK_SEQUENCE => {
                    let v = sp.pop();
                    // Exact tuples and lists of the right length: items pushed last first.
                    if tuple::is_tuple(v) && tuple::tuple_len(v) == arg {
                        for i in (0..arg).rev() {
                            sp.push(tuple::tuple_get(v, i));
                        }
                        continue;
                    }
                    if list::is_list(v) && list::list_len(v) == arg {
                        for i in (0..arg).rev() {
                            sp.push(list::list_get(v, i));
                        }
                        continue;
                    }
                    let p = sp.offset_from(stack0);
                    t!(ops::build::unpack(cx, v, arg, None, p));
                    sp.advance(arg);
                }
                Op::UNPACK_EX => {
                    let v = sp.pop();
                    let p = sp.offset_from(stack0);
                    let (before, after) = (arg & 0xff, arg >> 8);
                    t!(ops::build::unpack(cx, v, before, Some(after), p));
                    sp.advance(before + after + 1);
                }
                Op::FORMAT_VALUE => {
                    let spec = if arg & 4 != 0 { sp.pop() } else { Value::NULL };
                    let v = sp.peek(1);
                    let s = t!(ops::format::format_value(cx, v, (arg & 3) as u8, spec));
                    sp.set(1, s);
                }
                Op::MAKE_FUNCTION => {
                    let codev = sp.pop();
                    let g = cx.frames().frames[fi].globals;
                    let b = cx.frames().frames[fi].builtins;
                    let f = t!(function::new_function(cx, codev, g, b));
                    let fo = f.obj();
                    use crate::compile::bytecode::make_function as mf;
                    if arg as u32 & mf::CLOSURE != 0 {
                        let c = sp.pop();
                        cx.set_slot(fo, fslot::CLOSURE, c);
                    }
                    if arg as u32 & mf::ANNOTATIONS != 0 {
                        let a = sp.pop();
                        cx.set_slot(fo, fslot::ANNOTATIONS, a);
                    }
                    if arg as u32 & mf::KWDEFAULTS != 0 {
                        let k = sp.pop();
                        cx.set_slot(fo, fslot::KWDEFAULTS, k);
                    }
                    if arg as u32 & mf::DEFAULTS != 0 {
                        let d = sp.pop();
                        cx.set_slot(fo, fslot::DEFAULTS, d);
                    }
                    let m = ops::names::module_name_of(cx, g);
                    cx.set_slot(fo, fslot::MODULE, m);
                    sp.push(f);
                }
                Op::CALL | Op::CALL_KW => {
                    let kwnames = if op_of(w) == Op::CALL_KW {
                        sp.pop()
                    } else {
                        Value::NULL
                    };
                    let n = arg;
                    let pos = sp.offset_from(stack0) - n - 2;
                    cx.frames().frames[fi].ip = (ip - 1) as u32;
                    let r = if sget(cx, pos).is_null() {
                        t!(call_stack(cx, pos + 1, n, kwnames))
                    } else {
                        t!(call_stack(cx, pos, n + 1, kwnames))
                    };
                    sp.drop_n(n + 2);
                    sp.push(r);
                }
                Op::CALL_EX => {
                    let kw = if arg & 1 != 0 { sp.pop() } else { Value::NULL };
                    let args = sp.pop();
                    let f = sp.pop();
                    let nul = sp.pop();
                    cx.frames().frames[fi].ip = (ip - 1) as u32;
                    let r = t!(ops::construct::call_ex(
                        cx,
                        if nul.is_null() { f } else { nul },
                        if nul.is_null() { Value::NULL } else { f },
                        args,
                        kw
                    ));
                    sp.push(r);
                }
                Op::RETURN_VALUE => {
                    let v = sp.pop();
                    cx.pop_handles(hmark);
                    return Ok(Exit::Return(v));
                }
                Op::YIELD_VALUE => {
                    let v = sp.pop();
                    let depth = sp.offset_from(bottom as *const _) as u32;
                    let f = &mut cx.frames().frames[fi];
                    f.ip = ip as u32;
                    f.depth = depth;
                    cx.pop_handles(hmark);
                    return Ok(Exit::Yield(v));
                }
                Op::GET_YIELD_FROM_ITER => {
                    let v = sp.peek(1);
                    let it = t!(ops::iter::get_yield_from_iter(cx, v));
                    sp.set(1, it);
                }
                Op::SEND => {
                    let v = sp.pop();
                    let it = sp.peek(1);
                    match t!(crate::objects::generator::send_to(cx, it, v)) {
                        crate::objects::generator::SendResult::Yielded(y) => sp.push(y),
                        crate::objects::generator::SendResult::Returned(r) => {
                            sp.set(1, r);
                            ip = arg;
                        }
                    }
                }
                Op::RAISE_VARARGS => {
                    let cause = if arg == 2 { sp.pop() } else { Value::NULL };
                    let exc = if arg >= 1 { sp.pop() } else { Value::NULL };
                    let e = ops::exc::do_raise(cx, exc, cause);
                    let reraise = arg == 0;
                    break 'ops (e, reraise);
                }
                Op::RERAISE => {
                    let exc = sp.pop();
                    break 'ops (cx.set_exception(exc), true);
                }
                Op::PUSH_EXC_INFO => {
                    let exc = sp.pop();
                    let prev = cx.set_handled_exception(exc);
                    sp.push(if prev.is_null() { none() } else { prev });
                    sp.push(exc);
                }
                Op::POP_EXCEPT => {
                    let prev = sp.pop();
                    cx.set_handled_exception(if prev == none() { Value::NULL } else { prev });
                }
                Op::CHECK_EXC_MATCH => {
                    let ty = sp.pop();
                    let exc = sp.peek(1);
                    let r = t!(ops::exc::check_match(cx, exc, ty));
                    sp.push(py_bool(r));
                }
                Op::WITH_EXCEPT_START => {
                    let exc = sp.peek(1);
                    let exit = sp.peek(3);
                    let r = t!(ops::exc::with_exit(cx, exit, exc));
                    sp.push(r);
                }
                Op::BEFORE_WITH => {
                    let mgr = sp.pop();
                    let p = sp.offset_from(stack0);
                    // Writes [exit, enter result] into the two slots above the top.
                    t!(ops::exc::before_with(cx, mgr, p));
                    sp.advance(2);
                }
                Op::LOAD_BUILD_CLASS => sp.push(crate::builtins::BUILD_CLASS.get()),
                Op::SETUP_ANNOTATIONS => {
                    let locals = cx.frames().frames[fi].locals;
                    t!(ops::names::setup_annotations(cx, locals));
                }
                Op::IMPORT_NAME => {
                    let fromlist = sp.pop();
                    let level = sp.peek(1);
                    let m = t!(ops::import::import_name(
                        cx,
                        fi,
                        cd.names[arg].get(),
                        fromlist,
                        level
                    ));
                    sp.set(1, m);
                }
                Op::IMPORT_FROM => {
                    let m = sp.peek(1);
                    let v = t!(ops::import::import_from(cx, m, cd.names[arg].get()));
                    sp.push(v);
                }
                Op::IMPORT_STAR => {
                    let m = sp.pop();
                    let locals = cx.frames().frames[fi].locals;
                    t!(ops::import::import_star(cx, m, locals));
                }
                Op::LOAD_ASSERTION_ERROR => sp.push(exceptions::ASSERTION_ERROR.get()),
                Op::LOAD_EXC => {
                    let h = cx.handled_exception();
                    sp.push(if h.is_null() { none() } else { h });
                }
                Op::GET_LEN => {
                    let v = sp.peek(1);
                    let n = t!(ops::subscript::len(cx, v));
                    sp.push(Value::int(n as i64));
                }
                Op::MATCH_MAPPING => {
                    let v = sp.peek(1);
                    sp.push(py_bool(ops::pattern::is_mapping(v)));
                }
                Op::MATCH_SEQUENCE => {
                    let v = sp.peek(1);
                    sp.push(py_bool(ops::pattern::is_sequence(v)));
                }
                Op::MATCH_KEYS => {
                    let keys = sp.peek(1);
                    let subject = sp.peek(2);
                    let v = t!(ops::pattern::match_keys(cx, subject, keys));
                    sp.push(v);
                }
                Op::MATCH_CLASS => {
                    let names = sp.pop();
                    let cls = sp.pop();
                    let subject = sp.peek(1);
                    let v = t!(ops::pattern::match_class(cx, subject, cls, arg, names));
                    sp.set(1, v);
                }
                Op::COPY_DICT_WITHOUT_KEYS => {
                    let keys = sp.peek(1);
                    let subject = sp.peek(2);
                    let v = t!(ops::pattern::copy_without_keys(cx, subject, keys));
                    sp.set(1, v);
                }
                Op::PRINT_EXPR => {
                    let v = sp.pop();
                    t!(ops::names::print_expr(cx, v));
                }
            }
        };

        // --- Exception handling ------------------------------------------------------------
        let raise_ip = ip.saturating_sub(1);
        cx.frames().frames[fi].ip = raise_ip as u32;
        cx.pop_handles(hmark);
        if !reraise {
            let exc = cx.exception();
            let f = cx.frames().frames[fi];
            let line = cd.line_of(raise_ip);
            exceptions::add_traceback(cx, exc, f.code, f.globals, line, raise_ip as u32)?;
        }
        match cd.handler_for(raise_ip as u32) {
            Some(h) => {
                cx.pop_handles(handle_base);
                sp = Sp::new(fast.ptr(nfast + h.depth as usize), bottom, top_limit);
                let exc = cx.take_exception();
                sp.push(exc);
                ip = h.target as usize;
            }
            None => return Err(Raised),
        }
    }
}
