//! `minigo disasm`: bytecode listings with the source lines they came from.

use std::fmt::Write;

use super::{Constant, FuncProto, Program};

/// Lists every function of the user's file (library functions with `all`).
pub fn disassemble(p: &Program, all: bool) -> String {
    let mut out = String::new();
    for (i, f) in p.funcs.iter().enumerate() {
        if (f.file != 0 && !all) || f.native.is_some() {
            continue;
        }
        func(&mut out, p, i, f);
    }
    out
}

fn func(out: &mut String, p: &Program, id: usize, f: &FuncProto) {
    let file = &p.files[f.file as usize];
    let _ = writeln!(
        out,
        "func #{id} {} ({}:{}) params={} results={} regs={} captures={}",
        f.name, file.name, f.line, f.nparams, f.nresults, f.nregs, f.ncaptures
    );
    if !f.consts.is_empty() {
        let ks: Vec<String> = f
            .consts
            .iter()
            .enumerate()
            .map(|(i, c)| match c {
                Constant::Int(v) => format!("K{i}={v}"),
                Constant::Float(v) => format!("K{i}={v:?}"),
                Constant::Str(s) => format!("K{i}={:?}", String::from_utf8_lossy(s)),
                Constant::Func(fi) => format!("K{i}=func {}", p.funcs[*fi as usize].name),
            })
            .collect();
        let _ = writeln!(out, "  constants: {}", ks.join(" "));
    }
    let mut last_line = 0;
    for (pc, op) in f.code.iter().enumerate() {
        let line = f.lines[pc];
        if line != last_line {
            let text = file.line_text(line).trim();
            let _ = writeln!(out, "  {:>4} | {}", line, text);
            last_line = line;
        }
        let _ = writeln!(out, "       {pc:>4}  {op}");
    }
    if let Some(e) = f.epilogue {
        let _ = writeln!(out, "  (recovery resumes at {e})");
    }
    out.push('\n');
}
