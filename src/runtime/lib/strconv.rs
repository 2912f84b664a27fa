//! Natives of package strconv: parsing and formatting of numbers and quoted strings,
//! ported from Go 1.19's strconv so that results, rounding and error cases agree. The
//! error values (*NumError, ErrSyntax, ErrRange) are built in stdlib/strconv.go from the
//! status codes these natives return.

use super::strings::append_bytes;
use super::unicode;
use super::utf8::{self, RUNE_ERROR, RUNE_SELF};
use crate::runtime::natives::{NativeCtx, NativeFn};
use crate::vm::Trap;
use crate::vm::value::*;

/// Status codes shared with stdlib/strconv.go.
const OK: i64 = 0;
const SYNTAX: i64 = 1;
const RANGE: i64 = 2;
const BASE: i64 = 3;
const BIT_SIZE: i64 = 4;

pub fn natives() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("strconv.parseUint", parse_uint_native),
        ("strconv.parseInt", parse_int_native),
        ("strconv.parseFloat", parse_float_native),
        ("strconv.FormatInt", format_int_native),
        ("strconv.FormatUint", format_uint_native),
        ("strconv.Itoa", itoa_native),
        ("strconv.FormatFloat", format_float_native),
        ("strconv.quote", quote_native),
        ("strconv.quoteRune", quote_rune_native),
        ("strconv.CanBackquote", can_backquote_native),
        ("strconv.IsPrint", |_, a| {
            a[0] = Value::Bool(unicode::is_print(a[0].as_int()));
            Ok(())
        }),
        ("strconv.IsGraphic", |_, a| {
            a[0] = Value::Bool(unicode::is_graphic(a[0].as_int()));
            Ok(())
        }),
        ("strconv.unquote", unquote_native),
        ("strconv.unquoteChar", unquote_char_native),
        ("strconv.appendString", append_string_native),
    ]
}

// ----- integers -----

fn lower(c: u8) -> u8 {
    c | 0x20
}

/// Go's underscoreOK: underscores only between digits or after a base prefix.
fn underscore_ok(s: &[u8]) -> bool {
    let mut saw = b'^';
    let mut i = 0;
    let mut s = s;
    if !s.is_empty() && (s[0] == b'-' || s[0] == b'+') {
        s = &s[1..];
    }
    let mut hex = false;
    if s.len() >= 2 && s[0] == b'0' && matches!(lower(s[1]), b'b' | b'o' | b'x') {
        i = 2;
        saw = b'0';
        hex = lower(s[1]) == b'x';
    }
    while i < s.len() {
        let c = s[i];
        if c.is_ascii_digit() || hex && (b'a'..=b'f').contains(&lower(c)) {
            saw = b'0';
        } else if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
        } else {
            if saw == b'_' {
                return false;
            }
            saw = b'!';
        }
        i += 1;
    }
    saw != b'_'
}

/// Go's ParseUint: the value and a status code.
fn parse_uint(s: &[u8], base: i64, bit_size: i64) -> (u64, i64) {
    if s.is_empty() {
        return (0, SYNTAX);
    }
    let base0 = base == 0;
    let s0 = s;
    let mut s = s;
    let mut base = base;
    if base == 0 {
        base = 10;
        if s[0] == b'0' {
            if s.len() >= 3 && lower(s[1]) == b'b' {
                base = 2;
                s = &s[2..];
            } else if s.len() >= 3 && lower(s[1]) == b'o' {
                base = 8;
                s = &s[2..];
            } else if s.len() >= 3 && lower(s[1]) == b'x' {
                base = 16;
                s = &s[2..];
            } else {
                base = 8;
                s = &s[1..];
            }
        }
    } else if !(2..=36).contains(&base) {
        return (0, BASE);
    }
    let bit_size = if bit_size == 0 {
        64
    } else if !(0..=64).contains(&bit_size) {
        return (0, BIT_SIZE);
    } else {
        bit_size
    };
    let base = base as u64;
    let cutoff = u64::MAX / base + 1;
    let max_val: u64 = if bit_size == 64 {
        u64::MAX
    } else {
        (1u64 << bit_size) - 1
    };
    let mut underscores = false;
    let mut n: u64 = 0;
    for &c in s {
        let d = if c == b'_' && base0 {
            underscores = true;
            continue;
        } else if c.is_ascii_digit() {
            c - b'0'
        } else if lower(c).is_ascii_lowercase() {
            lower(c) - b'a' + 10
        } else {
            return (0, SYNTAX);
        };
        if d as u64 >= base {
            return (0, SYNTAX);
        }
        if n >= cutoff {
            return (max_val, RANGE);
        }
        n *= base;
        let (n1, over) = n.overflowing_add(d as u64);
        if over || n1 > max_val {
            return (max_val, RANGE);
        }
        n = n1;
    }
    if underscores && !underscore_ok(s0) {
        return (0, SYNTAX);
    }
    (n, OK)
}

/// Go's ParseInt: the value and a status code.
fn parse_int(s: &[u8], base: i64, bit_size: i64) -> (i64, i64) {
    if s.is_empty() {
        return (0, SYNTAX);
    }
    let mut neg = false;
    let mut t = s;
    if s[0] == b'+' {
        t = &s[1..];
    } else if s[0] == b'-' {
        neg = true;
        t = &s[1..];
    }
    let (un, code) = parse_uint(t, base, bit_size);
    if code != OK && code != RANGE {
        return (0, code);
    }
    let bit_size = if bit_size == 0 { 64 } else { bit_size };
    let cutoff = 1u64 << (bit_size - 1);
    if !neg && un >= cutoff {
        return ((cutoff - 1) as i64, RANGE);
    }
    if neg && un > cutoff {
        return ((cutoff as i64).wrapping_neg(), RANGE);
    }
    let n = un as i64;
    (if neg { n.wrapping_neg() } else { n }, OK)
}

fn parse_uint_native(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let (v, code) = parse_uint(a[0].as_bytes(), a[1].as_int(), a[2].as_int());
    a[0] = Value::Int(v as i64);
    a[1] = Value::Int(code);
    Ok(())
}

fn parse_int_native(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let (v, code) = parse_int(a[0].as_bytes(), a[1].as_int(), a[2].as_int());
    a[0] = Value::Int(v);
    a[1] = Value::Int(code);
    Ok(())
}

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

fn format_bits(u: u64, base: i64, neg: bool) -> Result<String, Trap> {
    if !(2..=36).contains(&base) {
        return Err(Trap::Panic(Value::iface_str(
            "strconv: illegal AppendInt/FormatInt base",
        )));
    }
    let mut buf = Vec::with_capacity(65);
    let mut u = u;
    let b = base as u64;
    loop {
        buf.push(DIGITS[(u % b) as usize]);
        u /= b;
        if u == 0 {
            break;
        }
    }
    if neg {
        buf.push(b'-');
    }
    buf.reverse();
    Ok(String::from_utf8(buf).unwrap_or_default())
}

fn format_int_native(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let i = a[0].as_int();
    let s = format_bits(i.unsigned_abs(), a[1].as_int(), i < 0)?;
    a[0] = Value::str(&s);
    Ok(())
}

fn format_uint_native(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let s = format_bits(a[0].as_int() as u64, a[1].as_int(), false)?;
    a[0] = Value::str(&s);
    Ok(())
}

fn itoa_native(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    a[0] = Value::str(&a[0].as_int().to_string());
    Ok(())
}

fn append_string_native(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let s = std::mem::take(&mut a[1]);
    a[0] = append_bytes(&a[0], s.as_bytes());
    Ok(())
}

// ----- ParseFloat -----

/// Go's `special`: infinities and NaN, and how many bytes they take.
fn special(s: &[u8]) -> Option<(f64, usize)> {
    let prefix_len = |s: &[u8], word: &[u8]| {
        s.iter()
            .zip(word)
            .take_while(|(a, b)| lower(**a) == **b)
            .count()
    };
    let first = *s.first()?;
    let (sign, nsign, rest) = match first {
        b'+' => (1.0, 1, &s[1..]),
        b'-' => (-1.0, 1, &s[1..]),
        b'n' | b'N' => {
            return (prefix_len(s, b"nan") == 3).then_some((f64::NAN, 3));
        }
        _ => (1.0, 0, s),
    };
    if nsign == 0 && !matches!(first, b'i' | b'I') {
        return None;
    }
    let mut n = prefix_len(rest, b"infinity");
    if 3 < n && n < 8 {
        n = 3;
    }
    (n == 3 || n == 8).then_some((sign * f64::INFINITY, nsign + n))
}

struct ReadFloat {
    mantissa: u64,
    exp: i64,
    neg: bool,
    trunc: bool,
    hex: bool,
    /// Bytes consumed.
    n: usize,
    ok: bool,
    underscores: bool,
}

/// Go's readFloat: the syntax of a decimal or hexadecimal float.
fn read_float(s: &[u8]) -> ReadFloat {
    let mut r = ReadFloat {
        mantissa: 0,
        exp: 0,
        neg: false,
        trunc: false,
        hex: false,
        n: 0,
        ok: false,
        underscores: false,
    };
    let mut i = 0;
    if i >= s.len() {
        return r;
    }
    if s[i] == b'+' {
        i += 1;
    } else if s[i] == b'-' {
        r.neg = true;
        i += 1;
    }
    let mut base: u64 = 10;
    let mut max_mant_digits = 19;
    let mut exp_char = b'e';
    if i + 2 < s.len() && s[i] == b'0' && lower(s[i + 1]) == b'x' {
        base = 16;
        max_mant_digits = 16;
        i += 2;
        exp_char = b'p';
        r.hex = true;
    }
    let mut sawdot = false;
    let mut sawdigits = false;
    let mut nd: i64 = 0;
    let mut nd_mant: i64 = 0;
    let mut dp: i64 = 0;
    while i < s.len() {
        let c = s[i];
        if c == b'_' {
            r.underscores = true;
        } else if c == b'.' {
            if sawdot {
                break;
            }
            sawdot = true;
            dp = nd;
        } else if c.is_ascii_digit() {
            sawdigits = true;
            if c == b'0' && nd == 0 {
                dp -= 1;
                i += 1;
                continue;
            }
            nd += 1;
            if nd_mant < max_mant_digits {
                r.mantissa = r.mantissa * base + (c - b'0') as u64;
                nd_mant += 1;
            } else if c != b'0' {
                r.trunc = true;
            }
        } else if base == 16 && (b'a'..=b'f').contains(&lower(c)) {
            sawdigits = true;
            nd += 1;
            if nd_mant < max_mant_digits {
                r.mantissa = r.mantissa * 16 + (lower(c) - b'a' + 10) as u64;
                nd_mant += 1;
            } else {
                r.trunc = true;
            }
        } else {
            break;
        }
        i += 1;
    }
    r.n = i;
    if !sawdigits {
        return r;
    }
    if !sawdot {
        dp = nd;
    }
    if base == 16 {
        dp *= 4;
        nd_mant *= 4;
    }
    if i < s.len() && lower(s[i]) == exp_char {
        i += 1;
        r.n = i;
        if i >= s.len() {
            return r;
        }
        let mut esign = 1;
        if s[i] == b'+' {
            i += 1;
        } else if s[i] == b'-' {
            i += 1;
            esign = -1;
        }
        r.n = i;
        if i >= s.len() || !s[i].is_ascii_digit() {
            return r;
        }
        let mut e: i64 = 0;
        while i < s.len() && (s[i].is_ascii_digit() || s[i] == b'_') {
            if s[i] == b'_' {
                r.underscores = true;
            } else if e < 10000 {
                e = e * 10 + (s[i] - b'0') as i64;
            }
            i += 1;
        }
        dp += e * esign;
    } else if base == 16 {
        return r;
    }
    r.n = i;
    if r.mantissa != 0 {
        r.exp = dp - nd_mant;
    }
    if r.underscores && !underscore_ok(&s[..i]) {
        return r;
    }
    r.ok = true;
    r
}

/// Go's atofHex: rounds a hexadecimal mantissa and binary exponent to a float.
fn atof_hex(mut mantissa: u64, mut exp: i64, neg: bool, trunc: bool, bits32: bool) -> (f64, bool) {
    let (mantbits, expbits, bias): (i64, i64, i64) = if bits32 {
        (23, 8, -127)
    } else {
        (52, 11, -1023)
    };
    let max_exp = (1 << expbits) + bias - 2;
    let min_exp = bias + 1;
    exp += mantbits;
    while mantissa != 0 && mantissa >> (mantbits + 2) == 0 {
        mantissa <<= 1;
        exp -= 1;
    }
    if trunc {
        mantissa |= 1;
    }
    while mantissa >> (1 + mantbits + 2) != 0 {
        mantissa = mantissa >> 1 | mantissa & 1;
        exp += 1;
    }
    while mantissa > 1 && exp < min_exp - 2 {
        mantissa = mantissa >> 1 | mantissa & 1;
        exp += 1;
    }
    let mut round = mantissa & 3;
    mantissa >>= 2;
    round |= mantissa & 1;
    exp += 2;
    if round == 3 {
        mantissa += 1;
        if mantissa == 1 << (1 + mantbits) {
            mantissa >>= 1;
            exp += 1;
        }
    }
    if mantissa >> mantbits == 0 {
        exp = bias;
    }
    let mut overflow = false;
    if exp > max_exp {
        mantissa = 1 << mantbits;
        exp = max_exp + 1;
        overflow = true;
    }
    let mut bits = mantissa & ((1 << mantbits) - 1);
    bits |= (((exp - bias) & ((1 << expbits) - 1)) as u64) << mantbits;
    if neg {
        bits |= 1 << mantbits << expbits;
    }
    let f = if bits32 {
        f32::from_bits(bits as u32) as f64
    } else {
        f64::from_bits(bits)
    };
    (f, overflow)
}

/// Go's ParseFloat: the value and a status code.
fn parse_float(s: &[u8], bit_size: i64) -> (f64, i64) {
    let bits32 = bit_size == 32;
    let (f, n, code) = if let Some((f, n)) = special(s) {
        (f, n, OK)
    } else {
        let r = read_float(s);
        if !r.ok {
            (0.0, r.n, SYNTAX)
        } else if r.hex {
            let (f, ovf) = atof_hex(r.mantissa, r.exp, r.neg, r.trunc, bits32);
            (f, r.n, if ovf { RANGE } else { OK })
        } else {
            let text: String = s[..r.n]
                .iter()
                .filter(|&&c| c != b'_')
                .map(|&c| c as char)
                .collect();
            let f = if bits32 {
                text.parse::<f32>().map(|x| x as f64)
            } else {
                text.parse::<f64>()
            };
            match f {
                Ok(f) if f.is_infinite() => (f, r.n, RANGE),
                Ok(f) => (f, r.n, OK),
                Err(_) => (0.0, r.n, SYNTAX),
            }
        }
    };
    if n != s.len() && code != SYNTAX {
        return (0.0, SYNTAX);
    }
    if code == SYNTAX {
        return (0.0, SYNTAX);
    }
    (f, code)
}

fn parse_float_native(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let (f, code) = parse_float(a[0].as_bytes(), a[1].as_int());
    a[0] = Value::Float(f);
    a[1] = Value::Int(code);
    Ok(())
}

// ----- FormatFloat -----

/// Decimal digits d[0..nd] with the decimal point at dp (value = 0.d × 10^dp), without
/// trailing zeros; zero is (empty, 0) as in Go.
struct Digits {
    d: Vec<u8>,
    dp: i64,
}

/// Parses Rust's `{:e}` output ("1.2345e6") into digits.
fn digits_from_sci(s: &str) -> Digits {
    let (m, e) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i64 = e.parse().unwrap_or(0);
    let mut d: Vec<u8> = m.bytes().filter(|b| b.is_ascii_digit()).collect();
    while d.last() == Some(&b'0') {
        d.pop();
    }
    if d.is_empty() {
        return Digits { d, dp: 0 };
    }
    Digits { d, dp: exp + 1 }
}

/// The shortest digits that read back as `a` (a float32 when `bits32`). Among the
/// candidates of that length Go picks the one nearest the exact value, ties to even:
/// that is the correctly rounded one when it reads back, else Rust's choice.
fn shortest_digits(a: f64, bits32: bool) -> Digits {
    let s = if bits32 {
        format!("{:e}", a as f32)
    } else {
        format!("{a:e}")
    };
    let d = digits_from_sci(&s);
    if d.d.len() < 2 {
        return d;
    }
    let exact = format!(
        "{:.*e}",
        d.d.len() - 1,
        if bits32 { a as f32 as f64 } else { a }
    );
    let reads_back = if bits32 {
        exact.parse::<f32>().is_ok_and(|x| x == a as f32)
    } else {
        exact.parse::<f64>().is_ok_and(|x| x == a)
    };
    if reads_back {
        digits_from_sci(&exact)
    } else {
        d
    }
}

/// Parses Rust's `{:.N}` output ("123.4500") into digits.
fn digits_from_fixed(s: &str) -> Digits {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let mut d: Vec<u8> = int.bytes().chain(frac.bytes()).collect();
    let mut dp = int.len() as i64;
    let lead = d.iter().take_while(|&&c| c == b'0').count();
    d.drain(..lead);
    dp -= lead as i64;
    while d.last() == Some(&b'0') {
        d.pop();
    }
    if d.is_empty() {
        dp = 0;
    }
    Digits { d, dp }
}

fn fmt_e(out: &mut Vec<u8>, d: &Digits, prec: i64, fmt: u8) {
    out.push(if d.d.is_empty() { b'0' } else { d.d[0] });
    if prec > 0 {
        out.push(b'.');
        let mut i = 1;
        let m = (d.d.len() as i64).min(prec + 1) as usize;
        if i < m {
            out.extend_from_slice(&d.d[i..m]);
            i = m;
        }
        for _ in i as i64..=prec {
            out.push(b'0');
        }
    }
    out.push(fmt);
    let mut exp = d.dp - 1;
    if d.d.is_empty() {
        exp = 0;
    }
    if exp < 0 {
        out.push(b'-');
        exp = -exp;
    } else {
        out.push(b'+');
    }
    if exp < 10 {
        out.push(b'0');
    }
    out.extend_from_slice(exp.to_string().as_bytes());
}

fn fmt_f(out: &mut Vec<u8>, d: &Digits, prec: i64) {
    if d.dp > 0 {
        let m = (d.d.len() as i64).min(d.dp) as usize;
        out.extend_from_slice(&d.d[..m]);
        for _ in m as i64..d.dp {
            out.push(b'0');
        }
    } else {
        out.push(b'0');
    }
    if prec > 0 {
        out.push(b'.');
        for i in 1..=prec {
            let j = d.dp + i - 1;
            let c = if 0 <= j && j < d.d.len() as i64 {
                d.d[j as usize]
            } else {
                b'0'
            };
            out.push(c);
        }
    }
}

fn fmt_b(out: &mut Vec<u8>, neg: bool, mant: u64, exp: i64, mantbits: i64) {
    if neg {
        out.push(b'-');
    }
    out.extend_from_slice(mant.to_string().as_bytes());
    out.push(b'p');
    let exp = exp - mantbits;
    if exp >= 0 {
        out.push(b'+');
    }
    out.extend_from_slice(exp.to_string().as_bytes());
}

fn fmt_x(
    out: &mut Vec<u8>,
    prec: i64,
    fmt: u8,
    neg: bool,
    mut mant: u64,
    mut exp: i64,
    mantbits: i64,
) {
    if mant == 0 {
        exp = 0;
    }
    mant <<= 60 - mantbits;
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    if (0..15).contains(&prec) {
        let shift = (prec * 4) as u32;
        let extra = (mant << shift) & ((1 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            mant >>= 1;
            exp += 1;
        }
    }
    let hex: &[u8; 16] = if fmt == b'X' {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    if neg {
        out.push(b'-');
    }
    out.extend_from_slice(&[b'0', fmt, b'0' + ((mant >> 60) & 1) as u8]);
    mant <<= 4;
    if prec < 0 && mant != 0 {
        out.push(b'.');
        while mant != 0 {
            out.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    } else if prec > 0 {
        out.push(b'.');
        for _ in 0..prec {
            out.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    }
    out.push(if fmt == b'X' { b'P' } else { b'p' });
    if exp < 0 {
        out.push(b'-');
        exp = -exp;
    } else {
        out.push(b'+');
    }
    if exp < 10 {
        out.push(b'0');
    }
    out.extend_from_slice(exp.to_string().as_bytes());
}

/// Go's FormatFloat (strconv/ftoa.go), for every format byte.
pub fn format_float(val: f64, fmt: u8, prec: i64, bit_size: i64) -> Result<Vec<u8>, Trap> {
    let (bits, mantbits, expbits, bias): (u64, i64, i64, i64) = match bit_size {
        32 => ((val as f32).to_bits() as u64, 23, 8, -127),
        64 => (val.to_bits(), 52, 11, -1023),
        _ => {
            return Err(Trap::Panic(Value::iface_str(
                "strconv: illegal AppendFloat/FormatFloat bitSize",
            )));
        }
    };
    let mut out = Vec::new();
    let neg = bits >> (expbits + mantbits) != 0;
    let mut exp = ((bits >> mantbits) & ((1 << expbits) - 1)) as i64;
    let mut mant = bits & ((1u64 << mantbits) - 1);
    if exp == (1 << expbits) - 1 {
        out.extend_from_slice(if mant != 0 {
            b"NaN"
        } else if neg {
            b"-Inf"
        } else {
            b"+Inf"
        });
        return Ok(out);
    } else if exp == 0 {
        exp += 1;
    } else {
        mant |= 1 << mantbits;
    }
    exp += bias;
    if fmt == b'b' {
        fmt_b(&mut out, neg, mant, exp, mantbits);
        return Ok(out);
    }
    if fmt == b'x' || fmt == b'X' {
        fmt_x(&mut out, prec, fmt, neg, mant, exp, mantbits);
        return Ok(out);
    }
    let a = val.abs();
    let shortest = prec < 0;
    let mut prec = prec;
    let digs = if shortest {
        let d = shortest_digits(a, bit_size == 32);
        let nd = d.d.len() as i64;
        prec = match fmt {
            b'e' | b'E' => (nd - 1).max(0),
            b'f' => (nd - d.dp).max(0),
            b'g' | b'G' => nd,
            _ => prec,
        };
        d
    } else {
        let a = if bit_size == 32 { a as f32 as f64 } else { a };
        match fmt {
            b'f' => digits_from_fixed(&format!("{:.*}", prec as usize, a)),
            b'e' | b'E' => digits_from_sci(&format!("{:.*e}", prec as usize, a)),
            b'g' | b'G' => {
                if prec == 0 {
                    prec = 1;
                }
                digits_from_sci(&format!("{:.*e}", (prec - 1) as usize, a))
            }
            _ => digits_from_sci(&format!("{:.0e}", a)),
        }
    };
    if neg && matches!(fmt, b'e' | b'E' | b'f' | b'g' | b'G') {
        out.push(b'-');
    }
    match fmt {
        b'e' | b'E' => fmt_e(&mut out, &digs, prec, fmt),
        b'f' => fmt_f(&mut out, &digs, prec),
        b'g' | b'G' => {
            let nd = digs.d.len() as i64;
            let mut eprec = prec;
            if eprec > nd && nd >= digs.dp {
                eprec = nd;
            }
            if shortest {
                eprec = 6;
            }
            let exp = digs.dp - 1;
            if exp < -4 || exp >= eprec {
                if prec > nd {
                    prec = nd;
                }
                fmt_e(&mut out, &digs, prec - 1, fmt + b'e' - b'g');
            } else {
                if prec > digs.dp {
                    prec = nd;
                }
                fmt_f(&mut out, &digs, (prec - digs.dp).max(0));
            }
        }
        _ => {
            out.push(b'%');
            out.push(fmt);
        }
    }
    Ok(out)
}

fn format_float_native(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let out = format_float(
        a[0].as_float(),
        a[1].as_int() as u8,
        a[2].as_int(),
        a[3].as_int(),
    )?;
    a[0] = Value::bytes_str(&out);
    Ok(())
}

// ----- quoting -----

const LOWERHEX: &[u8; 16] = b"0123456789abcdef";

fn is_in_graphic_list(r: i64) -> bool {
    matches!(
        r,
        0xA0 | 0x1680 | 0x2000..=0x200A | 0x202F | 0x205F | 0x3000
    )
}

fn append_escaped_rune(buf: &mut Vec<u8>, r: i64, quote: u8, ascii: bool, graphic: bool) {
    if r == quote as i64 || r == '\\' as i64 {
        buf.push(b'\\');
        buf.push(r as u8);
        return;
    }
    if ascii {
        if r < RUNE_SELF as i64 && unicode::is_print(r) {
            buf.push(r as u8);
            return;
        }
    } else if unicode::is_print(r) || graphic && is_in_graphic_list(r) {
        utf8::encode(buf, r);
        return;
    }
    match r {
        0x07 => buf.extend_from_slice(b"\\a"),
        0x08 => buf.extend_from_slice(b"\\b"),
        0x0C => buf.extend_from_slice(b"\\f"),
        0x0A => buf.extend_from_slice(b"\\n"),
        0x0D => buf.extend_from_slice(b"\\r"),
        0x09 => buf.extend_from_slice(b"\\t"),
        0x0B => buf.extend_from_slice(b"\\v"),
        _ => {
            if r < ' ' as i64 || r == 0x7F {
                buf.extend_from_slice(b"\\x");
                buf.push(LOWERHEX[((r as u8) >> 4) as usize]);
                buf.push(LOWERHEX[((r as u8) & 0xF) as usize]);
                return;
            }
            let r = if utf8::valid_rune(r) { r } else { 0xFFFD };
            if r < 0x10000 {
                buf.extend_from_slice(b"\\u");
                for s in (0..=12).rev().step_by(4) {
                    buf.push(LOWERHEX[((r >> s) & 0xF) as usize]);
                }
            } else {
                buf.extend_from_slice(b"\\U");
                for s in (0..=28).rev().step_by(4) {
                    buf.push(LOWERHEX[((r >> s) & 0xF) as usize]);
                }
            }
        }
    }
}

/// Go's appendQuotedWith.
pub fn quote_with(s: &[u8], quote: u8, ascii: bool, graphic: bool) -> Vec<u8> {
    let mut buf = Vec::with_capacity(s.len() + 2);
    buf.push(quote);
    let mut i = 0;
    while i < s.len() {
        let (r, width) = if s[i] < RUNE_SELF {
            (s[i] as i64, 1)
        } else {
            utf8::next(s, i)
        };
        if width == 1 && r == RUNE_ERROR {
            buf.extend_from_slice(b"\\x");
            buf.push(LOWERHEX[(s[i] >> 4) as usize]);
            buf.push(LOWERHEX[(s[i] & 0xF) as usize]);
            i += 1;
            continue;
        }
        append_escaped_rune(&mut buf, r, quote, ascii, graphic);
        i += width;
    }
    buf.push(quote);
    buf
}

/// `quote(s string, quote byte, ascii, graphic bool) string`
fn quote_native(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let out = quote_with(
        a[0].as_bytes(),
        a[1].as_int() as u8,
        a[2].as_bool(),
        a[3].as_bool(),
    );
    a[0] = Value::bytes_str(&out);
    Ok(())
}

/// `quoteRune(r rune, quote byte, ascii, graphic bool) string`
fn quote_rune_native(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let mut r = a[0].as_int();
    let quote = a[1].as_int() as u8;
    if !utf8::valid_rune(r) {
        r = RUNE_ERROR;
    }
    let mut buf = vec![quote];
    append_escaped_rune(&mut buf, r, quote, a[2].as_bool(), a[3].as_bool());
    buf.push(quote);
    a[0] = Value::bytes_str(&buf);
    Ok(())
}

fn can_backquote_native(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let s = a[0].as_bytes();
    let mut i = 0;
    let mut ok = true;
    while i < s.len() {
        let (r, wid) = utf8::next(s, i);
        i += wid;
        if wid > 1 {
            if r == 0xFEFF {
                ok = false;
                break;
            }
            continue;
        }
        if r == RUNE_ERROR || (r < ' ' as i64 && r != '\t' as i64) || r == '`' as i64 || r == 0x7F {
            ok = false;
            break;
        }
    }
    a[0] = Value::Bool(ok);
    Ok(())
}

fn unhex(b: u8) -> Option<i64> {
    match b {
        b'0'..=b'9' => Some((b - b'0') as i64),
        b'a'..=b'f' => Some((b - b'a' + 10) as i64),
        b'A'..=b'F' => Some((b - b'A' + 10) as i64),
        _ => None,
    }
}

/// Go's UnquoteChar: (value, multibyte, bytes consumed), or None for ErrSyntax.
fn unquote_char(s: &[u8], quote: u8) -> Option<(i64, bool, usize)> {
    let &c = s.first()?;
    if c == quote && (quote == b'\'' || quote == b'"') {
        return None;
    }
    if c >= RUNE_SELF {
        let (r, size) = utf8::decode(s);
        return Some((r, true, size));
    }
    if c != b'\\' {
        return Some((c as i64, false, 1));
    }
    if s.len() <= 1 {
        return None;
    }
    let c = s[1];
    let rest = &s[2..];
    let simple = |v: u8| Some((v as i64, false, 2));
    match c {
        b'a' => simple(0x07),
        b'b' => simple(0x08),
        b'f' => simple(0x0C),
        b'n' => simple(b'\n'),
        b'r' => simple(b'\r'),
        b't' => simple(b'\t'),
        b'v' => simple(0x0B),
        b'x' | b'u' | b'U' => {
            let n = match c {
                b'x' => 2,
                b'u' => 4,
                _ => 8,
            };
            if rest.len() < n {
                return None;
            }
            let mut v: i64 = 0;
            for &h in &rest[..n] {
                v = v << 4 | unhex(h)?;
            }
            if c == b'x' {
                return Some((v, false, 2 + n));
            }
            if !utf8::valid_rune(v) {
                return None;
            }
            Some((v, true, 2 + n))
        }
        b'0'..=b'7' => {
            let mut v = (c - b'0') as i64;
            if rest.len() < 2 {
                return None;
            }
            for &o in &rest[..2] {
                if !(b'0'..=b'7').contains(&o) {
                    return None;
                }
                v = v << 3 | (o - b'0') as i64;
            }
            if v > 255 {
                return None;
            }
            Some((v, false, 4))
        }
        b'\\' => simple(b'\\'),
        b'\'' | b'"' => {
            if c != quote {
                return None;
            }
            simple(c)
        }
        _ => None,
    }
}

/// `unquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, ok bool)`
fn unquote_char_native(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let s = std::mem::take(&mut a[0]);
    let s = s.as_bytes();
    match unquote_char(s, a[1].as_int() as u8) {
        Some((v, mb, n)) => {
            a[0] = Value::Int(v);
            a[1] = Value::Bool(mb);
            a[2] = Value::bytes_str(&s[n..]);
            a[3] = Value::Bool(true);
        }
        None => {
            a[0] = Value::Int(0);
            a[1] = Value::Bool(false);
            a[2] = Value::str("");
            a[3] = Value::Bool(false);
        }
    }
    Ok(())
}

/// Go's unquote: (out, bytes of `input` consumed), or None for ErrSyntax.
fn unquote(input: &[u8], unescape: bool) -> Option<(Vec<u8>, usize)> {
    if input.len() < 2 {
        return None;
    }
    let quote = input[0];
    let end = input[1..].iter().position(|&c| c == quote)? + 2;
    match quote {
        b'`' => {
            let out = if !unescape {
                input[..end].to_vec()
            } else {
                input[1..end - 1]
                    .iter()
                    .copied()
                    .filter(|&c| c != b'\r')
                    .collect()
            };
            Some((out, end))
        }
        b'"' | b'\'' => {
            let body = &input[..end];
            if !body.contains(&b'\\') && !body.contains(&b'\n') {
                let valid = if quote == b'"' {
                    utf8::valid(&input[1..end - 1])
                } else {
                    let (r, n) = utf8::decode(&input[1..end - 1]);
                    1 + n + 1 == end && (r != RUNE_ERROR || n != 1)
                };
                if valid {
                    let out = if unescape {
                        input[1..end - 1].to_vec()
                    } else {
                        input[..end].to_vec()
                    };
                    return Some((out, end));
                }
            }
            let mut buf = Vec::new();
            let mut i = 1;
            while i < input.len() && input[i] != quote {
                if input[i] == b'\n' {
                    return None;
                }
                let (r, multibyte, n) = unquote_char(&input[i..], quote)?;
                i += n;
                if unescape {
                    if r < RUNE_SELF as i64 || !multibyte {
                        buf.push(r as u8);
                    } else {
                        utf8::encode(&mut buf, r);
                    }
                }
                if quote == b'\'' {
                    break;
                }
            }
            if !(i < input.len() && input[i] == quote) {
                return None;
            }
            i += 1;
            if unescape {
                Some((buf, i))
            } else {
                Some((input[..i].to_vec(), i))
            }
        }
        _ => None,
    }
}

/// `unquote(s string, unescape bool) (out string, rem string, ok bool)`
fn unquote_native(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let s = std::mem::take(&mut a[0]);
    let s = s.as_bytes();
    match unquote(s, a[1].as_bool()) {
        Some((out, n)) => {
            a[0] = Value::bytes_str(&out);
            a[1] = Value::bytes_str(&s[n..]);
            a[2] = Value::Bool(true);
        }
        None => {
            a[0] = Value::str("");
            a[1] = Value::bytes_str(s);
            a[2] = Value::Bool(false);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ff(x: f64, fmt: u8, prec: i64, bits: i64) -> String {
        String::from_utf8(format_float(x, fmt, prec, bits).ok().unwrap()).unwrap()
    }

    #[test]
    fn floats_like_go() {
        assert_eq!(ff(1e21, b'g', -1, 64), "1e+21");
        assert_eq!(ff(0.0001, b'g', -1, 64), "0.0001");
        assert_eq!(ff(100.0, b'g', 5, 64), "100");
        assert_eq!(ff(-0.0, b'f', 2, 64), "-0.00");
        assert_eq!(ff(1.0, b'b', -1, 64), "4503599627370496p-52");
        assert_eq!(ff(1.0, b'x', -1, 64), "0x1p+00");
        assert_eq!(ff(0.1, b'g', -1, 32), "0.1");
        assert_eq!(ff(2.5, b'f', 0, 64), "2");
        assert_eq!(ff(1.0, b'z', 3, 64), "%z");
    }

    #[test]
    fn ints_like_go() {
        assert_eq!(parse_int(b"-9223372036854775808", 10, 64), (i64::MIN, OK));
        assert_eq!(parse_int(b"9223372036854775808", 10, 64), (i64::MAX, RANGE));
        assert_eq!(parse_int(b"0x_1f", 0, 64), (31, OK));
        assert_eq!(parse_int(b"1_0", 10, 64), (0, SYNTAX));
        assert_eq!(parse_uint(b"300", 10, 8), (255, RANGE));
        assert_eq!(parse_int(b"12", 1, 64), (0, BASE));
    }
}
