//! The `minigo` command line.
use std::io::IsTerminal;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "minigo", version, about = "A Go interpreter that makes concurrency visible")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Type-check a program without running it.
    Check { file: String },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check { file } => {
            let text = match std::fs::read_to_string(&file) {
                Ok(t) => t,
                Err(e) => {
                    eprintln!("minigo: cannot read {file}: {e}");
                    return ExitCode::from(1);
                }
            };
            let src = minigo::diag::SourceFile::new(file.clone(), text);
            match minigo::check::check_program(src.clone()) {
                Ok(_) => ExitCode::SUCCESS,
                Err(diags) => {
                    let color = std::io::stderr().is_terminal();
                    for d in &diags {
                        eprint!("{}", d.render(&src, color));
                    }
                    ExitCode::from(1)
                }
            }
        }
    }
}
