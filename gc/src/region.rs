//! Address-space regions: reserved once with `memmap2`, committed by touching, and returned
//! to the OS with `madvise(MADV_DONTNEED)`.
//!
//! Reservations use `MAP_NORESERVE`, so a large young or old region costs address space,
//! not memory; pages become resident when first written and stop being resident when
//! released. If the system refuses a reservation (strict overcommit), we retry with half the
//! size down to a floor.

use memmap2::{MmapMut, MmapOptions, UncheckedAdvice};

/// A reserved range of address space, aligned to `align`.
pub(crate) struct Region {
    map: MmapMut,
    start: usize,
    len: usize,
}

impl Region {
    /// Reserves up to `len` bytes (at least `min_len`) whose start is aligned to `align`
    /// (a power of two).
    pub(crate) fn reserve(len: usize, min_len: usize, align: usize) -> std::io::Result<Region> {
        debug_assert!(align.is_power_of_two());
        let mut want = len.max(min_len);
        loop {
            let total = want + align;
            match MmapOptions::new().len(total).no_reserve_swap().map_anon() {
                Ok(map) => {
                    let base = map.as_ptr() as usize;
                    let start = (base + align - 1) & !(align - 1);
                    let len = (base + total - start) & !(align - 1);
                    return Ok(Region { map, start, len });
                }
                Err(e) if want / 2 >= min_len => {
                    let _ = e;
                    want /= 2;
                }
                Err(e) => return Err(e),
            }
        }
    }

    /// First usable address.
    #[inline(always)]
    pub(crate) fn start(&self) -> usize {
        self.start
    }

    /// Usable length.
    #[inline(always)]
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// One past the last usable address.
    #[inline(always)]
    pub(crate) fn end(&self) -> usize {
        self.start + self.len
    }

    /// Whether `addr` lies in the region.
    #[inline(always)]
    pub(crate) fn contains(&self, addr: usize) -> bool {
        addr.wrapping_sub(self.start) < self.len
    }

    /// Returns the pages of `[addr, addr + len)` to the OS; they read as zero afterwards.
    pub(crate) fn release(&self, addr: usize, len: usize) {
        if len == 0 {
            return;
        }
        debug_assert!(self.contains(addr) && addr + len <= self.end());
        let offset = addr - self.map.as_ptr() as usize;
        // SAFETY: DONTNEED on our own anonymous private mapping only zeroes the range; the
        // caller guarantees no live object lies in it (it holds dead or unused memory).
        let r = unsafe {
            self.map
                .unchecked_advise_range(UncheckedAdvice::DontNeed, offset, len)
        };
        debug_assert!(r.is_ok(), "madvise failed: {r:?}");
    }

    /// Fills `[addr, addr + len)` with `word` (stress-mode poisoning).
    pub(crate) fn fill_words(&self, addr: usize, len: usize, word: usize) {
        debug_assert!(self.contains(addr) && addr + len <= self.end() && addr.is_multiple_of(8));
        // SAFETY: the range is inside our writable mapping and holds no live objects (the
        // caller poisons only evacuated memory while the world is stopped).
        let words = unsafe { std::slice::from_raw_parts_mut(addr as *mut usize, len / 8) };
        words.fill(word);
    }
}

/// Whether the page holding `addr` is resident (for memory-return tests).
pub fn page_resident(addr: usize) -> bool {
    let page = page_size();
    let base = addr & !(page - 1);
    let mut vec = 0u8;
    // SAFETY: mincore only writes one byte to `vec` for a one-page range; an unmapped address
    // makes it return an error, not fault.
    let r = unsafe { libc::mincore(base as *mut libc::c_void, page, &mut vec) };
    r == 0 && vec & 1 != 0
}

/// The OS page size.
pub fn page_size() -> usize {
    // SAFETY: sysconf has no preconditions.
    let p = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    if p > 0 {
        p as usize
    } else {
        4096
    }
}
