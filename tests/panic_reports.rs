//! Snapshot tests of the panic reports: every program in `programs/panics/` that dies of
//! a panic or a fatal error, run at `--procs 1 --seed 1`, with its standard error
//! snapshotted as printed (no colour: stderr is a pipe; fixed width). Go's first lines
//! and exit status are checked against Go by `tests/programs.rs`; these snapshots pin
//! minigo's explanation below them.
//!
//! Update snapshots on purpose with `cargo insta review` (or INSTA_UPDATE=always).

use std::path::PathBuf;
use std::process::Command;

#[test]
fn rendered_panic_reports() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<PathBuf> = std::fs::read_dir(root.join("programs").join("panics"))
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|x| x == "mg"));
    files.sort();
    let mut seen = 0;
    for path in files {
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        let rel = format!("programs/panics/{name}");
        let out = Command::new(env!("CARGO_BIN_EXE_minigo"))
            .args(["run", "--procs", "1", "--seed", "1", &rel])
            .current_dir(&root)
            .output()
            .expect("minigo runs");
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        // Programs that recover everything, or exit on purpose, have no report.
        if out.status.code() != Some(2) {
            continue;
        }
        assert!(
            stderr.contains("  × goroutine "),
            "{rel}: no report under the panic:\n{stderr}"
        );
        seen += 1;
        let stem = format!(
            "panic_{}",
            path.file_stem().unwrap_or_default().to_string_lossy()
        );
        insta::with_settings!({ snapshot_path => "snapshots/panics", prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!(stem, stderr);
        });
    }
    assert!(seen >= 10, "only {seen} panic programs found");
}
