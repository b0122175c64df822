//! The large-object space: objects bigger than the largest size class, each in its own
//! anonymous mapping (rounded up to pages), never moved, and marked with the `LOS_MARK`
//! header bit.
//!
//! A dead object's mapping goes to a small cache instead of straight back to the OS, so a
//! program that keeps making and dropping big lists (a sieve, a buffer per request) reuses
//! pages it already faulted in rather than paying a page fault per 4 KiB and, with several
//! threads, a TLB shootdown per unmapping. Mapping lengths come in eight steps per power of
//! two, so objects of nearby sizes fit each other's mappings. The cache is bounded
//! ([`CACHE_BYTES`]) and unmaps whatever two major collections in a row did not reuse:
//! memory still goes back to the OS once the churn stops. The heap's accounting counts an
//! object's own page-rounded size, not the length of its mapping.

use crate::layout::{gc_flags, ObjectRef};
use memmap2::{MmapMut, MmapOptions};
use std::collections::HashMap;

/// Most bytes of dead mappings kept for reuse.
pub(crate) const CACHE_BYTES: usize = 8 << 20;

/// Largest mapping worth caching: bigger ones are rare, and would crowd out the rest.
const MAX_CACHED: usize = 2 << 20;

struct LargeObject {
    map: MmapMut,
    size: usize,
}

/// A dead object's mapping, kept for reuse.
struct Cached {
    map: MmapMut,
    /// The sweep count when it was cached.
    swept: u64,
}

pub(crate) struct LargeObjectSpace {
    objects: HashMap<usize, LargeObject>,
    bytes: usize,
    cache: Vec<Cached>,
    cached_bytes: usize,
    cache_limit: usize,
    sweeps: u64,
}

impl LargeObjectSpace {
    /// An empty space that keeps up to `cache_limit` bytes of dead mappings for reuse
    /// (0: unmap at once, as stress mode wants, so a stale reference faults).
    pub(crate) fn new(cache_limit: usize) -> LargeObjectSpace {
        LargeObjectSpace {
            objects: HashMap::new(),
            bytes: 0,
            cache: Vec::new(),
            cached_bytes: 0,
            cache_limit,
            sweeps: 0,
        }
    }

    /// Rounds a request up to what its mapping commits.
    pub(crate) fn committed_size(size: usize) -> usize {
        let page = crate::region::page_size();
        size.div_ceil(page) * page
    }

    /// Length of the mapping made for an object of `size` bytes: its pages rounded up to one
    /// of eight steps per power of two, so that objects of nearby sizes (a list that grows a
    /// little each time) can reuse each other's mappings. The pages past the object are
    /// never touched by it, so they cost address space, not memory.
    fn mapping_len(size: usize) -> usize {
        let page = crate::region::page_size();
        let pages = size.div_ceil(page);
        let step = if pages <= 8 {
            1
        } else {
            1 << (pages.ilog2() - 3)
        };
        pages.next_multiple_of(step) * page
    }

    /// Memory for an object of `size` bytes: a cached mapping of the right length, or a new
    /// one; `None` if the OS refuses. The memory is not zeroed (a reused mapping holds what
    /// its last object left); callers write the whole object. The object counts as
    /// [`committed_size`](Self::committed_size)`(size)` bytes, whatever the length of its
    /// mapping.
    pub(crate) fn alloc(&mut self, size: usize) -> Option<usize> {
        let len = Self::mapping_len(size);
        let map = match self.cache.iter().rposition(|c| c.map.len() == len) {
            Some(i) => {
                self.cached_bytes -= len;
                self.cache.swap_remove(i).map
            }
            None => MmapOptions::new().len(len).map_anon().ok()?,
        };
        let addr = map.as_ptr() as usize;
        let size = Self::committed_size(size);
        self.objects.insert(addr, LargeObject { map, size });
        self.bytes += size;
        Some(addr)
    }

    /// Releases the object at `addr` (a dead object, or an identity reservation that was
    /// never used) to the cache or the OS; returns the bytes it counted for.
    pub(crate) fn free(&mut self, addr: usize) -> usize {
        match self.objects.remove(&addr) {
            Some(lo) => {
                self.bytes -= lo.size;
                self.retire(lo.map);
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

    /// Bytes of dead mappings held for reuse.
    pub(crate) fn cached_bytes(&self) -> usize {
        self.cached_bytes
    }

    /// Releases every unmarked object, clears the marks of the others, and returns the
    /// bytes freed. Runs after a marking, world stopped. Cached mappings that were already
    /// cached at the previous sweep, and found no taker since, go back to the OS.
    pub(crate) fn sweep(&mut self) -> usize {
        self.sweeps += 1;
        let sweeps = self.sweeps;
        let mut unused = 0;
        self.cache.retain(|c| {
            let keep = c.swept + 1 >= sweeps;
            if !keep {
                unused += c.map.len();
            }
            keep
        });
        self.cached_bytes -= unused;
        let mut dead = Vec::new();
        for &addr in self.objects.keys() {
            // SAFETY: every key is the address of a large object whose header was written
            // when it was allocated (allocation writes the header before returning).
            let obj = unsafe { ObjectRef::from_addr(addr) };
            if obj.clear_flags(gc_flags::LOS_MARK) & gc_flags::LOS_MARK == 0 {
                dead.push(addr);
            }
        }
        dead.into_iter().map(|addr| self.free(addr)).sum()
    }

    /// Unmaps every cached mapping (the heap is under pressure).
    pub(crate) fn release_cache(&mut self) {
        self.cache.clear();
        self.cached_bytes = 0;
    }

    /// Caches a dead object's mapping if there is room, else unmaps it.
    fn retire(&mut self, map: MmapMut) {
        let len = map.len();
        if len <= MAX_CACHED && self.cached_bytes + len <= self.cache_limit {
            self.cached_bytes += len;
            self.cache.push(Cached {
                map,
                swept: self.sweeps,
            });
        }
    }
}
