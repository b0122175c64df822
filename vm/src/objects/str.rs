//! `str`: immutable Unicode text, stored as UTF-8 in a VARRAW object.
//!
//! ```text
//! VARRAW payload: [hash: i64, -1 until computed][nchars: u64][UTF-8 bytes]
//! aux bits: ASCII (every byte < 128, so indexing is O(1)), INTERNED
//! ```
//!
//! Interned strings (identifiers, attribute names) are immortal and unique per content, so
//! shapes and caches compare them by identity. The intern table is sharded so that threads
//! interning different names do not contend.

use crate::ctx::{Ctx, PyResult};
use crate::hash;
use crate::object::{self, raw_word, set_raw_word};
use crate::runtime::types;
use crate::value::Value;
use krait_gc::ObjectRef;
use parking_lot::RwLock;
use std::collections::HashMap;
use std::sync::OnceLock;

/// aux bit: all characters are ASCII.
pub const ASCII: u16 = 1;
/// aux bit: the string is interned (immortal and unique).
pub const INTERNED: u16 = 2;

const HASH_WORD: usize = 1;
const NCHARS_WORD: usize = 2;
const TEXT_OFFSET: usize = 16; // after hash and nchars, within the VARRAW payload

fn fill(o: ObjectRef, s: &str) {
    let bytes = object::varraw_bytes_mut(o);
    bytes[TEXT_OFFSET..].copy_from_slice(s.as_bytes());
    set_raw_word(o, HASH_WORD, -1i64 as u64);
    let ascii = s.is_ascii();
    let n = if ascii { s.len() } else { s.chars().count() };
    set_raw_word(o, NCHARS_WORD, n as u64);
    o.set_aux(if ascii { ASCII } else { 0 });
}

/// A new `str` holding `s`.
pub fn new_str(cx: &mut Ctx, s: &str) -> PyResult<Value> {
    let o = cx.alloc_varraw(types().str.get(), TEXT_OFFSET + s.len())?;
    fill(o, s);
    Ok(Value::from_obj(o))
}

/// Whether `v` is exactly a `str` (not a subclass).
#[inline(always)]
pub fn is_str(v: Value) -> bool {
    v.is_ref() && v.obj().type_word() as u64 == types().str.get().bits()
}

/// The text of a `str` object (exact type, checked in debug builds). Valid until the next
/// safepoint, like any raw reference.
#[inline]
pub fn as_str(v: Value) -> &'static str {
    debug_assert!(is_str(v));
    let bytes = &object::varraw_bytes(v.obj())[TEXT_OFFSET..];
    // SAFETY: `fill` copied the bytes of a `&str`, so they are valid UTF-8, and strings are
    // immutable once made.
    unsafe { std::str::from_utf8_unchecked(bytes) }
}

/// Number of characters.
#[inline]
pub fn char_len(v: Value) -> usize {
    raw_word(v.obj(), NCHARS_WORD) as usize
}

/// Whether every character is ASCII.
#[inline]
pub fn is_ascii(v: Value) -> bool {
    v.obj().aux() & ASCII != 0
}

/// `hash(s)`, computed once and cached in the object.
#[inline]
pub fn str_hash(v: Value) -> i64 {
    let o = v.obj();
    let h = raw_word(o, HASH_WORD) as i64;
    if h != -1 {
        return h;
    }
    let h = hash::hash_str(as_str(v), is_ascii(v));
    set_raw_word(o, HASH_WORD, h as u64);
    h
}

/// Whether two `str` objects have equal text.
#[inline]
pub fn str_eq(a: Value, b: Value) -> bool {
    if a == b {
        return true;
    }
    let (oa, ob) = (a.obj(), b.obj());
    if oa.aux() & ob.aux() & INTERNED != 0 {
        return false; // distinct interned strings differ
    }
    let (ha, hb) = (
        raw_word(oa, HASH_WORD) as i64,
        raw_word(ob, HASH_WORD) as i64,
    );
    if ha != -1 && hb != -1 && ha != hb {
        return false;
    }
    as_str(a) == as_str(b)
}

// --- Interning ---------------------------------------------------------------------------

const SHARDS: usize = 16;

struct Interner {
    shards: [RwLock<HashMap<&'static str, Value>>; SHARDS],
}

fn interner() -> &'static Interner {
    static I: OnceLock<Interner> = OnceLock::new();
    I.get_or_init(|| Interner {
        shards: std::array::from_fn(|_| RwLock::new(HashMap::new())),
    })
}

fn shard_of(s: &str) -> usize {
    // FNV-1a: cheap and good enough to spread shards.
    let mut h: u32 = 0x811c_9dc5;
    for b in s.bytes() {
        h = (h ^ b as u32).wrapping_mul(0x0100_0193);
    }
    h as usize % SHARDS
}

/// The interned string equal to `s`, if there is one.
pub fn lookup_interned(s: &str) -> Option<Value> {
    interner().shards[shard_of(s)].read().get(s).copied()
}

/// The interned (immortal, unique) string equal to `s`, creating it the first time.
pub fn intern(cx: &mut Ctx, s: &str) -> PyResult<Value> {
    let shard = &interner().shards[shard_of(s)];
    if let Some(&v) = shard.read().get(s) {
        return Ok(v);
    }
    let mut w = shard.write();
    if let Some(&v) = w.get(s) {
        return Ok(v);
    }
    let o =
        cx.m.alloc_immortal(
            object::varraw_size(TEXT_OFFSET + s.len()),
            object::header(types().str.get(), object::kind::VARRAW, 0),
        )
        .map_err(|e| cx.memory_error(e))?;
    set_raw_word(o, 0, (TEXT_OFFSET + s.len()) as u64);
    fill(o, s);
    o.set_aux(o.aux() | INTERNED);
    let v = Value::from_obj(o);
    // The key borrows the immortal object's bytes, which never move or die.
    w.insert(as_str(v), v);
    Ok(v)
}

/// The interned version of a `str` value (itself if already interned).
pub fn intern_value(cx: &mut Ctx, v: Value) -> PyResult<Value> {
    if v.obj().aux() & INTERNED != 0 {
        return Ok(v);
    }
    let s = as_str(v).to_owned();
    intern(cx, &s)
}

// --- Helpers for the object protocol --------------------------------------------------------

/// Whether `v` is a str or an instance of a str subclass.
pub fn is_str_like(v: Value) -> bool {
    v.is_ref() && {
        let t = crate::objects::typeobj::type_of(v);
        t == types().str.get() || crate::objects::typeobj::is_subtype(t, types().str.get())
    }
}

/// The plain str inside a str or str-subclass instance (slot 0 of the latter).
pub fn str_value(v: Value) -> Value {
    if is_str(v) {
        v
    } else {
        object::slot(v.obj(), 0)
    }
}

/// Whether `v` is an interned str.
#[inline]
pub fn is_interned(v: Value) -> bool {
    is_str(v) && v.obj().aux() & INTERNED != 0
}

/// A one-character str (interned for Latin-1 characters, so iteration allocates little).
pub fn char_str(cx: &mut Ctx, ch: char) -> PyResult<Value> {
    if (ch as u32) < 256 {
        static CHARS: [crate::runtime::Global; 256] =
            [const { crate::runtime::Global::new() }; 256];
        let g = &CHARS[ch as usize];
        let v = g.get();
        if !v.is_null() {
            return Ok(v);
        }
        let mut buf = [0u8; 4];
        let v = intern(cx, ch.encode_utf8(&mut buf))?;
        g.set(v);
        return Ok(v);
    }
    let mut buf = [0u8; 4];
    new_str(cx, ch.encode_utf8(&mut buf))
}

/// `a + b`.
pub fn concat(cx: &mut Ctx, a: Value, b: Value) -> PyResult<Value> {
    let (x, y) = (as_str(a), as_str(b));
    if x.is_empty() {
        return Ok(b);
    }
    if y.is_empty() {
        return Ok(a);
    }
    let n = x.len() + y.len();
    let o = cx.alloc_varraw(types().str.get(), TEXT_OFFSET + n)?;
    let bytes = object::varraw_bytes_mut(o);
    bytes[TEXT_OFFSET..TEXT_OFFSET + x.len()].copy_from_slice(x.as_bytes());
    bytes[TEXT_OFFSET + x.len()..].copy_from_slice(y.as_bytes());
    set_raw_word(o, HASH_WORD, -1i64 as u64);
    let ascii = is_ascii(a) && is_ascii(b);
    set_raw_word(o, NCHARS_WORD, (char_len(a) + char_len(b)) as u64);
    o.set_aux(if ascii { ASCII } else { 0 });
    Ok(Value::from_obj(o))
}

/// `s * k`.
pub fn repeat(cx: &mut Ctx, s: Value, k: usize) -> PyResult<Value> {
    let r = as_str(s).repeat(k);
    new_str(cx, &r)
}

/// Byte offset of character `i` of `s` (`i <= len`).
pub fn char_offset(s: Value, i: usize) -> usize {
    if is_ascii(s) {
        return i;
    }
    let t = as_str(s);
    t.char_indices().nth(i).map_or(t.len(), |(o, _)| o)
}

/// `s[i]`.
pub fn str_index(cx: &mut Ctx, s: Value, i: i64) -> PyResult<Value> {
    let n = char_len(s);
    let Some(i) = crate::objects::slice::norm_index(i, n) else {
        return Err(crate::objects::exceptions::index_error(
            cx,
            "string index out of range",
        ));
    };
    let ch = if is_ascii(s) {
        as_str(s).as_bytes()[i] as char
    } else {
        as_str(s).chars().nth(i).expect("in range")
    };
    char_str(cx, ch)
}

/// `s[key]` for an exact str: an index (int or `__index__`) or a slice.
pub fn str_getitem(cx: &mut Ctx, s: Value, key: Value) -> PyResult<Value> {
    use crate::objects::typeobj::{type_name, type_of};
    if crate::objects::slice::is_slice(key) {
        return str_slice(cx, s, key);
    }
    if key.is_int() {
        return str_index(cx, s, key.as_int());
    }
    let is_index = crate::objects::int::int_value(key).is_some()
        || !crate::ops::attr::type_lookup(cx, type_of(key), crate::names::INDEX.get()).is_null();
    if !is_index {
        let msg = format!(
            "string indices must be integers, not '{}'",
            type_name(type_of(key))
        );
        return Err(crate::objects::exceptions::type_error(cx, &msg));
    }
    let h = cx.root(s);
    let i = crate::ops::number::index(cx, key);
    let s = cx.get(h);
    cx.pop_handles(crate::ctx::HandleMark::from_handle(h));
    match crate::objects::int::to_i64(i?) {
        Some(i) => str_index(cx, s, i),
        None => Err(crate::objects::exceptions::index_error(
            cx,
            "cannot fit 'int' into an index-sized integer",
        )),
    }
}

/// `s[slice]`.
pub fn str_slice(cx: &mut Ctx, s: Value, key: Value) -> PyResult<Value> {
    let n = char_len(s);
    let (start, _, step, cnt) = crate::objects::slice::indices(cx, key, n)?;
    if step == 1 {
        if cnt == n {
            return Ok(s);
        }
        let a = char_offset(s, start as usize);
        let b = char_offset(s, start as usize + cnt);
        let sub = as_str(s)[a..b].to_owned();
        return new_str(cx, &sub);
    }
    let out: String = if is_ascii(s) {
        let b = as_str(s).as_bytes();
        (0..cnt)
            .map(|k| b[(start + step * k as i64) as usize] as char)
            .collect()
    } else {
        let chars: Vec<char> = as_str(s).chars().collect();
        (0..cnt)
            .map(|k| chars[(start + step * k as i64) as usize])
            .collect()
    };
    new_str(cx, &out)
}

/// Python's `repr(str)`: single quotes unless the text has a single quote and no double
/// quote; backslash escapes for the quote, `\\`, `\t`, `\n`, `\r`, and `\x`/`\u`/`\U` escapes
/// for non-printable characters.
pub fn str_repr(s: &str) -> String {
    let use_double = s.contains('\'') && !s.contains('"');
    let q = if use_double { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(q);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => push_escape(&mut out, c),
        }
    }
    out.push(q);
    out
}

/// Appends the shortest of `\xhh`, `\uhhhh`, `\Uhhhhhhhh` for `c`.
pub fn push_escape(out: &mut String, c: char) {
    use std::fmt::Write;
    let u = c as u32;
    let _ = if u < 0x100 {
        write!(out, "\\x{u:02x}")
    } else if u < 0x10000 {
        write!(out, "\\u{u:04x}")
    } else {
        write!(out, "\\U{u:08x}")
    };
}

/// Whether `repr()` shows `c` as itself (`str.isprintable` for one character).
pub fn is_printable(c: char) -> bool {
    crate::objects::unicode::is_printable(c)
}
