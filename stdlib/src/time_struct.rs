//! `time.struct_time` (a tuple of nine fields with names, plus `tm_zone` and `tm_gmtoff`
//! outside the sequence), the proleptic Gregorian calendar, and the conversions between
//! timestamps, struct_times and C `struct tm`s: `gmtime`, `localtime`, `mktime`, `asctime`,
//! `ctime`.

use crate::util;
use krait_vm::ctx::{Ctx, HandleMark, PyResult};
use krait_vm::object::{self, slot};
use krait_vm::objects::exceptions::{overflow_error, raise_msg, type_error, value_error};
use krait_vm::objects::float::{float_value, new_float};
use krait_vm::objects::function::{Args, NativeDef};
use krait_vm::objects::int::{self, int_value};
use krait_vm::objects::list::{list_get, list_len};
use krait_vm::objects::list_methods::tuple_value;
use krait_vm::objects::str::{as_str, is_str, new_str};
use krait_vm::objects::tuple::{new_tuple, tuple_get, tuple_len};
use krait_vm::objects::typeobj::{is_subtype, type_of};
use krait_vm::os_time::{self, Tm};
use krait_vm::runtime::{none, Global};
use krait_vm::types_init::{layout, GetSet, TypeSpec};
use krait_vm::value::Value;
use krait_vm::{getter, native_table};

/// `time.struct_time`.
pub static STRUCT_TIME_TYPE: Global = Global::new();

/// Slots of a struct_time: the wrapped 9-tuple, then the two fields outside the sequence.
const SLOT_TUPLE: usize = 0;
const SLOT_ZONE: usize = 1;
const SLOT_GMTOFF: usize = 2;

/// Field names, the sequence ones first.
pub const FIELDS: [&str; 11] = [
    "tm_year",
    "tm_mon",
    "tm_mday",
    "tm_hour",
    "tm_min",
    "tm_sec",
    "tm_wday",
    "tm_yday",
    "tm_isdst",
    "tm_zone",
    "tm_gmtoff",
];

// --- Calendar ------------------------------------------------------------------------------

/// Whether `y` is a leap year.
pub fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// Days in month `m` (1-12) of year `y`.
pub fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days from 1970-01-01 to the civil date `y-m-d` (months 1-12).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400; // [0, 399]
    let mp = (m + 9) % 12; // March = 0
    let doy = (153 * mp + 2) / 5 + d - 1; // [0, 365]
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; // [0, 146096]
    era * 146_097 + doe - 719_468
}

/// The civil date `(y, m, d)` of a day count from 1970-01-01.
pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// Day of the week of a day count, 0-6 from Sunday.
pub fn weekday_sunday0(days: i64) -> i64 {
    (days + 4).rem_euclid(7)
}

/// `gmtime`: the UTC broken-down time of a timestamp (`None` if the year overflows).
pub fn gmtime_tm(t: i64) -> Option<Tm> {
    let days = t.div_euclid(86_400);
    let secs = t.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    if y - 1900 > i32::MAX as i64 || y - 1900 < i32::MIN as i64 {
        return None;
    }
    Some(Tm {
        year: y - 1900,
        mon: (m - 1) as i32,
        mday: d as i32,
        hour: (secs / 3600) as i32,
        min: (secs / 60 % 60) as i32,
        sec: (secs % 60) as i32,
        wday: weekday_sunday0(days) as i32,
        yday: (days - days_from_civil(y, 1, 1)) as i32,
        isdst: 0,
        gmtoff: 0,
        zone: "GMT".to_owned(),
    })
}

// --- struct_time objects -------------------------------------------------------------------

fn is_struct_time(v: Value) -> bool {
    v.is_ref() && is_subtype(type_of(v), STRUCT_TIME_TYPE.get())
}

/// A struct_time from a sequence tuple and the two extra fields.
fn make(cx: &mut Ctx, cls: Value, tuple: Value, zone: Value, gmtoff: Value) -> PyResult<Value> {
    let mark = cx.handle_mark();
    let hs = [cx.root(tuple), cx.root(zone), cx.root(gmtoff)];
    let o = cx.alloc_fixed(cls, 3)?;
    for (i, h) in hs.iter().enumerate() {
        let v = cx.get(*h);
        object::init_slot(o, i, v);
    }
    cx.pop_handles(mark);
    Ok(Value::from_obj(o))
}

/// A struct_time of a broken-down time.
pub fn struct_time_of(cx: &mut Ctx, tm: &Tm) -> PyResult<Value> {
    let year = int::from_i64(cx, tm.year + 1900)?;
    let h = cx.root(year);
    let fields = [
        Value::int(tm.mon as i64 + 1),
        Value::int(tm.mday as i64),
        Value::int(tm.hour as i64),
        Value::int(tm.min as i64),
        Value::int(tm.sec as i64),
        Value::int((tm.wday as i64 + 6) % 7),
        Value::int(tm.yday as i64 + 1),
        Value::int(tm.isdst as i64),
    ];
    let year = cx.get(h);
    let mut items = vec![year];
    items.extend(fields);
    let t = new_tuple(cx, &items)?;
    cx.set(h, t);
    let zone = new_str(cx, &tm.zone)?;
    let hz = cx.root(zone);
    let gmtoff = int::from_i64(cx, tm.gmtoff)?;
    let (t, zone) = (cx.get(h), cx.get(hz));
    cx.pop_handles(HandleMark::from_handle(h));
    make(cx, STRUCT_TIME_TYPE.get(), t, zone, gmtoff)
}

fn st_new(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let cls = a.get(0);
    let seq = if a.len() > 1 {
        a.get(1)
    } else {
        a.kw("sequence").unwrap_or(Value::NULL)
    };
    if seq.is_null() {
        return Err(type_error(
            cx,
            "structseq() missing required argument 'sequence' (pos 1)",
        ));
    }
    let mark = cx.handle_mark();
    let hcls = cx.root(cls);
    if !krait_vm::ops::iter::is_iterable(cx, seq) {
        return Err(type_error(cx, "constructor requires a sequence"));
    }
    let l = krait_vm::ops::iter::to_list(cx, seq)?;
    let n = list_len(l);
    if n < 9 {
        let msg = format!("time.struct_time() takes an at least 9-sequence ({n}-sequence given)");
        return Err(type_error(cx, &msg));
    }
    if n > 11 {
        let msg = format!("time.struct_time() takes an at most 11-sequence ({n}-sequence given)");
        return Err(type_error(cx, &msg));
    }
    let hl = cx.root(l);
    let items: Vec<Value> = (0..9).map(|i| list_get(l, i)).collect();
    let t = new_tuple(cx, &items)?;
    let l = cx.get(hl);
    let extra = |i: usize| if i < n { list_get(l, i) } else { none() };
    let (zone, gmtoff) = (extra(9), extra(10));
    let cls = cx.get(hcls);
    cx.pop_handles(mark);
    make(cx, cls, t, zone, gmtoff)
}

fn st_tuple(v: Value) -> Value {
    tuple_value(v).unwrap_or(v)
}

fn st_repr(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let h = cx.root(a.get(0));
    let mut parts = Vec::with_capacity(9);
    for (i, name) in FIELDS.iter().enumerate().take(9) {
        let t = st_tuple(cx.get(h));
        let r = krait_vm::ops::repr::repr_string(cx, tuple_get(t, i))?;
        parts.push(format!("{name}={r}"));
    }
    cx.pop_handles(HandleMark::from_handle(h));
    new_str(cx, &format!("time.struct_time({})", parts.join(", ")))
}

fn st_reduce(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = a.get(0);
    let t = st_tuple(v);
    let args = new_tuple(cx, &[t])?;
    let ty = type_of(a.get(0));
    new_tuple(cx, &[ty, args])
}

fn field(a: &Args<'_>, i: usize) -> Value {
    let v = a.get(0);
    match i {
        9 => slot(v.obj(), SLOT_ZONE),
        10 => slot(v.obj(), SLOT_GMTOFF),
        _ => tuple_get(slot(v.obj(), SLOT_TUPLE), i),
    }
}

macro_rules! field_getters {
    ($($f:ident = $i:literal;)*) => {
        $(fn $f(_cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> { Ok(field(&a, $i)) })*
    };
}
field_getters! {
    g_year = 0; g_mon = 1; g_mday = 2; g_hour = 3; g_min = 4; g_sec = 5; g_wday = 6;
    g_yday = 7; g_isdst = 8; g_zone = 9; g_gmtoff = 10;
}

fn readonly(cx: &mut Ctx, _a: Args<'_>) -> PyResult<Value> {
    Err(raise_msg(
        cx,
        krait_vm::objects::exceptions::ATTRIBUTE_ERROR.get(),
        "readonly attribute",
    ))
}

static READONLY: NativeDef = NativeDef {
    name: "__set__",
    func: readonly,
    kind: krait_vm::objects::function::NativeKind::Method,
    doc: "",
};

macro_rules! getsets {
    ($($name:literal => $f:ident),*) => {
        &[$(GetSet { name: $name, get: getter!($name, $f), set: Some(&READONLY) },)*]
    };
}

static STRUCT_TIME_GETSETS: &[GetSet] = getsets![
    "tm_year" => g_year, "tm_mon" => g_mon, "tm_mday" => g_mday, "tm_hour" => g_hour,
    "tm_min" => g_min, "tm_sec" => g_sec, "tm_wday" => g_wday, "tm_yday" => g_yday,
    "tm_isdst" => g_isdst, "tm_zone" => g_zone, "tm_gmtoff" => g_gmtoff
];

static STRUCT_TIME_METHODS: &[NativeDef] = native_table![
    StaticMethod "__new__" => st_new,
    Method "__repr__" => st_repr,
    Method "__reduce__" => st_reduce,
];

/// Creates `time.struct_time` and sets it on the module.
pub fn init_type(cx: &mut Ctx, module: Value) -> PyResult<()> {
    let h = cx.root(module);
    let spec = TypeSpec {
        global: &STRUCT_TIME_TYPE,
        name: "struct_time",
        base: Some(&krait_vm::runtime::TYPES.tuple),
        layout: layout(krait_vm::object::kind::FIXED, 3, false),
        flags: krait_vm::objects::typeobj::tflags::OWN_REPR,
        methods: STRUCT_TIME_METHODS,
        getsets: STRUCT_TIME_GETSETS,
    };
    let t = krait_vm::types_init::make_module_type(cx, &spec, "time")?;
    let ht = cx.root(t);
    let dict = krait_vm::objects::typeobj::type_slot(t, krait_vm::objects::typeobj::tslot::DICT);
    let hd = cx.root(dict);
    for (name, n) in [
        ("n_fields", 11),
        ("n_sequence_fields", 9),
        ("n_unnamed_fields", 0),
    ] {
        let k = krait_vm::objects::str::intern(cx, name)?;
        let d = cx.get(hd);
        krait_vm::objects::dict::dict_set(cx, d, k, Value::int(n))?;
    }
    let mut names = Vec::new();
    for name in &FIELDS[..9] {
        names.push(krait_vm::objects::str::intern(cx, name)?);
    }
    let match_args = new_tuple(cx, &names)?;
    let k = krait_vm::objects::str::intern(cx, "__match_args__")?;
    let d = cx.get(hd);
    krait_vm::objects::dict::dict_set(cx, d, k, match_args)?;
    let (m, t) = (cx.get(h), cx.get(ht));
    cx.pop_handles(HandleMark::from_handle(h));
    util::set_attr(cx, m, "struct_time", t)
}

// --- Arguments -----------------------------------------------------------------------------

/// `OverflowError: timestamp out of range for platform time_t`.
pub fn time_t_overflow(cx: &mut Ctx) -> krait_vm::ctx::Raised {
    overflow_error(cx, "timestamp out of range for platform time_t")
}

/// A timestamp argument rounded toward negative infinity (`None`: the current time).
pub fn timestamp_arg(cx: &mut Ctx, v: Value) -> PyResult<i64> {
    if v.is_null() || v == none() {
        return Ok((os_time::clock_ns(os_time::Clock::Realtime)).div_euclid(1_000_000_000) as i64);
    }
    if let Some(f) = float_value(v) {
        if f.is_nan() {
            return Err(value_error(cx, "Invalid value NaN (not a number)"));
        }
        let f = f.floor();
        if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&f) {
            return Err(time_t_overflow(cx));
        }
        return Ok(f as i64);
    }
    let i = krait_vm::ops::number::index(cx, v)?;
    match int::to_i64(i) {
        Some(t) => Ok(t),
        None => Err(time_t_overflow(cx)),
    }
}

/// A C `int` from a time tuple item ("i" argument conversion).
fn c_int(cx: &mut Ctx, v: Value) -> PyResult<i32> {
    let i = match int_value(v) {
        Some(i) => i,
        None => krait_vm::ops::number::index(cx, v)?,
    };
    match int::to_i64(i) {
        Some(x) if x > i32::MAX as i64 => {
            Err(overflow_error(cx, "signed integer is greater than maximum"))
        }
        Some(x) if x < i32::MIN as i64 => {
            Err(overflow_error(cx, "signed integer is less than minimum"))
        }
        Some(x) => Ok(x as i32),
        None if int::sign(i) < 0 => Err(overflow_error(cx, "signed integer is less than minimum")),
        None => Err(overflow_error(cx, "signed integer is greater than maximum")),
    }
}

/// A broken-down time from a struct_time or 9-tuple (CPython's `gettmarg`), in C
/// conventions.
pub fn tm_arg(cx: &mut Ctx, v: Value, fname: &str) -> PyResult<Tm> {
    let Some(t) = tuple_value(v) else {
        return Err(type_error(cx, "Tuple or struct_time argument required"));
    };
    if tuple_len(t) != 9 {
        let msg = format!("{fname}(): illegal time tuple argument");
        return Err(type_error(cx, &msg));
    }
    let h = cx.root(v);
    let mut f = [0i32; 9];
    for (i, slot_) in f.iter_mut().enumerate() {
        let t = tuple_value(cx.get(h)).unwrap_or(Value::NULL);
        *slot_ = c_int(cx, tuple_get(t, i))?;
    }
    let v = cx.get(h);
    cx.pop_handles(HandleMark::from_handle(h));
    let mut tm = Tm {
        year: f[0] as i64 - 1900,
        mon: f[1].wrapping_sub(1),
        mday: f[2],
        hour: f[3],
        min: f[4],
        sec: f[5],
        wday: (f[6].wrapping_add(1)) % 7,
        yday: f[7].wrapping_sub(1),
        isdst: f[8],
        gmtoff: 0,
        zone: String::new(),
    };
    if is_struct_time(v) {
        let zone = slot(v.obj(), SLOT_ZONE);
        if is_str(zone) {
            tm.zone = as_str(zone).to_owned();
        }
        if let Some(g) = int_value(slot(v.obj(), SLOT_GMTOFF)).and_then(int::to_i64) {
            tm.gmtoff = g;
        }
    }
    Ok(tm)
}

/// CPython's `checktm`: range checks (and fix-ups of zero fields) before formatting.
pub fn check_tm(cx: &mut Ctx, tm: &mut Tm) -> PyResult<()> {
    let err = |cx: &mut Ctx, what: &str| Err(value_error(cx, &format!("{what} out of range")));
    if tm.mon == -1 {
        tm.mon = 0;
    } else if !(0..=11).contains(&tm.mon) {
        return err(cx, "month");
    }
    if tm.mday == 0 {
        tm.mday = 1;
    } else if !(0..=31).contains(&tm.mday) {
        return err(cx, "day of month");
    }
    if !(0..=23).contains(&tm.hour) {
        return err(cx, "hour");
    }
    if !(0..=59).contains(&tm.min) {
        return err(cx, "minute");
    }
    if !(0..=61).contains(&tm.sec) {
        return err(cx, "seconds");
    }
    if tm.wday < 0 {
        return err(cx, "day of week");
    }
    if tm.yday == -1 {
        tm.yday = 0;
    } else if !(0..=365).contains(&tm.yday) {
        return err(cx, "day of year");
    }
    Ok(())
}

/// The local broken-down time of a timestamp.
pub fn localtime_tm(cx: &mut Ctx, t: i64) -> PyResult<Tm> {
    match os_time::localtime(t) {
        Some(tm) => Ok(tm),
        None => Err(time_t_overflow(cx)),
    }
}

// --- Functions -----------------------------------------------------------------------------

pub fn t_gmtime(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    util::positional(cx, &a, "time.gmtime", "gmtime", 0, 1)?;
    let t = timestamp_arg(cx, a.get(0))?;
    match gmtime_tm(t) {
        Some(tm) => struct_time_of(cx, &tm),
        None => Err(time_t_overflow(cx)),
    }
}

pub fn t_localtime(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    util::positional(cx, &a, "time.localtime", "localtime", 0, 1)?;
    let t = timestamp_arg(cx, a.get(0))?;
    let tm = localtime_tm(cx, t)?;
    struct_time_of(cx, &tm)
}

pub fn t_mktime(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let v = util::one(cx, &a, "time.mktime")?;
    let tm = tm_arg(cx, v, "mktime")?;
    match os_time::mktime(&tm) {
        Some(t) => new_float(cx, t as f64),
        None => Err(overflow_error(cx, "mktime argument out of range")),
    }
}

const WDAY: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MON: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// `asctime`'s text: `Sun Jan  1 00:00:00 1970`.
pub fn asctime_text(tm: &Tm) -> String {
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        WDAY[tm.wday.rem_euclid(7) as usize],
        MON[tm.mon.rem_euclid(12) as usize],
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year + 1900
    )
}

pub fn t_asctime(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    util::positional(cx, &a, "time.asctime", "asctime", 0, 1)?;
    let v = a.get(0);
    let mut tm = if v.is_null() {
        let now = timestamp_arg(cx, Value::NULL)?;
        localtime_tm(cx, now)?
    } else {
        tm_arg(cx, v, "asctime")?
    };
    check_tm(cx, &mut tm)?;
    new_str(cx, &asctime_text(&tm))
}

pub fn t_ctime(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    util::positional(cx, &a, "time.ctime", "ctime", 0, 1)?;
    let t = timestamp_arg(cx, a.get(0))?;
    let tm = localtime_tm(cx, t)?;
    new_str(cx, &asctime_text(&tm))
}

/// Sets `tm_zone` and/or `tm_gmtoff` of a new struct_time to None.
pub fn clear_extra_fields(cx: &mut Ctx, st: Value, zone: bool, gmtoff: bool) {
    if zone {
        cx.set_slot(st.obj(), SLOT_ZONE, none());
    }
    if gmtoff {
        cx.set_slot(st.obj(), SLOT_GMTOFF, none());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_round_trips() {
        for days in [-1_000_000, -719_468, -1, 0, 1, 11_016, 19_782, 2_932_896] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(weekday_sunday0(0), 4);
    }

    #[test]
    fn gmtime_matches_c() {
        let tm = gmtime_tm(1_234_567_890).unwrap();
        assert_eq!((tm.year, tm.mon, tm.mday), (109, 1, 13));
        assert_eq!(
            (tm.hour, tm.min, tm.sec, tm.wday, tm.yday),
            (23, 31, 30, 5, 43)
        );
        let tm = gmtime_tm(-1).unwrap();
        assert_eq!((tm.year, tm.mon, tm.mday, tm.yday), (69, 11, 31, 364));
    }
}
