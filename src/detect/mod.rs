//! The detector: explains global deadlocks (and, later, goroutine leaks) in terms of
//! the program's own lines.

use std::fmt::Write;

use crate::sched::Sched;
use crate::vm::panic::{capture, trace_text};

/// The report printed when every goroutine is blocked and no timer can wake any:
/// Go's first line, then each blocked goroutine with its state and stack.
pub fn deadlock_report(sched: &Sched) -> String {
    let img = &sched.img;
    let blocked = sched.registry.snapshot();
    if blocked.is_empty()
        && sched
            .main_goexited
            .load(std::sync::atomic::Ordering::Acquire)
    {
        return "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n".to_string();
    }
    let mut out = String::from("fatal error: all goroutines are asleep - deadlock!\n");
    for (id, parked, reason) in blocked {
        let g = parked.g.lock();
        let Some(g) = g.as_ref() else { continue };
        let (trace, elided) = capture(img, g);
        let text =
            trace_text(img, id, &trace, elided).replacen("[running]", &format!("[{reason}]"), 1);
        let _ = write!(out, "\n{text}");
        let _ = write!(out, "{}", created_by(img, g));
    }
    out
}

/// Go's "created by" lines: the function and position of the `go` statement.
pub fn created_by(img: &crate::vm::Image, g: &crate::vm::goroutine::Goroutine) -> String {
    let (f, line) = g.started_at;
    if g.id == 1 || line == 0 {
        return String::new();
    }
    let proto = &img.prog.funcs[f as usize];
    let file = &img.prog.files[proto.file as usize].name;
    format!("created by {}\n\t{file}:{line}\n", proto.name)
}
