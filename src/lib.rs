//! minigo: an interpreter for a small dialect of Go that makes concurrency visible.
//!
//! The pipeline, one module per stage: `syntax` (tokens and tree), `check` (types and
//! the checked program), `compile` (bytecode), `vm` (goroutines running bytecode),
//! `runtime` (the library's native half), `diag` (diagnostics). This file glues them.

pub mod check;
pub mod compile;
pub mod detect;
pub mod diag;
pub mod runtime;
pub mod sched;
pub mod stdlib;
pub mod sync_shim;
pub mod syntax;
pub mod vm;

use std::sync::Arc;

use diag::{Diagnostic, SourceFile};

/// Checks and compiles a program.
pub fn build(src: Arc<SourceFile>) -> Result<compile::Program, Vec<Diagnostic>> {
    // The checker and compiler recurse over the syntax tree, so a long `1 + 1 + …`
    // chain or deeply nested blocks need a deep stack. They run on a thread whose stack
    // is reserved large; only the pages actually used are ever touched.
    std::thread::scope(|s| {
        std::thread::Builder::new()
            .name("minigo-build".into())
            .stack_size(BUILD_STACK_BYTES)
            .spawn_scoped(s, move || {
                let checked = check::check_program(src)?;
                compile::compile_program(checked)
            })
            .expect("spawning the build thread")
            .join()
            .unwrap_or_else(|e| std::panic::resume_unwind(e))
    })
}

/// Stack reserved for building a program (see `build`).
const BUILD_STACK_BYTES: usize = 2 << 30;

/// Options for running a program.
#[derive(Clone, Debug, Default)]
pub struct RunOptions {
    pub seed: Option<u64>,
    /// Arguments after the file name (`os.Args[1:]`).
    pub args: Vec<String>,
    /// GOMAXPROCS; None: the `GOMAXPROCS` environment variable, else the CPU count.
    pub procs: Option<usize>,
    /// Virtual time: sleeping is instant when nothing else can run.
    pub fake_time: bool,
    /// What to report about goroutines still blocked when main returns.
    pub leaks: detect::LeakMode,
    /// Work between leak checks while busy (None: the scheduler's default).
    pub leak_check_gap: Option<u64>,
}

impl RunOptions {
    /// The scheduler's options (GOMAXPROCS resolved as Go resolves it).
    pub fn sched(&self, seed: u64) -> sched::SchedOptions {
        let procs = self
            .procs
            .or_else(|| {
                std::env::var("GOMAXPROCS")
                    .ok()
                    .and_then(|v| v.trim().parse().ok())
                    .filter(|&n| n >= 1)
            })
            .unwrap_or_else(|| {
                std::thread::available_parallelism()
                    .map(|n| n.get())
                    .unwrap_or(1)
            });
        sched::SchedOptions {
            procs,
            leaks: self.leaks,
            leak_check_gap: self.leak_check_gap,
            fake_time: self.fake_time,
            seed,
        }
    }
}

/// Runs a source file as `minigo run` does; returns the exit status, or the diagnostics
/// if it does not compile.
pub fn run_source(src: Arc<SourceFile>, opts: &RunOptions) -> Result<i32, Vec<Diagnostic>> {
    let prog = build(src.clone())?;
    let image = load(prog, &src.name, opts).map_err(|msg| {
        vec![Diagnostic::new(
            "minigo::load",
            msg,
            syntax::ast::Span::default(),
        )]
    })?;
    Ok(vm::run(image.clone(), &opts.sched(image.seed)))
}

/// Loads a compiled program into a runnable image.
pub fn load(
    prog: compile::Program,
    file_name: &str,
    opts: &RunOptions,
) -> Result<Arc<vm::Image>, String> {
    let seed = opts.seed.unwrap_or_else(|| {
        use std::time::{SystemTime, UNIX_EPOCH};
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(1)
    });
    runtime::rand::seed(seed);
    let mut args = vec![file_name.trim_end_matches(".mg").to_string()];
    args.extend(opts.args.iter().cloned());
    vm::Image::load(prog, seed, args)
        .map(Arc::new)
        .map_err(|missing| {
            format!(
                "minigo's library lacks native functions: {}",
                missing.join(", ")
            )
        })
}
