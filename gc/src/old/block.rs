//! One old-generation block: 64 KiB of same-sized cells, with its header and side bitmaps at
//! the start of the block.
//!
//! Two bitmaps, one bit per cell: `live` says which cells hold objects (valid for allocation
//! and heap walks once the block is swept), `mark` is the current marking's result. Sweeping
//! a block is `live := mark; mark := 0`, done lazily, block by block (see `mod.rs`). Every
//! header field is atomic so the marker and an allocator may share a block.

use std::mem::size_of;
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering::Relaxed};

/// Block size and alignment.
pub(crate) const BLOCK_SIZE: usize = 64 << 10;
const BITMAP_WORDS: usize = 64;

#[repr(C)]
struct BlockHeader {
    cell_size: AtomicU32,
    cells: AtomicU32,
    class: AtomicU32,
    /// Free cells, exact after a sweep and maintained by allocation.
    free: AtomicU32,
    /// Where the next free-cell search starts.
    cursor: AtomicU32,
    _pad: AtomicU32,
    /// The old generation's epoch this block was last swept in.
    sweep_epoch: AtomicU64,
    live: [AtomicU64; BITMAP_WORDS],
    mark: [AtomicU64; BITMAP_WORDS],
}

/// Offset of the first cell.
pub(crate) const CELLS_OFFSET: usize = (size_of::<BlockHeader>() + 15) & !15;

const _: () = assert!((BLOCK_SIZE - CELLS_OFFSET) / 16 <= BITMAP_WORDS * 64);

/// A block, by address. The address is `BLOCK_SIZE`-aligned inside the old region.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Block(usize);

impl Block {
    /// The block holding `addr`.
    #[inline(always)]
    pub(crate) fn of(addr: usize) -> Block {
        Block(addr & !(BLOCK_SIZE - 1))
    }

    pub(crate) fn from_addr(addr: usize) -> Block {
        debug_assert!(addr.is_multiple_of(BLOCK_SIZE));
        Block(addr)
    }

    pub(crate) fn addr(self) -> usize {
        self.0
    }

    #[inline(always)]
    fn hdr(self) -> &'static BlockHeader {
        // SAFETY: blocks are only made for aligned addresses inside the old region whose
        // header was initialized by `init` (the old generation hands out no other blocks, and
        // `Block::of` is applied only to addresses of objects in in-use blocks); every field
        // is atomic, so shared access from several threads is sound.
        unsafe { &*(self.0 as *const BlockHeader) }
    }

    /// Formats the block for cells of `cell_size` bytes (class `class`), all free.
    pub(crate) fn init(self, class: usize, cell_size: usize, epoch: u64) {
        let h = self.0 as *mut BlockHeader;
        let cells = ((BLOCK_SIZE - CELLS_OFFSET) / cell_size) as u32;
        // SAFETY: the block is committed memory of the old region that no other thread uses
        // (it was just taken from the free list under the old generation's lock), and the
        // header lies entirely inside it. A zeroed atomic is a valid atomic.
        unsafe {
            std::ptr::write_bytes(h as *mut u8, 0, size_of::<BlockHeader>());
        }
        let hdr = self.hdr();
        hdr.cell_size.store(cell_size as u32, Relaxed);
        hdr.cells.store(cells, Relaxed);
        hdr.class.store(class as u32, Relaxed);
        hdr.free.store(cells, Relaxed);
        hdr.sweep_epoch.store(epoch, Relaxed);
    }

    pub(crate) fn cell_size(self) -> usize {
        self.hdr().cell_size.load(Relaxed) as usize
    }

    pub(crate) fn cells(self) -> usize {
        self.hdr().cells.load(Relaxed) as usize
    }

    pub(crate) fn class(self) -> usize {
        self.hdr().class.load(Relaxed) as usize
    }

    pub(crate) fn sweep_epoch(self) -> u64 {
        self.hdr().sweep_epoch.load(Relaxed)
    }

    /// Cell index of `addr`, if it is the start of a cell of this block.
    #[inline]
    pub(crate) fn cell_index(self, addr: usize) -> Option<usize> {
        let off = addr.checked_sub(self.0 + CELLS_OFFSET)?;
        let size = self.cell_size();
        let idx = off / size;
        (off % size == 0 && idx < self.cells()).then_some(idx)
    }

    #[inline(always)]
    fn index_of(self, addr: usize) -> usize {
        (addr - self.0 - CELLS_OFFSET) / self.cell_size()
    }

    pub(crate) fn cell_addr(self, idx: usize) -> usize {
        self.0 + CELLS_OFFSET + idx * self.cell_size()
    }

    /// Sets the mark bit of the cell at `addr`; true if it was clear.
    #[inline(always)]
    pub(crate) fn mark(self, addr: usize) -> bool {
        let i = self.index_of(addr);
        let bit = 1u64 << (i % 64);
        self.hdr().mark[i / 64].fetch_or(bit, Relaxed) & bit == 0
    }

    #[inline(always)]
    pub(crate) fn is_marked(self, addr: usize) -> bool {
        let i = self.index_of(addr);
        self.hdr().mark[i / 64].load(Relaxed) & (1u64 << (i % 64)) != 0
    }

    /// Whether any cell is marked.
    pub(crate) fn has_marks(self) -> bool {
        self.hdr().mark.iter().any(|w| w.load(Relaxed) != 0)
    }

    #[inline(always)]
    pub(crate) fn is_live_bit(self, addr: usize) -> bool {
        let i = self.index_of(addr);
        self.hdr().live[i / 64].load(Relaxed) & (1u64 << (i % 64)) != 0
    }

    /// Allocates a free cell; marks it too when `marking` (allocate black). `None` if full.
    pub(crate) fn alloc_cell(self, marking: bool) -> Option<usize> {
        let h = self.hdr();
        let cells = self.cells();
        let mut i = h.cursor.load(Relaxed) as usize;
        while i < cells {
            let w = i / 64;
            let below = (1u64 << (i % 64)) - 1;
            let word = h.live[w].load(Relaxed) | below;
            if word != u64::MAX {
                let b = (!word).trailing_zeros() as usize;
                let idx = w * 64 + b;
                if idx >= cells {
                    break;
                }
                h.live[w].fetch_or(1 << b, Relaxed);
                if marking {
                    h.mark[w].fetch_or(1 << b, Relaxed);
                }
                h.cursor.store(idx as u32 + 1, Relaxed);
                h.free.fetch_sub(1, Relaxed);
                return Some(self.cell_addr(idx));
            }
            i = (w + 1) * 64;
        }
        h.cursor.store(cells as u32, Relaxed);
        None
    }

    /// Whether the cell at `addr` holds an object: its live bit if the block was swept in
    /// `epoch` (the old generation's current one), else its mark bit from the last marking
    /// (which the coming sweep turns into the live bit).
    pub(crate) fn cell_in_use(self, addr: usize, epoch: u64) -> bool {
        if self.sweep_epoch() == epoch {
            self.is_live_bit(addr)
        } else {
            self.is_marked(addr)
        }
    }

    /// Frees the cell at `addr` (an identity reservation that was never filled, or a
    /// retired object). Clears both bits, so it is right in a swept block (the live bit
    /// counts) and in an unswept one (the mark bit will).
    pub(crate) fn free_cell(self, addr: usize) {
        let i = self.index_of(addr);
        let bit = 1u64 << (i % 64);
        let h = self.hdr();
        h.live[i / 64].fetch_and(!bit, Relaxed);
        h.mark[i / 64].fetch_and(!bit, Relaxed);
        h.free.fetch_add(1, Relaxed);
        h.cursor.fetch_min(i as u32, Relaxed);
    }

    /// Sweeps: the marked cells become the live ones and the marks are cleared. Returns the
    /// number of live cells.
    pub(crate) fn sweep(self, epoch: u64) -> usize {
        let h = self.hdr();
        let mut live = 0;
        for w in 0..BITMAP_WORDS {
            let m = h.mark[w].swap(0, Relaxed);
            h.live[w].store(m, Relaxed);
            live += m.count_ones() as usize;
        }
        h.free.store((self.cells() - live) as u32, Relaxed);
        h.cursor.store(0, Relaxed);
        h.sweep_epoch.store(epoch, Relaxed);
        live
    }
}
