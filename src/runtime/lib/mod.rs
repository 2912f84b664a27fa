//! Natives of the library packages other than fmt, os, errors and runtime: one module
//! per package, each listing its functions.

pub mod math;
pub mod rand;
pub mod sort;
pub mod strconv;
pub mod strings;
pub mod unicode;
pub mod utf8;

use super::natives::NativeFn;

pub fn natives() -> Vec<(&'static str, NativeFn)> {
    let mut v = Vec::new();
    v.extend(strings::natives());
    v.extend(strconv::natives());
    v.extend(unicode::natives());
    v.extend(utf8::natives());
    v.extend(math::natives());
    v.extend(sort::natives());
    v.extend(rand::natives());
    v
}
