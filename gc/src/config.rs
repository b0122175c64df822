//! Collector settings, from the environment and the command line.

/// Tunables of one heap.
#[derive(Clone, Debug)]
pub struct GcConfig {
    /// Young bytes a thread allocates between minor collections (its nursery budget).
    pub nursery_bytes: usize,
    /// Size of the chunks threads bump-allocate in (their thread-local allocation buffers).
    pub chunk_bytes: usize,
    /// Hard cap on the heap (`-X max-heap`); `None` means no cap.
    pub max_heap: Option<usize>,
    /// GC stress mode: collect at every safepoint poll and poison evacuated memory.
    pub stress: bool,
    /// Run the heap verifier before and after every collection (slow; for tests).
    pub verify: bool,
    /// Virtual address space reserved for the young generation.
    pub young_reserve: usize,
    /// Virtual address space reserved for the old generation's small-object blocks.
    pub old_reserve: usize,
    /// Virtual address space reserved for immortal objects.
    pub immortal_reserve: usize,
    /// A major collection runs when the old generation has grown by this factor of the bytes
    /// that survived the last one...
    pub major_growth: f64,
    /// ... and by at least this many bytes.
    pub min_major_bytes: usize,
    /// Empty old blocks kept committed for reuse; beyond this they go back to the OS.
    pub retained_free_blocks: usize,
    /// In stress mode, also run a major collection every this many collections.
    pub stress_major_every: u64,
}

impl Default for GcConfig {
    fn default() -> Self {
        GcConfig {
            nursery_bytes: 2 << 20,
            chunk_bytes: 64 << 10,
            max_heap: None,
            stress: false,
            verify: false,
            young_reserve: 4 << 30,
            old_reserve: 64 << 30,
            immortal_reserve: 1 << 30,
            major_growth: 0.5,
            min_major_bytes: 2 << 20,
            retained_free_blocks: 64,
            stress_major_every: 64,
        }
    }
}

impl GcConfig {
    /// Defaults, overridden by `KRAIT_GC_STRESS=1`, `KRAIT_GC_VERIFY=1`,
    /// `KRAIT_GC_NURSERY=SIZE`, `KRAIT_GC_GROWTH=FACTOR` (old-generation growth between
    /// major collections, relative to the live size), `KRAIT_GC_MIN_MAJOR=SIZE` (the least
    /// growth) and `KRAIT_MAX_HEAP=SIZE`.
    pub fn from_env() -> GcConfig {
        let mut c = GcConfig::default();
        let on = |k: &str| {
            std::env::var(k)
                .map(|v| !v.is_empty() && v != "0")
                .unwrap_or(false)
        };
        c.stress = on("KRAIT_GC_STRESS");
        c.verify = on("KRAIT_GC_VERIFY");
        if let Some(n) = std::env::var("KRAIT_GC_NURSERY")
            .ok()
            .and_then(|v| parse_size(&v))
        {
            c.nursery_bytes = n.max(c.chunk_bytes);
        }
        if let Some(g) = std::env::var("KRAIT_GC_GROWTH")
            .ok()
            .and_then(|v| v.parse::<f64>().ok())
            .filter(|g| g.is_finite() && *g > 0.0)
        {
            c.major_growth = g;
        }
        if let Some(n) = std::env::var("KRAIT_GC_MIN_MAJOR")
            .ok()
            .and_then(|v| parse_size(&v))
        {
            c.min_major_bytes = n;
        }
        if let Some(n) = std::env::var("KRAIT_MAX_HEAP")
            .ok()
            .and_then(|v| parse_size(&v))
        {
            c.set_max_heap(n);
        }
        c
    }

    /// Sets the heap cap, shrinking the old generation's reservation to fit it.
    pub fn set_max_heap(&mut self, bytes: usize) {
        self.max_heap = Some(bytes);
        self.old_reserve = self.old_reserve.min(bytes.saturating_add(8 << 20));
    }
}

/// Parses a size such as `256M`, `1G`, `64k` or `12345` (bytes). `None` if malformed.
pub fn parse_size(s: &str) -> Option<usize> {
    let s = s.trim();
    let (num, mult) = match s.char_indices().last()? {
        (i, 'k' | 'K') => (&s[..i], 1usize << 10),
        (i, 'm' | 'M') => (&s[..i], 1 << 20),
        (i, 'g' | 'G') => (&s[..i], 1 << 30),
        (i, 'b' | 'B') => (&s[..i], 1),
        _ => (s, 1),
    };
    num.trim().parse::<usize>().ok()?.checked_mul(mult)
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("256M"), Some(256 << 20));
        assert_eq!(parse_size("1g"), Some(1 << 30));
        assert_eq!(parse_size("64k"), Some(64 << 10));
        assert_eq!(parse_size("100"), Some(100));
        assert_eq!(parse_size("M"), None);
        assert_eq!(parse_size(""), None);
        assert_eq!(parse_size("-1M"), None);
        assert_eq!(parse_size("99999999999999999999G"), None);
    }
}
