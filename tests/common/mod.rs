//! What the tests that run minigo as a process share: running it with a timeout, and
//! reading its reports.

// Each test crate includes this module and uses a part of it.
#![allow(dead_code)]

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

pub struct RunResult {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

/// Runs `cmd` (stdin empty, stdout and stderr captured), killing it after `timeout`.
pub fn run_with_timeout(mut cmd: Command, timeout: Duration) -> Result<RunResult, String> {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {cmd:?}: {e}"))?;
    // Read the pipes on threads so a chatty program cannot block on a full pipe.
    let mut out = child.stdout.take().expect("piped");
    let mut err = child.stderr.take().expect("piped");
    let t_out = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = std::io::Read::read_to_end(&mut out, &mut s);
        s
    });
    let t_err = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = std::io::Read::read_to_end(&mut err, &mut s);
        s
    });
    let deadline = Instant::now() + timeout;
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break s,
            Ok(None) if Instant::now() > deadline => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("timed out after {}s", timeout.as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(e.to_string()),
        }
    };
    let stdout = String::from_utf8_lossy(&t_out.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&t_err.join().unwrap_or_default()).into_owned();
    Ok(RunResult {
        stdout,
        stderr,
        code: status.code().unwrap_or(-1),
    })
}

/// Whether a report names source line `line` (`file.mg:12` in a trace, or `line 12`).
pub fn names_line(report: &str, line: u32) -> bool {
    // miette wraps long messages: "line" and "19" may land on two lines.
    let unwrapped = regex::Regex::new(r"\n\s*│ ").expect("valid regex");
    let report = unwrapped.replace_all(report, " ");
    let re = regex::Regex::new(&format!(r"(\.mg:{line}\b|\bline {line}\b)")).expect("valid regex");
    re.is_match(&report)
}
