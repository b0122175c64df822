//! `str.format` and `str.format_map`: replacement fields `{name!conv:spec}` with automatic
//! or manual numbering, attribute and index access in field names, and nested fields in
//! format specs, parsed with the same rules (and messages) as CPython's
//! `MarkupIterator`/`parse_field`/`FieldNameIterator`.

use crate::ctx::{Ctx, Handle, HandleMark, PyResult};
use crate::objects::exceptions::{self, value_error};
use crate::objects::function::Args;
use crate::objects::str::{as_str, new_str, str_value};
use crate::objects::unicode;
use crate::value::Value;

/// How a field names its argument.
enum Key {
    Index(usize),
    Name(String),
}

/// Where field values come from.
trait Source {
    fn get(&mut self, cx: &mut Ctx, key: &Key) -> PyResult<Value>;
}

struct ArgsSource<'a> {
    a: Args<'a>,
}

impl Source for ArgsSource<'_> {
    fn get(&mut self, cx: &mut Ctx, key: &Key) -> PyResult<Value> {
        match key {
            Key::Index(i) => {
                let v = self.a.get(i + 1);
                if v.is_null() {
                    let msg =
                        format!("Replacement index {i} out of range for positional args tuple");
                    return Err(exceptions::index_error(cx, &msg));
                }
                Ok(v)
            }
            Key::Name(n) => match self.a.kw(n) {
                Some(v) => Ok(v),
                None => {
                    let k = new_str(cx, n)?;
                    Err(exceptions::key_error(cx, k))
                }
            },
        }
    }
}

struct MapSource {
    map: Handle,
}

impl Source for MapSource {
    fn get(&mut self, cx: &mut Ctx, key: &Key) -> PyResult<Value> {
        match key {
            Key::Index(_) => Err(value_error(cx, "Format string contains positional fields")),
            Key::Name(n) => {
                let k = new_str(cx, n)?;
                let m = cx.get(self.map);
                crate::ops::subscript::getitem(cx, m, k)
            }
        }
    }
}

#[derive(PartialEq, Clone, Copy)]
enum Numbering {
    Unknown,
    Auto,
    Manual,
}

struct State {
    numbering: Numbering,
    next: usize,
}

/// One parsed replacement field.
struct Field {
    name: Vec<char>,
    conversion: Option<char>,
    spec: Vec<char>,
    spec_needs_expanding: bool,
}

/// Parses the field starting after `{` at `*i`, leaving `*i` after its closing `}`.
fn parse_field(cx: &mut Ctx, c: &[char], i: &mut usize) -> PyResult<Field> {
    let start = *i;
    let mut last = '\0';
    while *i < c.len() {
        last = c[*i];
        *i += 1;
        match last {
            '{' => return Err(value_error(cx, "unexpected '{' in field name")),
            '[' => {
                while *i < c.len() && c[*i] != ']' {
                    *i += 1;
                }
                continue;
            }
            '}' | ':' | '!' => break,
            _ => continue,
        }
    }
    let ended = matches!(last, '}' | ':' | '!') && *i <= c.len();
    let name_end = if ended { *i - 1 } else { *i };
    let mut f = Field {
        name: c[start..name_end].to_vec(),
        conversion: None,
        spec: Vec::new(),
        spec_needs_expanding: false,
    };
    if ended && (last == '!' || last == ':') {
        if last == '!' {
            if *i >= c.len() {
                return Err(value_error(
                    cx,
                    "end of string while looking for conversion specifier",
                ));
            }
            f.conversion = Some(c[*i]);
            *i += 1;
            if *i < c.len() {
                let n = c[*i];
                *i += 1;
                if n == '}' {
                    return Ok(f);
                }
                if n != ':' {
                    return Err(value_error(cx, "expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = *i;
        let mut count = 1;
        while *i < c.len() {
            let ch = c[*i];
            *i += 1;
            match ch {
                '{' => {
                    f.spec_needs_expanding = true;
                    count += 1;
                }
                '}' => {
                    count -= 1;
                    if count == 0 {
                        f.spec = c[spec_start..*i - 1].to_vec();
                        return Ok(f);
                    }
                }
                _ => {}
            }
        }
        return Err(value_error(cx, "unmatched '{' in format spec"));
    }
    if !(ended && last == '}') {
        return Err(value_error(cx, "expected '}' before end of string"));
    }
    Ok(f)
}

/// A non-negative integer written in decimal digits (any script), or None.
fn get_integer(cx: &mut Ctx, s: &[char]) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for &ch in s {
        let Some(d) = unicode::decimal_value(ch) else {
            return Ok(None);
        };
        acc = match acc.checked_mul(10).and_then(|a| a.checked_add(d as usize)) {
            Some(a) if a <= isize::MAX as usize => a,
            _ => {
                return Err(value_error(cx, "Too many decimal digits in format string"));
            }
        };
    }
    Ok(Some(acc))
}

/// Looks up the object a field name designates: its first part in the arguments, then each
/// `.attr` and `[key]` in turn (each parsed only after the previous one was applied).
fn resolve(cx: &mut Ctx, name: &[char], st: &mut State, src: &mut dyn Source) -> PyResult<Value> {
    let first_end = name
        .iter()
        .position(|&c| c == '.' || c == '[')
        .unwrap_or(name.len());
    let first = &name[..first_end];
    let key = if first.is_empty() {
        if st.numbering == Numbering::Manual {
            return Err(value_error(
                cx,
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        st.numbering = Numbering::Auto;
        st.next += 1;
        Key::Index(st.next - 1)
    } else if let Some(i) = get_integer(cx, first)? {
        if st.numbering == Numbering::Auto {
            return Err(value_error(
                cx,
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        st.numbering = Numbering::Manual;
        Key::Index(i)
    } else {
        Key::Name(first.iter().collect())
    };
    let v = src.get(cx, &key)?;
    let mark = cx.handle_mark();
    let h = cx.root(v);
    let r = apply_rest(cx, &name[first_end..], h);
    let v = cx.get(h);
    cx.pop_handles(mark);
    r.map(|()| v)
}

fn apply_rest(cx: &mut Ctx, mut rest: &[char], h: Handle) -> PyResult<()> {
    while !rest.is_empty() {
        let c = rest[0];
        rest = &rest[1..];
        if c == '.' {
            let end = rest
                .iter()
                .position(|&c| c == '.' || c == '[')
                .unwrap_or(rest.len());
            if end == 0 {
                return Err(value_error(cx, "Empty attribute in format string"));
            }
            let attr: String = rest[..end].iter().collect();
            rest = &rest[end..];
            let n = crate::objects::str::intern(cx, &attr)?;
            let obj = cx.get(h);
            let v = crate::ops::attr::getattr(cx, obj, n)?;
            cx.set(h, v);
        } else if c == '[' {
            let Some(end) = rest.iter().position(|&c| c == ']') else {
                return Err(value_error(cx, "Missing ']' in format string"));
            };
            if end == 0 {
                return Err(value_error(cx, "Empty attribute in format string"));
            }
            let idx = &rest[..end];
            rest = &rest[end + 1..];
            let k = match get_integer(cx, idx)? {
                Some(i) => crate::objects::int::from_i64(cx, i as i64)?,
                None => new_str(cx, &idx.iter().collect::<String>())?,
            };
            let obj = cx.get(h);
            let v = crate::ops::subscript::getitem(cx, obj, k)?;
            cx.set(h, v);
        } else {
            return Err(value_error(
                cx,
                "Only '.' or '[' may follow ']' in format field specifier",
            ));
        }
    }
    Ok(())
}

fn render(
    cx: &mut Ctx,
    c: &[char],
    st: &mut State,
    src: &mut dyn Source,
    depth: u32,
) -> PyResult<String> {
    if depth == 0 {
        return Err(value_error(cx, "Max string recursion exceeded"));
    }
    let mut out = String::with_capacity(c.len());
    let mut i = 0;
    while i < c.len() {
        let ch = c[i];
        i += 1;
        if ch != '{' && ch != '}' {
            out.push(ch);
            continue;
        }
        let at_end = i >= c.len();
        if ch == '}' && (at_end || c[i] != '}') {
            return Err(value_error(cx, "Single '}' encountered in format string"));
        }
        if at_end {
            return Err(value_error(cx, "Single '{' encountered in format string"));
        }
        if c[i] == ch {
            out.push(ch);
            i += 1;
            continue;
        }
        let f = parse_field(cx, c, &mut i)?;
        let v = resolve(cx, &f.name, st, src)?;
        let mark = cx.handle_mark();
        let h = cx.root(v);
        let r = (|| -> PyResult<String> {
            let v = cx.get(h);
            let v = match f.conversion {
                None => v,
                Some('s') => crate::ops::repr::to_str(cx, v)?,
                Some('r') => crate::ops::repr::repr(cx, v)?,
                Some('a') => crate::ops::repr::ascii(cx, v)?,
                Some(other) => {
                    let shown = if other.is_ascii() && !other.is_ascii_control() {
                        other.to_string()
                    } else {
                        format!("\\x{:x}", other as u32)
                    };
                    let msg = format!("Unknown conversion specifier {shown}");
                    return Err(value_error(cx, &msg));
                }
            };
            cx.set(h, v);
            let spec: String = if f.spec_needs_expanding {
                render(cx, &f.spec, st, src, depth - 1)?
            } else {
                f.spec.iter().collect()
            };
            let v = cx.get(h);
            let s = crate::ops::format::format(cx, v, &spec)?;
            Ok(as_str(str_value(s)).to_owned())
        })();
        cx.pop_handles(mark);
        out.push_str(&r?);
    }
    Ok(out)
}

/// `str.format(*args, **kwargs)` (argument 0 is the format string).
pub fn str_format(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let fmt: Vec<char> = as_str(str_value(a.get(0))).chars().collect();
    let mut st = State {
        numbering: Numbering::Unknown,
        next: 0,
    };
    let mut src = ArgsSource { a };
    let s = render(cx, &fmt, &mut st, &mut src, 2)?;
    new_str(cx, &s)
}

/// `str.format_map(mapping)`.
pub fn str_format_map(cx: &mut Ctx, s: Value, mapping: Value) -> PyResult<Value> {
    let fmt: Vec<char> = as_str(str_value(s)).chars().collect();
    let h = cx.root(mapping);
    let mut st = State {
        numbering: Numbering::Unknown,
        next: 0,
    };
    let mut src = MapSource { map: h };
    let r = render(cx, &fmt, &mut st, &mut src, 2);
    cx.pop_handles(HandleMark::from_handle(h));
    let s = r?;
    new_str(cx, &s)
}
