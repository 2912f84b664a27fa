//! Natives of the library packages other than fmt, os, errors and runtime: one module
//! per package, each listing its functions.

pub mod math;
pub mod strconv;
pub mod strings;

use super::natives::NativeFn;

pub fn natives() -> Vec<(&'static str, NativeFn)> {
    let mut v = Vec::new();
    v.extend(strings::natives());
    v.extend(strconv::natives());
    v.extend(math::natives());
    v
}
