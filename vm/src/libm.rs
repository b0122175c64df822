//! The C library's math functions that Rust's `std` lacks (`erf`, `erfc`) or computes
//! without the C library (`asinh`, `acosh`, `atanh` in Rust, `cbrt` from the compiler's
//! built-ins). CPython calls the platform's C library for all of them, and programs print
//! their results to the last bit, so on glibc Krait calls the same functions. `cbrt` is
//! reached through glibc's `cbrtf64` alias, because the plain symbol resolves to the
//! compiler built-in at link time. Other platforms use the `libm` crate (see `krait-stdlib`).

#[cfg(all(target_os = "linux", target_env = "gnu"))]
mod sys {
    extern "C" {
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn cbrtf64(x: f64) -> f64;
    }
}

macro_rules! c_functions {
    ($($(#[$doc:meta])* $name:ident => $sys:ident;)*) => {
        $(
            $(#[$doc])*
            #[cfg(all(target_os = "linux", target_env = "gnu"))]
            #[inline]
            pub fn $name(x: f64) -> f64 {
                // SAFETY: a pure C function of one double by value: no pointers, no shared
                // state (errno is thread-local), defined for every input including NaN.
                unsafe { sys::$sys(x) }
            }
        )*
    };
}

c_functions! {
    /// The error function.
    erf => erf;
    /// The complementary error function.
    erfc => erfc;
    /// Inverse hyperbolic sine.
    asinh => asinh;
    /// Inverse hyperbolic cosine.
    acosh => acosh;
    /// Inverse hyperbolic tangent.
    atanh => atanh;
    /// Cube root.
    cbrt => cbrtf64;
}

#[cfg(all(test, target_os = "linux", target_env = "gnu"))]
mod tests {
    #[test]
    fn matches_glibc_results_cpython_prints() {
        assert_eq!(super::cbrt(-27.0), -3.0000000000000004);
        assert_eq!(super::erfc(-1.0), 1.842700792949715);
        assert_eq!(super::asinh(1e-8), 9.999999999999999e-09);
    }
}
