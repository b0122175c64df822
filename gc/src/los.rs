//! The large-object space: objects bigger than the largest size class, each in its own
//! anonymous mapping (rounded up to pages), never moved, marked with the `LOS_MARK` header
//! bit, and unmapped (returned to the OS at once) when a major collection finds them dead.

use crate::layout::{gc_flags, ObjectRef};
use memmap2::{MmapMut, MmapOptions};
use std::collections::HashMap;

struct LargeObject {
    _map: MmapMut,
    size: usize,
}

#[derive(Default)]
pub(crate) struct LargeObjectSpace {
    objects: HashMap<usize, LargeObject>,
    bytes: usize,
}

impl LargeObjectSpace {
    /// Rounds a request up to what its mapping commits.
    pub(crate) fn committed_size(size: usize) -> usize {
        let page = crate::region::page_size();
        size.div_ceil(page) * page
    }

    /// Maps memory for an object of `size` bytes; `None` if the OS refuses.
    pub(crate) fn alloc(&mut self, size: usize) -> Option<usize> {
        let len = Self::committed_size(size);
        let map = MmapOptions::new().len(len).map_anon().ok()?;
        let addr = map.as_ptr() as usize;
        self.objects.insert(
            addr,
            LargeObject {
                _map: map,
                size: len,
            },
        );
        self.bytes += len;
        Some(addr)
    }

    /// Unmaps the object at `addr` (an identity reservation that was never used); returns
    /// the bytes released.
    pub(crate) fn free(&mut self, addr: usize) -> usize {
        match self.objects.remove(&addr) {
            Some(lo) => {
                self.bytes -= lo.size;
                lo.size
            }
            None => 0,
        }
    }

    pub(crate) fn contains(&self, addr: usize) -> bool {
        self.objects.contains_key(&addr)
    }

    pub(crate) fn bytes(&self) -> usize {
        self.bytes
    }

    pub(crate) fn len(&self) -> usize {
        self.objects.len()
    }

    /// Unmaps every unmarked object, clears the marks of the others, and returns the bytes
    /// freed. Runs after a marking, world stopped.
    pub(crate) fn sweep(&mut self) -> usize {
        let mut freed = 0;
        self.objects.retain(|&addr, lo| {
            // SAFETY: every key is the address of a large object whose header was written
            // when it was allocated (allocation writes the header before returning).
            let obj = unsafe { ObjectRef::from_addr(addr) };
            if obj.clear_flags(gc_flags::LOS_MARK) & gc_flags::LOS_MARK != 0 {
                true
            } else {
                freed += lo.size;
                false
            }
        });
        self.bytes -= freed;
        freed
    }
}
