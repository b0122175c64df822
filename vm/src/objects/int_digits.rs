//! Magnitude arithmetic on big-int digits in place: little-endian `u32` digit slices, most
//! significant digit nonzero (zero is the empty slice).
//!
//! `int.rs` stores a big int's digits in its heap object and runs the common operations
//! (add, subtract, compare, multiply by a short operand, divide by one digit, hash) here,
//! writing straight into the result object. Converting to `num_bigint` and back costs
//! several passes and allocations per operation, more than the operation itself for the
//! linear cases, so only long multiplication and long division go through `num_bigint`.

use std::cmp::Ordering;

/// Multiplications where the shorter operand has at most this many digits run here
/// (schoolbook); longer ones use `num_bigint`'s subquadratic algorithms.
pub const SCHOOLBOOK_LIMIT: usize = 40;

/// The significant part of `d` (without high zero digits).
#[inline]
pub fn trim(d: &[u32]) -> &[u32] {
    let mut n = d.len();
    while n > 0 && d[n - 1] == 0 {
        n -= 1;
    }
    &d[..n]
}

/// The digits of `|x|` in a two-digit buffer.
#[inline]
pub fn small_mag(x: u64, buf: &mut [u32; 2]) -> &[u32] {
    buf[0] = x as u32;
    buf[1] = (x >> 32) as u32;
    trim(buf)
}

/// Compares two magnitudes.
pub fn cmp(a: &[u32], b: &[u32]) -> Ordering {
    if a.len() != b.len() {
        return a.len().cmp(&b.len());
    }
    for i in (0..a.len()).rev() {
        if a[i] != b[i] {
            return a[i].cmp(&b[i]);
        }
    }
    Ordering::Equal
}

/// `out = a + b`; `out` has at least `max(len) + 1` digits. Returns the digits written.
pub fn add(a: &[u32], b: &[u32], out: &mut [u32]) -> usize {
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut carry = 0u64;
    for i in 0..b.len() {
        let s = a[i] as u64 + b[i] as u64 + carry;
        out[i] = s as u32;
        carry = s >> 32;
    }
    for i in b.len()..a.len() {
        let s = a[i] as u64 + carry;
        out[i] = s as u32;
        carry = s >> 32;
    }
    if carry != 0 {
        out[a.len()] = carry as u32;
        a.len() + 1
    } else {
        a.len()
    }
}

/// Adds one to a magnitude in place; whether a carry came out of its top digit.
pub fn add_one(d: &mut [u32]) -> bool {
    for x in d.iter_mut() {
        let (s, c) = x.overflowing_add(1);
        *x = s;
        if !c {
            return false;
        }
    }
    true
}

/// `out = a - b` for `a >= b`; `out` has at least `a.len()` digits. Returns the significant
/// digits written.
pub fn sub(a: &[u32], b: &[u32], out: &mut [u32]) -> usize {
    debug_assert!(cmp(a, b) != Ordering::Less);
    let mut borrow = 0i64;
    for i in 0..b.len() {
        let d = a[i] as i64 - b[i] as i64 - borrow;
        out[i] = d as u32;
        borrow = (d < 0) as i64;
    }
    for i in b.len()..a.len() {
        let d = a[i] as i64 - borrow;
        out[i] = d as u32;
        borrow = (d < 0) as i64;
    }
    trim(&out[..a.len()]).len()
}

/// `out = a * b` (schoolbook); `out` has at least `a.len() + b.len()` digits (any
/// contents). Returns the significant digits written.
pub fn mul(a: &[u32], b: &[u32], out: &mut [u32]) -> usize {
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    if b.len() == 1 {
        // The common case (a big number times a small one): one pass, no reads of `out`.
        let m = b[0] as u64;
        let mut carry = 0u64;
        for (o, &ai) in out.iter_mut().zip(a) {
            let t = ai as u64 * m + carry;
            *o = t as u32;
            carry = t >> 32;
        }
        out[a.len()] = carry as u32;
        return trim(&out[..a.len() + 1]).len();
    }
    out[..a.len() + b.len()].fill(0);
    for (j, &bj) in b.iter().enumerate() {
        if bj == 0 {
            continue;
        }
        let mut carry = 0u64;
        for (i, &ai) in a.iter().enumerate() {
            let t = ai as u64 * bj as u64 + out[i + j] as u64 + carry;
            out[i + j] = t as u32;
            carry = t >> 32;
        }
        out[a.len() + j] = carry as u32;
    }
    trim(&out[..a.len() + b.len()]).len()
}

/// `out = a / d`, returning `a % d`, for a one-digit `d != 0`; `out` has at least
/// `a.len()` digits. The quotient's significant length is `trim(out).len()`.
pub fn divrem1(a: &[u32], d: u32, out: &mut [u32]) -> u32 {
    debug_assert!(d != 0);
    let d = d as u64;
    let mut r = 0u64;
    for i in (0..a.len()).rev() {
        let cur = (r << 32) | a[i] as u64;
        out[i] = (cur / d) as u32;
        r = cur % d;
    }
    r as u32
}

/// Long divisions whose quotient has at most this many digits run here (Knuth's
/// algorithm D, quadratic in the quotient's length); longer ones use `num_bigint`.
pub const SHORT_QUOTIENT_LIMIT: usize = 64;

/// `(a / b, a % b)` for `b` of at least two digits (Knuth's algorithm D), both trimmed.
pub fn divrem(a: &[u32], b: &[u32]) -> (Vec<u32>, Vec<u32>) {
    let n = b.len();
    debug_assert!(n >= 2 && b[n - 1] != 0);
    if cmp(a, b) == Ordering::Less {
        return (Vec::new(), a.to_vec());
    }
    let m = a.len() - n;
    // Normalize: shift both so the divisor's top digit has its high bit set.
    let s = b[n - 1].leading_zeros();
    let shl = |x: &[u32], extra: usize| -> Vec<u32> {
        let mut out = vec![0u32; x.len() + extra];
        if s == 0 {
            out[..x.len()].copy_from_slice(x);
        } else {
            let mut carry = 0u32;
            for (i, &d) in x.iter().enumerate() {
                out[i] = (d << s) | carry;
                carry = d >> (32 - s);
            }
            if extra > 0 {
                out[x.len()] = carry;
            }
        }
        out
    };
    let bn = shl(b, 0);
    let mut an = shl(a, 1);
    let mut q = vec![0u32; m + 1];
    let (btop, bnext) = (bn[n - 1] as u64, bn[n - 2] as u64);
    for j in (0..=m).rev() {
        let num = (an[j + n] as u64) << 32 | an[j + n - 1] as u64;
        let mut qhat = num / btop;
        let mut rhat = num % btop;
        while qhat >> 32 != 0 || qhat * bnext > (rhat << 32 | an[j + n - 2] as u64) {
            qhat -= 1;
            rhat += btop;
            if rhat >> 32 != 0 {
                break;
            }
        }
        // Multiply and subtract qhat * bn from an[j..j + n + 1].
        let mut k = 0i64;
        for i in 0..n {
            let p = qhat * bn[i] as u64;
            let t = an[i + j] as i64 - k - (p & 0xFFFF_FFFF) as i64;
            an[i + j] = t as u32;
            k = (p >> 32) as i64 - (t >> 32);
        }
        let t = an[j + n] as i64 - k;
        an[j + n] = t as u32;
        if t < 0 {
            // qhat was one too large: add the divisor back.
            qhat -= 1;
            let mut c = 0u64;
            for i in 0..n {
                let t = an[i + j] as u64 + bn[i] as u64 + c;
                an[i + j] = t as u32;
                c = t >> 32;
            }
            an[j + n] = an[j + n].wrapping_add(c as u32);
        }
        q[j] = qhat as u32;
    }
    // Unnormalize the remainder.
    let mut r = vec![0u32; n];
    if s == 0 {
        r.copy_from_slice(&an[..n]);
    } else {
        for i in 0..n {
            r[i] = (an[i] >> s) | (an[i + 1] << (32 - s));
        }
    }
    let ql = trim(&q).len();
    q.truncate(ql);
    let rl = trim(&r).len();
    r.truncate(rl);
    (q, r)
}

/// `(a / b, a % b)` for `b` of at least two digits and `a` at most one digit longer (a
/// quotient below 2**64, as in a digit-by-digit spigot): the quotient is estimated from the
/// leading digits, one multiply-and-subtract pass forms the remainder, and at most a few
/// corrections follow. No normalizing copies, unlike [`divrem`].
pub fn divrem_short(a: &[u32], b: &[u32]) -> (u64, Vec<u32>) {
    let n = b.len();
    debug_assert!(n >= 2 && b[n - 1] != 0 && a.len() <= n + 1);
    if cmp(a, b) == Ordering::Less {
        return (0, a.to_vec());
    }
    // The leading digits from position `k`: b's three (exact if it has only two) and a's
    // at most four. With b's part at least 2**64, the estimate is too large by at most 2 or
    // too small by at most 1.
    let k = n.saturating_sub(3);
    let lead = |x: &[u32]| -> u128 {
        x[k..]
            .iter()
            .rev()
            .fold(0u128, |v, &d| (v << 32) | d as u128)
    };
    let mut q = (lead(a) / lead(b)).min(u64::MAX as u128) as u64;
    let len = a.len() + 1;
    let mut r = vec![0u32; len];
    let mut carry = 0u128;
    let mut borrow = 0i128;
    for (i, ri) in r.iter_mut().enumerate() {
        let p = q as u128 * b.get(i).copied().unwrap_or(0) as u128 + carry;
        carry = p >> 32;
        let t = a.get(i).copied().unwrap_or(0) as i128 - (p & 0xFFFF_FFFF) as i128 - borrow;
        *ri = t as u32;
        borrow = (t < 0) as i128;
    }
    // Negative (two's complement in `len` digits): add the divisor back.
    while r[len - 1] >> 31 != 0 {
        let mut c = 0u64;
        for (i, ri) in r.iter_mut().enumerate() {
            let t = *ri as u64 + b.get(i).copied().unwrap_or(0) as u64 + c;
            *ri = t as u32;
            c = t >> 32;
        }
        q -= 1;
    }
    let mut l = trim(&r).len();
    while cmp(&r[..l], b) != Ordering::Less {
        let mut out = vec![0u32; l];
        l = sub(&r[..l], b, &mut out);
        r[..l].copy_from_slice(&out[..l]);
        q += 1;
    }
    r.truncate(l);
    (q, r)
}

/// `a mod (2**61 - 1)` (the modulus of Python's numeric hash).
pub fn mod_mersenne61(a: &[u32]) -> u64 {
    const P: u64 = (1 << 61) - 1;
    let mut h = 0u64;
    for &d in a.iter().rev() {
        // h * 2**32 mod P: a rotation by 32 within 61 bits.
        h = ((h << 32) & P) | (h >> 29);
        h += d as u64;
        if h >= P {
            h -= P;
        }
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::BigUint;

    fn lcg(seed: &mut u64) -> u32 {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (*seed >> 33) as u32
    }

    fn random(seed: &mut u64, n: usize) -> Vec<u32> {
        let mut v: Vec<u32> = (0..n).map(|_| lcg(seed)).collect();
        // Edge digits: all ones and zeros show carry and borrow chains.
        if n > 2 && lcg(seed).is_multiple_of(3) {
            for d in v.iter_mut().take(n - 1) {
                *d = if lcg(seed).is_multiple_of(2) {
                    u32::MAX
                } else {
                    0
                };
            }
        }
        trim(&v).to_vec()
    }

    fn big(d: &[u32]) -> BigUint {
        BigUint::from_slice(d)
    }

    #[test]
    fn matches_num_bigint() {
        let mut seed = 7;
        for round in 0..2000 {
            let a = random(&mut seed, 1 + round % 13);
            let b = random(&mut seed, 1 + (round / 13) % 11);
            let mut out = vec![0u32; a.len() + b.len() + 1];
            let n = add(&a, &b, &mut out);
            assert_eq!(big(&out[..n]), big(&a) + big(&b));
            assert_eq!(cmp(&a, &b), big(&a).cmp(&big(&b)));
            let (hi, lo) = if cmp(&a, &b) == Ordering::Less {
                (&b, &a)
            } else {
                (&a, &b)
            };
            let mut out = vec![0u32; hi.len()];
            let n = sub(hi, lo, &mut out);
            assert_eq!(big(&out[..n]), big(hi) - big(lo));
            assert!(n == 0 || out[n - 1] != 0);
            let mut out = vec![0u32; a.len() + b.len()];
            let n = mul(&a, &b, &mut out);
            assert_eq!(big(&out[..n]), big(&a) * big(&b));
            let d = lcg(&mut seed).max(1) >> (round % 32);
            let d = d.max(1);
            let mut out = vec![0u32; a.len()];
            let r = divrem1(&a, d, &mut out);
            assert_eq!(big(trim(&out)), big(&a) / d);
            assert_eq!(BigUint::from(r), big(&a) % d);
            if b.len() >= 2 {
                let (q, r) = divrem(&a, &b);
                assert_eq!(big(&q), big(&a) / big(&b));
                assert_eq!(big(&r), big(&a) % big(&b));
            }
            if b.len() >= 2 {
                // Short quotients: `a` trimmed to at most one digit more than `b`.
                let short = &a[..a.len().min(b.len() + 1)];
                let short = trim(short);
                let (q, r) = divrem_short(short, &b);
                assert_eq!(BigUint::from(q), big(short) / big(&b));
                assert_eq!(big(&r), big(short) % big(&b));
                let mut top = b.clone();
                top.push(lcg(&mut seed));
                let top = trim(&top).to_vec();
                let (q, r) = divrem_short(&top, &b);
                assert_eq!(BigUint::from(q), big(&top) / big(&b));
                assert_eq!(big(&r), big(&top) % big(&b));
            }
            // A divisor with a tiny leading digit and a dividend one digit longer: the
            // largest quotients.
            let mut small_top = b.clone();
            small_top.push(1);
            let mut big_a: Vec<u32> = (0..small_top.len()).map(|_| lcg(&mut seed)).collect();
            big_a.push(lcg(&mut seed) | 1);
            let (q, r) = divrem_short(&big_a, &small_top);
            assert_eq!(BigUint::from(q), big(&big_a) / big(&small_top));
            assert_eq!(big(&r), big(&big_a) % big(&small_top));
            let wide: Vec<u32> = a.iter().chain(a.iter()).copied().collect();
            if b.len() >= 2 {
                let (q, r) = divrem(&wide, &b);
                assert_eq!(big(&q), big(&wide) / big(&b));
                assert_eq!(big(&r), big(&wide) % big(&b));
            }
            let p = BigUint::from((1u64 << 61) - 1);
            assert_eq!(BigUint::from(mod_mersenne61(&a)), big(&a) % p);
        }
    }
}
