//! gc's order of evaluation inside a statement: which operands are read after the calls.
//!
//! The spec orders only the calls, method calls, receives and `&&`/`||` of an expression;
//! when the other operands are evaluated is left open, and programs can tell:
//! `fmt.Println(x, f())` prints the `x` that `f` left behind under gc. minigo follows gc
//! (`cmd/compile/internal/walk/order.go`), whose rule for one statement is:
//!
//! 1. The operands are walked left to right, depth first. Each *materialized* node is
//!    evaluated into a temporary the moment the walk leaves it (post-order): a call (the
//!    callee and arguments inside it are evaluated just then), a receive, `len` `cap`
//!    `append` `copy` `make` `new` `recover`, a slice expression, `[]byte(s)` and
//!    `[]rune(s)`, a type assertion to a type that is not pointer-shaped, a map literal,
//!    an `&&` or `||` (its operands are statements of their own, see 4).
//! 2. gc also copies some operands because it passes them by address — at the post-order
//!    position of the node that needs the address:
//!    - a value converted to an interface, when its type is not 2, 4 or 8 bytes of plain
//!      data nor a lone string or slice (`bool`, `int8`, pointers, maps, channels, funcs,
//!      most structs and arrays), and the value is not addressable storage other than a
//!      local variable (a global, `s.f`, `*p`, `a[i]` stay in place; `x`, `m[k]`, `s[i]`
//!      of a string, `x+1`, `T(x)` are copied);
//!    - the operands of `==` on structs and arrays, by the same rule;
//!    - a map key, when the map is not one of the runtime's fast kinds (keys of 4 or 8
//!      bytes, strings), or needs a cast to one (a struct key);
//!    - slice bounds other than a variable, a constant or a materialized node.
//! 3. Everything else — variables, `*p`, `x.f`, `a[i]`, `m[k]`, arithmetic, conversions,
//!    composite literals, the operands of the left side of an assignment — stays in place
//!    and is evaluated with the node that contains it: the enclosing materialized node, or
//!    the statement itself after all the temporaries (`a[i] = f()` reads `i` after `f`,
//!    `x += f()` reads `x` after `f`).
//! 4. The operands of `&&`/`||`, each map literal entry, each `switch` case, each
//!    argument of `go`/`defer` (gc copies them one by one) and each `select` operand are
//!    separate statements, evaluated in source order.
//!
//! minigo's code generator evaluates strictly left to right, depth first. `plan` finds the
//! statements where gc's order differs observably — an operand that reads memory a call
//! may change (a shared variable, a global, `*p`, an element) or that may panic, reached
//! before a materialized node with an effect (a call, a receive, a possible panic) that gc
//! evaluates first — and lists every materialized node of the statement in gc's order.
//! `func.rs` evaluates those into temporaries, then compiles the statement as usual,
//! reading each listed node from its temporary. Statements where nothing can be observed
//! (no call, or only register variables around the calls) compile exactly as before.

use crate::check::ir::{self, Builtin, Callee, Composite, Expr, ExprKind as K, LValue};
use crate::check::types::{Basic, TypeId, TypeKind, TypeTable};
use crate::syntax::ast::BinOp;

/// One operand of a statement, in the order the code generator evaluates them.
#[derive(Clone, Copy)]
pub(super) enum Root<'e> {
    /// An operand evaluated where it stands.
    Expr(&'e Expr),
    /// An operand never hoisted itself (only what is inside it): the statement's only
    /// operand, or the right side of `a, b = f()`, which the code generator evaluates
    /// before anything else.
    Pinned(&'e Expr),
    /// The operands of an assignment's target (`a[i]`, `p.f`, `m[k]`, `*p`).
    Place(&'e LValue),
    /// The current value of the target is read here (`x op= v`, `x++`).
    Load,
    /// The key of an entry of a map literal of the given type (`m[k] = v` to gc).
    Key(TypeId, &'e Expr),
}

impl<'e> Root<'e> {
    /// The operands of an assignment's target, if it has any (variables have none).
    pub(super) fn place(lv: &'e LValue) -> Option<Root<'e>> {
        match lv {
            LValue::Field(..) | LValue::Index(..) | LValue::MapIndex(..) | LValue::Deref(_) => {
                Some(Root::Place(lv))
            }
            _ => None,
        }
    }
}

/// A node to evaluate before the rest of its statement.
pub(super) struct Hoist<'e> {
    pub expr: &'e Expr,
    /// How many values it yields: more than one for `g` in `f(g())`.
    pub values: u32,
}

/// What the analysis needs to know about the function being compiled.
pub(super) struct Cx<'a> {
    pub types: &'a TypeTable,
    pub func: &'a ir::Func,
}

/// The nodes of a statement with operands `roots` to evaluate ahead of it, in gc's order,
/// when that changes what the program can observe; `None` otherwise.
///
/// Only what must move is listed: the materialized nodes of the statement (its scope)
/// and, inside one of them, its own materialized nodes only when its scope needs them
/// first too; a node whose scope needs nothing is evaluated whole, as today.
pub(super) fn plan<'e>(cx: &Cx, roots: &[Root<'e>]) -> Option<Vec<Hoist<'e>>> {
    if std::env::var_os("MINIGO_NO_ORDER").is_some() {
        return None; // TEMP A/B
    }
    let mut w = Walk::new(cx);
    let top = w.open();
    let mut pinned = Vec::new();
    for r in roots {
        match *r {
            Root::Expr(e) => w.visit(e, top),
            Root::Pinned(e) => {
                // Evaluated before the operands listed ahead of it: their effects must
                // then come first, as gc has them.
                if w.effects > 0 {
                    w.scopes[top].need = true;
                }
                w.visit(e, top);
                pinned.push(e);
            }
            Root::Place(lv) => w.place(lv, top),
            Root::Load => w.may_panic(top),
            Root::Key(map, k) => w.map_key(map, k, top),
        }
    }
    let below = w.need_below();
    if !below[top] {
        return None;
    }
    let mut out = Vec::new();
    w.emit(top, &below, &pinned, &mut out);
    (!out.is_empty()).then_some(out)
}

/// `go`/`defer` arguments and `select` operands: gc copies each into a temporary of its
/// own, in order, so each is a statement. When any of them needs reordering inside, all
/// of them are evaluated first, one after the other (the last hoist of each is the
/// operand itself).
///
/// `tuple_first`: `roots[0]` is the `g()` of `defer f(g())`, which gc calls before it
/// evaluates the other operands and which the code generator evaluates last.
pub(super) fn plan_each<'e>(
    cx: &Cx,
    roots: &[&'e Expr],
    tuple_first: bool,
) -> Option<Vec<Hoist<'e>>> {
    if std::env::var_os("MINIGO_NO_ORDER").is_some() {
        return None; // TEMP A/B
    }
    let probe = Walk::new(cx);
    let force = tuple_first && roots.iter().skip(1).any(|r| !probe.pure(r));
    if !force && !roots.iter().any(|r| plan(cx, &[Root::Pinned(r)]).is_some()) {
        return None;
    }
    let mut all = Vec::new();
    for &r in roots {
        let mut w = Walk::new(cx);
        let top = w.open();
        w.visit(r, top);
        let below = w.need_below();
        let first = all.len();
        w.emit(top, &below, &[], &mut all);
        let last = all[first..].last().is_some_and(|h| std::ptr::eq(h.expr, r));
        if !last && !w.pure(r) {
            all.push(Hoist { expr: r, values: 1 });
        }
    }
    Some(all)
}

/// The order in which a struct literal's fields are evaluated: the order they are written
/// in (the checked tree lists them in declaration order).
pub(super) fn struct_order(fields: &[Option<Expr>]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..fields.len()).filter(|&i| fields[i].is_some()).collect();
    let lo = |i: &usize| fields[*i].as_ref().map_or(0, |e| e.span.lo);
    if std::env::var_os("MINIGO_NO_ORDER").is_some() {
        return order; // TEMP A/B
    }
    if order.iter().all(|i| lo(i) != 0) {
        order.sort_by_key(lo);
    }
    order
}

/// The residual of a materialized node (or of the statement): the operands gc evaluates
/// with the node itself.
#[derive(Clone, Copy, Default)]
struct Scope {
    open: bool,
    /// A materialized node inside must be evaluated before the residual.
    need: bool,
    /// An operand that reads changeable memory, or may panic, is waiting.
    read: bool,
    /// An operand that may panic is waiting.
    panic: bool,
}

/// A materialized node, as the walk leaves it.
struct Node<'e> {
    expr: &'e Expr,
    /// How many values it yields (a call of several results as the argument of another).
    values: u32,
    /// The scope it is evaluated in, and its own (when it has operands).
    parent: usize,
    scope: Option<usize>,
}

struct Walk<'a, 'e> {
    cx: &'a Cx<'a>,
    scopes: Vec<Scope>,
    /// Open scopes with `read` / `panic` set.
    open_reads: u32,
    open_panics: u32,
    /// Materialized nodes seen so far that have an effect or may panic.
    effects: u32,
    /// Any effect or possible panic seen at all (for `&&` and map literals).
    any_side: bool,
    any_panic: bool,
    /// In post-order (gc's order).
    nodes: Vec<Node<'e>>,
}

impl<'a, 'e> Walk<'a, 'e> {
    fn new(cx: &'a Cx<'a>) -> Self {
        Walk {
            cx,
            scopes: Vec::new(),
            open_reads: 0,
            open_panics: 0,
            effects: 0,
            any_side: false,
            any_panic: false,
            nodes: Vec::new(),
        }
    }

    /// For each scope: whether it, or a scope inside it, needs reordering.
    fn need_below(&self) -> Vec<bool> {
        let mut below: Vec<bool> = self.scopes.iter().map(|s| s.need).collect();
        // Post-order: a node's own scope is complete before the node.
        for n in &self.nodes {
            if let Some(s) = n.scope
                && below[s]
            {
                below[n.parent] = true;
            }
        }
        below
    }

    /// Lists the materialized nodes of scope `s` in order, each preceded by its own when
    /// something inside it needs reordering; `pinned` nodes are not listed themselves.
    fn emit(&self, s: usize, below: &[bool], pinned: &[&Expr], out: &mut Vec<Hoist<'e>>) {
        for n in self.nodes.iter().filter(|n| n.parent == s) {
            if let Some(own) = n.scope
                && below[own]
            {
                self.emit(own, below, pinned, out);
            }
            if !pinned.iter().any(|p| std::ptr::eq(*p, n.expr)) {
                out.push(Hoist {
                    expr: n.expr,
                    values: n.values,
                });
            }
        }
    }

    fn types(&self) -> &'a TypeTable {
        self.cx.types
    }

    fn open(&mut self) -> usize {
        self.scopes.push(Scope {
            open: true,
            ..Scope::default()
        });
        self.scopes.len() - 1
    }

    /// Closes a scope: its residual is evaluated now. Returns whether it may panic.
    fn close(&mut self, s: usize) -> bool {
        let sc = &mut self.scopes[s];
        sc.open = false;
        if sc.read {
            self.open_reads -= 1;
        }
        if sc.panic {
            self.open_panics -= 1;
        }
        sc.panic
    }

    /// An operand of scope `s` reads memory that something else may change.
    fn read(&mut self, s: usize) {
        let sc = &mut self.scopes[s];
        if !sc.read {
            sc.read = true;
            if sc.open {
                self.open_reads += 1;
            }
        }
    }

    fn may_panic(&mut self, s: usize) {
        self.read(s);
        self.any_panic = true;
        let sc = &mut self.scopes[s];
        if !sc.panic {
            sc.panic = true;
            if sc.open {
                self.open_panics += 1;
            }
        }
    }

    /// Materialized node `e` of scope `parent` (with operands in scope `own`) has been
    /// evaluated. The operands still pending in open scopes are evaluated after it under
    /// gc, before it today: if it has an effect they could see (or it may panic and they
    /// may too), those scopes need it evaluated first.
    fn done(&mut self, e: &'e Expr, side: bool, panic: bool, parent: usize, own: Option<usize>) {
        if (side && self.open_reads > 0) || (panic && self.open_panics > 0) {
            for sc in &mut self.scopes {
                if sc.open && ((side && sc.read) || (panic && sc.panic)) {
                    sc.need = true;
                }
            }
        }
        if side || panic {
            self.effects += 1;
        }
        self.any_side |= side;
        self.any_panic |= panic;
        let values = match self.types().tuple_elems(e.ty) {
            Some(ts) => ts.len() as u32,
            None => 1,
        };
        self.nodes.push(Node {
            expr: e,
            values,
            parent,
            scope: own,
        });
    }

    /// An operand of scope `s` that gc copies into a temporary (rule 2): its own operands
    /// are evaluated with the copy.
    fn copied(&mut self, e: &'e Expr, s: usize) {
        let m = self.open();
        self.visit(e, m);
        let panic = self.close(m);
        self.done(e, false, panic, s, Some(m));
    }

    fn visit(&mut self, e: &'e Expr, s: usize) {
        match &e.kind {
            K::Const(_) | K::Nil | K::Zero | K::FuncRef(_) | K::Closure { .. } => {}
            K::Local(l) => {
                if self.cx.func.locals[*l as usize].shared() {
                    self.read(s);
                }
            }
            K::Upvalue(_) | K::Global(_) => self.read(s),
            K::MethodValue { recv, .. } => self.visit(recv, s),
            K::IfaceMethodValue { recv, .. } => {
                self.visit(recv, s);
                self.may_panic(s);
            }
            K::Unary(_, x) | K::Field(x, _) => self.visit(x, s),
            K::Binary(BinOp::LogAnd | BinOp::LogOr, l, r) => self.opaque(e, [&**l, &**r], s),
            K::Binary(op, l, r) => {
                self.visit(l, s);
                self.visit(r, s);
                if self.binary_may_panic(*op, e.ty, r) {
                    self.may_panic(s);
                }
            }
            K::Compare(_, l, r) => {
                let agg = self.types().is_aggregate(l.ty);
                let (cl, cr) = (agg && self.addr_copied(l), agg && self.addr_copied(r));
                let sl = if cl { self.open() } else { s };
                self.visit(l, sl);
                let sr = if cr { self.open() } else { s };
                let effects = self.effects;
                self.visit(r, sr);
                // The copy of `l` is made after `r` is evaluated: when `r` has effects,
                // the statement's order changes around `l`, not inside it.
                if cl && self.scopes[sl].read && self.effects > effects {
                    self.scopes[s].need = true;
                }
                if cl {
                    let p = self.close(sl);
                    self.done(l, false, p, s, Some(sl));
                }
                if cr {
                    let p = self.close(sr);
                    self.done(r, false, p, s, Some(sr));
                }
                // Comparing interfaces holding incomparable values panics.
                if agg || self.types().is_interface(l.ty) {
                    self.may_panic(s);
                }
            }
            K::Call(c) => self.call(e, c, s),
            K::Builtin(b, args) => self.builtin(e, *b, args, s),
            K::Convert(x) => match self.bytes_conversion(x.ty, e.ty) {
                Conversion::FromString => self.materialized(e, [&**x], false, false, s),
                Conversion::ToString => {
                    self.visit(x, s);
                    self.read(s);
                }
                Conversion::Other => self.visit(x, s),
            },
            K::ToIface(x) => {
                if !self.types().is_interface(x.ty)
                    && self.passed_by_address(x.ty)
                    && self.addr_copied(x)
                {
                    self.copied(x, s);
                } else {
                    self.visit(x, s);
                }
            }
            K::Deref(p) => {
                self.visit(p, s);
                self.may_panic(s);
            }
            K::AddrOf(x) => match &x.kind {
                K::Local(_) | K::Upvalue(_) | K::Global(_) => {}
                K::Field(b, _) => self.visit_ref(b, s),
                K::Index(a, i) => {
                    self.visit_ref(a, s);
                    self.visit(i, s);
                    self.may_panic(s);
                }
                K::Deref(p) => self.visit(p, s),
                _ => self.visit(x, s),
            },
            K::Index(x, i) => {
                self.visit(x, s);
                self.visit(i, s);
                self.may_panic(s);
            }
            K::MapIndex { map, key, .. } if self.read_at_once(e) => {
                let m = self.open();
                self.visit(map, m);
                self.map_key(map.ty, key, m);
                self.read(m);
                self.close(m);
                self.done(e, false, false, s, Some(m));
            }
            K::MapIndex { map, key, .. } => {
                self.visit(map, s);
                self.map_key(map.ty, key, s);
                self.read(s);
            }
            K::Slice { x, lo, hi, max } => {
                let m = self.open();
                self.visit(x, m);
                for b in [lo, hi, max].into_iter().flatten() {
                    let cheap = matches!(
                        b.kind,
                        K::Local(_) | K::Upvalue(_) | K::Global(_) | K::Const(_)
                    ) || self.is_materialized(b)
                        || self.pure(b);
                    if cheap {
                        self.visit(b, m);
                    } else {
                        self.copied(b, m);
                    }
                }
                self.close(m);
                self.done(e, false, true, s, Some(m));
            }
            K::TypeAssert {
                x,
                target,
                comma_ok,
            } => {
                if !comma_ok && self.direct_iface(*target) {
                    self.visit(x, s);
                    self.may_panic(s);
                } else {
                    self.materialized(e, [&**x], false, !comma_ok, s);
                }
            }
            K::Composite(Composite::Struct(fields)) => {
                for i in struct_order(fields) {
                    if let Some(f) = &fields[i] {
                        self.visit(f, s);
                    }
                }
            }
            K::Composite(Composite::Array(elems) | Composite::Slice(elems, _)) => {
                for (_, x) in elems {
                    self.visit(x, s);
                }
            }
            K::Composite(Composite::Map(items)) => {
                self.opaque(e, items.iter().flat_map(|(k, v)| [k, v]), s);
            }
            K::Recv { ch, .. } => self.materialized(e, [&**ch], true, true, s),
        }
    }

    /// A base whose storage is used by reference (`b` in `b.f = v`, `&b.f`, `b[i] = v`):
    /// an aggregate variable always designates the same storage.
    fn visit_ref(&mut self, b: &'e Expr, s: usize) {
        match b.kind {
            K::Local(_) | K::Upvalue(_) | K::Global(_) if self.types().is_aggregate(b.ty) => {}
            _ => self.visit(b, s),
        }
    }

    fn place(&mut self, lv: &'e LValue, s: usize) {
        match lv {
            LValue::Field(b, _) => self.visit_ref(b, s),
            LValue::Index(x, i) => {
                self.visit_ref(x, s);
                self.visit(i, s);
            }
            LValue::MapIndex(m, k) => {
                self.visit(m, s);
                self.map_key(m.ty, k, s);
            }
            LValue::Deref(p) => self.visit(p, s),
            LValue::Blank
            | LValue::Local(_)
            | LValue::Declare(_)
            | LValue::Upvalue(_)
            | LValue::Global(_) => {}
        }
    }

    fn map_key(&mut self, map: TypeId, key: &'e Expr, s: usize) {
        if self.key_copied(map, key) {
            self.copied(key, s);
        } else {
            self.visit(key, s);
        }
        if self.types().is_interface(key.ty) {
            self.may_panic(s);
        }
    }

    /// A materialized node with operands `parts`, evaluated in its own scope.
    fn materialized(
        &mut self,
        e: &'e Expr,
        parts: impl IntoIterator<Item = &'e Expr>,
        side: bool,
        panic: bool,
        s: usize,
    ) {
        let m = self.open();
        for p in parts {
            self.visit(p, m);
        }
        let p = self.close(m);
        self.done(e, side, panic || p, s, Some(m));
    }

    /// `&&`, `||`, a map literal: materialized, with operands that are statements of their
    /// own (ordered when they are compiled); only whether they have effects matters here.
    fn opaque(&mut self, e: &'e Expr, parts: impl IntoIterator<Item = &'e Expr>, s: usize) {
        let mut sub = Walk::new(self.cx);
        for p in parts {
            let top = sub.open();
            sub.visit(p, top);
            sub.close(top);
        }
        self.done(e, sub.any_side, sub.any_panic, s, None);
    }

    fn call(&mut self, e: &'e Expr, c: &'e ir::Call, s: usize) {
        let m = self.open();
        let first = self.nodes.len();
        let effects = self.effects;
        match &c.callee {
            Callee::Static(_) => {}
            Callee::Value(f) => self.visit(f, m),
            Callee::Iface { recv, .. } => {
                self.visit(recv, m);
                self.may_panic(m);
            }
        }
        for a in &c.args {
            self.visit(a, m);
        }
        if let Some(t) = &c.tuple_args {
            // gc evaluates `f(g())` as `t1, t2 := g(); f(t1, t2)`: g before the callee
            // and the receiver.
            if self.effects > effects {
                self.scopes[m].need = true;
            }
            let mid = self.nodes.len();
            self.visit(&t.tuple, m);
            self.nodes[first..].rotate_left(mid - first);
        }
        self.close(m);
        self.done(e, true, true, s, Some(m));
    }

    fn builtin(&mut self, e: &'e Expr, b: Builtin, args: &'e [Expr], s: usize) {
        match b {
            Builtin::Len | Builtin::Cap => self.materialized(e, args, false, false, s),
            // The first operand of make and new is the type.
            Builtin::Make => {
                let sized = args.iter().skip(1).any(|a| !matches!(a.kind, K::Const(_)));
                self.materialized(e, args.iter().skip(1), false, sized, s);
            }
            Builtin::New => self.done(e, false, false, s, None),
            Builtin::Min | Builtin::Max => {
                for a in args {
                    self.visit(a, s);
                }
            }
            Builtin::Append
            | Builtin::AppendSpread
            | Builtin::Copy
            | Builtin::Delete
            | Builtin::Recover
            | Builtin::Panic
            | Builtin::Print
            | Builtin::Println
            | Builtin::Clear
            | Builtin::Close => self.materialized(e, args, true, true, s),
        }
    }

    /// A node whose visit hoists the node itself.
    fn is_materialized(&self, e: &Expr) -> bool {
        match &e.kind {
            K::Call(_)
            | K::Slice { .. }
            | K::Recv { .. }
            | K::Composite(Composite::Map(_))
            | K::Binary(BinOp::LogAnd | BinOp::LogOr, ..) => true,
            K::Builtin(b, _) => !matches!(b, Builtin::Min | Builtin::Max),
            K::MapIndex { .. } => self.read_at_once(e),
            K::Convert(x) => self.bytes_conversion(x.ty, e.ty) == Conversion::FromString,
            K::TypeAssert {
                target, comma_ok, ..
            } => *comma_ok || !self.direct_iface(*target),
            _ => false,
        }
    }

    /// `m[string(b)]`: gc looks the key up without copying the bytes, so it reads the map
    /// where the expression stands.
    fn read_at_once(&self, e: &Expr) -> bool {
        match &e.kind {
            K::MapIndex {
                key,
                comma_ok: false,
                ..
            } => match &key.kind {
                K::Convert(x) => {
                    self.types().is_string(key.ty)
                        && matches!(self.types().under(x.ty),
                            TypeKind::Slice(el) if self.types().basic(*el) == Some(Basic::Uint8))
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// Whether gc copies `e` where it must pass it by address (rule 2): it is not already
    /// a temporary, nor addressable storage other than a local variable; and copying it
    /// can be observed.
    fn addr_copied(&self, e: &Expr) -> bool {
        let addr_ok = match e.kind {
            K::Local(_) | K::Upvalue(_) => false,
            _ => addressable(self.types(), e),
        };
        !addr_ok && !self.is_materialized(e) && !self.pure(e)
    }

    fn key_copied(&self, map: TypeId, key: &Expr) -> bool {
        let TypeKind::Map(k, v) = *self.types().under(map) else {
            return false;
        };
        let fast = layout(self.types(), v).size <= 128
            && match alg(self.types(), k) {
                Alg::Str => true,
                Alg::Mem => {
                    let l = layout(self.types(), k);
                    l.size == 8 || (l.size == 4 && !l.ptrs)
                }
                Alg::Other => false,
            };
        if !fast {
            return self.addr_copied(key);
        }
        // A fast key of another kind is cast through a temporary.
        self.types().is_aggregate(k) && !self.is_materialized(key) && !self.pure(key)
    }

    /// Whether boxing a value of type `t` goes through its address (gc's
    /// `dataWordFuncName`): anything but 2, 4 or 8 bytes of plain data or a lone string
    /// or slice.
    fn passed_by_address(&self, t: TypeId) -> bool {
        let l = layout(self.types(), t);
        let small = (l.size == 2 && l.align == 2)
            || (l.size == 4 && l.align == 4 && !l.ptrs)
            || (l.size == 8 && l.align == 8 && !l.ptrs);
        let lone = matches!(
            self.types().under(sole_component(self.types(), t)),
            TypeKind::Basic(Basic::String) | TypeKind::Slice(_)
        );
        !small && !lone
    }

    /// A pointer-shaped type: an interface holds it directly.
    fn direct_iface(&self, t: TypeId) -> bool {
        let types = self.types();
        match types.under(t) {
            TypeKind::Pointer(_) | TypeKind::Map(..) | TypeKind::Chan(..) | TypeKind::Func(_) => {
                true
            }
            TypeKind::Struct(fs) if fs.len() == 1 => self.direct_iface(fs[0].ty),
            TypeKind::Array(1, e) => self.direct_iface(*e),
            _ => false,
        }
    }

    fn binary_may_panic(&self, op: BinOp, ty: TypeId, r: &Expr) -> bool {
        let Some(b) = self.types().basic(ty) else {
            return false;
        };
        match op {
            BinOp::Div | BinOp::Rem => b.is_integer() && !matches!(r.kind, K::Const(_)),
            // A negative shift count panics.
            BinOp::Shl | BinOp::Shr => {
                !matches!(r.kind, K::Const(_))
                    && self.types().basic(r.ty).is_some_and(|rb| !rb.is_unsigned())
            }
            _ => false,
        }
    }

    fn bytes_conversion(&self, from: TypeId, to: TypeId) -> Conversion {
        let types = self.types();
        let bytes_or_runes = |t: TypeId| match types.under(t) {
            TypeKind::Slice(e) => matches!(types.basic(*e), Some(Basic::Uint8 | Basic::Int32)),
            _ => false,
        };
        if types.is_string(from) && bytes_or_runes(to) {
            Conversion::FromString
        } else if bytes_or_runes(from) && types.is_string(to) {
            Conversion::ToString
        } else {
            Conversion::Other
        }
    }

    /// Whether evaluating `e` reads nothing that can change and cannot panic: evaluating
    /// it earlier or later makes no difference.
    fn pure(&self, e: &Expr) -> bool {
        match &e.kind {
            K::Const(_) | K::Nil | K::Zero | K::FuncRef(_) | K::Closure { .. } => true,
            K::Local(l) => !self.cx.func.locals[*l as usize].shared(),
            K::Unary(_, x) | K::Field(x, _) | K::ToIface(x) => self.pure(x),
            K::Convert(x) => {
                self.bytes_conversion(x.ty, e.ty) != Conversion::ToString && self.pure(x)
            }
            K::Binary(op, l, r) => {
                !matches!(op, BinOp::LogAnd | BinOp::LogOr)
                    && !self.binary_may_panic(*op, e.ty, r)
                    && self.pure(l)
                    && self.pure(r)
            }
            K::Compare(_, l, r) => {
                !self.types().is_aggregate(l.ty)
                    && !self.types().is_interface(l.ty)
                    && self.pure(l)
                    && self.pure(r)
            }
            K::AddrOf(x) => matches!(x.kind, K::Local(_) | K::Upvalue(_) | K::Global(_)),
            K::Composite(Composite::Struct(fs)) => fs.iter().flatten().all(|f| self.pure(f)),
            K::Composite(Composite::Array(es) | Composite::Slice(es, _)) => {
                es.iter().all(|(_, x)| self.pure(x))
            }
            _ => false,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Conversion {
    /// `[]byte(s)`, `[]rune(s)`.
    FromString,
    /// `string(b)` of bytes or runes: reads the slice's elements.
    ToString,
    Other,
}

/// Go's addressability (gc's `ir.IsAddressable`).
fn addressable(types: &TypeTable, e: &Expr) -> bool {
    match &e.kind {
        K::Local(_) | K::Upvalue(_) | K::Global(_) | K::Deref(_) => true,
        K::Field(x, _) => addressable(types, x),
        K::Index(x, _) => match types.under(x.ty) {
            TypeKind::Array(..) => addressable(types, x),
            TypeKind::Basic(Basic::String) => false,
            _ => true,
        },
        _ => false,
    }
}

/// Size, alignment and pointers of a type as gc lays it out on a 64-bit machine.
#[derive(Clone, Copy)]
struct Layout {
    size: u64,
    align: u64,
    ptrs: bool,
}

fn layout(types: &TypeTable, t: TypeId) -> Layout {
    let l = |size, align, ptrs| Layout { size, align, ptrs };
    match types.under(t) {
        TypeKind::Basic(b) => match b {
            Basic::Bool | Basic::Int8 | Basic::Uint8 => l(1, 1, false),
            Basic::Int16 | Basic::Uint16 => l(2, 2, false),
            Basic::Int32 | Basic::Uint32 | Basic::Float32 => l(4, 4, false),
            Basic::String => l(16, 8, true),
            _ => l(8, 8, false),
        },
        TypeKind::Slice(_) => l(24, 8, true),
        TypeKind::Interface(_) => l(16, 8, true),
        TypeKind::Array(n, e) => {
            let el = layout(types, *e);
            l(n.saturating_mul(el.size), el.align, *n > 0 && el.ptrs)
        }
        TypeKind::Struct(fields) => {
            let (mut off, mut align, mut ptrs, mut last_zero) = (0u64, 1u64, false, false);
            for f in fields {
                let fl = layout(types, f.ty);
                off = off.next_multiple_of(fl.align).saturating_add(fl.size);
                align = align.max(fl.align);
                ptrs |= fl.ptrs;
                last_zero = fl.size == 0;
            }
            // gc pads a trailing zero-size field so that its address stays inside.
            if last_zero && off > 0 {
                off += 1;
            }
            l(off.next_multiple_of(align), align, ptrs)
        }
        // Pointers, maps, channels, funcs.
        _ => l(8, 8, true),
    }
}

/// The only component of a one-field struct or one-element array (gc's `SoleComponent`).
fn sole_component(types: &TypeTable, t: TypeId) -> TypeId {
    match types.under(t) {
        TypeKind::Struct(fs) if fs.len() == 1 => sole_component(types, fs[0].ty),
        TypeKind::Array(1, e) => sole_component(types, *e),
        _ => t,
    }
}

/// How gc hashes and compares map keys of a type (`types.AlgType`), as far as choosing
/// the map runtime's fast paths goes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Alg {
    /// Plain memory.
    Mem,
    Str,
    Other,
}

fn alg(types: &TypeTable, t: TypeId) -> Alg {
    match types.under(t) {
        TypeKind::Basic(Basic::String) => Alg::Str,
        TypeKind::Basic(b) if b.is_float() => Alg::Other,
        TypeKind::Basic(_) | TypeKind::Pointer(_) | TypeKind::Chan(..) => Alg::Mem,
        TypeKind::Array(1, e) => alg(types, *e),
        TypeKind::Array(_, e) if alg(types, *e) == Alg::Mem => Alg::Mem,
        TypeKind::Struct(fs) if fs.len() == 1 && fs[0].name != "_" => alg(types, fs[0].ty),
        TypeKind::Struct(fs) => {
            // Plain memory when every field is, without padding.
            let mut off = 0u64;
            for f in fs {
                let fl = layout(types, f.ty);
                if alg(types, f.ty) != Alg::Mem || !off.is_multiple_of(fl.align) || f.name == "_" {
                    return Alg::Other;
                }
                off += fl.size;
            }
            if off == layout(types, t).size {
                Alg::Mem
            } else {
                Alg::Other
            }
        }
        _ => Alg::Other,
    }
}
