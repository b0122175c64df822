//! `Ctx`: one thread's execution context, passed as `&mut Ctx` to everything that allocates,
//! runs Python code, or raises.
//!
//! It owns the thread's [`Mutator`] (allocation, write barrier, safepoints) and its
//! [`ThreadRoots`]. The roots live behind a raw pointer rather than a `Box` because the
//! collector rewrites them while this thread is stopped; no Rust reference into them is held
//! across a safepoint (every accessor below borrows `self` only briefly).
//!
//! **Rooting rule** (DESIGN.md §3): a raw [`Value`] is valid until the next safepoint. Any
//! call that may run Python code, block, or poll may reach one; Rust code that needs a value
//! after such a call keeps it in a [`Handle`] (or re-reads it from a frame or object).

use crate::binding::{ThreadRoots, VmBinding};
use crate::object::{self, kind, NativePayload};
use crate::runtime;
use crate::value::Value;
use krait_gc::{AllocError, CollectionKind, Mutator, ObjectRef};

/// Marker for "a Python exception was raised"; the exception itself is in the thread's
/// roots (`Ctx::exception`), where the collector can update it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Raised;

/// Result of anything that may raise a Python exception.
pub type PyResult<T> = Result<T, Raised>;

/// A rooted value: an index into the thread's handle stack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Handle(u32);

/// A position in the handle stack, to pop back to.
#[derive(Clone, Copy, Debug)]
pub struct HandleMark(usize);

impl HandleMark {
    /// The mark just below `h` (popping to it pops `h` and everything after it).
    pub fn from_handle(h: Handle) -> HandleMark {
        HandleMark(h.0 as usize)
    }
}

/// One thread's context.
///
/// Field order matters: `m` is dropped first (deregistering the thread, so no collector
/// reads its roots any more), then `roots` frees them.
pub struct Ctx {
    /// Allocation, barrier and safepoints.
    pub m: Mutator<VmBinding>,
    roots: RootsBox,
    /// Python frames on this thread (for the recursion limit).
    pub depth: u32,
    /// Nested native recursions (repr of nested containers, comparisons...).
    pub native_depth: u32,
}

/// Owns the thread's roots; frees them when dropped.
struct RootsBox(*mut ThreadRoots);

impl Drop for RootsBox {
    fn drop(&mut self) {
        // SAFETY: the pointer came from `Box::into_raw` in `Ctx::new`, and the mutator
        // (dropped before this field) has deregistered the thread, so nothing else uses it.
        drop(unsafe { Box::from_raw(self.0) });
    }
}

// SAFETY: a `Ctx` may be created on one thread and moved to the thread that runs it; it is
// never shared (`&Ctx` is not handed to other threads), and the roots pointer is owned.
unsafe impl Send for Ctx {}

impl Ctx {
    /// Registers the calling thread with the runtime's heap (which must be initialized).
    pub fn new() -> Ctx {
        Ctx::with_heap(runtime::heap())
    }

    /// Registers the calling thread with `heap` (bootstrap uses this before the runtime's
    /// heap is published).
    pub(crate) fn with_heap(heap: &std::sync::Arc<krait_gc::Heap<VmBinding>>) -> Ctx {
        let mut m = Mutator::new(heap);
        if !krait_threads::objlock::is_bound() {
            // The first context on this OS thread runs here; a context made for another
            // thread is bound by that thread when it starts.
            m.thread().bind_current();
        }
        let roots = Box::into_raw(Box::default());
        // SAFETY: `roots` stays valid until `Drop`, which drops the mutator (deregistering
        // the thread) before freeing it; it is only accessed at safepoints by the collector.
        unsafe { m.set_roots(roots) };
        Ctx {
            m,
            roots: RootsBox(roots),
            depth: 0,
            native_depth: 0,
        }
    }

    #[inline(always)]
    fn roots(&mut self) -> &mut ThreadRoots {
        // SAFETY: owned by this context; the collector touches it only while this thread is
        // stopped or parked, which cannot happen during this short borrow (reaching a
        // safepoint needs `&mut self`).
        unsafe { &mut *self.roots.0 }
    }

    // --- Handles ------------------------------------------------------------------------

    /// Roots `v` until the handle stack is popped below it.
    #[inline]
    pub fn root(&mut self, v: Value) -> Handle {
        let h = &mut self.roots().handles;
        h.push(v);
        Handle((h.len() - 1) as u32)
    }

    /// The current value of a handle.
    #[inline]
    pub fn get(&mut self, h: Handle) -> Value {
        self.roots().handles[h.0 as usize]
    }

    /// Replaces the value of a handle.
    #[inline]
    pub fn set(&mut self, h: Handle, v: Value) {
        self.roots().handles[h.0 as usize] = v;
    }

    /// The current top of the handle stack.
    #[inline]
    pub fn handle_mark(&mut self) -> HandleMark {
        HandleMark(self.roots().handles.len())
    }

    /// Pops every handle made since `m`.
    #[inline]
    pub fn pop_handles(&mut self, m: HandleMark) {
        self.roots().handles.truncate(m.0);
    }

    // --- Exceptions ---------------------------------------------------------------------

    /// The exception being raised (NULL if none).
    pub fn exception(&mut self) -> Value {
        self.roots().exc
    }

    /// Sets the exception being raised and returns the marker to propagate.
    pub fn set_exception(&mut self, exc: Value) -> Raised {
        self.roots().exc = exc;
        Raised
    }

    /// Takes the exception being raised, leaving none.
    pub fn take_exception(&mut self) -> Value {
        std::mem::replace(&mut self.roots().exc, Value::NULL)
    }

    /// The exception being handled (`sys.exc_info()[1]`), or NULL.
    pub fn handled_exception(&mut self) -> Value {
        self.roots().handled
    }

    /// Replaces the exception being handled; returns the previous one.
    pub fn set_handled_exception(&mut self, v: Value) -> Value {
        std::mem::replace(&mut self.roots().handled, v)
    }

    /// The interpreter's frames and value stack.
    #[inline(always)]
    pub fn frames(&mut self) -> &mut crate::interp::frame::Frames {
        &mut self.roots().frames
    }

    /// Objects whose `repr` is being computed (to print `[...]` for cycles).
    pub fn repr_stack(&mut self) -> &mut Vec<Value> {
        &mut self.roots().repr_stack
    }

    /// Per-thread values kept alive (see `ThreadRoots::misc`).
    pub fn misc_roots(&mut self) -> &mut Vec<Value> {
        &mut self.roots().misc
    }

    /// Turns an allocation failure into a raised `MemoryError`.
    #[cold]
    pub fn memory_error(&mut self, _e: AllocError) -> Raised {
        let exc = runtime::MEMORY_ERROR.get();
        self.set_exception(exc)
    }

    // --- Allocation ---------------------------------------------------------------------

    /// A FIXED object of type `ty` with `n` slots, all NULL.
    #[inline]
    pub fn alloc_fixed(&mut self, ty: Value, n: usize) -> PyResult<ObjectRef> {
        let aux = u16::try_from(n).expect("FIXED objects have at most 65535 slots");
        let o = self
            .m
            .alloc(16 + 8 * n, object::header(ty, kind::FIXED, aux))
            .map_err(|e| self.memory_error(e))?;
        for i in 0..n {
            object::init_slot(o, i, Value::NULL);
        }
        Ok(o)
    }

    /// A RAW object of type `ty` with `n` zeroed words.
    #[inline]
    pub fn alloc_raw(&mut self, ty: Value, n: usize) -> PyResult<ObjectRef> {
        let aux = u16::try_from(n).expect("RAW objects have at most 65535 words");
        let o = self
            .m
            .alloc(16 + 8 * n, object::header(ty, kind::RAW, aux))
            .map_err(|e| self.memory_error(e))?;
        for i in 0..n {
            object::set_raw_word(o, i, 0);
        }
        Ok(o)
    }

    /// A VARVALS object of type `ty` with `len` items, all NULL.
    pub fn alloc_varvals(&mut self, ty: Value, len: usize) -> PyResult<ObjectRef> {
        let size = len
            .checked_mul(8)
            .and_then(|b| b.checked_add(24))
            .ok_or(AllocError::InvalidSize(usize::MAX))
            .map_err(|e| self.memory_error(e))?;
        let o = self
            .m
            .alloc(size, object::header(ty, kind::VARVALS, 0))
            .map_err(|e| self.memory_error(e))?;
        object::set_raw_word(o, 0, len as u64);
        for i in 0..len {
            object::varvals_init(o, i, Value::NULL);
        }
        Ok(o)
    }

    /// A VARRAW object of type `ty` with `nbytes` zeroed payload bytes.
    pub fn alloc_varraw(&mut self, ty: Value, nbytes: usize) -> PyResult<ObjectRef> {
        let size = nbytes
            .checked_add(24 + 7)
            .ok_or(AllocError::InvalidSize(usize::MAX))
            .map_err(|e| self.memory_error(e))?;
        let o = self
            .m
            .alloc(size & !7, object::header(ty, kind::VARRAW, 0))
            .map_err(|e| self.memory_error(e))?;
        object::set_raw_word(o, 0, nbytes as u64);
        object::varraw_bytes_mut(o).fill(0);
        Ok(o)
    }

    /// [`Ctx::alloc_varraw`] without zeroing the payload, for callers that write every
    /// byte they will ever read (the bytes are whatever the memory held, never uninitialized
    /// from the machine's point of view: nursery and old memory is mapped and written).
    pub fn alloc_varraw_unzeroed(&mut self, ty: Value, nbytes: usize) -> PyResult<ObjectRef> {
        let size = nbytes
            .checked_add(24 + 7)
            .ok_or(AllocError::InvalidSize(usize::MAX))
            .map_err(|e| self.memory_error(e))?;
        let o = self
            .m
            .alloc(size & !7, object::header(ty, kind::VARRAW, 0))
            .map_err(|e| self.memory_error(e))?;
        object::set_raw_word(o, 0, nbytes as u64);
        Ok(o)
    }

    /// A NATIVE object of type `ty` owning `payload`, with `aux` NULL value slots. Its
    /// payload is dropped when it dies.
    pub fn alloc_native<T: NativePayload>(
        &mut self,
        ty: Value,
        payload: T,
        aux: usize,
    ) -> PyResult<ObjectRef> {
        let o = self.alloc_native_in(ty, payload, aux, false)?;
        self.m.register_finalizer(o);
        Ok(o)
    }

    /// A NATIVE object allocated as immortal (built-in types); its payload is never dropped.
    pub fn alloc_native_immortal<T: NativePayload>(
        &mut self,
        ty: Value,
        payload: T,
        aux: usize,
    ) -> PyResult<ObjectRef> {
        self.alloc_native_in(ty, payload, aux, true)
    }

    fn alloc_native_in<T: NativePayload>(
        &mut self,
        ty: Value,
        payload: T,
        aux: usize,
        immortal: bool,
    ) -> PyResult<ObjectRef> {
        let aux16 = u16::try_from(aux).expect("NATIVE objects have at most 65535 slots");
        let size = object::native_size(aux);
        let h = object::header(ty, kind::NATIVE, aux16);
        let r = if immortal {
            self.m.alloc_immortal(size, h)
        } else {
            self.m.alloc(size, h)
        };
        let o = r.map_err(|e| self.memory_error(e))?;
        object::native_init(o, Box::new(payload));
        for i in 0..aux {
            object::init_slot(o, object::NATIVE_SLOT0 + i, Value::NULL);
        }
        Ok(o)
    }

    /// A FIXED object in the immortal space (bootstrap and interned objects).
    pub fn alloc_fixed_immortal(&mut self, ty: Value, n: usize) -> PyResult<ObjectRef> {
        let aux = u16::try_from(n).expect("FIXED objects have at most 65535 slots");
        let o = self
            .m
            .alloc_immortal(16 + 8 * n, object::header(ty, kind::FIXED, aux))
            .map_err(|e| self.memory_error(e))?;
        for i in 0..n {
            object::init_slot(o, i, Value::NULL);
        }
        Ok(o)
    }

    // --- Stores -------------------------------------------------------------------------

    /// Stores `v` in slot `i` of `o`, with the write barrier.
    #[inline(always)]
    pub fn set_slot(&mut self, o: ObjectRef, i: usize, v: Value) {
        object::init_slot(o, i, v);
        self.m.write_barrier(o);
    }

    /// Stores `v` as item `i` of the VARVALS object `o`, with the write barrier.
    #[inline(always)]
    pub fn set_item(&mut self, o: ObjectRef, i: usize, v: Value) {
        object::varvals_init(o, i, v);
        self.m.write_barrier(o);
    }

    // --- Safepoints ---------------------------------------------------------------------

    /// A safepoint poll. Every value the caller still needs must be rooted.
    #[inline(always)]
    pub fn poll(&mut self) {
        self.m.safepoint_poll();
    }

    /// Runs a collection now (`gc.collect()`). Every value the caller needs must be rooted.
    pub fn collect(&mut self, major: bool) {
        self.m.collect(if major {
            CollectionKind::Major
        } else {
            CollectionKind::Minor
        });
    }

    /// `id()`: a stable identity for `v`.
    pub fn identity(&mut self, v: Value) -> PyResult<u64> {
        if !v.is_ref() {
            return Ok(v.bits());
        }
        self.m
            .identity(v.obj())
            .map(|a| a as u64)
            .map_err(|e| self.memory_error(e))
    }
}

impl Default for Ctx {
    fn default() -> Self {
        Ctx::new()
    }
}
