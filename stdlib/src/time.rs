//! The `time` module: clocks, `sleep`, the time zone constants and `get_clock_info`.
//! `struct_time` and the calendar conversions are in `time_struct.rs`, `strftime` and
//! `strptime` in `time_format.rs`; the operating system calls in `krait_vm::os_time`.
//!
//! `sleep` parks the thread for the collector: a sleeping thread never delays a pause.

use crate::time_format::{t_strftime, t_strptime};
use crate::time_struct::{t_asctime, t_ctime, t_gmtime, t_localtime, t_mktime};
use crate::util;
use krait_vm::ctx::{Ctx, HandleMark, PyResult};
use krait_vm::native_table;
use krait_vm::objects::exceptions::{overflow_error, type_error, value_error};
use krait_vm::objects::float::{float_value, new_float};
use krait_vm::objects::function::{Args, NativeDef};
use krait_vm::objects::int::{self, from_i128, int_value};
use krait_vm::objects::str::{as_str, is_str_like, new_str, str_value};
use krait_vm::objects::tuple::new_tuple;
use krait_vm::os_time::{self, Clock};
use krait_vm::sys::{simple_namespace, NsVal};
use krait_vm::value::Value;
use std::sync::OnceLock;

/// Registers `time`.
pub fn register() {
    krait_vm::ops::import::register_native("time", init);
}

/// The local time zone as CPython describes it at import: offsets west of UTC of standard
/// and daylight time, whether there is daylight time, and the two names.
struct TimeZone {
    timezone: i64,
    altzone: i64,
    daylight: bool,
    names: [String; 2],
}

fn zone() -> &'static TimeZone {
    static ZONE: OnceLock<TimeZone> = OnceLock::new();
    ZONE.get_or_init(|| {
        // Sample January and July of this year, as CPython's `init_timezone` does.
        const YEAR: i64 = (365 * 24 + 6) * 3600;
        let now = (os_time::clock_ns(Clock::Realtime) / 1_000_000_000) as i64;
        let jan_t = now.div_euclid(YEAR) * YEAR;
        let jan = os_time::localtime(jan_t).unwrap_or_default();
        let jul = os_time::localtime(jan_t + YEAR / 2).unwrap_or_default();
        let (janzone, julzone) = (-jan.gmtoff, -jul.gmtoff);
        if janzone < julzone {
            // Daylight time is in January: the southern hemisphere.
            TimeZone {
                timezone: julzone,
                altzone: janzone,
                daylight: janzone != julzone,
                names: [jul.zone, jan.zone],
            }
        } else {
            TimeZone {
                timezone: janzone,
                altzone: julzone,
                daylight: janzone != julzone,
                names: [jan.zone, jul.zone],
            }
        }
    })
}

/// `time.tzname` (lower-cased for matching) and `time.daylight`, for `strptime`.
pub fn tz_names() -> (Vec<String>, bool) {
    let z = zone();
    (
        z.names.iter().map(|n| n.to_lowercase()).collect(),
        z.daylight,
    )
}

fn init(cx: &mut Ctx, m: Value) -> PyResult<()> {
    util::add_functions(cx, m, FUNCTIONS)?;
    crate::time_struct::init_type(cx, m)?;
    let h = cx.root(m);
    let z = zone();
    for (name, v) in [
        ("timezone", z.timezone),
        ("altzone", z.altzone),
        ("daylight", i64::from(z.daylight)),
        ("_STRUCT_TM_ITEMS", 11),
        ("CLOCK_REALTIME", 0),
        ("CLOCK_MONOTONIC", 1),
        ("CLOCK_PROCESS_CPUTIME_ID", 2),
        ("CLOCK_THREAD_CPUTIME_ID", 3),
    ] {
        let v = int::from_i64(cx, v)?;
        let m = cx.get(h);
        util::set_attr(cx, m, name, v)?;
    }
    let a = new_str(cx, &z.names[0])?;
    let ha = cx.root(a);
    let b = new_str(cx, &z.names[1])?;
    let a = cx.get(ha);
    let names = new_tuple(cx, &[a, b])?;
    let m = cx.get(h);
    util::set_attr(cx, m, "tzname", names)?;
    cx.pop_handles(HandleMark::from_handle(h));
    Ok(())
}

// --- Clocks --------------------------------------------------------------------------------

/// Nanoseconds as float seconds, as CPython converts them (exact for whole seconds).
fn ns_to_seconds(ns: i128) -> f64 {
    if ns % 1_000_000_000 == 0 {
        (ns / 1_000_000_000) as f64
    } else {
        ns as f64 / 1e9
    }
}

macro_rules! clocks {
    ($($f:ident $fns:ident $name:literal => $clock:expr;)*) => {
        $(
            fn $f(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
                util::positional(cx, &a, concat!("time.", $name), $name, 0, 0)?;
                new_float(cx, ns_to_seconds(os_time::clock_ns($clock)))
            }
            fn $fns(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
                util::positional(cx, &a, concat!("time.", $name, "_ns"), concat!($name, "_ns"), 0, 0)?;
                from_i128(cx, os_time::clock_ns($clock))
            }
        )*
    };
}

clocks! {
    t_time t_time_ns "time" => Clock::Realtime;
    t_monotonic t_monotonic_ns "monotonic" => Clock::Monotonic;
    t_perf_counter t_perf_counter_ns "perf_counter" => Clock::Monotonic;
    t_process_time t_process_time_ns "process_time" => Clock::Process;
    t_thread_time t_thread_time_ns "thread_time" => Clock::Thread;
}

/// A clock id of `clock_gettime` and friends.
fn clock_id(cx: &mut Ctx, v: Value) -> PyResult<Clock> {
    let id = krait_vm::ops::number::index_as_long(cx, v)?;
    match id {
        0 => Ok(Clock::Realtime),
        1 => Ok(Clock::Monotonic),
        2 => Ok(Clock::Process),
        3 => Ok(Clock::Thread),
        _ => {
            let msg = "[Errno 22] Invalid argument";
            Err(krait_vm::objects::exceptions::raise_msg(
                cx,
                krait_vm::objects::exceptions::OS_ERROR.get(),
                msg,
            ))
        }
    }
}

fn t_clock_gettime(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = util::one(cx, &a, "time.clock_gettime")?;
    let c = clock_id(cx, v)?;
    new_float(cx, ns_to_seconds(os_time::clock_ns(c)))
}

fn t_clock_gettime_ns(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = util::one(cx, &a, "time.clock_gettime_ns")?;
    let c = clock_id(cx, v)?;
    from_i128(cx, os_time::clock_ns(c))
}

fn t_clock_getres(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = util::one(cx, &a, "time.clock_getres")?;
    let c = clock_id(cx, v)?;
    new_float(cx, os_time::clock_resolution(c))
}

fn t_get_clock_info(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = util::one(cx, &a, "time.get_clock_info")?;
    if !is_str_like(v) {
        let msg = format!(
            "get_clock_info() argument must be str, not {}",
            krait_vm::objects::typeobj::type_name(krait_vm::objects::typeobj::type_of(v))
        );
        return Err(type_error(cx, &msg));
    }
    let (clock, monotonic, adjustable) = match as_str(str_value(v)) {
        "time" => (Clock::Realtime, false, true),
        "monotonic" | "perf_counter" => (Clock::Monotonic, true, false),
        "process_time" => (Clock::Process, true, false),
        "thread_time" => (Clock::Thread, true, false),
        _ => return Err(value_error(cx, "unknown clock")),
    };
    simple_namespace(
        cx,
        &[
            ("implementation", NsVal::Str(clock.c_name())),
            ("monotonic", NsVal::Bool(monotonic)),
            ("adjustable", NsVal::Bool(adjustable)),
            ("resolution", NsVal::Float(os_time::clock_resolution(clock))),
        ],
    )
}

// --- sleep ---------------------------------------------------------------------------------

/// A timeout in nanoseconds, rounded up, with CPython's conversion errors.
pub(crate) fn timeout_ns(cx: &mut Ctx, v: Value) -> PyResult<i128> {
    if let Some(f) = float_value(v) {
        if f.is_nan() {
            return Err(value_error(cx, "Invalid value NaN (not a number)"));
        }
        let ns = (f * 1e9).ceil();
        if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&ns) {
            return Err(overflow_error(
                cx,
                "timestamp out of range for platform time_t",
            ));
        }
        return Ok(ns as i128);
    }
    let i = match int_value(v) {
        Some(i) => i,
        None => krait_vm::ops::number::index(cx, v)?,
    };
    match int::to_i64(i).and_then(|s| s.checked_mul(1_000_000_000)) {
        Some(ns) => Ok(ns as i128),
        None => Err(overflow_error(
            cx,
            "timestamp too large to convert to C _PyTime_t",
        )),
    }
}

fn t_sleep(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = util::one(cx, &a, "time.sleep")?;
    let ns = timeout_ns(cx, v)?;
    if ns < 0 {
        return Err(value_error(cx, "sleep length must be non-negative"));
    }
    let d = std::time::Duration::from_nanos(ns as u64);
    // Parked: the collector does not wait for a sleeping thread (it touches no heap).
    cx.m.parked(|| std::thread::sleep(d));
    Ok(krait_vm::runtime::none())
}

/// The functions of `time`.
static FUNCTIONS: &[NativeDef] = native_table![
    Function "time" => t_time, Function "time_ns" => t_time_ns,
    Function "monotonic" => t_monotonic, Function "monotonic_ns" => t_monotonic_ns,
    Function "perf_counter" => t_perf_counter, Function "perf_counter_ns" => t_perf_counter_ns,
    Function "process_time" => t_process_time, Function "process_time_ns" => t_process_time_ns,
    Function "thread_time" => t_thread_time, Function "thread_time_ns" => t_thread_time_ns,
    Function "clock_gettime" => t_clock_gettime, Function "clock_gettime_ns" => t_clock_gettime_ns,
    Function "clock_getres" => t_clock_getres,
    Function "get_clock_info" => t_get_clock_info,
    Function "sleep" => t_sleep,
    Function "gmtime" => t_gmtime, Function "localtime" => t_localtime,
    Function "mktime" => t_mktime, Function "asctime" => t_asctime, Function "ctime" => t_ctime,
    Function "strftime" => t_strftime, Function "strptime" => t_strptime,
];
