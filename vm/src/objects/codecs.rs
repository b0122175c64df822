//! Text codecs: `str.encode`, `bytes.decode` and `str(b, encoding)` for UTF-8 (and
//! UTF-8 with signature), ASCII, Latin-1, UTF-16 and UTF-32 (with or without a byte order
//! mark), under CPython's names and aliases, and the standard error handlers: strict,
//! ignore, replace, backslashreplace, xmlcharrefreplace and namereplace (encoding only).
//!
//! Errors raise UnicodeEncodeError/UnicodeDecodeError with CPython's ranges and reasons.
//! An unknown error handler is only reported when an error needs it, as in CPython.
//! Krait's strings are UTF-8, so they cannot hold lone surrogates: the `surrogateescape`
//! and `surrogatepass` handlers behave as `strict`.

use crate::ctx::{Ctx, PyResult, Raised};
use crate::objects::bytes::new_bytes;
use crate::objects::exceptions::{self, raise_msg, type_error};
use crate::objects::str::{as_str, new_str};
use crate::value::Value;

/// A supported codec.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    /// UTF-8.
    Utf8,
    /// UTF-8 with a signature (BOM) written on encoding and skipped on decoding.
    Utf8Sig,
    /// ASCII.
    Ascii,
    /// ISO-8859-1.
    Latin1,
    /// UTF-16; `None` endianness: a BOM decides (little-endian by default, and on encoding).
    Utf16(Option<Endian>),
    /// UTF-32, likewise.
    Utf32(Option<Endian>),
}

/// Byte order of UTF-16/UTF-32.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Endian {
    /// Little-endian.
    Little,
    /// Big-endian.
    Big,
}

impl Codec {
    /// The name CPython reports in Unicode errors.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 | Codec::Utf8Sig => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16(Some(Endian::Big)) => "utf-16-be",
            Codec::Utf16(_) => "utf-16-le",
            Codec::Utf32(Some(Endian::Big)) => "utf-32-be",
            Codec::Utf32(_) => "utf-32-le",
        }
    }

    fn limit(self) -> u32 {
        match self {
            Codec::Ascii => 0x80,
            Codec::Latin1 => 0x100,
            _ => 0x110000,
        }
    }
}

/// Normalizes an encoding name as CPython's `encodings` package does: lowercase, with runs
/// of other characters than letters, digits and `.` turned into one `_`.
fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut pending = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if pending && !out.is_empty() {
                out.push('_');
            }
            pending = false;
            out.push(c.to_ascii_lowercase());
        } else {
            pending = true;
        }
    }
    out
}

/// The codec called `name`, if Krait has it.
pub fn lookup(name: &str) -> Option<Codec> {
    match name {
        "utf-8" | "utf8" => return Some(Codec::Utf8),
        "ascii" => return Some(Codec::Ascii),
        "latin-1" | "latin1" => return Some(Codec::Latin1),
        _ => {}
    }
    match normalize(name).as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => {
            Some(Codec::Utf8)
        }
        "ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367"
        | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us"
        | "us_ascii" => Some(Codec::Ascii),
        "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "8859" | "cp819"
        | "csisolatin1" | "ibm819" | "iso_8859_1_1987" | "iso_ir_100" | "iso8859" => {
            Some(Codec::Latin1)
        }
        "utf_8_sig" | "utf8_sig" => Some(Codec::Utf8Sig),
        "utf_16" | "utf16" | "u16" => Some(Codec::Utf16(None)),
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => {
            Some(Codec::Utf16(Some(Endian::Little)))
        }
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Some(Codec::Utf16(Some(Endian::Big))),
        "utf_32" | "utf32" | "u32" => Some(Codec::Utf32(None)),
        "utf_32_le" | "utf_32le" => Some(Codec::Utf32(Some(Endian::Little))),
        "utf_32_be" | "utf_32be" => Some(Codec::Utf32(Some(Endian::Big))),
        _ => None,
    }
}

fn codec_or_raise(cx: &mut Ctx, name: &str) -> PyResult<Codec> {
    lookup(name).ok_or_else(|| {
        raise_msg(
            cx,
            exceptions::LOOKUP_ERROR.get(),
            &format!("unknown encoding: {name}"),
        )
    })
}

fn unknown_handler(cx: &mut Ctx, errors: &str) -> Raised {
    raise_msg(
        cx,
        exceptions::LOOKUP_ERROR.get(),
        &format!("unknown error handler name '{errors}'"),
    )
}

/// Raises `UnicodeEncodeError`/`UnicodeDecodeError(encoding, obj, start, end, reason)`.
fn raise_unicode(
    cx: &mut Ctx,
    decode: bool,
    enc: &str,
    obj: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> Raised {
    let ty = if decode {
        exceptions::UNICODE_DECODE_ERROR.get()
    } else {
        exceptions::UNICODE_ENCODE_ERROR.get()
    };
    let mark = cx.handle_mark();
    let r = (|| -> PyResult<Raised> {
        let ho = cx.root(obj);
        let e = new_str(cx, enc)?;
        let he = cx.root(e);
        let rs = new_str(cx, reason)?;
        let (e, o) = (cx.get(he), cx.get(ho));
        let args = [e, o, Value::int(start as i64), Value::int(end as i64), rs];
        let exc = crate::interp::call::call(cx, ty, &args)?;
        Ok(exceptions::raise_value(cx, exc))
    })();
    cx.pop_handles(mark);
    match r {
        Ok(r) | Err(r) => r,
    }
}

fn escape(out: &mut Vec<u8>, u: u32) {
    let esc = if u < 0x100 {
        format!("\\x{u:02x}")
    } else if u < 0x10000 {
        format!("\\u{u:04x}")
    } else {
        format!("\\U{u:08x}")
    };
    out.extend_from_slice(esc.as_bytes());
}

/// `s.encode(encoding, errors)` where `s` is a str object (kept for the exception).
pub fn encode(cx: &mut Ctx, s: Value, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let c = codec_or_raise(cx, encoding)?;
    let text = as_str(s);
    match c {
        Codec::Utf8Sig => return Ok([&[0xef, 0xbb, 0xbf], text.as_bytes()].concat()),
        Codec::Utf16(e) | Codec::Utf32(e) => {
            let wide = matches!(c, Codec::Utf32(_));
            return Ok(encode_wide(text, wide, e));
        }
        _ => {}
    }
    if c == Codec::Utf8 || text.is_ascii() {
        return Ok(text.as_bytes().to_vec());
    }
    let limit = c.limit();
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let u = chars[i] as u32;
        if u < limit {
            out.push(u as u8);
            i += 1;
            continue;
        }
        // The run of unencodable characters starting here.
        let end = i + chars[i..]
            .iter()
            .take_while(|&&ch| ch as u32 >= limit)
            .count();
        match errors {
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "backslashreplace" => chars[i..end]
                .iter()
                .for_each(|&ch| escape(&mut out, ch as u32)),
            "xmlcharrefreplace" => {
                for &ch in &chars[i..end] {
                    out.extend_from_slice(format!("&#{};", ch as u32).as_bytes());
                }
            }
            "namereplace" => {
                for &ch in &chars[i..end] {
                    match unicode_names2::name(ch) {
                        Some(n) => out.extend_from_slice(format!("\\N{{{n}}}").as_bytes()),
                        None => escape(&mut out, ch as u32),
                    }
                }
            }
            "strict" | "surrogateescape" | "surrogatepass" => {
                let reason = format!("ordinal not in range({limit})");
                return Err(raise_unicode(cx, false, c.name(), s, i, end, &reason));
            }
            _ => return Err(unknown_handler(cx, errors)),
        }
        i = end;
    }
    Ok(out)
}

/// UTF-16 or UTF-32 (`wide`) bytes of `text`, with a little-endian BOM when the byte
/// order is not given.
fn encode_wide(text: &str, wide: bool, e: Option<Endian>) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() * 4 + 4);
    let big = e == Some(Endian::Big);
    let unit = |u: u32, out: &mut Vec<u8>| {
        if wide {
            out.extend_from_slice(&if big {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            });
        } else {
            let u = u as u16;
            out.extend_from_slice(&if big {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            });
        }
    };
    if e.is_none() {
        unit(0xfeff, &mut out);
    }
    for c in text.chars() {
        if wide {
            unit(c as u32, &mut out);
        } else {
            let mut buf = [0u16; 2];
            for &u in c.encode_utf16(&mut buf).iter() {
                unit(u as u32, &mut out);
            }
        }
    }
    out
}

/// How a decoder reports one malformed range.
struct DecodeError {
    start: usize,
    end: usize,
    reason: &'static str,
}

/// `data.decode(encoding, errors)` as a new str.
pub fn decode(cx: &mut Ctx, data: &[u8], encoding: &str, errors: &str) -> PyResult<Value> {
    let mut c = codec_or_raise(cx, encoding)?;
    let mut data = data;
    let mut pos = 0;
    match c {
        Codec::Utf8Sig => {
            // Error positions count from after the signature, as CPython's do.
            data = data.strip_prefix(&[0xef, 0xbb, 0xbf]).unwrap_or(data);
            c = Codec::Utf8;
        }
        Codec::Utf16(None) | Codec::Utf32(None) => {
            let wide = matches!(c, Codec::Utf32(_));
            let (le, be): (&[u8], &[u8]) = if wide {
                (&[0xff, 0xfe, 0, 0], &[0, 0, 0xfe, 0xff])
            } else {
                (&[0xff, 0xfe], &[0xfe, 0xff])
            };
            let e = if data.starts_with(le) {
                pos = le.len();
                Endian::Little
            } else if data.starts_with(be) {
                pos = be.len();
                Endian::Big
            } else {
                Endian::Little
            };
            c = if wide {
                Codec::Utf32(Some(e))
            } else {
                Codec::Utf16(Some(e))
            };
        }
        _ => {}
    }
    if let (Codec::Utf8 | Codec::Ascii, Ok(s)) = (c, std::str::from_utf8(data)) {
        if c == Codec::Utf8 || s.is_ascii() {
            return new_str(cx, s);
        }
    }
    let mut out = String::with_capacity(data.len());
    while pos < data.len() {
        let err = match c {
            Codec::Utf16(e) | Codec::Utf32(e) => {
                let big = e == Some(Endian::Big);
                let r = if matches!(c, Codec::Utf32(_)) {
                    decode_utf32(&data[pos..], big, &mut out)
                } else {
                    decode_utf16(&data[pos..], big, &mut out)
                };
                match r {
                    None => break,
                    Some(mut err) => {
                        err.start += pos;
                        err.end += pos;
                        err
                    }
                }
            }
            Codec::Latin1 => {
                out.extend(data[pos..].iter().map(|&b| b as char));
                break;
            }
            Codec::Ascii => {
                let n = data[pos..].iter().take_while(|b| b.is_ascii()).count();
                out.extend(data[pos..pos + n].iter().map(|&b| b as char));
                pos += n;
                if pos == data.len() {
                    break;
                }
                DecodeError {
                    start: pos,
                    end: pos + 1,
                    reason: "ordinal not in range(128)",
                }
            }
            Codec::Utf8 | Codec::Utf8Sig => match std::str::from_utf8(&data[pos..]) {
                Ok(s) => {
                    out.push_str(s);
                    break;
                }
                Err(e) => {
                    let good = e.valid_up_to();
                    out.push_str(std::str::from_utf8(&data[pos..pos + good]).unwrap_or_default());
                    let start = pos + good;
                    match e.error_len() {
                        Some(n) => {
                            let b = data[start];
                            let reason = if (0x80..0xc2).contains(&b) || b >= 0xf5 {
                                "invalid start byte"
                            } else {
                                "invalid continuation byte"
                            };
                            DecodeError {
                                start,
                                end: start + n,
                                reason,
                            }
                        }
                        None => DecodeError {
                            start,
                            end: data.len(),
                            reason: "unexpected end of data",
                        },
                    }
                }
            },
        };
        match errors {
            "ignore" => {}
            "replace" => out.push('\u{fffd}'),
            "backslashreplace" => {
                for b in &data[err.start..err.end] {
                    out.push_str(&format!("\\x{b:02x}"));
                }
            }
            "strict" | "surrogateescape" | "surrogatepass" => {
                let obj = new_bytes(cx, data)?;
                return Err(raise_unicode(
                    cx,
                    true,
                    c.name(),
                    obj,
                    err.start,
                    err.end,
                    err.reason,
                ));
            }
            "xmlcharrefreplace" | "namereplace" => {
                return Err(type_error(
                    cx,
                    "don't know how to handle UnicodeDecodeError in error callback",
                ))
            }
            _ => return Err(unknown_handler(cx, errors)),
        }
        pos = err.end;
    }
    new_str(cx, &out)
}

/// Decodes UTF-16 code units from `d` into `out` until the end (None) or a malformed unit
/// (its range, relative to `d`).
fn decode_utf16(d: &[u8], big: bool, out: &mut String) -> Option<DecodeError> {
    let unit = |i: usize| {
        let b = [d[i], d[i + 1]];
        if big {
            u16::from_be_bytes(b)
        } else {
            u16::from_le_bytes(b)
        }
    };
    let mut i = 0;
    while i < d.len() {
        if i + 1 >= d.len() {
            return Some(DecodeError {
                start: i,
                end: d.len(),
                reason: "truncated data",
            });
        }
        let u = unit(i);
        match u {
            0xd800..=0xdbff => {
                if i + 4 > d.len() {
                    return Some(DecodeError {
                        start: i,
                        end: d.len(),
                        reason: "unexpected end of data",
                    });
                }
                let lo = unit(i + 2);
                if !(0xdc00..=0xdfff).contains(&lo) {
                    return Some(DecodeError {
                        start: i,
                        end: i + 2,
                        reason: "illegal UTF-16 surrogate",
                    });
                }
                let cp = 0x10000 + (((u as u32) - 0xd800) << 10) + ((lo as u32) - 0xdc00);
                out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
                i += 4;
            }
            0xdc00..=0xdfff => {
                return Some(DecodeError {
                    start: i,
                    end: i + 2,
                    reason: "illegal encoding",
                })
            }
            _ => {
                out.push(char::from_u32(u as u32).unwrap_or('\u{fffd}'));
                i += 2;
            }
        }
    }
    None
}

/// Decodes UTF-32 code units from `d` into `out`, like [`decode_utf16`].
fn decode_utf32(d: &[u8], big: bool, out: &mut String) -> Option<DecodeError> {
    let mut i = 0;
    while i < d.len() {
        if i + 4 > d.len() {
            return Some(DecodeError {
                start: i,
                end: d.len(),
                reason: "truncated data",
            });
        }
        let b = [d[i], d[i + 1], d[i + 2], d[i + 3]];
        let u = if big {
            u32::from_be_bytes(b)
        } else {
            u32::from_le_bytes(b)
        };
        let reason = match u {
            0xd800..=0xdfff => "code point in surrogate code point range(0xd800, 0xe000)",
            0x110000.. => "code point not in range(0x110000)",
            _ => {
                out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
                i += 4;
                continue;
            }
        };
        return Some(DecodeError {
            start: i,
            end: i + 4,
            reason,
        });
    }
    None
}
