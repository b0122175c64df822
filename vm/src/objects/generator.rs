//! Generators: a suspended frame kept in a heap object.
//!
//! ```text
//! FIXED: [values: array (fast locals + operand stack)][code][func][globals][builtins]
//!        [ip: int][depth: int][state: int][name][qualname]
//! ```
//!
//! Resuming copies the saved values onto the top of the thread's value stack, pushes a frame
//! record and runs it; suspending at `yield` copies them back. `throw()` and `close()`
//! delegate to the sub-iterator of a `yield from` in progress, as PEP 380 specifies; a
//! `StopIteration` escaping the generator body becomes `RuntimeError` (PEP 479).

use crate::compile::bytecode::{arg_of, op_of, Op};
use crate::ctx::{Ctx, HandleMark, PyResult};
use crate::interp::call::{recursion_limit, sget};
use crate::interp::eval::{run, Exit, Resume};
use crate::interp::frame::{Frame, STACK_SLOTS};
use crate::names;
use crate::object::{self, slot, varvals_get, varvals_init};
use crate::objects::exceptions::{self, exc_matches, raise_msg};
use crate::objects::function::{code_data, fslot};
use crate::objects::tuple::new_array;
use crate::objects::typeobj::type_of;
use crate::ops::attr;
use crate::runtime::{none, Global};
use crate::value::Value;

/// `generator`.
pub static GENERATOR_TYPE: Global = Global::new();
/// `coroutine`.
pub static COROUTINE_TYPE: Global = Global::new();

mod g {
    pub const VALUES: usize = 0;
    pub const CODE: usize = 1;
    pub const FUNC: usize = 2;
    pub const GLOBALS: usize = 3;
    pub const BUILTINS: usize = 4;
    pub const IP: usize = 5;
    pub const DEPTH: usize = 6;
    pub const STATE: usize = 7;
    pub const NAME: usize = 8;
    pub const QUALNAME: usize = 9;
    pub const COUNT: usize = 10;
}

const CREATED: i64 = 0;
const SUSPENDED: i64 = 1;
const RUNNING: i64 = 2;
const FINISHED: i64 = 3;

/// What sending into an iterator did.
pub enum SendResult {
    /// It yielded a value.
    Yielded(Value),
    /// It finished, returning a value.
    Returned(Value),
}

/// Whether `v` is a generator (or coroutine) object.
#[inline]
pub fn is_generator(v: Value) -> bool {
    v.is_ref() && {
        let t = type_of(v);
        t == GENERATOR_TYPE.get() || t == COROUTINE_TYPE.get()
    }
}

/// Creates a generator for the call of `f` whose arguments are bound at `stack[base..]`.
pub fn new_generator(cx: &mut Ctx, f: Value, base: usize, nfast: usize) -> PyResult<Value> {
    let cd = crate::objects::function::func_code(f);
    let nvals = nfast + cd.max_stack as usize;
    let hf = cx.root(f);
    let vals = new_array(cx, nvals)?;
    for i in 0..nfast {
        varvals_init(vals.obj(), i, sget(cx, base + i));
    }
    let hv = cx.root(vals);
    let ty = if cd.flags & crate::compile::code::co_flags::COROUTINE != 0 {
        COROUTINE_TYPE.get()
    } else {
        GENERATOR_TYPE.get()
    };
    let o = cx.alloc_fixed(ty, g::COUNT)?;
    let (f, vals) = (cx.get(hf), cx.get(hv));
    cx.pop_handles(HandleMark::from_handle(hf));
    let fo = f.obj();
    object::init_slot(o, g::VALUES, vals);
    object::init_slot(o, g::CODE, slot(fo, fslot::CODE));
    object::init_slot(o, g::FUNC, f);
    object::init_slot(o, g::GLOBALS, slot(fo, fslot::GLOBALS));
    object::init_slot(o, g::BUILTINS, slot(fo, fslot::BUILTINS));
    object::init_slot(o, g::IP, Value::int(0));
    object::init_slot(o, g::DEPTH, Value::int(0));
    object::init_slot(o, g::STATE, Value::int(CREATED));
    object::init_slot(o, g::NAME, slot(fo, fslot::NAME));
    object::init_slot(o, g::QUALNAME, slot(fo, fslot::QUALNAME));
    Ok(Value::from_obj(o))
}

fn state(gen: Value) -> i64 {
    slot(gen.obj(), g::STATE).as_int()
}

/// Sets the state of a generator this thread is running (or has just claimed).
fn set_state(gen: Value, s: i64) {
    // Release: the thread that claims it next sees the saved frame.
    std::sync::atomic::fence(std::sync::atomic::Ordering::Release);
    object::init_slot(gen.obj(), g::STATE, Value::int(s));
}

/// Moves the generator from state `from` to `to` if nobody else did first: how a thread
/// takes a generator to run it (two threads calling `next` on one generator at once must
/// not both run its frame; the loser gets "generator already executing").
fn claim(gen: Value, from: i64, to: i64) -> bool {
    let won = object::cas_slot(gen.obj(), g::STATE, Value::int(from), Value::int(to)).is_ok();
    if won {
        // Acquire: pairs with `set_state`'s fence in the thread that suspended it.
        std::sync::atomic::fence(std::sync::atomic::Ordering::Acquire);
    }
    won
}

/// The generator's name (`__name__`).
pub fn gen_name(gen: Value) -> Value {
    slot(gen.obj(), g::NAME)
}

/// The generator's qualified name.
pub fn gen_qualname(gen: Value) -> Value {
    slot(gen.obj(), g::QUALNAME)
}

/// Whether the generator is running now (`gi_running`).
pub fn is_running(gen: Value) -> bool {
    state(gen) == RUNNING
}

/// Whether the generator has finished.
pub fn is_finished(gen: Value) -> bool {
    state(gen) == FINISHED
}

/// The generator's code object.
pub fn gen_code(gen: Value) -> Value {
    slot(gen.obj(), g::CODE)
}

/// The line a suspended generator will resume at (for `gi_frame.f_lineno`).
pub fn gen_line(gen: Value) -> u32 {
    let cd = code_data(gen_code(gen));
    let ip = slot(gen.obj(), g::IP).as_int() as usize;
    cd.line_of(ip.saturating_sub(1))
}

/// The sub-iterator of a `yield from` in progress, if the generator is suspended in one.
fn yield_from_target(gen: Value) -> Value {
    if state(gen) != SUSPENDED {
        return Value::NULL;
    }
    let cd = code_data(gen_code(gen));
    let ip = slot(gen.obj(), g::IP).as_int() as usize;
    if ip >= 2 && op_of(cd.code[ip - 1]) == Op::YIELD_VALUE && op_of(cd.code[ip - 2]) == Op::SEND {
        let depth = slot(gen.obj(), g::DEPTH).as_int() as usize;
        let nfast = cd.nfast();
        return varvals_get(slot(gen.obj(), g::VALUES).obj(), nfast + depth - 1);
    }
    Value::NULL
}

enum How {
    Send(Value),
    Throw,
    /// Continue at `exit` of a `yield from` with this result on top (replacing the iterator).
    FinishYieldFrom(Value),
}

/// Resumes `gen`. The thrown exception, for `How::Throw`, is already set in the thread.
fn resume(cx: &mut Ctx, gen: Value, how: How) -> PyResult<SendResult> {
    let st = state(gen);
    if st == RUNNING {
        if let How::Throw = how {
            cx.take_exception();
        }
        return Err(exceptions::value_error(cx, "generator already executing"));
    }
    if st == FINISHED {
        if let How::Throw = how {
            return Err(crate::ctx::Raised);
        }
        return Err(exceptions::stop_iteration(cx, Value::NULL));
    }
    if st == CREATED {
        if let How::Send(v) = how {
            if v != none() {
                return Err(exceptions::type_error(
                    cx,
                    "can't send non-None value to a just-started generator",
                ));
            }
        }
    }
    let cd = code_data(gen_code(gen));
    let nfast = cd.nfast();
    let nvals = nfast + cd.max_stack as usize;
    let base = cx.frames().top_end();
    let end = base + nvals;
    if end >= STACK_SLOTS {
        if let How::Throw = how {
            cx.take_exception();
        }
        return Err(exceptions::raise_msg(
            cx,
            exceptions::RECURSION_ERROR.get(),
            "maximum recursion depth exceeded",
        ));
    }
    let depth_limit = cx.depth + 1;
    if depth_limit > recursion_limit() {
        if let How::Throw = how {
            cx.take_exception();
        }
        return Err(exceptions::raise_msg(
            cx,
            exceptions::RECURSION_ERROR.get(),
            "maximum recursion depth exceeded",
        ));
    }
    if !claim(gen, st, RUNNING) {
        // Another thread started, finished or closed it since we looked: look again.
        return resume(cx, gen, how);
    }
    let vals = slot(gen.obj(), g::VALUES).obj();
    let go = gen.obj();
    let ip = slot(go, g::IP).as_int() as u32;
    let depth = slot(go, g::DEPTH).as_int() as u32;
    // Only the locals and the live operand stack are saved; the rest of the frame starts
    // out NULL (stale values from earlier frames must not be scanned).
    let live = (nfast + depth as usize).min(nvals);
    {
        let cells = crate::interp::call::scells(cx, base, end);
        for (i, c) in cells[..live].iter().enumerate() {
            c.set(varvals_get(vals, i));
        }
        for c in &cells[live..] {
            c.set(Value::NULL);
        }
    }
    cx.frames().frames.push(Frame {
        base: base as u32,
        end: end as u32,
        ip,
        depth,
        code: slot(go, g::CODE),
        func: slot(go, g::FUNC),
        globals: slot(go, g::GLOBALS),
        builtins: slot(go, g::BUILTINS),
        locals: Value::NULL,
        gen,
    });
    cx.depth += 1;
    let r = match how {
        How::Send(v) => {
            if st == CREATED {
                run(cx, Resume::Start)
            } else {
                run(cx, Resume::Send { ip, depth, send: v })
            }
        }
        How::Throw => run(cx, Resume::Throw { ip, depth }),
        How::FinishYieldFrom(v) => {
            let send_ip = ip as usize - 2;
            let exit = arg_of(cd.code[send_ip]);
            run(
                cx,
                Resume::Send {
                    ip: exit,
                    depth: depth - 1,
                    send: v,
                },
            )
        }
    };
    cx.depth -= 1;
    let fr = cx.frames().frames.pop().expect("generator frame");
    let gen = fr.gen; // the record was kept current by the collector
    let go = gen.obj();
    match r {
        Ok(Exit::Yield(v)) => {
            let vals = slot(go, g::VALUES).obj();
            let live = (nfast + fr.depth as usize).min(nvals);
            let cells = crate::interp::call::scells(cx, base, base + live);
            for (i, c) in cells.iter().enumerate() {
                varvals_init(vals, i, c.get());
            }
            cx.m.write_barrier(vals);
            object::init_slot(go, g::IP, Value::int(fr.ip as i64));
            object::init_slot(go, g::DEPTH, Value::int(fr.depth as i64));
            set_state(gen, SUSPENDED);
            Ok(SendResult::Yielded(v))
        }
        Ok(Exit::Return(v)) => {
            finish(cx, gen);
            Ok(SendResult::Returned(v))
        }
        Err(e) => {
            finish(cx, gen);
            let exc = cx.exception();
            if !exc.is_null() && exc_matches(exc, exceptions::STOP_ITERATION.get()) {
                // PEP 479.
                let h = cx.root(exc);
                cx.take_exception();
                let kind = if type_of(gen) == COROUTINE_TYPE.get() {
                    "coroutine"
                } else {
                    "generator"
                };
                let r = raise_msg(
                    cx,
                    exceptions::RUNTIME_ERROR.get(),
                    &format!("{kind} raised StopIteration"),
                );
                let new = cx.exception();
                let old = cx.get(h);
                cx.pop_handles(HandleMark::from_handle(h));
                cx.set_slot(new.obj(), exceptions::eslot::CAUSE, old);
                cx.set_slot(new.obj(), exceptions::eslot::CONTEXT, old);
                cx.set_slot(
                    new.obj(),
                    exceptions::eslot::SUPPRESS,
                    crate::runtime::py_bool(true),
                );
                return Err(r);
            }
            Err(e)
        }
    }
}

fn finish(cx: &mut Ctx, gen: Value) {
    set_state(gen, FINISHED);
    // Drop the frame's values so the finished generator keeps nothing alive.
    let _ = cx;
    let vals = slot(gen.obj(), g::VALUES).obj();
    for i in 0..object::varvals_len(vals) {
        varvals_init(vals, i, Value::NULL);
    }
}

/// `gen.send(v)`: what it yielded, or StopIteration when it returns.
pub fn gen_send(cx: &mut Ctx, gen: Value, v: Value) -> PyResult<Value> {
    match resume(cx, gen, How::Send(v))? {
        SendResult::Yielded(y) => Ok(y),
        SendResult::Returned(r) => Err(exceptions::stop_iteration(
            cx,
            if r == none() { Value::NULL } else { r },
        )),
    }
}

/// `next(gen)` for the interpreter: `None` when the generator returns.
pub fn gen_next(cx: &mut Ctx, gen: Value) -> PyResult<Option<Value>> {
    if state(gen) == FINISHED {
        return Ok(None);
    }
    match resume(cx, gen, How::Send(none()))? {
        SendResult::Yielded(y) => Ok(Some(y)),
        SendResult::Returned(r) => {
            if r != none() {
                // A value returned from a generator driven by next(): it is lost, as in
                // CPython's for loops.
            }
            Ok(None)
        }
    }
}

/// The SEND instruction: sends `v` into the iterator `it`.
pub fn send_to(cx: &mut Ctx, it: Value, v: Value) -> PyResult<SendResult> {
    if is_generator(it) {
        return resume(cx, it, How::Send(v));
    }
    let r = if v == none() {
        crate::ops::iter::next_raw(cx, it)
    } else {
        attr::call_method(cx, it, names::SEND.get(), &[v])
    };
    match r {
        Ok(y) => Ok(SendResult::Yielded(y)),
        Err(e) => {
            let exc = cx.exception();
            if !exc.is_null() && exc_matches(exc, exceptions::STOP_ITERATION.get()) {
                cx.take_exception();
                Ok(SendResult::Returned(stop_iteration_value(cx, exc)?))
            } else {
                Err(e)
            }
        }
    }
}

/// The `value` of a StopIteration (None if it has no args).
pub fn stop_iteration_value(cx: &mut Ctx, exc: Value) -> PyResult<Value> {
    let v = crate::objects::instance::get_attr(cx, exc, names::VALUE.get());
    if !v.is_null() {
        return Ok(v);
    }
    let args = exceptions::exc_args(exc);
    if crate::objects::tuple::tuple_len(args) > 0 {
        Ok(crate::objects::tuple::tuple_get(args, 0))
    } else {
        Ok(none())
    }
}

/// `gen.throw(exc)`: the exception (an instance) is raised at the `yield`.
pub fn gen_throw(cx: &mut Ctx, gen: Value, exc: Value) -> PyResult<Value> {
    let mark = cx.handle_mark();
    let hg = cx.root(gen);
    let he = cx.root(exc);
    let sub = yield_from_target(gen);
    if !sub.is_null() {
        let hs = cx.root(sub);
        let is_gen_exit = exc_matches(exc, exceptions::GENERATOR_EXIT.get());
        let r = if is_gen_exit {
            // Close the sub-iterator, then raise GeneratorExit here.
            close_iter(cx, sub).map(|_| None)
        } else if is_generator(sub) {
            match gen_throw(cx, sub, exc) {
                Ok(y) => Ok(Some(y)),
                Err(e) => Err(e),
            }
        } else {
            let m = attr::getattr_opt(cx, sub, names::THROW.get())?;
            if m.is_null() {
                Ok(None)
            } else {
                let e = cx.get(he);
                crate::interp::call::call(cx, m, &[e]).map(Some)
            }
        };
        let _ = cx.get(hs);
        match r {
            Ok(Some(y)) => {
                cx.pop_handles(mark);
                return Ok(y);
            }
            Ok(None) => {}
            Err(err) => {
                let e2 = cx.exception();
                if !e2.is_null() && exc_matches(e2, exceptions::STOP_ITERATION.get()) {
                    cx.take_exception();
                    let v = stop_iteration_value(cx, e2)?;
                    let gen = cx.get(hg);
                    cx.pop_handles(mark);
                    return match resume(cx, gen, How::FinishYieldFrom(v))? {
                        SendResult::Yielded(y) => Ok(y),
                        SendResult::Returned(r) => Err(exceptions::stop_iteration(
                            cx,
                            if r == none() { Value::NULL } else { r },
                        )),
                    };
                }
                // Throw the sub-iterator's exception into this generator.
                let gen = cx.get(hg);
                cx.pop_handles(mark);
                let _ = err;
                return match resume(cx, gen, How::Throw)? {
                    SendResult::Yielded(y) => Ok(y),
                    SendResult::Returned(r) => Err(exceptions::stop_iteration(
                        cx,
                        if r == none() { Value::NULL } else { r },
                    )),
                };
            }
        }
    }
    let (gen, exc) = (cx.get(hg), cx.get(he));
    cx.pop_handles(mark);
    if state(gen) == CREATED && claim(gen, CREATED, FINISHED) {
        // Throwing into a just-created generator raises at its start without running it.
        return Err(exceptions::raise_value(cx, exc));
    }
    exceptions::raise_value(cx, exc);
    match resume(cx, gen, How::Throw)? {
        SendResult::Yielded(y) => Ok(y),
        SendResult::Returned(r) => Err(exceptions::stop_iteration(
            cx,
            if r == none() { Value::NULL } else { r },
        )),
    }
}

fn close_iter(cx: &mut Ctx, it: Value) -> PyResult<()> {
    if is_generator(it) {
        return gen_close(cx, it);
    }
    let m = attr::getattr_opt(cx, it, names::CLOSE.get())?;
    if !m.is_null() {
        crate::interp::call::call(cx, m, &[])?;
    }
    Ok(())
}

/// `gen.close()`.
pub fn gen_close(cx: &mut Ctx, gen: Value) -> PyResult<()> {
    let st = state(gen);
    if st == FINISHED || (st == CREATED && claim(gen, CREATED, FINISHED)) {
        return Ok(());
    }
    let h = cx.root(gen);
    let exc = exceptions::new_exception(cx, exceptions::GENERATOR_EXIT.get(), &[])?;
    let gen = cx.get(h);
    cx.pop_handles(HandleMark::from_handle(h));
    match gen_throw(cx, gen, exc) {
        Ok(_) => Err(raise_msg(
            cx,
            exceptions::RUNTIME_ERROR.get(),
            "generator ignored GeneratorExit",
        )),
        Err(e) => {
            let x = cx.exception();
            if !x.is_null()
                && (exc_matches(x, exceptions::GENERATOR_EXIT.get())
                    || exc_matches(x, exceptions::STOP_ITERATION.get()))
            {
                cx.take_exception();
                Ok(())
            } else {
                Err(e)
            }
        }
    }
}
