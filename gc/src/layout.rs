//! The object header: its exact layout, in this one file and nowhere else.
//!
//! Every heap object starts with a 16-byte header, 8-byte aligned:
//!
//! ```text
//! offset  size  field
//!  0      8     type word: the VM's type pointer (8-aligned, so bits 0..2 are 0).
//!               During a minor collection an evacuated object's old copy holds
//!               `new_address | FORWARDED` here instead. An identity cell reserved in the
//!               old generation but not yet filled holds `RESERVED`.
//!  8      1     GC flags (`gc_flags`), atomic: UNLOGGED (write barrier), LOS_MARK (mark
//!               bit of large objects; small old objects use side bitmaps), HAS_ID
//!               (an identity cell was reserved for this young object).
//!  9      1     kind: a VM-defined layout tag, read by the binding to size and scan an
//!               object without touching its type object.
//! 10      2     aux: 16 VM-defined bits (for example, an inline slot count), atomic.
//! 12      4     lock word: the object's lock (free threading; biased to its allocator).
//! ```
//!
//! **Identity.** `id()` must not change when an object moves, so it is not the young
//! address. Old objects never move: their identity is their address. When a young object's
//! identity is first asked for, the heap reserves the cell the object will be evacuated
//! into and records it in the identity table (`identity.rs`); the reserved address is the
//! identity, and evacuation copies the object exactly there. The header only carries the
//! `HAS_ID` flag saying a reservation exists.
//!
//! Compiled code bakes in these offsets; `tests` below check them against `offset_of!`.

use std::sync::atomic::{AtomicU16, AtomicU32, AtomicU8, AtomicUsize, Ordering};

/// Size of the header in bytes.
pub const HEADER_SIZE: usize = 16;
/// Alignment of every object (and of every object size).
pub const OBJECT_ALIGN: usize = 8;
/// Smallest object: a bare header.
pub const MIN_OBJECT_SIZE: usize = HEADER_SIZE;

/// Offset of the type word.
pub const TYPE_WORD_OFFSET: usize = 0;
/// Offset of the GC flags byte.
pub const FLAGS_OFFSET: usize = 8;
/// Offset of the VM kind byte.
pub const KIND_OFFSET: usize = 9;
/// Offset of the VM aux half-word.
pub const AUX_OFFSET: usize = 10;
/// Offset of the lock word.
pub const LOCK_OFFSET: usize = 12;

/// Bit 0 of the type word marks a forwarding address.
pub const FORWARDED: usize = 1;
/// Type word of an identity cell reserved in the old generation but not yet filled.
pub const RESERVED: usize = 0x2;
/// The word evacuated young memory is filled with in stress mode. Its bit 0 is clear (so it
/// is not mistaken for a forwarding address) and it is non-canonical on x86-64 and AArch64,
/// so dereferencing it as a type pointer faults at once.
pub const POISON_WORD: usize = 0xDEAD_BEEF_DEAD_BEE0;

/// GC flag bits (byte at `FLAGS_OFFSET`).
pub mod gc_flags {
    /// The object is old (or large, or immortal) and not in the remembered set: the next
    /// store of a reference into it must log it. Cleared by the write barrier's slow path.
    pub const UNLOGGED: u8 = 1 << 0;
    /// Mark bit of a large object (small old objects are marked in side bitmaps).
    pub const LOS_MARK: u8 = 1 << 1;
    /// A young object whose identity has been reserved (see the module doc).
    pub const HAS_ID: u8 = 1 << 2;
}

/// The header as a Rust struct. Only this module reads or writes header memory.
#[repr(C)]
pub struct Header {
    type_word: AtomicUsize,
    flags: AtomicU8,
    kind: u8,
    aux: AtomicU16,
    lock: AtomicU32,
}

/// What the VM puts in a new object's header; the GC adds the flags for the space it chose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HeaderInit {
    /// The type word (an 8-aligned type pointer).
    pub type_word: usize,
    /// The VM's layout kind.
    pub kind: u8,
    /// The VM's aux bits.
    pub aux: u16,
    /// Initial lock word.
    pub lock: u32,
}

/// A reference to a heap object: its address. `Copy`, one word.
///
/// Invariant: an `ObjectRef` handed out by the heap points to a live, initialized object
/// until the next safepoint; after one, only references the collector updated (roots and
/// fields of live objects) are valid. The VM keeps that rule (DESIGN.md §3); GC stress mode
/// checks it. The accessors below rely on it.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(transparent)]
pub struct ObjectRef(usize);

impl std::fmt::Debug for ObjectRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ObjectRef({:#x})", self.0)
    }
}

impl ObjectRef {
    /// Wraps an address.
    ///
    /// # Safety
    /// `addr` must be the address of an initialized object header of a live heap object
    /// (or of an immortal object), 8-aligned.
    #[inline(always)]
    pub unsafe fn from_addr(addr: usize) -> ObjectRef {
        debug_assert!(
            addr != 0 && addr.is_multiple_of(OBJECT_ALIGN),
            "bad object address {addr:#x}"
        );
        ObjectRef(addr)
    }

    /// The object's address.
    #[inline(always)]
    pub fn addr(self) -> usize {
        self.0
    }

    #[inline(always)]
    fn header(self) -> &'static Header {
        // SAFETY: by the `ObjectRef` invariant the address is an initialized, 8-aligned
        // header of a live object; headers are only accessed through atomics or fields
        // that are immutable after initialization, so a shared reference is sound.
        unsafe { &*(self.0 as *const Header) }
    }

    /// The type word. During a minor collection it may be a forwarding address; only the
    /// collector looks at it then.
    #[inline(always)]
    pub fn type_word(self) -> usize {
        self.header().type_word.load(Ordering::Relaxed)
    }

    /// Replaces the type word (the VM uses this to change an object's class).
    #[inline(always)]
    pub fn set_type_word(self, w: usize) {
        debug_assert!(w & 7 == 0);
        self.header().type_word.store(w, Ordering::Relaxed)
    }

    /// The VM's kind byte.
    #[inline(always)]
    pub fn kind(self) -> u8 {
        self.header().kind
    }

    /// The VM's aux bits.
    #[inline(always)]
    pub fn aux(self) -> u16 {
        self.header().aux.load(Ordering::Relaxed)
    }

    /// Sets the VM's aux bits.
    #[inline(always)]
    pub fn set_aux(self, v: u16) {
        self.header().aux.store(v, Ordering::Relaxed)
    }

    /// The lock word.
    #[inline(always)]
    pub fn lock_word(self) -> &'static AtomicU32 {
        &self.header().lock
    }

    /// The GC flags.
    #[inline(always)]
    pub fn gc_flags(self) -> u8 {
        self.header().flags.load(Ordering::Relaxed)
    }

    /// Atomically sets flag bits; returns the previous flags.
    #[inline(always)]
    pub(crate) fn set_flags(self, bits: u8) -> u8 {
        self.header().flags.fetch_or(bits, Ordering::AcqRel)
    }

    /// Atomically clears flag bits; returns the previous flags.
    #[inline(always)]
    pub(crate) fn clear_flags(self, bits: u8) -> u8 {
        self.header().flags.fetch_and(!bits, Ordering::AcqRel)
    }

    /// Overwrites the flags (only for an object no other thread can see yet).
    #[inline(always)]
    pub(crate) fn store_flags(self, bits: u8) {
        self.header().flags.store(bits, Ordering::Relaxed)
    }

    /// If the object was evacuated in this minor collection, its new address.
    #[inline(always)]
    pub(crate) fn forwarded_to(self) -> Option<ObjectRef> {
        let w = self.type_word();
        if w & FORWARDED != 0 {
            Some(ObjectRef(w & !FORWARDED))
        } else {
            None
        }
    }

    /// Marks the object as evacuated to `to`.
    #[inline(always)]
    pub(crate) fn forward_to(self, to: ObjectRef) {
        self.header()
            .type_word
            .store(to.0 | FORWARDED, Ordering::Relaxed)
    }

    /// Byte pointer to the object's start, for the VM's field accessors.
    #[inline(always)]
    pub fn as_ptr(self) -> *mut u8 {
        self.0 as *mut u8
    }
}

/// Writes a fresh header at `addr`.
///
/// # Safety
/// `addr` must be 8-aligned, writable, at least `HEADER_SIZE` bytes, and not yet visible
/// to any other thread.
#[inline(always)]
pub(crate) unsafe fn write_header(addr: usize, init: HeaderInit, flags: u8) -> ObjectRef {
    debug_assert!(init.type_word & 7 == 0, "type word must be 8-aligned");
    let h = addr as *mut Header;
    // SAFETY: the caller guarantees the memory is ours, aligned and large enough.
    unsafe {
        h.write(Header {
            type_word: AtomicUsize::new(init.type_word),
            flags: AtomicU8::new(flags),
            kind: init.kind,
            aux: AtomicU16::new(init.aux),
            lock: AtomicU32::new(init.lock),
        });
    }
    ObjectRef(addr)
}

/// Marks the fresh old cell at `addr` as an identity reservation not yet filled.
///
/// # Safety
/// As for [`write_header`].
pub(crate) unsafe fn write_reserved(addr: usize) {
    let h = addr as *mut Header;
    // SAFETY: the caller guarantees the memory is ours, aligned and large enough.
    unsafe {
        h.write(Header {
            type_word: AtomicUsize::new(RESERVED),
            flags: AtomicU8::new(0),
            kind: 0,
            aux: AtomicU16::new(0),
            lock: AtomicU32::new(0),
        });
    }
}

/// Rounds a requested size up to the object alignment (saturating, so an absurd request
/// stays absurd instead of wrapping to a small one).
#[inline(always)]
pub const fn align_size(size: usize) -> usize {
    size.saturating_add(OBJECT_ALIGN - 1) & !(OBJECT_ALIGN - 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::mem::{align_of, offset_of, size_of};

    #[test]
    fn offsets_match_the_documented_layout() {
        assert_eq!(size_of::<Header>(), HEADER_SIZE);
        assert_eq!(align_of::<Header>(), OBJECT_ALIGN);
        assert_eq!(offset_of!(Header, type_word), TYPE_WORD_OFFSET);
        assert_eq!(offset_of!(Header, flags), FLAGS_OFFSET);
        assert_eq!(offset_of!(Header, kind), KIND_OFFSET);
        assert_eq!(offset_of!(Header, aux), AUX_OFFSET);
        assert_eq!(offset_of!(Header, lock), LOCK_OFFSET);
    }

    #[test]
    fn special_words_are_distinguishable() {
        assert_eq!(POISON_WORD & FORWARDED, 0);
        assert_eq!(RESERVED & FORWARDED, 0);
        assert_ne!(RESERVED & 7, 0, "RESERVED is not a valid type pointer");
        assert_eq!(align_size(17), 24);
        assert_eq!(align_size(16), 16);
        assert_eq!(align_size(usize::MAX), usize::MAX & !7);
    }
}
