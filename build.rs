//! Builds the lalrpop grammar in `grammar/` into `$OUT_DIR/minigo.rs`.
fn main() {
    lalrpop::Configuration::new()
        .use_cargo_dir_conventions()
        .set_in_dir("grammar")
        .emit_rerun_directives(true)
        .process()
        .expect("grammar/minigo.lalrpop must build");
}
