//! Snapshot tests of the detector's reports: every program in `programs/deadlock/` and
//! `programs/leak/`, run at `--procs 1 --seed 1 --leaks=full` (deterministic), with its
//! standard error snapshotted as printed (no colour: stderr is a pipe; fixed width).
//! Under `--fake-time`, so that when the leak check runs (at moments when everyone
//! sleeps) does not depend on the machine's load.
//!
//! Update snapshots on purpose with `cargo insta review` (or INSTA_UPDATE=always).

use std::path::PathBuf;
use std::process::Command;

#[test]
fn rendered_reports() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    for kind in ["deadlock", "leak"] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(root.join("programs").join(kind))
            .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        files.retain(|p| p.extension().is_some_and(|x| x == "mg"));
        files.sort();
        for path in files {
            let rel = format!(
                "programs/{kind}/{}",
                path.file_name().unwrap_or_default().to_string_lossy()
            );
            let out = Command::new(env!("CARGO_BIN_EXE_minigo"))
                .args([
                    "run",
                    "--procs",
                    "1",
                    "--seed",
                    "1",
                    "--fake-time",
                    "--leaks=full",
                    &rel,
                ])
                .current_dir(&root)
                .output()
                .expect("minigo runs");
            let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
            let stem = format!(
                "{kind}_{}",
                path.file_stem().unwrap_or_default().to_string_lossy()
            );
            insta::with_settings!({ snapshot_path => "snapshots/reports", prepend_module_to_snapshot => false }, {
                insta::assert_snapshot!(stem, stderr);
            });
        }
    }
}
