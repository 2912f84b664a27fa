//! Panics: unwinding frames through their deferred calls, `recover`, and the report of a
//! panic nobody recovered.
//!
//! The protocol, as in Go's runtime/panic.go:
//! 1. A trap becomes a `PanicRecord`; the stack at that moment is kept for the report.
//! 2. `unwind` runs the top frame's deferred calls one at a time, each as an ordinary
//!    frame of kind `PanicDeferred`, and pops frames that have none left.
//! 3. A deferred call that calls `recover` marks the panic recovered; when it returns, the
//!    frame that deferred it resumes at its epilogue (remaining defers, then return).
//! 4. If the frames run out, the goroutine dies: the panic values are turned into text
//!    (calling their `Error` or `String` methods as frames of kind `PanicPrint`), the
//!    report is printed and the program exits with status 2.

use std::cell::RefCell;
use std::fmt::Write;

use super::goroutine::{Dying, FrameKind, Goroutine, PanicRecord};
use super::image::Image;
use super::interp::{Outcome, enter, run_deferred};
use super::value::*;
use super::{Host, Trap};

/// Traces longer than this keep only their first and last halves (as Go's do).
const TRACE_KEEP: usize = 100;

/// What a native knew when it panicked, shown by the panic report.
#[derive(Debug)]
pub enum PanicNote {
    /// `sync: negative WaitGroup counter`: the counter and every Add and Done since the
    /// counter was last zero before it went negative.
    NegativeWaitGroup {
        counter: i64,
        ledger: crate::runtime::sync::WgLedger,
        /// The call that made it negative (`crate::detect::site`).
        site: u64,
    },
}

thread_local! {
    /// A note for the panic the current native is about to raise. The trap goes straight
    /// back to `handle` on the same thread, which takes it for the new panic.
    static NOTE: RefCell<Option<PanicNote>> = const { RefCell::new(None) };
}

/// Attaches a note to the panic the calling native is about to return as a trap.
pub fn set_note(note: PanicNote) {
    NOTE.with(|n| *n.borrow_mut() = Some(note));
}

/// Handles a trap: returns an outcome if the goroutine stops, None if it runs on (in a
/// deferred call).
pub fn handle(img: &Image, g: &mut Goroutine, trap: Trap, host: &mut dyn Host) -> Option<Outcome> {
    match trap {
        Trap::Exit(code) => {
            img.flush_stdout();
            Some(Outcome::Exit(code))
        }
        Trap::Fatal(msg) => {
            let mut out = format!("fatal error: {msg}\n\n");
            let trace = capture(img, g).0;
            if let Some(report) = crate::detect::fatal_report(img, g, &msg, &trace) {
                out.push_str(&report);
                out.push('\n');
            }
            out.push_str(&trace_text(img, g.id, &trace, 0));
            out.push_str(&created_by(img, g));
            img.write_stderr(out.as_bytes());
            Some(Outcome::Exit(2))
        }
        Trap::StackOverflow => {
            let mut out = String::from(
                "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\n",
            );
            let (trace, elided) = capture(img, g);
            out.push_str(&trace_text(img, g.id, &trace, elided));
            img.write_stderr(out.as_bytes());
            Some(Outcome::Exit(2))
        }
        Trap::Panic(v) => start(img, g, v, false, host),
        Trap::RuntimeError(msg) => {
            let v = img.runtime_error(&msg);
            start(img, g, v, true, host)
        }
        Trap::RuntimePlain(msg) => {
            let v = img.runtime_error_plain(&msg);
            start(img, g, v, true, host)
        }
        Trap::Park(_) => Some(Outcome::Exit(2)),
        Trap::Goexit => goexit(img, g, host),
    }
}

/// `runtime.Goexit`: runs the goroutine's deferred calls, innermost frame first, each as
/// a frame of kind `GoexitDeferred` (whose return comes back here), then ends it.
pub fn goexit(img: &Image, g: &mut Goroutine, host: &mut dyn Host) -> Option<Outcome> {
    loop {
        let Some(frame) = g.frames.last() else {
            return Some(Outcome::Goexit);
        };
        if g.defers.len() > frame.defer_mark as usize {
            let d = g.defers.pop().expect("checked");
            let top = frame.base as usize + img.prog.funcs[frame.func as usize].nregs as usize;
            match run_deferred(img, g, d, top, FrameKind::GoexitDeferred, host) {
                Ok(true) => return None,
                Ok(false) => continue,
                Err(t) => return handle(img, g, t, host),
            }
        }
        let f = g.frames.pop().expect("checked");
        g.defers.truncate(f.defer_mark as usize);
    }
}

fn start(
    img: &Image,
    g: &mut Goroutine,
    value: Value,
    runtime_error: bool,
    host: &mut dyn Host,
) -> Option<Outcome> {
    if g.dying().is_some() {
        // A panic while formatting a fatal panic: report what is known.
        return Some(print_and_exit(img, g));
    }
    // Taken for every panic, so that a note can never outlive the panic it was made for.
    let note = NOTE.with(|n| n.borrow_mut().take()).map(Box::new);
    let (mut trace, mut elided) = capture(img, g);
    let mut earlier_at = None;
    // A panic inside a deferred call of an earlier panic: Go's trace still shows the
    // earlier panic's frames below the deferred call (they are not unwound in Go yet).
    if let Some(prev) = g.panics().last() {
        let deferred_depth = g
            .frames
            .iter()
            .rposition(|f| matches!(f.kind, FrameKind::PanicDeferred { .. }));
        if let Some(d) = deferred_depth {
            let above = g.frames[d..]
                .iter()
                .rev()
                .filter(|f| !img.prog.funcs[f.func as usize].hidden)
                .count();
            trace.truncate(above);
            earlier_at = Some(trace.len());
            trace.extend(prev.trace.iter().copied());
            elided = prev.elided;
        }
    }
    g.panics_mut().push(PanicRecord {
        value,
        recovered: false,
        aborted: false,
        runtime_error,
        trace,
        elided,
        earlier_at,
        note,
    });
    unwind(img, g, host)
}

/// Runs deferred calls and pops frames until a deferred call is running (None) or the
/// goroutine has no frames left (it dies).
fn unwind(img: &Image, g: &mut Goroutine, host: &mut dyn Host) -> Option<Outcome> {
    loop {
        let Some(frame) = g.frames.last() else {
            return start_dying(img, g, host);
        };
        if g.defers.len() > frame.defer_mark as usize {
            let d = g.defers.pop().expect("checked");
            let top = frame.base as usize + img.prog.funcs[frame.func as usize].nregs as usize;
            let panic = (g.panics().len() - 1) as u32;
            match run_deferred(img, g, d, top, FrameKind::PanicDeferred { panic }, host) {
                Ok(true) => return None,
                Ok(false) => continue,
                Err(t) => return handle(img, g, t, host),
            }
        }
        let f = g.frames.pop().expect("checked");
        if let FrameKind::PanicDeferred { panic } = f.kind {
            // The deferred call of an earlier panic is being unwound by a newer one.
            if let Some(p) = g.panics_mut().get_mut(panic as usize) {
                p.aborted = true;
            }
        }
        g.defers.truncate(f.defer_mark as usize);
    }
}

/// `recover()`: the value of the current panic, if called directly by a deferred call
/// that this panic is running; nil otherwise.
pub fn recover(g: &mut Goroutine) -> Value {
    let Some(f) = g.frames.last() else {
        return Value::Nil;
    };
    if let FrameKind::PanicDeferred { panic } = f.kind
        && panic as usize + 1 == g.panics().len()
    {
        let rec = &mut g.panics_mut()[panic as usize];
        if !rec.recovered {
            rec.recovered = true;
            return rec.value.clone();
        }
    }
    Value::Nil
}

/// A deferred call run by a panic returned: resume normally if it recovered the panic,
/// else keep unwinding.
pub fn after_panic_defer(
    img: &Image,
    g: &mut Goroutine,
    host: &mut dyn Host,
) -> Result<Option<Outcome>, Trap> {
    let recovered = g.panics().last().is_some_and(|p| p.recovered);
    if !recovered {
        return Ok(unwind(img, g, host));
    }
    g.panics_mut().pop();
    while g.panics().last().is_some_and(|p| p.aborted) {
        g.panics_mut().pop();
    }
    let Some(frame) = g.frames.last_mut() else {
        return Ok(Some(Outcome::Done));
    };
    match img.prog.funcs[frame.func as usize].epilogue {
        Some(e) => frame.pc = e,
        None => {
            return Err(Trap::Fatal(
                "minigo internal error: recovery without an epilogue".into(),
            ));
        }
    }
    Ok(None)
}

fn start_dying(img: &Image, g: &mut Goroutine, host: &mut dyn Host) -> Option<Outcome> {
    g.cold().dying = Some(Dying { texts: Vec::new() });
    next_text(img, g, host)
}

/// Computes the text of the next panic value, calling its method if it has one.
fn next_text(img: &Image, g: &mut Goroutine, host: &mut dyn Host) -> Option<Outcome> {
    loop {
        let i = g.dying().map(|d| d.texts.len()).unwrap_or(0);
        if i >= g.panics().len() {
            return Some(print_and_exit(img, g));
        }
        let v = g.panics()[i].value.clone();
        if let Value::Iface(iv) = &v {
            let method = ["Error", "String"].iter().find_map(|name| {
                let id = img.prog.method_id(name)?;
                let (f, deref) = img.method(iv.ty, id)?;
                let sig = img.prog.funcs[f as usize].nresults;
                (sig == 1 && crate::runtime::fmt::has_method(img, iv.ty, name))
                    .then_some((f, deref))
            });
            if let Some((f, deref)) = method {
                let recv = if deref {
                    match &iv.val {
                        Value::Ptr(p) if p.idx == WHOLE => Value::Agg(p.obj.clone()),
                        Value::Ptr(p) => p.obj.get(p.idx as usize),
                        _ => Value::Nil,
                    }
                } else {
                    iv.val.clone()
                };
                if g.stack.is_empty() {
                    g.stack.push(Value::Nil);
                }
                g.stack[0] = recv;
                match enter(img, g, f, 0, 0, None, FrameKind::PanicPrint, host) {
                    Ok(true) => return None,
                    Ok(false) => {
                        let t = String::from_utf8_lossy(g.stack[0].as_bytes()).into_owned();
                        if let Some(d) = g.dying_mut() {
                            d.texts.push(t);
                        }
                        continue;
                    }
                    Err(_) => return Some(print_and_exit(img, g)),
                }
            }
        }
        let t = crate::runtime::print::panic_value(img, &v);
        if let Some(d) = g.dying_mut() {
            d.texts.push(t);
        }
    }
}

/// A `PanicPrint` call returned its string into `stack[dst]`.
pub fn after_print_call(
    img: &Image,
    g: &mut Goroutine,
    dst: usize,
    host: &mut dyn Host,
) -> Option<Outcome> {
    let t = String::from_utf8_lossy(g.stack[dst].as_bytes()).into_owned();
    if let Some(d) = g.dying_mut() {
        d.texts.push(t);
    }
    next_text(img, g, host)
}

fn print_and_exit(img: &Image, g: &mut Goroutine) -> Outcome {
    let texts = g.dying().map(|d| d.texts.clone()).unwrap_or_default();
    let mut out = String::new();
    for (i, p) in g.panics().iter().enumerate() {
        if i > 0 {
            out.push('\t');
        }
        let text = texts.get(i).cloned().unwrap_or_else(|| "?".into());
        let _ = write!(out, "panic: {text}");
        if p.recovered {
            out.push_str(" [recovered]");
        }
        out.push('\n');
        if p.runtime_error && text.contains("nil pointer dereference") {
            out.push_str("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
        }
    }
    out.push('\n');
    // Go's lines above; minigo's explanation on the source, then Go's trace.
    out.push_str(&crate::detect::panic_report(img, g, &texts));
    out.push('\n');
    if let Some(p) = g.panics().last() {
        out.push_str(&trace_text(img, g.id, &p.trace, p.elided));
    }
    out.push_str(&created_by(img, g));
    img.write_stderr(out.as_bytes());
    Outcome::Exit(2)
}

/// Go's "created by" lines for a goroutine other than main.
fn created_by(img: &Image, g: &Goroutine) -> String {
    crate::detect::created_by_text(img, g.id, g.started_at, g.parent)
}

/// The goroutine's frames as (function, line), innermost first, without hidden ones.
pub fn capture(img: &Image, g: &Goroutine) -> (Vec<(u32, u32)>, usize) {
    let frames: Vec<(u32, u32)> = g
        .frames
        .iter()
        .rev()
        .filter(|f| !img.prog.funcs[f.func as usize].hidden)
        .map(|f| {
            let proto = &img.prog.funcs[f.func as usize];
            let pc = (f.pc as usize).saturating_sub(1);
            let line = proto.lines.get(pc).copied().unwrap_or(proto.line);
            (f.func, line)
        })
        .collect();
    if frames.len() <= TRACE_KEEP {
        return (frames, 0);
    }
    let half = TRACE_KEEP / 2;
    let elided = frames.len() - TRACE_KEEP;
    let mut kept = frames[..half].to_vec();
    kept.extend_from_slice(&frames[frames.len() - half..]);
    (kept, elided)
}

/// Go's goroutine trace: `goroutine 1 [running]:` then each function and its position.
pub fn trace_text(img: &Image, gid: u64, trace: &[(u32, u32)], elided: usize) -> String {
    let mut out = format!("goroutine {gid} [running]:\n");
    let half = TRACE_KEEP / 2;
    for (i, (f, line)) in trace.iter().enumerate() {
        if elided > 0 && i == half {
            let _ = writeln!(out, "...{elided} frames elided...");
        }
        let proto = &img.prog.funcs[*f as usize];
        let args = if proto.nparams > 0 { "..." } else { "" };
        let file = &img.prog.files[proto.file as usize].name;
        let _ = writeln!(out, "{}({args})\n\t{file}:{line}", proto.name);
    }
    out
}
