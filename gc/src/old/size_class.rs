//! Size classes of the old generation's small-object blocks.
//!
//! Every 8 bytes up to 128, then steps of about 12.5%, up to [`MAX_SMALL`]. Objects larger
//! than that live in the large-object space.

/// Cell sizes, ascending.
pub(crate) const CLASS_SIZES: [u32; 46] = [
    16, 24, 32, 40, 48, 56, 64, 72, 80, 88, 96, 104, 112, 120, 128, 144, 160, 176, 192, 224, 256,
    288, 320, 384, 448, 512, 576, 640, 768, 896, 1024, 1152, 1280, 1536, 1792, 2048, 2304, 2560,
    3072, 3584, 4096, 4608, 5120, 6144, 7168, 8192,
];

/// Number of size classes.
pub(crate) const NUM_CLASSES: usize = CLASS_SIZES.len();

/// Largest object a size class holds; larger objects are large objects.
pub const MAX_SMALL: usize = 8192;

const LOOKUP_LEN: usize = MAX_SMALL / 8 + 1;

/// `LOOKUP[size / 8]` is the class of an (8-aligned) size.
static LOOKUP: [u8; LOOKUP_LEN] = build_lookup();

const fn build_lookup() -> [u8; LOOKUP_LEN] {
    let mut t = [0u8; LOOKUP_LEN];
    let mut i = 0;
    let mut class = 0;
    while i < LOOKUP_LEN {
        let size = (i * 8) as u32;
        while CLASS_SIZES[class] < size {
            class += 1;
        }
        t[i] = class as u8;
        i += 1;
    }
    t
}

/// The class for an 8-aligned size in `16..=MAX_SMALL`.
#[inline(always)]
pub(crate) fn class_of(size: usize) -> usize {
    debug_assert!(size <= MAX_SMALL && size.is_multiple_of(8));
    LOOKUP[size / 8] as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_size_gets_the_smallest_class_that_fits() {
        for size in (16..=MAX_SMALL).step_by(8) {
            let c = class_of(size);
            assert!(CLASS_SIZES[c] as usize >= size);
            if c > 0 {
                assert!((CLASS_SIZES[c - 1] as usize) < size);
            }
        }
        assert!(CLASS_SIZES.windows(2).all(|w| w[0] < w[1] && w[1] % 8 == 0));
        assert_eq!(*CLASS_SIZES.last().unwrap() as usize, MAX_SMALL);
    }
}
