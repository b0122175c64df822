//! `str.format` and `str.format_map`: replacement fields `{name!conv:spec}` with automatic
//! or manual numbering, attribute and index access in field names, and nested fields in
//! format specs.

use crate::ctx::{Ctx, PyResult};
use crate::objects::exceptions::{self, value_error};
use crate::objects::function::Args;
use crate::objects::str::{as_str, new_str, str_value};
use crate::value::Value;

/// How a field names its argument.
enum Key<'s> {
    Index(usize),
    Name(&'s str),
}

/// Where field values come from.
trait Source {
    fn get(&mut self, cx: &mut Ctx, key: &Key<'_>) -> PyResult<Value>;
}

struct ArgsSource<'a> {
    a: Args<'a>,
}

impl Source for ArgsSource<'_> {
    fn get(&mut self, cx: &mut Ctx, key: &Key<'_>) -> PyResult<Value> {
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
    map: crate::ctx::Handle,
}

impl Source for MapSource {
    fn get(&mut self, cx: &mut Ctx, key: &Key<'_>) -> PyResult<Value> {
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

/// Splits a field's text into (name, conversion, spec), honouring brackets in the name.
fn split_field(cx: &mut Ctx, field: &str) -> PyResult<(String, Option<char>, String)> {
    let chars: Vec<char> = field.chars().collect();
    let mut i = 0;
    let mut name = String::new();
    while i < chars.len() {
        let c = chars[i];
        if c == '[' {
            while i < chars.len() && chars[i] != ']' {
                name.push(chars[i]);
                i += 1;
            }
            if i < chars.len() {
                name.push(']');
                i += 1;
            }
            continue;
        }
        if c == '!' || c == ':' {
            break;
        }
        name.push(c);
        i += 1;
    }
    let mut conv = None;
    if i < chars.len() && chars[i] == '!' {
        if i + 1 >= chars.len() {
            return Err(value_error(
                cx,
                "end of string while looking for conversion specifier",
            ));
        }
        conv = Some(chars[i + 1]);
        i += 2;
        if i < chars.len() && chars[i] != ':' {
            return Err(value_error(cx, "expected ':' after conversion specifier"));
        }
    }
    let spec = if i < chars.len() && chars[i] == ':' {
        chars[i + 1..].iter().collect()
    } else {
        String::new()
    };
    Ok((name, conv, spec))
}

fn resolve(cx: &mut Ctx, name: &str, st: &mut State, src: &mut dyn Source) -> PyResult<Value> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
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
    } else if let Ok(i) = first.parse::<usize>() {
        if st.numbering == Numbering::Auto {
            return Err(value_error(
                cx,
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        st.numbering = Numbering::Manual;
        Key::Index(i)
    } else {
        Key::Name(first)
    };
    let mut v = src.get(cx, &key)?;
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr = &r[..end];
            if attr.is_empty() {
                return Err(value_error(cx, "Empty attribute in format string"));
            }
            let n = crate::objects::str::intern(cx, attr)?;
            v = crate::ops::attr::getattr(cx, v, n)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return Err(value_error(cx, "Missing ']' in format string"));
            };
            let idx = &r[..end];
            if idx.is_empty() {
                return Err(value_error(cx, "Empty attribute in format string"));
            }
            let h = cx.root(v);
            let k = match idx.parse::<i64>() {
                Ok(i) if !idx.starts_with(['-', '+']) => Value::int(i),
                _ => new_str(cx, idx)?,
            };
            let obj = cx.get(h);
            cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
            v = crate::ops::subscript::getitem(cx, obj, k)?;
            rest = &r[end + 1..];
            if !rest.is_empty() && !rest.starts_with(['.', '[']) {
                return Err(value_error(
                    cx,
                    "Only '.' or '[' may follow ']' in format field specifier",
                ));
            }
        } else {
            return Err(value_error(
                cx,
                "Only '.' or '[' may follow ']' in format field specifier",
            ));
        }
    }
    Ok(v)
}

fn render(
    cx: &mut Ctx,
    fmt: &str,
    st: &mut State,
    src: &mut dyn Source,
    depth: u32,
) -> PyResult<String> {
    if depth > 2 {
        return Err(value_error(cx, "Max string recursion exceeded"));
    }
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(value_error(cx, "Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if chars.get(i + 1) == Some(&'{') {
            out.push('{');
            i += 2;
            continue;
        }
        // Find the matching close brace.
        let mut j = i + 1;
        let mut level = 1;
        let mut in_bracket = false;
        while j < chars.len() {
            match chars[j] {
                '[' => in_bracket = true,
                ']' => in_bracket = false,
                '{' if !in_bracket => level += 1,
                '}' if !in_bracket => {
                    level -= 1;
                    if level == 0 {
                        break;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        if j >= chars.len() {
            let msg = if level > 1 {
                "unmatched '{' in format spec"
            } else {
                "expected '}' before end of string"
            };
            if i + 1 >= chars.len() {
                return Err(value_error(cx, "Single '{' encountered in format string"));
            }
            return Err(value_error(cx, msg));
        }
        let field: String = chars[i + 1..j].iter().collect();
        let (name, conv, spec) = split_field(cx, &field)?;
        let v = resolve(cx, &name, st, src)?;
        let h = cx.root(v);
        let spec = if spec.contains('{') {
            render(cx, &spec, st, src, depth + 1)?
        } else {
            spec
        };
        let v = cx.get(h);
        cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
        let v = match conv {
            None => v,
            Some('s') => crate::ops::repr::to_str(cx, v)?,
            Some('r') => crate::ops::repr::repr(cx, v)?,
            Some('a') => crate::ops::repr::ascii(cx, v)?,
            Some(other) => {
                let msg = format!("Unknown conversion specifier {other}");
                return Err(value_error(cx, &msg));
            }
        };
        let s = crate::ops::format::format(cx, v, &spec)?;
        out.push_str(as_str(s));
        i = j + 1;
    }
    Ok(out)
}

/// `str.format(*args, **kwargs)` (argument 0 is the format string).
pub fn str_format(cx: &mut Ctx, a: Args<'_>) -> PyResult<Value> {
    let fmt = as_str(str_value(a.get(0))).to_owned();
    let mut st = State {
        numbering: Numbering::Unknown,
        next: 0,
    };
    let mut src = ArgsSource { a };
    let s = render(cx, &fmt, &mut st, &mut src, 0)?;
    new_str(cx, &s)
}

/// `str.format_map(mapping)`.
pub fn str_format_map(cx: &mut Ctx, s: Value, mapping: Value) -> PyResult<Value> {
    let fmt = as_str(str_value(s)).to_owned();
    let h = cx.root(mapping);
    let mut st = State {
        numbering: Numbering::Unknown,
        next: 0,
    };
    let mut src = MapSource { map: h };
    let r = render(cx, &fmt, &mut st, &mut src, 0);
    cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
    let s = r?;
    new_str(cx, &s)
}
