//! Support for Krait's micro-benchmarks: a minimal collector binding (objects are
//! `[header][n][field; n]`) so the GC can be measured without the interpreter.
//!
//! Run with `cargo bench -p krait-benches`; the Python-level comparison against CPython and
//! PyPy is `python3 ../shared/bench/run.py` (see README.md).

use krait_gc::{Binding, GcConfig, HeaderInit, Heap, Mutator, ObjectRef, Tracer};
use std::sync::Arc;

/// Roots of a benchmark thread.
pub struct BenchRoots(pub Vec<usize>);

/// The benchmark binding.
pub struct BenchBinding;

/// The type word of every benchmark object.
pub static TYPE: u64 = 0;

fn word(o: ObjectRef, i: usize) -> *mut usize {
    (o.addr() + 16 + 8 * i) as *mut usize
}

// SAFETY: objects are `[header][n][field; n]`, sized from their own `n`; every nonzero field
// is a reference; roots are the thread's vector.
unsafe impl Binding for BenchBinding {
    type ThreadRoots = BenchRoots;
    fn object_size(&self, o: ObjectRef) -> usize {
        // SAFETY: word 0 of a benchmark object is its field count.
        24 + 8 * unsafe { *word(o, 0) }
    }
    fn scan_object<T: Tracer>(&self, o: ObjectRef, t: &mut T) {
        // SAFETY: as above; fields 1..=n are zero or object addresses.
        let n = unsafe { *word(o, 0) };
        for i in 1..=n {
            let p = word(o, i);
            // SAFETY: `p` is a field of a live object; ObjectRef is a transparent usize.
            unsafe {
                if *p != 0 {
                    t.trace(&mut *(p as *mut ObjectRef));
                }
            }
        }
    }
    fn scan_thread_roots<T: Tracer>(&self, r: &mut BenchRoots, t: &mut T) {
        for s in r.0.iter_mut() {
            if *s != 0 {
                // SAFETY: a nonzero root is an object address.
                t.trace(unsafe { &mut *(s as *mut usize as *mut ObjectRef) });
            }
        }
    }
    fn scan_global_roots<T: Tracer>(&self, _t: &mut T) {}
}

/// A header for a benchmark object.
pub fn init() -> HeaderInit {
    HeaderInit {
        type_word: &TYPE as *const u64 as usize,
        kind: 1,
        aux: 0,
        lock: 0,
    }
}

/// A heap and a registered thread with `nroots` root slots.
pub fn setup(
    config: GcConfig,
    nroots: usize,
) -> (
    Arc<Heap<BenchBinding>>,
    Mutator<BenchBinding>,
    Box<BenchRoots>,
) {
    let heap = Heap::new(BenchBinding, config).expect("heap");
    let mut m = Mutator::new(&heap);
    let mut roots = Box::new(BenchRoots(vec![0; nroots]));
    // SAFETY: the caller keeps the box alive as long as the mutator (they are returned
    // together and dropped in order: mutator first by the benchmark's scope rules).
    unsafe { m.set_roots(&mut *roots) };
    (heap, m, roots)
}

/// Allocates an object with `n` null fields.
#[inline(always)]
pub fn alloc(m: &mut Mutator<BenchBinding>, n: usize) -> ObjectRef {
    let o = m.alloc(24 + 8 * n, init()).expect("alloc");
    // SAFETY: a fresh object of 24 + 8n bytes.
    unsafe {
        *word(o, 0) = n;
        for i in 1..=n {
            *word(o, i) = 0;
        }
    }
    o
}

/// Sets field `i` (1-based) of `o` to `v`, with the barrier.
#[inline(always)]
pub fn set_field(m: &mut Mutator<BenchBinding>, o: ObjectRef, i: usize, v: usize) {
    // SAFETY: `i` is within the object's fields (callers allocate enough).
    unsafe { *word(o, i) = v };
    m.write_barrier(o);
}
