//! The operating system's clocks and local-time conversions, for the `time` module: the
//! few C library calls (`clock_gettime`, `clock_getres`, `localtime_r`, `mktime`) that the
//! safe standard library does not offer. Everything else about time (calendars, formatting)
//! is plain Rust in `krait-stdlib`.

/// A clock of `clock_gettime`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clock {
    /// Wall-clock time since the epoch (`time.time`).
    Realtime,
    /// Never goes back (`time.monotonic`, `time.perf_counter`).
    Monotonic,
    /// CPU time of the process (`time.process_time`).
    Process,
    /// CPU time of the calling thread (`time.thread_time`).
    Thread,
}

impl Clock {
    fn id(self) -> libc::clockid_t {
        match self {
            Clock::Realtime => libc::CLOCK_REALTIME,
            Clock::Monotonic => libc::CLOCK_MONOTONIC,
            Clock::Process => libc::CLOCK_PROCESS_CPUTIME_ID,
            Clock::Thread => libc::CLOCK_THREAD_CPUTIME_ID,
        }
    }

    /// The C name of the clock, as `time.get_clock_info` reports it.
    pub fn c_name(self) -> &'static str {
        match self {
            Clock::Realtime => "clock_gettime(CLOCK_REALTIME)",
            Clock::Monotonic => "clock_gettime(CLOCK_MONOTONIC)",
            Clock::Process => "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)",
            Clock::Thread => "clock_gettime(CLOCK_THREAD_CPUTIME_ID)",
        }
    }
}

/// The clock's current value in nanoseconds (0 if the clock is unavailable).
pub fn clock_ns(c: Clock) -> i128 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec; the clock id is a constant the platform
    // defines. The call writes only `ts`.
    let r = unsafe { libc::clock_gettime(c.id(), &mut ts) };
    if r != 0 {
        return 0;
    }
    ts.tv_sec as i128 * 1_000_000_000 + ts.tv_nsec as i128
}

/// The clock's resolution in seconds.
pub fn clock_resolution(c: Clock) -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: as in `clock_ns`: `ts` is valid and writable.
    let r = unsafe { libc::clock_getres(c.id(), &mut ts) };
    if r != 0 {
        return 1e-9;
    }
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

/// A broken-down time (`struct tm`), with the C conventions: `year` since 1900, `mon`
/// 0-11, `yday` 0-365, `wday` 0-6 from Sunday.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tm {
    /// Years since 1900.
    pub year: i64,
    /// Month, 0-11.
    pub mon: i32,
    /// Day of the month, 1-31.
    pub mday: i32,
    /// Hours.
    pub hour: i32,
    /// Minutes.
    pub min: i32,
    /// Seconds (up to 61).
    pub sec: i32,
    /// Day of the week, 0-6 from Sunday.
    pub wday: i32,
    /// Day of the year, 0-365.
    pub yday: i32,
    /// Daylight saving time flag (-1 unknown).
    pub isdst: i32,
    /// Offset east of UTC in seconds.
    pub gmtoff: i64,
    /// Time zone abbreviation.
    pub zone: String,
}

fn from_c(t: &libc::tm) -> Tm {
    let zone = if t.tm_zone.is_null() {
        String::new()
    } else {
        // SAFETY: a non-null `tm_zone` set by `localtime_r` points to a NUL-terminated
        // abbreviation in the C library's static time zone data, valid for the process.
        unsafe { std::ffi::CStr::from_ptr(t.tm_zone) }
            .to_string_lossy()
            .into_owned()
    };
    Tm {
        year: t.tm_year as i64,
        mon: t.tm_mon,
        mday: t.tm_mday,
        hour: t.tm_hour,
        min: t.tm_min,
        sec: t.tm_sec,
        wday: t.tm_wday,
        yday: t.tm_yday,
        isdst: t.tm_isdst,
        gmtoff: t.tm_gmtoff,
        zone,
    }
}

/// Serializes calls that read the process's time zone state (`TZ` may be re-read by
/// `tzset`, which the C library does not make thread-safe with `setenv`).
static TZ_LOCK: parking_lot::Mutex<()> = parking_lot::Mutex::new(());

/// `localtime_r(t)`: local broken-down time, or `None` if `t` is out of range.
pub fn localtime(t: i64) -> Option<Tm> {
    let tt = libc::time_t::try_from(t).ok()?;
    // SAFETY: an all-zero `struct tm` is a valid value (integers and a null pointer).
    let mut out: libc::tm = unsafe { std::mem::zeroed() };
    let _g = TZ_LOCK.lock();
    // SAFETY: both pointers are valid for the call; `localtime_r` writes only `out`.
    let r = unsafe { libc::localtime_r(&tt, &mut out) };
    if r.is_null() {
        return None;
    }
    Some(from_c(&out))
}

/// `mktime(tm)`: seconds since the epoch of a local broken-down time (fields may be out of
/// range and are normalized), or `None` if it cannot be represented.
pub fn mktime(tm: &Tm) -> Option<i64> {
    // SAFETY: an all-zero `struct tm` is a valid value (integers and a null pointer).
    let mut t: libc::tm = unsafe { std::mem::zeroed() };
    t.tm_year = i32::try_from(tm.year).ok()?;
    t.tm_mon = tm.mon;
    t.tm_mday = tm.mday;
    t.tm_hour = tm.hour;
    t.tm_min = tm.min;
    t.tm_sec = tm.sec;
    t.tm_wday = -1; // sentinel: mktime sets it on success
    t.tm_yday = tm.yday;
    t.tm_isdst = tm.isdst;
    let _g = TZ_LOCK.lock();
    // SAFETY: `t` is a valid, writable `struct tm` whose `tm_zone` is null.
    let r = unsafe { libc::mktime(&mut t) };
    if r == -1 && t.tm_wday == -1 {
        return None;
    }
    Some(r as i64)
}

/// The operating system's id of the calling thread (`threading.get_native_id`).
pub fn native_thread_id() -> u64 {
    // SAFETY: gettid has no preconditions and cannot fail.
    (unsafe { libc::gettid() }) as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clocks_move_forward() {
        let a = clock_ns(Clock::Monotonic);
        let b = clock_ns(Clock::Monotonic);
        assert!(b >= a && a > 0);
        assert!(clock_ns(Clock::Realtime) > 1_600_000_000 * 1_000_000_000);
        assert!(clock_resolution(Clock::Monotonic) > 0.0);
    }

    #[test]
    fn local_time_round_trips() {
        let t = 1_234_567_890;
        let tm = localtime(t).expect("in range");
        assert_eq!(mktime(&tm), Some(t));
    }
}
