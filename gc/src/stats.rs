//! Collection statistics: per pause its kind, duration, time-to-safepoint, bytes promoted and
//! freed, and heap size; totals per kind; and log-linear histograms of pause times and
//! time-to-safepoint, from which percentiles are read without keeping every record.

use std::collections::VecDeque;

/// What a pause did. A major pause always begins with a minor collection.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CollectionKind {
    /// Evacuated the young generation.
    Minor,
    /// Evacuated the young generation, then marked the old one and swept large objects.
    Major,
}

impl CollectionKind {
    /// Lower-case name, for reports.
    pub fn name(self) -> &'static str {
        match self {
            CollectionKind::Minor => "minor",
            CollectionKind::Major => "major",
        }
    }
}

/// One pause.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CollectionRecord {
    /// Minor or major.
    pub kind: CollectionKind,
    /// When it started, in nanoseconds since the heap was created.
    pub at_ns: u64,
    /// Pause duration (world stopped, collecting), nanoseconds.
    pub pause_ns: u64,
    /// Time from the request until every thread had stopped or parked, nanoseconds.
    pub ttsp_ns: u64,
    /// Bytes copied from the young generation into the old one.
    pub promoted_bytes: usize,
    /// Bytes reclaimed: young bytes not promoted, retired objects freed (included in
    /// `retired_bytes` too), plus (major) old and large bytes found dead.
    pub freed_bytes: usize,
    /// Bytes of retired objects freed (see `Mutator::retire`).
    pub retired_bytes: usize,
    /// Committed heap bytes before and after the pause.
    pub heap_before: usize,
    /// See `heap_before`.
    pub heap_after: usize,
    /// Registered threads during the pause.
    pub threads: usize,
}

/// Totals for one kind of collection.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct KindTotals {
    /// Number of pauses.
    pub count: u64,
    /// Sum of pause times, nanoseconds.
    pub total_pause_ns: u64,
    /// Longest pause, nanoseconds.
    pub max_pause_ns: u64,
    /// Bytes promoted in total.
    pub promoted_bytes: u64,
    /// Bytes freed in total.
    pub freed_bytes: u64,
    /// Bytes of retired objects freed in total (part of `freed_bytes`).
    pub retired_bytes: u64,
}

/// A log-linear histogram of nanosecond durations: 8 sub-buckets per power of two, so a
/// percentile is exact to within 12.5%.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Histogram {
    buckets: Vec<u64>,
    count: u64,
}

const SUB: usize = 8;

impl Default for Histogram {
    fn default() -> Self {
        Histogram {
            buckets: vec![0; 64 * SUB],
            count: 0,
        }
    }
}

impl Histogram {
    fn bucket(ns: u64) -> usize {
        if ns < SUB as u64 {
            return ns as usize;
        }
        let exp = 63 - ns.leading_zeros() as usize; // ns >= 8 so exp >= 3
        let sub = ((ns >> (exp - 3)) & (SUB as u64 - 1)) as usize;
        exp * SUB + sub
    }

    fn upper_bound(bucket: usize) -> u64 {
        if bucket < SUB {
            return bucket as u64;
        }
        // Bucket `exp * SUB + sub` holds [(SUB + sub) << (exp - 3), next bucket's start).
        let exp = bucket / SUB;
        let sub = (bucket % SUB) as u64;
        let lower = (SUB as u64 + sub) << (exp - 3);
        lower + ((1u64 << (exp - 3)) - 1)
    }

    /// Records one duration.
    pub fn record(&mut self, ns: u64) {
        self.buckets[Self::bucket(ns)] += 1;
        self.count += 1;
    }

    /// Number of durations recorded.
    pub fn count(&self) -> u64 {
        self.count
    }

    /// The duration below which `p` percent of the recorded ones fall (an upper bound of its
    /// bucket), or 0 if nothing was recorded.
    pub fn percentile(&self, p: f64) -> u64 {
        if self.count == 0 {
            return 0;
        }
        let rank = ((p / 100.0) * self.count as f64).ceil().max(1.0) as u64;
        let mut seen = 0;
        for (i, &n) in self.buckets.iter().enumerate() {
            seen += n;
            if seen >= rank {
                return Self::upper_bound(i);
            }
        }
        Self::upper_bound(self.buckets.len() - 1)
    }
}

/// All statistics of one heap.
#[derive(Clone, Debug, Default)]
pub struct GcStats {
    /// Minor-only pauses.
    pub minor: KindTotals,
    /// Pauses that included a major collection.
    pub major: KindTotals,
    /// The most recent pauses (at most [`GcStats::RECENT`]).
    pub recent: VecDeque<CollectionRecord>,
    /// Pause times.
    pub pauses: Histogram,
    /// Time-to-safepoint.
    pub ttsp: Histogram,
    /// Largest committed heap seen, bytes.
    pub heap_peak: usize,
    /// Committed heap now, bytes.
    pub heap_now: usize,
}

impl GcStats {
    /// How many recent records are kept.
    pub const RECENT: usize = 4096;

    pub(crate) fn record(&mut self, r: CollectionRecord) {
        let t = match r.kind {
            CollectionKind::Minor => &mut self.minor,
            CollectionKind::Major => &mut self.major,
        };
        t.count += 1;
        t.total_pause_ns += r.pause_ns;
        t.max_pause_ns = t.max_pause_ns.max(r.pause_ns);
        t.promoted_bytes += r.promoted_bytes as u64;
        t.freed_bytes += r.freed_bytes as u64;
        t.retired_bytes += r.retired_bytes as u64;
        self.pauses.record(r.pause_ns);
        self.ttsp.record(r.ttsp_ns);
        if self.recent.len() == Self::RECENT {
            self.recent.pop_front();
        }
        self.recent.push_back(r);
    }

    /// Total pauses of either kind.
    pub fn collections(&self) -> u64 {
        self.minor.count + self.major.count
    }

    /// A human-readable summary (what `-X gc-stats` prints at exit).
    pub fn report(&self) -> String {
        let ms = |ns: u64| ns as f64 / 1e6;
        let mut s = String::new();
        for (name, t) in [("minor", &self.minor), ("major", &self.major)] {
            let avg = t.total_pause_ns.checked_div(t.count).unwrap_or(0);
            s += &format!(
                "gc: {name:5} collections={:<7} total={:.3}ms avg={:.3}ms max={:.3}ms promoted={}B freed={}B retired={}B\n",
                t.count,
                ms(t.total_pause_ns),
                ms(avg),
                ms(t.max_pause_ns),
                t.promoted_bytes,
                t.freed_bytes,
                t.retired_bytes
            );
        }
        s += &format!(
            "gc: pause p50={:.3}ms p90={:.3}ms p99={:.3}ms p99.9={:.3}ms max={:.3}ms\n",
            ms(self.pauses.percentile(50.0)),
            ms(self.pauses.percentile(90.0)),
            ms(self.pauses.percentile(99.0)),
            ms(self.pauses.percentile(99.9)),
            ms(self.pauses.percentile(100.0)),
        );
        s += &format!(
            "gc: time-to-safepoint p50={:.3}ms p99={:.3}ms max={:.3}ms\n",
            ms(self.ttsp.percentile(50.0)),
            ms(self.ttsp.percentile(99.0)),
            ms(self.ttsp.percentile(100.0)),
        );
        s += &format!("gc: heap now={}B peak={}B\n", self.heap_now, self.heap_peak);
        s
    }
}

#[cfg(test)]
mod tests {
    use super::Histogram;

    #[test]
    fn percentiles_are_within_a_bucket() {
        let mut h = Histogram::default();
        for ns in 1..=1000u64 {
            h.record(ns * 1000);
        }
        let p50 = h.percentile(50.0);
        assert!((500_000..=570_000).contains(&p50), "{p50}");
        let p99 = h.percentile(99.0);
        assert!((990_000..=1_130_000).contains(&p99), "{p99}");
        assert!(h.percentile(100.0) >= 1_000_000);
        assert_eq!(Histogram::default().percentile(50.0), 0);
        for ns in [0u64, 1, 7, 8, 9, 15, 16, 1 << 40, u64::MAX] {
            let b = Histogram::bucket(ns);
            assert!(Histogram::upper_bound(b) >= ns, "{ns}");
        }
    }
}
