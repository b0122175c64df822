//! `complex`: two doubles in a RAW object.

use crate::ctx::{Ctx, PyResult};
use crate::object::{self, raw_word, set_raw_word};
use crate::objects::float::float_repr;
use crate::objects::typeobj::{is_subtype, type_of};
use crate::runtime::Global;
use crate::value::Value;

/// `complex`.
pub static COMPLEX_TYPE: Global = Global::new();

/// A new complex number.
pub fn new_complex(cx: &mut Ctx, re: f64, im: f64) -> PyResult<Value> {
    let o = cx.alloc_raw(COMPLEX_TYPE.get(), 2)?;
    set_raw_word(o, 0, re.to_bits());
    set_raw_word(o, 1, im.to_bits());
    Ok(Value::from_obj(o))
}

/// `(real, imag)` of a complex (or complex-subclass instance).
pub fn complex_value(v: Value) -> Option<(f64, f64)> {
    if !v.is_ref() {
        return None;
    }
    let t = type_of(v);
    let o = if t == COMPLEX_TYPE.get() {
        v.obj()
    } else if is_subtype(t, COMPLEX_TYPE.get()) {
        object::slot(v.obj(), 0).obj()
    } else {
        return None;
    };
    Some((
        f64::from_bits(raw_word(o, 0)),
        f64::from_bits(raw_word(o, 1)),
    ))
}

/// A float in complex repr style: shortest round-trip, without a forced ".0".
fn part(f: f64) -> String {
    let s = float_repr(f);
    match s.strip_suffix(".0") {
        Some(t) => t.to_owned(),
        None => s,
    }
}

/// `repr(complex)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let imag = part(im);
    if re == 0.0 && re.is_sign_positive() {
        return format!("{imag}j");
    }
    let sign = if im.is_sign_negative() || im.is_nan() && imag.starts_with('-') {
        ""
    } else {
        "+"
    };
    format!("({}{sign}{imag}j)", part(re))
}

#[cfg(test)]
mod tests {
    use super::complex_repr;

    #[test]
    fn reprs() {
        assert_eq!(complex_repr(1.0, 2.0), "(1+2j)");
        assert_eq!(complex_repr(0.0, 2.0), "2j");
        assert_eq!(complex_repr(-0.0, 2.0), "(-0+2j)");
        assert_eq!(complex_repr(1.5, -2.5), "(1.5-2.5j)");
        assert_eq!(complex_repr(0.0, 0.0), "0j");
    }
}
