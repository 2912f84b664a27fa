//! Exact constant arithmetic, as Go's constants require.
//!
//! Untyped integer constants are arbitrary-precision integers and untyped floating-point
//! constants exact rationals, so `1 << 100 >> 98` is 4 and `0.1 + 0.2 == 0.3` holds at
//! compile time. A constant meets a concrete type only when it is converted or assigned,
//! and then it must be representable: `byte(300)` is an overflow, `int(1.5)` a truncation.

use std::fmt;

use num_bigint::BigInt;
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::types::Basic;
use crate::syntax::ast::{BinOp, UnOp};

#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    Bool(bool),
    Int(BigInt),
    Float(BigRational),
    Str(Vec<u8>),
}

/// Why a constant does not fit a type.
#[derive(Debug, PartialEq)]
pub enum Unrepresentable {
    Overflows,
    Truncated,
    WrongKind,
}

/// A failed constant operation, with Go's wording.
#[derive(Debug, PartialEq)]
pub enum ConstError {
    DivByZero,
    /// The shift count is negative or absurdly large.
    BadShift,
    Overflow,
    Mismatch,
}

impl Const {
    pub fn int(v: i64) -> Const {
        Const::Int(BigInt::from(v))
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Const::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_int(&self) -> Option<BigInt> {
        match self {
            Const::Int(i) => Some(i.clone()),
            Const::Float(f) if f.is_integer() => Some(f.to_integer()),
            _ => None,
        }
    }

    pub fn to_i64(&self) -> Option<i64> {
        self.as_int().and_then(|i| i.to_i64())
    }

    pub fn to_f64(&self) -> f64 {
        match self {
            Const::Int(i) => i.to_f64().unwrap_or(f64::INFINITY),
            Const::Float(f) => f.to_f64().unwrap_or(if f.is_negative() {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            }),
            _ => 0.0,
        }
    }

    pub fn to_rational(&self) -> Option<BigRational> {
        match self {
            Const::Int(i) => Some(BigRational::from_integer(i.clone())),
            Const::Float(f) => Some(f.clone()),
            _ => None,
        }
    }

    pub fn is_zero(&self) -> bool {
        match self {
            Const::Int(i) => i.is_zero(),
            Const::Float(f) => f.is_zero(),
            _ => false,
        }
    }

    /// Converts to the representation of a basic type, checking that it fits. Integer
    /// types take exact integers; float types round (and overflow past the largest
    /// finite value); strings take strings.
    pub fn represent(&self, b: Basic) -> Result<Const, Unrepresentable> {
        match b {
            Basic::Bool => match self {
                Const::Bool(_) => Ok(self.clone()),
                _ => Err(Unrepresentable::WrongKind),
            },
            Basic::String => match self {
                Const::Str(_) => Ok(self.clone()),
                _ => Err(Unrepresentable::WrongKind),
            },
            Basic::Float32 | Basic::Float64 => {
                let r = self.to_rational().ok_or(Unrepresentable::WrongKind)?;
                let f = r.to_f64().unwrap_or(f64::INFINITY);
                let max = if b == Basic::Float32 {
                    f32::MAX as f64
                } else {
                    f64::MAX
                };
                if !f.is_finite() || f.abs() > max {
                    return Err(Unrepresentable::Overflows);
                }
                let f = if b == Basic::Float32 {
                    f as f32 as f64
                } else {
                    f
                };
                Ok(Const::Float(
                    BigRational::from_float(f).unwrap_or_else(BigRational::zero),
                ))
            }
            _ => {
                let i = match self {
                    Const::Int(i) => i.clone(),
                    Const::Float(f) => {
                        if !f.is_integer() {
                            return Err(Unrepresentable::Truncated);
                        }
                        f.to_integer()
                    }
                    _ => return Err(Unrepresentable::WrongKind),
                };
                let (lo, hi) = int_range(b);
                if i < lo || i > hi {
                    return Err(Unrepresentable::Overflows);
                }
                Ok(Const::Int(i))
            }
        }
    }

    /// A constant of an untyped numeric kind: integers stay integers when exact.
    pub fn normalize_untyped_int(self) -> Const {
        match self {
            Const::Float(f) if f.is_integer() => Const::Int(f.to_integer()),
            c => c,
        }
    }

    pub fn unary(&self, op: UnOp, basic: Option<Basic>) -> Result<Const, ConstError> {
        match (op, self) {
            (UnOp::Pos, Const::Int(_) | Const::Float(_)) => Ok(self.clone()),
            (UnOp::Neg, Const::Int(i)) => Ok(Const::Int(-i)),
            (UnOp::Neg, Const::Float(f)) => Ok(Const::Float(-f)),
            (UnOp::Not, Const::Bool(b)) => Ok(Const::Bool(!b)),
            (UnOp::BitNot, Const::Int(i)) => match basic {
                // For unsigned types ^x flips the bits of the type's width.
                Some(b) if b.is_unsigned() => {
                    let mask = (BigInt::one() << b.bits()) - 1;
                    Ok(Const::Int(i ^ mask))
                }
                _ => Ok(Const::Int(-i - 1)),
            },
            _ => Err(ConstError::Mismatch),
        }
    }

    /// Arithmetic on two constants of the same kind. `int_div` makes `/` truncate (both
    /// operands integer-typed or untyped integers).
    pub fn binary(&self, op: BinOp, other: &Const, int_div: bool) -> Result<Const, ConstError> {
        use Const::*;
        if op.is_comparison() {
            return self.compare(op, other).map(Bool);
        }
        match (self, other) {
            (Bool(a), Bool(b)) => match op {
                BinOp::LogAnd => Ok(Bool(*a && *b)),
                BinOp::LogOr => Ok(Bool(*a || *b)),
                _ => Err(ConstError::Mismatch),
            },
            (Str(a), Str(b)) => match op {
                BinOp::Add => {
                    let mut s = a.clone();
                    s.extend_from_slice(b);
                    Ok(Str(s))
                }
                _ => Err(ConstError::Mismatch),
            },
            (Int(a), Int(b)) => {
                if op.is_shift() {
                    let n = b
                        .to_u32()
                        .filter(|&n| n <= 10_000)
                        .ok_or(ConstError::BadShift)?;
                    return Ok(Int(if op == BinOp::Shl { a << n } else { a >> n }));
                }
                match op {
                    BinOp::Add => Ok(Int(a + b)),
                    BinOp::Sub => Ok(Int(a - b)),
                    BinOp::Mul => {
                        if a.bits() + b.bits() > 100_000 {
                            return Err(ConstError::Overflow);
                        }
                        Ok(Int(a * b))
                    }
                    BinOp::Div if b.is_zero() => Err(ConstError::DivByZero),
                    BinOp::Div if int_div => Ok(Int(a / b)),
                    BinOp::Div => Ok(Float(BigRational::new(a.clone(), b.clone())).normalize()),
                    BinOp::Rem if b.is_zero() => Err(ConstError::DivByZero),
                    // Go's % truncates toward zero, like Rust's.
                    BinOp::Rem => Ok(Int(a % b)),
                    BinOp::And => Ok(Int(a & b)),
                    BinOp::Or => Ok(Int(a | b)),
                    BinOp::Xor => Ok(Int(a ^ b)),
                    BinOp::AndNot => Ok(Int(a & !b)),
                    _ => Err(ConstError::Mismatch),
                }
            }
            (Int(_) | Float(_), Int(_) | Float(_)) => {
                if op.is_shift() {
                    // A float constant that is an integer may be shifted.
                    let a = self.as_int().ok_or(ConstError::Mismatch)?;
                    let b = other.as_int().ok_or(ConstError::Mismatch)?;
                    return Int(a).binary(op, &Int(b), true);
                }
                let a = self.to_rational().ok_or(ConstError::Mismatch)?;
                let b = other.to_rational().ok_or(ConstError::Mismatch)?;
                match op {
                    BinOp::Add => Ok(Float(a + b)),
                    BinOp::Sub => Ok(Float(a - b)),
                    BinOp::Mul => Ok(Float(a * b)),
                    BinOp::Div if b.is_zero() => Err(ConstError::DivByZero),
                    BinOp::Div => Ok(Float(a / b)),
                    _ => Err(ConstError::Mismatch),
                }
            }
            _ => Err(ConstError::Mismatch),
        }
    }

    fn compare(&self, op: BinOp, other: &Const) -> Result<bool, ConstError> {
        use std::cmp::Ordering;
        let ord: Ordering = match (self, other) {
            (Const::Bool(a), Const::Bool(b)) => {
                return match op {
                    BinOp::Eq => Ok(a == b),
                    BinOp::Ne => Ok(a != b),
                    _ => Err(ConstError::Mismatch),
                };
            }
            (Const::Str(a), Const::Str(b)) => a.cmp(b),
            (Const::Int(a), Const::Int(b)) => a.cmp(b),
            (a, b) => {
                let a = a.to_rational().ok_or(ConstError::Mismatch)?;
                let b = b.to_rational().ok_or(ConstError::Mismatch)?;
                a.cmp(&b)
            }
        };
        Ok(match op {
            BinOp::Eq => ord == Ordering::Equal,
            BinOp::Ne => ord != Ordering::Equal,
            BinOp::Lt => ord == Ordering::Less,
            BinOp::Le => ord != Ordering::Greater,
            BinOp::Gt => ord == Ordering::Greater,
            BinOp::Ge => ord != Ordering::Less,
            _ => return Err(ConstError::Mismatch),
        })
    }

    fn normalize(self) -> Const {
        self
    }
}

/// The inclusive range of an integer type.
pub fn int_range(b: Basic) -> (BigInt, BigInt) {
    let bits = b.bits();
    if b.is_unsigned() {
        (BigInt::zero(), (BigInt::one() << bits) - 1)
    } else {
        let half = BigInt::one() << (bits - 1);
        (-half.clone(), half - 1)
    }
}

/// Truncates a float constant toward zero (the conversion of a non-constant float).
pub fn trunc(r: &BigRational) -> BigInt {
    let (q, _) = r.numer().div_rem(r.denom());
    q
}

impl fmt::Display for Const {
    /// Formats a constant the way Go's error messages show it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Const::Bool(b) => write!(f, "{b}"),
            Const::Int(i) => {
                let s = i.to_string();
                if s.len() > 30 {
                    write!(f, "{}…", &s[..20])
                } else {
                    f.write_str(&s)
                }
            }
            Const::Float(r) => f.write_str(&float_string(r)),
            Const::Str(s) => write!(f, "{:?}", String::from_utf8_lossy(s)),
        }
    }
}

/// A float constant as Go's `constant.Value.String` writes it: `%.6g` of the nearest
/// float64 (`1e+06`, `0.1`), or an approximate `1e+400` beyond float64's range.
fn float_string(r: &BigRational) -> String {
    use crate::runtime::fmt::format_float;
    let x = r.to_f64().unwrap_or(f64::INFINITY);
    if x.is_finite() && (x == 0.0) == r.is_zero() {
        let s = format_float(x, 'g', Some(6), 64);
        if !r.is_integer() && !s.contains('.') {
            // Not an integer, but %.6g hid that: show all the digits.
            return format_float(x, 'g', None, 64);
        }
        return s;
    }
    // |r| = n / d; start from the difference of their digit counts and adjust.
    let n = r.numer().abs();
    let d = r.denom().clone();
    let mut e = n.to_string().len() as i64 - d.to_string().len() as i64;
    let ten = BigInt::from(10);
    let scale =
        |e: i64| BigRational::from_integer(num_traits::pow(ten.clone(), e.unsigned_abs() as usize));
    let mut m = if e >= 0 { r / scale(e) } else { r * scale(e) }
        .to_f64()
        .unwrap_or(0.0);
    if m.abs() < 1.0 - 0.5e-6 {
        m *= 10.0;
        e -= 1;
    } else if m.abs() >= 10.0 {
        m /= 10.0;
        e += 1;
    }
    format!("{}e{e:+}", format_float(m, 'g', Some(6), 64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_arithmetic() {
        let big = Const::int(1)
            .binary(BinOp::Shl, &Const::int(100), true)
            .unwrap();
        let back = big.binary(BinOp::Shr, &Const::int(98), true).unwrap();
        assert_eq!(back, Const::int(4));
        assert_eq!(
            Const::int(300).represent(Basic::Uint8),
            Err(Unrepresentable::Overflows)
        );
        assert_eq!(
            Const::int(-1).unary(UnOp::BitNot, Some(Basic::Uint8)),
            Ok(Const::int(-1)
                .unary(UnOp::BitNot, Some(Basic::Uint8))
                .unwrap())
        );
        assert_eq!(
            Const::int(1).unary(UnOp::BitNot, Some(Basic::Uint8)),
            Ok(Const::int(254))
        );
        let tenth = Const::int(1)
            .binary(BinOp::Div, &Const::int(10), false)
            .unwrap();
        let sum = tenth.binary(BinOp::Add, &tenth, false).unwrap();
        let fifth = Const::int(1)
            .binary(BinOp::Div, &Const::int(5), false)
            .unwrap();
        assert_eq!(sum.binary(BinOp::Eq, &fifth, false), Ok(Const::Bool(true)));
    }
}
