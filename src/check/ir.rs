//! The checked program: a typed tree in which every name is resolved and every implicit
//! step of Go's semantics is written out.
//!
//! What the checker makes explicit, so that the compiler never has to think about Go:
//! - every expression has its final type (untyped constants are converted and folded);
//! - names are resolved to locals, captured variables, globals or functions;
//! - method calls have their receiver adjusted (`&x`, `*p`, embedded field paths);
//! - variadic arguments are packed into a slice; values are boxed into interfaces with
//!   `ToIface`; conversions are `Convert`;
//! - `defer` and `go` of builtins are wrapped in function literals.

use std::sync::Arc;

use super::constant::Const;
use super::types::{TypeId, TypeTable};
use crate::diag::SourceFile;
use crate::syntax::ast::{BinOp, Span, UnOp};

pub type LocalId = u32;
pub type FuncId = u32;
pub type GlobalId = u32;
pub type LabelId = u32;

pub struct Program {
    pub types: TypeTable,
    pub funcs: Vec<Func>,
    pub globals: Vec<Global>,
    /// Source files; `Func::file` indexes this. File 0 is the user's program.
    pub files: Vec<Arc<SourceFile>>,
    /// Initializes the globals of every package in dependency order, runs the `init`
    /// functions, then calls `main.main`.
    pub entry: FuncId,
    pub main: FuncId,
    /// Functions the runtime calls by name (panic printing, fmt's method calls, ...).
    pub runtime_hooks: RuntimeHooks,
}

/// Functions written in the embedded library sources that the VM itself calls.
#[derive(Default, Clone, Debug)]
pub struct RuntimeHooks {
    /// `runtime.panicValueString(v any) string`: how an unrecovered panic prints its value.
    pub panic_value_string: Option<FuncId>,
    /// `runtime.makeError(kind int, msg string) error`: the value of a run-time panic.
    pub make_runtime_error: Option<FuncId>,
}

pub struct Global {
    pub name: String,
    pub ty: TypeId,
    pub span: Span,
    pub file: u32,
}

#[derive(Clone, Debug)]
pub struct Local {
    pub name: String,
    pub ty: TypeId,
    pub span: Span,
    /// Referenced from a function literal.
    pub captured: bool,
    /// Its address is taken (`&x`, a pointer-method call, slicing an array).
    pub addressed: bool,
}

impl Local {
    /// Whether other references to the variable's storage may exist: then a scalar lives
    /// in a heap cell and an aggregate is assigned by copying into its storage.
    pub fn shared(&self) -> bool {
        self.captured || self.addressed
    }
}

/// Where a closure's captured variable comes from in the enclosing function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaptureFrom {
    Local(LocalId),
    Upvalue(u32),
}

#[derive(Clone, Debug)]
pub struct Capture {
    pub name: String,
    pub ty: TypeId,
    pub from: CaptureFrom,
}

pub enum FuncBody {
    Code(Vec<Stmt>),
    /// Implemented in Rust: the name is looked up in the runtime's native table.
    Native(String),
    /// Declared only; reported by the checker, never compiled.
    Missing,
}

pub struct Func {
    /// Go's name for stack traces: `main.main`, `main.(*Point).Move`, `main.main.func1`.
    pub name: String,
    pub file: u32,
    pub span: Span,
    /// A `Func` type (without the receiver).
    pub sig: TypeId,
    /// Parameters in order, the receiver first for methods.
    pub params: Vec<LocalId>,
    /// Result variables: the named results, or unnamed ones made up by the checker.
    pub results: Vec<LocalId>,
    pub locals: Vec<Local>,
    pub captures: Vec<Capture>,
    pub body: FuncBody,
    /// Contains a `defer` statement.
    pub has_defer: bool,
    /// The variadic parameter's element type, when the function is variadic.
    pub variadic: bool,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub ty: TypeId,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    /// A constant of the expression's (concrete) type.
    Const(Const),
    /// `nil` of a pointer, slice, map, channel, function or interface type.
    Nil,
    /// The zero value of the type.
    Zero,
    Local(LocalId),
    Upvalue(u32),
    Global(GlobalId),
    /// A function used as a value.
    FuncRef(FuncId),
    Closure {
        func: FuncId,
        captures: Vec<CaptureFrom>,
    },
    /// `x.M` used as a value: the receiver is evaluated (and copied) now.
    MethodValue {
        recv: Box<Expr>,
        func: FuncId,
    },
    /// `i.M` on an interface, used as a value.
    IfaceMethodValue {
        recv: Box<Expr>,
        method: String,
    },
    Unary(UnOp, Box<Expr>),
    /// Arithmetic and bitwise operators; `&&` and `||` short-circuit.
    Binary(BinOp, Box<Expr>, Box<Expr>),
    /// Comparison; both operands have the same type (`l.ty`), the result is boolean.
    Compare(BinOp, Box<Expr>, Box<Expr>),
    Call(Box<Call>),
    Builtin(Builtin, Vec<Expr>),
    /// A non-constant conversion from `x.ty` to `ty` (not to an interface).
    Convert(Box<Expr>),
    /// Boxing a concrete value (or re-typing an interface value) into interface type `ty`.
    ToIface(Box<Expr>),
    /// Field `index` of a struct value; pointers are dereferenced explicitly first.
    Field(Box<Expr>, u32),
    Deref(Box<Expr>),
    /// `&x` of an addressable expression, or `&T{...}`.
    AddrOf(Box<Expr>),
    /// Element of an array, slice, string or pointer to array.
    Index(Box<Expr>, Box<Expr>),
    /// `m[k]`; with `comma_ok` the type is the tuple `(V, bool)`.
    MapIndex {
        map: Box<Expr>,
        key: Box<Expr>,
        comma_ok: bool,
    },
    Slice {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
    },
    /// `x.(T)` where `ty` is T (or the tuple `(T, bool)` with `comma_ok`).
    TypeAssert {
        x: Box<Expr>,
        target: TypeId,
        comma_ok: bool,
    },
    Composite(Composite),
    /// `<-ch`; with `comma_ok` the type is the tuple `(T, bool)`.
    Recv {
        ch: Box<Expr>,
        comma_ok: bool,
    },
}

#[derive(Clone, Debug)]
pub enum Composite {
    /// Every field in order; `None` is the zero value.
    Struct(Vec<Option<Expr>>),
    /// Elements with their indices; the length is in the type.
    Array(Vec<(u64, Expr)>),
    /// Elements with their indices, and the length.
    Slice(Vec<(u64, Expr)>, u64),
    Map(Vec<(Expr, Expr)>),
}

#[derive(Clone, Debug)]
pub struct Call {
    pub callee: Callee,
    /// One argument per parameter; a variadic tail is already packed into a slice.
    pub args: Vec<Expr>,
    /// `f(g())` where g returns several values: they become the arguments.
    pub tuple_args: Option<Box<TupleArgs>>,
}

/// The results of a call passed on as the arguments of another (`f(g())`).
#[derive(Clone, Debug)]
pub struct TupleArgs {
    pub tuple: Expr,
    /// The parameter type each result is passed as (an interface type boxes it).
    pub targets: Vec<TypeId>,
    /// Results from this index on are packed into a slice of the given type (variadic).
    pub pack: Option<(usize, TypeId)>,
}

impl Call {
    pub fn new(callee: Callee, args: Vec<Expr>) -> Call {
        Call {
            callee,
            args,
            tuple_args: None,
        }
    }
}

#[derive(Clone, Debug)]
pub enum Callee {
    /// A function or method known at compile time (the receiver is `args[0]`).
    Static(FuncId),
    /// A function value.
    Value(Expr),
    /// Dynamic dispatch on an interface value.
    Iface { recv: Expr, method: String },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Builtin {
    Len,
    Cap,
    /// `append(s, elems...)`: args are the slice then each element.
    Append,
    /// `append(s, t...)`: args are the slice and the slice (or string) spread.
    AppendSpread,
    Copy,
    Delete,
    /// `make([]T, len[, cap])`, `make(map[K]V[, n])`, `make(chan T[, n])`: the type is `ty`.
    Make,
    New,
    Panic,
    Recover,
    Print,
    Println,
    Min,
    Max,
    Clear,
    Close,
}

#[derive(Clone, Debug)]
pub enum LValue {
    /// `_`: the value is evaluated and dropped.
    Blank,
    Local(LocalId),
    /// A new variable being declared (`:=`, `range`): it gets fresh storage.
    Declare(LocalId),
    Upvalue(u32),
    Global(GlobalId),
    /// A field of an addressable struct (the base is a reference to the storage).
    Field(Expr, u32),
    Index(Expr, Expr),
    MapIndex(Expr, Expr),
    Deref(Expr),
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    Expr(Expr),
    /// `var x T [= v]` for one local; without a value, the zero value.
    VarDecl(LocalId, Option<Expr>),
    /// Parallel assignment: operands on the left are evaluated, then every value on the
    /// right, then the stores happen left to right.
    Assign(Vec<LValue>, Vec<Expr>),
    /// `a, b = f()`, `v, ok = m[k]`, ...: the right side is a tuple.
    AssignTuple(Vec<LValue>, Expr),
    /// `x op= v`: `x` is evaluated once.
    OpAssign(LValue, BinOp, Expr),
    IncDec(LValue, bool),
    Block(Vec<Stmt>),
    If {
        cond: Expr,
        then: Vec<Stmt>,
        els: Vec<Stmt>,
    },
    /// A loop; `cond` None loops forever. `per_iter` are loop variables that closures
    /// capture: each iteration gets its own copy (Go 1.22).
    For {
        label: LabelId,
        cond: Option<Expr>,
        post: Vec<Stmt>,
        body: Vec<Stmt>,
        per_iter: Vec<LocalId>,
    },
    Range(Box<Range>),
    Switch(Box<Switch>),
    TypeSwitch(Box<TypeSwitch>),
    Select(Box<Select>),
    Return(Vec<Expr>),
    /// `return f()` where f returns as many results as the function.
    ReturnTuple(Expr),
    Break(LabelId),
    Continue(LabelId),
    Go(Call),
    Defer(Call),
    Send(Expr, Expr),
    /// Runs the statements of the next case clause (a `fallthrough` that ends a case).
    Fallthrough,
    /// Reached only when control flows off the end of a function that has results: the
    /// checker has already reported "missing return", so this never runs.
    Unreachable,
}

#[derive(Clone, Debug)]
pub struct Range {
    pub label: LabelId,
    pub x: Expr,
    pub kind: RangeKind,
    pub key: Option<LValue>,
    pub value: Option<LValue>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RangeKind {
    /// `for i := range n`
    Int,
    Slice,
    Array,
    /// A pointer to an array.
    ArrayPtr,
    String,
    Map,
    Chan,
}

#[derive(Clone, Debug)]
pub struct Switch {
    pub label: LabelId,
    /// None for a tagless switch (each case expression is a condition).
    pub tag: Option<Expr>,
    pub cases: Vec<Case>,
}

#[derive(Clone, Debug)]
pub struct Case {
    /// Empty for `default`.
    pub exprs: Vec<Expr>,
    pub is_default: bool,
    pub body: Vec<Stmt>,
    /// The body ends with `fallthrough`.
    pub fallthrough: bool,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct TypeSwitch {
    pub label: LabelId,
    /// The interface value switched on.
    pub x: Expr,
    pub cases: Vec<TypeCase>,
}

#[derive(Clone, Debug)]
pub struct TypeCase {
    /// The types listed; `None` stands for `nil`. Empty for `default`.
    pub types: Vec<Option<TypeId>>,
    pub is_default: bool,
    /// The clause's own variable (`v` of `switch v := x.(type)`), when it is used.
    pub bind: Option<LocalId>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Select {
    pub label: LabelId,
    pub cases: Vec<SelectCase>,
}

#[derive(Clone, Debug)]
pub struct SelectCase {
    pub kind: SelectKind,
    pub body: Vec<Stmt>,
    pub span: Span,
}

// Select cases are few; boxing the larger variants would only add noise.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug)]
pub enum SelectKind {
    Send {
        ch: Expr,
        value: Expr,
    },
    /// `case [v[, ok] (=|:=)] <-ch:`
    Recv {
        ch: Expr,
        value: Option<LValue>,
        ok: Option<LValue>,
    },
    Default,
}

impl Expr {
    pub fn new(kind: ExprKind, ty: TypeId, span: Span) -> Expr {
        Expr { kind, ty, span }
    }

    /// Whether evaluating the expression yields a value nobody else refers to, so that an
    /// aggregate need not be copied before it is stored.
    pub fn is_fresh(&self) -> bool {
        matches!(
            self.kind,
            ExprKind::Composite(_)
                | ExprKind::Call(_)
                | ExprKind::Recv { .. }
                | ExprKind::Zero
                | ExprKind::Convert(_)
                | ExprKind::Builtin(..)
                | ExprKind::Const(_)
                | ExprKind::Nil
        )
    }
}
