//! `time.strftime` and `time.strptime` for the C locale.
//!
//! `strftime` implements the C library's conversions (with glibc's `-`, `_`, `0`, `^` flags
//! and field widths), so results do not depend on the platform. `strptime` follows
//! CPython's `_strptime`: each directive becomes a list of alternatives tried in order with
//! backtracking (what its regular expression does), matching is case-insensitive, runs of
//! whitespace in the format match one or more whitespace characters, and the fields found
//! are combined into a date with the same defaults and errors.

use crate::time_struct::{
    check_tm, civil_from_days, days_from_civil, days_in_month, is_leap, localtime_tm,
    struct_time_of, timestamp_arg, tm_arg,
};
use crate::util;
use krait_vm::ctx::{Ctx, PyResult};
use krait_vm::objects::exceptions::{type_error, value_error};
use krait_vm::objects::function::Args;
use krait_vm::objects::str::{as_str, is_str_like, new_str, str_repr, str_value};
use krait_vm::objects::typeobj::type_of;
use krait_vm::os_time::Tm;
use krait_vm::value::Value;

const WEEKDAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

// --- strftime ------------------------------------------------------------------------------

/// ISO 8601 `(year, week)` of a date given its year, 0-based day of the year, and weekday
/// (0 = Sunday).
fn iso_week(year: i64, yday: i64, wday: i64) -> (i64, i64) {
    let weeks_in = |y: i64| {
        let p =
            |y: i64| (y + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400)).rem_euclid(7);
        if p(y) == 4 || p(y - 1) == 3 {
            53
        } else {
            52
        }
    };
    let monday0 = (wday + 6).rem_euclid(7);
    let week = (yday - monday0 + 10).div_euclid(7);
    if week < 1 {
        (year - 1, weeks_in(year - 1))
    } else if week > weeks_in(year) {
        (year + 1, 1)
    } else {
        (year, week)
    }
}

/// Pads a number as glibc does: `pad` is the default padding (`'0'` or `' '`), a flag may
/// override it (`'-'` none, `'_'` spaces, `'0'` zeros), and `width` the default width.
fn num(out: &mut String, v: i64, width: usize, pad: char, flag: Option<char>, w: Option<usize>) {
    let width = w.unwrap_or(width);
    let pad = match flag {
        Some('-') => None,
        Some('_') => Some(' '),
        Some('0') => Some('0'),
        _ => Some(pad),
    };
    let digits = v.unsigned_abs().to_string();
    let sign = if v < 0 { "-" } else { "" };
    let body_len = digits.len() + sign.len();
    match pad {
        Some('0') if body_len < width => {
            out.push_str(sign);
            out.extend(std::iter::repeat_n('0', width - body_len));
            out.push_str(&digits);
        }
        Some(c) if body_len < width => {
            out.extend(std::iter::repeat_n(c, width - body_len));
            out.push_str(sign);
            out.push_str(&digits);
        }
        _ => {
            out.push_str(sign);
            out.push_str(&digits);
        }
    }
}

/// Text conversions, with `^` upper-casing and a width padding with spaces.
fn text(out: &mut String, s: &str, flag: Option<char>, w: Option<usize>) {
    let s = if flag == Some('^') {
        s.to_uppercase()
    } else {
        s.to_owned()
    };
    if let Some(w) = w {
        let n = s.chars().count();
        if n < w {
            let c = if flag == Some('0') { '0' } else { ' ' };
            out.extend(std::iter::repeat_n(c, w - n));
        }
    }
    out.push_str(&s);
}

/// `strftime(fmt, tm)` in the C locale.
pub fn strftime(fmt: &str, tm: &Tm) -> String {
    let mut out = String::new();
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    let year = tm.year + 1900;
    let (wday, yday) = (tm.wday as i64, tm.yday as i64);
    let hour12 = match tm.hour % 12 {
        0 => 12,
        h => h as i64,
    };
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let mut flag = None;
        while let Some(&f) = chars.get(i) {
            if matches!(f, '-' | '_' | '0' | '^' | '#') {
                flag = Some(f);
                i += 1;
            } else {
                break;
            }
        }
        let mut width = None;
        while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
            width = Some(width.unwrap_or(0) * 10 + d as usize);
            i += 1;
        }
        while matches!(chars.get(i), Some('E') | Some('O')) {
            i += 1;
        }
        let Some(&conv) = chars.get(i) else {
            out.extend(&chars[start..]);
            break;
        };
        i += 1;
        let o = &mut out;
        match conv {
            'a' => text(o, &WEEKDAYS[wday.rem_euclid(7) as usize][..3], flag, width),
            'A' => text(o, WEEKDAYS[wday.rem_euclid(7) as usize], flag, width),
            'b' | 'h' => text(o, &MONTHS[tm.mon.rem_euclid(12) as usize][..3], flag, width),
            'B' => text(o, MONTHS[tm.mon.rem_euclid(12) as usize], flag, width),
            'c' => text(o, &strftime("%a %b %e %H:%M:%S %Y", tm), flag, width),
            'C' => num(o, year.div_euclid(100), 2, '0', flag, width),
            'd' => num(o, tm.mday as i64, 2, '0', flag, width),
            'D' => text(o, &strftime("%m/%d/%y", tm), flag, width),
            'e' => num(o, tm.mday as i64, 2, ' ', flag, width),
            'F' => text(o, &strftime("%Y-%m-%d", tm), flag, width),
            'G' => num(o, iso_week(year, yday, wday).0, 1, '0', flag, width),
            'g' => num(
                o,
                iso_week(year, yday, wday).0.rem_euclid(100),
                2,
                '0',
                flag,
                width,
            ),
            'H' => num(o, tm.hour as i64, 2, '0', flag, width),
            'I' => num(o, hour12, 2, '0', flag, width),
            'j' => num(o, yday + 1, 3, '0', flag, width),
            'k' => num(o, tm.hour as i64, 2, ' ', flag, width),
            'l' => num(o, hour12, 2, ' ', flag, width),
            'm' => num(o, tm.mon as i64 + 1, 2, '0', flag, width),
            'M' => num(o, tm.min as i64, 2, '0', flag, width),
            'n' => o.push('\n'),
            'p' => text(o, if tm.hour < 12 { "AM" } else { "PM" }, flag, width),
            'P' => text(o, if tm.hour < 12 { "am" } else { "pm" }, flag, width),
            'r' => text(o, &strftime("%I:%M:%S %p", tm), flag, width),
            'R' => text(o, &strftime("%H:%M", tm), flag, width),
            's' => {
                let t = krait_vm::os_time::mktime(tm).unwrap_or(-1);
                num(o, t, 1, '0', flag, width)
            }
            'S' => num(o, tm.sec as i64, 2, '0', flag, width),
            't' => o.push('\t'),
            'T' => text(o, &strftime("%H:%M:%S", tm), flag, width),
            'u' => num(o, (wday + 6).rem_euclid(7) + 1, 1, '0', flag, width),
            'U' => num(o, (yday + 7 - wday).div_euclid(7), 2, '0', flag, width),
            'V' => num(o, iso_week(year, yday, wday).1, 2, '0', flag, width),
            'w' => num(o, wday, 1, '0', flag, width),
            'W' => num(
                o,
                (yday + 7 - (wday + 6).rem_euclid(7)).div_euclid(7),
                2,
                '0',
                flag,
                width,
            ),
            'x' => text(o, &strftime("%m/%d/%y", tm), flag, width),
            'X' => text(o, &strftime("%H:%M:%S", tm), flag, width),
            'y' => num(o, year.rem_euclid(100), 2, '0', flag, width),
            'Y' => num(o, year, 1, '0', flag, width),
            'z' => {
                let off = tm.gmtoff;
                let sign = if off < 0 { '-' } else { '+' };
                let m = off.abs() / 60;
                o.push(sign);
                num(
                    o,
                    (m / 60) * 100 + m % 60,
                    4,
                    '0',
                    flag,
                    width.map(|w| w.saturating_sub(1)),
                );
            }
            'Z' => text(o, &tm.zone, flag, width),
            '%' => o.push('%'),
            _ => o.extend(&chars[start..i]),
        }
    }
    out
}

pub fn t_strftime(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    util::positional(cx, &a, "time.strftime", "strftime", 1, 2)?;
    let f = a.get(0);
    if !is_str_like(f) {
        let msg = format!(
            "strftime() argument 1 must be str, not {}",
            krait_vm::objects::typeobj::type_name(type_of(f))
        );
        return Err(type_error(cx, &msg));
    }
    let t = a.get(1);
    let mut tm = if t.is_null() {
        let now = timestamp_arg(cx, Value::NULL)?;
        localtime_tm(cx, now)?
    } else {
        tm_arg(cx, t, "strftime")?
    };
    check_tm(cx, &mut tm)?;
    tm.isdst = tm.isdst.clamp(-1, 1);
    let fmt = as_str(str_value(a.get(0))).to_owned();
    new_str(cx, &strftime(&fmt, &tm))
}

// --- strptime ------------------------------------------------------------------------------

/// One element of a compiled `strptime` format.
enum Item {
    /// A literal character (matched case-insensitively).
    Lit(char),
    /// One or more whitespace characters.
    Space,
    /// A directive: its letter and alternatives, tried in order.
    Dir(char, Vec<String>),
}

/// Alternatives of a directive in a tiny pattern language: `d` is a digit, `[xy]` a range
/// of characters from x to y, `?` makes the previous character optional; anything else is
/// literal.
fn directive_alternatives(c: char, tznames: &[String]) -> Option<Vec<String>> {
    let v = |alts: &[&str]| alts.iter().map(|s| s.to_string()).collect::<Vec<String>>();
    let names = |list: &[&str], abbrev: bool| {
        let mut l: Vec<String> = list
            .iter()
            .map(|s| {
                let s = if abbrev { &s[..3] } else { s };
                format!("'{}", s.to_lowercase())
            })
            .collect();
        l.sort_by_key(|s| std::cmp::Reverse(s.len()));
        l
    };
    Some(match c {
        'd' => v(&["3[01]", "[12]d", "0[19]", "[19]", " [19]"]),
        'f' => v(&["dddddd", "ddddd", "dddd", "ddd", "dd", "d"]),
        'H' => v(&["2[03]", "[01]d", "d"]),
        'I' => v(&["1[02]", "0[19]", "[19]"]),
        'G' | 'Y' => v(&["dddd"]),
        'j' => v(&[
            "36[06]", "3[05]d", "[12]dd", "0[19]d", "00[19]", "[19]d", "0[19]", "[19]",
        ]),
        'm' => v(&["1[02]", "0[19]", "[19]"]),
        'M' => v(&["[05]d", "d"]),
        'S' => v(&["6[01]", "[05]d", "d"]),
        'U' | 'W' => v(&["5[03]", "[04]d", "d"]),
        'V' => v(&["5[03]", "0[19]", "[14]d", "d"]),
        'w' => v(&["[06]"]),
        'u' => v(&["[17]"]),
        'y' => v(&["dd"]),
        'A' => names(&WEEKDAYS, false),
        'a' => names(&WEEKDAYS, true),
        'B' => names(&MONTHS, false),
        'b' => names(&MONTHS, true),
        'p' => v(&["'am", "'pm"]),
        'z' => v(&[
            "[+-]dd:?[05]d:?[05]d.dddddd",
            "[+-]dd:?[05]d:?[05]d",
            "[+-]dd:?[05]d",
            "'z",
        ]),
        'Z' => {
            let mut l: Vec<String> = tznames
                .iter()
                .chain(["utc".to_owned(), "gmt".to_owned()].iter())
                .map(|s| format!("'{}", s.to_lowercase()))
                .collect();
            l.sort_by_key(|s| std::cmp::Reverse(s.len()));
            l.dedup();
            l
        }
        _ => return None,
    })
}

/// Matches one alternative at the start of `s`; the number of chars consumed.
fn match_alt(pat: &str, s: &[char]) -> Option<usize> {
    let p: Vec<char> = pat.chars().collect();
    if p.first() == Some(&'\'') {
        // A literal word, case-insensitive.
        let w = &p[1..];
        if s.len() < w.len() {
            return None;
        }
        let ok = w
            .iter()
            .zip(s)
            .all(|(a, b)| b.to_lowercase().eq(a.to_lowercase()));
        return ok.then_some(w.len());
    }
    let mut i = 0; // in pattern
    let mut j = 0; // in text
    while i < p.len() {
        let (ok, next) = match p[i] {
            'd' => (s.get(j).is_some_and(|c| c.is_ascii_digit()), i + 1),
            '[' => {
                let (lo, hi) = (p[i + 1], p[i + 2]);
                let ok = s.get(j).is_some_and(|&c| {
                    if lo == '+' {
                        c == '+' || c == '-'
                    } else {
                        (lo..=hi).contains(&c)
                    }
                });
                (ok, i + 4)
            }
            c => (s.get(j) == Some(&c), i + 1),
        };
        let optional = p.get(next) == Some(&'?');
        if ok {
            j += 1;
        } else if !optional {
            return None;
        }
        i = if optional { next + 1 } else { next };
    }
    Some(j)
}

/// Matches `items` against `s` from the start with backtracking; the directives' values.
fn match_items(items: &[Item], s: &[char], found: &mut Vec<(char, String)>) -> Option<usize> {
    let Some((first, rest)) = items.split_first() else {
        return Some(0);
    };
    match first {
        Item::Lit(c) => {
            let ok = s
                .first()
                .is_some_and(|d| d.to_lowercase().eq(c.to_lowercase()));
            if !ok {
                return None;
            }
            match_items(rest, &s[1..], found).map(|n| n + 1)
        }
        Item::Space => {
            let n = s.iter().take_while(|c| c.is_whitespace()).count();
            // \s+ is greedy: try the longest run first.
            for k in (1..=n).rev() {
                if let Some(m) = match_items(rest, &s[k..], found) {
                    return Some(k + m);
                }
            }
            None
        }
        Item::Dir(d, alts) => {
            for alt in alts {
                if let Some(k) = match_alt(alt, s) {
                    found.push((*d, s[..k].iter().collect()));
                    if let Some(m) = match_items(rest, &s[k..], found) {
                        return Some(k + m);
                    }
                    found.pop();
                }
            }
            None
        }
    }
}

/// Compiles a format, expanding the locale's `%c`, `%x` and `%X`; ValueError text on error.
fn compile(fmt: &str, tznames: &[String], out: &mut Vec<Item>) -> Result<(), String> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            while chars.get(i).is_some_and(|c| c.is_whitespace()) {
                i += 1;
            }
            out.push(Item::Space);
            continue;
        }
        if c != '%' {
            out.push(Item::Lit(c));
            i += 1;
            continue;
        }
        let Some(&d) = chars.get(i + 1) else {
            return Err(format!("stray % in format '{fmt}'"));
        };
        i += 2;
        let expansion = match d {
            'c' => Some("%a %b %d %H:%M:%S %Y"),
            'x' => Some("%m/%d/%y"),
            'X' => Some("%H:%M:%S"),
            _ => None,
        };
        if let Some(e) = expansion {
            compile(e, tznames, out)?;
            continue;
        }
        if d == '%' {
            out.push(Item::Lit('%'));
            continue;
        }
        match directive_alternatives(d, tznames) {
            Some(alts) => out.push(Item::Dir(d, alts)),
            None => return Err(format!("'{d}' is a bad directive in format '%{d}'")),
        }
    }
    Ok(())
}

/// A checked `datetime.date`: days since 1970-01-01, or the ValueError text.
fn date_days(y: i64, m: i64, d: i64) -> Result<i64, String> {
    if !(1..=9999).contains(&y) {
        return Err(format!("year {y} is out of range"));
    }
    if !(1..=12).contains(&m) {
        return Err("month must be in 1..12".to_owned());
    }
    if d < 1 || d > days_in_month(y, m) {
        return Err("day is out of range for month".to_owned());
    }
    Ok(days_from_civil(y, m, d))
}

/// Monday-based weekday (0-6) of a day count.
fn weekday_monday0(days: i64) -> i64 {
    (days + 3).rem_euclid(7)
}

/// The fields of a successful match, combined as `_strptime` combines them.
struct Parsed {
    fields: [i64; 9],
    zone: Option<String>,
    gmtoff: Option<i64>,
}

fn combine(found: &[(char, String)], tznames: &[String], daylight: bool) -> Result<Parsed, String> {
    let int = |s: &str| s.trim().parse::<i64>().unwrap_or(0);
    let mut year: Option<i64> = None;
    let (mut month, mut day) = (1, 1);
    let (mut hour, mut minute, mut second) = (0, 0, 0);
    let mut tz = -1;
    let mut gmtoff = None;
    let (mut iso_year, mut iso_week) = (None, None);
    let (mut week_of_year, mut week_starts_monday) = (None, false);
    let mut weekday: Option<i64> = None;
    let mut julian: Option<i64> = None;
    let mut zone = None;
    let lookup = |s: &str, list: &[&str], abbrev: bool| {
        list.iter()
            .position(|n| {
                let n = if abbrev { &n[..3] } else { n };
                n.eq_ignore_ascii_case(s)
            })
            .unwrap_or(0) as i64
    };
    let ampm = found
        .iter()
        .find(|(d, _)| *d == 'p')
        .map(|(_, v)| v.to_lowercase());
    for (d, v) in found {
        match d {
            'y' => {
                let y = int(v);
                year = Some(if y <= 68 { y + 2000 } else { y + 1900 });
            }
            'Y' => year = Some(int(v)),
            'G' => iso_year = Some(int(v)),
            'm' => month = int(v),
            'B' => month = lookup(v, &MONTHS, false) + 1,
            'b' => month = lookup(v, &MONTHS, true) + 1,
            'd' => day = int(v),
            'H' => hour = int(v),
            'I' => {
                hour = int(v);
                match ampm.as_deref() {
                    Some("pm") => {
                        if hour != 12 {
                            hour += 12
                        }
                    }
                    _ => {
                        if hour == 12 {
                            hour = 0
                        }
                    }
                }
            }
            'M' => minute = int(v),
            'S' => second = int(v),
            'A' => weekday = Some((lookup(v, &WEEKDAYS, false) + 6) % 7),
            'a' => weekday = Some((lookup(v, &WEEKDAYS, true) + 6) % 7),
            'w' => weekday = Some((int(v) + 6) % 7),
            'u' => weekday = Some(int(v) - 1),
            'j' => julian = Some(int(v)),
            'U' | 'W' => {
                week_of_year = Some(int(v));
                week_starts_monday = *d == 'W';
            }
            'V' => iso_week = Some(int(v)),
            'z' => {
                if v.eq_ignore_ascii_case("z") {
                    gmtoff = Some(0);
                } else {
                    let digits: String = v.chars().filter(|c| c.is_ascii_digit()).collect();
                    let h = digits[..2].parse::<i64>().unwrap_or(0);
                    let m = digits[2..4].parse::<i64>().unwrap_or(0);
                    let s = digits
                        .get(4..6)
                        .map_or(0, |x| x.parse::<i64>().unwrap_or(0));
                    let off = h * 3600 + m * 60 + s;
                    gmtoff = Some(if v.starts_with('-') { -off } else { off });
                }
            }
            'Z' => {
                let z = v.to_lowercase();
                zone = Some(v.clone());
                let same = tznames.len() == 2 && tznames[0] == tznames[1];
                if z == "utc" || z == "gmt" {
                    tz = 0;
                } else if !(same && daylight) {
                    if let Some(i) = tznames.iter().position(|n| n.to_lowercase() == z) {
                        tz = i as i64;
                    }
                }
            }
            _ => {}
        }
    }
    if year.is_none() && iso_year.is_some() {
        if iso_week.is_none() || weekday.is_none() {
            return Err("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').".to_owned());
        }
        if julian.is_some() {
            return Err("Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead.".to_owned());
        }
    } else if week_of_year.is_none() && iso_week.is_some() {
        return Err(if weekday.is_none() {
            "ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u')."
        } else {
            "ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead."
        }
        .to_owned());
    }
    let leap_year_fix = year.is_none() && month == 2 && day == 29;
    let mut year = year.unwrap_or(if leap_year_fix { 1904 } else { 1900 });
    if julian.is_none() {
        if let Some(wd) = weekday {
            if let Some(week) = week_of_year {
                let first = weekday_monday0(date_days(year, 1, 1)?);
                let (first, wd) = if week_starts_monday {
                    (first, wd)
                } else {
                    ((first + 1) % 7, (wd + 1) % 7)
                };
                let week0 = (7 - first) % 7;
                julian = Some(if week == 0 {
                    1 + wd - first
                } else {
                    1 + week0 + 7 * (week - 1) + wd
                });
            } else if let (Some(iy), Some(iw)) = (iso_year, iso_week) {
                let jan4 = date_days(iy, 1, 4)?;
                let correction = weekday_monday0(jan4) + 1 + 3;
                let mut ordinal = iw * 7 + wd + 1 - correction;
                let mut y = iy;
                if ordinal < 1 {
                    ordinal += date_days(iy, 1, 1)?;
                    y -= 1;
                    ordinal -= date_days(y, 1, 1)?;
                }
                year = y;
                julian = Some(ordinal);
            }
            if let Some(j) = julian {
                if j <= 0 {
                    year -= 1;
                    julian = Some(j + if is_leap(year) { 366 } else { 365 });
                }
            }
        }
    }
    let julian = match julian {
        None => date_days(year, month, day)? - date_days(year, 1, 1)? + 1,
        Some(j) => {
            let days = date_days(year, 1, 1)? + j - 1;
            let (y, m, d) = civil_from_days(days);
            if !(1..=9999).contains(&y) {
                return Err(format!("year {y} is out of range"));
            }
            year = y;
            month = m;
            day = d;
            j
        }
    };
    let weekday = match weekday {
        Some(w) => w,
        None => weekday_monday0(date_days(year, month, day)?),
    };
    if leap_year_fix {
        year = 1900;
    }
    Ok(Parsed {
        fields: [year, month, day, hour, minute, second, weekday, julian, tz],
        zone,
        gmtoff,
    })
}

pub fn t_strptime(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    util::positional(cx, &a, "time.strptime", "strptime", 1, 2)?;
    for i in 0..a.len() {
        let v = a.get(i);
        if !is_str_like(v) {
            let tname = krait_vm::ops::repr::type_repr(cx, type_of(v));
            let msg = format!("strptime() argument {i} must be str, not {tname}");
            return Err(type_error(cx, &msg));
        }
    }
    let data = as_str(str_value(a.get(0))).to_owned();
    let fmt = if a.len() > 1 {
        as_str(str_value(a.get(1))).to_owned()
    } else {
        "%a %b %d %H:%M:%S %Y".to_owned()
    };
    let (tznames, daylight) = crate::time::tz_names();
    let mut items = Vec::new();
    if let Err(m) = compile(&fmt, &tznames, &mut items) {
        return Err(value_error(cx, &m));
    }
    let text: Vec<char> = data.chars().collect();
    let mut found = Vec::new();
    let Some(n) = match_items(&items, &text, &mut found) else {
        let msg = format!(
            "time data {} does not match format {}",
            str_repr(&data),
            str_repr(&fmt)
        );
        return Err(value_error(cx, &msg));
    };
    if n != text.len() {
        let rest: String = text[n..].iter().collect();
        return Err(value_error(
            cx,
            &format!("unconverted data remains: {rest}"),
        ));
    }
    let p = match combine(&found, &tznames, daylight) {
        Ok(p) => p,
        Err(m) => return Err(value_error(cx, &m)),
    };
    let f = p.fields;
    let tm = Tm {
        year: f[0] - 1900,
        mon: (f[1] - 1) as i32,
        mday: f[2] as i32,
        hour: f[3] as i32,
        min: f[4] as i32,
        sec: f[5] as i32,
        wday: ((f[6] + 1) % 7) as i32,
        yday: (f[7] - 1) as i32,
        isdst: f[8] as i32,
        gmtoff: p.gmtoff.unwrap_or(0),
        zone: p.zone.clone().unwrap_or_default(),
    };
    let st = struct_time_of(cx, &tm)?;
    if p.zone.is_none() || p.gmtoff.is_none() {
        crate::time_struct::clear_extra_fields(cx, st, p.zone.is_none(), p.gmtoff.is_none());
    }
    Ok(st)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[allow(clippy::too_many_arguments)]
    fn tm(y: i64, mon: i32, d: i32, h: i32, mi: i32, s: i32, wday: i32, yday: i32) -> Tm {
        Tm {
            year: y - 1900,
            mon,
            mday: d,
            hour: h,
            min: mi,
            sec: s,
            wday,
            yday,
            isdst: 0,
            gmtoff: 0,
            zone: "GMT".to_owned(),
        }
    }

    #[test]
    fn formats_like_glibc() {
        let t = tm(2009, 1, 13, 23, 31, 30, 5, 43);
        assert_eq!(strftime("%c", &t), "Fri Feb 13 23:31:30 2009");
        assert_eq!(strftime("%j %U %W %w %u", &t), "044 06 06 5 5");
        assert_eq!(strftime("%y %C %G %g %V", &t), "09 20 2009 09 07");
        assert_eq!(strftime("%I %p %-d %e", &t), "11 PM 13 13");
    }

    #[test]
    fn parses_like_strptime() {
        let mut items = Vec::new();
        compile("%Y%m%d", &[], &mut items).unwrap();
        let text: Vec<char> = "20240102".chars().collect();
        let mut found = Vec::new();
        assert_eq!(match_items(&items, &text, &mut found), Some(8));
        let p = combine(&found, &[], false).unwrap();
        assert_eq!(p.fields, [2024, 1, 2, 0, 0, 0, 1, 2, -1]);
    }
}
