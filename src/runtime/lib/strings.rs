//! Natives of package strings.

use crate::runtime::natives::NativeFn;

pub fn natives() -> Vec<(&'static str, NativeFn)> {
    vec![]
}
