//! The syntax tree the parser builds: Go's shapes, with a byte span on every node.
//!
//! As in go/ast, types are expressions: `[]int`, `map[K]V`, `*T` and `chan T` parse as
//! `Expr`, and the checker decides whether an expression denotes a type or a value.
//! Nothing here is resolved: names are plain strings and literals are kept as written.

use std::fmt;

/// A half-open byte range `lo..hi` in the source file.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Span {
    pub lo: u32,
    pub hi: u32,
}

impl Span {
    pub fn new(lo: usize, hi: usize) -> Span {
        Span {
            lo: lo as u32,
            hi: hi as u32,
        }
    }
    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span {
            lo: self.lo.min(other.lo),
            hi: self.hi.max(other.hi),
        }
    }
    pub fn len(self) -> usize {
        (self.hi - self.lo) as usize
    }
    pub fn is_empty(self) -> bool {
        self.hi == self.lo
    }
    /// The empty span at the start of this one.
    pub fn start(self) -> Span {
        Span {
            lo: self.lo,
            hi: self.lo,
        }
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.lo, self.hi)
    }
}

impl From<Span> for miette::SourceSpan {
    fn from(s: Span) -> Self {
        (s.lo as usize, s.len()).into()
    }
}

/// A name as written, with where it was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

impl Ident {
    pub fn is_blank(&self) -> bool {
        self.name == "_"
    }
}

/// One source file: `package main`, its imports and its top-level declarations.
#[derive(Clone, Debug)]
pub struct File {
    pub package: Ident,
    pub imports: Vec<Import>,
    pub decls: Vec<Decl>,
}

#[derive(Clone, Debug)]
pub struct Import {
    /// `import name "path"` or `import . "path"` (the dot is kept as the name `.`).
    pub alias: Option<Ident>,
    /// The import path without quotes.
    pub path: String,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum Decl {
    Var(Vec<VarSpec>),
    Const(Vec<ConstSpec>),
    Type(Vec<TypeSpec>),
    Func(Box<FuncDecl>),
    /// A declaration the parser could not read; its error has been reported.
    Bad(Span),
}

#[derive(Clone, Debug)]
pub struct VarSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    pub values: Vec<Expr>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct ConstSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    /// Empty when the spec repeats the previous one's expressions (Go's implicit repetition).
    pub values: Vec<Expr>,
    /// The value of `iota` in this spec: its index in the `const ( ... )` group.
    pub iota: u32,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct TypeSpec {
    pub name: Ident,
    /// `type A = B` declares an alias.
    pub alias: bool,
    pub ty: Expr,
    /// `type T[P any] ...`: generics are rejected by the checker with this span.
    pub type_params: Option<Span>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct FuncDecl {
    pub recv: Option<Param>,
    pub name: Ident,
    /// `func F[T any](...)`: generics are rejected by the checker with this span.
    pub type_params: Option<Span>,
    /// The type parameters' names (so that their uses are not reported again).
    pub type_param_names: Vec<Ident>,
    pub sig: FuncType,
    pub body: Option<Block>,
    pub span: Span,
}

/// A function signature: `(params) results`.
#[derive(Clone, Debug)]
pub struct FuncType {
    pub params: Vec<Param>,
    pub results: Vec<Param>,
    pub span: Span,
}

/// One parameter or result. Unnamed ones (`func(int) string`) have no name.
#[derive(Clone, Debug)]
pub struct Param {
    pub name: Option<Ident>,
    pub ty: Expr,
    /// The `...` of a variadic last parameter.
    pub variadic: bool,
    pub span: Span,
}

/// One line of a struct type: `a, b int`, or an embedded `T` / `*T`, with an optional tag.
#[derive(Clone, Debug)]
pub struct Field {
    /// Empty for an embedded field.
    pub names: Vec<Ident>,
    pub ty: Expr,
    pub tag: Option<String>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum InterfaceElem {
    Method { name: Ident, sig: FuncType },
    Embedded(Expr),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
    LogAnd,
    LogOr,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl BinOp {
    pub fn text(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::Rem => "%",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
            BinOp::Shl => "<<",
            BinOp::Shr => ">>",
            BinOp::AndNot => "&^",
            BinOp::LogAnd => "&&",
            BinOp::LogOr => "||",
            BinOp::Eq => "==",
            BinOp::Ne => "!=",
            BinOp::Lt => "<",
            BinOp::Le => "<=",
            BinOp::Gt => ">",
            BinOp::Ge => ">=",
        }
    }
    pub fn is_comparison(self) -> bool {
        matches!(
            self,
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge
        )
    }
    pub fn is_shift(self) -> bool {
        matches!(self, BinOp::Shl | BinOp::Shr)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    /// `+x`
    Pos,
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x`
    BitNot,
    /// `&x`
    Addr,
    /// `<-x`
    Recv,
}

impl UnOp {
    pub fn text(self) -> &'static str {
        match self {
            UnOp::Pos => "+",
            UnOp::Neg => "-",
            UnOp::Not => "!",
            UnOp::BitNot => "^",
            UnOp::Addr => "&",
            UnOp::Recv => "<-",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Ident(String),
    /// Integer literal as written.
    Int(String),
    /// Floating-point literal as written.
    Float(String),
    /// Imaginary literal: complex numbers are not supported.
    Imag(String),
    /// Rune literal with quotes, escapes undecoded.
    Rune(String),
    /// String literal with quotes (`"..."` or a raw `` `...` ``), escapes undecoded.
    Str(String),
    /// `T{...}`; `ty` is `None` for an elided type inside another literal (`{1, 2}`).
    Composite {
        ty: Option<Box<Expr>>,
        elems: Vec<Element>,
        lbrace: Span,
    },
    FuncLit {
        sig: FuncType,
        body: Block,
    },
    Paren(Box<Expr>),
    Selector(Box<Expr>, Ident),
    Index(Box<Expr>, Box<Expr>),
    /// `x[lo:hi]` or `x[lo:hi:max]`.
    Slice {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
    },
    /// `x.(T)`; `ty` is `None` for the `x.(type)` of a type switch.
    TypeAssert(Box<Expr>, Option<Box<Expr>>),
    Call {
        fun: Box<Expr>,
        args: Vec<Expr>,
        /// The span of `...` in `f(xs...)`.
        ellipsis: Option<Span>,
    },
    /// `*x`: a dereference, or a pointer type.
    Star(Box<Expr>),
    Unary(UnOp, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),

    // Type expressions.
    /// `[N]T`, or `[...]T` when `len` is `None`.
    ArrayType {
        len: Option<Box<Expr>>,
        elem: Box<Expr>,
    },
    SliceType(Box<Expr>),
    MapType(Box<Expr>, Box<Expr>),
    ChanType(ChanDir, Box<Expr>),
    FuncType(FuncType),
    StructType(Vec<Field>),
    InterfaceType(Vec<InterfaceElem>),
    /// `~T` or `A | B` in an interface: only meaningful for generics, which are rejected.
    Constraint,
    /// An expression the parser could not read; its error has been reported.
    Bad,
}

/// One element of a composite literal: `value` or `key: value`.
#[derive(Clone, Debug)]
pub struct Element {
    pub key: Option<Expr>,
    pub value: Expr,
}

#[derive(Clone, Debug)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    Empty,
    /// A `var`, `const` or `type` declaration inside a function.
    Decl(Decl),
    Expr(Expr),
    /// `ch <- v`
    Send(Expr, Expr),
    /// `x++` (true) or `x--` (false).
    IncDec(Expr, bool),
    /// `lhs = rhs`, or `lhs op= rhs` when `op` is set.
    Assign {
        lhs: Vec<Expr>,
        op: Option<BinOp>,
        rhs: Vec<Expr>,
    },
    /// `lhs := rhs`
    Define {
        lhs: Vec<Expr>,
        rhs: Vec<Expr>,
    },
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Break(Option<Ident>),
    Continue(Option<Ident>),
    Goto(Ident),
    Fallthrough,
    Block(Block),
    If {
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        els: Option<Box<Stmt>>,
    },
    Switch {
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        cases: Vec<CaseClause>,
        lbrace: Span,
    },
    /// `switch [init;] [bind :=] x.(type) { ... }`
    TypeSwitch {
        init: Option<Box<Stmt>>,
        bind: Option<Ident>,
        x: Expr,
        cases: Vec<CaseClause>,
        lbrace: Span,
    },
    Select {
        cases: Vec<CommClause>,
    },
    For {
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    /// `for [key [, value] (= | :=)] range x { ... }`
    Range {
        key: Option<Expr>,
        value: Option<Expr>,
        define: bool,
        x: Expr,
        body: Block,
    },
    Labeled(Ident, Box<Stmt>),
    /// A statement the parser could not read; its error has been reported.
    Bad,
}

/// `case a, b:` (or `default:` when `exprs` is `None`) and its statements.
#[derive(Clone, Debug)]
pub struct CaseClause {
    pub exprs: Option<Vec<Expr>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

/// `case <comm>:` of a `select` (or `default:` when `comm` is `None`).
#[derive(Clone, Debug)]
pub struct CommClause {
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

impl Expr {
    pub fn new(kind: ExprKind, span: Span) -> Expr {
        Expr { kind, span }
    }
    /// Strips any number of parentheses.
    pub fn unparen(&self) -> &Expr {
        let mut e = self;
        while let ExprKind::Paren(inner) = &e.kind {
            e = inner;
        }
        e
    }
    /// The name, if this expression is a bare identifier.
    pub fn as_ident(&self) -> Option<&str> {
        match &self.kind {
            ExprKind::Ident(n) => Some(n),
            _ => None,
        }
    }
}
