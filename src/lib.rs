//! minigo: an interpreter for a small dialect of Go that makes concurrency visible.
//!
//! The pipeline, one module per stage: `syntax` (tokens and tree), `check` (types and
//! the checked program), `compile` (bytecode), `vm` (goroutines running bytecode),
//! `runtime` (the library's native half), `diag` (diagnostics). This file glues them.

pub mod check;
pub mod compile;
pub mod diag;
pub mod runtime;
pub mod stdlib;
pub mod syntax;
pub mod vm;

use std::sync::Arc;

use diag::{Diagnostic, SourceFile};

/// Checks and compiles a program.
pub fn build(src: Arc<SourceFile>) -> Result<compile::Program, Vec<Diagnostic>> {
    let checked = check::check_program(src)?;
    compile::compile_program(checked)
}

/// Options for running a program.
#[derive(Clone, Debug, Default)]
pub struct RunOptions {
    pub seed: Option<u64>,
    /// Arguments after the file name (`os.Args[1:]`).
    pub args: Vec<String>,
}

/// Loads a compiled program into a runnable image.
pub fn load(prog: compile::Program, file_name: &str, opts: &RunOptions) -> Result<Arc<vm::Image>, String> {
    let seed = opts.seed.unwrap_or_else(|| {
        use std::time::{SystemTime, UNIX_EPOCH};
        SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(1)
    });
    runtime::rand::seed(seed);
    let mut args = vec![file_name.trim_end_matches(".mg").to_string()];
    args.extend(opts.args.iter().cloned());
    vm::Image::load(prog, seed, args)
        .map(Arc::new)
        .map_err(|missing| format!("minigo's library lacks native functions: {}", missing.join(", ")))
}
