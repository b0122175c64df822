//! Frames and the per-thread value stack.
//!
//! Every thread has one value stack, reserved once (lazily committed) and never moved, and a
//! vector of frame records. A Python frame occupies `[base, end)` of the stack:
//! `[fast locals: locals, cells, free variables][value stack: max_stack]`. Rust code that
//! calls Python pushes a "native" frame record covering the arguments it placed on the
//! stack, so they are rooted too.
//!
//! The collector scans the stack from 0 to the top frame's `end`, and each frame record's
//! value fields. Slots of a new frame are set to NULL before the frame becomes the top, so
//! every scanned slot holds NULL or a value that was valid at the last collection: values
//! above the interpreter's real stack pointer are stale but still valid, so the interpreter
//! never has to publish its stack pointer.

use crate::object::ValueCell;
use crate::value::Value;
use krait_gc::Tracer;

/// Slots in a thread's value stack (reserved, committed on use).
pub const STACK_SLOTS: usize = 1 << 24;

/// One frame record.
#[derive(Clone, Copy, Debug)]
pub struct Frame {
    /// First slot (fast locals start here).
    pub base: u32,
    /// One past the last slot this frame may use.
    pub end: u32,
    /// Last instruction started (for tracebacks and `f_lineno`); `u32::MAX` before any.
    /// For a suspended generator frame: the instruction to resume at.
    pub ip: u32,
    /// For a suspended generator frame: its operand stack depth.
    pub depth: u32,
    /// The code object (NULL for a native frame).
    pub code: Value,
    /// The function being run (NULL for module code and native frames).
    pub func: Value,
    /// Globals dict.
    pub globals: Value,
    /// Builtins dict.
    pub builtins: Value,
    /// Locals mapping for LOAD_NAME/STORE_NAME (module and class bodies, exec), or NULL.
    pub locals: Value,
    /// The generator this frame belongs to, or NULL.
    pub gen: Value,
}

impl Frame {
    /// A native frame record covering `[base, end)`.
    pub fn native(base: u32, end: u32) -> Frame {
        Frame {
            base,
            end,
            ip: u32::MAX,
            depth: 0,
            code: Value::NULL,
            func: Value::NULL,
            globals: Value::NULL,
            builtins: Value::NULL,
            locals: Value::NULL,
            gen: Value::NULL,
        }
    }

    fn trace<T: Tracer>(&mut self, t: &mut T) {
        self.code.trace(t);
        self.func.trace(t);
        self.globals.trace(t);
        self.builtins.trace(t);
        self.locals.trace(t);
        self.gen.trace(t);
    }
}

/// A thread's value stack: a fixed reservation of atomic value slots.
pub struct ValueStack {
    slots: Box<[ValueCell]>,
}

impl ValueStack {
    /// Reserves a stack. Zeroed memory is NULL values; the OS commits pages on first use.
    pub fn new() -> ValueStack {
        let v: Vec<u64> = vec![0; STACK_SLOTS];
        let mut v = std::mem::ManuallyDrop::new(v);
        let (ptr, len, cap) = (v.as_mut_ptr(), v.len(), v.capacity());
        debug_assert_eq!(len, cap);
        // SAFETY: `ValueCell` is a transparent `AtomicU64`, which has the size, alignment and
        // bit validity of `u64`; the vector's allocation is handed over whole (len == cap),
        // so the boxed slice frees it with the same layout.
        let slots = unsafe {
            Box::from_raw(std::ptr::slice_from_raw_parts_mut(
                ptr as *mut ValueCell,
                len,
            ))
        };
        ValueStack { slots }
    }

    /// The slot cells `[from, to)`.
    #[inline(always)]
    pub fn cells(&self, from: usize, to: usize) -> &[ValueCell] {
        &self.slots[from..to]
    }

    /// The address of slot `i` (for the interpreter's raw stack pointer).
    #[inline(always)]
    pub fn ptr(&self, i: usize) -> *const ValueCell {
        // Bounds are checked by callers against STACK_SLOTS before frames are pushed.
        self.slots[i..].as_ptr()
    }

    /// Sets `[from, to)` to NULL.
    pub fn clear(&self, from: usize, to: usize) {
        for c in &self.slots[from..to] {
            c.set(Value::NULL);
        }
    }

    /// Traces `[0, end)`.
    pub fn trace<T: Tracer>(&mut self, end: usize, t: &mut T) {
        for c in &self.slots[..end] {
            let mut v = c.get();
            if v.is_ref() {
                v.trace(t);
                c.set(v);
            }
        }
    }
}

impl Default for ValueStack {
    fn default() -> Self {
        ValueStack::new()
    }
}

/// The frames of one thread, and the scan of them.
#[derive(Default)]
pub struct Frames {
    /// The stack.
    pub stack: ValueStack,
    /// Frame records, innermost last.
    pub frames: Vec<Frame>,
}

impl Frames {
    /// One past the last slot in use by any frame.
    #[inline(always)]
    pub fn top_end(&self) -> usize {
        self.frames.last().map_or(0, |f| f.end as usize)
    }

    /// Visits every root.
    pub fn trace<T: Tracer>(&mut self, t: &mut T) {
        let end = self.top_end();
        self.stack.trace(end, t);
        for f in self.frames.iter_mut() {
            f.trace(t);
        }
    }
}

/// The innermost Python frame record (skipping native ones).
fn innermost(cx: &mut crate::ctx::Ctx, skip: usize) -> Option<Frame> {
    cx.frames()
        .frames
        .iter()
        .rev()
        .filter(|f| !f.code.is_null())
        .nth(skip)
        .copied()
}

/// The globals and the locals mapping (NULL for function frames) of the innermost Python
/// frame, as `globals()` and `exec()` see them.
pub fn caller_namespaces(cx: &mut crate::ctx::Ctx) -> (Value, Value) {
    match innermost(cx, 0) {
        Some(f) => (f.globals, f.locals),
        None => (crate::runtime::builtins_dict(), Value::NULL),
    }
}

/// `locals()`: the locals mapping, or for a function a new dict of its bound local
/// variables (cells included).
pub fn caller_locals(cx: &mut crate::ctx::Ctx) -> crate::ctx::PyResult<Value> {
    let Some(f) = innermost(cx, 0) else {
        return crate::objects::dict::new_dict(cx);
    };
    if !f.locals.is_null() {
        return Ok(f.locals);
    }
    frame_locals_dict(cx, &f)
}

fn frame_locals_dict(cx: &mut crate::ctx::Ctx, f: &Frame) -> crate::ctx::PyResult<Value> {
    use crate::objects::function::{cell_get, code_data};
    let d = crate::objects::dict::new_dict(cx)?;
    let h = cx.root(d);
    let cd = code_data(f.code);
    let names: Vec<Value> = cd
        .varnames
        .iter()
        .chain(cd.cellvars.iter())
        .chain(cd.freevars.iter())
        .map(|c| c.get())
        .collect();
    let nlocals = cd.varnames.len();
    for (i, name) in names.into_iter().enumerate() {
        let mut v = crate::interp::call::sget(cx, f.base as usize + i);
        if i >= nlocals && !v.is_null() {
            v = cell_get(v);
        }
        if !v.is_null() {
            let d = cx.get(h);
            crate::objects::dict::dict_set(cx, d, name, v)?;
        }
    }
    let d = cx.get(h);
    cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
    Ok(d)
}

/// `sys._getframe(depth)`: a frame object (with its `f_back` chain) for the Python frame
/// `depth` levels out from the innermost.
pub fn frame_object(cx: &mut crate::ctx::Ctx, depth: usize) -> crate::ctx::PyResult<Value> {
    let records: Vec<Frame> = cx
        .frames()
        .frames
        .iter()
        .rev()
        .filter(|f| !f.code.is_null())
        .skip(depth)
        .copied()
        .collect();
    if records.is_empty() {
        return Err(crate::objects::exceptions::value_error(
            cx,
            "call stack is not deep enough",
        ));
    }
    let mark = cx.handle_mark();
    let mut back = cx.root(crate::runtime::none());
    for f in records.iter().rev() {
        let locals = if f.locals.is_null() {
            frame_locals_dict(cx, f)?
        } else {
            f.locals
        };
        let hl = cx.root(locals);
        let o = cx.alloc_fixed(crate::objects::exceptions::FRAME_TYPE.get(), 5)?;
        let line = if f.ip == u32::MAX {
            crate::objects::function::code_data(f.code).firstlineno
        } else {
            crate::objects::function::code_data(f.code).line_of(f.ip as usize)
        };
        crate::object::init_slot(o, 0, f.code);
        crate::object::init_slot(o, 1, f.globals);
        crate::object::init_slot(o, 2, Value::int(line as i64));
        crate::object::init_slot(o, 3, cx.get(back));
        crate::object::init_slot(o, 4, cx.get(hl));
        back = cx.root(Value::from_obj(o));
    }
    let r = cx.get(back);
    cx.pop_handles(mark);
    Ok(r)
}
