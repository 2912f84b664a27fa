//! Natives of package strconv.

use crate::runtime::natives::NativeFn;

pub fn natives() -> Vec<(&'static str, NativeFn)> {
    vec![]
}
