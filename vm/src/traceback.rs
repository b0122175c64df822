//! Printing exceptions the way CPython 3.11 does: the `Traceback (most recent call last):`
//! block with source lines and `~~~^^^` position markers, chained exceptions (`__cause__`
//! and `__context__`), repeated-frame elision, `SyntaxError` carets, notes, and the
//! "Did you mean" suggestions of `NameError` and `AttributeError`.

use crate::compile::code::Location;
use crate::ctx::{Ctx, HandleMark, PyResult};
use crate::object::slot;
use crate::objects::exceptions::{self, eslot, is_exception};
use crate::objects::function::code_data;
use crate::objects::str::{as_str, is_str, is_str_like, str_value};
use crate::objects::typeobj::{tslot, type_name, type_of, type_slot};
use crate::runtime::none;
use crate::value::Value;
use std::collections::HashMap;
use std::sync::Mutex;

/// Lines of source files, by file name (read once; `linecache`).
fn source_line(filename: &str, line: u32) -> Option<String> {
    static CACHE: Mutex<Option<HashMap<String, Option<Vec<String>>>>> = Mutex::new(None);
    let mut g = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    let map = g.get_or_insert_with(HashMap::new);
    let lines = map.entry(filename.to_owned()).or_insert_with(|| {
        if filename.starts_with('<') {
            return None;
        }
        std::fs::read(filename).ok().map(|b| {
            String::from_utf8_lossy(&b)
                .lines()
                .map(str::to_owned)
                .collect()
        })
    });
    lines.as_ref()?.get(line.checked_sub(1)? as usize).cloned()
}

fn byte_to_char(s: &str, byte: usize) -> usize {
    let b = byte.min(s.len());
    let mut b2 = b;
    while !s.is_char_boundary(b2) {
        b2 -= 1;
    }
    s[..b2].chars().count()
}

/// `(left_end, right_start)` character offsets inside `segment` of a binary operator or a
/// subscript, which get `^` while the rest gets `~`.
fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    use rustpython_parser::ast::{self, Ranged};
    let parsed =
        rustpython_parser::parse(segment, rustpython_parser::Mode::Module, "<segment>").ok()?;
    let ast::Mod::Module(m) = parsed else {
        return None;
    };
    if m.body.len() != 1 {
        return None;
    }
    let ast::Stmt::Expr(e) = &m.body[0] else {
        return None;
    };
    match &*e.value {
        ast::Expr::BinOp(b) => {
            let left_end = b.left.range().end().to_usize();
            let right_start = b.right.range().start().to_usize();
            let op_str = segment.get(left_end..right_start)?;
            let op_offset = op_str.len() - op_str.trim_start().len();
            let left = left_end + op_offset;
            let mut right = left + 1;
            let ob = op_str.as_bytes();
            if op_offset + 1 < ob.len() && !(ob[op_offset + 1] as char).is_whitespace() {
                right += 1;
            }
            Some((byte_to_char(segment, left), byte_to_char(segment, right)))
        }
        ast::Expr::Subscript(s) => {
            let start = byte_to_char(segment, s.value.range().end().to_usize());
            let end = byte_to_char(segment, s.slice.range().end().to_usize() + 1);
            Some((start, end))
        }
        _ => None,
    }
}

/// The lines of one frame entry: `  File "...", line N, in name` plus source and carets.
fn frame_lines(out: &mut String, filename: &str, line: u32, name: &str, loc: Option<Location>) {
    out.push_str(&format!("  File \"{filename}\", line {line}, in {name}\n"));
    let Some(src) = source_line(filename, line) else {
        return;
    };
    let stripped = src.trim();
    if stripped.is_empty() {
        return;
    }
    out.push_str("    ");
    out.push_str(stripped);
    out.push('\n');
    let Some(loc) = loc else { return };
    if loc.line == 0 || loc.line != line {
        return;
    }
    let lead = src.chars().count() - src.trim_start().chars().count();
    let start = byte_to_char(&src, loc.col as usize) + 1;
    let (end, anchors) = if loc.end_line == loc.line {
        let end = byte_to_char(&src, loc.end_col as usize) + 1;
        let seg: String = src
            .chars()
            .skip(start - 1)
            .take(end.saturating_sub(start))
            .collect();
        (end, caret_anchors(&seg))
    } else {
        (lead + stripped.chars().count() + 1, None)
    };
    if end <= start {
        return;
    }
    let width = end - start;
    let anchored = anchors.is_some_and(|(l, r)| r > l);
    if width < stripped.chars().count() || anchored {
        out.push_str("    ");
        out.push_str(&" ".repeat(start.saturating_sub(1 + lead)));
        match anchors {
            Some((l, r)) => {
                let r = r.min(width);
                let l = l.min(r);
                out.push_str(&"~".repeat(l));
                out.push_str(&"^".repeat(r - l));
                out.push_str(&"~".repeat(width - r));
            }
            None => out.push_str(&"^".repeat(width)),
        }
        out.push('\n');
    }
}

/// The traceback entries of `tb` (a traceback object chain) as text.
fn format_tb(out: &mut String, tb: Value) {
    let mut entries: Vec<(String, u32, String, Option<Location>)> = Vec::new();
    let mut t = tb;
    while t.is_ref() && type_of(t) == exceptions::TRACEBACK_TYPE.get() {
        let o = t.obj();
        let frame = slot(o, 1);
        let lasti = slot(o, 2).as_int();
        let line = slot(o, 3).as_int() as u32;
        let code = slot(frame.obj(), 0);
        let cd = code_data(code);
        let filename = as_str(cd.filename.get()).to_owned();
        let name = as_str(cd.name.get()).to_owned();
        let ip = (lasti / 2) as usize;
        let loc = cd.locations.get(ip).copied();
        entries.push((filename, line, name, loc));
        t = slot(o, 0);
    }
    // Runs of more than three identical entries are elided, as CPython does.
    let mut i = 0;
    while i < entries.len() {
        let mut j = i + 1;
        while j < entries.len()
            && entries[j].0 == entries[i].0
            && entries[j].1 == entries[i].1
            && entries[j].2 == entries[i].2
        {
            j += 1;
        }
        let run = j - i;
        for e in &entries[i..i + run.min(3)] {
            frame_lines(out, &e.0, e.1, &e.2, e.3);
        }
        if run > 3 {
            let n = run - 3;
            out.push_str(&format!(
                "  [Previous line repeated {n} more time{}]\n",
                if n == 1 { "" } else { "s" }
            ));
        }
        i = j;
    }
}

/// `module.Qualname` of an exception type, as the last traceback line shows it.
fn qualified_name(cx: &mut Ctx, ty: Value) -> String {
    let q = type_slot(ty, tslot::QUALNAME);
    let qual = if is_str(q) {
        as_str(q).to_owned()
    } else {
        type_name(ty).to_owned()
    };
    let d = type_slot(ty, tslot::DICT);
    let m = if d.is_null() {
        Value::NULL
    } else {
        crate::objects::dict::dict_get_str(cx, d, crate::names::MODULE.get())
    };
    if is_str(m) && as_str(m) != "builtins" && as_str(m) != "__main__" {
        format!("{}.{qual}", as_str(m))
    } else {
        qual
    }
}

fn attr_str(cx: &mut Ctx, e: Value, name: &str) -> Option<Value> {
    let n = crate::objects::str::intern(cx, name).ok()?;
    let v = crate::objects::instance::get_attr(cx, e, n);
    if v.is_null() || v == none() {
        None
    } else {
        Some(v)
    }
}

/// The `SyntaxError` location block (`  File "...", line N` / source / carets).
fn syntax_error_lines(cx: &mut Ctx, out: &mut String, e: Value) {
    let file = attr_str(cx, e, "filename");
    let line = attr_str(cx, e, "lineno");
    let file = match file {
        Some(f) if is_str_like(f) => as_str(str_value(f)).to_owned(),
        _ => "<string>".to_owned(),
    };
    let Some(line) = line.filter(|l| l.is_int()) else {
        return;
    };
    out.push_str(&format!("  File \"{file}\", line {}\n", line.as_int()));
    let text = attr_str(cx, e, "text");
    let Some(text) = text.filter(|t| is_str_like(*t)) else {
        return;
    };
    let text = as_str(str_value(text));
    let first = text.split('\n').next().unwrap_or("");
    let stripped = first.trim_start();
    let lead = first.chars().count() - stripped.chars().count();
    let stripped = stripped.trim_end();
    out.push_str("    ");
    out.push_str(stripped);
    out.push('\n');
    let offset = attr_str(cx, e, "offset")
        .filter(|o| o.is_int())
        .map(|o| o.as_int());
    let end_offset = attr_str(cx, e, "end_offset")
        .filter(|o| o.is_int())
        .map(|o| o.as_int());
    let end_line = attr_str(cx, e, "end_lineno")
        .filter(|o| o.is_int())
        .map(|o| o.as_int());
    if let Some(off) = offset {
        let col = (off - 1 - lead as i64).max(0) as usize;
        let mut width = 1usize;
        if let (Some(eo), Some(el)) = (end_offset, end_line) {
            if el == line.as_int() && eo > off {
                width = (eo - off) as usize;
            }
        }
        let col = col.min(stripped.chars().count());
        out.push_str("    ");
        out.push_str(&" ".repeat(col));
        out.push_str(&"^".repeat(width.max(1)));
        out.push('\n');
    }
}

/// Edit distance with CPython's costs (substitution 2, case change 1) for suggestions.
fn levenshtein(a: &str, b: &str, max: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    const MOVE: usize = 2;
    const CASE: usize = 1;
    let mut prev: Vec<usize> = (0..=b.len()).map(|j| j * MOVE).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i * MOVE; b.len() + 1];
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let sub = if a[i - 1] == b[j - 1] {
                0
            } else if a[i - 1].to_lowercase().eq(b[j - 1].to_lowercase()) {
                CASE
            } else {
                MOVE
            };
            cur[j] = (prev[j - 1] + sub)
                .min(prev[j] + MOVE)
                .min(cur[j - 1] + MOVE);
            row_min = row_min.min(cur[j]);
        }
        if row_min > max {
            return max + 1;
        }
        prev = cur;
    }
    prev[b.len()]
}

/// The closest of `candidates` to `name`, if close enough (CPython's rule).
pub fn suggest(name: &str, candidates: &[String]) -> Option<String> {
    if candidates.len() > 750 || name.len() > 40 {
        return None;
    }
    let mut best: Option<(usize, &String)> = None;
    for c in candidates {
        if c == name {
            continue;
        }
        let max = (name.len() + c.len() + 3) * 2 / 6;
        let max = best.map_or(max, |(d, _)| max.min(d.saturating_sub(1)));
        let d = levenshtein(name, c, max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c.clone())
}

fn keys_of(d: Value) -> Vec<String> {
    crate::objects::dict::dict_items(d)
        .into_iter()
        .filter(|(k, _)| is_str(*k))
        .map(|(k, _)| as_str(k).to_owned())
        .collect()
}

/// The " Did you mean: 'x'?" suffix for NameError and AttributeError.
fn suggestion(cx: &mut Ctx, e: Value) -> Option<String> {
    let t = type_of(e);
    let name = attr_str(cx, e, "name")?;
    if !is_str(name) {
        return None;
    }
    let name = as_str(name).to_owned();
    if crate::objects::typeobj::is_subtype(t, exceptions::ATTRIBUTE_ERROR.get()) {
        let obj = attr_str(cx, e, "obj")?;
        let l = crate::builtins::functions::dir_names(cx, obj).ok()?;
        return suggest(&name, &l);
    }
    if crate::objects::typeobj::is_subtype(t, exceptions::NAME_ERROR.get()) {
        // The innermost frame of the traceback: its locals, globals, builtins.
        let mut tb = slot(e.obj(), eslot::TRACEBACK);
        let mut last = Value::NULL;
        while tb.is_ref() && type_of(tb) == exceptions::TRACEBACK_TYPE.get() {
            last = tb;
            tb = slot(tb.obj(), 0);
        }
        let mut candidates = Vec::new();
        if last.is_ref() {
            let frame = slot(last.obj(), 1);
            let code = slot(frame.obj(), 0);
            let cd = code_data(code);
            candidates.extend(cd.varnames.iter().map(|c| as_str(c.get()).to_owned()));
            let globals = slot(frame.obj(), 1);
            if crate::objects::dict::is_dict_like(globals) {
                candidates.extend(keys_of(globals));
            }
        }
        candidates.extend(keys_of(crate::runtime::builtins_dict()));
        if let Some(s) = suggest(&name, &candidates) {
            return Some(s);
        }
    }
    None
}

/// One exception (without its chain) as text.
fn format_one(cx: &mut Ctx, out: &mut String, e: Value) -> PyResult<()> {
    let tb = slot(e.obj(), eslot::TRACEBACK);
    if tb.is_ref() && type_of(tb) == exceptions::TRACEBACK_TYPE.get() {
        out.push_str("Traceback (most recent call last):\n");
        format_tb(out, tb);
    }
    let ty = type_of(e);
    if crate::objects::typeobj::is_subtype(ty, exceptions::SYNTAX_ERROR.get()) {
        syntax_error_lines(cx, out, e);
    }
    let name = qualified_name(cx, ty);
    let h = cx.root(e);
    // A SyntaxError's location is printed above; the last line has only its message.
    let syntax_msg = if crate::objects::typeobj::is_subtype(ty, exceptions::SYNTAX_ERROR.get()) {
        attr_str(cx, e, "msg")
    } else {
        None
    };
    let e = cx.get(h);
    let target = syntax_msg.unwrap_or(e);
    let msg = match crate::ops::repr::to_str(cx, target) {
        Ok(s) => Some(as_str(s).to_owned()),
        Err(_) => {
            cx.take_exception();
            None
        }
    };
    let e = cx.get(h);
    let mut line = match msg {
        Some(m) if !m.is_empty() => format!("{name}: {m}"),
        Some(_) => name,
        None => format!("{name}: <exception str() failed>"),
    };
    if let Some(s) = suggestion(cx, e) {
        line.push_str(&format!(". Did you mean: '{s}'?"));
    }
    out.push_str(&line);
    out.push('\n');
    let e = cx.get(h);
    if let Some(notes) = attr_str(cx, e, "__notes__") {
        if crate::objects::list::is_list_like(notes) {
            // A note's `__str__` is Python code: keep the list rooted and read each item
            // afresh (the list may also change size meanwhile).
            let hn = cx.root(notes);
            let mut i = 0;
            loop {
                let notes = cx.get(hn);
                if i >= crate::objects::list::list_len(notes) {
                    break;
                }
                let n = crate::objects::list::list_get(notes, i);
                i += 1;
                let s = if is_str_like(n) {
                    as_str(str_value(n)).to_owned()
                } else {
                    match crate::ops::repr::str_string(cx, n) {
                        Ok(s) => s,
                        Err(_) => {
                            cx.take_exception();
                            "<note str() failed>".to_owned()
                        }
                    }
                };
                out.push_str(&s);
                out.push('\n');
            }
        }
    }
    cx.pop_handles(HandleMark::from_handle(h));
    Ok(())
}

/// The full text CPython prints for an uncaught exception `e`, chain included.
pub fn format_exception(cx: &mut Ctx, e: Value) -> PyResult<String> {
    // Walk the chain outward first (the oldest exception prints first).
    let mut chain: Vec<(Value, &'static str)> = vec![(e, "")];
    let mut seen = vec![e];
    let mut cur = e;
    loop {
        let cause = slot(cur.obj(), eslot::CAUSE);
        let context = slot(cur.obj(), eslot::CONTEXT);
        let suppress = slot(cur.obj(), eslot::SUPPRESS) == crate::runtime::py_bool(true);
        let (next, how) = if is_exception(cause) {
            (
                cause,
                "\nThe above exception was the direct cause of the following exception:\n\n",
            )
        } else if !suppress && is_exception(context) {
            (
                context,
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            )
        } else {
            break;
        };
        if seen.contains(&next) {
            break;
        }
        seen.push(next);
        chain.last_mut().expect("non-empty").1 = how;
        chain.push((next, ""));
        cur = next;
    }
    let mark = cx.handle_mark();
    let hs: Vec<_> = chain.iter().map(|&(v, _)| cx.root(v)).collect();
    let mut out = String::new();
    for (i, h) in hs.iter().enumerate().rev() {
        let v = cx.get(*h);
        format_one(cx, &mut out, v)?;
        if i > 0 {
            out.push_str(chain[i - 1].1);
        }
    }
    cx.pop_handles(mark);
    Ok(out)
}

/// Prints `e` with its traceback to `sys.stderr`.
pub fn print_exception(cx: &mut Ctx, e: Value) -> PyResult<()> {
    if !is_exception(e) {
        let r = crate::ops::repr::repr_string(cx, e)?;
        return crate::builtins::io::write_stderr(
            cx,
            &format!("TypeError: print_exception(): Exception expected for value, {r} found\n"),
        );
    }
    let text = format_exception(cx, e)?;
    crate::builtins::io::write_stderr(cx, &text)?;
    let f = crate::runtime::sys_attr(cx, "stderr")?;
    if crate::objects::file::is_file(f) {
        crate::objects::file::flush(cx, f)?;
    }
    Ok(())
}
