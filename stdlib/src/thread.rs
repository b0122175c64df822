//! `_thread`: starting Python threads and the basic lock, the native half of `threading`
//! (`stdlib/lib/threading.py` builds everything else on these).
//!
//! **Starting a thread.** The new thread's context (`Ctx`, registered with the heap) is
//! made by the starting thread while it is parked, parked itself at once, and given the
//! function and its arguments in its own handle stack; the starting thread writes them
//! while it runs, so no pause can be reading that stack at the same time. The OS thread
//! then unparks and calls the function. A pause that starts in between does not wait for
//! the new thread, and updates the values in its handles like any other roots.
//!
//! **Locks** keep their state in Rust memory (the payload does not move with the object),
//! and a thread waiting for one is parked, so a blocked thread never delays a collection.
//! As in CPython, any thread may release a lock another thread acquired.

use crate::util;
use krait_vm::ctx::{Ctx, HandleMark, PyResult};
use krait_vm::native_table;
use krait_vm::object::{native_payload, NativePayload};
use krait_vm::objects::argparse::{self, Params};
use krait_vm::objects::dict::is_dict_like;
use krait_vm::objects::exceptions::{self, overflow_error, type_error, value_error};
use krait_vm::objects::function::{Args, NativeDef};
use krait_vm::objects::int::from_i64;
use krait_vm::objects::tuple::is_tuple;
use krait_vm::objects::typeobj::{type_name, type_of};
use krait_vm::runtime::{none, py_bool, Global};
use krait_vm::types_init::{layout, TypeSpec};
use krait_vm::value::Value;
use parking_lot::{Condvar, Mutex};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Registers `_thread`.
pub fn register() {
    krait_vm::ops::import::register_native("_thread", init);
}

/// `_thread.LockType`.
pub static LOCK_TYPE: Global = Global::new();

/// Threads started by `start_new_thread` and still running (`_thread._count()`).
static RUNNING: AtomicUsize = AtomicUsize::new(0);

/// Native stack of a new thread (as the main thread's: deep recursion must reach
/// `RecursionError`, not overflow); `stack_size()` may choose another. Only reserved
/// address space: pages are committed as the stack grows.
const DEFAULT_STACK: usize = 256 << 20;
/// The size `stack_size(n)` set (0: the default).
static STACK_SIZE: AtomicUsize = AtomicUsize::new(0);

/// Largest timeout accepted by `acquire` (`_thread.TIMEOUT_MAX`), in seconds.
const TIMEOUT_MAX: f64 = 9_223_372_036.0;

fn init(cx: &mut Ctx, m: Value) -> PyResult<()> {
    let h = cx.root(m);
    let m = cx.get(h);
    util::add_type(cx, m, &lock_spec(), "_thread", false)?;
    let m = cx.get(h);
    util::set_attr(cx, m, "LockType", LOCK_TYPE.get())?;
    let m = cx.get(h);
    util::add_functions(cx, m, FUNCTIONS)?;
    let m = cx.get(h);
    util::set_attr(cx, m, "error", exceptions::RUNTIME_ERROR.get())?;
    let tm = krait_vm::objects::float::new_float(cx, TIMEOUT_MAX)?;
    let m = cx.get(h);
    util::set_attr(cx, m, "TIMEOUT_MAX", tm)?;
    cx.pop_handles(HandleMark::from_handle(h));
    Ok(())
}

// --- Threads -----------------------------------------------------------------------------

/// `start_new_thread(function, args, kwargs=None)`: runs `function(*args, **kwargs)` in a
/// new thread and returns its identifier.
fn start_new_thread(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    util::no_kw(cx, &a, "start_new_thread")?;
    if !(2..=3).contains(&a.len()) {
        let msg = format!(
            "start_new_thread expected at {} 2 arguments, got {}",
            if a.len() < 2 { "least" } else { "most" },
            a.len().min(3)
        );
        return Err(type_error(cx, &msg));
    }
    if !krait_vm::builtins::functions::is_callable(cx, a.get(0)) {
        return Err(type_error(cx, "first arg must be callable"));
    }
    if !is_tuple(a.get(1)) {
        return Err(type_error(cx, "2nd arg must be a tuple"));
    }
    let kwargs = if a.len() == 3 { a.get(2) } else { Value::NULL };
    if !kwargs.is_null() && !is_dict_like(kwargs) {
        return Err(type_error(cx, "optional 3rd arg must be a dictionary"));
    }
    // The new context registers with the heap, which may wait for a pause: do it parked.
    let mut child = cx.m.parked(|| {
        let mut c = Ctx::new();
        c.m.park();
        c
    });
    // The arguments are re-read after the park (a pause may have moved them). `child` is
    // parked, and no pause can run while this thread runs without reaching a safepoint,
    // so writing its handle stack here does not race with a collector.
    let hf = child.root(a.get(0));
    let ha = child.root(a.get(1));
    let hk = child.root(if a.len() == 3 { a.get(2) } else { Value::NULL });
    let ident = child.m.thread().id().0 as i64;
    let stack = match STACK_SIZE.load(Ordering::Relaxed) {
        0 => DEFAULT_STACK,
        n => n,
    };
    RUNNING.fetch_add(1, Ordering::Relaxed);
    let spawned = std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || {
            // Object locks taken on this OS thread act for the child from here on.
            child.m.thread().bind_current();
            child.m.unpark();
            run_thread(&mut child, hf, ha, hk);
            RUNNING.fetch_sub(1, Ordering::Relaxed);
            // Dropping the context parks and deregisters the thread.
        });
    if spawned.is_err() {
        RUNNING.fetch_sub(1, Ordering::Relaxed);
        return Err(exceptions::raise_msg(
            cx,
            exceptions::RUNTIME_ERROR.get(),
            "can't start new thread",
        ));
    }
    from_i64(cx, ident)
}

/// The body of a new thread: the call, and CPython's report of an exception it raised
/// (`SystemExit` ends the thread silently).
fn run_thread(
    cx: &mut Ctx,
    hf: krait_vm::ctx::Handle,
    ha: krait_vm::ctx::Handle,
    hk: krait_vm::ctx::Handle,
) {
    let (f, args, kwargs) = (cx.get(hf), cx.get(ha), cx.get(hk));
    let r = krait_vm::ops::construct::call_ex(cx, f, Value::NULL, args, kwargs);
    if r.is_ok() {
        return;
    }
    let exc = cx.take_exception();
    if exc.is_null() || exceptions::exc_matches(exc, exceptions::SYSTEM_EXIT.get()) {
        return;
    }
    let he = cx.root(exc);
    krait_vm::objects::file::flush_all(cx);
    let f = cx.get(hf);
    let what = match krait_vm::ops::repr::repr_string(cx, f) {
        Ok(s) => s,
        Err(_) => {
            cx.take_exception();
            "<object>".to_owned()
        }
    };
    let _ = krait_vm::builtins::io::write_stderr(
        cx,
        &format!("Exception ignored in thread started by: {what}\n"),
    );
    let exc = cx.get(he);
    if krait_vm::traceback::print_exception(cx, exc).is_err() {
        cx.take_exception();
    }
}

/// `get_ident()`: the calling thread's identifier (what `start_new_thread` returned).
fn get_ident(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    util::positional(cx, &a, "get_ident", "get_ident", 0, 0)?;
    let id = cx.m.thread().id().0 as i64;
    from_i64(cx, id)
}

/// `get_native_id()`: the operating system's id of the calling thread.
fn get_native_id(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    util::positional(cx, &a, "get_native_id", "get_native_id", 0, 0)?;
    from_i64(cx, krait_vm::os_time::native_thread_id() as i64)
}

/// `_count()`: threads started by `start_new_thread` that have not finished.
fn count(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    util::positional(cx, &a, "_count", "_count", 0, 0)?;
    Ok(Value::int(RUNNING.load(Ordering::Relaxed) as i64))
}

/// `stack_size([size])`: the stack size of threads started from now on (0: the default);
/// returns the previous setting.
fn stack_size(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    util::positional(cx, &a, "stack_size", "stack_size", 0, 1)?;
    let old = STACK_SIZE.load(Ordering::Relaxed);
    if a.len() == 1 {
        let n = match krait_vm::objects::int::int_value(a.get(0))
            .and_then(krait_vm::objects::int::to_i64)
        {
            Some(n) => n,
            None => {
                let msg = format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(type_of(a.get(0)))
                );
                return Err(type_error(cx, &msg));
            }
        };
        if n != 0 && n < 32768 {
            return Err(value_error(cx, "size not valid: 32768 bytes"));
        }
        if n < 0 {
            return Err(value_error(cx, "size must be 0 or a positive value"));
        }
        STACK_SIZE.store(n as usize, Ordering::Relaxed);
    }
    Ok(Value::int(old as i64))
}

fn allocate_lock(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    util::positional(cx, &a, "allocate_lock", "allocate_lock", 0, 0)?;
    new_lock(cx)
}

static FUNCTIONS: &[NativeDef] = native_table![
    Function "start_new_thread" => start_new_thread,
    Function "start_new" => start_new_thread,
    Function "get_ident" => get_ident,
    Function "get_native_id" => get_native_id,
    Function "_count" => count,
    Function "stack_size" => stack_size,
    Function "allocate_lock" => allocate_lock,
    Function "allocate" => allocate_lock,
];

// --- Locks -------------------------------------------------------------------------------

/// A lock's state, shared with threads waiting for it.
#[derive(Default)]
struct LockState {
    locked: Mutex<bool>,
    released: Condvar,
}

/// The payload of a lock object.
struct LockPayload(Arc<LockState>);

impl krait_vm::object::Trace for LockPayload {
    fn trace(&self, _t: &mut dyn krait_vm::object::Tracer) {}
}

impl NativePayload for LockPayload {
    const NAME: &'static str = "lock";
}

fn lock_spec() -> TypeSpec {
    TypeSpec {
        global: &LOCK_TYPE,
        name: "_thread.lock",
        base: None,
        layout: layout(krait_vm::object::kind::NATIVE, 0, false),
        flags: 0,
        methods: LOCK_METHODS,
        getsets: &[],
    }
}

fn new_lock(cx: &mut Ctx) -> PyResult<Value> {
    let o = cx.alloc_native(LOCK_TYPE.get(), LockPayload(Arc::default()), 0)?;
    Ok(Value::from_obj(o))
}

fn state(cx: &mut Ctx, v: Value, method: &str) -> PyResult<Arc<LockState>> {
    if v.is_ref() && type_of(v) == LOCK_TYPE.get() {
        return Ok(native_payload::<LockPayload>(v.obj()).0.clone());
    }
    let msg = format!(
        "descriptor '{method}' for '_thread.lock' objects doesn't apply to a '{}' object",
        type_name(type_of(v))
    );
    Err(type_error(cx, &msg))
}

static ACQUIRE: Params = Params {
    fname: "acquire",
    names: &["blocking", "timeout"],
    posonly: 0,
    required: 0,
};

/// `lock.acquire(blocking=True, timeout=-1)`.
fn lock_acquire(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let st = state(cx, a.get(0), "acquire")?;
    let [blocking, timeout] = argparse::parse(cx, &a, 1, &ACQUIRE)?;
    let blocking = if blocking.is_null() {
        true
    } else {
        krait_vm::ops::compare::truthy(cx, blocking)?
    };
    let timeout = if timeout.is_null() {
        -1.0
    } else {
        match krait_vm::objects::float::float_value(timeout) {
            Some(f) => f,
            None => crate::time::timeout_ns(cx, timeout)? as f64 / 1e9,
        }
    };
    if !blocking && timeout != -1.0 {
        return Err(value_error(
            cx,
            "can't specify a timeout for a non-blocking call",
        ));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(value_error(cx, "timeout value must be positive"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(overflow_error(cx, "timeout value is too large"));
    }
    let wait = if !blocking {
        Some(Duration::ZERO)
    } else if timeout == -1.0 {
        None
    } else {
        Some(Duration::from_secs_f64(timeout))
    };
    Ok(py_bool(acquire(cx, &st, wait)))
}

/// How many times a contended `acquire` retries before it sleeps.
const SPINS: u32 = 200;

/// Takes the lock, waiting (parked) at most `wait` (`None`: for ever).
fn acquire(cx: &mut Ctx, st: &LockState, wait: Option<Duration>) -> bool {
    {
        let mut g = st.locked.lock();
        if !*g {
            *g = true;
            return true;
        }
    }
    if wait == Some(Duration::ZERO) {
        return false;
    }
    // Locks guarding short critical sections are usually free again within a few hundred
    // nanoseconds: try for a while before sleeping, which costs two context switches. The
    // thread is not parked meanwhile, so this delays a pause by at most the spin.
    for _ in 0..SPINS {
        std::hint::spin_loop();
        if let Some(mut g) = st.locked.try_lock() {
            if !*g {
                *g = true;
                return true;
            }
        }
    }
    let deadline = wait.map(|d| Instant::now() + d);
    cx.m.parked(|| {
        let mut g = st.locked.lock();
        while *g {
            match deadline {
                None => st.released.wait(&mut g),
                Some(t) => {
                    if st.released.wait_until(&mut g, t).timed_out() && *g {
                        return false;
                    }
                }
            }
        }
        *g = true;
        true
    })
}

/// `lock.release()`.
fn lock_release(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    util::positional(cx, &a.shift(), "release", "release", 0, 0)?;
    let st = state(cx, a.get(0), "release")?;
    release(cx, &st)
}

/// Releases the lock, waking one waiter; RuntimeError if it was not held.
fn release(cx: &mut Ctx, st: &LockState) -> PyResult<Value> {
    let mut g = st.locked.lock();
    if !*g {
        drop(g);
        return Err(exceptions::raise_msg(
            cx,
            exceptions::RUNTIME_ERROR.get(),
            "release unlocked lock",
        ));
    }
    *g = false;
    drop(g);
    st.released.notify_one();
    Ok(none())
}

/// `lock.locked()`.
fn lock_locked(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    util::positional(cx, &a.shift(), "locked", "locked", 0, 0)?;
    let st = state(cx, a.get(0), "locked")?;
    let l = *st.locked.lock();
    Ok(py_bool(l))
}

/// `lock.__exit__(*exc)`: releases.
fn lock_exit(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let st = state(cx, a.get(0), "__exit__")?;
    release(cx, &st)
}

/// `repr(lock)`: `<unlocked _thread.lock object at 0x...>`.
fn lock_repr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = a.get(0);
    let st = state(cx, v, "__repr__")?;
    let locked = *st.locked.lock();
    let id = cx.identity(v)?;
    let s = format!(
        "<{} _thread.lock object at {:#x}>",
        if locked { "locked" } else { "unlocked" },
        id
    );
    krait_vm::objects::str::new_str(cx, &s)
}

static LOCK_METHODS: &[NativeDef] = native_table![
    Method "acquire" => lock_acquire,
    Method "acquire_lock" => lock_acquire,
    Method "__enter__" => lock_acquire,
    Method "release" => lock_release,
    Method "release_lock" => lock_release,
    Method "__exit__" => lock_exit,
    Method "locked" => lock_locked,
    Method "locked_lock" => lock_locked,
    Method "__repr__" => lock_repr,
];
