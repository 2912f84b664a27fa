//! A bounded fuzz test of the front end: programs from `programs/`, mutated at random
//! (seeded, so failures reproduce), go through the lexer, parser, checker and compiler.
//! Whatever the input, minigo must answer with a program or diagnostics, never a panic.
//!
//! The coverage-guided twin of this test is `fuzz/` (cargo fuzz).

use std::path::{Path, PathBuf};

use rand::{Rng, SeedableRng};
use rand_pcg::Pcg64Mcg;

/// Mutations per corpus file: keeps the test to a few seconds.
const MUTATIONS: usize = 12;

const SNIPPETS: &[&str] = &[
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    ";",
    ",",
    ":=",
    "=",
    ".",
    "...",
    "func",
    "go",
    "chan",
    "<-",
    "select",
    "defer",
    "return",
    "nil",
    "0",
    "\"",
    "'",
    "`",
    "/*",
    "*/",
    "//",
    "\n",
    "type T",
    "interface{}",
    "struct{",
    "map[",
    "[]",
    "*",
    "&",
    "x",
    "_",
    "1e400",
    "0x",
    "for",
    "range",
    "switch",
    "case",
    "default:",
    "fallthrough",
    "break",
    "L:",
    "goto",
    "import \"fmt\"",
    "ا",
    "[T any]",
    "1i",
    "iota",
    "const",
    "var",
    "...int",
    "make(",
    "len(",
    "panic(",
    "recover()",
];

fn mutate(src: &str, rng: &mut Pcg64Mcg) -> String {
    let mut b: Vec<char> = src.chars().collect();
    for _ in 0..rng.gen_range(1..4) {
        if b.is_empty() {
            break;
        }
        let i = rng.gen_range(0..b.len());
        match rng.gen_range(0..6) {
            0 => {
                let j = (i + rng.gen_range(1..20)).min(b.len());
                b.drain(i..j);
            }
            1 => {
                let s = SNIPPETS[rng.gen_range(0..SNIPPETS.len())];
                for (k, c) in s.chars().enumerate() {
                    b.insert(i + k, c);
                }
            }
            2 => {
                let j = rng.gen_range(0..b.len());
                b.swap(i, j);
            }
            3 => b.truncate(i),
            4 => {
                let j = (i + rng.gen_range(1..40)).min(b.len());
                let dup: Vec<char> = b[i..j].to_vec();
                let at = rng.gen_range(0..b.len());
                for (k, c) in dup.into_iter().enumerate() {
                    b.insert(at + k, c);
                }
            }
            _ => b[i] = ['(', ')', '{', '}', ';', '\n', ' ', 'x'][rng.gen_range(0..8)],
        }
    }
    b.into_iter().collect()
}

fn corpus(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut v: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    v.sort();
    for p in v {
        if p.is_dir() {
            corpus(&p, out);
        } else if p.extension().is_some_and(|x| x == "mg" || x == "go") {
            out.push(p);
        }
    }
}

#[test]
fn mutated_programs_never_panic() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    corpus(&root.join("programs"), &mut files);
    corpus(&root.join("bench"), &mut files);
    let mut rng = Pcg64Mcg::seed_from_u64(0x5eed);
    let mut failures = Vec::new();
    for f in &files {
        let Ok(src) = std::fs::read_to_string(f) else {
            continue;
        };
        for k in 0..MUTATIONS {
            let m = mutate(&src, &mut rng);
            let file = minigo::diag::SourceFile::new("fuzz.mg", m.clone());
            let r = std::panic::catch_unwind(|| {
                let _ = minigo::build(file);
            });
            if r.is_err() {
                let out = std::env::temp_dir().join(format!(
                    "minigo-fuzz-{}-{k}.mg",
                    f.file_stem().unwrap_or_default().to_string_lossy()
                ));
                let _ = std::fs::write(&out, &m);
                failures.push(out.display().to_string());
            }
        }
    }
    assert!(
        failures.is_empty(),
        "the front end panicked on: {failures:#?}"
    );
}

/// Deep syntax trees (long operator chains, nested blocks and brackets) are built
/// without overflowing the stack: they either compile or get a diagnostic.
#[test]
fn deep_nesting_is_handled() {
    let chain = vec!["1"; 50_000].join(" + ");
    let cases = [
        format!("package main\n\nfunc main() {{\n\tx := {chain}\n\tprintln(x)\n}}\n"),
        format!(
            "package main\n\nfunc main() {{\n\tx := 0\n\t{}x++{}\n\tprintln(x)\n}}\n",
            "{".repeat(3000),
            "}".repeat(3000)
        ),
        format!(
            "package main\n\nfunc main() {{\n\tx := {}1{}\n\tprintln(x)\n}}\n",
            "(".repeat(50_000),
            ")".repeat(50_000)
        ),
    ];
    let ok = [true, true, false];
    for (src, want_ok) in cases.iter().zip(ok) {
        let file = minigo::diag::SourceFile::new("deep.mg", src.clone());
        assert_eq!(minigo::build(file).is_ok(), want_ok);
    }
}
