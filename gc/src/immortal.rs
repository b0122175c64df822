//! The immortal space: objects that are never moved or freed (`None`, `True`, built-in types,
//! interned names...). One reserved region, bump-allocated with an atomic add.
//!
//! Immortal objects may point into the heap, so a major collection scans them all as roots
//! (the region is small and bounded by the program), and stores into them go through the
//! write barrier like stores into old objects.

use crate::region::Region;
use std::sync::atomic::{AtomicUsize, Ordering};

pub(crate) struct ImmortalSpace {
    region: Region,
    cursor: AtomicUsize,
}

impl ImmortalSpace {
    pub(crate) fn new(region: Region) -> ImmortalSpace {
        let start = region.start();
        ImmortalSpace {
            region,
            cursor: AtomicUsize::new(start),
        }
    }

    #[inline(always)]
    pub(crate) fn contains(&self, addr: usize) -> bool {
        self.region.contains(addr)
    }

    /// Address of `size` fresh bytes (8-aligned size), or `None` if the region is full.
    pub(crate) fn alloc(&self, size: usize) -> Option<usize> {
        let a = self.cursor.fetch_add(size, Ordering::Relaxed);
        if a.checked_add(size)? > self.region.end() {
            self.cursor.fetch_sub(size, Ordering::Relaxed);
            return None;
        }
        Some(a)
    }

    /// Whether `addr` is inside the allocated part.
    pub(crate) fn in_use(&self, addr: usize) -> bool {
        addr >= self.region.start() && addr < self.cursor.load(Ordering::Relaxed)
    }

    /// Calls `f` on the address of every immortal object, using `size_of` to step. Only while
    /// the world is stopped, so that no allocation is half-initialized.
    pub(crate) fn for_each(
        &self,
        mut size_of: impl FnMut(usize) -> usize,
        mut f: impl FnMut(usize),
    ) {
        let end = self.cursor.load(Ordering::Acquire);
        let mut a = self.region.start();
        while a < end {
            let size = size_of(a);
            debug_assert!(size >= 16 && size.is_multiple_of(8));
            f(a);
            a += size;
        }
    }

    pub(crate) fn bytes(&self) -> usize {
        self.cursor.load(Ordering::Relaxed) - self.region.start()
    }
}
