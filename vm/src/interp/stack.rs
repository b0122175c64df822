//! Raw access to a frame's slots, for the interpreter loop: the operand stack pointer
//! ([`Sp`]) and the fast locals ([`Fast`]). This is where the loop's unsafe code lives.
//!
//! Invariant, established when a frame is pushed (`call.rs`): the frame's slots
//! `[base, base + nfast + max_stack)` lie inside the thread's value stack, which never
//! moves while the thread runs; the compiler's `max_stack` bounds every push (checked in
//! debug builds).

use crate::object::ValueCell;
use crate::value::Value;

/// The operand stack pointer (points at the next free slot).
#[derive(Clone, Copy)]
pub struct Sp {
    p: *const ValueCell,
    #[cfg(debug_assertions)]
    lo: *const ValueCell,
    #[cfg(debug_assertions)]
    hi: *const ValueCell,
}

impl Sp {
    /// A stack pointer at `p`, allowed to move within `[lo, hi]`.
    pub fn new(p: *const ValueCell, lo: *const ValueCell, hi: *const ValueCell) -> Sp {
        let _ = (lo, hi);
        Sp {
            p,
            #[cfg(debug_assertions)]
            lo,
            #[cfg(debug_assertions)]
            hi,
        }
    }

    #[inline(always)]
    fn check(&self) {
        #[cfg(debug_assertions)]
        assert!(
            self.p >= self.lo && self.p <= self.hi,
            "operand stack out of bounds"
        );
    }

    /// The address of the next free slot.
    #[inline(always)]
    pub fn ptr(&self) -> *const ValueCell {
        self.p
    }

    /// Pushes `v`.
    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        // SAFETY: see the module invariant; `check` verifies the bound in debug builds.
        unsafe {
            (*self.p).set(v);
            self.p = self.p.add(1);
        }
        self.check();
    }

    /// Pops the top value. The slot keeps its (still scanned) value until overwritten.
    #[inline(always)]
    pub fn pop(&mut self) -> Value {
        // SAFETY: as for `push`; the compiler's stack-effect analysis guarantees the stack
        // is not empty here.
        unsafe {
            self.p = self.p.sub(1);
            self.check();
            (*self.p).get()
        }
    }

    /// The `n`-th value from the top (1 = top).
    #[inline(always)]
    pub fn peek(&self, n: usize) -> Value {
        // SAFETY: as for `pop`; the compiler guarantees `n` items are on the stack.
        unsafe { (*self.p.sub(n)).get() }
    }

    /// Replaces the `n`-th value from the top.
    #[inline(always)]
    pub fn set(&self, n: usize, v: Value) {
        // SAFETY: as for `peek`.
        unsafe { (*self.p.sub(n)).set(v) }
    }

    /// Counts `n` values written directly above the top (by `unpack`) as pushed.
    #[inline(always)]
    pub fn advance(&mut self, n: usize) {
        // SAFETY: as for `push`: the compiler's stack effect covers these `n` items.
        self.p = unsafe { self.p.add(n) };
        self.check();
    }

    /// Drops `n` values.
    #[inline(always)]
    pub fn drop_n(&mut self, n: usize) {
        // SAFETY: as for `pop`.
        self.p = unsafe { self.p.sub(n) };
        self.check();
    }

    /// The cells of the top `n` values, bottom first.
    #[inline(always)]
    pub fn top_cells(&self, n: usize) -> &'static [ValueCell] {
        // SAFETY: as for `peek`; the cells are atomics in the never-moving value stack.
        unsafe { std::slice::from_raw_parts(self.p.sub(n), n) }
    }

    /// Distance in slots from `base` (a slot address of the same stack).
    #[inline(always)]
    pub fn offset_from(&self, base: *const ValueCell) -> usize {
        (self.p as usize - base as usize) / std::mem::size_of::<ValueCell>()
    }
}

/// A frame's fast locals (locals, cells, free variables).
#[derive(Clone, Copy)]
pub struct Fast {
    p: *const ValueCell,
    #[cfg(debug_assertions)]
    n: usize,
}

impl Fast {
    /// Fast slots starting at `p`, `n` of them.
    pub fn new(p: *const ValueCell, n: usize) -> Fast {
        let _ = n;
        Fast {
            p,
            #[cfg(debug_assertions)]
            n,
        }
    }

    /// Slot `i`.
    #[inline(always)]
    pub fn get(&self, i: usize) -> Value {
        #[cfg(debug_assertions)]
        assert!(i < self.n);
        // SAFETY: `i < nfast` (the compiler only emits valid slot indexes); see the module
        // invariant.
        unsafe { (*self.p.add(i)).get() }
    }

    /// Sets slot `i`.
    #[inline(always)]
    pub fn set(&self, i: usize, v: Value) {
        #[cfg(debug_assertions)]
        assert!(i < self.n);
        // SAFETY: as for `get`.
        unsafe { (*self.p.add(i)).set(v) }
    }

    /// The address of slot `i`.
    #[inline(always)]
    pub fn ptr(&self, i: usize) -> *const ValueCell {
        // SAFETY: as for `get` (one-past-the-end is allowed for the stack bottom).
        unsafe { self.p.add(i) }
    }
}
