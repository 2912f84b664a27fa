//! The runtime's own printing: the `print`/`println` builtins and the values of panics,
//! as Go's runtime prints them (runtime/print.go, runtime/error.go).

use std::sync::Arc;

use crate::check::types::*;
use crate::vm::image::Image;
use crate::vm::value::*;

/// `print(args...)` / `println(args...)`: each argument comes boxed with its type.
pub fn builtin_print(img: &Image, args: &[Value], ln: bool) -> String {
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if ln && i > 0 {
            out.push(' ');
        }
        match a {
            Value::Iface(iv) => print_one(img, &mut out, &iv.val, iv.ty),
            _ => out.push_str("(0x0,0x0)"),
        }
    }
    if ln {
        out.push('\n');
    }
    out
}

fn print_one(img: &Image, out: &mut String, v: &Value, t: TypeId) {
    let tt = img.types();
    match tt.under(t) {
        TypeKind::Basic(b) => match b {
            Basic::Bool => out.push_str(if v.as_bool() { "true" } else { "false" }),
            Basic::String => out.push_str(&String::from_utf8_lossy(v.as_bytes())),
            Basic::Float32 | Basic::Float64 => out.push_str(&print_float(v.as_float())),
            b if b.is_unsigned() => out.push_str(&(v.as_int() as u64).to_string()),
            _ => out.push_str(&v.as_int().to_string()),
        },
        TypeKind::Interface(_) => match v {
            Value::Iface(iv) => out.push_str(&format!("({:#x},{:#x})", iv.ty.0, addr(&iv.val))),
            _ => out.push_str("(0x0,0x0)"),
        },
        TypeKind::Slice(_) => match v {
            Value::Slice(s) => out.push_str(&format!("[{}/{}]{:#x}", s.len, s.cap, addr(v))),
            _ => out.push_str("[0/0]0x0"),
        },
        _ => out.push_str(&format!("{:#x}", addr(v))),
    }
}

fn addr(v: &Value) -> u64 {
    match v {
        Value::Ptr(p) => Arc::as_ptr(&p.obj) as *const u8 as u64,
        Value::Agg(o) => Arc::as_ptr(o) as *const u8 as u64,
        Value::Slice(s) => Arc::as_ptr(&s.obj) as *const u8 as u64,
        Value::Map(m) => Arc::as_ptr(m) as *const u8 as u64,
        Value::Func(f) => Arc::as_ptr(f) as *const u8 as u64,
        Value::Native(n) => Arc::as_ptr(n) as *const u8 as u64,
        Value::Iface(i) => Arc::as_ptr(i) as *const u8 as u64,
        _ => 0,
    }
}

/// The runtime's float format: `+1.500000e+000` (runtime/print.go `printfloat`).
pub fn print_float(mut v: f64) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    if v.is_infinite() {
        return if v > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    const N: usize = 7;
    let mut buf = [0u8; N + 7];
    buf[0] = b'+';
    let mut e: i32 = 0;
    if v == 0.0 {
        if v.is_sign_negative() {
            buf[0] = b'-';
        }
    } else {
        if v < 0.0 {
            v = -v;
            buf[0] = b'-';
        }
        while v >= 10.0 {
            e += 1;
            v /= 10.0;
        }
        while v < 1.0 {
            e -= 1;
            v *= 10.0;
        }
        let mut h = 5.0;
        for _ in 0..N {
            h /= 10.0;
        }
        v += h;
        if v >= 10.0 {
            e += 1;
            v /= 10.0;
        }
    }
    for i in 0..N {
        let s = v as i64;
        buf[i + 2] = (s as u8).wrapping_add(b'0');
        v -= s as f64;
        v *= 10.0;
    }
    buf[1] = buf[2];
    buf[2] = b'.';
    buf[N + 2] = b'e';
    buf[N + 3] = b'+';
    if e < 0 {
        e = -e;
        buf[N + 3] = b'-';
    }
    buf[N + 4] = (e / 100) as u8 + b'0';
    buf[N + 5] = ((e / 10) % 10) as u8 + b'0';
    buf[N + 6] = (e % 10) as u8 + b'0';
    String::from_utf8_lossy(&buf).into_owned()
}

/// A panic value without Error or String methods, as Go prints it after "panic: ".
pub fn panic_value(img: &Image, v: &Value) -> String {
    let Value::Iface(iv) = v else {
        return "nil".into();
    };
    let tt = img.types();
    let t = iv.ty;
    let mut plain = String::new();
    match tt.kind(t) {
        TypeKind::Basic(_) => {
            print_one(img, &mut plain, &iv.val, t);
            return plain;
        }
        TypeKind::Named(_) => {
            if let TypeKind::Basic(b) = tt.under(t) {
                print_one(img, &mut plain, &iv.val, t);
                let name = tt.go_name(t);
                return if *b == Basic::String {
                    format!("{name}(\"{plain}\")")
                } else {
                    format!("{name}({plain})")
                };
            }
        }
        _ => {}
    }
    format!("({}) {:#x}", tt.go_name(t), addr(&iv.val).max(0xc000010000))
}

#[cfg(test)]
mod tests {
    #[test]
    fn floats_print_like_the_runtime() {
        assert_eq!(super::print_float(3.5), "+3.500000e+000");
        assert_eq!(super::print_float(-0.001), "-1.000000e-003");
        assert_eq!(super::print_float(0.0), "+0.000000e+000");
    }
}
