//! The old generation: non-moving mark-sweep over size-segregated blocks.
//!
//! Input: cells requested by the evacuator (promotion) and, rarely, by mutators (objects
//! allocated old, identity reservations). Output: addresses that never move.
//!
//! Each size class keeps its blocks in exactly one of four places: the `current` block it
//! allocates from, `available` (swept, with free cells), `full` (swept, no free cells) and
//! `unswept`. A major collection marks in the blocks' side bitmaps and then starts a new
//! epoch, which makes every block unswept, except blocks with no marked cell, which are
//! freed at once; blocks are swept lazily when allocation needs one, a few at a time after
//! minor collections, and all remaining ones before the next marking starts. A block found
//! empty when swept goes to the free list; free blocks beyond a small reserve are returned
//! to the OS.

pub(crate) mod block;
pub(crate) mod size_class;

use crate::budget::Budget;
use crate::error::AllocError;
use crate::region::Region;
use block::{Block, BLOCK_SIZE};
use size_class::{class_of, CLASS_SIZES, NUM_CLASSES};

#[derive(Default)]
struct ClassBlocks {
    current: Option<Block>,
    available: Vec<Block>,
    full: Vec<Block>,
    unswept: Vec<Block>,
}

/// A free block and whether its memory is still committed.
#[derive(Clone, Copy)]
struct FreeBlock {
    block: Block,
    committed: bool,
}

pub(crate) struct OldGen {
    region: Region,
    next_fresh: usize,
    free: Vec<FreeBlock>,
    classes: Vec<ClassBlocks>,
    /// Major collections completed; a block is swept when its `sweep_epoch` equals this.
    epoch: u64,
    /// A marking is in progress: new cells are allocated marked.
    pub(crate) marking: bool,
    /// Bytes in allocated cells (exact for swept blocks; for unswept ones, what marking found).
    used_bytes: usize,
    /// Bytes allocated since the last major collection (promotion and direct).
    pub(crate) allocated_since_major: usize,
    blocks_in_use: usize,
    retained_free: usize,
}

impl OldGen {
    pub(crate) fn new(region: Region, retained_free: usize) -> OldGen {
        let next_fresh = region.start();
        OldGen {
            region,
            next_fresh,
            free: Vec::new(),
            classes: (0..NUM_CLASSES).map(|_| ClassBlocks::default()).collect(),
            epoch: 0,
            marking: false,
            used_bytes: 0,
            allocated_since_major: 0,
            blocks_in_use: 0,
            retained_free,
        }
    }

    #[inline(always)]
    pub(crate) fn contains(&self, addr: usize) -> bool {
        self.region.contains(addr)
    }

    /// Bounds of the region (for range tests that must not take the lock).
    pub(crate) fn bounds(&self) -> (usize, usize) {
        (self.region.start(), self.region.len())
    }

    pub(crate) fn used_bytes(&self) -> usize {
        self.used_bytes
    }

    pub(crate) fn blocks_in_use(&self) -> usize {
        self.blocks_in_use
    }

    /// Allocates a cell for an object of `size` bytes (8-aligned, at most `MAX_SMALL`).
    /// `for_collector` ignores the heap cap (evacuation cannot fail half-way).
    pub(crate) fn alloc(
        &mut self,
        size: usize,
        budget: &Budget,
        for_collector: bool,
    ) -> Result<usize, AllocError> {
        let class = class_of(size);
        let cell = CLASS_SIZES[class] as usize;
        loop {
            let cb = &mut self.classes[class];
            if let Some(b) = cb.current {
                if let Some(a) = b.alloc_cell(self.marking) {
                    self.used_bytes += cell;
                    self.allocated_since_major += cell;
                    return Ok(a);
                }
                cb.full.push(b);
                cb.current = None;
            }
            if let Some(b) = cb.available.pop() {
                cb.current = Some(b);
                continue;
            }
            if let Some(b) = cb.unswept.pop() {
                self.sweep_block(b, budget);
                continue;
            }
            let b = self.new_block(class, budget, for_collector)?;
            self.classes[class].current = Some(b);
        }
    }

    fn new_block(
        &mut self,
        class: usize,
        budget: &Budget,
        for_collector: bool,
    ) -> Result<Block, AllocError> {
        let commit = |budget: &Budget| {
            if for_collector {
                budget.force_commit(BLOCK_SIZE);
                Ok(())
            } else {
                budget.try_commit(BLOCK_SIZE)
            }
        };
        let block = if let Some(fb) = self.free.pop() {
            if !fb.committed {
                if let Err(e) = commit(budget) {
                    self.free.push(fb);
                    return Err(e);
                }
            }
            fb.block
        } else {
            if self.next_fresh + BLOCK_SIZE > self.region.end() {
                return Err(AllocError::OutOfMemory(BLOCK_SIZE));
            }
            commit(budget)?;
            let b = Block::from_addr(self.next_fresh);
            self.next_fresh += BLOCK_SIZE;
            b
        };
        block.init(class, CLASS_SIZES[class] as usize, self.epoch);
        self.blocks_in_use += 1;
        Ok(block)
    }

    /// Sweeps one block of the previous epoch and files it by what it holds.
    fn sweep_block(&mut self, b: Block, budget: &Budget) {
        debug_assert!(b.sweep_epoch() < self.epoch);
        let live = b.sweep(self.epoch);
        let cb = &mut self.classes[b.class()];
        if live == 0 {
            self.blocks_in_use -= 1;
            self.free.push(FreeBlock {
                block: b,
                committed: true,
            });
            self.trim_free(budget, self.retained_free);
        } else if live < b.cells() {
            cb.available.push(b);
        } else {
            cb.full.push(b);
        }
    }

    /// Sweeps up to `n` unswept blocks; returns how many it swept.
    pub(crate) fn sweep_some(&mut self, n: usize, budget: &Budget) -> usize {
        let mut done = 0;
        for class in 0..NUM_CLASSES {
            while done < n {
                let Some(b) = self.classes[class].unswept.pop() else {
                    break;
                };
                self.sweep_block(b, budget);
                done += 1;
            }
        }
        done
    }

    /// Sweeps every remaining block (before a new marking starts).
    pub(crate) fn finish_sweeping(&mut self, budget: &Budget) {
        while self.sweep_some(usize::MAX, budget) > 0 {}
    }

    /// Returns committed free blocks to the OS until at most `keep` remain committed.
    pub(crate) fn trim_free(&mut self, budget: &Budget, keep: usize) {
        let mut committed = self.free.iter().filter(|f| f.committed).count();
        for fb in self.free.iter_mut() {
            if committed <= keep {
                break;
            }
            if fb.committed {
                self.region.release(fb.block.addr(), BLOCK_SIZE);
                budget.uncommit(BLOCK_SIZE);
                fb.committed = false;
                committed -= 1;
            }
        }
    }

    /// Ends a marking: every block becomes unswept for the new epoch, and the bytes found
    /// marked become the used bytes. Blocks in which marking found nothing are swept at
    /// once (one look at their mark bitmap each): they go to the free list, and beyond the
    /// reserve back to the OS, so the memory of data that died together (a phase's
    /// temporaries) returns at the major collection that finds it dead rather than when
    /// lazy sweeping reaches it.
    pub(crate) fn end_marking(&mut self, marked_bytes: usize, budget: &Budget) {
        self.epoch += 1;
        self.marking = false;
        let mut empty = Vec::new();
        for cb in self.classes.iter_mut() {
            let ClassBlocks {
                current,
                available,
                full,
                unswept,
            } = cb;
            debug_assert!(unswept.is_empty());
            unswept.extend(current.take());
            unswept.append(available);
            unswept.append(full);
            unswept.retain(|b| {
                let marked = b.has_marks();
                if !marked {
                    empty.push(*b);
                }
                marked
            });
        }
        self.used_bytes = marked_bytes;
        self.allocated_since_major = 0;
        for b in empty {
            let live = b.sweep(self.epoch);
            debug_assert_eq!(live, 0);
            self.blocks_in_use -= 1;
            self.free.push(FreeBlock {
                block: b,
                committed: true,
            });
        }
        self.trim_free(budget, self.retained_free);
    }

    /// Frees one cell (an unused identity reservation).
    pub(crate) fn free_cell(&mut self, addr: usize) {
        let b = Block::of(addr);
        b.free_cell(addr);
        self.used_bytes -= b.cell_size();
        let cb = &mut self.classes[b.class()];
        if let Some(pos) = cb.full.iter().position(|&x| x == b) {
            cb.full.swap_remove(pos);
            cb.available.push(b);
        }
    }

    /// Frees the cell of a retired object (world stopped, no marking under way) and returns
    /// its size, or 0 if `addr` is not the start of a cell in use (already freed, say), so
    /// retiring an object twice is harmless. The bytes no longer count toward the next
    /// major collection: they need none to be reclaimed.
    pub(crate) fn free_retired(&mut self, addr: usize) -> usize {
        debug_assert!(!self.marking);
        if !self.contains(addr) || addr >= self.next_fresh {
            return 0;
        }
        let b = Block::of(addr);
        if b.cell_index(addr).is_none() || !b.cell_in_use(addr, self.epoch) {
            return 0;
        }
        let cell = b.cell_size();
        self.free_cell(addr);
        self.allocated_since_major = self.allocated_since_major.saturating_sub(cell);
        cell
    }

    /// Fills the cell at `addr` (a free one) with `word` (stress-mode poisoning).
    pub(crate) fn poison_cell(&self, addr: usize, size: usize, word: usize) {
        self.region.fill_words(addr, size, word);
    }

    /// Whether the old object at `addr` is live: allocated in a swept block, or marked by the
    /// last marking in an unswept one. `false` for addresses that are not cell starts of
    /// in-use blocks.
    pub(crate) fn is_live_object(&self, addr: usize) -> bool {
        if !self.contains(addr) || addr >= self.next_fresh {
            return false;
        }
        let b = Block::of(addr);
        if self.free.iter().any(|f| f.block == b) || b.cell_index(addr).is_none() {
            return false;
        }
        if b.sweep_epoch() == self.epoch {
            b.is_live_bit(addr)
        } else {
            b.is_marked(addr)
        }
    }

    /// Sets the mark bit of the old object at `addr`; true if it was clear. Also returns its
    /// cell size through `cell`.
    #[inline(always)]
    pub(crate) fn mark(addr: usize, cell: &mut usize) -> bool {
        let b = Block::of(addr);
        *cell = b.cell_size();
        b.mark(addr)
    }

    #[inline(always)]
    pub(crate) fn is_marked(addr: usize) -> bool {
        Block::of(addr).is_marked(addr)
    }

    /// Number of free blocks whose memory is committed and returned, respectively.
    pub(crate) fn free_block_counts(&self) -> (usize, usize) {
        let c = self.free.iter().filter(|f| f.committed).count();
        (c, self.free.len() - c)
    }

    /// Addresses of free blocks whose memory went back to the OS (for tests).
    pub(crate) fn released_blocks(&self) -> Vec<usize> {
        self.free
            .iter()
            .filter(|f| !f.committed)
            .map(|f| f.block.addr())
            .collect()
    }
}
