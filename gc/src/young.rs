//! The young generation: one reserved region cut into chunks that threads bump-allocate in.
//!
//! Input: chunk requests from mutators (lock-free, one atomic add). Output, after a minor
//! collection evacuated everything live: the whole region is empty again.
//!
//! Normally the next cycle reuses the region from its start (the memory is warm in cache),
//! and what a burst used beyond the usual footprint is returned to the OS. In stress mode
//! the region is used as a ring instead: evacuated chunks are filled with
//! [`POISON_WORD`](crate::layout::POISON_WORD) and are not reused by the next cycle, so a
//! stale pointer into them reads poison and fails at once; the cycle before that is
//! released to the OS.

use crate::layout::POISON_WORD;
use crate::region::Region;
use parking_lot::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Cycles whose use of young memory decides how much stays warm.
const RECENT_CYCLES: usize = 8;

#[derive(Default)]
struct RecentUse {
    used: [usize; RECENT_CYCLES],
    next: usize,
}

impl RecentUse {
    /// Records a cycle's use; returns the most any of the last cycles used.
    fn record(&mut self, used: usize) -> usize {
        self.used[self.next] = used;
        self.next = (self.next + 1) % RECENT_CYCLES;
        self.used.iter().copied().max().unwrap_or(0)
    }
}

pub(crate) struct YoungSpace {
    region: Region,
    chunk: usize,
    /// Address of the next chunk to hand out.
    cursor: AtomicUsize,
    /// Where this cycle's chunks start.
    cycle_start: AtomicUsize,
    /// Highest address ever handed out since memory was last returned (normal mode).
    high_water: AtomicUsize,
    /// Bytes used by the last few cycles (normal mode).
    recent: Mutex<RecentUse>,
    /// The previous cycle's poisoned range, released when the next cycle ends (stress mode).
    poisoned: Mutex<(usize, usize)>,
}

impl YoungSpace {
    pub(crate) fn new(region: Region, chunk: usize) -> YoungSpace {
        let start = region.start();
        YoungSpace {
            region,
            chunk,
            cursor: AtomicUsize::new(start),
            cycle_start: AtomicUsize::new(start),
            high_water: AtomicUsize::new(start),
            recent: Mutex::new(RecentUse::default()),
            poisoned: Mutex::new((start, start)),
        }
    }

    #[inline(always)]
    pub(crate) fn contains(&self, addr: usize) -> bool {
        self.region.contains(addr)
    }

    /// Bounds of the region, for the evacuator's inlined range test.
    pub(crate) fn bounds(&self) -> (usize, usize) {
        (self.region.start(), self.region.len())
    }

    pub(crate) fn chunk_size(&self) -> usize {
        self.chunk
    }

    /// Whether `addr` is in a chunk handed out during the current cycle.
    pub(crate) fn in_current_cycle(&self, addr: usize) -> bool {
        let lo = self.cycle_start.load(Ordering::Relaxed);
        let hi = self.cursor.load(Ordering::Relaxed).min(self.region.end());
        addr >= lo && addr < hi
    }

    /// Hands out a fresh chunk `[start, end)`, or `None` if the region is exhausted.
    pub(crate) fn take_chunk(&self) -> Option<(usize, usize)> {
        let a = self.cursor.fetch_add(self.chunk, Ordering::Relaxed);
        let end = a.checked_add(self.chunk)?;
        if end > self.region.end() {
            return None;
        }
        self.high_water.fetch_max(end, Ordering::Relaxed);
        Some((a, end))
    }

    /// Hands out `len` bytes (a multiple of the chunk size) of consecutive chunks, or
    /// `None` if the region is exhausted.
    pub(crate) fn take_run(&self, len: usize) -> Option<usize> {
        debug_assert!(len.is_multiple_of(self.chunk));
        let a = self.cursor.fetch_add(len, Ordering::Relaxed);
        let end = a.checked_add(len)?;
        if end > self.region.end() {
            return None;
        }
        self.high_water.fetch_max(end, Ordering::Relaxed);
        Some(a)
    }

    /// Bytes of chunks handed out this cycle.
    pub(crate) fn bytes_in_use(&self) -> usize {
        let lo = self.cycle_start.load(Ordering::Relaxed);
        let hi = self.cursor.load(Ordering::Relaxed).min(self.region.end());
        hi.saturating_sub(lo)
    }

    /// Empties the young generation after a minor collection (world stopped). Returns the
    /// bytes that were in use. Normal mode keeps at least `keep` bytes of warm memory
    /// resident, and as much as any of the last few cycles used: a program whose cycles keep
    /// overflowing the nursery (big temporaries) does not fault the same pages in again and
    /// again, and the memory of a one-off burst goes back a few cycles later.
    pub(crate) fn reset(&self, stress: bool, keep: usize) -> usize {
        let lo = self.cycle_start.load(Ordering::Relaxed);
        let hi = self.cursor.load(Ordering::Relaxed).min(self.region.end());
        let used = hi.saturating_sub(lo);
        let start = self.region.start();
        let next = if stress {
            self.region.fill_words(lo, used, POISON_WORD);
            let mut prev = self.poisoned.lock();
            self.region.release(prev.0, prev.1 - prev.0);
            *prev = (lo, hi);
            // Continue after this cycle's range; wrap once past the middle of the region.
            if hi - start > self.region.len() / 2 {
                start
            } else {
                hi
            }
        } else {
            let hw = self.high_water.load(Ordering::Relaxed);
            let keep = keep.max(self.recent.lock().record(used));
            let keep_end = (start + keep).min(self.region.end());
            if hw > keep_end {
                self.region.release(keep_end, hw - keep_end);
                self.high_water.store(keep_end, Ordering::Relaxed);
            }
            start
        };
        self.cycle_start.store(next, Ordering::Relaxed);
        self.cursor.store(next, Ordering::Relaxed);
        used
    }
}
