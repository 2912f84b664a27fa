//! The type table: every type of a program, interned, so that identical types are equal ids.
//!
//! Go's type identity is structural for type literals (`[]int` is `[]int` wherever it is
//! written) and nominal for defined types (`type Celsius float64` is a new type). Type
//! literals are interned by their structure; each defined type gets its own entry whose
//! underlying type is filled in once its declaration has been resolved, which is what
//! lets `type Node struct { next *Node }` refer to itself.
//!
//! The table outlives checking: the VM reads it to print values (`%v`, `%T`), to build
//! zero values and to dispatch interface method calls.

use std::collections::HashMap;

use crate::syntax::ast::ChanDir;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct TypeId(pub u32);

impl TypeId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// Go's basic types. `byte` and `rune` are aliases of `Uint8` and `Int32`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Basic {
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    String,
}

impl Basic {
    pub fn name(self) -> &'static str {
        match self {
            Basic::Bool => "bool",
            Basic::Int => "int",
            Basic::Int8 => "int8",
            Basic::Int16 => "int16",
            Basic::Int32 => "int32",
            Basic::Int64 => "int64",
            Basic::Uint => "uint",
            Basic::Uint8 => "uint8",
            Basic::Uint16 => "uint16",
            Basic::Uint32 => "uint32",
            Basic::Uint64 => "uint64",
            Basic::Uintptr => "uintptr",
            Basic::Float32 => "float32",
            Basic::Float64 => "float64",
            Basic::String => "string",
        }
    }
    pub fn is_integer(self) -> bool {
        !matches!(
            self,
            Basic::Bool | Basic::Float32 | Basic::Float64 | Basic::String
        )
    }
    pub fn is_unsigned(self) -> bool {
        matches!(
            self,
            Basic::Uint
                | Basic::Uint8
                | Basic::Uint16
                | Basic::Uint32
                | Basic::Uint64
                | Basic::Uintptr
        )
    }
    pub fn is_float(self) -> bool {
        matches!(self, Basic::Float32 | Basic::Float64)
    }
    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float()
    }
    /// Size in bits of an integer type (int and uint are 64 bits, as on amd64).
    pub fn bits(self) -> u32 {
        match self {
            Basic::Int8 | Basic::Uint8 => 8,
            Basic::Int16 | Basic::Uint16 => 16,
            Basic::Int32 | Basic::Uint32 | Basic::Float32 => 32,
            _ => 64,
        }
    }
}

/// The kinds of untyped constants (and untyped nil).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub enum Untyped {
    Bool,
    Int,
    Rune,
    Float,
    String,
    Nil,
}

impl Untyped {
    pub fn name(self) -> &'static str {
        match self {
            Untyped::Bool => "untyped bool",
            Untyped::Int => "untyped int",
            Untyped::Rune => "untyped rune",
            Untyped::Float => "untyped float",
            Untyped::String => "untyped string",
            Untyped::Nil => "untyped nil",
        }
    }
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Field {
    pub name: String,
    pub ty: TypeId,
    pub embedded: bool,
    pub tag: Option<String>,
}

impl Field {
    pub fn exported(&self) -> bool {
        is_exported(&self.name)
    }
}

pub fn is_exported(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_uppercase())
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Signature {
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    /// The last parameter is `...T`, stored as `[]T`.
    pub variadic: bool,
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Method {
    pub name: String,
    /// A `Func` type: the signature without the receiver.
    pub sig: TypeId,
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TypeKind {
    /// The type of an expression that failed to check; it matches anything, silently.
    Invalid,
    Basic(Basic),
    Untyped(Untyped),
    /// A defined type: details in `TypeTable::named`.
    Named(u32),
    Pointer(TypeId),
    Slice(TypeId),
    Array(u64, TypeId),
    Map(TypeId, TypeId),
    Chan(ChanDirKey, TypeId),
    Struct(Vec<Field>),
    Func(Signature),
    /// Methods sorted by name, embedded interfaces flattened in.
    Interface(Vec<Method>),
    /// The results of a call returning several values.
    Tuple(Vec<TypeId>),
}

/// `ChanDir` with the traits the interner needs.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum ChanDirKey {
    Both,
    Send,
    Recv,
}

impl From<ChanDir> for ChanDirKey {
    fn from(d: ChanDir) -> Self {
        match d {
            ChanDir::Both => ChanDirKey::Both,
            ChanDir::Send => ChanDirKey::Send,
            ChanDir::Recv => ChanDirKey::Recv,
        }
    }
}

/// A method declared on a defined type.
#[derive(Clone, Debug)]
pub struct MethodDecl {
    pub name: String,
    /// The function implementing it (an index into the program's functions).
    pub func: u32,
    pub ptr_recv: bool,
    /// Signature without the receiver.
    pub sig: TypeId,
}

/// An entry of a dynamic type's method table, used for interface calls and assertions.
#[derive(Clone, Debug)]
pub struct VEntry {
    pub name: String,
    pub func: u32,
    /// The receiver is a pointer but the method takes the value: dereference (and copy).
    pub deref: bool,
    pub sig: TypeId,
}

#[derive(Clone, Debug)]
pub struct Named {
    pub name: String,
    /// The package that declares it: `main`, `time`, ...; empty for `error`.
    pub pkg: String,
    /// `Invalid` until the declaration is resolved.
    pub underlying: TypeId,
    pub methods: Vec<MethodDecl>,
    /// Set for types declared inside a function: Go prints them the same way, but two
    /// such types with one name are different types.
    pub local: bool,
    /// The method set of T and of *T, sorted by name (filled in after checking).
    pub vtable: Vec<VEntry>,
    pub ptr_vtable: Vec<VEntry>,
}

pub struct TypeTable {
    kinds: Vec<TypeKind>,
    interned: HashMap<TypeKind, TypeId>,
    pub named: Vec<Named>,
}

// The fixed ids of the predeclared types, in the order `TypeTable::new` creates them.
pub const INVALID: TypeId = TypeId(0);
pub const BOOL: TypeId = TypeId(1);
pub const INT: TypeId = TypeId(2);
pub const INT8: TypeId = TypeId(3);
pub const INT16: TypeId = TypeId(4);
pub const INT32: TypeId = TypeId(5);
pub const INT64: TypeId = TypeId(6);
pub const UINT: TypeId = TypeId(7);
pub const UINT8: TypeId = TypeId(8);
pub const UINT16: TypeId = TypeId(9);
pub const UINT32: TypeId = TypeId(10);
pub const UINT64: TypeId = TypeId(11);
pub const UINTPTR: TypeId = TypeId(12);
pub const FLOAT32: TypeId = TypeId(13);
pub const FLOAT64: TypeId = TypeId(14);
pub const STRING: TypeId = TypeId(15);
pub const UNTYPED_BOOL: TypeId = TypeId(16);
pub const UNTYPED_INT: TypeId = TypeId(17);
pub const UNTYPED_RUNE: TypeId = TypeId(18);
pub const UNTYPED_FLOAT: TypeId = TypeId(19);
pub const UNTYPED_STRING: TypeId = TypeId(20);
pub const UNTYPED_NIL: TypeId = TypeId(21);
/// `interface{}` (and its alias `any`).
pub const EMPTY_IFACE: TypeId = TypeId(22);
/// The predeclared `error` interface.
pub const ERROR: TypeId = TypeId(23);
/// `func() string`, the signature of `Error` and `String`.
pub const FUNC_STRING: TypeId = TypeId(24);
/// `[]byte`
pub const BYTES: TypeId = TypeId(25);
/// The empty tuple: the "type" of a call to a function without results.
pub const VOID: TypeId = TypeId(26);

impl Default for TypeTable {
    fn default() -> Self {
        Self::new()
    }
}

impl TypeTable {
    pub fn new() -> TypeTable {
        let mut t = TypeTable {
            kinds: Vec::new(),
            interned: HashMap::new(),
            named: Vec::new(),
        };
        t.intern(TypeKind::Invalid);
        for b in [
            Basic::Bool,
            Basic::Int,
            Basic::Int8,
            Basic::Int16,
            Basic::Int32,
            Basic::Int64,
            Basic::Uint,
            Basic::Uint8,
            Basic::Uint16,
            Basic::Uint32,
            Basic::Uint64,
            Basic::Uintptr,
            Basic::Float32,
            Basic::Float64,
            Basic::String,
        ] {
            t.intern(TypeKind::Basic(b));
        }
        for u in [
            Untyped::Bool,
            Untyped::Int,
            Untyped::Rune,
            Untyped::Float,
            Untyped::String,
            Untyped::Nil,
        ] {
            t.intern(TypeKind::Untyped(u));
        }
        let empty = t.intern(TypeKind::Interface(vec![]));
        debug_assert_eq!(empty, EMPTY_IFACE);
        let error = t.new_named("error", "", false);
        debug_assert_eq!(error, ERROR);
        let fs = t.func(vec![], vec![STRING], false);
        debug_assert_eq!(fs, FUNC_STRING);
        let bytes = t.slice(UINT8);
        debug_assert_eq!(bytes, BYTES);
        let void = t.intern(TypeKind::Tuple(vec![]));
        debug_assert_eq!(void, VOID);
        let iface = t.intern(TypeKind::Interface(vec![Method {
            name: "Error".into(),
            sig: FUNC_STRING,
        }]));
        t.set_underlying(ERROR, iface);
        t
    }

    pub fn intern(&mut self, kind: TypeKind) -> TypeId {
        if let Some(&id) = self.interned.get(&kind) {
            return id;
        }
        let id = TypeId(self.kinds.len() as u32);
        self.kinds.push(kind.clone());
        self.interned.insert(kind, id);
        id
    }

    /// The id of an already-interned type, if the program uses it.
    pub fn find(&self, kind: &TypeKind) -> Option<TypeId> {
        self.interned.get(kind).copied()
    }

    pub fn kind(&self, t: TypeId) -> &TypeKind {
        &self.kinds[t.index()]
    }

    pub fn len(&self) -> usize {
        self.kinds.len()
    }

    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty()
    }

    /// Declares a new defined type; its underlying type is set later.
    pub fn new_named(&mut self, name: &str, pkg: &str, local: bool) -> TypeId {
        let n = self.named.len() as u32;
        self.named.push(Named {
            name: name.to_string(),
            pkg: pkg.to_string(),
            underlying: INVALID,
            methods: Vec::new(),
            local,
            vtable: Vec::new(),
            ptr_vtable: Vec::new(),
        });
        // Named kinds are unique by construction, so interning never merges two.
        self.intern(TypeKind::Named(n))
    }

    pub fn named_info(&self, t: TypeId) -> Option<&Named> {
        match self.kind(t) {
            TypeKind::Named(n) => Some(&self.named[*n as usize]),
            _ => None,
        }
    }

    pub fn named_info_mut(&mut self, t: TypeId) -> Option<&mut Named> {
        match self.kinds[t.index()] {
            TypeKind::Named(n) => Some(&mut self.named[n as usize]),
            _ => None,
        }
    }

    pub fn set_underlying(&mut self, named: TypeId, underlying: TypeId) {
        let u = self.underlying(underlying);
        if let Some(n) = self.named_info_mut(named) {
            n.underlying = u;
        }
    }

    pub fn pointer(&mut self, t: TypeId) -> TypeId {
        self.intern(TypeKind::Pointer(t))
    }
    pub fn slice(&mut self, t: TypeId) -> TypeId {
        self.intern(TypeKind::Slice(t))
    }
    pub fn array(&mut self, n: u64, t: TypeId) -> TypeId {
        self.intern(TypeKind::Array(n, t))
    }
    pub fn map(&mut self, k: TypeId, v: TypeId) -> TypeId {
        self.intern(TypeKind::Map(k, v))
    }
    pub fn chan(&mut self, dir: ChanDirKey, t: TypeId) -> TypeId {
        self.intern(TypeKind::Chan(dir, t))
    }
    pub fn func(&mut self, params: Vec<TypeId>, results: Vec<TypeId>, variadic: bool) -> TypeId {
        self.intern(TypeKind::Func(Signature {
            params,
            results,
            variadic,
        }))
    }
    pub fn tuple(&mut self, ts: Vec<TypeId>) -> TypeId {
        self.intern(TypeKind::Tuple(ts))
    }
    pub fn interface(&mut self, mut methods: Vec<Method>) -> TypeId {
        methods.sort_by(|a, b| a.name.cmp(&b.name));
        methods.dedup_by(|a, b| a.name == b.name);
        self.intern(TypeKind::Interface(methods))
    }
    pub fn struct_(&mut self, fields: Vec<Field>) -> TypeId {
        self.intern(TypeKind::Struct(fields))
    }

    /// The underlying type: itself for everything but defined types.
    pub fn underlying(&self, t: TypeId) -> TypeId {
        match self.kind(t) {
            TypeKind::Named(n) => self.named[*n as usize].underlying,
            _ => t,
        }
    }

    pub fn under(&self, t: TypeId) -> &TypeKind {
        self.kind(self.underlying(t))
    }

    pub fn basic(&self, t: TypeId) -> Option<Basic> {
        match self.under(t) {
            TypeKind::Basic(b) => Some(*b),
            _ => None,
        }
    }

    pub fn untyped(&self, t: TypeId) -> Option<Untyped> {
        match self.kind(t) {
            TypeKind::Untyped(u) => Some(*u),
            _ => None,
        }
    }

    pub fn is_untyped(&self, t: TypeId) -> bool {
        matches!(self.kind(t), TypeKind::Untyped(_))
    }
    pub fn is_named(&self, t: TypeId) -> bool {
        matches!(self.kind(t), TypeKind::Named(_))
    }
    pub fn is_invalid(&self, t: TypeId) -> bool {
        t == INVALID
    }
    pub fn is_interface(&self, t: TypeId) -> bool {
        matches!(self.under(t), TypeKind::Interface(_))
    }
    pub fn is_integer(&self, t: TypeId) -> bool {
        match self.under(t) {
            TypeKind::Basic(b) => b.is_integer(),
            TypeKind::Untyped(u) => matches!(u, Untyped::Int | Untyped::Rune),
            _ => false,
        }
    }
    pub fn is_unsigned(&self, t: TypeId) -> bool {
        self.basic(t).is_some_and(|b| b.is_unsigned())
    }
    pub fn is_float(&self, t: TypeId) -> bool {
        match self.under(t) {
            TypeKind::Basic(b) => b.is_float(),
            TypeKind::Untyped(u) => *u == Untyped::Float,
            _ => false,
        }
    }
    pub fn is_numeric(&self, t: TypeId) -> bool {
        self.is_integer(t) || self.is_float(t)
    }
    pub fn is_string(&self, t: TypeId) -> bool {
        match self.under(t) {
            TypeKind::Basic(b) => *b == Basic::String,
            TypeKind::Untyped(u) => *u == Untyped::String,
            _ => false,
        }
    }
    pub fn is_boolean(&self, t: TypeId) -> bool {
        match self.under(t) {
            TypeKind::Basic(b) => *b == Basic::Bool,
            TypeKind::Untyped(u) => *u == Untyped::Bool,
            _ => false,
        }
    }
    pub fn is_pointer(&self, t: TypeId) -> bool {
        matches!(self.under(t), TypeKind::Pointer(_))
    }
    pub fn pointer_elem(&self, t: TypeId) -> Option<TypeId> {
        match self.under(t) {
            TypeKind::Pointer(e) => Some(*e),
            _ => None,
        }
    }

    /// Struct and array values are copied on assignment: the VM keeps them behind a
    /// reference that each storage location owns.
    pub fn is_aggregate(&self, t: TypeId) -> bool {
        matches!(self.under(t), TypeKind::Struct(_) | TypeKind::Array(..))
    }

    /// Types whose zero value is nil.
    pub fn is_nillable(&self, t: TypeId) -> bool {
        matches!(
            self.under(t),
            TypeKind::Pointer(_)
                | TypeKind::Slice(_)
                | TypeKind::Map(..)
                | TypeKind::Chan(..)
                | TypeKind::Func(_)
                | TypeKind::Interface(_)
        ) || t == UNTYPED_NIL
    }

    pub fn signature(&self, t: TypeId) -> Option<&Signature> {
        match self.under(t) {
            TypeKind::Func(s) => Some(s),
            _ => None,
        }
    }

    pub fn struct_fields(&self, t: TypeId) -> Option<&[Field]> {
        match self.under(t) {
            TypeKind::Struct(f) => Some(f),
            _ => None,
        }
    }

    pub fn interface_methods(&self, t: TypeId) -> Option<&[Method]> {
        match self.under(t) {
            TypeKind::Interface(m) => Some(m),
            _ => None,
        }
    }

    pub fn tuple_elems(&self, t: TypeId) -> Option<&[TypeId]> {
        match self.kind(t) {
            TypeKind::Tuple(ts) => Some(ts),
            _ => None,
        }
    }

    /// The element type of a slice, array, pointer to array, map (value), channel or string.
    pub fn elem(&self, t: TypeId) -> Option<TypeId> {
        match self.under(t) {
            TypeKind::Slice(e) | TypeKind::Array(_, e) | TypeKind::Chan(_, e) => Some(*e),
            TypeKind::Map(_, v) => Some(*v),
            TypeKind::Pointer(p) => match self.under(*p) {
                TypeKind::Array(_, e) => Some(*e),
                _ => None,
            },
            TypeKind::Basic(Basic::String) => Some(UINT8),
            _ => None,
        }
    }

    /// Whether `==` is defined on values of the type (Go's "comparable").
    pub fn comparable(&self, t: TypeId) -> bool {
        match self.under(t) {
            TypeKind::Slice(_) | TypeKind::Map(..) | TypeKind::Func(_) => false,
            TypeKind::Struct(fs) => fs.iter().all(|f| self.comparable(f.ty)),
            TypeKind::Array(_, e) => self.comparable(*e),
            TypeKind::Tuple(_) => false,
            _ => true,
        }
    }

    /// Whether `<` is defined (integers, floats, strings).
    pub fn ordered(&self, t: TypeId) -> bool {
        self.is_numeric(t) || self.is_string(t)
    }

    /// The default type of an untyped constant (`1` is int, `1.5` is float64, ...).
    pub fn default_type(&self, t: TypeId) -> TypeId {
        match self.kind(t) {
            TypeKind::Untyped(u) => match u {
                Untyped::Bool => BOOL,
                Untyped::Int => INT,
                Untyped::Rune => INT32,
                Untyped::Float => FLOAT64,
                Untyped::String => STRING,
                Untyped::Nil => UNTYPED_NIL,
            },
            _ => t,
        }
    }

    /// The name of a type as Go's compiler writes it in error messages: types of
    /// package main unqualified, others qualified (`time.Duration`).
    pub fn display(&self, t: TypeId) -> String {
        let mut s = String::new();
        self.write_type(&mut s, t, Qualify::NotMain);
        s
    }

    /// The name of a type as `%T` prints it: every defined type qualified (`main.Point`).
    pub fn go_name(&self, t: TypeId) -> String {
        let mut s = String::new();
        self.write_type(&mut s, t, Qualify::All);
        s
    }

    fn write_type(&self, s: &mut String, t: TypeId, q: Qualify) {
        match self.kind(t) {
            TypeKind::Invalid => s.push_str("invalid type"),
            TypeKind::Basic(b) => s.push_str(match b {
                // Go prints the alias names the way it declares them.
                Basic::Uint8 => "uint8",
                Basic::Int32 => "int32",
                b => b.name(),
            }),
            TypeKind::Untyped(u) => s.push_str(u.name()),
            TypeKind::Named(n) => {
                let n = &self.named[*n as usize];
                let qualify = match q {
                    Qualify::All => !n.pkg.is_empty(),
                    Qualify::NotMain => !n.pkg.is_empty() && n.pkg != "main",
                };
                if qualify {
                    s.push_str(&n.pkg);
                    s.push('.');
                }
                s.push_str(&n.name);
            }
            TypeKind::Pointer(e) => {
                s.push('*');
                self.write_type(s, *e, q);
            }
            TypeKind::Slice(e) => {
                s.push_str("[]");
                self.write_type(s, *e, q);
            }
            TypeKind::Array(n, e) => {
                s.push_str(&format!("[{n}]"));
                self.write_type(s, *e, q);
            }
            TypeKind::Map(k, v) => {
                s.push_str("map[");
                self.write_type(s, *k, q);
                s.push(']');
                self.write_type(s, *v, q);
            }
            TypeKind::Chan(d, e) => {
                s.push_str(match d {
                    ChanDirKey::Both => "chan ",
                    ChanDirKey::Send => "chan<- ",
                    ChanDirKey::Recv => "<-chan ",
                });
                // `chan (<-chan int)` needs the parentheses to mean what it says.
                let paren = *d == ChanDirKey::Both
                    && matches!(self.kind(*e), TypeKind::Chan(ChanDirKey::Recv, _));
                if paren {
                    s.push('(');
                }
                self.write_type(s, *e, q);
                if paren {
                    s.push(')');
                }
            }
            TypeKind::Struct(fields) => {
                // The compiler writes `struct{X int}`, reflect (`%T`) `struct { X int }`.
                let (open, sep, close) = match q {
                    Qualify::NotMain => ("struct{", "; ", "}"),
                    Qualify::All if fields.is_empty() => ("struct {", "", "}"),
                    Qualify::All => ("struct { ", "; ", " }"),
                };
                s.push_str(open);
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        s.push_str(sep);
                    }
                    if !f.embedded {
                        s.push_str(&f.name);
                        s.push(' ');
                    }
                    self.write_type(s, f.ty, q);
                    if let Some(tag) = &f.tag {
                        s.push(' ');
                        s.push_str(&format!("{tag:?}"));
                    }
                }
                s.push_str(close);
            }
            TypeKind::Func(sig) => {
                s.push_str("func");
                self.write_sig(s, sig, q);
            }
            TypeKind::Interface(methods) => {
                let (open, sep, close) = match q {
                    Qualify::NotMain => ("interface{", "; ", "}"),
                    Qualify::All if methods.is_empty() => ("interface {", "", "}"),
                    Qualify::All => ("interface { ", "; ", " }"),
                };
                s.push_str(open);
                for (i, m) in methods.iter().enumerate() {
                    if i > 0 {
                        s.push_str(sep);
                    }
                    s.push_str(&m.name);
                    if let TypeKind::Func(sig) = self.kind(m.sig) {
                        self.write_sig(s, sig, q);
                    }
                }
                s.push_str(close);
            }
            TypeKind::Tuple(ts) => {
                s.push('(');
                for (i, t) in ts.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write_type(s, *t, q);
                }
                s.push(')');
            }
        }
    }

    fn write_sig(&self, s: &mut String, sig: &Signature, q: Qualify) {
        s.push('(');
        for (i, p) in sig.params.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            if sig.variadic && i + 1 == sig.params.len() {
                s.push_str("...");
                let e = self.elem(*p).unwrap_or(INVALID);
                self.write_type(s, e, q);
            } else {
                self.write_type(s, *p, q);
            }
        }
        s.push(')');
        match sig.results.len() {
            0 => {}
            1 => {
                s.push(' ');
                self.write_type(s, sig.results[0], q);
            }
            _ => {
                s.push_str(" (");
                for (i, r) in sig.results.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write_type(s, *r, q);
                }
                s.push(')');
            }
        }
    }

    /// Go's identical-types rule reduces to id equality thanks to interning.
    pub fn identical(&self, a: TypeId, b: TypeId) -> bool {
        a == b
    }
}

#[derive(Clone, Copy)]
enum Qualify {
    All,
    NotMain,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interning_and_names() {
        let mut t = TypeTable::new();
        let a = t.slice(INT);
        let b = t.slice(INT);
        assert_eq!(a, b);
        let m = t.map(STRING, a);
        assert_eq!(t.go_name(m), "map[string][]int");
        let p = t.new_named("Point", "main", false);
        let pp = t.pointer(p);
        assert_eq!(t.go_name(pp), "*main.Point");
        assert_eq!(t.display(pp), "*Point");
        let f = t.func(vec![INT, a], vec![STRING, ERROR], true);
        assert_eq!(t.go_name(f), "func(int, ...int) (string, error)");
        assert_eq!(t.go_name(EMPTY_IFACE), "interface {}");
        assert_eq!(t.display(EMPTY_IFACE), "interface{}");
    }
}
