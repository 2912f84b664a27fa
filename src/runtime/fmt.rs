//! Go's fmt formatting: verbs, flags, widths, and the printing of every kind of value,
//! following fmt/print.go and fmt/format.go.
//!
//! Calling `Error` and `String` methods needs Go code to run, which a native function
//! cannot do. So formatting happens twice (see `stdlib/fmt.go`): a first pass (`Collect`)
//! walks the arguments exactly as printing would and lists every value whose method must
//! be called; Go code calls them; the second pass (`Render`) prints, taking those strings
//! in the same order.

use std::sync::Arc;

use crate::check::types::*;
use crate::vm::image::Image;
use crate::vm::value::*;

pub enum Methods<'a> {
    /// First pass: record the values whose method must be called, with the method
    /// (`E`rror, `S`tring, `G`oString) and the verb.
    Collect(Vec<(Value, u8, u8)>),
    /// Second pass: the results of those calls, in order.
    Render(&'a [Value], usize),
}

#[derive(Clone, Copy, Default)]
struct Flags {
    plus: bool,
    minus: bool,
    sharp: bool,
    space: bool,
    zero: bool,
    plus_v: bool,
    sharp_v: bool,
    wid: Option<usize>,
    prec: Option<usize>,
}

pub struct Printer<'a> {
    img: &'a Image,
    pub buf: Vec<u8>,
    f: Flags,
    methods: Methods<'a>,
    /// Set while printing a bad verb's operand, when methods are not called.
    erroring: bool,
    /// `Errorf`: `%w` accepts an error operand (elsewhere it is a bad verb).
    pub wrap_errs: bool,
}

const LDIGITS: &[u8] = b"0123456789abcdefx";
const UDIGITS: &[u8] = b"0123456789ABCDEFX";

impl<'a> Printer<'a> {
    pub fn new(img: &'a Image, methods: Methods<'a>) -> Printer<'a> {
        Printer {
            img,
            buf: Vec::new(),
            f: Flags::default(),
            methods,
            erroring: false,
            wrap_errs: false,
        }
    }

    pub fn into_collected(self) -> Vec<(Value, u8, u8)> {
        match self.methods {
            Methods::Collect(v) => v,
            Methods::Render(..) => Vec::new(),
        }
    }

    fn tt(&self) -> &'a TypeTable {
        self.img.types()
    }

    // ----- Print, Println, Printf -----

    /// `Print`: spaces between operands when neither is a string.
    pub fn do_print(&mut self, args: &[Value]) {
        let mut prev_string = false;
        for (i, a) in args.iter().enumerate() {
            let is_string =
                matches!(a, Value::Iface(iv) if self.tt().basic(iv.ty) == Some(Basic::String));
            if i > 0 && !is_string && !prev_string {
                self.buf.push(b' ');
            }
            self.print_arg(a, 'v');
            prev_string = is_string;
        }
    }

    /// `Println`: spaces between all operands, and a newline.
    pub fn do_println(&mut self, args: &[Value]) {
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                self.buf.push(b' ');
            }
            self.print_arg(a, 'v');
        }
        self.buf.push(b'\n');
    }

    pub fn do_printf(&mut self, format: &[u8], args: &[Value]) {
        let end = format.len();
        let mut arg_num = 0usize;
        let mut after_index;
        let mut reordered = false;
        let mut i = 0;
        while i < end {
            let lasti = i;
            while i < end && format[i] != b'%' {
                i += 1;
            }
            if i > lasti {
                self.buf.extend_from_slice(&format[lasti..i]);
            }
            if i >= end {
                break;
            }
            i += 1; // skip %
            self.f = Flags::default();
            // Flags.
            while i < end {
                match format[i] {
                    b'#' => self.f.sharp = true,
                    b'0' => self.f.zero = !self.f.minus,
                    b'+' => self.f.plus = true,
                    b'-' => {
                        self.f.minus = true;
                        self.f.zero = false;
                    }
                    b' ' => self.f.space = true,
                    _ => break,
                }
                i += 1;
            }
            // Argument index, then width.
            let (ni, na, found) = arg_index(format, i, arg_num, args.len());
            i = ni;
            arg_num = na;
            after_index = found;
            reordered |= found;
            if i < end && format[i] == b'*' {
                i += 1;
                let (w, ok, na) = int_from_arg(self.img, args, arg_num);
                arg_num = na;
                match w {
                    Some(w) if ok => {
                        if w < 0 {
                            self.f.minus = true;
                            self.f.zero = false;
                            self.f.wid = Some(w.unsigned_abs() as usize);
                        } else {
                            self.f.wid = Some(w as usize);
                        }
                    }
                    _ => self.buf.extend_from_slice(b"%!(BADWIDTH)"),
                }
                after_index = false;
            } else {
                let (n, ni) = parse_num(format, i);
                if let Some(n) = n {
                    self.f.wid = Some(n);
                    if after_index {
                        // "%[3]2d" is not allowed.
                        self.f.wid = None;
                        reordered = true;
                    }
                }
                i = ni;
            }
            // Precision.
            if i < end && format[i] == b'.' {
                i += 1;
                if after_index {
                    reordered = true;
                }
                let (ni, na, found) = arg_index(format, i, arg_num, args.len());
                i = ni;
                arg_num = na;
                after_index = found;
                if i < end && format[i] == b'*' {
                    i += 1;
                    let (p, ok, na) = int_from_arg(self.img, args, arg_num);
                    arg_num = na;
                    match p {
                        Some(p) if ok && p >= 0 => self.f.prec = Some(p as usize),
                        Some(_) if ok => self.f.prec = None,
                        _ => self.buf.extend_from_slice(b"%!(BADPREC)"),
                    }
                    after_index = false;
                } else {
                    let (n, ni) = parse_num(format, i);
                    self.f.prec = Some(n.unwrap_or(0));
                    i = ni;
                }
            }
            if !after_index {
                let (ni, na, found) = arg_index(format, i, arg_num, args.len());
                i = ni;
                arg_num = na;
                after_index = found;
                reordered |= found;
            }
            let _ = after_index;
            if i >= end {
                self.buf.extend_from_slice(b"%!(NOVERB)");
                break;
            }
            let (verb, size) = decode_char(&format[i..]);
            i += size;
            match verb {
                '%' => self.buf.push(b'%'),
                _ if arg_num >= args.len() => {
                    self.buf.extend_from_slice(b"%!");
                    push_char(&mut self.buf, verb);
                    self.buf.extend_from_slice(b"(MISSING)");
                }
                'w' => {
                    // Errorf's %w prints an error like %v; anything else is a bad verb.
                    let a = args[arg_num].clone();
                    arg_num += 1;
                    let is_err =
                        matches!(&a, Value::Iface(iv) if self.img.implements(iv.ty, ERROR));
                    if self.wrap_errs && is_err {
                        self.print_arg(&a, 'v');
                    } else {
                        match &a {
                            Value::Iface(iv) => {
                                let (v, t) = (iv.val.clone(), iv.ty);
                                self.bad_verb('w', Some((&v, t)));
                            }
                            _ => self.bad_verb('w', None),
                        }
                    }
                }
                'v' => {
                    self.f.sharp_v = self.f.sharp;
                    self.f.sharp = false;
                    self.f.plus_v = self.f.plus;
                    self.f.plus = false;
                    let a = args[arg_num].clone();
                    arg_num += 1;
                    self.print_arg(&a, verb);
                }
                _ => {
                    let a = args[arg_num].clone();
                    arg_num += 1;
                    self.print_arg(&a, verb);
                }
            }
        }
        if !reordered && arg_num < args.len() {
            self.f = Flags::default();
            self.buf.extend_from_slice(b"%!(EXTRA ");
            for (k, a) in args[arg_num..].iter().enumerate() {
                if k > 0 {
                    self.buf.extend_from_slice(b", ");
                }
                match a {
                    Value::Iface(iv) => {
                        let name = self.tt().go_name(iv.ty);
                        self.buf.extend_from_slice(name.as_bytes());
                        self.buf.push(b'=');
                        self.print_arg(a, 'v');
                    }
                    _ => self.buf.extend_from_slice(b"<nil>"),
                }
            }
            self.buf.push(b')');
        }
    }

    // ----- one operand -----

    /// Prints an argument (an interface value) with a verb (fmt's printArg).
    pub fn print_arg(&mut self, arg: &Value, verb: char) {
        let Value::Iface(iv) = arg else {
            match verb {
                'T' | 'v' => self.pad_str(b"<nil>"),
                _ => self.bad_verb(verb, None),
            }
            return;
        };
        let (t, v) = (iv.ty, &iv.val);
        match verb {
            'T' => {
                let name = self.tt().go_name(t);
                self.fmt_s(name.as_bytes());
                return;
            }
            'p' => {
                self.fmt_pointer(v, t, 'p');
                return;
            }
            _ => {}
        }
        // Values of unnamed basic types have no methods.
        if !self.tt().is_named(t)
            && let TypeKind::Basic(_) = self.tt().kind(t)
        {
            self.print_value(v, t, verb, 0, true, false);
            return;
        }
        if !self.handle_methods(arg, verb) {
            self.print_value(v, t, verb, 0, true, false);
        }
    }

    /// Calls (or records) the Error, String or GoString method when the verb accepts a
    /// string (fmt's handleMethods).
    fn handle_methods(&mut self, arg: &Value, verb: char) -> bool {
        if self.erroring {
            return false;
        }
        let Value::Iface(iv) = arg else {
            return false;
        };
        let method = if self.f.sharp_v {
            if !has_method(self.img, iv.ty, "GoString") {
                return false;
            }
            b'G'
        } else {
            if !matches!(verb, 'v' | 's' | 'x' | 'X' | 'q') {
                return false;
            }
            match string_method(self.img, iv.ty) {
                Some("Error") => b'E',
                Some(_) => b'S',
                None => return false,
            }
        };
        match &mut self.methods {
            Methods::Collect(list) => {
                // The text does not matter in the first pass.
                list.push((arg.clone(), method, verb as u8));
            }
            Methods::Render(strs, i) => {
                let s = strs.get(*i).cloned().unwrap_or_default();
                *i += 1;
                let bytes = s.as_bytes().to_vec();
                if method == b'G' {
                    self.fmt_s(&bytes);
                } else {
                    self.fmt_string(&bytes, verb);
                }
            }
        }
        true
    }

    /// Whether values of dynamic type `t` have an `Error() string` or `String() string`
    /// method (are an error or a Stringer).
    pub fn has_string_method(&self, t: TypeId) -> bool {
        string_method(self.img, t).is_some()
    }

    fn print_value(
        &mut self,
        v: &Value,
        t: TypeId,
        verb: char,
        depth: usize,
        can_iface: bool,
        _dummy: bool,
    ) {
        // Nested values with methods (not reached through unexported fields), nil
        // pointers included: their methods may handle nil.
        if depth > 0
            && can_iface
            && !self.tt().is_interface(t)
            && (self.tt().is_named(t) || self.tt().is_pointer(t))
            && (self.has_string_method(t) || self.f.sharp_v && has_method(self.img, t, "GoString"))
        {
            let boxed = Value::Iface(Arc::new(Iface {
                ty: t,
                val: v.clone(),
            }));
            if self.handle_methods(&boxed, verb) {
                return;
            }
        }
        let tt = self.tt();
        match tt.under(t).clone() {
            TypeKind::Basic(b) => match b {
                Basic::Bool => self.fmt_bool(v.as_bool(), verb, v, t),
                Basic::String => {
                    let s = v.as_bytes().to_vec();
                    self.fmt_string_or_bad(&s, verb, v, t);
                }
                Basic::Float32 => self.fmt_float(v.as_float(), 32, verb, v, t),
                Basic::Float64 => self.fmt_float(v.as_float(), 64, verb, v, t),
                b if b.is_unsigned() => self.fmt_integer(v.as_int() as u64, false, verb, v, t),
                _ => self.fmt_integer(v.as_int() as u64, true, verb, v, t),
            },
            TypeKind::Map(k, val) => {
                if self.f.sharp_v {
                    let name = tt.go_name(t);
                    self.buf.extend_from_slice(name.as_bytes());
                    if v.is_nil() {
                        self.buf.extend_from_slice(b"(nil)");
                        return;
                    }
                    self.buf.push(b'{');
                } else {
                    self.buf.extend_from_slice(b"map[");
                }
                let mut entries = match v {
                    Value::Map(m) => m.entries(),
                    _ => Vec::new(),
                };
                entries.sort_by(|a, b| compare_keys(self.img, &a.0, &b.0, k));
                for (i, (key, value)) in entries.iter().enumerate() {
                    if i > 0 {
                        if self.f.sharp_v {
                            self.buf.extend_from_slice(b", ");
                        } else {
                            self.buf.push(b' ');
                        }
                    }
                    self.print_value(key, k, verb, depth + 1, can_iface, false);
                    self.buf.push(b':');
                    self.print_value(value, val, verb, depth + 1, can_iface, false);
                }
                self.buf.push(if self.f.sharp_v { b'}' } else { b']' });
            }
            TypeKind::Struct(fields) => {
                if self.f.sharp_v {
                    let name = tt.go_name(t);
                    self.buf.extend_from_slice(name.as_bytes());
                }
                self.buf.push(b'{');
                let vals = match v {
                    Value::Agg(o) => o.snapshot(),
                    _ => Vec::new(),
                };
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        if self.f.sharp_v {
                            self.buf.extend_from_slice(b", ");
                        } else {
                            self.buf.push(b' ');
                        }
                    }
                    if self.f.plus_v || self.f.sharp_v {
                        self.buf.extend_from_slice(f.name.as_bytes());
                        self.buf.push(b':');
                    }
                    let fv = vals.get(i).cloned().unwrap_or_default();
                    self.print_value(&fv, f.ty, verb, depth + 1, can_iface && f.exported(), false);
                }
                self.buf.push(b'}');
            }
            TypeKind::Interface(_) => match v {
                Value::Iface(iv) => {
                    let inner = iv.val.clone();
                    self.print_value(&inner, iv.ty, verb, depth + 1, can_iface, false);
                }
                _ => {
                    if self.f.sharp_v {
                        let name = tt.go_name(t);
                        self.buf.extend_from_slice(name.as_bytes());
                        self.buf.extend_from_slice(b"(nil)");
                    } else {
                        self.buf.extend_from_slice(b"<nil>");
                    }
                }
            },
            TypeKind::Array(_, e) | TypeKind::Slice(e) => {
                let is_slice = matches!(tt.under(t), TypeKind::Slice(_));
                if (matches!(verb, 's' | 'q' | 'x' | 'X')
                    || self.f.sharp_v && matches!(verb, 'v' | 'd'))
                    && tt.underlying(e) == UINT8
                    && is_slice
                {
                    let bytes = bytes_of(v);
                    let name = if depth == 0 && t == BYTES {
                        "[]byte".to_string()
                    } else {
                        tt.go_name(t)
                    };
                    self.fmt_bytes(&bytes, verb, &name, v.is_nil() && is_slice);
                    return;
                }
                if tt.underlying(e) == UINT8 && matches!(verb, 'v' | 'd') && !self.f.sharp_v {
                    // fmt prints []byte through fmtBytes: [1 2 3].
                    let bytes = bytes_of(v);
                    self.buf.push(b'[');
                    for (i, c) in bytes.iter().enumerate() {
                        if i > 0 {
                            self.buf.push(b' ');
                        }
                        self.fmt_integer_raw(*c as u64, 10, false, verb, LDIGITS);
                    }
                    self.buf.push(b']');
                    return;
                }
                let elems = match v {
                    Value::Slice(s) => s.to_vec(),
                    Value::Agg(o) => o.snapshot(),
                    _ => Vec::new(),
                };
                if self.f.sharp_v {
                    // An operand of exactly type []byte is named so (fmt's fast path).
                    let name = if depth == 0 && t == BYTES {
                        "[]byte".to_string()
                    } else {
                        tt.go_name(t)
                    };
                    self.buf.extend_from_slice(name.as_bytes());
                    if is_slice && v.is_nil() {
                        self.buf.extend_from_slice(b"(nil)");
                        return;
                    }
                    self.buf.push(b'{');
                    for (i, x) in elems.iter().enumerate() {
                        if i > 0 {
                            self.buf.extend_from_slice(b", ");
                        }
                        self.print_value(x, e, verb, depth + 1, can_iface, false);
                    }
                    self.buf.push(b'}');
                } else {
                    self.buf.push(b'[');
                    for (i, x) in elems.iter().enumerate() {
                        if i > 0 {
                            self.buf.push(b' ');
                        }
                        self.print_value(x, e, verb, depth + 1, can_iface, false);
                    }
                    self.buf.push(b']');
                }
            }
            TypeKind::Pointer(e) => {
                if depth == 0
                    && let Value::Ptr(p) = v
                    && matches!(
                        tt.under(e),
                        TypeKind::Array(..)
                            | TypeKind::Slice(_)
                            | TypeKind::Struct(_)
                            | TypeKind::Map(..)
                    )
                {
                    self.buf.push(b'&');
                    let inner = if p.idx == WHOLE {
                        Value::Agg(p.obj.clone())
                    } else {
                        p.obj.get(p.idx as usize)
                    };
                    self.print_value(&inner, e, verb, depth + 1, can_iface, false);
                    return;
                }
                self.fmt_pointer(v, t, verb);
            }
            TypeKind::Chan(..) | TypeKind::Func(_) => self.fmt_pointer(v, t, verb),
            _ => self.buf.extend_from_slice(b"?"),
        }
    }

    fn bad_verb(&mut self, verb: char, operand: Option<(&Value, TypeId)>) {
        self.erroring = true;
        self.buf.extend_from_slice(b"%!");
        push_char(&mut self.buf, verb);
        self.buf.push(b'(');
        match operand {
            Some((v, t)) => {
                let name = self.tt().go_name(t);
                self.buf.extend_from_slice(name.as_bytes());
                self.buf.push(b'=');
                // Go prints the operand with %v but keeps the flags, width and precision.
                self.print_value(v, t, 'v', 0, false, false);
            }
            None => self.buf.extend_from_slice(b"<nil>"),
        }
        self.buf.push(b')');
        self.erroring = false;
    }

    // ----- basic kinds -----

    fn fmt_bool(&mut self, b: bool, verb: char, v: &Value, t: TypeId) {
        match verb {
            't' | 'v' => self.pad_str(if b { b"true" } else { b"false" }),
            _ => self.bad_verb(verb, Some((v, t))),
        }
    }

    fn fmt_integer(&mut self, u: u64, signed: bool, verb: char, v: &Value, t: TypeId) {
        match verb {
            'v' => {
                if self.f.sharp_v && !signed {
                    self.fmt_0x64(u, true);
                } else {
                    self.fmt_integer_raw(u, 10, signed, verb, LDIGITS);
                }
            }
            'd' => self.fmt_integer_raw(u, 10, signed, verb, LDIGITS),
            'b' => self.fmt_integer_raw(u, 2, signed, verb, LDIGITS),
            'o' | 'O' => self.fmt_integer_raw(u, 8, signed, verb, LDIGITS),
            'x' => self.fmt_integer_raw(u, 16, signed, verb, LDIGITS),
            'X' => self.fmt_integer_raw(u, 16, signed, verb, UDIGITS),
            'c' => {
                let c = char::from_u32(u as u32)
                    .filter(|_| u <= 0x10FFFF)
                    .unwrap_or('\u{FFFD}');
                let mut b = [0u8; 4];
                let s = c.encode_utf8(&mut b).as_bytes().to_vec();
                self.pad(&s);
            }
            'q' => {
                let c = char::from_u32(u as u32)
                    .filter(|_| u <= 0x10FFFF)
                    .unwrap_or('\u{FFFD}');
                let q = quote_rune(c, self.f.plus);
                self.pad(q.as_bytes());
            }
            'U' => self.fmt_unicode(u),
            _ => self.bad_verb(verb, Some((v, t))),
        }
    }

    fn fmt_0x64(&mut self, u: u64, leading0x: bool) {
        let sharp = self.f.sharp;
        self.f.sharp = leading0x;
        self.fmt_integer_raw(u, 16, false, 'v', LDIGITS);
        self.f.sharp = sharp;
    }

    /// fmt.fmtInteger: digits, precision, zero padding, prefixes and sign.
    fn fmt_integer_raw(&mut self, u: u64, base: u64, signed: bool, verb: char, digits: &[u8]) {
        let negative = signed && (u as i64) < 0;
        let mut u = if negative {
            (u as i64).unsigned_abs()
        } else {
            u
        };
        let mut prec = 0usize;
        if let Some(p) = self.f.prec {
            prec = p;
            if p == 0 && u == 0 {
                let zero = self.f.zero;
                self.f.zero = false;
                self.write_padding(self.f.wid.unwrap_or(0));
                self.f.zero = zero;
                return;
            }
        } else if self.f.zero
            && let Some(w) = self.f.wid
        {
            prec = w;
            if negative || self.f.plus || self.f.space {
                prec = prec.saturating_sub(1);
            }
        }
        let mut out: Vec<u8> = Vec::with_capacity(24);
        if u == 0 {
            out.push(b'0');
        }
        while u > 0 {
            out.push(digits[(u % base) as usize]);
            u /= base;
        }
        while out.len() < prec {
            out.push(b'0');
        }
        if self.f.sharp {
            match base {
                2 => out.extend_from_slice(b"b0"),
                8 if out.last() != Some(&b'0') => {
                    out.push(b'0');
                }
                16 => {
                    out.push(digits[16]);
                    out.push(b'0');
                }
                _ => {}
            }
        }
        if verb == 'O' {
            out.extend_from_slice(b"o0");
        }
        if negative {
            out.push(b'-');
        } else if self.f.plus {
            out.push(b'+');
        } else if self.f.space {
            out.push(b' ');
        }
        out.reverse();
        let zero = self.f.zero;
        self.f.zero = false;
        self.pad(&out);
        self.f.zero = zero;
    }

    fn fmt_unicode(&mut self, u: u64) {
        let mut s = format!("U+{u:04X}");
        if let Some(p) = self.f.prec.filter(|p| *p > 4) {
            let hex = format!("{u:X}");
            if hex.len() < p {
                s = format!("U+{}{hex}", "0".repeat(p - hex.len()));
            }
        }
        if self.f.sharp
            && u <= 0x10FFFF
            && let Some(c) = char::from_u32(u as u32)
            && is_print(c)
        {
            s.push_str(&format!(" '{c}'"));
        }
        let zero = self.f.zero;
        self.f.zero = false;
        self.pad(s.as_bytes());
        self.f.zero = zero;
    }

    fn fmt_float(&mut self, x: f64, size: u32, verb: char, v: &Value, t: TypeId) {
        let (fverb, prec) = match verb {
            'v' => ('g', None),
            'b' | 'g' | 'G' | 'x' | 'X' => (verb, None),
            'f' | 'e' | 'E' | 'F' => (verb, Some(6)),
            _ => {
                self.bad_verb(verb, Some((v, t)));
                return;
            }
        };
        let prec = self.f.prec.or(prec);
        let mut num = format_float(x, fverb, prec, size).into_bytes();
        // A sign is always present, for padding decisions.
        if num[0] != b'-' && num[0] != b'+' {
            num.insert(0, b'+');
        }
        if self.f.space && num[0] == b'+' && !self.f.plus {
            num[0] = b' ';
        }
        if num[1] == b'I' || num[1] == b'N' {
            let zero = self.f.zero;
            self.f.zero = false;
            if num[1] == b'N' && !self.f.space && !self.f.plus {
                num.remove(0);
            }
            self.pad(&num);
            self.f.zero = zero;
            return;
        }
        if self.f.sharp && fverb != 'b' {
            let p = if fverb == 'g' || fverb == 'G' {
                self.f.prec
            } else {
                prec
            };
            num = sharp_float(num, fverb, p);
        }
        if self.f.plus || num[0] != b'+' {
            if self.f.zero
                && let Some(w) = self.f.wid
                && w > num.len()
            {
                self.buf.push(num[0]);
                self.write_padding(w - num.len());
                self.buf.extend_from_slice(&num[1..]);
                return;
            }
            self.pad(&num);
            return;
        }
        self.pad(&num[1..]);
    }

    fn fmt_string_or_bad(&mut self, s: &[u8], verb: char, v: &Value, t: TypeId) {
        match verb {
            'v' | 's' | 'x' | 'X' | 'q' => self.fmt_string(s, verb),
            _ => self.bad_verb(verb, Some((v, t))),
        }
    }

    fn fmt_string(&mut self, s: &[u8], verb: char) {
        match verb {
            'v' => {
                if self.f.sharp_v {
                    self.fmt_q(s);
                } else {
                    self.fmt_s(s);
                }
            }
            's' => self.fmt_s(s),
            'x' => self.fmt_sx(s, LDIGITS),
            'X' => self.fmt_sx(s, UDIGITS),
            'q' => self.fmt_q(s),
            _ => self.fmt_s(s),
        }
    }

    fn fmt_bytes(&mut self, b: &[u8], verb: char, type_name: &str, nil: bool) {
        match verb {
            'v' | 'd' => {
                if self.f.sharp_v {
                    self.buf.extend_from_slice(type_name.as_bytes());
                    if nil {
                        self.buf.extend_from_slice(b"(nil)");
                        return;
                    }
                    self.buf.push(b'{');
                    for (i, c) in b.iter().enumerate() {
                        if i > 0 {
                            self.buf.extend_from_slice(b", ");
                        }
                        self.fmt_0x64(*c as u64, true);
                    }
                    self.buf.push(b'}');
                } else {
                    self.buf.push(b'[');
                    for (i, c) in b.iter().enumerate() {
                        if i > 0 {
                            self.buf.push(b' ');
                        }
                        self.fmt_integer_raw(*c as u64, 10, false, verb, LDIGITS);
                    }
                    self.buf.push(b']');
                }
            }
            's' => self.fmt_s(b),
            'x' => self.fmt_sx(b, LDIGITS),
            'X' => self.fmt_sx(b, UDIGITS),
            'q' => self.fmt_q(b),
            _ => self.fmt_s(b),
        }
    }

    fn fmt_s(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        self.pad(&s);
    }

    fn truncate(&self, s: &[u8]) -> Vec<u8> {
        if let Some(p) = self.f.prec {
            let mut n = 0;
            let mut i = 0;
            while i < s.len() {
                if n == p {
                    return s[..i].to_vec();
                }
                let (_, w) = crate::vm::interp::decode_rune_at(s, i);
                i += w;
                n += 1;
            }
        }
        s.to_vec()
    }

    fn fmt_sx(&mut self, s: &[u8], digits: &[u8]) {
        let length = match self.f.prec {
            Some(p) if p < s.len() => p,
            _ => s.len(),
        };
        let mut out = Vec::new();
        for (i, &c) in s[..length].iter().enumerate() {
            if i > 0 && self.f.space {
                out.push(b' ');
            }
            if self.f.sharp && (i == 0 || self.f.space) {
                out.push(b'0');
                out.push(digits[16]);
            }
            out.push(digits[(c >> 4) as usize]);
            out.push(digits[(c & 0xF) as usize]);
        }
        self.pad(&out);
    }

    fn fmt_q(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        let text = String::from_utf8_lossy(&s);
        if self.f.sharp && can_backquote(&s) {
            let q = format!("`{text}`");
            self.pad(q.as_bytes());
            return;
        }
        let q = quote(&s, self.f.plus);
        self.pad(q.as_bytes());
    }

    fn fmt_pointer(&mut self, v: &Value, t: TypeId, verb: char) {
        let u: u64 = match v {
            Value::Nil => 0,
            Value::Ptr(p) => {
                Arc::as_ptr(&p.obj) as *const u8 as u64
                    + if p.idx == WHOLE { 0 } else { 8 * p.idx as u64 }
            }
            Value::Map(m) => Arc::as_ptr(m) as *const u8 as u64,
            Value::Func(f) => Arc::as_ptr(f) as *const u8 as u64,
            Value::Slice(s) => Arc::as_ptr(&s.obj) as *const u8 as u64 + 8 * s.off as u64,
            Value::Native(n) => Arc::as_ptr(n) as *const u8 as u64,
            _ => {
                self.bad_verb(verb, Some((v, t)));
                return;
            }
        };
        match verb {
            'v' => {
                if self.f.sharp_v {
                    self.buf.push(b'(');
                    let name = self.tt().go_name(t);
                    self.buf.extend_from_slice(name.as_bytes());
                    self.buf.extend_from_slice(b")(");
                    if u == 0 {
                        self.buf.extend_from_slice(b"nil");
                    } else {
                        self.fmt_0x64(u, true);
                    }
                    self.buf.push(b')');
                } else if u == 0 {
                    self.pad_str(b"<nil>");
                } else {
                    let sharp = !self.f.sharp;
                    self.fmt_0x64(u, sharp);
                }
            }
            'p' => {
                let sharp = !self.f.sharp;
                self.fmt_0x64(u, sharp);
            }
            'b' | 'o' | 'd' | 'x' | 'X' => {
                let (base, digits) = match verb {
                    'b' => (2, LDIGITS),
                    'o' => (8, LDIGITS),
                    'd' => (10, LDIGITS),
                    'x' => (16, LDIGITS),
                    _ => (16, UDIGITS),
                };
                self.fmt_integer_raw(u, base, false, verb, digits);
            }
            _ => self.bad_verb(verb, Some((v, t))),
        }
    }

    // ----- padding -----

    fn pad_str(&mut self, s: &[u8]) {
        self.pad(s);
    }

    fn pad(&mut self, b: &[u8]) {
        let Some(w) = self.f.wid.filter(|w| *w > 0) else {
            self.buf.extend_from_slice(b);
            return;
        };
        let n = String::from_utf8_lossy(b).chars().count();
        let width = w.saturating_sub(n);
        if !self.f.minus {
            self.write_padding(width);
            self.buf.extend_from_slice(b);
        } else {
            self.buf.extend_from_slice(b);
            self.write_padding(width);
        }
    }

    fn write_padding(&mut self, n: usize) {
        let c = if self.f.zero { b'0' } else { b' ' };
        self.buf.extend(std::iter::repeat_n(c, n));
    }
}

/// Whether values of dynamic type `t` have a method `name() string`.
pub fn has_method(img: &Image, t: TypeId, name: &str) -> bool {
    let tt = img.types();
    let vt = match tt.kind(t) {
        TypeKind::Named(n) => &tt.named[*n as usize].vtable,
        TypeKind::Pointer(e) => match tt.kind(*e) {
            TypeKind::Named(n) => &tt.named[*n as usize].ptr_vtable,
            _ => return false,
        },
        _ => return false,
    };
    vt.iter().any(|e| e.name == name && e.sig == FUNC_STRING)
}

/// The method `t` uses to describe itself to fmt: `Error` before `String`.
pub fn string_method(img: &Image, t: TypeId) -> Option<&'static str> {
    let tt = img.types();
    let vt = match tt.kind(t) {
        TypeKind::Named(n) => &tt.named[*n as usize].vtable,
        TypeKind::Pointer(e) => match tt.kind(*e) {
            TypeKind::Named(n) => &tt.named[*n as usize].ptr_vtable,
            _ => return None,
        },
        _ => return None,
    };
    if vt.iter().any(|e| e.name == "Error" && e.sig == FUNC_STRING) {
        return Some("Error");
    }
    if vt
        .iter()
        .any(|e| e.name == "String" && e.sig == FUNC_STRING)
    {
        return Some("String");
    }
    None
}

fn bytes_of(v: &Value) -> Vec<u8> {
    match v {
        Value::Slice(s) => s.to_bytes(),
        Value::Agg(o) => o.snapshot().iter().map(|x| x.as_int() as u8).collect(),
        _ => Vec::new(),
    }
}

fn push_char(buf: &mut Vec<u8>, c: char) {
    let mut b = [0u8; 4];
    buf.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
}

fn decode_char(s: &[u8]) -> (char, usize) {
    let (c, w) = crate::vm::interp::decode_rune_at(s, 0);
    (char::from_u32(c).unwrap_or('\u{FFFD}'), w)
}

fn parse_num(s: &[u8], mut i: usize) -> (Option<usize>, usize) {
    let start = i;
    let mut n: usize = 0;
    while i < s.len() && s[i].is_ascii_digit() {
        n = n.saturating_mul(10).saturating_add((s[i] - b'0') as usize);
        if n > 1_000_000 {
            return (None, s.len());
        }
        i += 1;
    }
    if i == start { (None, i) } else { (Some(n), i) }
}

/// Parses `[n]` at `i`: returns the new position, the argument number, and whether an
/// index was present.
fn arg_index(s: &[u8], i: usize, arg_num: usize, nargs: usize) -> (usize, usize, bool) {
    if i >= s.len() || s[i] != b'[' {
        return (i, arg_num, false);
    }
    let mut j = i + 1;
    while j < s.len() && s[j] != b']' {
        j += 1;
    }
    if j >= s.len() {
        return (i + 1, arg_num, false);
    }
    match std::str::from_utf8(&s[i + 1..j])
        .ok()
        .and_then(|t| t.parse::<usize>().ok())
    {
        Some(n) if n >= 1 && n <= nargs => (j + 1, n - 1, true),
        _ => (j + 1, nargs, true),
    }
}

fn int_from_arg(img: &Image, args: &[Value], n: usize) -> (Option<i64>, bool, usize) {
    if n >= args.len() {
        return (None, false, n);
    }
    match &args[n] {
        Value::Iface(iv) if img.types().is_integer(iv.ty) => (Some(iv.val.as_int()), true, n + 1),
        _ => (None, false, n + 1),
    }
}

// ----- floats (strconv.FormatFloat) -----

/// Go's `strconv.FormatFloat(x, verb, prec, size)` for verbs e E f F g G (and b x X as
/// Go prints them rarely: approximated by %e).
pub fn format_float(x: f64, verb: char, prec: Option<usize>, size: u32) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    if x.is_infinite() {
        return if x > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    let neg = x.is_sign_negative();
    let a = x.abs();
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    match verb {
        'e' | 'E' => {
            let (digits, dp) = match prec {
                Some(p) => round_digits(a, p + 1, size),
                None => shortest_digits(a, size),
            };
            let p = prec.unwrap_or(digits.len().saturating_sub(1));
            fmt_e(&mut out, &digits, dp, p, verb);
        }
        'f' | 'F' => match prec {
            Some(p) => out.push_str(&format!("{a:.p$}")),
            None => {
                let (digits, dp) = shortest_digits(a, size);
                let p = (digits.len() as i64 - dp as i64).max(0) as usize;
                fmt_f(&mut out, &digits, dp, p);
            }
        },
        'g' | 'G' => {
            let shortest = prec.is_none();
            let (mut digits, dp) = match prec {
                Some(p) => round_digits(a, p.max(1), size),
                None => shortest_digits(a, size),
            };
            // strconv's decimal form has no trailing zeros (%g never shows them).
            while digits.len() > 1 && digits.last() == Some(&b'0') {
                digits.pop();
            }
            let mut eprec = match prec {
                Some(p) => p.max(1),
                None => digits.len(),
            };
            if eprec > digits.len() && digits.len() as i64 >= dp as i64 {
                eprec = digits.len();
            }
            if shortest {
                eprec = 6;
            }
            let exp = dp as i64 - 1;
            if exp < -4 || exp >= eprec as i64 {
                let mut p = prec.map(|p| p.max(1)).unwrap_or(digits.len());
                if p > digits.len() {
                    p = digits.len();
                }
                fmt_e(
                    &mut out,
                    &digits,
                    dp,
                    p.saturating_sub(1),
                    if verb == 'g' { 'e' } else { 'E' },
                );
            } else {
                let mut p = prec.map(|p| p.max(1)).unwrap_or(digits.len());
                if p as i64 > dp as i64 {
                    p = digits.len();
                }
                fmt_f(
                    &mut out,
                    &digits,
                    dp,
                    (p as i64 - dp as i64).max(0) as usize,
                );
            }
        }
        'x' | 'X' => {
            out.truncate(0);
            return fmt_x(x, prec, verb, size);
        }
        'b' => {
            out.truncate(0);
            return fmt_b(x, size);
        }
        _ => {
            let (digits, dp) = shortest_digits(a, size);
            fmt_e(&mut out, &digits, dp, digits.len().saturating_sub(1), 'e');
        }
    }
    out
}

/// The mantissa and exponent of a float as strconv sees them: value = mant × 2^(exp-mantbits).
fn float_parts(x: f64, size: u32) -> (bool, u64, i64, u32) {
    let (bits, mantbits, expbits, bias) = if size == 32 {
        ((x as f32).to_bits() as u64, 23u32, 8u32, -127i64)
    } else {
        (x.to_bits(), 52, 11, -1023)
    };
    let neg = bits >> (mantbits + expbits) != 0;
    let mut exp = ((bits >> mantbits) & ((1 << expbits) - 1)) as i64;
    let mut mant = bits & ((1u64 << mantbits) - 1);
    if exp == 0 {
        exp += 1;
    } else {
        mant |= 1u64 << mantbits;
    }
    exp += bias;
    (neg, mant, exp, mantbits)
}

/// strconv's %x: `-0x1.yyyyp±dd`.
fn fmt_x(x: f64, prec: Option<usize>, verb: char, size: u32) -> String {
    let (neg, mut mant, mut exp, mantbits) = float_parts(x, size);
    if mant == 0 {
        exp = 0;
    }
    mant <<= 60 - mantbits;
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    let prec = prec.map(|p| p as i64).unwrap_or(-1);
    if (0..15).contains(&prec) {
        let shift = (prec * 4) as u32;
        let extra = (mant << shift) & ((1u64 << 60) - 1);
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
    let hex: &[u8] = if verb == 'X' {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    out.push('0');
    out.push(verb);
    out.push((b'0' + ((mant >> 60) & 1) as u8) as char);
    mant <<= 4;
    if prec < 0 && mant != 0 {
        out.push('.');
        while mant != 0 {
            out.push(hex[((mant >> 60) & 15) as usize] as char);
            mant <<= 4;
        }
    } else if prec > 0 {
        out.push('.');
        for _ in 0..prec {
            out.push(hex[((mant >> 60) & 15) as usize] as char);
            mant <<= 4;
        }
    }
    out.push(if verb == 'X' { 'P' } else { 'p' });
    out.push(if exp < 0 { '-' } else { '+' });
    let e = exp.unsigned_abs();
    if e < 100 {
        out.push_str(&format!("{e:02}"));
    } else {
        out.push_str(&e.to_string());
    }
    out
}

/// strconv's %b: `-ddddp±ddd` (decimal mantissa, binary exponent).
fn fmt_b(x: f64, size: u32) -> String {
    let (neg, mant, exp, mantbits) = float_parts(x, size);
    let exp = exp - mantbits as i64;
    format!(
        "{}{}p{}{}",
        if neg { "-" } else { "" },
        mant,
        if exp >= 0 { "+" } else { "-" },
        exp.unsigned_abs()
    )
}

/// The shortest decimal digits that read back as `a`, and the decimal point position
/// (value = 0.DIGITS × 10^dp). Zero gives ("0", 1).
fn shortest_digits(a: f64, size: u32) -> (Vec<u8>, i32) {
    if a == 0.0 {
        return (vec![b'0'], 1);
    }
    let s = if size == 32 {
        format!("{:e}", a as f32)
    } else {
        format!("{a:e}")
    };
    let (mut digits, dp) = parse_sci(&s);
    // When the exact value lies exactly halfway between two shortest candidates, Go
    // (strconv's ryu) takes the one with the even last digit; Rust may take the other.
    let n = digits.len();
    if n >= 2 && (digits[n - 1] - b'0') % 2 == 1 {
        let exact = if size == 32 {
            format!("{:.120e}", a as f32)
        } else {
            format!("{a:.800e}")
        };
        let (ex, edp) = parse_sci(&exact);
        if edp == dp && ex.len() > n {
            let rest = &ex[n..];
            let tie = rest[0] == b'5' && rest[1..].iter().all(|&d| d == b'0');
            if tie {
                // The candidates are the truncation and the truncation plus one.
                let trunc = &ex[..n];
                let alt: Vec<u8> = if trunc == &digits[..] {
                    increment(trunc)
                } else {
                    trunc.to_vec()
                };
                if alt.len() == n && (alt[n - 1] - b'0').is_multiple_of(2) {
                    let text = format!(
                        "{}.{}e{}",
                        alt[0] as char,
                        String::from_utf8_lossy(&alt[1..]),
                        dp - 1
                    );
                    let back_ok = if size == 32 {
                        text.parse::<f32>().is_ok_and(|v| v == a as f32)
                    } else {
                        text.parse::<f64>().is_ok_and(|v| v == a)
                    };
                    if back_ok {
                        digits = alt;
                    }
                }
            }
        }
    }
    (digits, dp)
}

/// Adds one to a string of decimal digits (without changing its length unless it
/// overflows, which the caller rejects).
fn increment(d: &[u8]) -> Vec<u8> {
    let mut v = d.to_vec();
    for i in (0..v.len()).rev() {
        if v[i] == b'9' {
            v[i] = b'0';
        } else {
            v[i] += 1;
            return v;
        }
    }
    v.insert(0, b'1');
    v
}

/// `a` rounded to `n` significant digits (exactly, ties to even).
fn round_digits(a: f64, n: usize, size: u32) -> (Vec<u8>, i32) {
    if a == 0.0 {
        return (vec![b'0'; n.max(1)], 1);
    }
    let s = if size == 32 {
        format!("{:.*e}", n.saturating_sub(1), a as f32)
    } else {
        format!("{:.*e}", n.saturating_sub(1), a)
    };
    parse_sci(&s)
}

/// "1.2345e6" → (b"12345", 7)
fn parse_sci(s: &str) -> (Vec<u8>, i32) {
    let (m, e) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i32 = e.parse().unwrap_or(0);
    let digits: Vec<u8> = m.bytes().filter(|b| b.is_ascii_digit()).collect();
    (digits, exp + 1)
}

fn fmt_e(out: &mut String, digits: &[u8], dp: i32, prec: usize, verb: char) {
    out.push(digits.first().map(|&d| d as char).unwrap_or('0'));
    if prec > 0 {
        out.push('.');
        for i in 1..=prec {
            out.push(digits.get(i).map(|&d| d as char).unwrap_or('0'));
        }
    }
    out.push(if verb == 'E' { 'E' } else { 'e' });
    let exp = if digits.iter().all(|&d| d == b'0') {
        0
    } else {
        dp - 1
    };
    out.push(if exp < 0 { '-' } else { '+' });
    let e = exp.unsigned_abs();
    if e < 10 {
        out.push('0');
    }
    out.push_str(&e.to_string());
}

fn fmt_f(out: &mut String, digits: &[u8], dp: i32, prec: usize) {
    if dp > 0 {
        for i in 0..dp as usize {
            out.push(digits.get(i).map(|&d| d as char).unwrap_or('0'));
        }
    } else {
        out.push('0');
    }
    if prec > 0 {
        out.push('.');
        for i in 0..prec {
            let j = dp as i64 + i as i64;
            let d = if j < 0 {
                b'0'
            } else {
                digits.get(j as usize).copied().unwrap_or(b'0')
            };
            out.push(d as char);
        }
    }
}

/// The `#` flag on floats (fmt/format.go fmtFloat): keep the decimal point, and for %g
/// and %v pad to `prec` significant digits (6 by default).
fn sharp_float(num: Vec<u8>, verb: char, prec: Option<usize>) -> Vec<u8> {
    let mut digits: i64 = match verb {
        'v' | 'g' | 'G' | 'x' => prec.map(|p| p as i64).unwrap_or(6),
        _ => 0,
    };
    let mut num = num;
    let mut tail: Vec<u8> = Vec::new();
    let mut has_point = false;
    let mut saw_nonzero = false;
    let mut i = 1;
    while i < num.len() {
        match num[i] {
            b'.' => has_point = true,
            b'p' | b'P' => {
                tail.extend_from_slice(&num[i..]);
                num.truncate(i);
                break;
            }
            b'e' | b'E' if verb != 'x' && verb != 'X' => {
                tail.extend_from_slice(&num[i..]);
                num.truncate(i);
                break;
            }
            c => {
                if c != b'0' {
                    saw_nonzero = true;
                }
                if saw_nonzero {
                    digits -= 1;
                }
            }
        }
        i += 1;
    }
    if !has_point {
        // A leading digit 0 counts once.
        if num.len() == 2 && num[1] == b'0' {
            digits -= 1;
        }
        num.push(b'.');
    }
    while digits > 0 {
        num.push(b'0');
        digits -= 1;
    }
    num.extend_from_slice(&tail);
    num
}

// ----- quoting (strconv.Quote) -----

/// Go's `strconv.IsPrint`, from Go's own Unicode tables (so `%q` escapes exactly the
/// code points Go escapes, whatever Unicode version Rust's std knows).
pub fn is_print(c: char) -> bool {
    crate::runtime::lib::unicode::is_print(c as i64)
}

pub fn quote(s: &[u8], ascii: bool) -> String {
    let mut out = String::from("\"");
    let mut i = 0;
    while i < s.len() {
        let (c, w) = crate::vm::interp::decode_rune_at(s, i);
        if c == 0xFFFD && w == 1 && !(s.len() >= i + 3 && &s[i..i + 3] == "\u{FFFD}".as_bytes()) {
            out.push_str(&format!("\\x{:02x}", s[i]));
            i += 1;
            continue;
        }
        let ch = char::from_u32(c).unwrap_or('\u{FFFD}');
        append_escaped(&mut out, ch, '"', ascii);
        i += w;
    }
    out.push('"');
    out
}

pub fn quote_rune(c: char, ascii: bool) -> String {
    let mut out = String::from("'");
    append_escaped(&mut out, c, '\'', ascii);
    out.push('\'');
    out
}

fn append_escaped(out: &mut String, c: char, quote: char, ascii: bool) {
    if c == quote || c == '\\' {
        out.push('\\');
        out.push(c);
        return;
    }
    if ascii {
        if (c as u32) < 0x80 && is_print(c) {
            out.push(c);
            return;
        }
    } else if is_print(c) {
        out.push(c);
        return;
    }
    match c {
        '\x07' => out.push_str("\\a"),
        '\x08' => out.push_str("\\b"),
        '\x0c' => out.push_str("\\f"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        '\x0b' => out.push_str("\\v"),
        c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
        c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
        c => out.push_str(&format!("\\U{:08x}", c as u32)),
    }
}

fn can_backquote(s: &[u8]) -> bool {
    let Ok(t) = std::str::from_utf8(s) else {
        return false;
    };
    t.chars()
        .all(|c| c != '`' && c != '\u{FEFF}' && (c == '\t' || !c.is_control()))
}

// ----- map key order (internal/fmtsort) -----

pub fn compare_keys(img: &Image, a: &Value, b: &Value, t: TypeId) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    let tt = img.types();
    match tt.under(t) {
        TypeKind::Basic(bk) => match bk {
            Basic::String => a.as_bytes().cmp(b.as_bytes()),
            Basic::Float32 | Basic::Float64 => {
                let (x, y) = (a.as_float(), b.as_float());
                match (x.is_nan(), y.is_nan()) {
                    (true, true) => Ordering::Equal,
                    (true, false) => Ordering::Less,
                    (false, true) => Ordering::Greater,
                    _ => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
                }
            }
            Basic::Bool => a.as_bool().cmp(&b.as_bool()),
            bk if bk.is_unsigned() => (a.as_int() as u64).cmp(&(b.as_int() as u64)),
            _ => a.as_int().cmp(&b.as_int()),
        },
        TypeKind::Struct(fields) => {
            let (xs, ys) = match (a, b) {
                (Value::Agg(x), Value::Agg(y)) => (x.snapshot(), y.snapshot()),
                _ => return Ordering::Equal,
            };
            for (i, f) in fields.iter().enumerate() {
                let o = compare_keys(img, &xs[i], &ys[i], f.ty);
                if o != Ordering::Equal {
                    return o;
                }
            }
            Ordering::Equal
        }
        TypeKind::Array(_, e) => {
            let (xs, ys) = match (a, b) {
                (Value::Agg(x), Value::Agg(y)) => (x.snapshot(), y.snapshot()),
                _ => return Ordering::Equal,
            };
            for (x, y) in xs.iter().zip(&ys) {
                let o = compare_keys(img, x, y, *e);
                if o != Ordering::Equal {
                    return o;
                }
            }
            Ordering::Equal
        }
        TypeKind::Interface(_) => match (a, b) {
            (Value::Nil, Value::Nil) => Ordering::Equal,
            (Value::Nil, _) => Ordering::Less,
            (_, Value::Nil) => Ordering::Greater,
            (Value::Iface(x), Value::Iface(y)) => {
                if x.ty != y.ty {
                    return x.ty.cmp(&y.ty);
                }
                compare_keys(img, &x.val, &y.val, x.ty)
            }
            _ => Ordering::Equal,
        },
        _ => {
            let addr = |v: &Value| -> u64 {
                match v {
                    Value::Ptr(p) => Arc::as_ptr(&p.obj) as *const u8 as u64 + p.idx as u64,
                    Value::Native(n) => Arc::as_ptr(n) as *const u8 as u64,
                    _ => 0,
                }
            };
            addr(a).cmp(&addr(b))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_like_go() {
        let g = |x: f64| format_float(x, 'g', None, 64);
        assert_eq!(g(1e6), "1e+06");
        assert_eq!(g(123456.0), "123456");
        assert_eq!(g(1234567.0), "1.234567e+06");
        assert_eq!(g(1e-4), "0.0001");
        assert_eq!(g(1e-5), "1e-05");
        assert_eq!(g(0.30000000000000004), "0.30000000000000004");
        assert_eq!(g(3.0), "3");
        assert_eq!(g(1e100), "1e+100");
        assert_eq!(format_float(0.1f32 as f64, 'g', None, 32), "0.1");
        assert_eq!(format_float(123.456, 'e', Some(6), 64), "1.234560e+02");
        assert_eq!(format_float(1.0 / 3.0, 'f', Some(6), 64), "0.333333");
        assert_eq!(format_float(1.23456, 'g', Some(3), 64), "1.23");
        assert_eq!(format_float(1e-7, 'G', None, 64), "1E-07");
        assert_eq!(format_float(12345.678, 'E', Some(6), 64), "1.234568E+04");
        assert_eq!(format_float(0.0, 'g', None, 64), "0");
        assert_eq!(format_float(100.0, 'e', Some(2), 64), "1.00e+02");
    }

    #[test]
    fn quoting() {
        assert_eq!(quote(b"a\"b", false), "\"a\\\"b\"");
        assert_eq!(quote("سلام\n".as_bytes(), false), "\"سلام\\n\"");
        assert_eq!(quote(&[0xff], false), "\"\\xff\"");
        assert_eq!(quote_rune('B', false), "'B'");
    }
}
