//! A tiny mock VM for testing the collector (MMTk's `mock_vm` is the model).
//!
//! Object kinds (the header's kind byte):
//! - `NODE`: `[header][n: u64][tag: u64][field; n]`, each field 0 or an object address;
//! - `BLOB`: `[header][size: u64][bytes...]`, no references (for large objects);
//! - `WEAK`: `[header][tag: u64][weak slot]`;
//! - `FINAL`: a `NODE` whose death is recorded by `finalize`.
//!
//! Each test thread owns a `MockThread`: a mutator plus a vector of root slots the binding
//! scans. Tests refer to objects through root slots, never through raw addresses held across
//! a safepoint — the same rule the real VM follows.

#![allow(dead_code)]

use krait_gc::{AllocError, Binding, GcConfig, HeaderInit, Heap, Mutator, ObjectRef, Tracer};
use std::sync::Arc;

pub const NODE: u8 = 1;
pub const BLOB: u8 = 2;
pub const WEAK: u8 = 3;
pub const FINAL: u8 = 4;

/// The one "type" of the mock VM: its address is the type word of every object.
#[repr(align(8))]
pub struct MockType(#[allow(dead_code)] u64);
pub static MOCK_TYPE: MockType = MockType(0x7e57);

pub fn type_word() -> usize {
    &MOCK_TYPE as *const MockType as usize
}

#[derive(Default)]
pub struct MockBinding {
    pub globals: parking_lot::Mutex<Vec<usize>>,
    pub finalized: parking_lot::Mutex<Vec<u64>>,
}

pub struct MockRoots {
    pub slots: Vec<usize>,
}

fn word(obj: ObjectRef, idx: usize) -> *mut usize {
    (obj.addr() + 16 + 8 * idx) as *mut usize
}

pub fn read(obj: ObjectRef, idx: usize) -> usize {
    // SAFETY: tests only read words inside the object they allocated.
    unsafe { *word(obj, idx) }
}

pub fn write(obj: ObjectRef, idx: usize, v: usize) {
    // SAFETY: as above.
    unsafe { *word(obj, idx) = v }
}

pub fn obj(addr: usize) -> ObjectRef {
    // SAFETY: tests pass addresses read from roots or fields, which the GC keeps valid.
    unsafe { ObjectRef::from_addr(addr) }
}

fn trace_word<T: Tracer>(p: *mut usize, t: &mut T) {
    // SAFETY: `p` points to a word inside a live object or a root vector; `ObjectRef` is a
    // transparent `usize`, so the word can be viewed as one.
    unsafe {
        if *p != 0 {
            t.trace(&mut *(p as *mut ObjectRef));
        }
    }
}

// SAFETY: sizes are computed from each object's own words, scanning visits exactly the
// reference fields of NODE/FINAL objects and nothing of BLOB or WEAK objects (whose weak
// slot is reported by `weak_slot`), and roots come from the root vectors.
unsafe impl Binding for MockBinding {
    type ThreadRoots = MockRoots;

    fn object_size(&self, obj: ObjectRef) -> usize {
        match obj.kind() {
            NODE | FINAL => 32 + 8 * read(obj, 0),
            BLOB => read(obj, 0),
            WEAK => 32,
            k => panic!("bad kind {k} at {obj:?}"),
        }
    }

    fn scan_object<T: Tracer>(&self, obj: ObjectRef, t: &mut T) {
        if let NODE | FINAL = obj.kind() {
            let n = read(obj, 0);
            for i in 0..n {
                trace_word(word(obj, 2 + i), t);
            }
        }
    }

    fn scan_thread_roots<T: Tracer>(&self, roots: &mut MockRoots, t: &mut T) {
        for s in roots.slots.iter_mut() {
            trace_word(s as *mut usize, t);
        }
    }

    fn scan_global_roots<T: Tracer>(&self, t: &mut T) {
        for s in self.globals.lock().iter_mut() {
            trace_word(s as *mut usize, t);
        }
    }

    fn finalize(&self, obj: ObjectRef) {
        self.finalized.lock().push(read(obj, 1) as u64);
    }

    fn weak_slot(&self, holder: ObjectRef) -> *mut usize {
        word(holder, 1)
    }

    fn is_valid_type_word(&self, w: usize) -> bool {
        w == type_word()
    }
}

pub fn test_config() -> GcConfig {
    GcConfig {
        nursery_bytes: 64 << 10,
        chunk_bytes: 16 << 10,
        verify: true,
        young_reserve: 64 << 20,
        old_reserve: 256 << 20,
        immortal_reserve: 1 << 20,
        min_major_bytes: 256 << 10,
        retained_free_blocks: 2,
        ..GcConfig::default()
    }
}

pub fn new_heap(config: GcConfig) -> Arc<Heap<MockBinding>> {
    Heap::new(MockBinding::default(), config).expect("reserve heap")
}

fn init(kind: u8) -> HeaderInit {
    HeaderInit {
        type_word: type_word(),
        kind,
        aux: 0,
        lock: 0,
    }
}

pub struct MockThread {
    pub m: Mutator<MockBinding>,
    pub roots: Box<MockRoots>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Space {
    Young,
    Old,
    Immortal,
}

impl MockThread {
    pub fn new(heap: &Arc<Heap<MockBinding>>, nroots: usize) -> MockThread {
        let mut m = Mutator::new(heap);
        let mut roots = Box::new(MockRoots {
            slots: vec![0; nroots],
        });
        // SAFETY: the roots box lives as long as the mutator (it is dropped after it, see
        // `Drop`), and the test only touches it between safepoints.
        unsafe { m.set_roots(&mut *roots) };
        MockThread { m, roots }
    }

    pub fn root(&self, i: usize) -> Option<ObjectRef> {
        let a = self.roots.slots[i];
        (a != 0).then(|| obj(a))
    }

    /// Allocates a node with `n` null fields and `tag` into root slot `slot`.
    pub fn alloc_node_in(
        &mut self,
        space: Space,
        kind: u8,
        n: usize,
        tag: u64,
    ) -> Result<ObjectRef, AllocError> {
        let size = 32 + 8 * n;
        let o = match space {
            Space::Young => self.m.alloc(size, init(kind))?,
            Space::Old => self.m.alloc_old(size, init(kind))?,
            Space::Immortal => self.m.alloc_immortal(size, init(kind))?,
        };
        write(o, 0, n);
        write(o, 1, tag as usize);
        for i in 0..n {
            write(o, 2 + i, 0);
        }
        Ok(o)
    }

    pub fn node(&mut self, slot: usize, n: usize, tag: u64) -> ObjectRef {
        let o = self.alloc_node_in(Space::Young, NODE, n, tag).unwrap();
        self.roots.slots[slot] = o.addr();
        o
    }

    pub fn blob(&mut self, size: usize) -> Result<ObjectRef, AllocError> {
        let o = self.m.alloc(size, init(BLOB))?;
        write(o, 0, krait_gc::layout::align_size(size));
        Ok(o)
    }

    pub fn weak(&mut self, tag: u64, referent: usize) -> ObjectRef {
        let o = self.m.alloc(32, init(WEAK)).unwrap();
        write(o, 0, tag as usize);
        write(o, 1, referent);
        self.m.register_weak(o);
        o
    }

    /// `parent.field[i] = child` with the write barrier.
    pub fn set_field(&mut self, parent: ObjectRef, i: usize, child: Option<ObjectRef>) {
        assert!(i < read(parent, 0));
        write(parent, 2 + i, child.map_or(0, |c| c.addr()));
        self.m.write_barrier(parent);
    }

    pub fn field(&self, parent: ObjectRef, i: usize) -> Option<ObjectRef> {
        let a = read(parent, 2 + i);
        (a != 0).then(|| obj(a))
    }

    pub fn tag(&self, o: ObjectRef) -> u64 {
        read(o, 1) as u64
    }
}
