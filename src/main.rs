//! The `minigo` command line: `run`, `check` and `disasm`.

use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use minigo::diag::{Diagnostic, SourceFile};

/// Goroutines, frames, closures and aggregates are many small allocations made and
/// freed on several processor threads: mimalloc's thread-local free lists suit that far
/// better than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "minigo",
    version,
    about = "Run Go programs and watch their concurrency",
    long_about = "minigo runs programs written in a small dialect of Go (one .mg file, package main) \
                  and explains what goes wrong in terms of your own source lines."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run a program: check it, compile it, execute it.
    ///
    /// Output, exit status and panic messages are Go's. Arguments after the file name
    /// are the program's os.Args[1:].
    Run {
        /// The program (a .mg file with package main).
        file: String,
        /// Seed for everything random (map order, select, math/rand): with --procs 1 a
        /// run repeats exactly.
        #[arg(long)]
        seed: Option<u64>,
        /// Number of processors (GOMAXPROCS); default: $GOMAXPROCS, else the CPU count.
        #[arg(long)]
        procs: Option<usize>,
        /// Virtual time: when every goroutine waits for a timer, jump the clock to it
        /// (sleeps take no real time; timing-dependent programs become repeatable).
        #[arg(long)]
        fake_time: bool,
        /// Print scheduler statistics to standard error at exit.
        #[arg(long)]
        stats: bool,
        /// Goroutines still blocked when main returns: `summary` prints one line,
        /// `full` explains each one on its source lines, `off` says nothing.
        #[arg(long, value_enum, default_value = "summary")]
        leaks: minigo::detect::LeakMode,
        /// Work (switches) between two leak checks while processors are busy; default
        /// 16384. A small number checks at nearly every scheduling decision: slow, for
        /// testing the detector.
        #[arg(long, value_name = "N")]
        leak_check_gap: Option<u64>,
        /// Arguments passed to the program.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Type-check a program without running it; print every error found.
    Check {
        /// The program to check.
        file: String,
        /// `fancy`: reports with source snippets; `short`: one `file:line:col: message`
        /// line per error, as Go prints them.
        #[arg(long, default_value = "fancy")]
        format: String,
    },
    /// Print the bytecode of a program's functions, with the source lines they come from.
    Disasm {
        /// The program to compile.
        file: String,
        /// Include the library's functions too.
        #[arg(long)]
        all: bool,
    },
}

fn read(file: &str) -> Result<Arc<SourceFile>, ExitCode> {
    match std::fs::read(file) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => Ok(SourceFile::new(file, text)),
            Err(_) => {
                eprintln!("minigo: {file} is not valid UTF-8 text");
                Err(ExitCode::from(1))
            }
        },
        Err(e) => {
            eprintln!("minigo: cannot read {file}: {e}");
            Err(ExitCode::from(1))
        }
    }
}

fn report(src: &Arc<SourceFile>, diags: &[Diagnostic]) -> ExitCode {
    let color = std::io::stderr().is_terminal();
    for d in diags {
        eprint!("{}", d.render(src, color));
    }
    if diags.len() > 1 {
        eprintln!("minigo: {} errors in {}", diags.len(), src.name);
    }
    ExitCode::from(1)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Run {
            file,
            seed,
            args,
            procs,
            fake_time,
            stats,
            leaks,
            leak_check_gap,
        } => {
            let src = match read(&file) {
                Ok(s) => s,
                Err(c) => return c,
            };
            let prog = match minigo::build(src.clone()) {
                Ok(p) => p,
                Err(d) => return report(&src, &d),
            };
            let opts = minigo::RunOptions {
                seed,
                args,
                procs,
                fake_time,
                leaks,
                leak_check_gap,
            };
            let image = match minigo::load(prog, &file, &opts) {
                Ok(i) => i,
                Err(msg) => {
                    eprintln!("minigo: {msg}");
                    return ExitCode::from(1);
                }
            };
            let sopts = opts.sched(image.seed);
            let code = minigo::sched::run_program_with_stats(image, &sopts, stats);
            ExitCode::from(code.clamp(0, 255) as u8)
        }
        Command::Check { file, format } => {
            let src = match read(&file) {
                Ok(s) => s,
                Err(c) => return c,
            };
            match minigo::build(src.clone()) {
                Ok(_) => ExitCode::SUCCESS,
                Err(d) if format == "short" => {
                    for x in &d {
                        eprintln!("{}", x.one_line(&src));
                    }
                    ExitCode::from(1)
                }
                Err(d) => report(&src, &d),
            }
        }
        Command::Disasm { file, all } => {
            let src = match read(&file) {
                Ok(s) => s,
                Err(c) => return c,
            };
            match minigo::build(src.clone()) {
                Ok(p) => {
                    print!("{}", minigo::compile::disasm::disassemble(&p, all));
                    ExitCode::SUCCESS
                }
                Err(d) => report(&src, &d),
            }
        }
    }
}
