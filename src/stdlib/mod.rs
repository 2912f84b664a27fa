//! The library packages minigo provides, as embedded Go source.
//!
//! Each package is ordinary minigo code checked and compiled with the program. Functions
//! declared without a body are implemented in Rust by the runtime (`runtime::natives`),
//! looked up by their full name (`strings.Index`, `strings.(*Builder).WriteString`).

/// Import path and source of every package, in the order the error message lists them.
pub const PACKAGES: &[(&str, &str)] = &[
    ("fmt", include_str!("fmt.go")),
    ("errors", include_str!("errors.go")),
    ("strings", include_str!("strings.go")),
    ("strconv", include_str!("strconv.go")),
    ("math", include_str!("math.go")),
    ("sort", include_str!("sort.go")),
    ("os", include_str!("os.go")),
    ("unicode/utf8", include_str!("utf8.go")),
    ("unicode", include_str!("unicode.go")),
    ("math/rand", include_str!("rand.go")),
    ("runtime", include_str!("runtime.go")),
    ("sync", include_str!("sync.go")),
    ("sync/atomic", include_str!("atomic.go")),
    ("time", include_str!("time.go")),
    ("context", include_str!("context.go")),
];

/// The source of a library package, by import path.
pub fn source(path: &str) -> Option<&'static str> {
    PACKAGES.iter().find(|(p, _)| *p == path).map(|(_, s)| *s)
}

/// The import path of the library package a program refers to as `name`
/// (`rand` → `math/rand`), for "add import" hints.
pub fn path_for_name(name: &str) -> Option<&'static str> {
    PACKAGES
        .iter()
        .map(|(p, _)| *p)
        .find(|p| p.rsplit('/').next() == Some(name))
}
