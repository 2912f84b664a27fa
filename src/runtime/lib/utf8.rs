//! UTF-8 as Go's unicode/utf8 defines it (invalid bytes decode as U+FFFD of width 1),
//! shared by the strings and strconv natives, and the natives of package utf8.

use crate::runtime::natives::{NativeCtx, NativeFn};
use crate::vm::Trap;
use crate::vm::value::*;

pub const RUNE_ERROR: i64 = 0xFFFD;
pub const RUNE_SELF: u8 = 0x80;
pub const MAX_RUNE: i64 = 0x10FFFF;

/// The length a valid sequence starting with byte `b` must have (1 for ASCII and for
/// bytes that cannot start a sequence), and the accepted range of its second byte.
#[inline]
fn lead(b: u8) -> (usize, u8, u8) {
    match b {
        0x00..=0x7F => (1, 0, 0),
        0xC2..=0xDF => (2, 0x80, 0xBF),
        0xE0 => (3, 0xA0, 0xBF),
        0xE1..=0xEC | 0xEE..=0xEF => (3, 0x80, 0xBF),
        0xED => (3, 0x80, 0x9F),
        0xF0 => (4, 0x90, 0xBF),
        0xF1..=0xF3 => (4, 0x80, 0xBF),
        0xF4 => (4, 0x80, 0x8F),
        _ => (1, 0, 0),
    }
}

/// `utf8.DecodeRune`: the first rune of `s` and its width; (RuneError, 1) for an invalid
/// encoding, (RuneError, 0) for an empty input.
#[inline]
pub fn decode(s: &[u8]) -> (i64, usize) {
    let Some(&b0) = s.first() else {
        return (RUNE_ERROR, 0);
    };
    if b0 < RUNE_SELF {
        return (b0 as i64, 1);
    }
    let (n, lo, hi) = lead(b0);
    if n == 1 || s.len() < n {
        return (RUNE_ERROR, 1);
    }
    let b1 = s[1];
    if b1 < lo || b1 > hi {
        return (RUNE_ERROR, 1);
    }
    match n {
        2 => ((((b0 & 0x1F) as i64) << 6) | (b1 & 0x3F) as i64, 2),
        3 => {
            let b2 = s[2];
            if !(0x80..=0xBF).contains(&b2) {
                return (RUNE_ERROR, 1);
            }
            (
                (((b0 & 0x0F) as i64) << 12) | (((b1 & 0x3F) as i64) << 6) | (b2 & 0x3F) as i64,
                3,
            )
        }
        _ => {
            let (b2, b3) = (s[2], s[3]);
            if !(0x80..=0xBF).contains(&b2) || !(0x80..=0xBF).contains(&b3) {
                return (RUNE_ERROR, 1);
            }
            (
                (((b0 & 0x07) as i64) << 18)
                    | (((b1 & 0x3F) as i64) << 12)
                    | (((b2 & 0x3F) as i64) << 6)
                    | (b3 & 0x3F) as i64,
                4,
            )
        }
    }
}

/// `utf8.DecodeLastRune`.
pub fn decode_last(s: &[u8]) -> (i64, usize) {
    let end = s.len();
    if end == 0 {
        return (RUNE_ERROR, 0);
    }
    let mut start = end - 1;
    if s[start] < RUNE_SELF {
        return (s[start] as i64, 1);
    }
    let lim = end.saturating_sub(4);
    // Back up to a byte that can start a rune (not a continuation byte).
    while start > lim {
        start -= 1;
        if s[start] & 0xC0 != 0x80 {
            break;
        }
    }
    let (r, size) = decode(&s[start..end]);
    if start + size != end {
        return (RUNE_ERROR, 1);
    }
    (r, size)
}

/// Go's `for i, r := range s` step: like `decode` but never width 0.
#[inline]
pub fn next(s: &[u8], i: usize) -> (i64, usize) {
    decode(&s[i..])
}

/// `utf8.RuneLen`: bytes needed to encode r, -1 if r is not a valid rune.
pub fn rune_len(r: i64) -> i64 {
    match r {
        _ if r < 0 => -1,
        0..=0x7F => 1,
        0x80..=0x7FF => 2,
        0xD800..=0xDFFF => -1,
        0x800..=0xFFFF => 3,
        0x10000..=MAX_RUNE => 4,
        _ => -1,
    }
}

pub fn valid_rune(r: i64) -> bool {
    (0..0xD800).contains(&r) || (0xE000..=MAX_RUNE).contains(&r)
}

/// Appends the UTF-8 encoding of r (U+FFFD for an invalid rune), as `utf8.AppendRune`.
#[inline]
pub fn encode(out: &mut Vec<u8>, r: i64) {
    let r = if valid_rune(r) {
        r as u32
    } else {
        RUNE_ERROR as u32
    };
    if r < 0x80 {
        out.push(r as u8);
    } else if r < 0x800 {
        out.extend_from_slice(&[0xC0 | (r >> 6) as u8, 0x80 | (r & 0x3F) as u8]);
    } else if r < 0x10000 {
        out.extend_from_slice(&[
            0xE0 | (r >> 12) as u8,
            0x80 | ((r >> 6) & 0x3F) as u8,
            0x80 | (r & 0x3F) as u8,
        ]);
    } else {
        out.extend_from_slice(&[
            0xF0 | (r >> 18) as u8,
            0x80 | ((r >> 12) & 0x3F) as u8,
            0x80 | ((r >> 6) & 0x3F) as u8,
            0x80 | (r & 0x3F) as u8,
        ]);
    }
}

pub fn rune_count(s: &[u8]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < s.len() {
        if s[i] < RUNE_SELF {
            i += 1;
        } else {
            i += decode(&s[i..]).1;
        }
        n += 1;
    }
    n
}

pub fn valid(s: &[u8]) -> bool {
    std::str::from_utf8(s).is_ok()
}

/// `utf8.FullRune`: whether p begins with a full encoding (or an invalid one).
pub fn full_rune(p: &[u8]) -> bool {
    let Some(&b0) = p.first() else {
        return false;
    };
    let (n, lo, hi) = lead(b0);
    if p.len() >= n {
        return true;
    }
    if p.len() > 1 && (p[1] < lo || p[1] > hi) {
        return true;
    }
    if p.len() > 2 && !(0x80..=0xBF).contains(&p[2]) {
        return true;
    }
    false
}

/// Runs `f` on the bytes of a string or `[]byte` value without copying a byte slice's
/// backing store when it is compact.
pub fn with_bytes<R>(v: &Value, f: impl FnOnce(&[u8]) -> R) -> R {
    match v {
        Value::Str(s) => f(s),
        Value::Slice(s) => {
            let (off, len) = (s.off as usize, s.len as usize);
            let guard = s.obj.lock();
            match &*guard {
                ObjData::Bytes(b) => f(&b[off..off + len]),
                ObjData::Vals(_) => {
                    drop(guard);
                    f(&s.to_bytes())
                }
            }
        }
        _ => f(&[]),
    }
}

pub fn natives() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("utf8.RuneCountInString", rune_count_native),
        ("utf8.RuneCount", rune_count_native),
        ("utf8.DecodeRuneInString", decode_native),
        ("utf8.DecodeRune", decode_native),
        ("utf8.DecodeLastRuneInString", decode_last_native),
        ("utf8.DecodeLastRune", decode_last_native),
        ("utf8.ValidString", valid_native),
        ("utf8.Valid", valid_native),
        ("utf8.FullRune", full_rune_native),
        ("utf8.FullRuneInString", full_rune_native),
    ]
}

fn rune_count_native(_: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let n = with_bytes(&args[0], rune_count);
    args[0] = Value::Int(n as i64);
    Ok(())
}

fn decode_native(_: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let (r, n) = with_bytes(&args[0], decode);
    args[0] = Value::Int(r);
    args[1] = Value::Int(n as i64);
    Ok(())
}

fn decode_last_native(_: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let (r, n) = with_bytes(&args[0], decode_last);
    args[0] = Value::Int(r);
    args[1] = Value::Int(n as i64);
    Ok(())
}

fn valid_native(_: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let ok = with_bytes(&args[0], valid);
    args[0] = Value::Bool(ok);
    Ok(())
}

fn full_rune_native(_: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let ok = with_bytes(&args[0], full_rune);
    args[0] = Value::Bool(ok);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_like_go() {
        assert_eq!(decode("é".as_bytes()), (0xE9, 2));
        assert_eq!(decode(b"\xed\xa0\x80"), (RUNE_ERROR, 1)); // surrogate
        assert_eq!(decode(b"\xc0\x80"), (RUNE_ERROR, 1)); // overlong
        assert_eq!(decode(b"\xf4\x90\x80\x80"), (RUNE_ERROR, 1)); // > MaxRune
        assert_eq!(decode(b""), (RUNE_ERROR, 0));
        assert_eq!(decode_last("aس".as_bytes()), (0x633, 2));
        assert_eq!(decode_last(b"a\xd8"), (RUNE_ERROR, 1));
        assert_eq!(rune_count(b"a\xffb\xe2\x82"), 5);
    }
}
