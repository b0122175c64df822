//! Argument-count and keyword checks for built-in methods, with CPython's messages.
//!
//! Method arguments include `self` at index 0; the counts reported exclude it.

use crate::ctx::{Ctx, PyResult};
use crate::objects::exceptions::type_error;
use crate::objects::function::Args;

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// `q() takes no keyword arguments`.
pub fn no_kw(cx: &mut Ctx, a: &Args<'_>, q: &str) -> PyResult<()> {
    if a.nkw() > 0 {
        return Err(type_error(cx, &format!("{q}() takes no keyword arguments")));
    }
    Ok(())
}

/// A method taking exactly one argument besides `self` (`METH_O`).
pub fn one(cx: &mut Ctx, a: &Args<'_>, q: &str) -> PyResult<()> {
    no_kw(cx, a, q)?;
    let n = a.len().saturating_sub(1);
    if n != 1 {
        return Err(type_error(
            cx,
            &format!("{q}() takes exactly one argument ({n} given)"),
        ));
    }
    Ok(())
}

/// A method taking no argument besides `self` (`METH_NOARGS`).
pub fn none(cx: &mut Ctx, a: &Args<'_>, q: &str) -> PyResult<()> {
    no_kw(cx, a, q)?;
    let n = a.len().saturating_sub(1);
    if n != 0 {
        return Err(type_error(
            cx,
            &format!("{q}() takes no arguments ({n} given)"),
        ));
    }
    Ok(())
}

/// A method taking `min..=max` positional arguments besides `self`, reported as `name`
/// (`name expected at most 1 argument, got 2`).
pub fn range(
    cx: &mut Ctx,
    a: &Args<'_>,
    q: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    no_kw(cx, a, q)?;
    let n = a.len().saturating_sub(1);
    if n < min || n > max {
        let msg = if min == max {
            format!("{name} expected {min} argument{}, got {n}", plural(min))
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                plural(min)
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                plural(max)
            )
        };
        return Err(type_error(cx, &msg));
    }
    Ok(())
}

/// A function taking `min..=max` positional arguments, reported as
/// `name() takes at most 2 arguments (3 given)`; `skip` leading arguments (self) are not
/// counted.
pub fn takes(
    cx: &mut Ctx,
    a: &Args<'_>,
    name: &str,
    skip: usize,
    min: usize,
    max: usize,
) -> PyResult<()> {
    let n = a.len().saturating_sub(skip);
    if n < min || n > max {
        let msg = if min == max {
            format!(
                "{name}() takes exactly {min} argument{} ({n} given)",
                plural(min)
            )
        } else if n < min {
            format!(
                "{name}() takes at least {min} argument{} ({n} given)",
                plural(min)
            )
        } else {
            format!(
                "{name}() takes at most {max} argument{} ({n} given)",
                plural(max)
            )
        };
        return Err(type_error(cx, &msg));
    }
    Ok(())
}

/// A special method of a built-in type called directly (a CPython slot wrapper) with `n`
/// arguments besides `self`: `expected 1 argument, got 0`.
pub fn wrapper(cx: &mut Ctx, a: &Args<'_>, name: &str, n: usize) -> PyResult<()> {
    if a.nkw() > 0 {
        return Err(type_error(
            cx,
            &format!("wrapper {name}() takes no keyword arguments"),
        ));
    }
    let got = a.len().saturating_sub(1);
    if got != n {
        let msg = format!("expected {n} argument{}, got {got}", plural(n));
        return Err(type_error(cx, &msg));
    }
    Ok(())
}
