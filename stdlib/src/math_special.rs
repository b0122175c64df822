//! Pure numeric kernels of `math` whose exact results Python programs see: the gamma
//! function and its logarithm (Lanczos approximation with Boost's 13-term, g ≈ 6.0247
//! coefficients, as CPython computes them), exactly rounded summation (`fsum`, Shewchuk's
//! partials), the accurate Euclidean norm behind `hypot` and `dist`, `remainder` and
//! `nextafter`.
//!
//! Each kernel reports domain and range errors through [`MathError`]; the module turns them
//! into `ValueError: math domain error` / `OverflowError: math range error`.

/// A floating-point error of a math function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MathError {
    /// `ValueError: math domain error`.
    Domain,
    /// `OverflowError: math range error`.
    Range,
}

/// Result of a kernel.
pub type MathResult = Result<f64, MathError>;

// --- Gamma ---------------------------------------------------------------------------------

const LANCZOS_G: f64 = 6.024_680_040_776_73;
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_73;

/// Numerator coefficients of the Lanczos rational function, constant term first.
const LANCZOS_NUM: [f64; 13] = [
    23_531_376_880.410_76,
    42_919_803_642.649_1,
    35_711_959_237.355_67,
    17_921_034_426.037_21,
    6_039_542_586.352_028,
    1_439_720_407.311_721_6,
    248_874_557.862_054_17,
    31_426_415.585_400_194,
    2_876_370.628_935_372_5,
    186_056.265_395_223_48,
    8_071.672_002_365_816,
    210.824_277_751_579_36,
    2.506_628_274_631_000_2,
];

/// Denominator coefficients: the expansion of `x (x+1) ... (x+11)`, constant term first.
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

/// The Lanczos sum for `x > 0`: Horner in `x` for small `x`, in `1/x` for large `x`.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// `sin(pi * x)` for finite `x`, accurate near the integers.
fn sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i64;
    let pi = std::f64::consts::PI;
    let r = match n {
        0 => (pi * y).sin(),
        1 => (pi * (y - 0.5)).cos(),
        2 => (pi * (1.0 - y)).sin(),
        3 => -(pi * (y - 1.5)).cos(),
        _ => (pi * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

/// `gamma(n)` for the integers 1..=23, exactly.
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];

/// The gamma function.
pub fn gamma(x: f64) -> MathResult {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return Ok(x);
        }
        return Err(MathError::Domain);
    }
    if x == 0.0 {
        return Err(MathError::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(MathError::Domain);
        }
        if x <= 23.0 {
            return Ok(GAMMA_INTEGRAL[x as usize - 1]);
        }
    }
    let ax = x.abs();
    if ax < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() {
            Err(MathError::Range)
        } else {
            Ok(r)
        };
    }
    if ax > 200.0 {
        return if x < 0.0 {
            Ok(0.0 / sinpi(x))
        } else {
            Err(MathError::Range)
        };
    }
    let y = ax + LANCZOS_G_MINUS_HALF;
    // z = (ax + g - 1/2) - ax - (g - 1/2), computed so that no information is lost.
    let z = if ax > LANCZOS_G_MINUS_HALF {
        let q = y - ax;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - ax
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -std::f64::consts::PI / sinpi(ax) / ax * y.exp() / lanczos_sum(ax);
        r -= z * r;
        if ax < 140.0 {
            r /= y.powf(ax - 0.5);
        } else {
            let sqrtpow = y.powf(ax / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(ax) / y.exp();
        r += z * r;
        if ax < 140.0 {
            r *= y.powf(ax - 0.5);
        } else {
            let sqrtpow = y.powf(ax / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if r.is_infinite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

/// The natural logarithm of the absolute value of the gamma function.
pub fn lgamma(x: f64) -> MathResult {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 {
            Err(MathError::Domain)
        } else {
            Ok(0.0)
        };
    }
    let ax = x.abs();
    if ax < 1e-20 {
        return Ok(-ax.ln());
    }
    let mut r = lanczos_sum(ax).ln() - LANCZOS_G;
    r += (ax - 0.5) * ((ax + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = std::f64::consts::PI.ln() - sinpi(ax).abs().ln() - ax.ln() - r;
    }
    if r.is_infinite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

// --- Summation and norms -------------------------------------------------------------------

/// Why `fsum` failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FsumError {
    /// `OverflowError: intermediate overflow in fsum`.
    Overflow,
    /// `ValueError: -inf + inf in fsum`.
    InfMinusInf,
}

/// Exactly rounded sum of floats fed one at a time.
#[derive(Default)]
pub struct Fsum {
    partials: Vec<f64>,
    special: f64,
    inf: f64,
}

impl Fsum {
    /// Adds `x` to the sum.
    pub fn add(&mut self, x: f64) -> Result<(), FsumError> {
        let original = x;
        let mut x = x;
        let mut i = 0;
        for j in 0..self.partials.len() {
            let mut y = self.partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                self.partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        self.partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // Either an intermediate overflow or an infinity or NaN among the inputs.
                if original.is_finite() {
                    return Err(FsumError::Overflow);
                }
                if original.is_infinite() {
                    self.inf += original;
                }
                self.special += original;
                self.partials.clear();
            } else {
                self.partials.push(x);
            }
        }
        Ok(())
    }

    /// The correctly rounded total.
    pub fn total(&self) -> Result<f64, FsumError> {
        if self.special != 0.0 {
            if self.inf.is_nan() {
                return Err(FsumError::InfMinusInf);
            }
            return Ok(self.special);
        }
        let p = &self.partials;
        let mut n = p.len();
        if n == 0 {
            return Ok(0.0);
        }
        n -= 1;
        let mut hi = p[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            lo = y - (hi - x);
            if lo != 0.0 {
                break;
            }
        }
        // Round half to even across the remaining partials.
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
        Ok(hi)
    }
}

/// Splits `x` into `hi + lo` with `hi` holding the top 26 bits, so that products of the
/// halves are exact (Dekker).
fn split(x: f64) -> (f64, f64) {
    let t = x * 134_217_729.0; // 2**27 + 1
    let hi = t - (t - x);
    (hi, x - hi)
}

/// Adds `x` to `csum`, accumulating the rounding error in `frac` (`|csum| >= |x|`).
fn add_exact(csum: &mut f64, frac: &mut f64, x: f64) {
    let old = *csum;
    *csum += x;
    *frac += (old - *csum) + x;
}

/// The Euclidean norm of `v` (absolute values, largest `max`), almost always correctly
/// rounded: after an exact scaling by a power of two, each square is split into exact
/// parts summed with compensation, and the square root gets one differential correction.
pub fn vector_norm(v: &[f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || v.len() <= 1 {
        return max;
    }
    let (_, max_e) = krait_vm::objects::float::frexp(max);
    if max_e < -1023 {
        // 2**-max_e would overflow: make the subnormals normal first.
        let scaled: Vec<f64> = v.iter().map(|x| x / f64::MIN_POSITIVE).collect();
        return f64::MIN_POSITIVE * vector_norm(&scaled, max / f64::MIN_POSITIVE, false);
    }
    let scale = krait_vm::objects::float::ldexp(1.0, -(max_e as i64));
    let mut csum = 1.0;
    let (mut frac1, mut frac2, mut frac3) = (0.0, 0.0, 0.0);
    for &x in v {
        let (hi, lo) = split(x * scale);
        add_exact(&mut csum, &mut frac1, hi * hi);
        add_exact(&mut csum, &mut frac2, 2.0 * hi * lo);
        frac3 += lo * lo;
    }
    let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
    let (hi, lo) = split(h);
    add_exact(&mut csum, &mut frac1, -hi * hi);
    add_exact(&mut csum, &mut frac2, -2.0 * hi * lo);
    add_exact(&mut csum, &mut frac3, -lo * lo);
    let x = csum - 1.0 + (frac1 + frac2 + frac3);
    (h + x / (2.0 * h)) / scale
}

// --- Small functions -----------------------------------------------------------------------

/// IEEE 754 `remainder`: `x - n*y` for the integer `n` nearest `x/y` (ties to even).
pub fn remainder(x: f64, y: f64) -> MathResult {
    if x.is_nan() {
        return Ok(x);
    }
    if y.is_nan() {
        return Ok(y);
    }
    if x.is_infinite() || y == 0.0 {
        return Err(MathError::Domain);
    }
    if y.is_infinite() {
        return Ok(x);
    }
    let (ax, ay) = (x.abs(), y.abs());
    let m = ax % ay;
    let c = ay - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        // Half-way: choose the even multiple.
        m - 2.0 * ((0.5 * (ax - m)) % ay)
    };
    Ok(1.0f64.copysign(x) * r)
}

/// The next double after `x` towards `y`.
pub fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let away_from_zero = (y > x) == (x > 0.0);
    f64::from_bits(if away_from_zero { bits + 1 } else { bits - 1 })
}

/// The value of the least significant bit of `x`.
pub fn ulp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let x = x.abs();
    if x.is_infinite() {
        return x;
    }
    let up = nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        return x - nextafter(x, 0.0);
    }
    up - x
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gamma_values() {
        assert_eq!(gamma(5.0), Ok(24.0));
        assert_eq!(gamma(0.5), Ok(1.7724538509055159));
        assert_eq!(gamma(-1.0), Err(MathError::Domain));
        assert_eq!(gamma(172.0), Err(MathError::Range));
        assert_eq!(lgamma(1.0), Ok(0.0));
        assert_eq!(lgamma(0.0), Err(MathError::Domain));
    }

    #[test]
    fn fsum_is_exact() {
        let mut s = Fsum::default();
        for _ in 0..10 {
            s.add(0.1).unwrap();
        }
        assert_eq!(s.total(), Ok(1.0));
        let mut s = Fsum::default();
        for x in [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50] {
            s.add(x).unwrap();
        }
        assert_eq!(s.total(), Ok(1e-100));
        let mut s = Fsum::default();
        s.add(f64::INFINITY).unwrap();
        s.add(f64::NEG_INFINITY).unwrap();
        assert_eq!(s.total(), Err(FsumError::InfMinusInf));
    }

    #[test]
    fn norms_and_neighbours() {
        assert_eq!(vector_norm(&[3.0, 4.0], 4.0, false), 5.0);
        assert_eq!(nextafter(1.0, 2.0), 1.0000000000000002);
        assert_eq!(nextafter(0.0, -1.0), -5e-324);
        assert_eq!(ulp(1.0), 2.220446049250313e-16);
        assert_eq!(remainder(2.5, 1.0), Ok(0.5));
        assert_eq!(remainder(3.5, 1.0), Ok(-0.5));
    }
}
