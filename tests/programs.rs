//! Runs every program in `programs/` against the expectations written at its end, and,
//! when Go is installed, runs the valid-Go ones with Go too (Go is the oracle).
//!
//! - `programs/**/*.mg` (outside `programs/errors/`): `minigo run` must print the
//!   expected output, exit with the expected status and write the expected first line of
//!   standard error (format: `programs/README.md`).
//! - `programs/errors/*.mg`: `minigo check` must report exactly the `// ERROR "re"` lines.
//! - `go:` trials: the same program built by Go gives the same expectations.
//!
//! `MINIGO_BLESS=1 cargo test --test programs` rewrites the expectation blocks from Go's
//! output (from minigo's for programs marked `NotGo`). It is never done silently.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use libtest_mimic::{Arguments, Failed, Trial};

mod common;
use common::{RunResult, names_line, run_with_timeout};

const TIMEOUT: Duration = Duration::from_secs(60);

#[derive(Debug, Default, Clone)]
struct Expect {
    output: Vec<String>,
    exit: i32,
    stderr_first: Option<String>,
    stderr_contains: Vec<String>,
    args: Vec<String>,
    unordered: bool,
    not_go: bool,
    /// Source lines the detector's report must name (`// Report: 12 27`).
    report_lines: Vec<u32>,
    /// Goroutines blocked when main returns (`// Leaks: N`), checked at --procs 1.
    leaks: Option<usize>,
    /// Goroutines the leak check finds while the program runs (`// Found: N`), checked
    /// at --procs 1.
    found: Option<usize>,
    /// Byte offset where the expectation block starts (for blessing).
    block_start: usize,
}

fn parse_expect(src: &str) -> Result<Expect, String> {
    let lines: Vec<&str> = src.lines().collect();
    let start = lines
        .iter()
        .rposition(|l| l.trim_end() == "// Output:")
        .ok_or("no `// Output:` block at the end of the file")?;
    let mut e = Expect {
        block_start: lines[..start].iter().map(|l| l.len() + 1).sum(),
        ..Default::default()
    };
    let mut in_output = true;
    for l in &lines[start + 1..] {
        let l = l.trim_end();
        if l.is_empty() {
            continue;
        }
        let Some(rest) = l.strip_prefix("//") else {
            return Err(format!("unexpected line after the expectation block: {l}"));
        };
        let body = rest.strip_prefix(' ').unwrap_or(rest);
        if let Some(v) = body.strip_prefix("Exit:") {
            e.exit = v
                .trim()
                .parse()
                .map_err(|_| format!("bad exit status: {v}"))?;
            in_output = false;
        } else if let Some(v) = body.strip_prefix("Stderr+:") {
            e.stderr_contains.push(v.trim().to_string());
            in_output = false;
        } else if let Some(v) = body.strip_prefix("Stderr:") {
            e.stderr_first = Some(v.trim().to_string());
            in_output = false;
        } else if let Some(v) = body.strip_prefix("Args:") {
            e.args = v.split_whitespace().map(str::to_string).collect();
            in_output = false;
        } else if let Some(v) = body.strip_prefix("Report:") {
            e.report_lines = v
                .split_whitespace()
                .map(|n| {
                    n.parse()
                        .map_err(|_| format!("bad line number in Report: {n}"))
                })
                .collect::<Result<_, _>>()?;
            in_output = false;
        } else if let Some(v) = body.strip_prefix("Leaks:") {
            e.leaks = Some(
                v.trim()
                    .parse()
                    .map_err(|_| format!("bad leak count: {v}"))?,
            );
            in_output = false;
        } else if let Some(v) = body.strip_prefix("Found:") {
            e.found = Some(
                v.trim()
                    .parse()
                    .map_err(|_| format!("bad leak count: {v}"))?,
            );
            in_output = false;
        } else if body.trim() == "Unordered" {
            e.unordered = true;
            in_output = false;
        } else if body.starts_with("NotGo") {
            e.not_go = true;
            in_output = false;
        } else if in_output {
            e.output.push(body.to_string());
        } else {
            return Err(format!("output line after a directive: {l}"));
        }
    }
    Ok(e)
}

/// minigo's own reports in standard error, apart from the program's.
struct Reports {
    /// What the program itself wrote (panics, fatal errors, its own prints).
    own: String,
    /// The leak report printed when main returns ("minigo: 2 goroutines leaked ...").
    at_exit: String,
    /// The goroutines the leak check reported while the program ran.
    found: Vec<u64>,
}

/// Splits minigo's leak reports off the program's own standard error: those of the
/// leak check while the program runs ("minigo: goroutine 7 leaked at f.mg:12 ...",
/// followed by the full report with `--leaks=full`), and the one printed when main
/// returns (always last).
fn split_reports(stderr: &str) -> Reports {
    let header = regex::Regex::new(r"^minigo: goroutine (\d+) leaked at ").expect("valid regex");
    let mut r = Reports {
        own: String::new(),
        at_exit: String::new(),
        found: Vec::new(),
    };
    let mut lines = stderr.split_inclusive('\n').peekable();
    while let Some(l) = lines.next() {
        if let Some(c) = header.captures(l) {
            let gid: u64 = c[1].parse().unwrap_or(0);
            r.found.push(gid);
            if lines.peek().is_some_and(|n| n.trim().is_empty()) {
                // The full report: up to the blank line that ends its goroutine trace.
                let trace = format!("goroutine {gid} [");
                let mut in_trace = false;
                for l in lines.by_ref() {
                    if l.starts_with(&trace) {
                        in_trace = true;
                    } else if in_trace && l.trim().is_empty() {
                        break;
                    }
                }
            }
            continue;
        }
        if l.starts_with("minigo: ") && l.contains(" leaked (blocked forever)") {
            r.at_exit = std::iter::once(l).chain(lines).collect();
            break;
        }
        r.own.push_str(l);
    }
    r
}

/// The number a leak report starts with ("minigo: 2 goroutines leaked ...").
fn leak_count(report: &str) -> Option<usize> {
    report
        .strip_prefix("minigo: ")?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

/// The detector's checks: the leak count and the lines its report names.
fn check_report(e: &Expect, r: &RunResult, procs: usize) -> Vec<String> {
    let mut problems = Vec::new();
    let reports = split_reports(&r.stderr);
    let leaks = reports.at_exit;
    match (e.found, reports.found.len()) {
        (Some(want), got) if procs == 1 && got != want => problems.push(format!(
            "goroutines the leak check found while running: want {want}, got {got}"
        )),
        (None, n) if procs == 1 && n > 0 => problems.push(format!(
            "the leak check found {n} leaked goroutine(s) while the program ran: add `// Found: {n}` if that is expected"
        )),
        _ => {}
    }
    match (e.leaks, leak_count(&leaks)) {
        (Some(want), got) if procs == 1 && got.unwrap_or(0) != want => problems.push(format!(
            "leaked goroutines: want {want}, got {}",
            got.unwrap_or(0)
        )),
        (None, Some(n)) if procs == 1 => problems.push(format!(
            "minigo reports {n} leaked goroutine(s): add `// Leaks: {n}` if that is expected"
        )),
        _ => {}
    }
    // With several processors a goroutine may not have blocked yet when main returns,
    // so the lines of a leak report are checked at --procs 1 only.
    if e.leaks.is_none() || procs == 1 {
        for &l in &e.report_lines {
            if !names_line(&r.stderr, l) {
                problems.push(format!("the report does not name line {l}"));
            }
        }
    }
    problems
}

fn compare(e: &Expect, r: &RunResult, who: &str) -> Result<(), String> {
    compare_with(e, r, who, Vec::new())
}

fn compare_with(e: &Expect, r: &RunResult, who: &str, extra: Vec<String>) -> Result<(), String> {
    let full_stderr = r.stderr.clone();
    let own_stderr = split_reports(&r.stderr).own;
    let r = &RunResult {
        stdout: r.stdout.clone(),
        stderr: if who == "minigo" {
            own_stderr
        } else {
            r.stderr.clone()
        },
        code: r.code,
    };
    let mut problems = extra;
    let mut got: Vec<String> = r.stdout.lines().map(str::to_string).collect();
    let mut want = e.output.clone();
    if e.unordered {
        got.sort();
        want.sort();
    }
    if got != want {
        problems.push(format!("stdout differs:\n{}", diff_lines(&want, &got)));
    }
    if r.code != e.exit {
        problems.push(format!("exit status: want {}, got {}", e.exit, r.code));
    }
    let first = r.stderr.lines().next().unwrap_or("").trim();
    if let Some(s) = &e.stderr_first {
        if first != s {
            problems.push(format!("stderr first line:\n  want: {s}\n  got:  {first}"));
        }
    } else if e.exit == 0 && !r.stderr.trim().is_empty() && who == "minigo" {
        // A program expected to succeed should not write errors.
        problems.push(format!("unexpected stderr:\n{}", r.stderr));
    }
    for c in &e.stderr_contains {
        if !r.stderr.contains(c.as_str()) {
            problems.push(format!("stderr lacks: {c}"));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{who}: {}\n--- full stderr ---\n{}",
            problems.join("\n"),
            full_stderr.lines().take(60).collect::<Vec<_>>().join("\n")
        ))
    }
}

fn diff_lines(want: &[String], got: &[String]) -> String {
    let mut out = String::new();
    let n = want.len().max(got.len());
    let mut shown = 0;
    for i in 0..n {
        let (w, g) = (want.get(i), got.get(i));
        if w != g {
            out.push_str(&format!(
                "  line {}:\n    want: {}\n    got:  {}\n",
                i + 1,
                w.map(String::as_str).unwrap_or("<none>"),
                g.map(String::as_str).unwrap_or("<none>")
            ));
            shown += 1;
            if shown >= 8 {
                out.push_str("  ...\n");
                break;
            }
        }
    }
    out
}

fn minigo() -> &'static str {
    env!("CARGO_BIN_EXE_minigo")
}

/// Processor counts every program runs with: one (fully deterministic with the seed)
/// and several (real parallelism, work stealing).
const PROCS: [usize; 2] = [1, 4];

fn run_minigo(path: &Path, e: &Expect, procs: usize) -> Result<RunResult, String> {
    let mut cmd = Command::new(minigo());
    cmd.arg("run");
    if procs == 1 && e.leaks.is_some() && !e.report_lines.is_empty() {
        cmd.arg("--leaks=full");
    }
    // When the leak check runs depends on when the program sleeps: under virtual time
    // that does not depend on the machine's load.
    if procs == 1 && e.found.is_some() {
        cmd.arg("--fake-time");
    }
    cmd.arg("--seed")
        .arg("1")
        .arg("--procs")
        .arg(procs.to_string())
        .arg(path)
        .args(&e.args);
    run_with_timeout(cmd, TIMEOUT)
}

/// Builds `path` with Go (as a copy named main.go) and runs the binary.
fn run_go(path: &Path, e: &Expect, work: &Path) -> Result<RunResult, String> {
    let name = path
        .strip_prefix(root())
        .unwrap_or(path)
        .to_string_lossy()
        .replace(['/', '.'], "_");
    let dir = work.join(&name);
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let src = dir.join("main.go");
    std::fs::copy(path, &src).map_err(|e| e.to_string())?;
    let bin = dir.join("prog");
    let build = Command::new("go")
        .arg("build")
        .arg("-o")
        .arg(&bin)
        .arg(&src)
        .current_dir(&dir)
        .env("GO111MODULE", "off")
        .output()
        .map_err(|e| format!("cannot run go: {e}"))?;
    if !build.status.success() {
        return Err(format!(
            "go build failed (mark the program `// NotGo: reason` if it is not Go):\n{}",
            String::from_utf8_lossy(&build.stderr)
        ));
    }
    let mut cmd = Command::new(&bin);
    cmd.args(&e.args);
    run_with_timeout(cmd, TIMEOUT)
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "mg") {
            out.push(p);
        }
    }
}

fn go_available() -> bool {
    Command::new("go")
        .arg("version")
        .output()
        .is_ok_and(|o| o.status.success())
}

// ----- compile-error programs -----

struct ErrorMark {
    line: usize,
    re: regex::Regex,
}

fn error_marks(src: &str) -> Result<Vec<ErrorMark>, String> {
    let mark = regex::Regex::new(r#"// ERROR "((?:[^"\\]|\\.)*)""#).expect("valid regex");
    let mut v = Vec::new();
    for (i, l) in src.lines().enumerate() {
        for c in mark.captures_iter(l) {
            let pat = c[1].replace("\\\"", "\"");
            let re =
                regex::Regex::new(&pat).map_err(|e| format!("line {}: bad regexp: {e}", i + 1))?;
            v.push(ErrorMark { line: i + 1, re });
        }
    }
    Ok(v)
}

fn check_errors(path: &Path) -> Result<(), Failed> {
    let src = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let marks = error_marks(&src)?;
    if marks.is_empty() {
        return Err("no `// ERROR \"regexp\"` marks".into());
    }
    let mut cmd = Command::new(minigo());
    cmd.arg("check").arg("--format").arg("short").arg(path);
    let r = run_with_timeout(cmd, TIMEOUT)?;
    if r.code == 0 {
        return Err("minigo check accepted the program".into());
    }
    // Diagnostics: "file:line:col: message" (continuation lines start with a tab).
    let mut diags: Vec<(usize, String)> = Vec::new();
    let line_re = regex::Regex::new(r"^.*?:(\d+):(\d+): (.*)$").expect("valid regex");
    for l in r.stderr.lines() {
        if let Some(c) = line_re.captures(l) {
            diags.push((c[1].parse().unwrap_or(0), c[3].to_string()));
        } else if let Some(last) = diags.last_mut() {
            last.1.push('\n');
            last.1.push_str(l);
        }
    }
    let mut problems = Vec::new();
    for m in &marks {
        if !diags
            .iter()
            .any(|(l, msg)| *l == m.line && m.re.is_match(msg))
        {
            let here: Vec<&String> = diags
                .iter()
                .filter(|(l, _)| *l == m.line)
                .map(|(_, m)| m)
                .collect();
            problems.push(format!(
                "line {}: no error matching {:?} (errors on this line: {:?})",
                m.line,
                m.re.as_str(),
                here
            ));
        }
    }
    for (l, msg) in &diags {
        if !marks.iter().any(|m| m.line == *l) {
            problems.push(format!("line {l}: unexpected error: {msg}"));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n").into())
    }
}

// ----- blessing -----

fn bless(path: &Path, e: &Expect, r: &RunResult) {
    let Ok(src) = std::fs::read_to_string(path) else {
        return;
    };
    let mut block = String::from("// Output:\n");
    for l in r.stdout.lines() {
        if l.is_empty() {
            block.push_str("//\n");
        } else {
            block.push_str(&format!("// {l}\n"));
        }
    }
    if r.code != 0 {
        block.push_str(&format!("// Exit: {}\n", r.code));
    }
    if let Some(first) = r.stderr.lines().next().filter(|_| r.code != 0) {
        block.push_str(&format!("// Stderr: {}\n", first.trim()));
    }
    for c in &e.stderr_contains {
        block.push_str(&format!("// Stderr+: {c}\n"));
    }
    if !e.args.is_empty() {
        block.push_str(&format!("// Args: {}\n", e.args.join(" ")));
    }
    if e.unordered {
        block.push_str("// Unordered\n");
    }
    if !e.report_lines.is_empty() {
        let lines: Vec<String> = e.report_lines.iter().map(u32::to_string).collect();
        block.push_str(&format!("// Report: {}\n", lines.join(" ")));
    }
    if let Some(n) = e.leaks {
        block.push_str(&format!("// Leaks: {n}\n"));
    }
    if let Some(n) = e.found {
        block.push_str(&format!("// Found: {n}\n"));
    }
    if e.not_go {
        let reason = src[e.block_start..]
            .lines()
            .find(|l| l.contains("NotGo"))
            .unwrap_or("// NotGo")
            .to_string();
        block.push_str(&reason);
        block.push('\n');
    }
    let new = format!("{}{}", &src[..e.block_start], block);
    if new != src {
        let _ = std::fs::write(path, new);
        eprintln!("blessed {}", path.display());
    }
}

fn main() {
    let args = Arguments::from_args();
    let bless_mode = std::env::var("MINIGO_BLESS").is_ok_and(|v| v == "1");
    let have_go = go_available();
    let work = std::env::temp_dir().join(format!("minigo-go-{}", std::process::id()));
    let mut files = Vec::new();
    collect(&root().join("programs"), &mut files);
    let mut trials = Vec::new();
    for path in files {
        let rel = path
            .strip_prefix(root())
            .unwrap_or(&path)
            .to_string_lossy()
            .into_owned();
        let is_error_prog = rel.starts_with("programs/errors/");
        if is_error_prog {
            let p = path.clone();
            trials.push(Trial::test(rel.clone(), move || check_errors(&p)));
            if have_go {
                let p = path.clone();
                let w = work.clone();
                trials.push(
                    Trial::test(format!("go:{rel}"), move || {
                        let src = std::fs::read_to_string(&p).map_err(|e| e.to_string())?;
                        if src.contains("// NotGo") {
                            return Ok(());
                        }
                        let e = Expect::default();
                        match run_go(&p, &e, &w) {
                            Err(msg) if msg.contains("go build failed") => Ok(()),
                            Err(msg) => Err(msg.into()),
                            Ok(_) => Err("Go compiled a program that must fail to compile".into()),
                        }
                    })
                    .with_kind("go"),
                );
            }
            continue;
        }
        let src = match std::fs::read_to_string(&path) {
            Ok(s) => s,
            Err(e) => {
                let msg = e.to_string();
                trials.push(Trial::test(rel, move || Err(msg.clone().into())));
                continue;
            }
        };
        let expect = match parse_expect(&src) {
            Ok(e) => e,
            Err(msg) => {
                trials.push(Trial::test(rel, move || Err(msg.clone().into())));
                continue;
            }
        };
        for procs in PROCS {
            if bless_mode && procs != PROCS[0] {
                continue;
            }
            let (p, e) = (path.clone(), expect.clone());
            let w = work.clone();
            let name = if procs == PROCS[0] {
                rel.clone()
            } else {
                format!("procs{procs}:{rel}")
            };
            trials.push(Trial::test(name, move || {
                let r = run_minigo(&p, &e, procs)?;
                if bless_mode {
                    if e.not_go || !have_go {
                        bless(&p, &e, &r);
                    } else if let Ok(g) = run_go(&p, &e, &w) {
                        bless(&p, &e, &g);
                    }
                    return Ok(());
                }
                let extra = check_report(&e, &r, procs);
                compare_with(&e, &r, "minigo", extra).map_err(Failed::from)
            }));
        }
        if have_go && !expect.not_go && !bless_mode {
            let (p, e) = (path.clone(), expect.clone());
            let w = work.clone();
            trials.push(
                Trial::test(format!("go:{rel}"), move || {
                    let r = run_go(&p, &e, &w)?;
                    compare(&e, &r, "go").map_err(Failed::from)
                })
                .with_kind("go"),
            );
        }
    }
    let conclusion = libtest_mimic::run(&args, trials);
    let _ = std::fs::remove_dir_all(&work);
    conclusion.exit();
}
