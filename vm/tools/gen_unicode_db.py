#!/usr/bin/env python3
"""Generates Krait's Unicode tables from CPython 3.11's own Unicode database.

    python3 vm/tools/gen_unicode_db.py flags > vm/src/objects/unicode_db.rs
    python3 vm/tools/gen_unicode_db.py case > vm/src/objects/unicode_case_db.rs

Krait must classify and case-map text exactly as CPython 3.11 does (Unicode 14.0), so the
tables are derived from the behaviour of `str` methods and `unicodedata` in the CPython that
blesses the tests, not from Rust's standard library (which follows a newer Unicode).
"""
import sys
import unicodedata

assert sys.version_info[:2] == (3, 11), "run with CPython 3.11"

MAX = 0x110000
SURR = range(0xD800, 0xE000)

FLAG_NAMES = ["ALPHA", "DECIMAL", "DIGIT", "NUMERIC", "SPACE", "PRINTABLE", "LOWER", "UPPER",
              "TITLE", "CASED", "CASE_IGNORABLE", "XID_START", "XID_CONTINUE"]
BIT = {n: 1 << i for i, n in enumerate(FLAG_NAMES)}


def flags_of(cp):
    c = chr(cp)
    f = 0
    if c.isalpha():
        f |= BIT["ALPHA"]
    if c.isdecimal():
        f |= BIT["DECIMAL"]
    if c.isdigit():
        f |= BIT["DIGIT"]
    if c.isnumeric():
        f |= BIT["NUMERIC"]
    if c.isspace():
        f |= BIT["SPACE"]
    if c.isprintable():
        f |= BIT["PRINTABLE"]
    lower = c.islower()
    upper = c.isupper()
    title = unicodedata.category(c) == "Lt"
    if lower:
        f |= BIT["LOWER"]
    if upper:
        f |= BIT["UPPER"]
    if title:
        f |= BIT["TITLE"]
    cased = lower or upper or title
    if cased:
        f |= BIT["CASED"]
    # Case_Ignorable, observed through the Final_Sigma rule of str.lower():
    # a case-ignorable character between 'Σ' and a cased letter is skipped.
    if cased:
        ignorable = (" " + c + "\u03a3").lower()[-1] == "\u03c3"
    else:
        ignorable = ("A\u03a3" + c + "a").lower()[1] == "\u03c3"
    if ignorable:
        f |= BIT["CASE_IGNORABLE"]
    if c.isidentifier():
        f |= BIT["XID_START"]
    if ("a" + c).isidentifier():
        f |= BIT["XID_CONTINUE"]
    return f


def runs():
    out = []
    prev = None
    for cp in range(MAX):
        f = 0 if cp in SURR else flags_of(cp)
        if f != prev:
            out.append((cp, f))
            prev = f
    return out


def mapping(fn):
    single, multi = {}, {}
    for cp in range(MAX):
        if cp in SURR:
            continue
        c = chr(cp)
        m = fn(c)
        if m == c:
            continue
        if len(m) == 1:
            single[cp] = ord(m)
        else:
            multi[cp] = m
    return single, multi


def emit_u32s(name, doc, values, per_line=10):
    print(f"/// {doc}")
    print("#[rustfmt::skip]")
    print(f"pub static {name}: &[u32] = &[")
    for i in range(0, len(values), per_line):
        print("    " + " ".join(f"0x{v:x}," for v in values[i:i + per_line]))
    print("];")
    print()


def emit_multi(name, doc, multi):
    print(f"/// {doc}")
    print("#[rustfmt::skip]")
    print(f"pub static {name}: &[(u32, &str)] = &[")
    for cp in sorted(multi):
        esc = "".join(f"\\u{{{ord(ch):x}}}" for ch in multi[cp])
        print(f"    (0x{cp:x}, \"{esc}\"),")
    print("];")
    print()


def main_flags():
    print("//! Unicode character properties for `str` (Unicode 14.0, as in CPython 3.11). **Generated**")
    print("//! by `vm/tools/gen_unicode_db.py flags` from CPython's own behaviour: do not edit by hand.")
    print("//!")
    print("//! - `FLAG_RUNS`: pairs `[first code point, flags]`; each run lasts until the next one.")
    print("//! - `DECIMAL_ZEROS`: every decimal digit zero; digits one to nine follow it.")
    print()
    for i, n in enumerate(FLAG_NAMES):
        print(f"/// Flag bit: {n.lower().replace('_', ' ')}.")
        print(f"pub const {n}: u16 = 1 << {i};")
    print()
    r = runs()
    emit_u32s("FLAG_RUNS", "Runs of equal flags: `[start, flags]` pairs, sorted.", [x for p in r for x in p])
    zeros = [cp for cp in range(MAX) if cp not in SURR and unicodedata.decimal(chr(cp), None) == 0]
    emit_u32s("DECIMAL_ZEROS", "Code points of every decimal digit zero (digits 1-9 follow each).", zeros)


def main_case():
    print("//! Unicode case mappings for `str` (Unicode 14.0, as in CPython 3.11). **Generated** by")
    print("//! `vm/tools/gen_unicode_db.py case` from CPython's own behaviour: do not edit by hand.")
    print("//!")
    print("//! - `*_SINGLE`: sorted pairs `[code point, mapped code point]` for one-character mappings.")
    print("//! - `*_MULTI`: sorted `(code point, expansion)` for mappings to several characters.")
    print("//! - `TITLE_*` list only where title case differs from upper case, and `FOLD_*` only where")
    print("//!   case folding differs from lower case.")
    print()
    up_s, up_m = mapping(str.upper)
    lo_s, lo_m = mapping(str.lower)
    ti_s, ti_m = mapping(str.title)
    fo_s, fo_m = mapping(str.casefold)
    # Title case relative to upper case, folding relative to lower case.
    def diff(base_s, base_m, s, m):
        ds, dm = {}, {}
        for cp in set(base_s) | set(base_m) | set(s) | set(m):
            b = chr(base_s[cp]) if cp in base_s else base_m.get(cp, chr(cp))
            v = chr(s[cp]) if cp in s else m.get(cp, chr(cp))
            if b != v:
                if len(v) == 1:
                    ds[cp] = ord(v)
                else:
                    dm[cp] = v
        return ds, dm
    ti_s, ti_m = diff(up_s, up_m, ti_s, ti_m)
    fo_s, fo_m = diff(lo_s, lo_m, fo_s, fo_m)
    for name, s, m in [("UPPER", up_s, up_m), ("LOWER", lo_s, lo_m), ("TITLE", ti_s, ti_m), ("FOLD", fo_s, fo_m)]:
        emit_u32s(f"{name}_SINGLE", f"One-character {name.lower()} mappings: `[from, to]` pairs, sorted.",
                  [x for cp in sorted(s) for x in (cp, s[cp])])
        emit_multi(f"{name}_MULTI", f"Multi-character {name.lower()} mappings, sorted.", m)


if sys.argv[1:] == ["flags"]:
    main_flags()
elif sys.argv[1:] == ["case"]:
    main_case()
else:
    sys.exit(__doc__)
