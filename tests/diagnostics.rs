//! Snapshot tests of rendered compile errors: every program in `programs/errors/`,
//! rendered as `minigo check` prints it (no colour, fixed width).
//!
//! Update snapshots on purpose with `cargo insta review` (or INSTA_UPDATE=always).

use std::path::PathBuf;

#[test]
fn rendered_diagnostics() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("programs/errors");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|x| x == "mg"));
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("readable program");
        let name = format!(
            "programs/errors/{}",
            path.file_name().unwrap_or_default().to_string_lossy()
        );
        let src = minigo::diag::SourceFile::new(name.clone(), text);
        let rendered = match minigo::build(src.clone()) {
            Ok(_) => "(compiled without errors)".to_string(),
            Err(diags) => diags
                .iter()
                .map(|d| d.render(&src, false))
                .collect::<Vec<_>>()
                .join("\n"),
        };
        let stem = path
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        insta::with_settings!({ snapshot_path => "snapshots/diagnostics", prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!(stem, rendered);
        });
    }
}
