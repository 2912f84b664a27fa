//! Prints a finding: a miette report on the blocking line (with the other lines it
//! names), then the goroutine's stack and where it was started, in Go's trace format.

use std::fmt::Write;
use std::io::IsTerminal;

use super::explain::Finding;
use super::world::{Stuck, World};
use crate::diag::Diagnostic;
use crate::vm::Image;
use crate::vm::panic::trace_text;

pub fn goroutine(w: &World, s: &Stuck, f: &Finding) -> String {
    let mut out = String::new();
    if let Some((func, line)) = w.user_frame(s) {
        let file = w.file_of(func);
        let mut d = Diagnostic::new(f.code, f.message.join("\n"), file.code_span(line))
            .label(f.label.clone());
        for (l, text) in &f.also {
            if *l != line {
                d = d.also(file.code_span(*l), text.clone());
            }
        }
        // The `go` statement that started it, when it is in the same file.
        let (sf, sl) = s.started_at;
        if s.id != 1
            && sl > 0
            && sl != line
            && w.is_user(sf)
            && !f.also.iter().any(|(l, _)| *l == sl)
        {
            d = d.also(
                file.code_span(sl),
                format!("goroutine {} started here", s.id),
            );
        }
        if let Some(h) = &f.help {
            d = d.help(h.clone());
        }
        out.push_str(&d.render(file, std::io::stderr().is_terminal()));
    } else {
        // Blocked inside the library with no user frame (rare): the words only.
        let _ = writeln!(out, "  × {}", f.message.join("\n    "));
        if let Some(h) = &f.help {
            let _ = writeln!(out, "  help: {h}");
        }
    }
    out.push('\n');
    let trace = trace_text(w.img, s.id, &s.frames, s.elided).replacen(
        "[running]",
        &format!("[{}]", s.reason),
        1,
    );
    out.push_str(&trace);
    out.push_str(&created_by(w, s));
    out
}

/// Go's "created by" lines: the function and position of the `go` statement.
fn created_by(w: &World, s: &Stuck) -> String {
    created_by_text(w.img, s.id, s.started_at, s.parent)
}

/// Go's "created by" lines of goroutine `gid`, started at `started_at` by `parent`
/// (nothing for main). Shared with the panic report.
pub fn created_by_text(img: &Image, gid: u64, started_at: (u32, u32), parent: u64) -> String {
    let (f, line) = started_at;
    if gid == 1 || line == 0 {
        return String::new();
    }
    let proto = &img.prog.funcs[f as usize];
    let file = &img.prog.files[proto.file as usize].name;
    format!(
        "created by {} in goroutine {parent}\n\t{file}:{line}\n",
        proto.name
    )
}
