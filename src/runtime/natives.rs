//! The table of native functions: library functions declared without a body in
//! `src/stdlib/*.go`, by their full name (`fmt.render`, `strings.Index`,
//! `strings.(*Builder).WriteString`).
//!
//! A native receives its arguments in `args[0..nparams]` and writes its results to
//! `args[0..nresults]` (the slice is as long as the larger of the two).

use std::collections::HashMap;
use std::sync::{Arc, LazyLock};

use super::fmt::{Methods, Printer};
use crate::check::types::*;
use crate::vm::Trap;
use crate::vm::image::Image;
use crate::vm::value::*;

pub type NativeFn = fn(&mut NativeCtx<'_>, &mut [Value]) -> Result<(), Trap>;

/// What a native function can reach besides its arguments.
pub struct NativeCtx<'a> {
    pub img: &'a Image,
    /// The calling goroutine.
    pub gid: u64,
    /// The scheduler: waking goroutines, timers, the clock.
    pub host: &'a mut dyn crate::vm::Host,
    /// The calling goroutine's frames (the caller on top), for call sites in reports.
    pub frames: &'a [crate::vm::goroutine::Frame],
    /// When a `defer` statement runs this native directly: where that statement is.
    pub defer_site: u64,
}

impl NativeCtx<'_> {
    /// Where the native was called from, as `crate::detect::site` encodes it: the
    /// innermost frame in the user's code (a `sync.Cond.Signal` is a library function
    /// calling the native; the report wants the user's call).
    pub fn site(&self) -> u64 {
        let user = |f: &&crate::vm::goroutine::Frame| {
            let proto = &self.img.prog.funcs[f.func as usize];
            !self.img.prog.files[proto.file as usize]
                .name
                .starts_with('$')
        };
        match self.frames.iter().rev().find(user) {
            Some(f)
                if self.frames.last().is_some_and(|l| std::ptr::eq(l, f))
                    && self.defer_site != 0 =>
            {
                self.defer_site
            }
            Some(f) => crate::detect::site(f.func, f.pc),
            None => 0,
        }
    }
}

static TABLE: LazyLock<HashMap<&'static str, NativeFn>> = LazyLock::new(|| {
    let mut m: HashMap<&'static str, NativeFn> = HashMap::new();
    for (name, f) in core_natives() {
        m.insert(name, f);
    }
    for (name, f) in super::lib::natives() {
        m.insert(name, f);
    }
    for (name, f) in super::sync::natives() {
        m.insert(name, f);
    }
    for (name, f) in super::time::natives() {
        m.insert(name, f);
    }
    m
});

pub fn lookup(name: &str) -> Option<NativeFn> {
    TABLE.get(name).copied()
}

/// `len` of a native object (channels, later).
pub fn native_len(_n: &Arc<dyn NativeObject>) -> usize {
    0
}

pub fn native_cap(_n: &Arc<dyn NativeObject>) -> usize {
    0
}

fn core_natives() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("fmt.collect", fmt_collect),
        ("fmt.isNilPointer", fmt_is_nil_pointer),
        ("fmt.render", fmt_render),
        ("fmt.wrapIndex", fmt_wrap_index),
        ("fmt.writeStdout", write_stdout),
        ("os.writeFd", os_write_fd),
        ("os.Exit", os_exit),
        ("os.args", os_args),
        ("os.Getenv", os_getenv),
        ("errors.comparable", errors_comparable),
        ("errors.asTarget", errors_as_target),
        ("runtime.GOMAXPROCS", runtime_gomaxprocs),
        ("runtime.NumGoroutine", runtime_num_goroutine),
        ("runtime.NumCPU", runtime_num_cpu),
        ("runtime.Gosched", runtime_gosched),
        ("runtime.Goexit", runtime_goexit),
        ("runtime.printValue", runtime_print_value),
    ]
}

// ----- fmt -----

/// `collect(mode int, format string, a []any) []any`: the values whose Error or String
/// method the printing of `a` needs, in order.
fn fmt_collect(ctx: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let mode = args[0].as_int();
    let format = args[1].as_bytes().to_vec();
    let a = slice_values(&args[2]);
    let mut p = Printer::new(ctx.img, Methods::Collect(Vec::new()));
    run_printer(&mut p, mode, &format, &a);
    let found = p.into_collected();
    let mut kinds = Vec::with_capacity(found.len() * 2);
    let mut vals = Vec::with_capacity(found.len());
    for (v, method, verb) in found {
        vals.push(v);
        kinds.push(method);
        kinds.push(verb);
    }
    args[0] = if vals.is_empty() {
        Value::Nil
    } else {
        slice_of(vals)
    };
    args[1] = Value::bytes_str(&kinds);
    Ok(())
}

/// `isNilPointer(v any) bool`: a nil pointer in an interface (fmt prints `<nil>` when
/// such a receiver's method panics).
fn fmt_is_nil_pointer(_: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let nil = matches!(&args[0], Value::Iface(iv) if iv.val.is_nil());
    args[0] = Value::Bool(nil);
    Ok(())
}

/// `render(mode int, format string, a []any, strs []string) string`.
fn fmt_render(ctx: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let mode = args[0].as_int();
    let format = args[1].as_bytes().to_vec();
    let a = slice_values(&args[2]);
    let strs = slice_values(&args[3]);
    let mut p = Printer::new(ctx.img, Methods::Render(&strs, 0));
    run_printer(&mut p, mode, &format, &a);
    args[0] = Value::Str(Arc::from(p.buf));
    Ok(())
}

/// Modes shared with `stdlib/fmt.go`.
pub const MODE_PRINTF: i64 = 0;
pub const MODE_PRINT: i64 = 1;
pub const MODE_PRINTLN: i64 = 2;
pub const MODE_ERRORF: i64 = 3;

fn run_printer(p: &mut Printer<'_>, mode: i64, format: &[u8], a: &[Value]) {
    match mode {
        MODE_PRINT => p.do_print(a),
        MODE_PRINTLN => p.do_println(a),
        MODE_ERRORF => {
            p.wrap_errs = true;
            p.do_printf(format, a)
        }
        _ => p.do_printf(format, a),
    }
}

/// `wrapIndex(format string) int`: the argument index of the first `%w`, or -1.
fn fmt_wrap_index(_: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let f = args[0].as_bytes();
    let mut idx = 0i64;
    let mut i = 0;
    let mut found = -1;
    while i < f.len() {
        if f[i] != b'%' {
            i += 1;
            continue;
        }
        i += 1;
        // Skip flags, width and precision (with `*` consuming arguments).
        while i < f.len() && b"#0+- .0123456789*[]".contains(&f[i]) {
            if f[i] == b'*' {
                idx += 1;
            }
            i += 1;
        }
        if i >= f.len() {
            break;
        }
        match f[i] {
            b'%' => {}
            b'w' => {
                found = idx;
                break;
            }
            _ => idx += 1,
        }
        i += 1;
    }
    args[0] = Value::Int(found);
    Ok(())
}

fn write_stdout(ctx: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    ctx.img.write_stdout(args[0].as_bytes());
    Ok(())
}

// ----- os -----

/// `writeFd(fd int, b []byte)`
fn os_write_fd(ctx: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let bytes = match &args[1] {
        Value::Slice(s) => s.to_bytes(),
        Value::Str(s) => s.to_vec(),
        _ => Vec::new(),
    };
    match args[0].as_int() {
        2 => ctx.img.write_stderr(&bytes),
        _ => ctx.img.write_stdout(&bytes),
    }
    Ok(())
}

fn os_exit(_: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    Err(Trap::Exit(args[0].as_int() as i32))
}

fn os_args(ctx: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let list: Vec<Value> = ctx.img.args.iter().map(|a| Value::str(a)).collect();
    args[0] = slice_of(list);
    Ok(())
}

fn os_getenv(_: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let key = String::from_utf8_lossy(args[0].as_bytes()).into_owned();
    args[0] = Value::str(&std::env::var(key).unwrap_or_default());
    Ok(())
}

// ----- errors -----

/// `comparable(v any) bool`: whether the dynamic type of v supports ==.
fn errors_comparable(ctx: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let ok = match &args[0] {
        Value::Iface(iv) => ctx.img.types().comparable(iv.ty),
        _ => true,
    };
    args[0] = Value::Bool(ok);
    Ok(())
}

/// `asTarget(err error, target any) bool`: if err's dynamic type fits the type target
/// points to, stores err there (errors.As). A bad target panics as in Go.
fn errors_as_target(ctx: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let tt = ctx.img.types();
    let Value::Iface(target) = &args[1] else {
        return Err(Trap::Panic(Value::iface_str(
            "errors: target cannot be nil",
        )));
    };
    let Some(elem) = tt.pointer_elem(target.ty) else {
        return Err(Trap::Panic(Value::iface_str(
            "errors: target must be a non-nil pointer",
        )));
    };
    let Value::Ptr(p) = &target.val else {
        return Err(Trap::Panic(Value::iface_str(
            "errors: target must be a non-nil pointer",
        )));
    };
    let Value::Iface(err) = &args[0] else {
        args[0] = Value::Bool(false);
        return Ok(());
    };
    let fits = if tt.is_interface(elem) {
        ctx.img.implements(err.ty, elem)
    } else {
        err.ty == elem
    };
    if fits {
        let v = if tt.is_interface(elem) {
            Value::Iface(err.clone())
        } else {
            err.val.clone()
        };
        if p.idx == WHOLE {
            if let Value::Agg(src) = &v {
                copy_into(&p.obj, src);
            }
        } else {
            p.obj.set(p.idx as usize, v);
        }
    }
    args[0] = Value::Bool(fits);
    Ok(())
}

// ----- runtime -----

fn runtime_gomaxprocs(ctx: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let n = args[0].as_int();
    args[0] = Value::Int(ctx.host.gomaxprocs(n));
    Ok(())
}

fn runtime_num_goroutine(ctx: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    args[0] = Value::Int(ctx.host.num_goroutine() as i64);
    Ok(())
}

/// `Gosched()`: yields the processor (to the back of the global queue, as Go does).
fn runtime_gosched(_: &mut NativeCtx<'_>, _: &mut [Value]) -> Result<(), Trap> {
    Err(Trap::Park(Box::new(
        crate::vm::goroutine::ParkRequest::Yield,
    )))
}

/// `Goexit()`: unwinds the goroutine through its deferred calls and ends it.
fn runtime_goexit(_: &mut NativeCtx<'_>, _: &mut [Value]) -> Result<(), Trap> {
    Err(Trap::Goexit)
}

fn runtime_num_cpu(_: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let n = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    args[0] = Value::Int(n as i64);
    Ok(())
}

/// `printValue(v any) string`: a panic value without methods, as Go prints it.
fn runtime_print_value(ctx: &mut NativeCtx<'_>, args: &mut [Value]) -> Result<(), Trap> {
    let s = super::print::panic_value(ctx.img, &args[0]);
    args[0] = Value::str(&s);
    Ok(())
}

/// Helpers for natives that build values.
pub fn int_type_is_unsigned(tt: &TypeTable, t: TypeId) -> bool {
    tt.is_unsigned(t)
}
