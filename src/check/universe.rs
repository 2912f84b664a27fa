//! The universe scope: Go's predeclared types, constants, `nil` and builtin functions.

use super::constant::Const;
use super::ir::Builtin;
use super::types::*;
use super::{Checker, Entity};

pub(super) fn populate(c: &mut Checker) {
    let u = &mut c.universe;
    for (name, t) in [
        ("bool", BOOL),
        ("int", INT),
        ("int8", INT8),
        ("int16", INT16),
        ("int32", INT32),
        ("rune", INT32),
        ("int64", INT64),
        ("uint", UINT),
        ("uint8", UINT8),
        ("byte", UINT8),
        ("uint16", UINT16),
        ("uint32", UINT32),
        ("uint64", UINT64),
        ("uintptr", UINTPTR),
        ("float32", FLOAT32),
        ("float64", FLOAT64),
        ("string", STRING),
        ("error", ERROR),
        ("any", EMPTY_IFACE),
    ] {
        u.insert(name.to_string(), Entity::Type(t));
    }
    u.insert(
        "true".into(),
        Entity::Const {
            ty: UNTYPED_BOOL,
            value: Const::Bool(true),
        },
    );
    u.insert(
        "false".into(),
        Entity::Const {
            ty: UNTYPED_BOOL,
            value: Const::Bool(false),
        },
    );
    u.insert("nil".into(), Entity::Nil);
    for (name, b) in [
        ("len", Builtin::Len),
        ("cap", Builtin::Cap),
        ("append", Builtin::Append),
        ("copy", Builtin::Copy),
        ("delete", Builtin::Delete),
        ("make", Builtin::Make),
        ("new", Builtin::New),
        ("panic", Builtin::Panic),
        ("recover", Builtin::Recover),
        ("print", Builtin::Print),
        ("println", Builtin::Println),
        ("min", Builtin::Min),
        ("max", Builtin::Max),
        ("clear", Builtin::Clear),
        ("close", Builtin::Close),
    ] {
        u.insert(name.to_string(), Entity::Builtin(b));
    }
}

/// Predeclared names minigo leaves out, with what to say about them.
pub(super) fn unsupported(name: &str) -> Option<(&'static str, &'static str)> {
    match name {
        "complex64" | "complex128" | "complex" | "real" | "imag" => Some((
            "complex numbers are not supported",
            "minigo supports int, float64 and float32 numbers; complex types are left out",
        )),
        "comparable" => Some((
            "generics are not supported",
            "write the function for one concrete type, or use an interface",
        )),
        "unsafe" => Some((
            "package unsafe is not supported",
            "minigo is memory-safe by design",
        )),
        _ => None,
    }
}
