//! Natives of package math.
//!
//! Every function gives bit-identical results to Go 1.19 on amd64: the algorithms are
//! ported from Go's sources (`src/math/*.go`), and where amd64 uses assembly (`Exp`,
//! `Log`, `Hypot`, `Max`, `Min`) the assembly's algorithm is ported instead. Go never
//! fuses multiply-adds on amd64 (except inside the `Exp` assembly when the CPU has FMA,
//! which is mirrored here), and neither does Rust, so the arithmetic matches step by step.
//! Constant expressions of Go's sources (`4/Pi`, `1/Ln10`, ...) are exact rationals
//! rounded once, so they are written as bit patterns.

// Go's literals are kept digit for digit.
#![allow(
    clippy::excessive_precision,
    clippy::approx_constant,
    clippy::manual_range_contains,
    clippy::neg_cmp_op_on_partial_ord
)]

use std::sync::LazyLock;

use crate::runtime::natives::{NativeCtx, NativeFn};
use crate::vm::Trap;
use crate::vm::value::Value;

const UVNAN: u64 = 0x7FF8000000000001;
const UVINF: u64 = 0x7FF0000000000000;
const UVNEGINF: u64 = 0xFFF0000000000000;
const UVONE: u64 = 0x3FF0000000000000;
const MASK: u64 = 0x7FF;
const SHIFT: u32 = 64 - 11 - 1;
const BIAS: i64 = 1023;
const SIGN_MASK: u64 = 1 << 63;
const FRAC_MASK: u64 = (1 << SHIFT) - 1;

const PI: f64 = f64::from_bits(0x400921fb54442d18);
const PI_2: f64 = f64::from_bits(0x3ff921fb54442d18);
const PI_4: f64 = f64::from_bits(0x3fe921fb54442d18);
const PI3_4: f64 = f64::from_bits(0x4002d97c7f3321d2); // 3*Pi/4
const FOUR_PI: f64 = f64::from_bits(0x3ff45f306dc9c883); // 4/Pi
const LN2: f64 = f64::from_bits(0x3fe62e42fefa39ef);
const INV_LN2: f64 = f64::from_bits(0x3ff71547652b82fe); // 1/Ln2
const INV_LN10: f64 = f64::from_bits(0x3fdbcb7b1526e50e); // 1/Ln10
const MAX_FLOAT64: f64 = f64::MAX;

#[inline]
fn fbits(x: f64) -> u64 {
    x.to_bits()
}
#[inline]
fn ffrom(b: u64) -> f64 {
    f64::from_bits(b)
}
#[inline]
pub fn nan() -> f64 {
    ffrom(UVNAN)
}
#[inline]
pub fn inf(sign: i64) -> f64 {
    if sign >= 0 {
        ffrom(UVINF)
    } else {
        ffrom(UVNEGINF)
    }
}
#[inline]
fn is_nan(x: f64) -> bool {
    x.is_nan()
}
#[inline]
pub fn is_inf(f: f64, sign: i64) -> bool {
    sign >= 0 && f > MAX_FLOAT64 || sign <= 0 && f < -MAX_FLOAT64
}
#[inline]
pub fn abs(x: f64) -> f64 {
    ffrom(fbits(x) & !SIGN_MASK)
}
#[inline]
pub fn copysign(f: f64, sign: f64) -> f64 {
    ffrom(fbits(f) & !SIGN_MASK | fbits(sign) & SIGN_MASK)
}
#[inline]
fn signbit(x: f64) -> bool {
    fbits(x) & SIGN_MASK != 0
}

/// Go's `x << s` on uint64 (shifts of 64 or more give 0).
#[inline]
fn shl(x: u64, s: u64) -> u64 {
    if s >= 64 { 0 } else { x << s }
}
#[inline]
fn shr(x: u64, s: u64) -> u64 {
    if s >= 64 { 0 } else { x >> s }
}

/// Go's float64 -> int64 conversion on amd64 (CVTTSD2SQ): out of range gives MinInt64.
#[inline]
pub fn f2i(f: f64) -> i64 {
    if f.is_nan() || f >= 9223372036854775808.0 || f < -9223372036854775808.0 {
        i64::MIN
    } else {
        f as i64
    }
}

fn normalize(x: f64) -> (f64, i64) {
    const SMALLEST_NORMAL: f64 = 2.2250738585072014e-308;
    if abs(x) < SMALLEST_NORMAL {
        return (x * 4503599627370496.0, -52);
    }
    (x, 0)
}

// ----- exact operations -----

pub fn sqrt(x: f64) -> f64 {
    x.sqrt()
}

/// A NaN made quiet, as SSE4.1's ROUNDSD returns it: a direct call of Floor, Ceil, Trunc
/// or RoundToEven compiles to that instruction on amd64.
#[inline]
fn quiet(x: f64) -> f64 {
    ffrom(fbits(x) | 1 << 51)
}

pub fn floor(x: f64) -> f64 {
    if is_nan(x) {
        return quiet(x);
    }
    x.floor()
}

pub fn ceil(x: f64) -> f64 {
    if is_nan(x) {
        return quiet(x);
    }
    x.ceil()
}

pub fn trunc(x: f64) -> f64 {
    if is_nan(x) {
        return quiet(x);
    }
    x.trunc()
}

pub fn round(x: f64) -> f64 {
    let mut bits = fbits(x);
    let mut e = (bits >> SHIFT) & MASK;
    let bias = BIAS as u64;
    if e < bias {
        bits &= SIGN_MASK;
        if e == bias - 1 {
            bits |= UVONE;
        }
    } else if e < bias + SHIFT as u64 {
        const HALF: u64 = 1 << (SHIFT - 1);
        e -= bias;
        bits = bits.wrapping_add(HALF >> e);
        bits &= !(FRAC_MASK >> e);
    }
    ffrom(bits)
}

pub fn round_to_even(x: f64) -> f64 {
    if is_nan(x) {
        return quiet(x);
    }
    let mut bits = fbits(x);
    let mut e = (bits >> SHIFT) & MASK;
    let bias = BIAS as u64;
    if e >= bias {
        const HALF_MINUS_ULP: u64 = (1 << (SHIFT - 1)) - 1;
        e -= bias;
        bits = bits.wrapping_add(shr(
            HALF_MINUS_ULP + (shr(bits, (SHIFT as u64).wrapping_sub(e)) & 1),
            e,
        ));
        bits &= !shr(FRAC_MASK, e);
    } else if e == bias - 1 && bits & FRAC_MASK != 0 {
        bits = bits & SIGN_MASK | UVONE;
    } else {
        bits &= SIGN_MASK;
    }
    ffrom(bits)
}

pub fn modf(f: f64) -> (f64, f64) {
    if f < 1.0 {
        if f < 0.0 {
            let (i, fr) = modf(-f);
            return (-i, -fr);
        }
        if f == 0.0 {
            return (f, f);
        }
        return (0.0, f);
    }
    let mut x = fbits(f);
    let e = ((x >> SHIFT) & MASK).wrapping_sub(BIAS as u64);
    if e < 64 - 12 {
        x &= !((1u64 << (64 - 12 - e)) - 1);
    }
    let int = ffrom(x);
    (int, f - int)
}

pub fn frexp(f: f64) -> (f64, i64) {
    if f == 0.0 || is_inf(f, 0) || is_nan(f) {
        return (f, 0);
    }
    let (f, mut exp) = normalize(f);
    let mut x = fbits(f);
    exp += ((x >> SHIFT) & MASK) as i64 - BIAS + 1;
    x &= !(MASK << SHIFT);
    x |= ((-1 + BIAS) as u64) << SHIFT;
    (ffrom(x), exp)
}

pub fn ldexp(frac: f64, exp: i64) -> f64 {
    if frac == 0.0 || is_inf(frac, 0) || is_nan(frac) {
        return frac;
    }
    let (frac, e) = normalize(frac);
    let mut exp = exp.wrapping_add(e);
    let mut x = fbits(frac);
    exp = exp.wrapping_add(((x >> SHIFT) & MASK) as i64 - BIAS);
    if exp < -1075 {
        return copysign(0.0, frac);
    }
    if exp > 1023 {
        if frac < 0.0 {
            return inf(-1);
        }
        return inf(1);
    }
    let mut m = 1.0;
    if exp < -1022 {
        exp += 53;
        m = 1.0 / 9007199254740992.0;
    }
    x &= !(MASK << SHIFT);
    x |= ((exp + BIAS) as u64) << SHIFT;
    m * ffrom(x)
}

pub fn fmod(x: f64, y: f64) -> f64 {
    if y == 0.0 || is_inf(x, 0) || is_nan(x) || is_nan(y) {
        return nan();
    }
    let y = abs(y);
    let (yfr, yexp) = frexp(y);
    let mut r = x;
    if x < 0.0 {
        r = -x;
    }
    while r >= y {
        let (rfr, mut rexp) = frexp(r);
        if rfr < yfr {
            rexp -= 1;
        }
        r -= ldexp(y, rexp - yexp);
    }
    if x < 0.0 {
        r = -r;
    }
    r
}

pub fn remainder(x: f64, y: f64) -> f64 {
    const TINY: f64 = 4.45014771701440276618e-308;
    const HALF_MAX: f64 = f64::from_bits(0x7fdfffffffffffff);
    let (mut x, mut y) = (x, y);
    if is_nan(x) || is_nan(y) || is_inf(x, 0) || y == 0.0 {
        return nan();
    }
    if is_inf(y, 0) {
        return x;
    }
    let mut sign = false;
    if x < 0.0 {
        x = -x;
        sign = true;
    }
    if y < 0.0 {
        y = -y;
    }
    if x == y {
        if sign {
            return -0.0;
        }
        return 0.0;
    }
    if y <= HALF_MAX {
        x = fmod(x, y + y);
    }
    if y < TINY {
        if x + x > y {
            x -= y;
            if x + x >= y {
                x -= y;
            }
        }
    } else {
        let y_half = 0.5 * y;
        if x > y_half {
            x -= y;
            if x >= y_half {
                x -= y;
            }
        }
    }
    if sign {
        x = -x;
    }
    x
}

/// archMax (dim_amd64.s).
pub fn max(x: f64, y: f64) -> f64 {
    let (bx, by) = (fbits(x), fbits(y));
    if bx == UVINF || by == UVINF {
        return inf(1);
    }
    if bx & !SIGN_MASK > UVINF || by & !SIGN_MASK > UVINF {
        return nan();
    }
    if (bx | by) & !SIGN_MASK == 0 {
        return if bx == SIGN_MASK { y } else { x };
    }
    if x > y { x } else { y }
}

/// archMin (dim_amd64.s).
pub fn min(x: f64, y: f64) -> f64 {
    let (bx, by) = (fbits(x), fbits(y));
    if bx == UVNEGINF || by == UVNEGINF {
        return inf(-1);
    }
    if bx & !SIGN_MASK > UVINF || by & !SIGN_MASK > UVINF {
        return nan();
    }
    if (bx | by) & !SIGN_MASK == 0 {
        return if bx == SIGN_MASK { x } else { y };
    }
    if x < y { x } else { y }
}

pub fn dim(x: f64, y: f64) -> f64 {
    let v = x - y;
    if v <= 0.0 {
        return 0.0;
    }
    v
}

/// archHypot (hypot_amd64.s).
pub fn hypot(p: f64, q: f64) -> f64 {
    let (bp, bq) = (fbits(p) & !SIGN_MASK, fbits(q) & !SIGN_MASK);
    if bp >= UVINF || bq >= UVINF {
        if bp == UVINF || bq == UVINF {
            return inf(1);
        }
        return nan();
    }
    if bp | bq == 0 {
        return 0.0;
    }
    let (p, q) = (ffrom(bp), ffrom(bq));
    // MAXSD/MINSD on non-NaN, non-zero-pair operands.
    let mx = if p > q { p } else { q };
    let mn = if q < p { q } else { p };
    let mut t = mn / mx;
    t *= t;
    t += 1.0;
    t = t.sqrt();
    mx * t
}

// ----- exponentials and logarithms -----

static USE_FMA: LazyLock<bool> = LazyLock::new(|| {
    #[cfg(target_arch = "x86_64")]
    {
        std::arch::is_x86_feature_detected!("avx") && std::arch::is_x86_feature_detected!("fma")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
});

/// archExp (exp_amd64.s).
pub fn exp(x: f64) -> f64 {
    const LOG2E: f64 = 1.4426950408889634073599246810018920;
    const LN2U: f64 = 0.69314718055966295651160180568695068359375;
    const LN2L: f64 = 0.28235290563031577122588448175013436025525412068e-12;
    const OVERFLOW: f64 = 7.09782712893384e+02;
    const C: [f64; 9] = [
        0.5,
        1.0,
        2.0,
        1.6666666666666666667e-1,
        4.1666666666666666667e-2,
        8.3333333333333333333e-3,
        1.3888888888888888889e-3,
        1.9841269841269841270e-4,
        2.4801587301587301587e-5,
    ];
    let bx = fbits(x);
    if bx & !SIGN_MASK >= UVINF {
        if bx == UVNEGINF {
            return 0.0;
        }
        return x;
    }
    if x > OVERFLOW {
        return inf(1);
    }
    // CVTSD2SL: round to nearest even; out of range gives 0x80000000.
    let t = LOG2E * x;
    let mut bxi: i32 = if t.is_nan() || t >= 2147483648.0 || t < -2147483648.0 {
        i32::MIN
    } else {
        let r = t.round_ties_even();
        if r >= 2147483648.0 || r < -2147483648.0 {
            i32::MIN
        } else {
            r as i32
        }
    };
    let x1 = bxi as f64;
    let mut x0 = x;
    if *USE_FMA {
        x0 = (-x1).mul_add(LN2U, x0);
        x0 = (-x1).mul_add(LN2L, x0);
        x0 *= 0.0625;
        let mut p = C[8];
        p = p.mul_add(x0, C[7]);
        p = p.mul_add(x0, C[6]);
        p = p.mul_add(x0, C[5]);
        p = p.mul_add(x0, C[4]);
        p = p.mul_add(x0, C[3]);
        p = p.mul_add(x0, C[0]);
        p = p.mul_add(x0, C[1]);
        x0 *= p;
        let mut y = x0 + C[2];
        x0 *= y;
        y = x0 + C[2];
        x0 *= y;
        y = x0 + C[2];
        x0 *= y;
        y = x0 + C[2];
        x0 = x0.mul_add(y, C[1]);
    } else {
        x0 -= LN2U * x1;
        x0 -= LN2L * x1;
        x0 *= 0.0625;
        let mut p = C[8] * x0;
        p += C[7];
        p *= x0;
        p += C[6];
        p *= x0;
        p += C[5];
        p *= x0;
        p += C[4];
        p *= x0;
        p += C[3];
        p *= x0;
        p += C[0];
        p *= x0;
        p += C[1];
        x0 *= p;
        for _ in 0..4 {
            let y = C[2] + x0;
            x0 *= y;
        }
        x0 += C[1];
    }
    // ldexp
    bxi = bxi.wrapping_add(0x3FF);
    if bxi <= 0 {
        if bxi < -52 {
            return 0.0;
        }
        bxi += 0x3FE;
        x0 *= ffrom((bxi as u32 as u64) << 52);
        bxi = 1;
    } else if bxi >= 0x7FF {
        return inf(1);
    }
    x0 * ffrom((bxi as u32 as u64) << 52)
}

/// archLog (log_amd64.s).
pub fn log(x: f64) -> f64 {
    const HSQRT2: f64 = 7.07106781186547524401e-01;
    const LN2HI: f64 = 6.93147180369123816490e-01;
    const LN2LO: f64 = 1.90821492927058770002e-10;
    const L1: f64 = 6.666666666666735130e-01;
    const L2: f64 = 3.999999999940941908e-01;
    const L3: f64 = 2.857142874366239149e-01;
    const L4: f64 = 2.222219843214978396e-01;
    const L5: f64 = 1.818357216161805012e-01;
    const L6: f64 = 1.531383769920937332e-01;
    const L7: f64 = 1.479819860511658591e-01;
    let bx = fbits(x);
    if bx & !SIGN_MASK == 0 {
        return inf(-1);
    }
    if (bx as i64) < 0 {
        return nan();
    }
    if bx >= UVINF {
        return x;
    }
    // Note: no normalization of subnormals, exactly as the assembly.
    let mut f1 = ffrom(bx & 0x000FFFFFFFFFFFFF | 0x3FE0000000000000);
    let mut k = (((bx >> 52) & 0x7FF) as i32 - 0x3FE) as f64;
    // CMPSD ..., 5 (not-less-than): taken when f1 <= HSqrt2.
    if !(HSQRT2 < f1) {
        k -= 1.0;
        f1 *= 2.0;
    }
    let f = f1 - 1.0;
    let s = f / (2.0 + f);
    let s2 = s * s;
    let s4 = s2 * s2;
    let mut t1 = L7 * s4;
    t1 += L5;
    t1 *= s4;
    t1 += L3;
    t1 *= s4;
    t1 += L1;
    t1 *= s2;
    let mut t2 = L6 * s4;
    t2 += L4;
    t2 *= s4;
    t2 += L2;
    t2 *= s4;
    let r = t1 + t2;
    let hfsq = 0.5 * f * f;
    let a = s * (hfsq + r);
    let b = a + k * LN2LO;
    let c = (hfsq - b) - f;
    k * LN2HI - c
}

fn expmulti(hi: f64, lo: f64, k: i64) -> f64 {
    const P1: f64 = 1.66666666666666657415e-01;
    const P2: f64 = -2.77777777770155933842e-03;
    const P3: f64 = 6.61375632143793436117e-05;
    const P4: f64 = -1.65339022054652515390e-06;
    const P5: f64 = 4.13813679705723846039e-08;
    let r = hi - lo;
    let t = r * r;
    let c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    let y = 1.0 - ((lo - (r * c) / (2.0 - c)) - hi);
    ldexp(y, k)
}

pub fn exp2(x: f64) -> f64 {
    const LN2HI: f64 = 6.93147180369123816490e-01;
    const LN2LO: f64 = 1.90821492927058770002e-10;
    const OVERFLOW: f64 = 1.0239999999999999e+03;
    const UNDERFLOW: f64 = -1.0740e+03;
    if is_nan(x) || is_inf(x, 1) {
        return x;
    }
    if is_inf(x, -1) {
        return 0.0;
    }
    if x > OVERFLOW {
        return inf(1);
    }
    if x < UNDERFLOW {
        return 0.0;
    }
    let mut k: i64 = 0;
    if x > 0.0 {
        k = f2i(x + 0.5);
    } else if x < 0.0 {
        k = f2i(x - 0.5);
    }
    let t = x - k as f64;
    let hi = t * LN2HI;
    let lo = -t * LN2LO;
    expmulti(hi, lo, k)
}

pub fn expm1(x: f64) -> f64 {
    const OTHRESHOLD: f64 = 7.09782712893383973096e+02;
    const LN2X56: f64 = 3.88162421113569373274e+01;
    const LN2HALFX3: f64 = 1.03972077083991796413e+00;
    const LN2HALF: f64 = 3.46573590279972654709e-01;
    const LN2HI: f64 = 6.93147180369123816490e-01;
    const LN2LO: f64 = 1.90821492927058770002e-10;
    const INVLN2: f64 = 1.44269504088896338700e+00;
    const TINY: f64 = 1.0 / 18014398509481984.0;
    const Q1: f64 = -3.33333333333331316428e-02;
    const Q2: f64 = 1.58730158725481460165e-03;
    const Q3: f64 = -7.93650757867487942473e-05;
    const Q4: f64 = 4.00821782732936239552e-06;
    const Q5: f64 = -2.01099218183624371326e-07;
    let mut x = x;
    if is_inf(x, 1) || is_nan(x) {
        return x;
    }
    if is_inf(x, -1) {
        return -1.0;
    }
    let mut absx = x;
    let mut sign = false;
    if x < 0.0 {
        absx = -absx;
        sign = true;
    }
    if absx >= LN2X56 {
        if sign {
            return -1.0;
        }
        if absx >= OTHRESHOLD {
            return inf(1);
        }
    }
    let mut c = 0.0;
    let k: i64;
    if absx > LN2HALF {
        let (hi, lo);
        if absx < LN2HALFX3 {
            if !sign {
                hi = x - LN2HI;
                lo = LN2LO;
                k = 1;
            } else {
                hi = x + LN2HI;
                lo = -LN2LO;
                k = -1;
            }
        } else {
            if !sign {
                k = f2i(INVLN2 * x + 0.5);
            } else {
                k = f2i(INVLN2 * x - 0.5);
            }
            let t = k as f64;
            hi = x - t * LN2HI;
            lo = t * LN2LO;
        }
        x = hi - lo;
        c = (hi - x) - lo;
    } else if absx < TINY {
        return x;
    } else {
        k = 0;
    }
    let hfx = 0.5 * x;
    let hxs = x * hfx;
    let r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
    let t = 3.0 - r1 * hfx;
    let mut e = hxs * ((r1 - t) / (6.0 - x * t));
    if k == 0 {
        return x - (x * e - hxs);
    }
    e = x * (e - c) - c;
    e -= hxs;
    if k == -1 {
        return 0.5 * (x - e) - 0.5;
    }
    if k == 1 {
        if x < -0.25 {
            return -2.0 * (e - (x + 0.5));
        }
        return 1.0 + 2.0 * (x - e);
    }
    if k <= -2 || k > 56 {
        let mut y = 1.0 - (e - x);
        y = ffrom(fbits(y).wrapping_add((k as u64) << 52));
        return y - 1.0;
    }
    if k < 20 {
        let t = ffrom(0x3ff0000000000000 - (0x20000000000000u64 >> k as u64));
        let mut y = t - (e - x);
        y = ffrom(fbits(y).wrapping_add((k as u64) << 52));
        return y;
    }
    let t = ffrom(((0x3ff - k) as u64) << 52);
    let mut y = x - (e + t);
    y += 1.0;
    ffrom(fbits(y).wrapping_add((k as u64) << 52))
}

pub fn log10(x: f64) -> f64 {
    log(x) * INV_LN10
}

pub fn log2(x: f64) -> f64 {
    let (frac, exp) = frexp(x);
    if frac == 0.5 {
        return (exp - 1) as f64;
    }
    log(frac) * INV_LN2 + exp as f64
}

pub fn log1p(x: f64) -> f64 {
    const SQRT2M1: f64 = 4.142135623730950488017e-01;
    const SQRT2HALFM1: f64 = -2.928932188134524755992e-01;
    const SMALL: f64 = 1.0 / 536870912.0;
    const TINY: f64 = 1.0 / 18014398509481984.0;
    const TWO53: f64 = 9007199254740992.0;
    const LN2HI: f64 = 6.93147180369123816490e-01;
    const LN2LO: f64 = 1.90821492927058770002e-10;
    const LP1: f64 = 6.666666666666735130e-01;
    const LP2: f64 = 3.999999999940941908e-01;
    const LP3: f64 = 2.857142874366239149e-01;
    const LP4: f64 = 2.222219843214978396e-01;
    const LP5: f64 = 1.818357216161805012e-01;
    const LP6: f64 = 1.531383769920937332e-01;
    const LP7: f64 = 1.479819860511658591e-01;
    if x < -1.0 || is_nan(x) {
        return nan();
    }
    if x == -1.0 {
        return inf(-1);
    }
    if is_inf(x, 1) {
        return inf(1);
    }
    let absx = abs(x);
    let mut f = 0.0;
    let mut iu: u64 = 0;
    let mut k: i64 = 1;
    if absx < SQRT2M1 {
        if absx < SMALL {
            if absx < TINY {
                return x;
            }
            return x - x * x * 0.5;
        }
        if x > SQRT2HALFM1 {
            k = 0;
            f = x;
            iu = 1;
        }
    }
    let mut c = 0.0;
    if k != 0 {
        let mut u;
        if absx < TWO53 {
            u = 1.0 + x;
            iu = fbits(u);
            k = ((iu >> 52) as i64) - 1023;
            if k > 0 {
                c = 1.0 - (u - x);
            } else {
                c = x - (u - 1.0);
            }
            c /= u;
        } else {
            u = x;
            iu = fbits(u);
            k = ((iu >> 52) as i64) - 1023;
            c = 0.0;
        }
        iu &= 0x000fffffffffffff;
        if iu < 0x0006a09e667f3bcd {
            u = ffrom(iu | 0x3ff0000000000000);
        } else {
            k += 1;
            u = ffrom(iu | 0x3fe0000000000000);
            iu = (0x0010000000000000 - iu) >> 2;
        }
        f = u - 1.0;
    }
    let hfsq = 0.5 * f * f;
    let kf = k as f64;
    if iu == 0 {
        if f == 0.0 {
            if k == 0 {
                return 0.0;
            }
            c += kf * LN2LO;
            return kf * LN2HI + c;
        }
        let r = hfsq * (1.0 - 0.66666666666666666 * f);
        if k == 0 {
            return f - r;
        }
        return kf * LN2HI - ((r - (kf * LN2LO + c)) - f);
    }
    let s = f / (2.0 + f);
    let z = s * s;
    let r = z * (LP1 + z * (LP2 + z * (LP3 + z * (LP4 + z * (LP5 + z * (LP6 + z * LP7))))));
    if k == 0 {
        return f - (hfsq - s * (hfsq + r));
    }
    kf * LN2HI - ((hfsq - (s * (hfsq + r) + (kf * LN2LO + c))) - f)
}

fn is_odd_int(x: f64) -> bool {
    let (xi, xf) = modf(x);
    xf == 0.0 && f2i(xi) & 1 == 1
}

pub fn pow(x: f64, y: f64) -> f64 {
    if y == 0.0 || x == 1.0 {
        return 1.0;
    }
    if y == 1.0 {
        return x;
    }
    if is_nan(x) || is_nan(y) {
        return nan();
    }
    if x == 0.0 {
        if y < 0.0 {
            if is_odd_int(y) {
                return copysign(inf(1), x);
            }
            return inf(1);
        } else if y > 0.0 {
            if is_odd_int(y) {
                return x;
            }
            return 0.0;
        }
    } else if is_inf(y, 0) {
        if x == -1.0 {
            return 1.0;
        } else if (abs(x) < 1.0) == is_inf(y, 1) {
            return 0.0;
        } else {
            return inf(1);
        }
    } else if is_inf(x, 0) {
        if is_inf(x, -1) {
            return pow(1.0 / x, -y);
        }
        if y < 0.0 {
            return 0.0;
        } else if y > 0.0 {
            return inf(1);
        }
    } else if y == 0.5 {
        return sqrt(x);
    } else if y == -0.5 {
        return 1.0 / sqrt(x);
    }
    let (mut yi, mut yf) = modf(abs(y));
    if yf != 0.0 && x < 0.0 {
        return nan();
    }
    if yi >= 9223372036854775808.0 {
        if x == -1.0 {
            return 1.0;
        } else if (abs(x) < 1.0) == (y > 0.0) {
            return 0.0;
        } else {
            return inf(1);
        }
    }
    let mut a1 = 1.0;
    let mut ae: i64 = 0;
    if yf != 0.0 {
        if yf > 0.5 {
            yf -= 1.0;
            yi += 1.0;
        }
        a1 = exp(yf * log(x));
    }
    let (mut x1, mut xe) = frexp(x);
    let mut i = f2i(yi);
    while i != 0 {
        if xe < -(1 << 12) || (1 << 12) < xe {
            ae += xe;
            break;
        }
        if i & 1 == 1 {
            a1 *= x1;
            ae += xe;
        }
        x1 *= x1;
        xe <<= 1;
        if x1 < 0.5 {
            x1 += x1;
            xe -= 1;
        }
        i >>= 1;
    }
    if y < 0.0 {
        a1 = 1.0 / a1;
        ae = -ae;
    }
    ldexp(a1, ae)
}

pub fn cbrt(x: f64) -> f64 {
    const B1: u64 = 715094163;
    const B2: u64 = 696219795;
    const C: f64 = 5.42857142857142815906e-01;
    const D: f64 = -7.05306122448979611050e-01;
    const E: f64 = 1.41428571428571436819e+00;
    const F: f64 = 1.60714285714285720630e+00;
    const G: f64 = 3.57142857142857150787e-01;
    const SMALLEST_NORMAL: f64 = 2.22507385850720138309e-308;
    let mut x = x;
    if x == 0.0 || is_nan(x) || is_inf(x, 0) {
        return x;
    }
    let mut sign = false;
    if x < 0.0 {
        x = -x;
        sign = true;
    }
    let mut t = ffrom(fbits(x) / 3 + (B1 << 32));
    if x < SMALLEST_NORMAL {
        t = 18014398509481984.0;
        t *= x;
        t = ffrom(fbits(t) / 3 + (B2 << 32));
    }
    let mut r = t * t / x;
    let mut s = C + r * t;
    t *= G + F / (s + E + D / s);
    t = ffrom((fbits(t) & (0xFFFFFFFFC << 28)) + (1 << 30));
    s = t * t;
    r = x / s;
    let w = t + t;
    r = (r - t) / (w + r);
    t += t * r;
    if sign {
        t = -t;
    }
    t
}

// ----- trigonometric -----

const SIN: [f64; 6] = [
    1.58962301576546568060e-10,
    -2.50507477628578072866e-8,
    2.75573136213857245213e-6,
    -1.98412698295895385996e-4,
    8.33333333332211858878e-3,
    -1.66666666666666307295e-1,
];
const COS: [f64; 6] = [
    -1.13585365213876817300e-11,
    2.08757008419747316778e-9,
    -2.75573141792967388112e-7,
    2.48015872888517045348e-5,
    -1.38888888888730564116e-3,
    4.16666666666665929218e-2,
];
const PI4A: f64 = 7.85398125648498535156e-1;
const PI4B: f64 = 3.77489470793079817668e-8;
const PI4C: f64 = 2.69515142907905952645e-15;
const REDUCE_THRESHOLD: f64 = (1u64 << 29) as f64;

const M_PI4: [u64; 20] = [
    0x0000000000000001,
    0x45f306dc9c882a53,
    0xf84eafa3ea69bb81,
    0xb6c52b3278872083,
    0xfca2c757bd778ac3,
    0x6e48dc74849ba5c0,
    0x0c925dd413a32439,
    0xfc3bd63962534e7d,
    0xd1046bea5d768909,
    0xd338e04d68befc82,
    0x7323ac7306a673e9,
    0x3908bf177bf25076,
    0x3ff12fffbc0b301f,
    0xde5e2316b414da3e,
    0xda6cfd9e4f96136e,
    0x9e8c7ecd3cbfd45a,
    0xea4f758fd7cbe2f6,
    0x7a0e73ef14a525d4,
    0xd7f6bf623f1aba10,
    0xac06608df8f6d757,
];

#[inline]
fn mul64(a: u64, b: u64) -> (u64, u64) {
    let p = (a as u128) * (b as u128);
    ((p >> 64) as u64, p as u64)
}

fn trig_reduce(x: f64) -> (u64, f64) {
    if x < PI_4 {
        return (0, x);
    }
    let mut ix = fbits(x);
    let exp = ((ix >> SHIFT) & MASK) as i64 - BIAS - SHIFT as i64;
    ix &= !(MASK << SHIFT);
    ix |= 1 << SHIFT;
    let digit = ((exp + 61) as u64 / 64) as usize;
    let bitshift = (exp + 61) as u64 % 64;
    let z0 = shl(M_PI4[digit], bitshift) | shr(M_PI4[digit + 1], 64 - bitshift);
    let z1 = shl(M_PI4[digit + 1], bitshift) | shr(M_PI4[digit + 2], 64 - bitshift);
    let z2 = shl(M_PI4[digit + 2], bitshift) | shr(M_PI4[digit + 3], 64 - bitshift);
    let (z2hi, _) = mul64(z2, ix);
    let (z1hi, z1lo) = mul64(z1, ix);
    let z0lo = z0.wrapping_mul(ix);
    let (lo, c) = z1lo.overflowing_add(z2hi);
    let hi = z0lo.wrapping_add(z1hi).wrapping_add(c as u64);
    let mut j = hi >> 61;
    let mut hi = hi << 3 | lo >> 61;
    let lz = hi.leading_zeros() as u64;
    let e = (BIAS as u64).wrapping_sub(lz + 1);
    hi = shl(hi, lz + 1) | shr(lo, 64 - (lz + 1));
    hi >>= 64 - SHIFT as u64;
    hi |= e << SHIFT;
    let mut z = ffrom(hi);
    if j & 1 == 1 {
        j += 1;
        j &= 7;
        z -= 1.0;
    }
    (j, z * PI_4)
}

#[inline]
fn sin_poly(z: f64, zz: f64) -> f64 {
    z + z
        * zz
        * ((((((SIN[0] * zz) + SIN[1]) * zz + SIN[2]) * zz + SIN[3]) * zz + SIN[4]) * zz + SIN[5])
}
#[inline]
fn cos_poly(zz: f64) -> f64 {
    1.0 - 0.5 * zz
        + zz * zz
            * ((((((COS[0] * zz) + COS[1]) * zz + COS[2]) * zz + COS[3]) * zz + COS[4]) * zz
                + COS[5])
}

/// The octant and reduced argument shared by sin, cos, tan and sincos.
fn reduce(x: f64, mask7: bool) -> (u64, f64) {
    if x >= REDUCE_THRESHOLD {
        trig_reduce(x)
    } else {
        let mut j = (x * FOUR_PI) as u64;
        let mut y = j as f64;
        if j & 1 == 1 {
            j += 1;
            y += 1.0;
        }
        if mask7 {
            j &= 7;
        }
        (j, ((x - y * PI4A) - y * PI4B) - y * PI4C)
    }
}

pub fn cos(x: f64) -> f64 {
    if is_nan(x) || is_inf(x, 0) {
        return nan();
    }
    let mut sign = false;
    let x = abs(x);
    let (mut j, z) = reduce(x, true);
    if j > 3 {
        j -= 4;
        sign = !sign;
    }
    if j > 1 {
        sign = !sign;
    }
    let zz = z * z;
    let y = if j == 1 || j == 2 {
        sin_poly(z, zz)
    } else {
        cos_poly(zz)
    };
    if sign { -y } else { y }
}

pub fn sin(x: f64) -> f64 {
    if x == 0.0 || is_nan(x) {
        return x;
    }
    if is_inf(x, 0) {
        return nan();
    }
    let mut sign = false;
    let mut x = x;
    if x < 0.0 {
        x = -x;
        sign = true;
    }
    let (mut j, z) = reduce(x, true);
    if j > 3 {
        sign = !sign;
        j -= 4;
    }
    let zz = z * z;
    let y = if j == 1 || j == 2 {
        cos_poly(zz)
    } else {
        sin_poly(z, zz)
    };
    if sign { -y } else { y }
}

pub fn sincos(x: f64) -> (f64, f64) {
    if x == 0.0 {
        return (x, 1.0);
    }
    if is_nan(x) || is_inf(x, 0) {
        return (nan(), nan());
    }
    let (mut sin_sign, mut cos_sign) = (false, false);
    let mut x = x;
    if x < 0.0 {
        x = -x;
        sin_sign = true;
    }
    let (mut j, z) = reduce(x, true);
    if j > 3 {
        j -= 4;
        sin_sign = !sin_sign;
        cos_sign = !cos_sign;
    }
    if j > 1 {
        cos_sign = !cos_sign;
    }
    let zz = z * z;
    let mut c = cos_poly(zz);
    let mut s = sin_poly(z, zz);
    if j == 1 || j == 2 {
        std::mem::swap(&mut s, &mut c);
    }
    if cos_sign {
        c = -c;
    }
    if sin_sign {
        s = -s;
    }
    (s, c)
}

pub fn tan(x: f64) -> f64 {
    const TP: [f64; 3] = [
        -1.30936939181383777646e4,
        1.15351664838587416140e6,
        -1.79565251976484877988e7,
    ];
    const TQ: [f64; 5] = [
        1.00000000000000000000e0,
        1.36812963470692954678e4,
        -1.32089234440210967447e6,
        2.50083801823357915839e7,
        -5.38695755929454629881e7,
    ];
    if x == 0.0 || is_nan(x) {
        return x;
    }
    if is_inf(x, 0) {
        return nan();
    }
    let mut sign = false;
    let mut x = x;
    if x < 0.0 {
        x = -x;
        sign = true;
    }
    let (j, z) = reduce(x, false);
    let zz = z * z;
    let mut y = if zz > 1e-14 {
        z + z
            * (zz * (((TP[0] * zz) + TP[1]) * zz + TP[2])
                / ((((zz + TQ[1]) * zz + TQ[2]) * zz + TQ[3]) * zz + TQ[4]))
    } else {
        z
    };
    if j & 2 == 2 {
        y = -1.0 / y;
    }
    if sign {
        y = -y;
    }
    y
}

fn xatan(x: f64) -> f64 {
    const P0: f64 = -8.750608600031904122785e-01;
    const P1: f64 = -1.615753718733365076637e+01;
    const P2: f64 = -7.500855792314704667340e+01;
    const P3: f64 = -1.228866684490136173410e+02;
    const P4: f64 = -6.485021904942025371773e+01;
    const Q0: f64 = 2.485846490142306297962e+01;
    const Q1: f64 = 1.650270098316988542046e+02;
    const Q2: f64 = 4.328810604912902668951e+02;
    const Q3: f64 = 4.853903996359136964868e+02;
    const Q4: f64 = 1.945506571482613964425e+02;
    let mut z = x * x;
    z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4)
        / (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
    x * z + x
}

fn satan(x: f64) -> f64 {
    const MOREBITS: f64 = 6.123233995736765886130e-17;
    const TAN3PIO8: f64 = 2.41421356237309504880;
    if x <= 0.66 {
        return xatan(x);
    }
    if x > TAN3PIO8 {
        return PI_2 - xatan(1.0 / x) + MOREBITS;
    }
    PI_4 + xatan((x - 1.0) / (x + 1.0)) + 0.5 * MOREBITS
}

pub fn atan(x: f64) -> f64 {
    if x == 0.0 {
        return x;
    }
    if x > 0.0 {
        return satan(x);
    }
    -satan(-x)
}

pub fn asin(x: f64) -> f64 {
    if x == 0.0 {
        return x;
    }
    let mut sign = false;
    let mut x = x;
    if x < 0.0 {
        x = -x;
        sign = true;
    }
    if x > 1.0 {
        return nan();
    }
    let mut temp = sqrt(1.0 - x * x);
    if x > 0.7 {
        temp = PI_2 - satan(temp / x);
    } else {
        temp = satan(x / temp);
    }
    if sign {
        temp = -temp;
    }
    temp
}

pub fn acos(x: f64) -> f64 {
    PI_2 - asin(x)
}

pub fn atan2(y: f64, x: f64) -> f64 {
    if is_nan(y) || is_nan(x) {
        return nan();
    }
    if y == 0.0 {
        if x >= 0.0 && !signbit(x) {
            return copysign(0.0, y);
        }
        return copysign(PI, y);
    }
    if x == 0.0 {
        return copysign(PI_2, y);
    }
    if is_inf(x, 0) {
        if is_inf(x, 1) {
            if is_inf(y, 0) {
                return copysign(PI_4, y);
            }
            return copysign(0.0, y);
        }
        if is_inf(y, 0) {
            return copysign(PI3_4, y);
        }
        return copysign(PI, y);
    }
    if is_inf(y, 0) {
        return copysign(PI_2, y);
    }
    let q = atan(y / x);
    if x < 0.0 {
        if q <= 0.0 {
            return q + PI;
        }
        return q - PI;
    }
    q
}

// ----- hyperbolic -----

pub fn sinh(x: f64) -> f64 {
    const P0: f64 = -0.6307673640497716991184787251e+6;
    const P1: f64 = -0.8991272022039509355398013511e+5;
    const P2: f64 = -0.2894211355989563807284660366e+4;
    const P3: f64 = -0.2630563213397497062819489e+2;
    const Q0: f64 = -0.6307673640497716991212077277e+6;
    const Q1: f64 = 0.1521517378790019070696485176e+5;
    const Q2: f64 = -0.173678953558233699533450911e+3;
    let mut sign = false;
    let mut x = x;
    if x < 0.0 {
        x = -x;
        sign = true;
    }
    let mut temp;
    if x > 21.0 {
        temp = exp(x) * 0.5;
    } else if x > 0.5 {
        let ex = exp(x);
        temp = (ex - 1.0 / ex) * 0.5;
    } else {
        let sq = x * x;
        temp = (((P3 * sq + P2) * sq + P1) * sq + P0) * x;
        temp /= ((sq + Q2) * sq + Q1) * sq + Q0;
    }
    if sign {
        temp = -temp;
    }
    temp
}

pub fn cosh(x: f64) -> f64 {
    let x = abs(x);
    if x > 21.0 {
        return exp(x) * 0.5;
    }
    let ex = exp(x);
    (ex + 1.0 / ex) * 0.5
}

pub fn tanh(x: f64) -> f64 {
    const TP: [f64; 3] = [
        -9.64399179425052238628e-1,
        -9.92877231001918586564e1,
        -1.61468768441708447952e3,
    ];
    const TQ: [f64; 3] = [
        1.12811678491632931402e2,
        2.23548839060100448583e3,
        4.84406305325125486048e3,
    ];
    const MAXLOG: f64 = 8.8029691931113054295988e+01;
    let mut z = abs(x);
    if z > 0.5 * MAXLOG {
        if x < 0.0 {
            return -1.0;
        }
        return 1.0;
    } else if z >= 0.625 {
        let s = exp(2.0 * z);
        z = 1.0 - 2.0 / (s + 1.0);
        if x < 0.0 {
            z = -z;
        }
    } else {
        if x == 0.0 {
            return x;
        }
        let s = x * x;
        z = x + x * s * ((TP[0] * s + TP[1]) * s + TP[2]) / (((s + TQ[0]) * s + TQ[1]) * s + TQ[2]);
    }
    z
}

pub fn asinh(x: f64) -> f64 {
    const LN2_: f64 = 6.93147180559945286227e-01;
    const NEAR_ZERO: f64 = 1.0 / 268435456.0;
    const LARGE: f64 = 268435456.0;
    if is_nan(x) || is_inf(x, 0) {
        return x;
    }
    let mut sign = false;
    let mut x = x;
    if x < 0.0 {
        x = -x;
        sign = true;
    }
    let mut temp = if x > LARGE {
        log(x) + LN2_
    } else if x > 2.0 {
        log(2.0 * x + 1.0 / (sqrt(x * x + 1.0) + x))
    } else if x < NEAR_ZERO {
        x
    } else {
        log1p(x + x * x / (1.0 + sqrt(1.0 + x * x)))
    };
    if sign {
        temp = -temp;
    }
    temp
}

pub fn acosh(x: f64) -> f64 {
    const LARGE: f64 = 268435456.0;
    if x < 1.0 || is_nan(x) {
        return nan();
    }
    if x == 1.0 {
        return 0.0;
    }
    if x >= LARGE {
        return log(x) + LN2;
    }
    if x > 2.0 {
        return log(2.0 * x - 1.0 / (x + sqrt(x * x - 1.0)));
    }
    let t = x - 1.0;
    log1p(t + sqrt(2.0 * t + t * t))
}

pub fn atanh(x: f64) -> f64 {
    const NEAR_ZERO: f64 = 1.0 / 268435456.0;
    if x < -1.0 || x > 1.0 || is_nan(x) {
        return nan();
    }
    if x == 1.0 {
        return inf(1);
    }
    if x == -1.0 {
        return inf(-1);
    }
    let mut sign = false;
    let mut x = x;
    if x < 0.0 {
        x = -x;
        sign = true;
    }
    let mut temp = if x < NEAR_ZERO {
        x
    } else if x < 0.5 {
        let t = x + x;
        0.5 * log1p(t + t * x / (1.0 - x))
    } else {
        0.5 * log1p((x + x) / (1.0 - x))
    };
    if sign {
        temp = -temp;
    }
    temp
}

// ----- miscellaneous -----

pub fn pow10(n: i64) -> f64 {
    const TAB: [f64; 32] = [
        1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09, 1e10, 1e11, 1e12, 1e13, 1e14,
        1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29,
        1e30, 1e31,
    ];
    const POS: [f64; 10] = [
        1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288,
    ];
    const NEG: [f64; 11] = [
        1e-00, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320,
    ];
    if (0..=308).contains(&n) {
        return POS[(n / 32) as usize] * TAB[(n % 32) as usize];
    }
    if (-323..=0).contains(&n) {
        let m = -n;
        return NEG[(m / 32) as usize] / TAB[(m % 32) as usize];
    }
    if n > 0 {
        return inf(1);
    }
    0.0
}

pub fn nextafter(x: f64, y: f64) -> f64 {
    if is_nan(x) || is_nan(y) {
        nan()
    } else if x == y {
        x
    } else if x == 0.0 {
        copysign(ffrom(1), y)
    } else if (y > x) == (x > 0.0) {
        ffrom(fbits(x).wrapping_add(1))
    } else {
        ffrom(fbits(x).wrapping_sub(1))
    }
}

pub fn nextafter32(x: f64, y: f64) -> f64 {
    let (xf, yf) = (x as f32, y as f32);
    let r: f32 = if xf.is_nan() || yf.is_nan() {
        nan() as f32
    } else if xf == yf {
        xf
    } else if xf == 0.0 {
        copysign(f32::from_bits(1) as f64, yf as f64) as f32
    } else if (yf > xf) == (xf > 0.0) {
        f32::from_bits(xf.to_bits().wrapping_add(1))
    } else {
        f32::from_bits(xf.to_bits().wrapping_sub(1))
    };
    r as f64
}

fn ilogb_(x: f64) -> i64 {
    let (x, exp) = normalize(x);
    ((fbits(x) >> SHIFT) & MASK) as i64 - BIAS + exp
}

pub fn logb(x: f64) -> f64 {
    if x == 0.0 {
        return inf(-1);
    }
    if is_inf(x, 0) {
        return inf(1);
    }
    if is_nan(x) {
        return x;
    }
    ilogb_(x) as f64
}

pub fn ilogb(x: f64) -> i64 {
    if x == 0.0 {
        return i32::MIN as i64;
    }
    if is_nan(x) || is_inf(x, 0) {
        return i32::MAX as i64;
    }
    ilogb_(x)
}

/// math.FMA: x*y+z with one rounding (on amd64 with FMA, Go uses the instruction).
pub fn fma(x: f64, y: f64, z: f64) -> f64 {
    x.mul_add(y, z)
}

// ----- natives -----

macro_rules! f1 {
    ($f:expr) => {{
        fn native(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
            a[0] = Value::Float($f(a[0].as_float()));
            Ok(())
        }
        native as NativeFn
    }};
}

macro_rules! f2 {
    ($f:expr) => {{
        fn native(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
            a[0] = Value::Float($f(a[0].as_float(), a[1].as_float()));
            Ok(())
        }
        native as NativeFn
    }};
}

fn n_modf(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let (i, f) = modf(a[0].as_float());
    a[0] = Value::Float(i);
    a[1] = Value::Float(f);
    Ok(())
}

fn n_frexp(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let (f, e) = frexp(a[0].as_float());
    a[0] = Value::Float(f);
    a[1] = Value::Int(e);
    Ok(())
}

fn n_sincos(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let (s, c) = sincos(a[0].as_float());
    a[0] = Value::Float(s);
    a[1] = Value::Float(c);
    Ok(())
}

fn n_ldexp(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    a[0] = Value::Float(ldexp(a[0].as_float(), a[1].as_int()));
    Ok(())
}

fn n_inf(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    a[0] = Value::Float(inf(a[0].as_int()));
    Ok(())
}

fn n_nan(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    a[0] = Value::Float(nan());
    Ok(())
}

fn n_is_nan(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    a[0] = Value::Bool(is_nan(a[0].as_float()));
    Ok(())
}

fn n_is_inf(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    a[0] = Value::Bool(is_inf(a[0].as_float(), a[1].as_int()));
    Ok(())
}

fn n_signbit(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    a[0] = Value::Bool(signbit(a[0].as_float()));
    Ok(())
}

fn n_float64bits(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    a[0] = Value::Int(fbits(a[0].as_float()) as i64);
    Ok(())
}

fn n_float64frombits(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    a[0] = Value::Float(ffrom(a[0].as_int() as u64));
    Ok(())
}

fn n_float32bits(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    a[0] = Value::Int((a[0].as_float() as f32).to_bits() as i64);
    Ok(())
}

fn n_float32frombits(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    a[0] = Value::Float(f32::from_bits(a[0].as_int() as u32) as f64);
    Ok(())
}

fn n_pow10(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    a[0] = Value::Float(pow10(a[0].as_int()));
    Ok(())
}

fn n_ilogb(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    a[0] = Value::Int(ilogb(a[0].as_float()));
    Ok(())
}

fn n_fma(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    a[0] = Value::Float(fma(a[0].as_float(), a[1].as_float(), a[2].as_float()));
    Ok(())
}

pub fn natives() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("math.Sqrt", f1!(sqrt)),
        ("math.Abs", f1!(abs)),
        ("math.Floor", f1!(floor)),
        ("math.Ceil", f1!(ceil)),
        ("math.Trunc", f1!(trunc)),
        ("math.Round", f1!(round)),
        ("math.RoundToEven", f1!(round_to_even)),
        ("math.Exp", f1!(exp)),
        ("math.Exp2", f1!(exp2)),
        ("math.Expm1", f1!(expm1)),
        ("math.Log", f1!(log)),
        ("math.Log2", f1!(log2)),
        ("math.Log10", f1!(log10)),
        ("math.Log1p", f1!(log1p)),
        ("math.Logb", f1!(logb)),
        ("math.Cbrt", f1!(cbrt)),
        ("math.Sin", f1!(sin)),
        ("math.Cos", f1!(cos)),
        ("math.Tan", f1!(tan)),
        ("math.Asin", f1!(asin)),
        ("math.Acos", f1!(acos)),
        ("math.Atan", f1!(atan)),
        ("math.Sinh", f1!(sinh)),
        ("math.Cosh", f1!(cosh)),
        ("math.Tanh", f1!(tanh)),
        ("math.Asinh", f1!(asinh)),
        ("math.Acosh", f1!(acosh)),
        ("math.Atanh", f1!(atanh)),
        ("math.Pow", f2!(pow)),
        ("math.Atan2", f2!(atan2)),
        ("math.Hypot", f2!(hypot)),
        ("math.Max", f2!(max)),
        ("math.Min", f2!(min)),
        ("math.Mod", f2!(fmod)),
        ("math.Remainder", f2!(remainder)),
        ("math.Dim", f2!(dim)),
        ("math.Copysign", f2!(copysign)),
        ("math.Nextafter", f2!(nextafter)),
        ("math.Nextafter32", f2!(nextafter32)),
        ("math.Modf", n_modf),
        ("math.Frexp", n_frexp),
        ("math.Sincos", n_sincos),
        ("math.Ldexp", n_ldexp),
        ("math.Inf", n_inf),
        ("math.NaN", n_nan),
        ("math.IsNaN", n_is_nan),
        ("math.IsInf", n_is_inf),
        ("math.Signbit", n_signbit),
        ("math.Float64bits", n_float64bits),
        ("math.Float64frombits", n_float64frombits),
        ("math.Float32bits", n_float32bits),
        ("math.Float32frombits", n_float32frombits),
        ("math.Pow10", n_pow10),
        ("math.Ilogb", n_ilogb),
        ("math.FMA", n_fma),
    ]
}
