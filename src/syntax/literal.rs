//! Decoding literals as Go defines them: escapes in strings and runes, integer bases and
//! `_` separators, and floating-point literals as exact rationals (constants are exact).

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Zero};

/// A malformed escape: the message, and the byte offset in the literal (quotes
/// included) of the character at fault, where Go points.
#[derive(Debug, PartialEq)]
pub struct EscapeError {
    pub at: usize,
    pub msg: String,
}

/// Decodes an interpreted (`"..."`) or raw (`` `...` ``) string literal to bytes.
pub fn decode_string(lit: &str) -> Result<Vec<u8>, String> {
    string_bytes(lit).map_err(|mut e| e.swap_remove(0).msg)
}

/// Decodes a string literal, or lists every malformed escape in it (Go reports them all).
pub fn string_bytes(lit: &str) -> Result<Vec<u8>, Vec<EscapeError>> {
    if let Some(raw) = lit.strip_prefix('`') {
        let body = raw.strip_suffix('`').unwrap_or(raw);
        // Carriage returns inside raw strings are discarded (Go spec).
        return Ok(body.bytes().filter(|&b| b != b'\r').collect());
    }
    let Some(body) = lit.strip_prefix('"').and_then(|s| s.strip_suffix('"')) else {
        return Err(vec![EscapeError {
            at: 0,
            msg: "malformed string literal".into(),
        }]);
    };
    let mut out = Vec::with_capacity(body.len());
    let mut errors = Vec::new();
    let mut chars = body.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if c != '\\' {
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            continue;
        }
        match escape(&mut chars, '"', body.len()) {
            Ok(Escaped::Byte(b)) => out.push(b),
            Ok(Escaped::Char(c)) => {
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
            // Offsets are into the body: one more for the opening quote.
            Err((at, msg)) => errors.push(EscapeError { at: at + 1, msg }),
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// Decodes a rune literal (`'a'`, `'\n'`, `'\u0627'`) to its code point value.
pub fn decode_rune(lit: &str) -> Result<i64, String> {
    let body = lit
        .strip_prefix('\'')
        .and_then(|s| s.strip_suffix('\''))
        .ok_or("malformed rune literal")?;
    let mut chars = body.char_indices().peekable();
    let value = match chars.next() {
        None => return Err("empty rune literal or unescaped ' in rune literal".into()),
        Some((_, '\\')) => match escape(&mut chars, '\'', body.len()).map_err(|e| e.1)? {
            Escaped::Byte(b) => b as i64,
            Escaped::Char(c) => c as i64,
        },
        Some((_, c)) => c as i64,
    };
    if chars.next().is_some() {
        return Err("more than one character in rune literal".into());
    }
    Ok(value)
}

enum Escaped {
    /// `\x` and octal escapes denote single bytes.
    Byte(u8),
    Char(char),
}

/// Decodes the escape after a backslash. An error comes with the offset of the
/// character at fault (`end` when the text ends first), in Go's words.
fn escape(
    chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>,
    quote: char,
    end: usize,
) -> Result<Escaped, (usize, String)> {
    let Some((at, c)) = chars.next() else {
        return Err((end, "escape sequence not terminated".into()));
    };
    let simple = match c {
        'a' => Some(0x07),
        'b' => Some(0x08),
        'f' => Some(0x0c),
        'n' => Some(b'\n'),
        'r' => Some(b'\r'),
        't' => Some(b'\t'),
        'v' => Some(0x0b),
        '\\' => Some(b'\\'),
        _ => None,
    };
    if let Some(b) = simple {
        return Ok(Escaped::Byte(b));
    }
    if c == quote {
        return Ok(Escaped::Byte(c as u8));
    }
    let mut digits = |n: usize, radix: u32| -> Result<u32, (usize, String)> {
        let mut v: u32 = 0;
        let base = if radix == 8 { "octal" } else { "hexadecimal" };
        for _ in 0..n {
            match chars.peek().copied() {
                Some((_, d)) if d.is_digit(radix) => {
                    chars.next();
                    v = v * radix + d.to_digit(radix).unwrap_or(0);
                }
                // The character is left for the rest of the literal, as Go's scanner does.
                Some((i, d)) if d != quote => {
                    return Err((i, format!("invalid character {d:?} in {base} escape")));
                }
                _ => return Err((end, "escape sequence not terminated".into())),
            }
        }
        Ok(v)
    };
    match c {
        '0'..='7' => {
            let rest = digits(2, 8)?;
            let v = (c as u32 - '0' as u32) * 64 + rest;
            if v > 255 {
                return Err((at, format!("octal escape value {v} > 255")));
            }
            Ok(Escaped::Byte(v as u8))
        }
        'x' => Ok(Escaped::Byte(digits(2, 16)? as u8)),
        'u' | 'U' => {
            let v = digits(if c == 'u' { 4 } else { 8 }, 16)?;
            char::from_u32(v).map(Escaped::Char).ok_or_else(|| {
                (
                    at,
                    "escape sequence is invalid Unicode code point".to_string(),
                )
            })
        }
        _ => Err((at, "unknown escape".into())),
    }
}

/// Checks Go's rule for `_` in number literals: only between digits (or after a base
/// prefix), never doubled and never last.
fn check_underscores(lit: &str) -> Result<(), String> {
    if lit.contains("__") || lit.ends_with('_') {
        return Err("'_' must separate successive digits".into());
    }
    let b = lit.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        if c == b'_' {
            let prev = if i > 0 { b[i - 1] } else { b' ' };
            let next = b.get(i + 1).copied().unwrap_or(b' ');
            let prefix = i == 2 && b[0] == b'0' && b[1].is_ascii_alphabetic();
            if !(prev.is_ascii_hexdigit() || prefix) || !next.is_ascii_hexdigit() {
                return Err("'_' must separate successive digits".into());
            }
        }
    }
    Ok(())
}

/// Parses an integer literal in any base.
pub fn parse_int(lit: &str) -> Result<BigInt, String> {
    check_underscores(lit)?;
    let clean: String = lit.chars().filter(|&c| c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    let (digits, radix, name) = if let Some(d) = lower.strip_prefix("0x") {
        (d, 16, "hexadecimal")
    } else if let Some(d) = lower.strip_prefix("0b") {
        (d, 2, "binary")
    } else if let Some(d) = lower.strip_prefix("0o") {
        (d, 8, "octal")
    } else if lower.len() > 1 && lower.starts_with('0') {
        (&lower[1..], 8, "octal")
    } else {
        (lower.as_str(), 10, "decimal")
    };
    if digits.is_empty() {
        return Err(format!("{name} literal has no digits"));
    }
    if let Some(bad) = digits.chars().find(|c| !c.is_digit(radix)) {
        return Err(format!("invalid digit '{bad}' in {name} literal"));
    }
    BigInt::parse_bytes(digits.as_bytes(), radix).ok_or_else(|| format!("invalid {name} literal"))
}

/// Parses a floating-point literal exactly.
pub fn parse_float(lit: &str) -> Result<BigRational, String> {
    check_underscores(lit)?;
    let clean: String = lit.chars().filter(|&c| c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    if let Some(hex) = lower.strip_prefix("0x") {
        let (mant, exp) = hex
            .split_once('p')
            .ok_or("hexadecimal mantissa requires a 'p' exponent")?;
        let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
        let digits = format!("{int_part}{frac_part}");
        if digits.is_empty() {
            return Err("hexadecimal literal has no digits".into());
        }
        let m = BigInt::parse_bytes(digits.as_bytes(), 16).ok_or("invalid hexadecimal mantissa")?;
        let e: i64 = exp.parse().map_err(|_| "invalid exponent")?;
        let e = e - 4 * frac_part.len() as i64;
        return Ok(scale(BigRational::from_integer(m), 2, e));
    }
    let (mant, exp) = match lower.split_once('e') {
        Some((m, e)) => (m, e.parse::<i64>().map_err(|_| "exponent has no digits")?),
        None => (lower.as_str(), 0),
    };
    let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
    let digits = format!("{int_part}{frac_part}");
    let m = if digits.is_empty() {
        BigInt::zero()
    } else {
        BigInt::parse_bytes(digits.as_bytes(), 10).ok_or("invalid floating-point literal")?
    };
    Ok(scale(
        BigRational::from_integer(m),
        10,
        exp - frac_part.len() as i64,
    ))
}

/// `x * base^exp`, exactly. Exponents are bounded so that a literal like `1e999999999`
/// cannot exhaust memory; anything past the bound overflows every type anyway.
fn scale(x: BigRational, base: u32, exp: i64) -> BigRational {
    let exp = exp.clamp(-100_000, 100_000);
    let p = num_traits::pow(BigInt::from(base), exp.unsigned_abs() as usize);
    if exp >= 0 {
        x * BigRational::from_integer(p)
    } else {
        x / BigRational::from_integer(p)
    }
}

/// One, as a rational (for callers building constants).
pub fn one() -> BigRational {
    BigRational::one()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings() {
        assert_eq!(
            decode_string(r#""a\tb\x41\101\u0627""#).unwrap(),
            "a\tbAAا".as_bytes()
        );
        assert_eq!(decode_string("`a\\n`").unwrap(), b"a\\n");
        assert!(decode_string(r#""\q""#).is_err());
        assert_eq!(decode_string(r#""\xff""#).unwrap(), vec![0xff]);
    }

    #[test]
    fn runes() {
        assert_eq!(decode_rune("'a'").unwrap(), 97);
        assert_eq!(decode_rune(r"'\''").unwrap(), 39);
        assert_eq!(decode_rune("'ا'").unwrap(), 0x627);
        assert!(decode_rune("'ab'").is_err());
        assert!(decode_rune("''").is_err());
    }

    #[test]
    fn ints() {
        assert_eq!(parse_int("1_000").unwrap(), BigInt::from(1000));
        assert_eq!(parse_int("0x_FF").unwrap(), BigInt::from(255));
        assert_eq!(parse_int("0755").unwrap(), BigInt::from(493));
        assert_eq!(parse_int("0b101").unwrap(), BigInt::from(5));
        assert!(parse_int("08").is_err());
        assert!(parse_int("1__0").is_err());
    }

    #[test]
    fn floats() {
        assert_eq!(
            parse_float("1.5e3").unwrap(),
            BigRational::from_integer(BigInt::from(1500))
        );
        assert_eq!(
            parse_float("0x1p-2").unwrap(),
            BigRational::new(BigInt::from(1), BigInt::from(4))
        );
        assert_eq!(
            parse_float(".25").unwrap(),
            BigRational::new(BigInt::from(1), BigInt::from(4))
        );
    }
}
