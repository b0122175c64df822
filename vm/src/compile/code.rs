//! Code objects: what the compiler produces and the interpreter runs.
//!
//! A code object is a NATIVE object of type `code` whose payload is a [`CodeData`]. Frame
//! layout, in the thread's value stack: `[locals][cells][free variables][value stack]`;
//! `LOAD_DEREF n` addresses the cells and free variables from `nlocals`.

use crate::object::{NativePayload, Trace, ValueCell};
use crate::value::Value;
use krait_gc::{ObjectRef, Tracer};
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering::Relaxed};

/// `co_flags` bits (CPython's numbering).
pub mod co_flags {
    /// Uses fast locals.
    pub const OPTIMIZED: u32 = 0x1;
    /// Gets a new locals namespace.
    pub const NEWLOCALS: u32 = 0x2;
    /// Has `*args`.
    pub const VARARGS: u32 = 0x4;
    /// Has `**kwargs`.
    pub const VARKEYWORDS: u32 = 0x8;
    /// Is nested in a function.
    pub const NESTED: u32 = 0x10;
    /// Is a generator function.
    pub const GENERATOR: u32 = 0x20;
    /// Is a coroutine (`async def`).
    pub const COROUTINE: u32 = 0x80;
    /// Is an async generator.
    pub const ASYNC_GENERATOR: u32 = 0x200;
    /// Krait's own flag: the first constant is the docstring.
    pub const HAS_DOCSTRING: u32 = 0x0100_0000;
}

/// Source position of one instruction (lines 1-based, columns are UTF-8 byte offsets, as
/// CPython's `co_positions`). Line 0 means "no position".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Location {
    /// First line.
    pub line: u32,
    /// Last line.
    pub end_line: u32,
    /// Start column.
    pub col: u32,
    /// End column.
    pub end_col: u32,
}

/// One exception-table entry: instructions `start..end` are protected by the handler at
/// `target`, which runs with the value stack cut to `depth` (plus `lasti` if set).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExcEntry {
    /// First protected instruction.
    pub start: u32,
    /// One past the last.
    pub end: u32,
    /// Handler.
    pub target: u32,
    /// Stack depth to restore.
    pub depth: u32,
    /// Whether the handler expects the raising instruction's index pushed too.
    pub lasti: bool,
}

/// Ways of an inline cache: a site seeing up to this many receiver shapes/types stays fast.
pub const CACHE_WAYS: usize = 4;

/// One way of an inline cache.
#[derive(Default)]
pub struct CacheEntry {
    /// Low 48 bits an object address (a shape, a type or a dict; 0 for empty), high 16 bits
    /// a small payload (a slot or entry index). Traced: the address part is a reference.
    pub key: AtomicU64,
    /// Raw guard data (a type version, dict keys versions).
    pub tag: AtomicU64,
    /// A cached value (a method). Traced.
    pub value: ValueCell,
}

/// An inline cache, used by LOAD_GLOBAL (one way), LOAD_ATTR, LOAD_METHOD and STORE_ATTR.
///
/// Fills are serialized by `seq` (a sequence lock: odd while a thread writes the entries);
/// readers that need a key and a value to agree check `seq` around their reads (see
/// `interp::cache`). Instance attribute entries carry everything in the key word, so they
/// need no check.
#[derive(Default)]
pub struct Cache {
    /// The name this instruction loads or stores (an interned str).
    pub name: ValueCell,
    /// Sequence lock of the entries.
    pub seq: AtomicU32,
    /// Misses, to stop re-specializing megamorphic sites.
    pub misses: AtomicU32,
    /// The ways, most recently filled first.
    pub entries: [CacheEntry; CACHE_WAYS],
}

/// Mask of the address part of a cache key.
pub const KEY_ADDR_MASK: u64 = (1 << 48) - 1;

impl Cache {
    /// Packs an object address and a 16-bit payload into a key word.
    #[inline(always)]
    pub fn pack(addr: Value, payload: u16) -> u64 {
        debug_assert!(addr.bits() & !KEY_ADDR_MASK == 0);
        addr.bits() | ((payload as u64) << 48)
    }
}

impl Trace for Cache {
    fn trace(&self, t: &mut dyn Tracer) {
        self.name.trace(t);
        for e in &self.entries {
            e.value.trace(t);
            let k = e.key.load(Relaxed);
            let addr = k & KEY_ADDR_MASK;
            if addr != 0 {
                // SAFETY: a nonzero key address is a reference stored by the interpreter
                // (collections run at safepoints, never in the middle of a fill).
                let mut o = unsafe { ObjectRef::from_addr(addr as usize) };
                t.trace(&mut o);
                e.key.store((k & !KEY_ADDR_MASK) | o.addr() as u64, Relaxed);
            }
        }
    }
}

/// The payload of a code object.
pub struct CodeData {
    /// `co_name`.
    pub name: ValueCell,
    /// `co_qualname`.
    pub qualname: ValueCell,
    /// `co_filename`.
    pub filename: ValueCell,
    /// `co_flags`.
    pub flags: u32,
    /// Positional parameters (including positional-only).
    pub argcount: u32,
    /// Positional-only parameters.
    pub posonlyargcount: u32,
    /// Keyword-only parameters.
    pub kwonlyargcount: u32,
    /// Local variables (parameters first).
    pub nlocals: u32,
    /// Cell variables.
    pub ncells: u32,
    /// Free variables.
    pub nfree: u32,
    /// Deepest value stack.
    pub max_stack: u32,
    /// `co_firstlineno`.
    pub firstlineno: u32,
    /// Instructions.
    pub code: Box<[u32]>,
    /// Source position of each instruction.
    pub locations: Box<[Location]>,
    /// Constants.
    pub consts: Box<[ValueCell]>,
    /// Names used by global/attribute/import instructions (interned strs).
    pub names: Box<[ValueCell]>,
    /// Local variable names.
    pub varnames: Box<[ValueCell]>,
    /// Cell variable names.
    pub cellvars: Box<[ValueCell]>,
    /// Free variable names.
    pub freevars: Box<[ValueCell]>,
    /// For each cell variable that is also a parameter, the parameter's index (else -1).
    pub cell2arg: Box<[i32]>,
    /// Exception table, sorted by `start`.
    pub exc_table: Box<[ExcEntry]>,
    /// Inline caches.
    pub caches: Box<[Cache]>,
    /// Per-instruction execution counters for loop headers (the JIT's hot-loop detection).
    pub loop_counters: Box<[AtomicU32]>,
}

impl CodeData {
    /// Total fast slots of a frame: locals, cells and free variables.
    pub fn nfast(&self) -> usize {
        (self.nlocals + self.ncells + self.nfree) as usize
    }

    /// The handler for an exception raised at instruction `ip`, if any.
    pub fn handler_for(&self, ip: u32) -> Option<ExcEntry> {
        // Entries are sorted and nested handlers come first for a given position, so the
        // first covering entry is the innermost.
        self.exc_table
            .iter()
            .find(|e| e.start <= ip && ip < e.end)
            .copied()
    }

    /// The line of instruction `ip` (0 if unknown).
    pub fn line_of(&self, ip: usize) -> u32 {
        self.locations.get(ip).map_or(0, |l| l.line)
    }

    /// Whether this code is a generator's.
    pub fn is_generator(&self) -> bool {
        self.flags & (co_flags::GENERATOR | co_flags::COROUTINE | co_flags::ASYNC_GENERATOR) != 0
    }
}

impl Trace for CodeData {
    fn trace(&self, t: &mut dyn Tracer) {
        self.name.trace(t);
        self.qualname.trace(t);
        self.filename.trace(t);
        self.consts.trace(t);
        self.names.trace(t);
        self.varnames.trace(t);
        self.cellvars.trace(t);
        self.freevars.trace(t);
        self.caches.trace(t);
    }
}

impl NativePayload for CodeData {
    const NAME: &'static str = "code";
}
