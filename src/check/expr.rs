//! Expressions: operands, constants, operators, conversions of untyped values,
//! assignability, selectors, indexing, composite literals and function literals.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::constant::{Const, ConstError};
use super::ir::{self, Builtin, ExprKind as K};
use super::lookup::{Found, Missing};
use super::types::*;
use super::*;
use crate::diag::Diagnostic;
use crate::syntax::ast::{self, BinOp, ExprKind, Span, UnOp};
use crate::syntax::literal;

/// What an expression denotes, with its checked form.
#[derive(Clone, Debug)]
pub(crate) struct Operand {
    pub mode: Mode,
    pub expr: ir::Expr,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Mode {
    /// Checking failed (and was reported).
    Invalid,
    /// A call of a function without results.
    NoValue,
    Value,
    /// An addressable variable (or element, field, dereference).
    Var,
    /// `m[k]`: assignable, not addressable, has a comma-ok form.
    MapIndex,
    /// `x.(T)` or `<-ch`: a value with a comma-ok form.
    CommaOk,
    Const(Const),
    Type(TypeId),
    Builtin(Builtin),
    /// A call returning several values (`expr.ty` is a tuple).
    Tuple,
}

impl Operand {
    pub fn invalid(span: Span) -> Operand {
        Operand {
            mode: Mode::Invalid,
            expr: ir::Expr::new(K::Zero, INVALID, span),
        }
    }
    pub fn value(kind: K, ty: TypeId, span: Span) -> Operand {
        Operand {
            mode: Mode::Value,
            expr: ir::Expr::new(kind, ty, span),
        }
    }
    pub fn constant_op(c: Const, ty: TypeId, span: Span) -> Operand {
        Operand {
            mode: Mode::Const(c.clone()),
            expr: ir::Expr::new(K::Const(c), ty, span),
        }
    }
    pub fn ty(&self) -> TypeId {
        self.expr.ty
    }
    pub fn span(&self) -> Span {
        self.expr.span
    }
    pub fn constant(&self) -> Option<&Const> {
        match &self.mode {
            Mode::Const(c) => Some(c),
            _ => None,
        }
    }
    pub fn is_invalid(&self) -> bool {
        self.mode == Mode::Invalid || self.expr.ty == INVALID
    }
    pub fn addressable(&self) -> bool {
        self.mode == Mode::Var
    }
}

impl Checker {
    /// Checks an expression. `hint` is the type the context expects, if any (used for
    /// messages only; conversions are the caller's).
    pub(crate) fn expr(&mut self, e: &ast::Expr, hint: Option<TypeId>) -> Operand {
        let span = e.span;
        match &e.kind {
            ExprKind::Ident(name) => self.ident(name, span),
            ExprKind::Int(lit) => match literal::parse_int(lit) {
                Ok(v) => Operand::constant_op(Const::Int(v), UNTYPED_INT, span),
                Err(msg) => self.bad_literal(msg, span),
            },
            ExprKind::Float(lit) => match literal::parse_float(lit) {
                Ok(v) => Operand::constant_op(Const::Float(v), UNTYPED_FLOAT, span),
                Err(msg) => self.bad_literal(msg, span),
            },
            ExprKind::Imag(_) => {
                // Already reported by the lexer.
                Operand::invalid(span)
            }
            ExprKind::Rune(lit) => match literal::decode_rune(lit) {
                Ok(v) => Operand::constant_op(Const::int(v), UNTYPED_RUNE, span),
                Err(msg) => self.bad_literal(msg, span),
            },
            ExprKind::Str(lit) => match literal::string_bytes(lit) {
                Ok(v) => Operand::constant_op(Const::Str(v), UNTYPED_STRING, span),
                Err(errors) => self.bad_escapes(lit, errors, span),
            },
            ExprKind::Paren(x) => {
                let mut op = self.expr(x, hint);
                op.expr.span = span;
                op
            }
            ExprKind::FuncLit { sig, body } => self.func_lit(sig, body, span),
            ExprKind::Composite { ty, elems, lbrace } => {
                let t = match ty {
                    Some(t) => self.composite_type(t, elems.len()),
                    None => match hint {
                        Some(h) => h,
                        None => {
                            self.error(
                                Diagnostic::new(
                                    "minigo::type::composite",
                                    "invalid composite literal type: missing type",
                                    *lbrace,
                                )
                                .help("write the type before {, as in Point{1, 2}"),
                            );
                            return Operand::invalid(span);
                        }
                    },
                };
                self.composite(t, elems, span)
            }
            ExprKind::Selector(x, sel) => self.selector_operand(x, sel, span),
            ExprKind::Index(x, i) => self.index(x, i, span),
            ExprKind::Slice { x, lo, hi, max } => self.slice_expr(x, lo, hi, max, span),
            ExprKind::TypeAssert(x, t) => self.type_assert(x, t.as_deref(), span),
            ExprKind::Call {
                fun,
                args,
                ellipsis,
            } => self.call(fun, args, *ellipsis, span),
            ExprKind::Star(x) => self.star(x, span),
            ExprKind::Unary(op, x) => self.unary(*op, x, span, hint),
            ExprKind::Binary(op, l, r) => self.binary(*op, l, r, span, hint),
            ExprKind::ArrayType { .. }
            | ExprKind::SliceType(_)
            | ExprKind::MapType(..)
            | ExprKind::ChanType(..)
            | ExprKind::FuncType(_)
            | ExprKind::StructType(_)
            | ExprKind::InterfaceType(_)
            | ExprKind::Constraint => match self.try_type(e) {
                Some(t) => Operand {
                    mode: Mode::Type(t),
                    expr: ir::Expr::new(K::Zero, t, span),
                },
                None => Operand::invalid(span),
            },
            ExprKind::Bad => Operand::invalid(span),
        }
    }

    fn bad_literal(&mut self, msg: String, span: Span) -> Operand {
        self.error(Diagnostic::new("minigo::parse::literal", msg, span).label("in this literal"));
        Operand::invalid(span)
    }

    /// Reports each malformed escape of a string literal at its character, as Go does.
    /// A backslash that starts no valid escape is usually meant literally (a Windows
    /// path, a regular expression): the help suggests `\\` or a raw string.
    fn bad_escapes(&mut self, lit: &str, errors: Vec<literal::EscapeError>, span: Span) -> Operand {
        let body = &lit[1..lit.len().saturating_sub(1)];
        let help = if body.contains('`') || body.contains("\\\\") || body.contains("\\\"") {
            "a backslash starts an escape: write \\\\ for a backslash".to_string()
        } else {
            format!("write \\\\ for a backslash, or use a raw string: `{body}`")
        };
        for (i, e) in errors.into_iter().enumerate() {
            let at = span.lo as usize + e.at;
            let len = lit[e.at..].chars().next().map_or(0, char::len_utf8);
            let mut d = Diagnostic::new("minigo::parse::literal", e.msg, Span::new(at, at + len));
            if i == 0 {
                d = d.help(help.clone());
            }
            self.error(d);
        }
        Operand::invalid(span)
    }

    fn ident(&mut self, name: &str, span: Span) -> Operand {
        if name == "_" {
            self.error(
                Diagnostic::new("minigo::type::blank", "cannot use _ as value", span)
                    .help("_ can only be assigned to"),
            );
            return Operand::invalid(span);
        }
        let Some(ent) = self.lookup(name) else {
            self.undefined(name, span);
            return Operand::invalid(span);
        };
        self.entity_operand(ent, name, span)
    }

    pub(crate) fn entity_operand(&mut self, ent: Entity, name: &str, span: Span) -> Operand {
        match ent {
            Entity::Local { depth, id } => {
                let ty = self.local_ty(depth, id);
                let kind = self.use_local(depth, id, true);
                Operand {
                    mode: Mode::Var,
                    expr: ir::Expr::new(kind, ty, span),
                }
            }
            Entity::Global(g) => {
                let ty = self.global_type(g);
                self.note_dep_global(g);
                Operand {
                    mode: Mode::Var,
                    expr: ir::Expr::new(K::Global(g), ty, span),
                }
            }
            Entity::PkgConst(d) => {
                let (ty, value) = self.resolve_pkg_const(d);
                if ty == INVALID {
                    return Operand::invalid(span);
                }
                Operand::constant_op(value, ty, span)
            }
            Entity::Const { ty, value } => Operand::constant_op(value, ty, span),
            Entity::Iota => {
                Operand::constant_op(Const::int(self.iota.unwrap_or(0) as i64), UNTYPED_INT, span)
            }
            Entity::PkgType(d) => {
                let t = self.resolve_pkg_type(d);
                Operand {
                    mode: Mode::Type(t),
                    expr: ir::Expr::new(K::Zero, t, span),
                }
            }
            Entity::Type(t) => Operand {
                mode: Mode::Type(t),
                expr: ir::Expr::new(K::Zero, t, span),
            },
            Entity::Func(f) => {
                self.note_dep_func(f);
                let ty = self.funcs[f as usize].sig;
                Operand::value(K::FuncRef(f), ty, span)
            }
            Entity::Package(_) => {
                self.error(
                    Diagnostic::new(
                        "minigo::type::package_value",
                        format!("use of package {name} without selector"),
                        span,
                    )
                    .help(format!(
                        "write {name}.Name to use something the package provides"
                    )),
                );
                Operand::invalid(span)
            }
            Entity::BadPackage => Operand::invalid(span),
            Entity::Builtin(b) => Operand {
                mode: Mode::Builtin(b),
                expr: ir::Expr::new(K::Zero, INVALID, span),
            },
            Entity::Nil => Operand::value(K::Nil, UNTYPED_NIL, span),
        }
    }

    // ----- describing operands in messages (Go's wording) -----

    pub(crate) fn describe(&self, op: &Operand) -> String {
        let text = self.span_text(op.span());
        let ty = self.types.display(op.ty());
        match &op.mode {
            Mode::Const(c) => {
                if self.types.is_untyped(op.ty()) {
                    if text == c.to_string()
                        || matches!(c, Const::Str(_)) && text.starts_with(['"', '`'])
                    {
                        format!("{text} ({ty} constant)")
                    } else {
                        format!("{text} ({ty} constant {c})")
                    }
                } else {
                    format!("{text} (constant {c} of type {ty})")
                }
            }
            _ if op.ty() == UNTYPED_NIL => "nil".to_string(),
            Mode::Var if matches!(op.expr.kind, K::Local(_) | K::Upvalue(_) | K::Global(_)) => {
                format!("{text} (variable of type {ty})")
            }
            Mode::Var if matches!(op.expr.kind, K::Field(..)) => {
                format!("{text} (variable of type {ty})")
            }
            Mode::Type(_) => format!("{text} (type)"),
            Mode::Builtin(_) => format!("{text} (built-in function)"),
            Mode::NoValue => format!("{text} (no value)"),
            // An untyped value (a comparison): Go writes the kind before the mode.
            _ if self.types.is_untyped(op.ty()) => format!("{text} ({ty} value)"),
            _ => format!("{text} (value of type {ty})"),
        }
    }

    /// Reports an operand that cannot stand where a single value is needed; returns
    /// false if it is not a usable value.
    pub(crate) fn need_value(&mut self, op: &Operand) -> bool {
        match &op.mode {
            Mode::Invalid => false,
            Mode::NoValue => {
                let text = self.span_text(op.span());
                self.error(
                    Diagnostic::new(
                        "minigo::type::no_value",
                        format!("{text} (no value) used as value"),
                        op.span(),
                    )
                    .help("the function returns nothing"),
                );
                false
            }
            Mode::Tuple => {
                let text = self.span_text(op.span());
                let ty = self.types.display(op.ty());
                self.error(
                    Diagnostic::new(
                        "minigo::type::multi_value",
                        format!(
                            "multiple-value {text} (value of type {ty}) in single-value context"
                        ),
                        op.span(),
                    )
                    .help("assign the results to variables: a, b := f()"),
                );
                false
            }
            Mode::Type(_) => {
                let text = self.span_text(op.span());
                self.error(
                    Diagnostic::new(
                        "minigo::type::not_expr",
                        format!("{text} (type) is not an expression"),
                        op.span(),
                    )
                    .help(
                        "a type is used to declare or convert; to make a value write T{} or T(x)",
                    ),
                );
                false
            }
            Mode::Builtin(_) => {
                let text = self.span_text(op.span());
                self.error(Diagnostic::new(
                    "minigo::type::not_expr",
                    format!("{text} (built-in function) must be called"),
                    op.span(),
                ));
                false
            }
            _ => op.ty() != INVALID,
        }
    }

    // ----- untyped values -----

    /// Gives an untyped operand its default type (`1` → int, `'a'` → rune, ...).
    pub(crate) fn default_value(&mut self, op: Operand, context: &str) -> ir::Expr {
        if !self.need_value(&op) {
            return op.expr;
        }
        let t = op.ty();
        if !self.types.is_untyped(t) || t == UNTYPED_NIL {
            return op.expr;
        }
        let d = self.types.default_type(t);
        let mut op = op;
        self.convert_untyped_in(&mut op, d, context);
        op.expr
    }

    /// Converts an untyped operand to `target` in place (Go's implicit conversion),
    /// reporting values that do not fit. Returns false on failure.
    pub(crate) fn convert_untyped(&mut self, op: &mut Operand, target: TypeId) -> bool {
        self.convert_untyped_in(op, target, "assignment")
    }

    /// `convert_untyped`, naming the context ("argument to f", "return statement") in
    /// messages.
    pub(crate) fn convert_untyped_in(
        &mut self,
        op: &mut Operand,
        target: TypeId,
        context: &str,
    ) -> bool {
        let from = op.ty();
        if !self.types.is_untyped(from) || target == INVALID || from == INVALID {
            return true;
        }
        if self.types.is_untyped(target) {
            // Both untyped (e.g. in a constant expression): take the larger kind.
            if let (Some(a), Some(b)) = (self.types.untyped(from), self.types.untyped(target))
                && a != Untyped::Nil
                && b != Untyped::Nil
                && is_numeric_untyped(a) == is_numeric_untyped(b)
            {
                let k = if a > b { from } else { target };
                op.expr.ty = k;
                return true;
            }
            return false;
        }
        let tu = self.types.underlying(target);
        // To an interface: the default type, then boxing (done by assign_to).
        if self.types.is_interface(tu) {
            if from == UNTYPED_NIL {
                op.expr.ty = target;
                return true;
            }
            let d = self.types.default_type(from);
            return self.convert_untyped_in(op, d, context);
        }
        if from == UNTYPED_NIL {
            if self.types.is_nillable(tu) {
                op.expr.ty = target;
                return true;
            }
            return false;
        }
        let Some(b) = self.types.basic(tu) else {
            return false;
        };
        match op.mode.clone() {
            Mode::Const(c) => {
                let kind_ok = match self.types.untyped(from) {
                    Some(Untyped::Bool) => b == Basic::Bool,
                    Some(Untyped::String) => b == Basic::String,
                    Some(Untyped::Int | Untyped::Rune | Untyped::Float) => b.is_numeric(),
                    _ => false,
                };
                if !kind_ok {
                    return false;
                }
                match self.represent_const(&c, from, target, b, op.span(), context) {
                    Some(c2) => {
                        op.mode = Mode::Const(c2.clone());
                        op.expr.kind = K::Const(c2);
                        op.expr.ty = target;
                        true
                    }
                    None => {
                        op.mode = Mode::Invalid;
                        op.expr.ty = INVALID;
                        true
                    }
                }
            }
            _ => {
                // A non-constant untyped value: a comparison result (untyped bool) or a
                // shift of an untyped constant, typed by its context.
                let ok = match self.types.untyped(from) {
                    Some(Untyped::Bool) => b == Basic::Bool,
                    Some(Untyped::Int | Untyped::Rune | Untyped::Float) => b.is_numeric(),
                    Some(Untyped::String) => b == Basic::String,
                    _ => false,
                };
                if !ok {
                    return false;
                }
                self.retype_untyped(&mut op.expr, target);
                true
            }
        }
    }

    /// Gives a non-constant untyped expression tree its final type.
    fn retype_untyped(&mut self, e: &mut ir::Expr, target: TypeId) {
        if !self.types.is_untyped(e.ty) {
            return;
        }
        e.ty = target;
        match &mut e.kind {
            K::Binary(op, l, r) => {
                let op = *op;
                if op.is_shift() {
                    if !self.types.is_integer(target) {
                        let text = self.span_text(l.span);
                        let ts = self.types.display(target);
                        self.error(
                            Diagnostic::new(
                                "minigo::type::shift",
                                format!("invalid operation: shifted operand {text} (type {ts}) must be integer"),
                                l.span,
                            )
                            .help("only integers can be shifted; convert the operand, as in int(1) << n"),
                        );
                        return;
                    }
                    self.retype_untyped_leaf(l, target);
                } else {
                    self.retype_untyped_leaf(l, target);
                    self.retype_untyped_leaf(r, target);
                }
            }
            K::Unary(_, x) => self.retype_untyped_leaf(x, target),
            _ => {}
        }
    }

    fn retype_untyped_leaf(&mut self, e: &mut ir::Expr, target: TypeId) {
        if !self.types.is_untyped(e.ty) {
            return;
        }
        if let K::Const(c) = &e.kind {
            let c = c.clone();
            let b = self.types.basic(target).unwrap_or(Basic::Int);
            if let Some(c2) = self.represent_const(&c, e.ty, target, b, e.span, "shift") {
                e.kind = K::Const(c2);
            }
            e.ty = target;
            return;
        }
        self.retype_untyped(e, target);
    }

    /// Whether a value of type `from` may be assigned to type `to` (Go's assignability),
    /// for typed values.
    pub(crate) fn assignable_type(&self, from: TypeId, to: TypeId) -> bool {
        if from == to || from == INVALID || to == INVALID {
            return true;
        }
        let tt = &self.types;
        let (fu, tu) = (tt.underlying(from), tt.underlying(to));
        if fu == tu && (!tt.is_named(from) || !tt.is_named(to)) {
            return true;
        }
        if tt.is_interface(to) && self.implements(from, to).is_ok() {
            return true;
        }
        // A bidirectional channel may be assigned to a directional one of the same element.
        if let (TypeKind::Chan(ChanDirKey::Both, fe), TypeKind::Chan(_, te)) =
            (tt.kind(fu), tt.kind(tu))
            && fe == te
            && (!tt.is_named(from) || !tt.is_named(to))
        {
            return true;
        }
        if from == UNTYPED_NIL && tt.is_nillable(to) {
            return true;
        }
        false
    }

    /// Checks that `op` can be assigned to type `target` and returns the converted
    /// expression (untyped constants typed, concrete values boxed into interfaces).
    pub(crate) fn assign_to(&mut self, mut op: Operand, target: TypeId, context: &str) -> ir::Expr {
        if !self.need_value(&op) || target == INVALID {
            op.expr.ty = target;
            return op.expr;
        }
        let from = op.ty();
        if self.types.is_untyped(from) {
            let desc = self.describe(&op);
            if !self.convert_untyped_in(&mut op, target, context) {
                let ts = self.types.display(target);
                let d = if from == UNTYPED_NIL {
                    Diagnostic::new(
                        "minigo::type::mismatch",
                        format!("cannot use nil as {ts} value in {context}"),
                        op.span(),
                    )
                    .help(format!("nil is the zero value of pointers, slices, maps, channels, functions and interfaces, not of {ts}"))
                } else {
                    Diagnostic::new(
                        "minigo::type::mismatch",
                        format!("cannot use {desc} as {ts} value in {context}"),
                        op.span(),
                    )
                    .label(format!("expected {ts}"))
                };
                self.error(d);
                op.expr.ty = target;
                return op.expr;
            }
            if op.is_invalid() {
                op.expr.ty = target;
                return op.expr;
            }
        }
        let from = op.ty();
        if !self.assignable_type(from, target) {
            let desc = self.describe(&op);
            let ts = self.types.display(target);
            let mut msg = format!("cannot use {desc} as {ts} value in {context}");
            let mut help = None;
            if self.types.is_interface(target) {
                if let Err(why) = self.implements(from, target) {
                    msg = format!("{msg}: {}", self.missing_text(from, target, &why));
                    if let Missing::PointerReceiver(_) = why {
                        let text = self.span_text(op.span());
                        help = Some(format!("pass a pointer: &{text}"));
                    } else {
                        help = self.missing_help(from, target, &why);
                    }
                }
            } else if self.types.is_numeric(from) && self.types.is_numeric(target) {
                let text = self.span_text(op.span());
                help = Some(format!("convert it: {ts}({text})"));
            } else {
                help = self.call_hint(&op, Some(target));
            }
            let mut d = Diagnostic::new("minigo::type::mismatch", msg, op.span())
                .label(format!("has type {}", self.types.display(from)));
            if let Some(h) = help {
                d = d.help(h);
            }
            self.error(d);
            op.expr.ty = target;
            return op.expr;
        }
        self.coerce(op.expr, target)
    }

    /// Re-types an assignable expression to `target`, boxing into an interface if needed.
    pub(crate) fn coerce(&mut self, mut e: ir::Expr, target: TypeId) -> ir::Expr {
        if e.ty == target {
            return e;
        }
        if self.types.is_interface(target) && e.ty != UNTYPED_NIL {
            // A typed nil (`[]int(nil)`) boxed in an interface keeps its type.
            let span = e.span;
            return ir::Expr::new(K::ToIface(Box::new(e)), target, span);
        }
        e.ty = target;
        e
    }

    // ----- unary and binary operators -----

    fn star(&mut self, x: &ast::Expr, span: Span) -> Operand {
        let op = self.expr(x, None);
        if let Mode::Type(t) = op.mode {
            let p = self.types.pointer(t);
            return Operand {
                mode: Mode::Type(p),
                expr: ir::Expr::new(K::Zero, p, span),
            };
        }
        if !self.need_value(&op) {
            return Operand::invalid(span);
        }
        if op.ty() == UNTYPED_NIL {
            self.error(Diagnostic::new(
                "minigo::type::deref",
                "invalid operation: cannot indirect nil",
                span,
            ));
            return Operand::invalid(span);
        }
        let Some(elem) = self.types.pointer_elem(op.ty()) else {
            let desc = self.describe(&op);
            self.error(
                Diagnostic::new(
                    "minigo::type::deref",
                    format!("invalid operation: cannot indirect {desc}"),
                    span,
                )
                .help("only pointers can be dereferenced with *"),
            );
            return Operand::invalid(span);
        };
        Operand {
            mode: Mode::Var,
            expr: ir::Expr::new(K::Deref(Box::new(op.expr)), elem, span),
        }
    }

    fn unary(&mut self, uop: UnOp, x: &ast::Expr, span: Span, hint: Option<TypeId>) -> Operand {
        if uop == UnOp::Addr {
            return self.address_of(x, span, hint);
        }
        if uop == UnOp::Recv {
            if let ExprKind::ChanType(ast::ChanDir::Both, _) = &x.kind {
                // `<-chan T` written where a value is expected (a type).
                let whole = ast::Expr::new(ExprKind::Unary(uop, Box::new(x.clone())), span);
                if let Some(t) = self.try_type(&whole) {
                    return Operand {
                        mode: Mode::Type(t),
                        expr: ir::Expr::new(K::Zero, t, span),
                    };
                }
            }
            return self.recv_expr(x, span);
        }
        let op = self.expr(x, hint);
        if !self.need_value(&op) {
            return Operand::invalid(span);
        }
        let t = op.ty();
        let ok = match uop {
            UnOp::Pos | UnOp::Neg => self.types.is_numeric(t),
            UnOp::Not => self.types.is_boolean(t),
            UnOp::BitNot => self.types.is_integer(t),
            _ => false,
        };
        if !ok {
            let desc = self.describe(&op);
            let what = match uop {
                UnOp::Not => "operator ! not defined on",
                UnOp::BitNot => "operator ^ not defined on",
                UnOp::Neg => "operator - not defined on",
                _ => "operator + not defined on",
            };
            self.error(Diagnostic::new(
                "minigo::type::operator",
                format!("invalid operation: {what} {desc}"),
                span,
            ));
            return Operand::invalid(span);
        }
        if let Some(c) = op.constant() {
            let basic = self.types.basic(t);
            match c.unary(uop, basic) {
                Ok(v) => return self.typed_const_result(v, t, span),
                Err(_) => return Operand::invalid(span),
            }
        }
        Operand::value(K::Unary(uop, Box::new(op.expr)), t, span)
    }

    /// A constant result of an operation on type `t`: checked against the type when typed.
    fn typed_const_result(&mut self, v: Const, t: TypeId, span: Span) -> Operand {
        if self.types.is_untyped(t) {
            let v = if t == UNTYPED_INT || t == UNTYPED_RUNE {
                v.normalize_untyped_int()
            } else {
                v
            };
            return Operand::constant_op(v, t, span);
        }
        let Some(b) = self.types.basic(t) else {
            return Operand::constant_op(v, t, span);
        };
        match v.represent(b) {
            Ok(v) => Operand::constant_op(v, t, span),
            Err(_) => {
                let ts = self.types.display(t);
                let text = self.span_text(span);
                self.error(
                    Diagnostic::new(
                        "minigo::type::const_overflow",
                        format!("{text} (constant {v} of type {ts}) overflows {ts}"),
                        span,
                    )
                    .help(format!("the result does not fit in {ts}")),
                );
                Operand::invalid(span)
            }
        }
    }

    fn address_of(&mut self, x: &ast::Expr, span: Span, hint: Option<TypeId>) -> Operand {
        // `&T{...}` is allowed though a literal is not addressable.
        if let ExprKind::Composite { .. } = &x.unparen().kind {
            let inner_hint = hint.and_then(|h| self.types.pointer_elem(h));
            let op = self.expr(x.unparen(), inner_hint);
            if op.is_invalid() {
                return Operand::invalid(span);
            }
            let p = self.types.pointer(op.ty());
            return Operand::value(K::AddrOf(Box::new(op.expr)), p, span);
        }
        let op = self.expr(x, None);
        if !self.need_value(&op) {
            return Operand::invalid(span);
        }
        if !op.addressable() {
            let desc = self.describe(&op);
            let mut d = Diagnostic::new(
                "minigo::type::addr",
                format!("invalid operation: cannot take address of {desc}"),
                span,
            );
            if op.mode == Mode::MapIndex {
                d = d.help("map elements are not addressable: copy the value to a variable, or store pointers in the map");
            }
            self.error(d);
            return Operand::invalid(span);
        }
        self.mark_addressed(&op.expr);
        let p = self.types.pointer(op.ty());
        Operand::value(K::AddrOf(Box::new(op.expr)), p, span)
    }

    /// Marks the variable at the root of an addressable expression as having its
    /// address taken (so the compiler gives it shared storage).
    pub(crate) fn mark_addressed(&mut self, e: &ir::Expr) {
        match &e.kind {
            K::Local(id) => {
                let f = self.fctx();
                f.locals[*id as usize].addressed = true;
            }
            K::Field(x, _) => self.mark_addressed(x),
            K::Index(x, _) if self.types.is_aggregate(x.ty) => self.mark_addressed(x),
            _ => {}
        }
    }

    fn recv_expr(&mut self, x: &ast::Expr, span: Span) -> Operand {
        let op = self.expr(x, None);
        if !self.need_value(&op) {
            return Operand::invalid(span);
        }
        match self.types.under(op.ty()).clone() {
            TypeKind::Chan(dir, elem) => {
                if dir == ChanDirKey::Send {
                    let desc = self.describe(&op);
                    self.error(
                        Diagnostic::new(
                            "minigo::type::chan_dir",
                            format!(
                                "invalid operation: cannot receive from send-only channel {desc}"
                            ),
                            span,
                        )
                        .help("a chan<- T can only be sent to; receive from a <-chan T or chan T"),
                    );
                    return Operand::invalid(span);
                }
                Operand {
                    mode: Mode::CommaOk,
                    expr: ir::Expr::new(
                        K::Recv {
                            ch: Box::new(op.expr),
                            comma_ok: false,
                        },
                        elem,
                        span,
                    ),
                }
            }
            _ => {
                let desc = self.describe(&op);
                self.error(Diagnostic::new(
                    "minigo::type::recv",
                    format!("invalid operation: cannot receive from non-channel {desc}"),
                    span,
                ));
                Operand::invalid(span)
            }
        }
    }

    fn binary(
        &mut self,
        op: BinOp,
        l: &ast::Expr,
        r: &ast::Expr,
        span: Span,
        hint: Option<TypeId>,
    ) -> Operand {
        if op.is_shift() {
            return self.shift(op, l, r, span, hint);
        }
        let mut lo = self.expr(l, None);
        let mut ro = self.expr(r, None);
        if !self.need_value(&lo) | !self.need_value(&ro) {
            return Operand::invalid(span);
        }
        if op.is_comparison() {
            return self.comparison(op, lo, ro, span);
        }
        if !self.match_operands(&mut lo, &mut ro, op, span) {
            return Operand::invalid(span);
        }
        let t = lo.ty();
        let ok = match op {
            BinOp::Add => self.types.is_numeric(t) || self.types.is_string(t),
            BinOp::Sub | BinOp::Mul | BinOp::Div => self.types.is_numeric(t),
            BinOp::Rem | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::AndNot => {
                self.types.is_integer(t)
            }
            BinOp::LogAnd | BinOp::LogOr => self.types.is_boolean(t),
            _ => false,
        };
        if !ok {
            let desc = self.describe(&lo);
            let ts = self.types.display(t);
            let mut d = Diagnostic::new(
                "minigo::type::operator",
                format!(
                    "invalid operation: operator {} not defined on {desc}",
                    op.text()
                ),
                span,
            );
            if op == BinOp::Rem && self.types.is_float(t) {
                d = d.help("% is for integers; use math.Mod for floats");
            } else if matches!(op, BinOp::LogAnd | BinOp::LogOr) {
                d = d.help(format!(
                    "{} needs booleans; {ts} is not a boolean",
                    op.text()
                ));
            }
            self.error(d);
            return Operand::invalid(span);
        }
        // Division by a constant zero is a compile-time error for integers.
        if (matches!(op, BinOp::Div | BinOp::Rem) && self.types.is_integer(t)
            || op == BinOp::Div && lo.constant().is_some())
            && let Some(c) = ro.constant()
            && c.is_zero()
        {
            self.error(
                Diagnostic::new(
                    "minigo::type::div_zero",
                    "invalid operation: division by zero",
                    ro.span(),
                )
                .label("this is zero"),
            );
            return Operand::invalid(span);
        }
        if let (Some(a), Some(b)) = (lo.constant(), ro.constant()) {
            let int_div = self.types.is_integer(t);
            return match a.binary(op, b, int_div) {
                Ok(v) => self.typed_const_result(v, t, span),
                Err(ConstError::DivByZero) => {
                    self.error(Diagnostic::new(
                        "minigo::type::div_zero",
                        "invalid operation: division by zero",
                        ro.span(),
                    ));
                    Operand::invalid(span)
                }
                Err(_) => {
                    self.error(Diagnostic::new(
                        "minigo::type::const_overflow",
                        "constant overflow",
                        span,
                    ));
                    Operand::invalid(span)
                }
            };
        }
        Operand::value(K::Binary(op, Box::new(lo.expr), Box::new(ro.expr)), t, span)
    }

    /// Brings two operands to one type (converting an untyped one to the other's type)
    /// and reports mismatched types.
    fn match_operands(
        &mut self,
        lo: &mut Operand,
        ro: &mut Operand,
        op: BinOp,
        span: Span,
    ) -> bool {
        let (lt, rt) = (lo.ty(), ro.ty());
        let (lu, ru) = (self.types.is_untyped(lt), self.types.is_untyped(rt));
        let ok = if lu && !ru {
            self.convert_untyped(lo, rt)
        } else if ru && !lu {
            self.convert_untyped(ro, lt)
        } else if lu && ru {
            if lt == UNTYPED_NIL || rt == UNTYPED_NIL {
                lt == rt
            } else {
                let lk = self.types.untyped(lt);
                let rk = self.types.untyped(rt);
                match (lk, rk) {
                    (Some(a), Some(b)) if is_numeric_untyped(a) && is_numeric_untyped(b) => {
                        let k = if a > b { lt } else { rt };
                        lo.expr.ty = k;
                        ro.expr.ty = k;
                        true
                    }
                    (Some(a), Some(b)) => a == b,
                    _ => false,
                }
            }
        } else {
            true
        };
        if lo.is_invalid() || ro.is_invalid() {
            return false;
        }
        if !ok || lo.ty() != ro.ty() {
            let (ld, rd) = (self.describe(lo), self.describe(ro));
            let (lts, rts) = (self.types.display(lo.ty()), self.types.display(ro.ty()));
            // Go (1.19's `canMix`) converts an untyped operand only to a type of its own
            // kind, boolean or string, and nil only to types that have nil; otherwise the
            // types simply do not match.
            let can_mix = |c: &Checker, a: TypeId, b: TypeId| {
                c.types.is_interface(a)
                    || c.types.is_interface(b)
                    || c.types.is_boolean(a) == c.types.is_boolean(b)
                        && c.types.is_string(a) == c.types.is_string(b)
                        && (a != UNTYPED_NIL || c.types.is_nillable(b))
                        && (b != UNTYPED_NIL || c.types.is_nillable(a))
            };
            // Go reports a failed conversion at the untyped operand.
            let (msg, at) = if !ok && (lu || ru) && can_mix(self, lt, rt) {
                let (u, other, at) = if lu {
                    (&ld, &rts, lo.span())
                } else {
                    (&rd, &lts, ro.span())
                };
                (format!("cannot convert {u} to type {other}"), at)
            } else {
                let text = self.span_text(span);
                (
                    format!("invalid operation: {text} (mismatched types {lts} and {rts})"),
                    span,
                )
            };
            let mut d = Diagnostic::new("minigo::type::mismatch", msg, at)
                .also(lo.span(), lts.to_string())
                .also(ro.span(), rts.to_string());
            if let Some(h) = self
                .call_hint(lo, Some(ro.ty()))
                .or_else(|| self.call_hint(ro, Some(lo.ty())))
            {
                d = d.help(h);
            } else if let Some(h) = self.numeric_mix_help(lo, ro, op) {
                d = d.help(h);
            }
            self.error(d);
            return false;
        }
        true
    }

    /// The help for `a * b` with two different numeric types: the conversions that make
    /// it compile, written out. A value of a predeclared type is converted to a defined
    /// type (`time.Duration(n) * time.Second`, never `int(time.Second)`, which would
    /// lose the unit), and an integer to a float rather than the other way round.
    fn numeric_mix_help(&self, lo: &Operand, ro: &Operand, op: BinOp) -> Option<String> {
        let (lt, rt) = (lo.ty(), ro.ty());
        let tt = &self.types;
        if !tt.is_numeric(lt) || !tt.is_numeric(rt) || tt.is_untyped(lt) || tt.is_untyped(rt) {
            return None;
        }
        let (ls, rs) = (self.span_text(lo.span()), self.span_text(ro.span()));
        let (lts, rts) = (tt.display(lt), tt.display(rt));
        let op = op.text();
        let to_right = format!("{rts}({ls}) {op} {rs}");
        let to_left = format!("{ls} {op} {lts}({rs})");
        let ways = match (tt.is_named(lt), tt.is_named(rt)) {
            (false, true) => vec![to_right],
            (true, false) => vec![to_left],
            _ if tt.is_float(rt) && !tt.is_float(lt) => vec![to_right, to_left],
            _ => vec![to_left, to_right],
        };
        Some(format!(
            "Go never converts between numeric types implicitly: write {}",
            ways.join(", or ")
        ))
    }

    /// `did you mean to call it: c.Value()?` for a function or method value used where
    /// its result was meant: it takes no arguments, and its result fits `want` (if given).
    pub(crate) fn call_hint(&self, op: &Operand, want: Option<TypeId>) -> Option<String> {
        let sig = self.types.signature(op.ty())?;
        if !sig.params.is_empty() {
            return None;
        }
        if let Some(w) = want {
            let [r] = sig.results[..] else {
                return None;
            };
            let fits = if self.types.is_untyped(w) {
                self.types.is_numeric(w) && self.types.is_numeric(r)
                    || self.types.is_string(w) && self.types.is_string(r)
                    || self.types.is_boolean(w) && self.types.is_boolean(r)
            } else {
                self.assignable_type(r, w)
            };
            if !fits {
                return None;
            }
        }
        let text = self.span_text(op.span());
        Some(format!("did you mean to call it: {text}()?"))
    }

    fn shift(
        &mut self,
        op: BinOp,
        l: &ast::Expr,
        r: &ast::Expr,
        span: Span,
        hint: Option<TypeId>,
    ) -> Operand {
        let mut lo = self.expr(l, hint);
        let mut ro = self.expr(r, None);
        if !self.need_value(&lo) | !self.need_value(&ro) {
            return Operand::invalid(span);
        }
        // The count: an integer, or an untyped constant representable as uint.
        if self.types.is_untyped(ro.ty()) {
            if let Some(c) = ro.constant() {
                match c.as_int() {
                    Some(i) if !i.is_negative() => {
                        ro.expr.ty = UNTYPED_INT;
                    }
                    Some(_) => {
                        let text = self.span_text(ro.span());
                        self.error(Diagnostic::new(
                            "minigo::type::shift",
                            format!("invalid shift count {text} (negative)"),
                            ro.span(),
                        ));
                        return Operand::invalid(span);
                    }
                    None => {
                        let d = self.describe(&ro);
                        self.error(Diagnostic::new(
                            "minigo::type::shift",
                            format!("invalid shift count {d}"),
                            ro.span(),
                        ));
                        return Operand::invalid(span);
                    }
                }
            }
            if ro.constant().is_none() {
                self.convert_untyped(&mut ro, UINT);
            }
        } else if !self.types.is_integer(ro.ty()) {
            let d = self.describe(&ro);
            self.error(Diagnostic::new(
                "minigo::type::shift",
                format!("invalid operation: shift count {d} must be integer"),
                ro.span(),
            ));
            return Operand::invalid(span);
        } else if let Some(c) = ro.constant()
            && c.as_int().is_some_and(|i| i.is_negative())
        {
            let text = self.span_text(ro.span());
            self.error(Diagnostic::new(
                "minigo::type::shift",
                format!("invalid shift count {text} (negative)"),
                ro.span(),
            ));
            return Operand::invalid(span);
        }
        // The shifted operand.
        if let Some(c) = lo.constant().cloned() {
            if self.types.is_untyped(lo.ty()) {
                // An untyped constant must be an integer value.
                match c.as_int() {
                    Some(i) => {
                        lo.mode = Mode::Const(Const::Int(i.clone()));
                        lo.expr.kind = K::Const(Const::Int(i));
                        if lo.ty() == UNTYPED_FLOAT {
                            lo.expr.ty = UNTYPED_INT;
                        }
                    }
                    None => {
                        let d = self.describe(&lo);
                        self.error(Diagnostic::new(
                            "minigo::type::shift",
                            format!("invalid operation: shifted operand {d} must be integer"),
                            lo.span(),
                        ));
                        return Operand::invalid(span);
                    }
                }
            }
            if let Some(rc) = ro.constant() {
                let lt = lo.ty();
                if !self.types.is_integer(lt) && !self.types.is_untyped(lt) {
                    let d = self.describe(&lo);
                    self.error(Diagnostic::new(
                        "minigo::type::shift",
                        format!("invalid operation: shifted operand {d} must be integer"),
                        lo.span(),
                    ));
                    return Operand::invalid(span);
                }
                let lc = lo.constant().cloned().unwrap_or(c);
                return match lc.binary(op, rc, true) {
                    Ok(v) => self.typed_const_result(v, lt, span),
                    Err(_) => {
                        self.error(Diagnostic::new(
                            "minigo::type::shift",
                            "invalid shift: shift count too large",
                            ro.span(),
                        ));
                        Operand::invalid(span)
                    }
                };
            }
            if self.types.is_untyped(lo.ty()) {
                // A non-constant shift of an untyped constant: typed by the context later.
                let t = lo.ty();
                return Operand::value(
                    K::Binary(op, Box::new(lo.expr), Box::new(ro.expr)),
                    t,
                    span,
                );
            }
        }
        if !self.types.is_integer(lo.ty()) {
            let d = self.describe(&lo);
            self.error(
                Diagnostic::new(
                    "minigo::type::shift",
                    format!("invalid operation: shifted operand {d} must be integer"),
                    lo.span(),
                )
                .help("only integers can be shifted"),
            );
            return Operand::invalid(span);
        }
        let t = lo.ty();
        Operand::value(K::Binary(op, Box::new(lo.expr), Box::new(ro.expr)), t, span)
    }

    fn comparison(&mut self, op: BinOp, mut lo: Operand, mut ro: Operand, span: Span) -> Operand {
        let (lt, rt) = (lo.ty(), ro.ty());
        // nil on either side: the other must be a nillable type.
        if lt == UNTYPED_NIL || rt == UNTYPED_NIL {
            let (other, nil_left) = if lt == UNTYPED_NIL {
                (&ro, true)
            } else {
                (&lo, false)
            };
            let ot = other.ty();
            if ot == UNTYPED_NIL {
                self.error(Diagnostic::new(
                    "minigo::type::operator",
                    format!(
                        "invalid operation: {} (operator {} not defined on nil)",
                        self.span_text(span),
                        op.text()
                    ),
                    span,
                ));
                return Operand::invalid(span);
            }
            if !self.types.is_nillable(ot) || !matches!(op, BinOp::Eq | BinOp::Ne) {
                let d = self.describe(other);
                self.error(
                    Diagnostic::new(
                        "minigo::type::mismatch",
                        format!(
                            "invalid operation: {} (mismatched types {} and untyped nil)",
                            self.span_text(span),
                            self.types.display(ot)
                        ),
                        span,
                    )
                    .help(format!("{d} can never be nil")),
                );
                return Operand::invalid(span);
            }
            let (mut l, mut r) = (lo.expr, ro.expr);
            if nil_left {
                l.ty = ot;
            } else {
                r.ty = ot;
            }
            return Operand::value(K::Compare(op, Box::new(l), Box::new(r)), UNTYPED_BOOL, span);
        }
        // Mixed interface and concrete: the concrete value is boxed.
        let (li, ri) = (self.types.is_interface(lt), self.types.is_interface(rt));
        if li != ri && !self.types.is_untyped(lt) && !self.types.is_untyped(rt) {
            let (iface, conc) = if li { (lt, rt) } else { (rt, lt) };
            if self.assignable_type(conc, iface) {
                if li {
                    ro.expr = self.coerce(ro.expr, lt);
                } else {
                    lo.expr = self.coerce(lo.expr, rt);
                }
                return Operand::value(
                    K::Compare(op, Box::new(lo.expr), Box::new(ro.expr)),
                    UNTYPED_BOOL,
                    span,
                );
            }
        }
        if (li || ri) && (self.types.is_untyped(lt) || self.types.is_untyped(rt)) {
            // `iface == 5`: the constant takes its default type and is boxed.
            let (iface_t, u) = if li { (lt, &mut ro) } else { (rt, &mut lo) };
            let d = self.types.default_type(u.ty());
            if !self.convert_untyped(u, d) {
                return Operand::invalid(span);
            }
            let e = std::mem::replace(&mut u.expr, ir::Expr::new(K::Zero, INVALID, span));
            u.expr = self.coerce(e, iface_t);
            u.mode = Mode::Value;
            return Operand::value(
                K::Compare(op, Box::new(lo.expr), Box::new(ro.expr)),
                UNTYPED_BOOL,
                span,
            );
        }
        // "The first operand must be assignable to the type of the second, or vice
        // versa" (e.g. a chan T compared with a <-chan T).
        let (lt, rt) = (lo.ty(), ro.ty());
        if lt != rt && !self.types.is_untyped(lt) && !self.types.is_untyped(rt) {
            if self.assignable_type(rt, lt) {
                ro.expr.ty = lt;
            } else if self.assignable_type(lt, rt) {
                lo.expr.ty = rt;
            }
        }
        if !self.match_operands(&mut lo, &mut ro, op, span) {
            return Operand::invalid(span);
        }
        let t = lo.ty();
        let ok = match op {
            BinOp::Eq | BinOp::Ne => self.types.comparable(t),
            _ => self.types.ordered(t),
        };
        if !ok {
            let ts = self.types.display(t);
            let what = match self.types.under(t) {
                TypeKind::Slice(_) => "slice can only be compared to nil".to_string(),
                TypeKind::Map(..) => "map can only be compared to nil".to_string(),
                TypeKind::Func(_) => "func can only be compared to nil".to_string(),
                TypeKind::Struct(fields) if matches!(op, BinOp::Eq | BinOp::Ne) => {
                    let bad = fields
                        .iter()
                        .find(|f| !self.types.comparable(f.ty))
                        .map(|f| self.types.display(f.ty));
                    format!(
                        "struct containing {} cannot be compared",
                        bad.unwrap_or_default()
                    )
                }
                TypeKind::Array(_, e) if matches!(op, BinOp::Eq | BinOp::Ne) => {
                    format!(
                        "{ts} cannot be compared: its elements ({}) cannot be",
                        self.types.display(*e)
                    )
                }
                _ => format!("operator {} not defined on {ts}", op.text()),
            };
            let mut d = Diagnostic::new(
                "minigo::type::operator",
                format!("invalid operation: {} ({what})", self.span_text(span)),
                span,
            );
            if matches!(self.types.under(t), TypeKind::Slice(_)) {
                d = d.help("compare the elements in a loop");
            } else if !matches!(op, BinOp::Eq | BinOp::Ne) {
                d = d.help(format!(
                    "< and > are defined on numbers and strings, not on {ts}"
                ));
            }
            self.error(d);
            return Operand::invalid(span);
        }
        if let (Some(a), Some(b)) = (lo.constant(), ro.constant())
            && let Ok(v) = a.binary(op, b, true)
        {
            return Operand::constant_op(v, UNTYPED_BOOL, span);
        }
        // Untyped operands left (both untyped non-constant): give them their default.
        if self.types.is_untyped(t) {
            let d = self.types.default_type(t);
            self.convert_untyped(&mut lo, d);
            self.convert_untyped(&mut ro, d);
        }
        Operand::value(
            K::Compare(op, Box::new(lo.expr), Box::new(ro.expr)),
            UNTYPED_BOOL,
            span,
        )
    }

    // ----- selectors -----

    fn selector_operand(&mut self, x: &ast::Expr, sel: &ast::Ident, span: Span) -> Operand {
        match self.selector(x, sel, span, None) {
            Selection::Operand(op) => op,
            Selection::Method { recv, func, sig } => {
                // A method value: the receiver is evaluated now.
                self.note_dep_func(func);
                Operand::value(
                    K::MethodValue {
                        recv: Box::new(recv),
                        func,
                    },
                    sig,
                    span,
                )
            }
            Selection::IfaceMethod { recv, name, sig } => Operand::value(
                K::IfaceMethodValue {
                    recv: Box::new(recv),
                    method: name,
                },
                sig,
                span,
            ),
        }
    }

    /// Resolves `x.sel`: a package member, a field, a method (left for the caller to
    /// call or bind), or a method expression. `args` are the arguments when `x.sel` is
    /// called (for the help line of a missing method).
    pub(crate) fn selector(
        &mut self,
        x: &ast::Expr,
        sel: &ast::Ident,
        span: Span,
        args: Option<&[ast::Expr]>,
    ) -> Selection {
        if let ExprKind::Ident(name) = &x.kind {
            if let Some(Entity::BadPackage) = self.lookup(name) {
                return Selection::Operand(Operand::invalid(span));
            }
            if let Some(Entity::Package(p)) = self.lookup(name) {
                let Some(ent) = self.pkg_member(p, sel) else {
                    return Selection::Operand(Operand::invalid(span));
                };
                let saved = self.cur_pkg;
                self.cur_pkg = p;
                let op = self.entity_operand(ent, &sel.name, span);
                self.cur_pkg = saved;
                return Selection::Operand(op);
            }
        }
        let base = self.expr(x, None);
        if let Mode::Type(t) = base.mode {
            return Selection::Operand(self.method_expr(t, sel, span));
        }
        if !self.need_value(&base) {
            return Selection::Operand(Operand::invalid(span));
        }
        let t = base.ty();
        match self.lookup_field_or_method(t, &sel.name) {
            Found::Field { path, ty } => {
                let addressable = base.addressable() || self.types.is_pointer(t);
                let e = self.field_path(base.expr, &path, span);
                let mut op = Operand::value(e.kind, ty, span);
                // A field reached through a pointer is addressable.
                if addressable || path_has_pointer(&self.types, t, &path) {
                    op.mode = Mode::Var;
                }
                Selection::Operand(op)
            }
            Found::Method {
                path,
                decl,
                indirect,
                ..
            } => {
                let was_addressable = base.addressable();
                let recv = self.field_path(base.expr, &path, span);
                let recv_ty = recv.ty;
                let recv_is_ptr = self.types.is_pointer(recv_ty);
                let recv = if decl.ptr_recv {
                    if recv_is_ptr {
                        recv
                    } else if was_addressable
                        || indirect
                        || !path.is_empty() && path_has_pointer(&self.types, t, &path)
                        || self.types.is_pointer(t)
                    {
                        self.mark_addressed(&recv);
                        let p = self.types.pointer(recv_ty);
                        ir::Expr::new(K::AddrOf(Box::new(recv)), p, span)
                    } else {
                        let ts = self.types.display(recv_ty);
                        let text = self.span_text(x.span);
                        self.error(
                            Diagnostic::new(
                                "minigo::type::ptr_method",
                                format!("cannot call pointer method {} on {ts}", sel.name),
                                span,
                            )
                            .help(format!("{text} is not addressable; store it in a variable first, or use a pointer")),
                        );
                        return Selection::Operand(Operand::invalid(span));
                    }
                } else if recv_is_ptr {
                    let elem = self.types.pointer_elem(recv_ty).unwrap_or(INVALID);
                    ir::Expr::new(K::Deref(Box::new(recv)), elem, span)
                } else {
                    recv
                };
                Selection::Method {
                    recv,
                    func: decl.func,
                    sig: decl.sig,
                }
            }
            Found::IfaceMethod { path, sig } => {
                let recv = self.field_path(base.expr, &path, span);
                let recv = if self.types.is_pointer(recv.ty) && !self.types.is_interface(recv.ty) {
                    let elem = self.types.pointer_elem(recv.ty).unwrap_or(INVALID);
                    ir::Expr::new(K::Deref(Box::new(recv)), elem, span)
                } else {
                    recv
                };
                Selection::IfaceMethod {
                    recv,
                    name: sel.name.clone(),
                    sig,
                }
            }
            Found::Ambiguous => {
                let mut d = Diagnostic::new(
                    "minigo::type::ambiguous",
                    format!("ambiguous selector {}", self.span_text(span)),
                    sel.span,
                );
                let via = self.embedded_owners(t, &sel.name);
                if via.len() >= 2 {
                    let x = self.span_text(x.span);
                    let paths: Vec<String> = via
                        .iter()
                        .map(|e| format!("{x}.{e}.{}", sel.name))
                        .collect();
                    d = d.help(format!(
                        "{} is promoted from both {} and {}: write {}",
                        sel.name,
                        via[0],
                        via[1],
                        paths.join(" or ")
                    ));
                }
                self.error(d);
                Selection::Operand(Operand::invalid(span))
            }
            Found::Absent => {
                let d = self.no_field_error(x, sel, span, t, args);
                self.error(d);
                Selection::Operand(Operand::invalid(span))
            }
        }
    }

    /// `x.sel undefined (type T has no field or method sel)`, with a help line: the name
    /// in the right case, a close spelling, the built-in to use instead, or the package
    /// a variable hides.
    fn no_field_error(
        &mut self,
        x: &ast::Expr,
        sel: &ast::Ident,
        span: Span,
        t: TypeId,
        args: Option<&[ast::Expr]>,
    ) -> Diagnostic {
        let text = self.span_text(span);
        let ts = self.types.display(t);
        let mut d = Diagnostic::new(
            "minigo::type::no_field",
            format!(
                "{text} undefined (type {ts} has no field or method {})",
                sel.name
            ),
            sel.span,
        )
        .label("unknown field or method");
        let members = self.member_names(t);
        let xs = self.span_text(x.span);
        if let Some(other) = members
            .iter()
            .find(|m| m.to_lowercase() == sel.name.to_lowercase())
        {
            d.message = format!(
                "{text} undefined (type {ts} has no field or method {}, but does have {other})",
                sel.name
            );
            return d.help(format!("names are case-sensitive: write {xs}.{other}"));
        }
        // A local variable named like an imported package hides the package.
        if let ExprKind::Ident(name) = &x.kind
            && self.packages[self.cur_pkg].imports.contains_key(name)
            && let Some(Entity::Local { depth, id }) = self.lookup(name)
        {
            let at = self.fstack[depth].locals[id as usize].span;
            return d.also(at, format!("{name} declared here")).help(format!(
                "the variable {name} hides the imported package {name}; rename the variable"
            ));
        }
        let recv = match self.types.under(t) {
            TypeKind::Slice(_) => Some(suggest::Receiver::Slice),
            TypeKind::Map(..) => Some(suggest::Receiver::Map),
            TypeKind::Chan(..) => Some(suggest::Receiver::Chan),
            TypeKind::Basic(Basic::String) => Some(suggest::Receiver::String),
            TypeKind::Untyped(Untyped::String) => Some(suggest::Receiver::String),
            _ => None,
        };
        let args_text = args.map(|a| {
            a.iter()
                .map(|e| self.span_text(e.span))
                .collect::<Vec<_>>()
                .join(", ")
        });
        if let Some(r) = recv
            && let Some(h) = suggest::builtin_instead(r, &xs, &sel.name, args_text.as_deref())
        {
            return d.help(h);
        }
        if let Some(like) = suggest::closest(&sel.name, members.iter().map(String::as_str)) {
            return d.help(format!("did you mean {xs}.{like}?"));
        }
        if self.types.is_pointer(self.types.underlying(t))
            && self
                .types
                .pointer_elem(t)
                .is_some_and(|e| self.types.is_pointer(e) || self.types.is_interface(e))
        {
            d = d.help("dereference the pointer first: (*p).Name");
        }
        d
    }

    /// The names of the embedded fields through which `name` is promoted into `t`, at
    /// the shallowest depth that has it.
    fn embedded_owners(&self, t: TypeId, name: &str) -> Vec<String> {
        let base = self.types.pointer_elem(t).unwrap_or(t);
        let Some(fields) = self.types.struct_fields(base) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for f in fields.iter().filter(|f| f.embedded) {
            if !matches!(self.lookup_field_or_method(f.ty, name), Found::Absent) {
                out.push(f.name.clone());
            }
        }
        out
    }

    /// Fields and methods of `t` (and of its pointer type), one level deep.
    fn member_names(&self, t: TypeId) -> Vec<String> {
        let mut names = Vec::new();
        let base = self.types.pointer_elem(t).unwrap_or(t);
        if let Some(n) = self.types.named_info(base) {
            names.extend(n.methods.iter().map(|m| m.name.clone()));
        }
        if let Some(fs) = self.types.struct_fields(base) {
            names.extend(fs.iter().map(|f| f.name.clone()));
        }
        if let Some(ms) = self.types.interface_methods(base) {
            names.extend(ms.iter().map(|m| m.name.clone()));
        }
        names.sort();
        names.dedup();
        names
    }

    /// Applies a path of field indices to `base`, dereferencing pointers on the way.
    pub(crate) fn field_path(&mut self, base: ir::Expr, path: &[u32], span: Span) -> ir::Expr {
        let mut e = base;
        for &i in path {
            if let Some(elem) = self.types.pointer_elem(e.ty) {
                e = ir::Expr::new(K::Deref(Box::new(e)), elem, span);
            }
            let fty = self
                .types
                .struct_fields(e.ty)
                .and_then(|fs| fs.get(i as usize))
                .map(|f| f.ty)
                .unwrap_or(INVALID);
            e = ir::Expr::new(K::Field(Box::new(e), i), fty, span);
        }
        e
    }

    /// `T.M` or `(*T).M`: the method as a function taking the receiver first.
    fn method_expr(&mut self, t: TypeId, sel: &ast::Ident, span: Span) -> Operand {
        let is_ptr = self.types.is_pointer(t);
        let found = self.lookup_field_or_method(t, &sel.name);
        let Found::Method { path, decl, .. } = found else {
            let ts = self.types.display(t);
            self.error(
                Diagnostic::new(
                    "minigo::type::method_expr",
                    format!(
                        "{ts}.{} undefined (type {ts} has no method {})",
                        sel.name, sel.name
                    ),
                    span,
                )
                .help("method expressions name a method of the type: T.Method or (*T).Method"),
            );
            return Operand::invalid(span);
        };
        let Some((msig, needs_ptr)) = self.method_in_set(t, &sel.name) else {
            return Operand::invalid(span);
        };
        if needs_ptr {
            let ts = self.types.display(t);
            self.error(
                Diagnostic::new(
                    "minigo::type::method_expr",
                    format!(
                        "invalid method expression {ts}.{} (needs pointer receiver (*{ts}).{})",
                        sel.name, sel.name
                    ),
                    span,
                )
                .help(format!("write (*{ts}).{}", sel.name)),
            );
            return Operand::invalid(span);
        }
        let s = self.types.signature(msig).cloned().unwrap_or(Signature {
            params: vec![],
            results: vec![],
            variadic: false,
        });
        let mut params = vec![t];
        params.extend(s.params.iter().copied());
        let fty = self.types.func(params, s.results.clone(), s.variadic);
        self.note_dep_func(decl.func);
        if path.is_empty() && decl.ptr_recv == is_ptr {
            return Operand::value(K::FuncRef(decl.func), fty, span);
        }
        // A promoted method, or a value method through a pointer: a wrapper walks to
        // the receiver the method wants.
        match self.promoted_wrapper(t, &sel.name, msig) {
            Some(w) => Operand::value(K::FuncRef(w), fty, span),
            None => Operand::invalid(span),
        }
    }

    // ----- indexing and slicing -----

    fn index(&mut self, x: &ast::Expr, i: &ast::Expr, span: Span) -> Operand {
        let xo = self.expr(x, None);
        if let Mode::Type(_) = xo.mode {
            self.error(super::decl::generics_error(span));
            return Operand::invalid(span);
        }
        if !self.need_value(&xo) {
            return Operand::invalid(span);
        }
        let t = xo.ty();
        if self.types.signature(t).is_some() {
            self.error(super::decl::generics_error(span));
            return Operand::invalid(span);
        }
        match self.types.under(t).clone() {
            TypeKind::Map(k, v) => {
                let io = self.expr(i, Some(k));
                let key = self.assign_to(io, k, "map index");
                Operand {
                    mode: Mode::MapIndex,
                    expr: ir::Expr::new(
                        K::MapIndex {
                            map: Box::new(xo.expr),
                            key: Box::new(key),
                            comma_ok: false,
                        },
                        v,
                        span,
                    ),
                }
            }
            TypeKind::Slice(elem) => {
                let idx = self.index_value(i, None);
                Operand {
                    mode: Mode::Var,
                    expr: ir::Expr::new(K::Index(Box::new(xo.expr), Box::new(idx)), elem, span),
                }
            }
            TypeKind::Array(n, elem) => {
                let idx = self.index_value(i, Some(n));
                let mode = if xo.addressable() {
                    Mode::Var
                } else {
                    Mode::Value
                };
                Operand {
                    mode,
                    expr: ir::Expr::new(K::Index(Box::new(xo.expr), Box::new(idx)), elem, span),
                }
            }
            TypeKind::Pointer(p) if matches!(self.types.under(p), TypeKind::Array(..)) => {
                let (n, elem) = match self.types.under(p) {
                    TypeKind::Array(n, e) => (*n, *e),
                    _ => unreachable!("matched above"),
                };
                let idx = self.index_value(i, Some(n));
                let arr = ir::Expr::new(K::Deref(Box::new(xo.expr)), p, span);
                Operand {
                    mode: Mode::Var,
                    expr: ir::Expr::new(K::Index(Box::new(arr), Box::new(idx)), elem, span),
                }
            }
            TypeKind::Basic(Basic::String) | TypeKind::Untyped(Untyped::String) => {
                let len = xo.constant().and_then(|c| match c {
                    Const::Str(s) => Some(s.len() as u64),
                    _ => None,
                });
                let idx = self.index_value(i, len);
                // Indexing a constant string with a constant gives a constant byte.
                if let (Some(Const::Str(s)), K::Const(ic)) = (xo.constant(), &idx.kind)
                    && let Some(k) = ic.to_i64()
                    && let Some(b) = s.get(k as usize)
                {
                    return Operand::value(K::Const(Const::int(*b as i64)), UINT8, span);
                }
                let s = self.default_value(xo, "index");
                Operand::value(K::Index(Box::new(s), Box::new(idx)), UINT8, span)
            }
            _ => {
                let d = self.describe(&xo);
                self.error(Diagnostic::new(
                    "minigo::type::index",
                    format!("invalid operation: cannot index {d}"),
                    span,
                ));
                Operand::invalid(span)
            }
        }
    }

    /// Checks an index: an integer, non-negative if constant, within `len` if known.
    fn index_value(&mut self, i: &ast::Expr, len: Option<u64>) -> ir::Expr {
        let mut io = self.expr(i, None);
        if !self.need_value(&io) {
            return io.expr;
        }
        if self.types.is_untyped(io.ty()) {
            if let Some(c) = io.constant()
                && c.as_int().is_none()
            {
                let d = self.describe(&io);
                self.error(Diagnostic::new(
                    "minigo::type::index",
                    format!("invalid argument: index {d} must be integer"),
                    i.span,
                ));
                return io.expr;
            }
            self.convert_untyped(&mut io, INT);
        }
        if !self.types.is_integer(io.ty()) {
            let d = self.describe(&io);
            self.error(Diagnostic::new(
                "minigo::type::index",
                format!("invalid argument: index {d} must be integer"),
                i.span,
            ));
            return io.expr;
        }
        if let Some(c) = io.constant() {
            let v = c.as_int().unwrap_or_default();
            if v.is_negative() {
                let text = self.span_text(i.span);
                self.error(Diagnostic::new(
                    "minigo::type::index",
                    format!(
                        "invalid argument: index {text} (constant of type int) must not be negative"
                    ),
                    i.span,
                ));
            } else if let Some(n) = len
                && v >= BigInt::from(n)
            {
                let text = self.span_text(i.span);
                self.error(
                    Diagnostic::new(
                        "minigo::type::index",
                        format!("invalid argument: index {text} out of bounds [0:{n}]"),
                        i.span,
                    )
                    .help(format!("valid indices are 0 to {}", n.saturating_sub(1))),
                );
            }
        }
        io.expr
    }

    fn slice_expr(
        &mut self,
        x: &ast::Expr,
        lo: &Option<Box<ast::Expr>>,
        hi: &Option<Box<ast::Expr>>,
        max: &Option<Box<ast::Expr>>,
        span: Span,
    ) -> Operand {
        let xo = self.expr(x, None);
        if !self.need_value(&xo) {
            return Operand::invalid(span);
        }
        let t = xo.ty();
        let (result, len, xe) = match self.types.under(t).clone() {
            TypeKind::Basic(Basic::String) | TypeKind::Untyped(Untyped::String) => {
                if max.is_some() {
                    self.error(Diagnostic::new(
                        "minigo::type::slice",
                        "invalid operation: 3-index slice of string",
                        span,
                    ));
                }
                let rt = if self.types.is_untyped(t) { STRING } else { t };
                let e = self.default_value(xo, "slice");
                (rt, None, e)
            }
            TypeKind::Slice(_) => (t, None, xo.expr),
            TypeKind::Array(n, e) => {
                if !xo.addressable() {
                    let d = self.describe(&xo);
                    self.error(
                        Diagnostic::new(
                            "minigo::type::slice",
                            format!("invalid operation: {d} (slice of unaddressable value)"),
                            span,
                        )
                        .help("store the array in a variable first"),
                    );
                    return Operand::invalid(span);
                }
                self.mark_addressed(&xo.expr);
                (self.types.slice(e), Some(n), xo.expr)
            }
            TypeKind::Pointer(p) => match self.types.under(p).clone() {
                TypeKind::Array(n, e) => {
                    let arr = ir::Expr::new(K::Deref(Box::new(xo.expr)), p, span);
                    (self.types.slice(e), Some(n), arr)
                }
                _ => {
                    let d = self.describe(&xo);
                    self.error(Diagnostic::new(
                        "minigo::type::slice",
                        format!("cannot slice {d}"),
                        span,
                    ));
                    return Operand::invalid(span);
                }
            },
            _ => {
                let d = self.describe(&xo);
                self.error(Diagnostic::new(
                    "minigo::type::slice",
                    format!("cannot slice {d}"),
                    span,
                ));
                return Operand::invalid(span);
            }
        };
        let bound = len.map(|n| n + 1);
        let lo = lo.as_ref().map(|e| Box::new(self.index_value(e, bound)));
        let hi = hi.as_ref().map(|e| Box::new(self.index_value(e, bound)));
        let max = max.as_ref().map(|e| Box::new(self.index_value(e, bound)));
        // Constant indices must be in order.
        let consts: Vec<Option<i64>> = [&lo, &hi, &max]
            .iter()
            .map(|b| {
                b.as_ref().and_then(|e| match &e.kind {
                    K::Const(c) => c.to_i64(),
                    _ => None,
                })
            })
            .collect();
        let present: Vec<i64> = consts.iter().flatten().copied().collect();
        if present.windows(2).any(|w| w[0] > w[1]) {
            self.error(Diagnostic::new(
                "minigo::type::slice",
                "invalid slice indices: indices out of order",
                span,
            ));
        }
        Operand::value(
            K::Slice {
                x: Box::new(xe),
                lo,
                hi,
                max,
            },
            result,
            span,
        )
    }

    fn type_assert(&mut self, x: &ast::Expr, t: Option<&ast::Expr>, span: Span) -> Operand {
        let xo = self.expr(x, None);
        let Some(t) = t else {
            self.error(
                Diagnostic::new(
                    "minigo::type::type_switch",
                    "invalid syntax tree: use of .(type) outside type switch",
                    span,
                )
                .help("x.(type) only appears in `switch v := x.(type) {`"),
            );
            return Operand::invalid(span);
        };
        if !self.need_value(&xo) {
            return Operand::invalid(span);
        }
        let target = self.resolve_type(t);
        if !self.types.is_interface(xo.ty()) {
            let d = self.describe(&xo);
            self.error(
                Diagnostic::new(
                    "minigo::type::assert",
                    format!("invalid operation: {d} is not an interface"),
                    x.span,
                )
                .help("type assertions apply to interface values; a concrete value's type is already known"),
            );
            return Operand::invalid(span);
        }
        if target != INVALID
            && !self.types.is_interface(target)
            && let Err(why) = self.implements(target, xo.ty())
        {
            let text = self.missing_text(target, xo.ty(), &why);
            let xt = self.span_text(x.span);
            let tt = self.types.display(target);
            self.error(Diagnostic::new(
                "minigo::type::assert",
                format!("impossible type assertion: {xt}.({tt})\n\t{text}"),
                span,
            ));
            return Operand::invalid(span);
        }
        Operand {
            mode: Mode::CommaOk,
            expr: ir::Expr::new(
                K::TypeAssert {
                    x: Box::new(xo.expr),
                    target,
                    comma_ok: false,
                },
                target,
                span,
            ),
        }
    }

    // ----- composite literals -----

    /// The type of a composite literal, allowing `[...]T` (the length comes from the
    /// elements, counted by `composite`).
    fn composite_type(&mut self, t: &ast::Expr, _n: usize) -> TypeId {
        if let ExprKind::ArrayType { len: None, elem } = &t.kind {
            let el = self.resolve_type(elem);
            // Length u64::MAX marks "count the elements"; replaced in `composite`.
            return self.types.array(u64::MAX, el);
        }
        self.resolve_type(t)
    }

    pub(crate) fn composite(&mut self, t: TypeId, elems: &[ast::Element], span: Span) -> Operand {
        if t == INVALID || self.types.underlying(t) == INVALID {
            for el in elems {
                self.expr(&el.value, None);
            }
            return Operand::invalid(span);
        }
        let u = self.types.underlying(t);
        match self.types.kind(u).clone() {
            TypeKind::Struct(fields) => self.struct_lit(t, &fields, elems, span),
            TypeKind::Array(n, elem) => {
                let (items, len) =
                    self.indexed_elems(elem, elems, if n == u64::MAX { None } else { Some(n) });
                let t = if n == u64::MAX {
                    self.types.array(len, elem)
                } else {
                    t
                };
                Operand::value(K::Composite(ir::Composite::Array(items)), t, span)
            }
            TypeKind::Slice(elem) => {
                let (items, len) = self.indexed_elems(elem, elems, None);
                Operand::value(K::Composite(ir::Composite::Slice(items, len)), t, span)
            }
            TypeKind::Map(k, v) => {
                let mut items = Vec::new();
                let mut seen_keys: Vec<(Const, Span)> = Vec::new();
                for el in elems {
                    let Some(key) = &el.key else {
                        self.error(
                            Diagnostic::new(
                                "minigo::type::composite",
                                "missing key in map literal",
                                el.value.span,
                            )
                            .help("map literal elements are key: value"),
                        );
                        continue;
                    };
                    let ko = self.elem_operand(key, k);
                    if let Some(c) = ko.constant() {
                        if let Some((_, prev)) = seen_keys.iter().find(|(p, _)| p == c) {
                            let text = self.span_text(key.span);
                            let prev = *prev;
                            self.error(
                                Diagnostic::new(
                                    "minigo::type::dup_key",
                                    format!("duplicate key {text} in map literal"),
                                    key.span,
                                )
                                .also(prev, "first used here"),
                            );
                        } else {
                            seen_keys.push((c.clone(), key.span));
                        }
                    }
                    let ke = self.assign_to(ko, k, "map literal");
                    let vo = self.elem_operand(&el.value, v);
                    let ve = self.assign_to(vo, v, "map literal");
                    items.push((ke, ve));
                }
                Operand::value(K::Composite(ir::Composite::Map(items)), t, span)
            }
            TypeKind::Pointer(_) => {
                let ts = self.types.display(t);
                self.error(
                    Diagnostic::new(
                        "minigo::type::composite",
                        format!("invalid composite literal type {ts}"),
                        span,
                    )
                    .help("write &T{...} to make a pointer to a new value"),
                );
                Operand::invalid(span)
            }
            _ => {
                let ts = self.types.display(t);
                self.error(Diagnostic::new(
                    "minigo::type::composite",
                    format!("invalid composite literal type {ts}"),
                    span,
                ));
                Operand::invalid(span)
            }
        }
    }

    /// An element value, where `{...}` may omit its type (and `&T` for pointer elements).
    fn elem_operand(&mut self, e: &ast::Expr, elem_ty: TypeId) -> Operand {
        if let ExprKind::Composite {
            ty: None, elems, ..
        } = &e.kind
        {
            if let Some(inner) = self.types.pointer_elem(elem_ty) {
                let op = self.composite(inner, elems, e.span);
                if op.is_invalid() {
                    return op;
                }
                return Operand::value(K::AddrOf(Box::new(op.expr)), elem_ty, e.span);
            }
            return self.composite(elem_ty, elems, e.span);
        }
        self.expr(e, Some(elem_ty))
    }

    fn indexed_elems(
        &mut self,
        elem: TypeId,
        elems: &[ast::Element],
        len: Option<u64>,
    ) -> (Vec<(u64, ir::Expr)>, u64) {
        let mut out = Vec::new();
        let mut next: u64 = 0;
        let mut max: u64 = 0;
        let mut seen = std::collections::HashSet::new();
        for el in elems {
            if let Some(k) = &el.key {
                let ko = self.expr(k, None);
                match ko
                    .constant()
                    .and_then(|c| c.as_int())
                    .and_then(|i| i.to_u64())
                {
                    Some(i) => next = i,
                    None => {
                        let text = self.span_text(k.span);
                        self.error(Diagnostic::new(
                            "minigo::type::composite",
                            format!("index {text} must be integer constant"),
                            k.span,
                        ));
                    }
                }
            }
            if let Some(n) = len
                && next >= n
            {
                let text = self.span_text(el.value.span);
                self.error(Diagnostic::new(
                    "minigo::type::composite",
                    format!("index {next} out of bounds [0:{n}] (array literal element {text})"),
                    el.value.span,
                ));
            }
            if !seen.insert(next) {
                self.error(Diagnostic::new(
                    "minigo::type::dup_key",
                    format!("duplicate index {next} in array or slice literal"),
                    el.value.span,
                ));
            }
            let vo = self.elem_operand(&el.value, elem);
            let ve = self.assign_to(vo, elem, "array or slice literal");
            out.push((next, ve));
            next += 1;
            max = max.max(next);
        }
        (out, len.unwrap_or(max))
    }

    fn struct_lit(
        &mut self,
        t: TypeId,
        fields: &[Field],
        elems: &[ast::Element],
        span: Span,
    ) -> Operand {
        let mut values: Vec<Option<ir::Expr>> = vec![None; fields.len()];
        let keyed = elems.first().is_some_and(|e| e.key.is_some());
        let foreign = self
            .types
            .named_info(t)
            .is_some_and(|n| n.pkg != self.pkg_name() && !n.pkg.is_empty());
        if keyed {
            for el in elems {
                let Some(key) = &el.key else {
                    self.error(Diagnostic::new(
                        "minigo::type::composite",
                        "mixture of field:value and value elements in struct literal",
                        el.value.span,
                    ));
                    continue;
                };
                let Some(name) = key.as_ident() else {
                    self.error(Diagnostic::new(
                        "minigo::type::composite",
                        format!(
                            "invalid field name {} in struct literal",
                            self.span_text(key.span)
                        ),
                        key.span,
                    ));
                    continue;
                };
                let Some(i) = fields.iter().position(|f| f.name == name) else {
                    let ts = self.types.display(t);
                    let names = fields.iter().map(|f| f.name.as_str());
                    let help = match suggest::closest(name, names.clone()) {
                        Some(like) => format!("did you mean {like}?"),
                        None => {
                            format!("{ts} has fields: {}", names.collect::<Vec<_>>().join(", "))
                        }
                    };
                    self.error(
                        Diagnostic::new(
                            "minigo::type::no_field",
                            format!("unknown field {name} in struct literal of type {ts}"),
                            key.span,
                        )
                        .help(help),
                    );
                    self.expr(&el.value, None);
                    continue;
                };
                if foreign && !fields[i].exported() {
                    self.error(Diagnostic::new(
                        "minigo::type::unexported",
                        format!("cannot refer to unexported field {name} in struct literal"),
                        key.span,
                    ));
                }
                if values[i].is_some() {
                    self.error(Diagnostic::new(
                        "minigo::type::dup_key",
                        format!("duplicate field name {name} in struct literal"),
                        key.span,
                    ));
                    continue;
                }
                let vo = self.elem_operand(&el.value, fields[i].ty);
                values[i] = Some(self.assign_to(vo, fields[i].ty, "struct literal"));
            }
        } else {
            for (i, el) in elems.iter().enumerate() {
                if el.key.is_some() {
                    self.error(Diagnostic::new(
                        "minigo::type::composite",
                        "mixture of field:value and value elements in struct literal",
                        el.value.span,
                    ));
                    continue;
                }
                if i >= fields.len() {
                    let ts = self.types.display(t);
                    self.error(Diagnostic::new(
                        "minigo::type::composite",
                        format!("too many values in struct literal of type {ts}"),
                        el.value.span,
                    ));
                    break;
                }
                let vo = self.elem_operand(&el.value, fields[i].ty);
                values[i] = Some(self.assign_to(vo, fields[i].ty, "struct literal"));
            }
            if !elems.is_empty() && elems.len() < fields.len() {
                let ts = self.types.display(t);
                self.error(
                    Diagnostic::new(
                        "minigo::type::composite",
                        format!("too few values in struct literal of type {ts}"),
                        span,
                    )
                    .help("give every field a value, or name the fields you set: T{Name: v}"),
                );
            }
        }
        Operand::value(K::Composite(ir::Composite::Struct(values)), t, span)
    }

    // ----- function literals -----

    fn func_lit(&mut self, sig: &ast::FuncType, body: &ast::Block, span: Span) -> Operand {
        let fty = self.resolve_signature(sig);
        let name = match self.fstack.first() {
            Some(outer) => {
                let outer_name = self.funcs[outer.func as usize].name.clone();
                let f = self.fstack.first_mut().expect("checked");
                f.literal_count += 1;
                format!("{outer_name}.func{}", f.literal_count)
            }
            None => {
                let n = self.funcs.len();
                format!("{}.glob..func{n}", self.pkg_name())
            }
        };
        let f = self.new_func_pub(name, span, fty);
        let captures = self.check_func_body(f, None, sig, body, fty);
        Operand::value(K::Closure { func: f, captures }, fty, span)
    }
}

/// What a selector denotes.
pub(crate) enum Selection {
    Operand(Operand),
    /// A concrete method with its receiver already adjusted.
    Method {
        recv: ir::Expr,
        func: FuncId,
        sig: TypeId,
    },
    /// An interface method (dynamic dispatch).
    IfaceMethod {
        recv: ir::Expr,
        name: String,
        sig: TypeId,
    },
}

fn is_numeric_untyped(u: Untyped) -> bool {
    matches!(u, Untyped::Int | Untyped::Rune | Untyped::Float)
}

/// Whether following `path` from type `t` goes through a pointer.
fn path_has_pointer(tt: &TypeTable, t: TypeId, path: &[u32]) -> bool {
    let mut cur = t;
    for &i in path {
        if let Some(e) = tt.pointer_elem(cur) {
            let _ = e;
            return true;
        }
        cur = match tt.struct_fields(cur).and_then(|f| f.get(i as usize)) {
            Some(f) => f.ty,
            None => return false,
        };
    }
    false
}

/// The body of a wrapper that returns what `call` returns.
pub(crate) fn wrapper_body(call: ir::Expr, nresults: usize, span: Span) -> Vec<ir::Stmt> {
    let kind = match nresults {
        0 => {
            return vec![
                ir::Stmt {
                    kind: ir::StmtKind::Expr(call),
                    span,
                },
                ir::Stmt {
                    kind: ir::StmtKind::Return(vec![]),
                    span,
                },
            ];
        }
        1 => ir::StmtKind::Return(vec![call]),
        _ => ir::StmtKind::ReturnTuple(call),
    };
    vec![ir::Stmt { kind, span }]
}
