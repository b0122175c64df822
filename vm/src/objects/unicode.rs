//! Character classification and case conversion with CPython 3.11's exact Unicode semantics.
//!
//! The data lives in the generated tables `unicode_db.rs` (properties) and
//! `unicode_case_db.rs` (full case mappings); this module looks characters up in them and
//! implements the string-level rules on top: `str.lower` with the Final_Sigma condition,
//! `str.title`, `str.capitalize`, `str.swapcase`, `str.casefold`, and the `is*` predicates.
//! ASCII takes fast paths that never touch the tables.

use crate::objects::unicode_case_db as case;
use crate::objects::unicode_db as db;

/// The property flags of `c` (bits from `unicode_db`).
pub fn flags(c: char) -> u16 {
    let cp = c as u32;
    let runs = db::FLAG_RUNS.len() / 2;
    // The last run starting at or before `cp` (the first run starts at 0).
    let i = partition(runs, |k| db::FLAG_RUNS[2 * k] <= cp) - 1;
    db::FLAG_RUNS[2 * i + 1] as u16
}

/// The number of leading indexes in `0..n` for which `pred` holds (it holds on a prefix).
fn partition(n: usize, pred: impl Fn(usize) -> bool) -> usize {
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if pred(mid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

#[inline]
fn has(c: char, bit: u16) -> bool {
    flags(c) & bit != 0
}

/// `c.isalpha()`.
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    has(c, db::ALPHA)
}

/// `c.isdecimal()`.
pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    has(c, db::DECIMAL)
}

/// `c.isdigit()`.
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    has(c, db::DIGIT)
}

/// `c.isnumeric()`.
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    has(c, db::NUMERIC)
}

/// `c.isalnum()`.
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    has(c, db::ALPHA | db::DECIMAL | db::DIGIT | db::NUMERIC)
}

/// `c.isspace()` (also the separator rule of `str.split()` and `str.strip()`).
pub fn is_space(c: char) -> bool {
    match c as u32 {
        0x09..=0x0d | 0x1c..=0x20 => true,
        0..=0x7f => false,
        _ => has(c, db::SPACE),
    }
}

/// `c.isprintable()` (what `repr` shows unescaped).
pub fn is_printable(c: char) -> bool {
    match c as u32 {
        0x20..=0x7e => true,
        0..=0x7f => false,
        _ => has(c, db::PRINTABLE),
    }
}

/// Lowercase property (`c.islower()` for one character).
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    has(c, db::LOWER)
}

/// Uppercase property (`c.isupper()` for one character).
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    has(c, db::UPPER)
}

/// Titlecase letter (general category Lt).
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && has(c, db::TITLE)
}

/// Cased (lowercase, uppercase or titlecase).
pub fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    has(c, db::CASED)
}

/// Case_Ignorable (skipped by the Final_Sigma rule).
pub fn is_case_ignorable(c: char) -> bool {
    match c {
        '\'' | '.' | ':' | '^' | '`' => true,
        _ if c.is_ascii() => false,
        _ => has(c, db::CASE_IGNORABLE),
    }
}

/// May start an identifier (XID_Start or `_`).
pub fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    has(c, db::XID_START)
}

/// May continue an identifier (XID_Continue).
pub fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    has(c, db::XID_CONTINUE)
}

/// A line boundary for `str.splitlines`.
pub fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// The value of a decimal digit (`unicodedata.decimal`), if `c` is one.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    if c.is_ascii() || !has(c, db::DECIMAL) {
        return None;
    }
    let cp = c as u32;
    let i = partition(db::DECIMAL_ZEROS.len(), |k| db::DECIMAL_ZEROS[k] <= cp);
    let zero = db::DECIMAL_ZEROS[i.checked_sub(1)?];
    (cp - zero < 10).then_some(cp - zero)
}

// --- Case mappings -------------------------------------------------------------------------

/// Looks `c` up in a `[from, to]` pair table.
fn single(table: &[u32], c: char) -> Option<char> {
    let cp = c as u32;
    let n = table.len() / 2;
    let i = partition(n, |k| table[2 * k] < cp);
    if i < n && table[2 * i] == cp {
        char::from_u32(table[2 * i + 1])
    } else {
        None
    }
}

fn multi(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    let cp = c as u32;
    table
        .binary_search_by_key(&cp, |&(k, _)| k)
        .ok()
        .map(|i| table[i].1)
}

fn push_mapped(out: &mut String, c: char, s: &[u32], m: &'static [(u32, &'static str)]) {
    if let Some(x) = single(s, c) {
        out.push(x);
    } else if let Some(x) = multi(m, c) {
        out.push_str(x);
    } else {
        out.push(c);
    }
}

/// Appends the full uppercase mapping of `c`.
pub fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        push_mapped(out, c, case::UPPER_SINGLE, case::UPPER_MULTI);
    }
}

/// Appends the full lowercase mapping of `c` (without the Final_Sigma context rule).
pub fn push_lower(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        push_mapped(out, c, case::LOWER_SINGLE, case::LOWER_MULTI);
    }
}

/// Appends the full titlecase mapping of `c`.
pub fn push_title(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if let Some(x) = single(case::TITLE_SINGLE, c) {
        out.push(x);
    } else if let Some(x) = multi(case::TITLE_MULTI, c) {
        out.push_str(x);
    } else {
        push_upper(out, c);
    }
}

/// Appends the full case folding of `c`.
pub fn push_fold(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if let Some(x) = single(case::FOLD_SINGLE, c) {
        out.push(x);
    } else if let Some(x) = multi(case::FOLD_MULTI, c) {
        out.push_str(x);
    } else {
        push_lower(out, c);
    }
}

const CAPITAL_SIGMA: char = '\u{3a3}';

/// Lowercases character `i` of `chars`, applying Final_Sigma to a capital sigma: it becomes
/// 'ς' when preceded by a cased letter and not followed by one (case-ignorable characters
/// in between are skipped).
fn push_lower_at(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c != CAPITAL_SIGMA {
        push_lower(out, c);
        return;
    }
    let before = chars[..i]
        .iter()
        .rev()
        .find(|&&x| !is_case_ignorable(x))
        .is_some_and(|&x| is_cased(x));
    let after = chars[i + 1..]
        .iter()
        .find(|&&x| !is_case_ignorable(x))
        .is_some_and(|&x| is_cased(x));
    out.push(if before && !after { 'ς' } else { 'σ' });
}

/// `s.upper()`.
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    s.chars().for_each(|c| push_upper(&mut out, c));
    out
}

/// `s.lower()`.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower_at(&mut out, &chars, i);
    }
    out
}

/// `s.casefold()`.
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    s.chars().for_each(|c| push_fold(&mut out, c));
    out
}

/// `s.title()`: titlecase after an uncased character, lowercase after a cased one.
pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower_at(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

/// `s.capitalize()`: the first character titlecased, the rest lowercased.
pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            push_title(&mut out, c);
        } else {
            push_lower_at(&mut out, &chars, i);
        }
    }
    out
}

/// `s.swapcase()`.
pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if is_upper(c) {
            push_lower_at(&mut out, &chars, i);
        } else if is_lower(c) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

// --- String predicates -----------------------------------------------------------------------

/// `s.islower()`: no uppercase or titlecase character and at least one lowercase one.
pub fn str_islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            return false;
        }
        cased |= is_lower(c);
    }
    cased
}

/// `s.isupper()`: no lowercase or titlecase character and at least one uppercase one.
pub fn str_isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lower(c) || is_title(c) {
            return false;
        }
        cased |= is_upper(c);
    }
    cased
}

/// `s.istitle()`: uppercase/titlecase characters only after uncased ones, lowercase only
/// after cased ones, and at least one cased character.
pub fn str_istitle(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// `s.isidentifier()`.
pub fn str_isidentifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if is_xid_start(c) => it.all(is_xid_continue),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classification() {
        assert!(is_alpha('é') && !is_alpha('Ⅷ') && is_numeric('Ⅷ') && is_numeric('一'));
        assert!(is_space('\x1c') && is_space('\u{3000}') && !is_space('\u{200b}'));
        assert!(!is_printable('\u{ad}') && is_printable('é') && !is_printable('\u{378}'));
        assert_eq!(decimal_value('٣'), Some(3));
        assert_eq!(decimal_value('x'), None);
    }

    #[test]
    fn case_mappings() {
        assert_eq!(upper("straße"), "STRASSE");
        assert_eq!(lower("ΑΣ ΑΣα"), "ας ασα");
        assert_eq!(title("ǆemal ﬁre"), "ǅemal Fire");
        assert_eq!(casefold("ẞß"), "ssss");
        assert_eq!(swapcase("ǅ"), "ǅ");
    }

    #[test]
    fn ascii_fast_paths_agree_with_tables() {
        for c in (0u8..128).map(char::from) {
            let f = flags(c);
            let bit = |b: u16| f & b != 0;
            assert_eq!(is_alpha(c), bit(db::ALPHA), "{c:?}");
            assert_eq!(is_decimal(c), bit(db::DECIMAL), "{c:?}");
            assert_eq!(is_digit(c), bit(db::DIGIT), "{c:?}");
            assert_eq!(is_numeric(c), bit(db::NUMERIC), "{c:?}");
            assert_eq!(is_space(c), bit(db::SPACE), "{c:?}");
            assert_eq!(is_printable(c), bit(db::PRINTABLE), "{c:?}");
            assert_eq!(is_lower(c), bit(db::LOWER), "{c:?}");
            assert_eq!(is_upper(c), bit(db::UPPER), "{c:?}");
            assert_eq!(is_cased(c), bit(db::CASED), "{c:?}");
            assert_eq!(is_case_ignorable(c), bit(db::CASE_IGNORABLE), "{c:?}");
            assert_eq!(is_xid_start(c), bit(db::XID_START), "{c:?}");
            assert_eq!(is_xid_continue(c), bit(db::XID_CONTINUE), "{c:?}");
        }
    }
}
