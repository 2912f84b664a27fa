//! Package unicode: character classes and case mappings, answered from tables generated
//! from Go's own (unicode/tables.rs, by unicode/gentables.go), so every answer is Go's.
//! The strings and strconv natives use these functions too.

mod tables;

use tables::*;

use crate::runtime::natives::{NativeCtx, NativeFn};
use crate::vm::Trap;
use crate::vm::value::*;

pub const MAX_RUNE: i64 = 0x10FFFF;

/// Whether r is in a table of (lo, hi, stride) ranges.
pub fn in_table(t: &[Range], r: i64) -> bool {
    if !(0..=MAX_RUNE).contains(&r) {
        return false;
    }
    let r = r as u32;
    let (mut lo, mut hi) = (0, t.len());
    while lo < hi {
        let m = lo + (hi - lo) / 2;
        let (a, b, s) = t[m];
        if a <= r && r <= b {
            return s == 1 || (r - a).is_multiple_of(s);
        }
        if r < a {
            hi = m;
        } else {
            lo = m + 1;
        }
    }
    false
}

/// A table by its id in stdlib/unicode.go (1-based index into TABLES).
pub fn table(id: i64) -> Option<&'static [Range]> {
    TABLES.get((id as usize).wrapping_sub(1)).map(|(_, t)| *t)
}

#[inline]
pub fn is_letter(r: i64) -> bool {
    if (0..0x80).contains(&r) {
        return (r as u8).is_ascii_alphabetic();
    }
    in_table(T_L, r)
}

#[inline]
pub fn is_digit(r: i64) -> bool {
    if (0..0x80).contains(&r) {
        return (r as u8).is_ascii_digit();
    }
    in_table(T_Nd, r)
}

pub fn is_number(r: i64) -> bool {
    if (0..0x80).contains(&r) {
        return (r as u8).is_ascii_digit();
    }
    in_table(T_N, r)
}

#[inline]
pub fn is_space(r: i64) -> bool {
    if (0..=0xFF).contains(&r) {
        return matches!(r, 0x09..=0x0D | 0x20 | 0x85 | 0xA0);
    }
    in_table(T_White_Space, r)
}

pub fn is_upper(r: i64) -> bool {
    if (0..0x80).contains(&r) {
        return (r as u8).is_ascii_uppercase();
    }
    in_table(T_Lu, r)
}

pub fn is_lower(r: i64) -> bool {
    if (0..0x80).contains(&r) {
        return (r as u8).is_ascii_lowercase();
    }
    in_table(T_Ll, r)
}

pub fn is_title(r: i64) -> bool {
    r > 0xFF && in_table(T_Lt, r)
}

pub fn is_punct(r: i64) -> bool {
    in_table(T_P, r)
}

pub fn is_mark(r: i64) -> bool {
    in_table(T_M, r)
}

pub fn is_symbol(r: i64) -> bool {
    in_table(T_S, r)
}

pub fn is_control(r: i64) -> bool {
    matches!(r, 0..=0x1F | 0x7F..=0x9F)
}

/// `unicode.IsPrint`: letters, marks, numbers, punctuation, symbols and the ASCII space.
pub fn is_print(r: i64) -> bool {
    if (0..0x80).contains(&r) {
        return (0x20..0x7F).contains(&r);
    }
    in_table(T_L, r) || in_table(T_M, r) || in_table(T_N, r) || in_table(T_P, r) || in_table(T_S, r)
}

/// `unicode.IsGraphic`: IsPrint plus the other space separators (Zs).
pub fn is_graphic(r: i64) -> bool {
    is_print(r) || in_table(T_Zs, r)
}

pub const UPPER_CASE: usize = 0;
pub const LOWER_CASE: usize = 1;
pub const TITLE_CASE: usize = 2;

/// `unicode.To(case, r)` over CaseRanges, and whether a mapping was found.
fn to_case(case: usize, r: i64) -> (i64, bool) {
    let (mut lo, mut hi) = (0, CASE_RANGES.len());
    while lo < hi {
        let m = lo + (hi - lo) / 2;
        let (a, b, d) = CASE_RANGES[m];
        if a as i64 <= r && r <= b as i64 {
            let delta = d[case];
            if delta == UPPER_LOWER {
                // Alternating Upper/Lower pairs starting at `a`: upper at even offsets.
                return (a as i64 + (((r - a as i64) & !1) | (case as i64 & 1)), true);
            }
            return (r + delta as i64, true);
        }
        if r < a as i64 {
            hi = m;
        } else {
            lo = m + 1;
        }
    }
    (r, false)
}

/// `unicode.To`: case out of range gives ReplacementChar.
pub fn to(case: i64, r: i64) -> i64 {
    if !(0..3).contains(&case) {
        return 0xFFFD;
    }
    to_case(case as usize, r).0
}

#[inline]
pub fn to_upper(r: i64) -> i64 {
    if r < 0x80 {
        if (b'a' as i64..=b'z' as i64).contains(&r) {
            return r - 32;
        }
        return r;
    }
    to_case(UPPER_CASE, r).0
}

#[inline]
pub fn to_lower(r: i64) -> i64 {
    if r < 0x80 {
        if (b'A' as i64..=b'Z' as i64).contains(&r) {
            return r + 32;
        }
        return r;
    }
    to_case(LOWER_CASE, r).0
}

#[inline]
pub fn to_title(r: i64) -> i64 {
    if r < 0x80 {
        if (b'a' as i64..=b'z' as i64).contains(&r) {
            return r - 32;
        }
        return r;
    }
    to_case(TITLE_CASE, r).0
}

/// `unicode.SimpleFold`.
pub fn simple_fold(r: i64) -> i64 {
    if !(0..=MAX_RUNE).contains(&r) {
        return r;
    }
    if let Ok(i) = FOLD_ORBIT.binary_search_by_key(&(r as u32), |&(f, _)| f) {
        return FOLD_ORBIT[i].1 as i64;
    }
    let l = to_lower(r);
    if l != r {
        return l;
    }
    to_upper(r)
}

pub fn natives() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("unicode.IsLetter", |_, a| pred(a, is_letter)),
        ("unicode.IsDigit", |_, a| pred(a, is_digit)),
        ("unicode.IsNumber", |_, a| pred(a, is_number)),
        ("unicode.IsSpace", |_, a| pred(a, is_space)),
        ("unicode.IsUpper", |_, a| pred(a, is_upper)),
        ("unicode.IsLower", |_, a| pred(a, is_lower)),
        ("unicode.IsTitle", |_, a| pred(a, is_title)),
        ("unicode.IsPunct", |_, a| pred(a, is_punct)),
        ("unicode.IsMark", |_, a| pred(a, is_mark)),
        ("unicode.IsSymbol", |_, a| pred(a, is_symbol)),
        ("unicode.IsControl", |_, a| pred(a, is_control)),
        ("unicode.IsPrint", |_, a| pred(a, is_print)),
        ("unicode.IsGraphic", |_, a| pred(a, is_graphic)),
        ("unicode.ToUpper", |_, a| map(a, to_upper)),
        ("unicode.ToLower", |_, a| map(a, to_lower)),
        ("unicode.ToTitle", |_, a| map(a, to_title)),
        ("unicode.SimpleFold", |_, a| map(a, simple_fold)),
        ("unicode.To", unicode_to),
        ("unicode.inTable", unicode_in_table),
    ]
}

fn pred(args: &mut [Value], f: fn(i64) -> bool) -> Result<(), Trap> {
    args[0] = Value::Bool(f(args[0].as_int()));
    Ok(())
}

fn map(args: &mut [Value], f: fn(i64) -> i64) -> Result<(), Trap> {
    args[0] = Value::Int(f(args[0].as_int()));
    Ok(())
}

fn unicode_to(_: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    args[0] = Value::Int(to(args[0].as_int(), args[1].as_int()));
    Ok(())
}

/// `inTable(id int, r rune) bool`: membership in a built-in table.
fn unicode_in_table(_: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let ok = table(args[0].as_int()).is_some_and(|t| in_table(t, args[1].as_int()));
    args[0] = Value::Bool(ok);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_and_cases() {
        assert!(is_digit('۵' as i64));
        assert!(is_letter('س' as i64));
        assert!(!is_letter('\u{064E}' as i64)); // Arabic fatha is a mark
        assert_eq!(to_upper('ǆ' as i64), 'Ǆ' as i64);
        assert_eq!(to_title('ǆ' as i64), 'ǅ' as i64);
        assert_eq!(simple_fold('k' as i64), 0x212A);
        assert_eq!(simple_fold(0x212A), 'K' as i64);
        assert!(is_space(0x3000) && !is_space(0x200B));
    }
}
