//! Compiling one function: registers, expressions, statements, control flow.
//!
//! Registers: local `i` of the checked function lives in register `i` (parameters first,
//! as the calling convention wants); temporaries are allocated above the locals, stack
//! fashion, and released at the end of each statement or expression.
//!
//! Storage rules (see `vm/value.rs`): a local that a closure captures or whose address is
//! taken ("shared") lives in a cell if it is a scalar; a struct or array local is always
//! an aggregate reference, and when shared it is assigned by copying into its storage.

use std::collections::HashMap;

use super::opcode::*;
use super::order::{self, Root};
use super::{Assertion, Builder, Constant, FuncProto};
use crate::check::constant::Const;
use crate::check::ir::{self, Builtin, Callee, ExprKind as K, LValue, StmtKind as S};
use crate::check::types::*;
use crate::diag::{Diagnostic, SourceFile};
use crate::syntax::ast::{BinOp, Span, UnOp};

pub(super) fn compile_func(p: &ir::Program, b: &mut Builder, id: u32, f: &ir::Func) -> FuncProto {
    let file = p.files[f.file as usize].clone();
    let line = file.line_col(f.span.lo).0;
    let mut fc = FuncCompiler {
        p,
        b,
        f,
        file: &file,
        code: Vec::new(),
        lines: Vec::new(),
        tops: Vec::new(),
        consts: Vec::new(),
        const_index: HashMap::new(),
        asserts: Vec::new(),
        selects: Vec::new(),
        next: f.locals.len() as u32,
        max: f.locals.len() as u32,
        line,
        loops: Vec::new(),
        epilogue_jumps: Vec::new(),
        stmt_line: 0,
        too_many_regs: false,
        too_large: false,
        hoisted: Vec::new(),
    };
    let native = match &f.body {
        ir::FuncBody::Native(name) => Some(name.clone()),
        _ => None,
    };
    let mut epilogue = None;
    if let ir::FuncBody::Code(stmts) = &f.body {
        // Boxed parameters move into their cells first.
        for &pid in &f.params {
            if fc.boxed(pid) {
                let r = pid as R;
                fc.emit(Op::NewCell { a: r, b: r });
            }
        }
        // Result variables start at their zero values (and in cells when captured) when
        // they can be read: named results, or any result of a function with defers.
        let named = f
            .results
            .iter()
            .any(|&r| !f.locals[r as usize].name.starts_with('~'));
        if named || f.has_defer {
            for &rid in &f.results {
                fc.init_local(rid, None, f.span);
            }
        }
        fc.stmts(stmts);
        // Falling off the end of a function without results returns.
        fc.ret_void();
        if f.has_defer {
            let at = fc.code.len() as u32;
            for j in std::mem::take(&mut fc.epilogue_jumps) {
                fc.patch_to(j, at as usize);
            }
            fc.emit_epilogue();
            epilogue = Some(at);
        }
    }
    let sig = p.types.signature(f.sig);
    let nresults = sig.map(|s| s.results.len()).unwrap_or(0) as u16;
    if fc.too_many_regs {
        fc.b.diags.push(Diagnostic::new(
            "minigo::compile::too_big",
            format!("function {} needs more than 65535 registers", f.name),
            f.span,
        ));
    }
    if fc.too_large {
        fc.b.diags.push(
            Diagnostic::new(
                "minigo::compile::too_big",
                format!(
                    "a loop in function {} is too long (more than 32767 instructions)",
                    f.name
                ),
                f.span,
            )
            .help("split the loop body into functions"),
        );
    }
    let _ = id;
    FuncProto {
        name: f.name.clone(),
        file: f.file,
        nregs: fc.max.min(u16::MAX as u32) as u16 + 1,
        nparams: f.params.len() as u16,
        nresults,
        ncaptures: f.captures.len() as u16,
        code: fc.code,
        lines: fc.lines,
        tops: fc.tops,
        consts: fc.consts,
        asserts: fc.asserts,
        selects: fc.selects,
        epilogue,
        native,
        line,
        hidden: f.name.ends_with("-fm") || f.name.contains("deferwrap"),
    }
}

struct LoopCtx {
    label: ir::LabelId,
    breaks: Vec<usize>,
    continues: Vec<usize>,
}

struct FuncCompiler<'a> {
    p: &'a ir::Program,
    b: &'a mut Builder,
    f: &'a ir::Func,
    file: &'a SourceFile,
    code: Vec<Op>,
    lines: Vec<u32>,
    tops: Vec<u16>,
    consts: Vec<Constant>,
    const_index: HashMap<ConstKey, u32>,
    asserts: Vec<Assertion>,
    selects: Vec<super::SelectInfo>,
    /// First free register.
    next: u32,
    /// Highest register used.
    max: u32,
    line: u32,
    loops: Vec<LoopCtx>,
    /// Jumps to the defer epilogue, patched once its position is known.
    epilogue_jumps: Vec<usize>,
    /// The line of the statement being compiled: `go`, `select` and `return` report
    /// it, not the line of their last operand.
    stmt_line: u32,
    too_many_regs: bool,
    /// A loop body too long for a short jump.
    too_large: bool,
    /// Nodes of the current statement evaluated ahead of it, as gc orders them (see
    /// `order.rs`), and the registers holding their values.
    hoisted: Vec<(*const ir::Expr, R)>,
}

#[derive(Hash, PartialEq, Eq)]
enum ConstKey {
    Int(i64),
    Float(u64),
    Str(Vec<u8>),
    Func(u32),
}

/// How values of a type are operated on.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    Signed,
    Unsigned,
    Float,
    String,
    Bool,
    Other,
}

impl<'a> FuncCompiler<'a> {
    fn types(&self) -> &'a TypeTable {
        &self.p.types
    }

    // ----- emission -----

    fn emit(&mut self, op: Op) -> usize {
        self.code.push(op);
        self.lines.push(self.line);
        self.tops.push(self.next.min(u16::MAX as u32) as u16);
        self.code.len() - 1
    }

    fn at(&mut self, span: Span) {
        if span != Span::default() {
            self.line = self.file.line_col(span.lo).0;
        }
    }

    fn temp(&mut self) -> R {
        self.temps(1)
    }

    fn temps(&mut self, n: u32) -> R {
        let r = self.next;
        self.next += n;
        if self.next > self.max {
            self.max = self.next;
        }
        if self.next >= u16::MAX as u32 - 4 {
            self.too_many_regs = true;
            self.next = self.f.locals.len() as u32;
        }
        r as R
    }

    fn konst(&mut self, c: Constant) -> u32 {
        let key = match &c {
            Constant::Int(i) => ConstKey::Int(*i),
            Constant::Float(f) => ConstKey::Float(f.to_bits()),
            Constant::Str(s) => ConstKey::Str(s.clone()),
            Constant::Func(f) => ConstKey::Func(*f),
        };
        if let Some(&i) = self.const_index.get(&key) {
            return i;
        }
        let i = self.consts.len() as u32;
        self.consts.push(c);
        self.const_index.insert(key, i);
        i
    }

    fn assertion(&mut self, target: TypeId, from: TypeId) -> u16 {
        self.asserts.push(Assertion { target, from });
        (self.asserts.len() - 1) as u16
    }

    /// Emits a forward jump to be patched; returns its index.
    fn jump(&mut self) -> usize {
        self.emit(Op::Jmp { off: 0 })
    }

    /// A return through the defer epilogue, on the `return` statement's line.
    fn jump_ret(&mut self) -> usize {
        self.line = self.stmt_line;
        self.emit(Op::JmpRet { off: 0 })
    }

    fn jump_if_not(&mut self, r: R) -> usize {
        self.emit(Op::JmpIfNot { a: r, off: 0 })
    }

    fn jump_if(&mut self, r: R) -> usize {
        self.emit(Op::JmpIf { a: r, off: 0 })
    }

    fn patch_to(&mut self, at: usize, target: usize) {
        let off32 = target as i64 - (at as i64 + 1);
        let op = match self.code[at] {
            Op::Jmp { .. } => Op::Jmp { off: off32 as i32 },
            Op::JmpRet { .. } => Op::JmpRet { off: off32 as i32 },
            Op::JmpIf { a, .. } => Op::JmpIf {
                a,
                off: off32 as i32,
            },
            Op::JmpIfNot { a, .. } => Op::JmpIfNot {
                a,
                off: off32 as i32,
            },
            Op::JmpIfNotLtI { a, b, .. } => Op::JmpIfNotLtI {
                a,
                b,
                off: self.short(off32),
            },
            Op::JmpIfNotLeI { a, b, .. } => Op::JmpIfNotLeI {
                a,
                b,
                off: self.short(off32),
            },
            Op::JmpIfLtI { a, b, .. } => Op::JmpIfLtI {
                a,
                b,
                off: self.short(off32),
            },
            Op::JmpIfLeI { a, b, .. } => Op::JmpIfLeI {
                a,
                b,
                off: self.short(off32),
            },
            Op::JmpIfNotLtIK { a, k, .. } => Op::JmpIfNotLtIK {
                a,
                k,
                off: self.short(off32),
            },
            Op::JmpIfNotLeIK { a, k, .. } => Op::JmpIfNotLeIK {
                a,
                k,
                off: self.short(off32),
            },
            Op::JmpIfLtIK { a, k, .. } => Op::JmpIfLtIK {
                a,
                k,
                off: self.short(off32),
            },
            Op::JmpIfLeIK { a, k, .. } => Op::JmpIfLeIK {
                a,
                k,
                off: self.short(off32),
            },
            other => other,
        };
        self.code[at] = op;
    }

    /// A short jump offset; longer ones mark the function too large (reported).
    fn short(&mut self, off: i64) -> i16 {
        match i16::try_from(off) {
            Ok(o) => o,
            Err(_) => {
                self.too_large = true;
                0
            }
        }
    }

    fn patch_here(&mut self, at: usize) {
        let here = self.code.len();
        self.patch_to(at, here);
    }

    fn jump_back(&mut self, target: usize) {
        let off = target as i64 - (self.code.len() as i64 + 1);
        self.emit(Op::Jmp { off: off as i32 });
    }

    // ----- types -----

    fn class(&self, t: TypeId) -> Class {
        match self.types().basic(t) {
            Some(b) if b.is_unsigned() => Class::Unsigned,
            Some(b) if b.is_integer() => Class::Signed,
            Some(b) if b.is_float() => Class::Float,
            Some(Basic::String) => Class::String,
            Some(Basic::Bool) => Class::Bool,
            _ => Class::Other,
        }
    }

    fn int_kind(&self, t: TypeId) -> Option<IntKind> {
        match self.types().basic(t)? {
            Basic::Int8 => Some(IntKind::I8),
            Basic::Int16 => Some(IntKind::I16),
            Basic::Int32 => Some(IntKind::I32),
            Basic::Uint8 => Some(IntKind::U8),
            Basic::Uint16 => Some(IntKind::U16),
            Basic::Uint32 => Some(IntKind::U32),
            _ => None,
        }
    }

    /// An integer type of 64 bits, whose arithmetic needs no `Trunc`.
    fn is_int64(&self, t: TypeId) -> bool {
        matches!(self.class(t), Class::Signed | Class::Unsigned) && self.int_kind(t).is_none()
    }

    fn is_f32(&self, t: TypeId) -> bool {
        self.types().basic(t) == Some(Basic::Float32)
    }

    fn is_agg(&self, t: TypeId) -> bool {
        self.types().is_aggregate(t)
    }

    fn local(&self, l: ir::LocalId) -> &'a ir::Local {
        &self.f.locals[l as usize]
    }

    /// A scalar local that lives in a cell.
    fn boxed(&self, l: ir::LocalId) -> bool {
        let loc = self.local(l);
        loc.shared() && !self.is_agg(loc.ty)
    }

    fn capture_boxed(&self, i: u32) -> bool {
        !self.is_agg(self.f.captures[i as usize].ty)
    }

    fn type_u16(&mut self, t: TypeId, span: Span) -> u16 {
        match u16::try_from(t.0) {
            Ok(v) => v,
            Err(_) => {
                self.b.diags.push(Diagnostic::new(
                    "minigo::compile::too_big",
                    "the program has more than 65535 types",
                    span,
                ));
                0
            }
        }
    }

    // ----- statements -----

    fn stmts(&mut self, list: &[ir::Stmt]) {
        for s in list {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &ir::Stmt) {
        let mark = self.next;
        self.at(s.span);
        self.stmt_line = self.line;
        let hoisted = self.order_stmt(s);
        match &s.kind {
            S::Expr(e) => {
                self.expr_discard(e);
            }
            S::VarDecl(l, v) => self.init_local(*l, v.as_ref(), s.span),
            S::Assign(lhs, rhs) => self.assign(lhs, rhs),
            S::AssignTuple(lhs, rhs) => {
                let n = lhs.len() as u32;
                let base = self.temps(n);
                self.expr_multi(rhs, base, n);
                // A call's results are fresh; a map element or an asserted value is not.
                let fresh = matches!(rhs.kind, K::Call(_));
                let lvs: Vec<Place> = lhs.iter().map(|l| self.place(l)).collect();
                for (i, pl) in lvs.into_iter().enumerate() {
                    self.store(pl, base + i as R, fresh);
                }
            }
            S::OpAssign(LValue::Local(l), op, rhs) if self.plain_scalar(*l) => {
                // `x op= v` on a register variable: one instruction.
                let ty = self.local(*l).ty;
                let r = self.expr_any(rhs);
                self.binary_op(*op, *l as R, *l as R, r, ty, rhs.ty);
            }
            S::IncDec(LValue::Local(l), inc)
                if self.plain_scalar(*l) && self.class(self.local(*l).ty) != Class::Float =>
            {
                let r = *l as R;
                self.emit(Op::AddIK {
                    a: r,
                    b: r,
                    k: if *inc { 1 } else { -1 },
                });
                let ty = self.local(*l).ty;
                self.trunc(r, ty);
            }
            S::OpAssign(lv @ LValue::MapIndex(m, k), op @ (BinOp::Add | BinOp::Sub), rhs)
                if self.is_int64(self.lvalue_ty_of(lv)) =>
            {
                // `m[k] += v`: one lookup. Operands in Go's order: map, key, then v.
                let mr = self.expr_any(m);
                let kr = self.temp();
                self.value_to(k, kr);
                let mut r = self.expr_any(rhs);
                if *op == BinOp::Sub {
                    let t = self.temp();
                    self.emit(Op::NegI { a: t, b: r });
                    r = t;
                }
                self.emit(Op::MapAddI { a: mr, b: kr, c: r });
            }
            S::IncDec(lv @ LValue::MapIndex(m, k), inc) if self.is_int64(self.lvalue_ty_of(lv)) => {
                // `m[k]++`: one lookup; with no right-hand side to run in between, the
                // key need not be copied out of its variable.
                let mr = self.expr_any(m);
                let kr = self.expr_any(k);
                let d = self.temp();
                self.emit(Op::LoadInt {
                    a: d,
                    v: if *inc { 1 } else { -1 },
                });
                self.emit(Op::MapAddI { a: mr, b: kr, c: d });
            }
            S::OpAssign(lv, op, rhs) => {
                let ty = self.lvalue_type(lv, rhs);
                let pl = self.place(lv);
                let cur = self.load_place(&pl, ty);
                let r = self.expr_any(rhs);
                let out = self.temp();
                self.binary_op(*op, out, cur, r, ty, rhs.ty);
                self.store(pl, out, true);
            }
            S::IncDec(lv, inc) => {
                let ty = self.lvalue_ty_of(lv);
                let pl = self.place(lv);
                let cur = self.load_place(&pl, ty);
                let out = self.temp();
                match self.class(ty) {
                    Class::Float => {
                        let one = self.temp();
                        let k = self.konst(Constant::Float(1.0));
                        self.emit(Op::LoadK { a: one, k });
                        if *inc {
                            self.emit(Op::AddF {
                                a: out,
                                b: cur,
                                c: one,
                            });
                        } else {
                            self.emit(Op::SubF {
                                a: out,
                                b: cur,
                                c: one,
                            });
                        }
                        if self.is_f32(ty) {
                            self.emit(Op::RoundF32 { a: out });
                        }
                    }
                    _ => {
                        self.emit(Op::AddIK {
                            a: out,
                            b: cur,
                            k: if *inc { 1 } else { -1 },
                        });
                        if let Some(k) = self.int_kind(ty) {
                            self.emit(Op::Trunc { a: out, kind: k });
                        }
                    }
                }
                self.store(pl, out, true);
            }
            S::Block(b) => self.stmts(b),
            S::If { cond, then, els } => {
                let j = self.cond_jump_false(cond);
                self.stmts(then);
                if els.is_empty() {
                    self.patch_jumps(j);
                } else {
                    let end = self.jump();
                    self.patch_jumps(j);
                    self.stmts(els);
                    self.patch_here(end);
                }
            }
            S::For {
                label,
                cond,
                post,
                body,
                per_iter,
            } => self.for_loop(*label, cond.as_ref(), post, body, per_iter),
            S::Range(r) => self.range(r),
            S::Switch(sw) => self.switch(sw),
            S::TypeSwitch(ts) => self.type_switch(ts),
            S::Select(sel) => self.select(sel),
            S::Return(exprs) => self.ret(exprs),
            S::ReturnTuple(e) => {
                let n = self.types().tuple_elems(e.ty).map(|t| t.len()).unwrap_or(0) as u32;
                let base = self.temps(n);
                self.expr_multi(e, base, n);
                self.finish_return(base, n);
            }
            S::Break(l) => {
                let j = self.jump();
                if let Some(lp) = self.loops.iter_mut().rev().find(|lp| lp.label == *l) {
                    lp.breaks.push(j);
                }
            }
            S::Continue(l) => {
                let j = self.jump();
                if let Some(lp) = self.loops.iter_mut().rev().find(|lp| lp.label == *l) {
                    lp.continues.push(j);
                }
            }
            S::Go(call) => {
                // The function value and arguments are evaluated here, in this goroutine.
                let (n, base) = self.call_setup_value(call);
                self.line = self.stmt_line;
                self.emit(Op::Go {
                    a: base,
                    n: n as u16,
                });
            }
            S::Defer(call) => self.defer(call),
            S::Send(ch, v) => {
                let c = self.expr_any(ch);
                let t = self.temp();
                self.value_to(v, t);
                self.emit(Op::Send { a: c, b: t });
            }
            S::Fallthrough => {}
            S::Unreachable => {
                self.emit(Op::Unreachable);
            }
        }
        self.hoisted.truncate(hoisted);
        self.next = mark;
    }

    // ----- evaluation order (see order.rs) -----

    /// Evaluates ahead of statement `s` what gc evaluates ahead of the rest of it; returns
    /// the mark to truncate `hoisted` to when the statement is done.
    fn order_stmt(&mut self, s: &ir::Stmt) -> usize {
        let mut roots: Vec<Root> = Vec::new();
        match &s.kind {
            S::Expr(e) | S::VarDecl(_, Some(e)) | S::ReturnTuple(e) => roots.push(Root::Pinned(e)),
            S::Assign(lhs, rhs) => {
                for lv in lhs {
                    roots.extend(Root::place(lv));
                }
                roots.extend(rhs.iter().map(Root::Expr));
            }
            S::AssignTuple(lhs, rhs) => {
                for lv in lhs {
                    roots.extend(Root::place(lv));
                }
                roots.push(Root::Pinned(rhs));
            }
            S::OpAssign(lv, _, rhs) => {
                roots.extend(Root::place(lv));
                if !matches!(lv, LValue::Local(l) if !self.boxed(*l)) {
                    roots.push(Root::Load);
                }
                roots.push(Root::Expr(rhs));
            }
            S::IncDec(lv, _) => roots.extend(Root::place(lv)),
            S::Switch(sw) => roots.extend(sw.tag.as_ref().map(Root::Pinned)),
            S::TypeSwitch(ts) => roots.push(Root::Pinned(&ts.x)),
            S::Range(r) => roots.push(Root::Pinned(&r.x)),
            S::Return(es) => roots.extend(es.iter().map(Root::Expr)),
            S::Send(ch, v) => roots.extend([Root::Expr(ch), Root::Expr(v)]),
            S::Go(call) | S::Defer(call) => {
                // gc copies the callee and each argument (each element of a slice
                // literal) in turn, after the `g()` of `f(g())`.
                let mut ops: Vec<&ir::Expr> = Vec::new();
                ops.extend(call.tuple_args.as_ref().map(|t| &t.tuple));
                match &call.callee {
                    Callee::Static(_) => {}
                    Callee::Value(e) | Callee::Iface { recv: e, .. } => ops.push(e),
                }
                for a in &call.args {
                    match &a.kind {
                        K::Composite(ir::Composite::Slice(elems, _)) => {
                            ops.extend(elems.iter().map(|(_, x)| x));
                        }
                        _ => ops.push(a),
                    }
                }
                return self.order_each(&ops, call.tuple_args.is_some());
            }
            S::Select(sel) => {
                let mut ops: Vec<&ir::Expr> = Vec::new();
                for c in &sel.cases {
                    match &c.kind {
                        ir::SelectKind::Send { ch, value } => ops.extend([ch, value]),
                        ir::SelectKind::Recv { ch, .. } => ops.push(ch),
                        ir::SelectKind::Default => {}
                    }
                }
                return self.order_each(&ops, false);
            }
            _ => {}
        }
        // A lone operand is evaluated first anyway: only what is inside it may move.
        if let [Root::Expr(e)] = roots[..] {
            roots[0] = Root::Pinned(e);
        }
        self.order(&roots)
    }

    /// Evaluates ahead what gc evaluates first among the operands `roots` of a statement
    /// (in the code generator's order); returns the mark to truncate `hoisted` to.
    fn order(&mut self, roots: &[Root]) -> usize {
        let mark = self.hoisted.len();
        if roots.is_empty() {
            return mark;
        }
        let cx = order::Cx {
            types: self.types(),
            func: self.f,
        };
        if let Some(plan) = order::plan(&cx, roots) {
            self.hoist(plan);
        }
        mark
    }

    /// `order` for operands that are statements of their own, evaluated in turn.
    fn order_each(&mut self, ops: &[&ir::Expr], tuple_first: bool) -> usize {
        let mark = self.hoisted.len();
        let cx = order::Cx {
            types: self.types(),
            func: self.f,
        };
        if let Some(plan) = order::plan_each(&cx, ops, tuple_first) {
            self.hoist(plan);
        }
        mark
    }

    fn hoist(&mut self, plan: Vec<order::Hoist>) {
        for h in plan {
            let r = if h.values == 1 {
                let t = self.temp();
                // A snapshot: an aggregate variable may change before it is used.
                self.value_to(h.expr, t);
                t
            } else {
                let base = self.temps(h.values.max(1));
                self.expr_multi(h.expr, base, h.values);
                base
            };
            self.hoisted.push((h.expr as *const ir::Expr, r));
        }
    }

    /// The register holding `e` when it was evaluated ahead of its statement.
    fn hoisted(&self, e: &ir::Expr) -> Option<R> {
        if self.hoisted.is_empty() {
            return None;
        }
        let p = e as *const ir::Expr;
        self.hoisted.iter().rev().find(|h| h.0 == p).map(|h| h.1)
    }

    /// `select`: channels and values into registers, one Select instruction, then a
    /// jump to the chosen case's body (see `Op::Select`).
    fn select(&mut self, sel: &ir::Select) {
        let cases: Vec<&ir::SelectCase> = sel
            .cases
            .iter()
            .filter(|c| !matches!(c.kind, ir::SelectKind::Default))
            .collect();
        let has_default = cases.len() != sel.cases.len();
        let n = cases.len() as u32;
        let base = self.temps(3 + 2 * n);
        let mut sends = Vec::new();
        for (k, c) in cases.iter().enumerate() {
            let at = base + 3 + 2 * k as R;
            match &c.kind {
                ir::SelectKind::Send { ch, value } => {
                    self.expr_to(ch, at);
                    self.value_to(value, at + 1);
                    sends.push(true);
                }
                ir::SelectKind::Recv { ch, .. } => {
                    self.expr_to(ch, at);
                    sends.push(false);
                }
                ir::SelectKind::Default => {}
            }
        }
        let i = self.selects.len() as u16;
        self.selects.push(super::SelectInfo { sends, has_default });
        self.line = self.stmt_line;
        self.emit(Op::Select {
            a: base,
            n: n as u16,
            i,
        });
        // Dispatch on the chosen case (-1 is default).
        let scratch = self.temp();
        let k_reg = self.temp();
        let mut jumps = Vec::new();
        for k in 0..n {
            self.emit(Op::LoadInt {
                a: k_reg,
                v: k as i32,
            });
            self.emit(Op::EqI {
                a: scratch,
                b: base,
                c: k_reg,
            });
            jumps.push(self.jump_if(scratch));
        }
        let to_default = self.jump();
        self.loops.push(LoopCtx {
            label: sel.label,
            breaks: Vec::new(),
            continues: Vec::new(),
        });
        let mut ends = Vec::new();
        let mut default_start = None;
        let mut k = 0usize;
        for c in &sel.cases {
            let mark = self.next;
            match &c.kind {
                ir::SelectKind::Default => {
                    default_start = Some(self.code.len());
                }
                ir::SelectKind::Send { .. } => {
                    self.patch_here(jumps[k]);
                    k += 1;
                }
                ir::SelectKind::Recv { value, ok, .. } => {
                    self.patch_here(jumps[k]);
                    k += 1;
                    if let Some(v) = value {
                        let pl = self.place(v);
                        self.store(pl, base + 1, true);
                    }
                    if let Some(o) = ok {
                        let pl = self.place(o);
                        self.store(pl, base + 2, true);
                    }
                }
            }
            self.stmts(&c.body);
            self.next = mark;
            ends.push(self.jump());
        }
        match default_start {
            Some(d) => self.patch_to(to_default, d),
            None => ends.push(to_default),
        }
        let lp = self.loops.pop().expect("pushed");
        self.patch_jumps(ends);
        self.patch_jumps(lp.breaks);
        if let Some(outer) = self.loops.last_mut() {
            outer.continues.extend(lp.continues);
        }
    }

    #[allow(dead_code)]
    fn unsupported(&mut self, what: &str, span: Span) {
        if self.f.file == 0 {
            self.b.diags.push(
                Diagnostic::new(
                    "minigo::unsupported::concurrency",
                    format!("{what} are not supported yet: goroutines and channels come with minigo's runtime"),
                    span,
                )
                .help("this version runs sequential programs; the concurrency runtime is the next step"),
            );
        }
        self.emit(Op::Unsupported { what: 0 });
    }

    fn patch_jumps(&mut self, js: Vec<usize>) {
        for j in js {
            self.patch_here(j);
        }
    }

    /// Declares local `l` with an initial value (or its zero value).
    fn init_local(&mut self, l: ir::LocalId, v: Option<&ir::Expr>, span: Span) {
        let r = l as R;
        let ty = self.local(l).ty;
        if self.boxed(l) {
            let t = self.temp();
            match v {
                Some(e) => self.expr_to(e, t),
                None => self.zero(t, ty, span),
            }
            self.emit(Op::NewCell { a: r, b: t });
            return;
        }
        match v {
            Some(e) => self.value_to(e, r),
            None => self.zero(r, ty, span),
        }
    }

    fn zero(&mut self, r: R, ty: TypeId, _span: Span) {
        match self.class(ty) {
            Class::Signed | Class::Unsigned => {
                self.emit(Op::LoadInt { a: r, v: 0 });
            }
            Class::Float => {
                let k = self.konst(Constant::Float(0.0));
                self.emit(Op::LoadK { a: r, k });
            }
            Class::String => {
                let k = self.konst(Constant::Str(vec![]));
                self.emit(Op::LoadK { a: r, k });
            }
            Class::Bool => {
                self.emit(Op::LoadBool { a: r, v: false });
            }
            Class::Other => {
                if self.is_agg(ty) {
                    self.emit(Op::Zero { a: r, t: ty.0 });
                } else {
                    self.emit(Op::LoadNil { a: r });
                }
            }
        }
    }

    fn assign(&mut self, lhs: &[LValue], rhs: &[ir::Expr]) {
        // The common `x = e` to a plain local: compute straight into its register.
        if lhs.len() == 1 {
            if let LValue::Local(l) | LValue::Declare(l) = &lhs[0] {
                let l = *l;
                let ty = self.local(l).ty;
                let shared_agg =
                    self.is_agg(ty) && self.local(l).shared() && matches!(lhs[0], LValue::Local(_));
                if !self.boxed(l) && !shared_agg {
                    self.value_to(&rhs[0], l as R);
                    return;
                }
            }
            let pl = self.place(&lhs[0]);
            let fresh = rhs[0].is_fresh();
            let r = self.expr_any(&rhs[0]);
            self.store(pl, r, fresh);
            return;
        }
        // Parallel assignment: left operands, then every right value (copied), then stores.
        // The operands are copied out of variables, which earlier stores may change.
        let places: Vec<Place> = lhs.iter().map(|l| self.place_snapshot(l)).collect();
        let base = self.temps(rhs.len() as u32);
        for (i, e) in rhs.iter().enumerate() {
            self.value_to(e, base + i as R);
        }
        for (i, pl) in places.into_iter().enumerate() {
            self.store(pl, base + i as R, true);
        }
    }

    fn lvalue_ty_of(&self, lv: &LValue) -> TypeId {
        match lv {
            LValue::Local(l) | LValue::Declare(l) => self.local(*l).ty,
            LValue::Upvalue(i) => self.f.captures[*i as usize].ty,
            LValue::Global(g) => self.p.globals[*g as usize].ty,
            LValue::Field(b, i) => self
                .types()
                .struct_fields(b.ty)
                .and_then(|f| f.get(*i as usize))
                .map(|f| f.ty)
                .unwrap_or(INVALID),
            LValue::Index(x, _) => self.types().elem(x.ty).unwrap_or(INVALID),
            LValue::MapIndex(m, _) => self.types().elem(m.ty).unwrap_or(INVALID),
            LValue::Deref(p) => self.types().pointer_elem(p.ty).unwrap_or(INVALID),
            LValue::Blank => INVALID,
        }
    }

    fn lvalue_type(&self, lv: &LValue, _rhs: &ir::Expr) -> TypeId {
        self.lvalue_ty_of(lv)
    }

    // ----- places (evaluated left-hand sides) -----

    /// Evaluates the operands of an assignable expression.
    fn place(&mut self, lv: &LValue) -> Place {
        match lv {
            LValue::Blank => Place::Blank,
            LValue::Local(l) => {
                let ty = self.local(*l).ty;
                if self.boxed(*l) {
                    Place::Cell(*l as R, false)
                } else if self.is_agg(ty) {
                    Place::AggLocal(*l as R)
                } else {
                    Place::Reg(*l as R)
                }
            }
            LValue::Declare(l) => {
                if self.boxed(*l) {
                    Place::NewCell(*l as R)
                } else if self.is_agg(self.local(*l).ty) {
                    Place::AggDecl(*l as R)
                } else {
                    Place::Reg(*l as R)
                }
            }
            LValue::Upvalue(i) => {
                let t = self.temp();
                self.emit(Op::Upval { a: t, i: *i as u16 });
                Place::Cell(t, !self.capture_boxed(*i))
            }
            LValue::Global(g) => {
                let t = self.temp();
                self.emit(Op::Global { a: t, g: *g });
                let agg = self.is_agg(self.p.globals[*g as usize].ty);
                Place::Cell(t, agg)
            }
            LValue::Field(base, i) => {
                let b = self.expr_any(base);
                let fty = self.lvalue_ty_of(lv);
                Place::Field(b, *i as u16, self.is_agg(fty))
            }
            LValue::Index(x, i) => {
                let xr = self.expr_any(x);
                let ir_ = self.expr_any(i);
                let ety = self.lvalue_ty_of(lv);
                Place::Index(xr, ir_, self.is_agg(ety))
            }
            LValue::MapIndex(m, k) => {
                let mr = self.expr_any(m);
                let kr = self.temp();
                self.value_to(k, kr);
                Place::Map(mr, kr)
            }
            LValue::Deref(p) => {
                let pr = self.expr_any(p);
                let ety = self.lvalue_ty_of(lv);
                Place::Ptr(pr, self.is_agg(ety))
            }
        }
    }

    /// `place`, with the operands copied into temporaries (for parallel assignment).
    fn place_snapshot(&mut self, lv: &LValue) -> Place {
        match lv {
            LValue::Field(base, i) => {
                let b = self.expr_temp(base);
                let fty = self.lvalue_ty_of(lv);
                Place::Field(b, *i as u16, self.is_agg(fty))
            }
            LValue::Index(x, i) => {
                let xr = self.expr_temp(x);
                let ir_ = self.expr_temp(i);
                let ety = self.lvalue_ty_of(lv);
                Place::Index(xr, ir_, self.is_agg(ety))
            }
            LValue::MapIndex(m, k) => {
                let mr = self.expr_temp(m);
                let kr = self.temp();
                self.value_to(k, kr);
                Place::Map(mr, kr)
            }
            LValue::Deref(p) => {
                let pr = self.expr_temp(p);
                let ety = self.lvalue_ty_of(lv);
                Place::Ptr(pr, self.is_agg(ety))
            }
            _ => self.place(lv),
        }
    }

    /// An expression's value in a new temporary (never a variable's own register).
    fn expr_temp(&mut self, e: &ir::Expr) -> R {
        let t = self.temp();
        self.expr_to(e, t);
        t
    }

    /// Reads the current value of a place (for `op=` and `++`).
    fn load_place(&mut self, pl: &Place, ty: TypeId) -> R {
        let t = self.temp();
        match *pl {
            Place::Blank => {
                self.zero(t, ty, Span::default());
            }
            Place::Reg(r) | Place::AggLocal(r) | Place::AggDecl(r) => {
                self.emit(Op::Move { a: t, b: r });
            }
            Place::NewCell(r) | Place::Cell(r, false) => {
                self.emit(Op::Load { a: t, b: r });
            }
            Place::Cell(r, true) => {
                self.emit(Op::Move { a: t, b: r });
            }
            Place::Field(b, i, _) => {
                self.emit(Op::GetField { a: t, b, i });
            }
            Place::Index(x, i, _) => {
                self.emit(Op::Index { a: t, b: x, c: i });
            }
            Place::Map(m, k) => {
                let base = self.temps(2);
                self.emit(Op::Move { a: base, b: m });
                self.emit(Op::Move { a: base + 1, b: k });
                let tt = self.type_u16(ty, Span::default());
                self.emit(Op::MapGet {
                    a: t,
                    b: base,
                    t: tt,
                });
            }
            Place::Ptr(p, _) => {
                self.emit(Op::Load { a: t, b: p });
            }
        }
        t
    }

    /// Stores R[v] into a place. `fresh`: an aggregate in R[v] is a new value that may be
    /// stored without copying.
    fn store(&mut self, pl: Place, v: R, fresh: bool) {
        match pl {
            Place::Blank => {}
            Place::Reg(r) => {
                if r != v {
                    self.emit(Op::Move { a: r, b: v });
                }
            }
            Place::AggLocal(r) => {
                if self.agg_local_shared(r) {
                    self.emit(Op::CopyInto { a: r, b: v });
                } else if fresh {
                    self.emit(Op::Move { a: r, b: v });
                } else {
                    self.emit(Op::Copy { a: r, b: v });
                }
            }
            Place::AggDecl(r) => {
                if fresh {
                    if r != v {
                        self.emit(Op::Move { a: r, b: v });
                    }
                } else {
                    self.emit(Op::Copy { a: r, b: v });
                }
            }
            Place::NewCell(r) => {
                self.emit(Op::NewCell { a: r, b: v });
            }
            Place::Cell(c, agg) => {
                if agg {
                    self.emit(Op::CopyInto { a: c, b: v });
                } else {
                    self.emit(Op::Store { a: c, b: v });
                }
            }
            Place::Field(b, i, agg) => {
                if agg {
                    self.emit(Op::SetFieldAgg { a: b, i, b: v });
                } else {
                    self.emit(Op::SetField { a: b, i, b: v });
                }
            }
            Place::Index(x, i, agg) => {
                if agg {
                    self.emit(Op::SetIndexAgg { a: x, b: i, c: v });
                } else {
                    self.emit(Op::SetIndex { a: x, b: i, c: v });
                }
            }
            Place::Map(m, k) => {
                let v = if fresh { v } else { self.copy_if_agg_reg(v) };
                self.emit(Op::MapSet { a: m, b: k, c: v });
            }
            Place::Ptr(p, agg) => {
                if agg {
                    self.emit(Op::StoreAgg { a: p, b: v });
                } else {
                    self.emit(Op::Store { a: p, b: v });
                }
            }
        }
    }

    /// A scalar local that lives in its register.
    fn plain_scalar(&self, l: ir::LocalId) -> bool {
        !self.boxed(l) && !self.is_agg(self.local(l).ty)
    }

    fn agg_local_shared(&self, r: R) -> bool {
        (r as usize) < self.f.locals.len() && self.f.locals[r as usize].shared()
    }

    /// A register whose aggregate (if any) is a private copy.
    fn copy_if_agg_reg(&mut self, v: R) -> R {
        let t = self.temp();
        self.emit(Op::Copy { a: t, b: v });
        t
    }

    // ----- returns and defers -----

    fn ret(&mut self, exprs: &[ir::Expr]) {
        let results = &self.f.results;
        if exprs.is_empty() {
            // A bare return: the results are the named result variables.
            if self.f.has_defer {
                let j = self.jump_ret();
                self.epilogue_jumps.push(j);
                return;
            }
            let n = results.len() as u32;
            let base = self.temps(n);
            for (i, &r) in results.iter().enumerate() {
                self.read_local_to(r, base + i as R);
            }
            self.emit(Op::Ret {
                a: base,
                n: n as u16,
            });
            return;
        }
        if self.f.has_defer {
            // Results are stored in the result variables, where deferred calls can see
            // and change them; the epilogue returns them.
            let n = exprs.len() as u32;
            let base = self.temps(n);
            for (i, e) in exprs.iter().enumerate() {
                self.value_to(e, base + i as R);
            }
            for (i, &r) in results.iter().enumerate() {
                let pl = self.place(&LValue::Local(r));
                self.store(pl, base + i as R, true);
            }
            let j = self.jump_ret();
            self.epilogue_jumps.push(j);
            return;
        }
        if exprs.len() == 1 {
            let e = &exprs[0];
            if let K::Local(l) = e.kind
                && !self.boxed(l)
                && !self.is_agg(e.ty)
            {
                self.emit(Op::Ret { a: l as R, n: 1 });
                return;
            }
        }
        let n = exprs.len() as u32;
        let base = self.temps(n);
        for (i, e) in exprs.iter().enumerate() {
            self.value_to(e, base + i as R);
        }
        self.emit(Op::Ret {
            a: base,
            n: n as u16,
        });
    }

    /// Returns n values already in R[base..]: directly, or through the defer epilogue.
    fn finish_return(&mut self, base: R, n: u32) {
        if self.f.has_defer {
            for (i, &r) in self.f.results.iter().enumerate() {
                let pl = self.place(&LValue::Local(r));
                self.store(pl, base + i as R, true);
            }
            let j = self.jump_ret();
            self.epilogue_jumps.push(j);
        } else {
            self.emit(Op::Ret {
                a: base,
                n: n as u16,
            });
        }
    }

    fn ret_void(&mut self) {
        if !self.f.results.is_empty() {
            return;
        }
        if self.f.has_defer {
            // The end of the body: on the line the compiler is at, not a statement's.
            let j = self.emit(Op::JmpRet { off: 0 });
            self.epilogue_jumps.push(j);
        } else {
            self.emit(Op::Ret { a: 0, n: 0 });
        }
    }

    /// RunDefers, then return the result variables.
    fn emit_epilogue(&mut self) {
        self.emit(Op::RunDefers);
        let n = self.f.results.len() as u32;
        let base = self.temps(n);
        for (i, &r) in self.f.results.iter().enumerate() {
            self.read_local_to(r, base + i as R);
        }
        self.emit(Op::Ret {
            a: base,
            n: n as u16,
        });
    }

    fn read_local_to(&mut self, l: ir::LocalId, dst: R) {
        if self.boxed(l) {
            self.emit(Op::Load { a: dst, b: l as R });
        } else if self.is_agg(self.local(l).ty) {
            self.emit(Op::Copy { a: dst, b: l as R });
        } else if dst != l as R {
            self.emit(Op::Move { a: dst, b: l as R });
        }
    }

    fn defer(&mut self, call: &ir::Call) {
        // The function value and the arguments are evaluated now, the call happens at
        // return (or while panicking).
        let (n, base) = self.call_setup_value(call);
        self.emit(Op::Defer {
            a: base,
            n: n as u16,
        });
    }

    /// Evaluates a call's callee as a function value into R[base] and its arguments into
    /// R[base+1..]; returns (number of arguments, base).
    fn call_setup_value(&mut self, call: &ir::Call) -> (u32, R) {
        let nargs = self.call_arg_count(call);
        let base = self.temps(nargs + 1);
        match &call.callee {
            Callee::Static(f) => {
                let k = self.konst(Constant::Func(*f));
                self.emit(Op::LoadK { a: base, k });
            }
            Callee::Value(e) => self.expr_to(e, base),
            Callee::Iface { recv, method } => {
                self.expr_to(recv, base);
                let m = self.b.method_id(method);
                self.emit(Op::BindIface { a: base, m });
            }
        }
        self.args_to(call, base + 1);
        (nargs, base)
    }

    fn call_arg_count(&self, call: &ir::Call) -> u32 {
        let fixed = call.args.len() as u32;
        match &call.tuple_args {
            Some(t) => match t.pack {
                Some((from, _)) => fixed + from as u32 + 1,
                None => fixed + t.targets.len() as u32,
            },
            None => fixed,
        }
    }

    /// Evaluates the arguments of a call into R[at..], copying aggregates.
    fn args_to(&mut self, call: &ir::Call, at: R) {
        if let Some(t) = &call.tuple_args {
            // A method's receiver comes before the results (`x.m(g())`).
            for (i, a) in call.args.iter().enumerate() {
                self.value_to(a, at + i as R);
            }
            let at = at + call.args.len() as R;
            let n = t.targets.len() as u32;
            let tmp = self.temps(n);
            self.expr_multi(&t.tuple, tmp, n);
            let elems = self
                .types()
                .tuple_elems(t.tuple.ty)
                .map(|e| e.to_vec())
                .unwrap_or_default();
            let fixed = t.pack.map(|(f, _)| f).unwrap_or(t.targets.len());
            for i in 0..fixed {
                let r = tmp + i as R;
                self.coerce_reg(r, elems.get(i).copied().unwrap_or(INVALID), t.targets[i]);
                self.emit(Op::Move {
                    a: at + i as R,
                    b: r,
                });
            }
            if let Some((from, slice_t)) = t.pack {
                let count = t.targets.len() - from;
                let dst = at + from as R;
                // Pack the rest into a new slice.
                let sb = self.temps(count as u32 + 1);
                self.emit(Op::LoadNil { a: sb });
                for j in 0..count {
                    let r = tmp + (from + j) as R;
                    self.coerce_reg(
                        r,
                        elems.get(from + j).copied().unwrap_or(INVALID),
                        t.targets[from + j],
                    );
                    self.emit(Op::Move {
                        a: sb + 1 + j as R,
                        b: r,
                    });
                }
                let tt = self.type_u16(slice_t, t.tuple.span);
                self.emit(Op::Append {
                    a: sb,
                    n: count as u16,
                    t: tt,
                });
                self.emit(Op::Move { a: dst, b: sb });
            }
            return;
        }
        for (i, a) in call.args.iter().enumerate() {
            self.value_to(a, at + i as R);
        }
    }

    /// Converts R[r] in place from type `from` to parameter type `to` (boxing into an
    /// interface when needed).
    fn coerce_reg(&mut self, r: R, from: TypeId, to: TypeId) {
        if self.types().is_interface(to) && !self.types().is_interface(from) && from != INVALID {
            self.emit(Op::ToIface { a: r, t: from.0 });
        }
    }

    // ----- loops -----

    /// Loops are laid out with the test at the bottom (one jump per iteration):
    /// `jmp test; top: body; continue: per-iteration copies, post; test: if cond goto top`.
    fn for_loop(
        &mut self,
        label: ir::LabelId,
        cond: Option<&ir::Expr>,
        post: &[ir::Stmt],
        body: &[ir::Stmt],
        per_iter: &[ir::LocalId],
    ) {
        let to_test = cond.map(|_| self.jump());
        let top = self.code.len();
        self.loops.push(LoopCtx {
            label,
            breaks: Vec::new(),
            continues: Vec::new(),
        });
        self.stmts(body);
        let lp = self.loops.pop().expect("pushed");
        self.patch_jumps(lp.continues);
        // Go 1.22: each iteration has its own copy of the loop variables. Only variables
        // a closure captured (or whose address was taken) can tell; they get a new cell.
        for &l in per_iter {
            if self.boxed(l) {
                let t = self.temp();
                self.emit(Op::Load { a: t, b: l as R });
                self.emit(Op::NewCell { a: l as R, b: t });
                self.next -= 1;
            } else if self.local(l).shared() && self.is_agg(self.local(l).ty) {
                self.emit(Op::Copy {
                    a: l as R,
                    b: l as R,
                });
            }
        }
        self.stmts(post);
        match (cond, to_test) {
            (Some(c), Some(j)) => {
                self.patch_here(j);
                let mark = self.next;
                let back = self.cond_jump_true(c);
                self.next = mark;
                for b in back {
                    self.patch_to(b, top);
                }
            }
            _ => self.jump_back(top),
        }
        self.patch_jumps(lp.breaks);
    }

    fn range(&mut self, r: &ir::Range) {
        self.at(r.x.span);
        match r.kind {
            ir::RangeKind::Int => {
                let n = self.temp();
                self.value_to(&r.x, n);
                let i = self.temp();
                self.emit(Op::LoadInt { a: i, v: 0 });
                self.counted_loop(r, i, n, |fc, i| {
                    if let Some(k) = &r.key {
                        let pl = fc.place(k);
                        fc.store(pl, i, true);
                    }
                });
            }
            ir::RangeKind::ArrayPtr if r.value.is_none() => {
                // Only the (static) length is needed: a nil pointer is fine, as in Go.
                self.expr_discard(&r.x);
                let len = self
                    .types()
                    .pointer_elem(r.x.ty)
                    .and_then(|a| match self.types().under(a) {
                        TypeKind::Array(n, _) => Some(*n),
                        _ => None,
                    })
                    .unwrap_or(0);
                let n = self.temp();
                self.load_const(n, &Const::Int(num_bigint::BigInt::from(len)), INT);
                let i = self.temp();
                self.emit(Op::LoadInt { a: i, v: 0 });
                self.counted_loop(r, i, n, |fc, i| {
                    if let Some(k) = &r.key {
                        let pl = fc.place(k);
                        fc.store(pl, i, true);
                    }
                });
            }
            ir::RangeKind::Slice | ir::RangeKind::Array | ir::RangeKind::ArrayPtr => {
                let x = self.temp();
                if r.kind == ir::RangeKind::Array && r.value.is_some() {
                    // Ranging over an array value iterates over a copy of it.
                    self.value_to(&r.x, x);
                    if r.x.is_fresh() {
                        // already private
                    } else {
                        self.emit(Op::Copy { a: x, b: x });
                    }
                } else {
                    self.expr_to(&r.x, x);
                }
                if r.kind == ir::RangeKind::ArrayPtr {
                    self.emit(Op::Load { a: x, b: x });
                }
                let n = self.temp();
                self.emit(Op::Len { a: n, b: x });
                let i = self.temp();
                self.emit(Op::LoadInt { a: i, v: 0 });
                let elem_agg = self.types().elem(r.x.ty).is_some_and(|e| self.is_agg(e));
                self.counted_loop(r, i, n, |fc, i| {
                    if let Some(k) = &r.key {
                        let pl = fc.place(k);
                        fc.store(pl, i, true);
                    }
                    if let Some(v) = &r.value {
                        let t = fc.temp();
                        fc.emit(Op::Index { a: t, b: x, c: i });
                        let pl = fc.place(v);
                        fc.store(pl, t, !elem_agg);
                    }
                });
            }
            ir::RangeKind::String => {
                let s = self.temp();
                self.value_to(&r.x, s);
                let n = self.temp();
                self.emit(Op::Len { a: n, b: s });
                let i = self.temp();
                self.emit(Op::LoadInt { a: i, v: 0 });
                let rw = self.temps(2);
                let top = self.code.len();
                let exit = self.emit(Op::JmpIfNotLtI { a: i, b: n, off: 0 });
                self.emit(Op::RuneAt { a: rw, b: s, c: i });
                if let Some(k) = &r.key {
                    let pl = self.place(k);
                    self.store(pl, i, true);
                }
                if let Some(v) = &r.value {
                    let pl = self.place(v);
                    self.store(pl, rw, true);
                }
                self.loop_body(r);
                let lp = self.loops.pop().expect("pushed by loop_body");
                self.patch_jumps(lp.continues);
                self.emit(Op::AddI {
                    a: i,
                    b: i,
                    c: rw + 1,
                });
                self.jump_back(top);
                self.patch_here(exit);
                self.patch_jumps(lp.breaks);
            }
            ir::RangeKind::Map => {
                let m = self.temp();
                self.expr_to(&r.x, m);
                let keys = self.temp();
                self.emit(Op::MapKeys { a: keys, b: m });
                let n = self.temp();
                self.emit(Op::Len { a: n, b: keys });
                let i = self.temp();
                self.emit(Op::LoadInt { a: i, v: 0 });
                let mk = self.temps(2);
                let vo = self.temps(2);
                let vty = self.types().elem(r.x.ty).unwrap_or(INVALID);
                let vt = self.type_u16(vty, r.x.span);
                let top = self.code.len();
                let exit = self.emit(Op::JmpIfNotLtI { a: i, b: n, off: 0 });
                self.emit(Op::Move { a: mk, b: m });
                self.emit(Op::Index {
                    a: mk + 1,
                    b: keys,
                    c: i,
                });
                self.emit(Op::AddIK { a: i, b: i, k: 1 });
                self.emit(Op::MapGet2 {
                    a: vo,
                    b: mk,
                    t: vt,
                });
                // Entries deleted during the loop are skipped (Go's rule).
                let skip = self.emit(Op::JmpIfNot { a: vo + 1, off: 0 });
                if let Some(k) = &r.key {
                    let pl = self.place(k);
                    self.store(pl, mk + 1, false);
                }
                if let Some(v) = &r.value {
                    let pl = self.place(v);
                    self.store(pl, vo, false);
                }
                self.loop_body(r);
                let lp = self.loops.pop().expect("pushed by loop_body");
                self.patch_jumps(lp.continues.clone());
                self.patch_to(skip, top);
                self.jump_back(top);
                self.patch_here(exit);
                self.patch_jumps(lp.breaks);
            }
            ir::RangeKind::Chan => {
                // `for v := range ch`: receive until the channel is closed and drained.
                let ch = self.temp();
                self.expr_to(&r.x, ch);
                let vo = self.temps(2);
                let top = self.code.len();
                self.emit(Op::Recv {
                    a: vo,
                    b: ch,
                    ok: true,
                });
                let exit = self.emit(Op::JmpIfNot { a: vo + 1, off: 0 });
                if let Some(k) = &r.key {
                    let pl = self.place(k);
                    self.store(pl, vo, true);
                }
                self.loop_body(r);
                let lp = self.loops.pop().expect("pushed by loop_body");
                self.patch_jumps(lp.continues);
                self.jump_back(top);
                self.patch_here(exit);
                self.patch_jumps(lp.breaks);
            }
        }
    }

    /// `for i := 0; i < n; i++` around the per-iteration assignments and the body.
    fn counted_loop(&mut self, r: &ir::Range, i: R, n: R, assign: impl FnOnce(&mut Self, R)) {
        let top = self.code.len();
        let exit = self.emit(Op::JmpIfNotLtI { a: i, b: n, off: 0 });
        assign(self, i);
        self.loop_body(r);
        let lp = self.loops.pop().expect("pushed by loop_body");
        self.patch_jumps(lp.continues);
        self.emit(Op::AddIK { a: i, b: i, k: 1 });
        self.jump_back(top);
        self.patch_here(exit);
        self.patch_jumps(lp.breaks);
    }

    /// Compiles a range body, leaving its loop context on the stack for the caller to
    /// patch `continue` (to its increment) and `break`.
    fn loop_body(&mut self, r: &ir::Range) {
        self.loops.push(LoopCtx {
            label: r.label,
            breaks: Vec::new(),
            continues: Vec::new(),
        });
        let mark = self.next;
        self.stmts(&r.body);
        self.next = mark;
    }

    // ----- switches -----

    fn switch(&mut self, sw: &ir::Switch) {
        let tag = sw.tag.as_ref().map(|t| {
            let r = self.temp();
            self.value_to(t, r);
            (r, t.ty)
        });
        let mut body_jumps: Vec<Vec<usize>> = Vec::new();
        let scratch = self.temp();
        for c in &sw.cases {
            let mut js = Vec::new();
            for e in &c.exprs {
                self.at(e.span);
                // Each case is a statement of its own (its hoists live until the switch's
                // statement ends).
                self.order(&[Root::Pinned(e)]);
                match tag {
                    Some((t, tty)) => {
                        let v = self.expr_any(e);
                        // Interface tags compared with concrete cases: box the case.
                        let v = if self.types().is_interface(tty)
                            && !self.types().is_interface(e.ty)
                        {
                            let b = self.temp();
                            self.emit(Op::Move { a: b, b: v });
                            self.emit(Op::ToIface { a: b, t: e.ty.0 });
                            b
                        } else if !self.types().is_interface(tty) && self.types().is_interface(e.ty)
                        {
                            let b = self.temp();
                            self.emit(Op::Move { a: b, b: t });
                            self.emit(Op::ToIface { a: b, t: tty.0 });
                            self.compare_op(BinOp::Eq, scratch, b, v, e.ty);
                            js.push(self.jump_if(scratch));
                            continue;
                        } else {
                            v
                        };
                        self.compare_op(BinOp::Eq, scratch, t, v, tty);
                        js.push(self.jump_if(scratch));
                    }
                    None => {
                        let c = self.expr_any(e);
                        js.push(self.jump_if(c));
                    }
                }
            }
            body_jumps.push(js);
        }
        let default = sw.cases.iter().position(|c| c.is_default);
        let to_default = self.jump();
        let mut ends = Vec::new();
        let l = LoopCtx {
            label: sw.label,
            breaks: Vec::new(),
            continues: Vec::new(),
        };
        self.loops.push(l);
        let mut starts = Vec::new();
        let mut fall_jumps: Vec<usize> = Vec::new();
        for (i, c) in sw.cases.iter().enumerate() {
            starts.push(self.code.len());
            for j in fall_jumps.drain(..) {
                self.patch_here(j);
            }
            for &j in &body_jumps[i] {
                self.patch_here(j);
            }
            self.stmts(&c.body);
            if c.fallthrough {
                fall_jumps.push(self.jump());
            } else {
                ends.push(self.jump());
            }
        }
        match default {
            Some(d) => self.patch_to(to_default, starts[d]),
            None => ends.push(to_default),
        }
        let lp = self.loops.pop().expect("pushed");
        self.patch_jumps(ends);
        self.patch_jumps(fall_jumps);
        self.patch_jumps(lp.breaks);
        // A `continue` inside a switch belongs to an enclosing loop.
        if let Some(outer) = self.loops.last_mut() {
            outer.continues.extend(lp.continues);
        }
    }

    fn type_switch(&mut self, ts: &ir::TypeSwitch) {
        let x = self.temp();
        self.value_to(&ts.x, x);
        let scratch = self.temp();
        let nil = self.temp();
        self.emit(Op::LoadNil { a: nil });
        let mut body_jumps = Vec::new();
        for c in &ts.cases {
            let mut js = Vec::new();
            for t in &c.types {
                match t {
                    None => {
                        self.emit(Op::Eq {
                            a: scratch,
                            b: x,
                            c: nil,
                        });
                    }
                    Some(t) => {
                        let i = self.assertion(*t, ts.x.ty);
                        self.emit(Op::IsType {
                            a: scratch,
                            b: x,
                            i,
                        });
                    }
                }
                js.push(self.jump_if(scratch));
            }
            body_jumps.push(js);
        }
        let default = ts.cases.iter().position(|c| c.is_default);
        let to_default = self.jump();
        self.loops.push(LoopCtx {
            label: ts.label,
            breaks: Vec::new(),
            continues: Vec::new(),
        });
        let mut starts = Vec::new();
        let mut ends = Vec::new();
        for (i, c) in ts.cases.iter().enumerate() {
            starts.push(self.code.len());
            for &j in &body_jumps[i] {
                self.patch_here(j);
            }
            if let Some(b) = c.bind {
                let bty = self.local(b).ty;
                let v = self.temp();
                if self.types().is_interface(bty) {
                    self.emit(Op::Move { a: v, b: x });
                } else {
                    let i = self.assertion(bty, ts.x.ty);
                    self.emit(Op::Assert { a: v, b: x, i });
                    if self.is_agg(bty) {
                        self.emit(Op::Copy { a: v, b: v });
                    }
                }
                let pl = self.place(&LValue::Declare(b));
                self.store(pl, v, true);
            }
            self.stmts(&c.body);
            ends.push(self.jump());
        }
        match default {
            Some(d) => self.patch_to(to_default, starts[d]),
            None => ends.push(to_default),
        }
        let lp = self.loops.pop().expect("pushed");
        self.patch_jumps(ends);
        self.patch_jumps(lp.breaks);
        if let Some(outer) = self.loops.last_mut() {
            outer.continues.extend(lp.continues);
        }
    }

    // ----- conditions -----

    /// Compiles a boolean condition; returns the jumps to take when it is false.
    fn cond_jump_false(&mut self, e: &ir::Expr) -> Vec<usize> {
        self.at(e.span);
        if let Some(r) = self.hoisted(e) {
            return vec![self.jump_if_not(r)];
        }
        match &e.kind {
            K::Binary(BinOp::LogAnd, l, r) => {
                let mut js = self.cond_jump_false(l);
                js.extend(self.cond_jump_false(r));
                js
            }
            K::Binary(BinOp::LogOr, l, r) => {
                let to_true = self.cond_jump_true(l);
                let js = self.cond_jump_false(r);
                for j in to_true {
                    self.patch_here(j);
                }
                js
            }
            K::Unary(UnOp::Not, x) => self.cond_jump_true(x),
            _ => vec![self.cond_leaf(e, false)],
        }
    }

    /// A condition other than `&&`, `||`, `!` (a statement of its own for gc's order of
    /// evaluation); returns the jump taken when it is `when`.
    fn cond_leaf(&mut self, e: &ir::Expr, when: bool) -> usize {
        let mark = self.next;
        let hoisted = self.order(&[Root::Pinned(e)]);
        let j = match &e.kind {
            K::Compare(op @ (BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge), l, r)
                if self.class(l.ty) == Class::Signed =>
            {
                self.int_compare_jump(*op, l, r, when)
            }
            _ => {
                let r = self.expr_any(e);
                if when {
                    self.jump_if(r)
                } else {
                    self.jump_if_not(r)
                }
            }
        };
        self.hoisted.truncate(hoisted);
        self.next = mark;
        j
    }

    /// A fused integer compare-and-jump for `l op r`; jumps when the comparison is
    /// `when` (true or false). Small constants on the right become immediates.
    fn int_compare_jump(&mut self, op: BinOp, l: &ir::Expr, r: &ir::Expr, when: bool) -> usize {
        let mark = self.next;
        let a = self.expr_any(l);
        // `a > k` is `!(a <= k)` and `a >= k` is `!(a < k)`.
        let (le, negate) = match op {
            BinOp::Lt => (false, false),
            BinOp::Le => (true, false),
            BinOp::Gt => (true, true),
            _ => (false, true),
        };
        let jump_if = when != negate;
        let j = if let Some(k) = small_const(r) {
            match (le, jump_if) {
                (false, true) => self.emit(Op::JmpIfLtIK { a, k, off: 0 }),
                (false, false) => self.emit(Op::JmpIfNotLtIK { a, k, off: 0 }),
                (true, true) => self.emit(Op::JmpIfLeIK { a, k, off: 0 }),
                (true, false) => self.emit(Op::JmpIfNotLeIK { a, k, off: 0 }),
            }
        } else {
            let b = self.expr_any(r);
            match (le, jump_if) {
                (false, true) => self.emit(Op::JmpIfLtI { a, b, off: 0 }),
                (false, false) => self.emit(Op::JmpIfNotLtI { a, b, off: 0 }),
                (true, true) => self.emit(Op::JmpIfLeI { a, b, off: 0 }),
                (true, false) => self.emit(Op::JmpIfNotLeI { a, b, off: 0 }),
            }
        };
        self.next = mark;
        j
    }

    /// Returns the jumps to take when the condition is true.
    fn cond_jump_true(&mut self, e: &ir::Expr) -> Vec<usize> {
        if let Some(r) = self.hoisted(e) {
            return vec![self.jump_if(r)];
        }
        match &e.kind {
            K::Binary(BinOp::LogOr, l, r) => {
                let mut js = self.cond_jump_true(l);
                js.extend(self.cond_jump_true(r));
                js
            }
            K::Binary(BinOp::LogAnd, l, r) => {
                let to_false = self.cond_jump_false(l);
                let js = self.cond_jump_true(r);
                for j in to_false {
                    self.patch_here(j);
                }
                js
            }
            K::Unary(UnOp::Not, x) => self.cond_jump_false(x),
            _ => vec![self.cond_leaf(e, true)],
        }
    }

    // ----- expressions -----

    /// Evaluates an expression for its effects only.
    fn expr_discard(&mut self, e: &ir::Expr) {
        if self.hoisted(e).is_some() {
            return;
        }
        let mark = self.next;
        match &e.kind {
            K::Call(c) => {
                self.call(c, e.ty);
            }
            _ => {
                let t = self.temp();
                self.expr_to(e, t);
            }
        }
        self.next = mark;
    }

    /// A register holding the value of `e`: a local's own register when possible.
    /// Aggregates come back by reference (see `value_to` for a private copy).
    fn expr_any(&mut self, e: &ir::Expr) -> R {
        if let K::Local(l) = e.kind
            && !self.boxed(l)
        {
            return l as R;
        }
        if let Some(r) = self.hoisted(e) {
            return r;
        }
        let t = self.temp();
        self.expr_to(e, t);
        t
    }

    /// Evaluates `e` into R[dst] as a value to be stored: aggregates are copied unless
    /// the expression makes a fresh one.
    fn value_to(&mut self, e: &ir::Expr, dst: R) {
        self.expr_to(e, dst);
        if self.is_agg(e.ty) && !e.is_fresh() {
            self.emit(Op::Copy { a: dst, b: dst });
        }
    }

    fn expr_to(&mut self, e: &ir::Expr, dst: R) {
        let mark = self.next.max(dst as u32 + 1);
        self.next = mark;
        self.at(e.span);
        if let Some(r) = self.hoisted(e) {
            if r != dst {
                self.emit(Op::Move { a: dst, b: r });
            }
            return;
        }
        match &e.kind {
            K::Const(c) => self.load_const(dst, c, e.ty),
            K::Nil => {
                self.emit(Op::LoadNil { a: dst });
            }
            K::Zero => self.zero(dst, e.ty, e.span),
            K::Local(l) => {
                let r = *l as R;
                if self.boxed(*l) {
                    self.emit(Op::Load { a: dst, b: r });
                } else if dst != r {
                    self.emit(Op::Move { a: dst, b: r });
                }
            }
            K::Upvalue(i) => {
                self.emit(Op::Upval {
                    a: dst,
                    i: *i as u16,
                });
                if self.capture_boxed(*i) {
                    self.emit(Op::Load { a: dst, b: dst });
                }
            }
            K::Global(g) => {
                self.emit(Op::Global { a: dst, g: *g });
                if !self.is_agg(e.ty) {
                    self.emit(Op::Load { a: dst, b: dst });
                }
            }
            K::FuncRef(f) => {
                let k = self.konst(Constant::Func(*f));
                self.emit(Op::LoadK { a: dst, k });
            }
            K::Closure { func, captures } => {
                let base = self.temps(captures.len() as u32 + 1);
                for (i, c) in captures.iter().enumerate() {
                    let r = base + 1 + i as R;
                    match c {
                        ir::CaptureFrom::Local(l) => {
                            self.emit(Op::Move { a: r, b: *l as R });
                        }
                        ir::CaptureFrom::Upvalue(u) => {
                            self.emit(Op::Upval { a: r, i: *u as u16 });
                        }
                    }
                }
                self.emit(Op::Closure { a: base, f: *func });
                self.emit(Op::Move { a: dst, b: base });
            }
            K::MethodValue { recv, func } => {
                self.value_to(recv, dst);
                self.emit(Op::BindMethod { a: dst, f: *func });
            }
            K::IfaceMethodValue { recv, method } => {
                self.expr_to(recv, dst);
                let m = self.b.method_id(method);
                self.emit(Op::BindIface { a: dst, m });
            }
            K::Unary(op, x) => {
                let r = self.expr_any(x);
                match op {
                    UnOp::Pos => {
                        if r != dst {
                            self.emit(Op::Move { a: dst, b: r });
                        }
                    }
                    UnOp::Neg => match self.class(e.ty) {
                        Class::Float => {
                            self.emit(Op::NegF { a: dst, b: r });
                        }
                        _ => {
                            self.emit(Op::NegI { a: dst, b: r });
                            self.trunc(dst, e.ty);
                        }
                    },
                    UnOp::Not => {
                        self.emit(Op::Not { a: dst, b: r });
                    }
                    UnOp::BitNot => {
                        self.emit(Op::BitNot { a: dst, b: r });
                        self.trunc(dst, e.ty);
                    }
                    UnOp::Addr | UnOp::Recv => {}
                }
            }
            K::Binary(BinOp::LogAnd | BinOp::LogOr, ..) => {
                let js = self.cond_jump_false(e);
                self.emit(Op::LoadBool { a: dst, v: true });
                let end = self.jump();
                self.patch_jumps(js);
                self.emit(Op::LoadBool { a: dst, v: false });
                self.patch_here(end);
            }
            K::Binary(op @ (BinOp::Add | BinOp::Sub), l, r)
                if matches!(self.class(e.ty), Class::Signed | Class::Unsigned)
                    && small_const(r).is_some() =>
            {
                // `x + 1`, `n - 2`: an immediate add.
                let k = small_const(r).unwrap_or(0);
                let k = if *op == BinOp::Sub { -k } else { k };
                let a = self.expr_any(l);
                self.emit(Op::AddIK { a: dst, b: a, k });
                self.trunc(dst, e.ty);
            }
            K::Binary(op, l, r) => {
                let a = self.expr_any(l);
                let b = self.expr_any(r);
                self.binary_op(*op, dst, a, b, e.ty, r.ty);
            }
            K::Compare(op, l, r) => {
                let a = self.expr_any(l);
                let b = self.expr_any(r);
                self.compare_op(*op, dst, a, b, l.ty);
            }
            K::Call(c) => {
                // When dst is the newest register the call can use it as its base.
                if dst as u32 + 1 == mark && dst as u32 >= self.f.locals.len() as u32 {
                    self.next = dst as u32;
                }
                let base = self.call(c, e.ty);
                if base != dst {
                    self.emit(Op::Move { a: dst, b: base });
                }
            }
            K::Builtin(b, args) => self.builtin(*b, args, dst, e),
            K::Convert(x) => self.convert(x, e.ty, dst),
            K::ToIface(x) => {
                if self.types().is_interface(x.ty) {
                    self.expr_to(x, dst);
                } else {
                    self.value_to(x, dst);
                    self.emit(Op::ToIface { a: dst, t: x.ty.0 });
                }
            }
            K::Field(x, i) => {
                if let K::Deref(p) = &x.kind {
                    let b = self.expr_any(p);
                    self.emit(Op::LoadField {
                        a: dst,
                        b,
                        i: *i as u16,
                    });
                } else {
                    let b = self.expr_any(x);
                    self.emit(Op::GetField {
                        a: dst,
                        b,
                        i: *i as u16,
                    });
                }
            }
            K::Deref(p) => {
                let r = self.expr_any(p);
                self.emit(Op::Load { a: dst, b: r });
            }
            K::AddrOf(x) => self.addr_of(x, dst),
            K::Index(x, i) => {
                let xr = self.expr_any(x);
                let ir_ = self.expr_any(i);
                if self.types().is_string(x.ty) {
                    self.emit(Op::IndexStr {
                        a: dst,
                        b: xr,
                        c: ir_,
                    });
                } else {
                    self.emit(Op::Index {
                        a: dst,
                        b: xr,
                        c: ir_,
                    });
                }
            }
            K::MapIndex { map, key, comma_ok } => {
                let base = self.temps(2);
                self.expr_to(map, base);
                self.value_to(key, base + 1);
                let vty = self.types().elem(map.ty).unwrap_or(INVALID);
                let t = self.type_u16(vty, e.span);
                if *comma_ok {
                    // The two results go to dst, dst+1: the caller reserved them.
                    self.emit(Op::MapGet2 { a: dst, b: base, t });
                } else {
                    self.emit(Op::MapGet { a: dst, b: base, t });
                }
            }
            K::Slice { x, lo, hi, max } => {
                let base = self.temps(4);
                let mut flags = 0;
                self.expr_to(x, base);
                if let Some(lo) = lo {
                    self.value_to(lo, base + 1);
                    flags |= SLICE_LO;
                }
                if let Some(hi) = hi {
                    self.value_to(hi, base + 2);
                    flags |= SLICE_HI;
                }
                if let Some(m) = max {
                    self.value_to(m, base + 3);
                    flags |= SLICE_MAX;
                }
                if self.types().is_string(x.ty) {
                    flags |= SLICE_STR;
                } else if self.is_agg(x.ty) {
                    flags |= SLICE_ARR;
                }
                self.emit(Op::Slice {
                    a: dst,
                    b: base,
                    flags,
                });
            }
            K::TypeAssert {
                x,
                target,
                comma_ok,
            } => {
                let r = self.expr_any(x);
                let i = self.assertion(*target, x.ty);
                if *comma_ok {
                    self.emit(Op::Assert2 { a: dst, b: r, i });
                } else {
                    self.emit(Op::Assert { a: dst, b: r, i });
                }
            }
            K::Composite(c) => {
                // Built in a temporary: the elements may read the variable assigned to.
                let t = self.temp();
                self.composite(c, e.ty, t, e.span);
                self.emit(Op::Move { a: dst, b: t });
            }
            K::Recv { ch, comma_ok } => {
                // With comma_ok the caller reserved dst+1 for the flag.
                let c = self.expr_any(ch);
                self.emit(Op::Recv {
                    a: dst,
                    b: c,
                    ok: *comma_ok,
                });
            }
        }
        self.next = mark;
    }

    /// Evaluates a multi-valued expression into R[base..base+n].
    fn expr_multi(&mut self, e: &ir::Expr, base: R, n: u32) {
        let mark = self.next.max(base as u32 + n);
        self.next = mark;
        match &e.kind {
            K::Call(c) => {
                let r = match self.hoisted(e) {
                    Some(r) => r,
                    None => self.call(c, e.ty),
                };
                for i in 0..n as R {
                    if r + i != base + i {
                        self.emit(Op::Move {
                            a: base + i,
                            b: r + i,
                        });
                    }
                }
            }
            _ => self.expr_to(e, base),
        }
        self.next = mark;
    }

    fn trunc(&mut self, r: R, ty: TypeId) {
        if let Some(k) = self.int_kind(ty) {
            self.emit(Op::Trunc { a: r, kind: k });
        }
    }

    fn load_const(&mut self, dst: R, c: &Const, ty: TypeId) {
        match self.class(ty) {
            Class::Float => {
                let k = self.konst(Constant::Float(c.to_f64()));
                self.emit(Op::LoadK { a: dst, k });
            }
            Class::Bool => {
                self.emit(Op::LoadBool {
                    a: dst,
                    v: c.as_bool().unwrap_or(false),
                });
            }
            Class::String => {
                let bytes = match c {
                    Const::Str(s) => s.clone(),
                    _ => vec![],
                };
                let k = self.konst(Constant::Str(bytes));
                self.emit(Op::LoadK { a: dst, k });
            }
            _ => {
                let v: i64 = match c.as_int() {
                    // Unsigned constants above MaxInt64 keep their bits.
                    Some(i) => num_traits::ToPrimitive::to_i64(&i)
                        .or_else(|| num_traits::ToPrimitive::to_u64(&i).map(|u| u as i64))
                        .unwrap_or(0),
                    None => match c {
                        Const::Bool(b) => *b as i64,
                        _ => 0,
                    },
                };
                match i32::try_from(v) {
                    Ok(small) => {
                        self.emit(Op::LoadInt { a: dst, v: small });
                    }
                    Err(_) => {
                        let k = self.konst(Constant::Int(v));
                        self.emit(Op::LoadK { a: dst, k });
                    }
                }
            }
        }
    }

    fn binary_op(&mut self, op: BinOp, dst: R, a: R, b: R, ty: TypeId, rty: TypeId) {
        let class = self.class(ty);
        let o = match (class, op) {
            (Class::Float, BinOp::Add) => Op::AddF { a: dst, b: a, c: b },
            (Class::Float, BinOp::Sub) => Op::SubF { a: dst, b: a, c: b },
            (Class::Float, BinOp::Mul) => Op::MulF { a: dst, b: a, c: b },
            (Class::Float, BinOp::Div) => Op::DivF { a: dst, b: a, c: b },
            (Class::String, BinOp::Add) => Op::Concat { a: dst, b: a, c: b },
            (_, BinOp::Add) => Op::AddI { a: dst, b: a, c: b },
            (_, BinOp::Sub) => Op::SubI { a: dst, b: a, c: b },
            (_, BinOp::Mul) => Op::MulI { a: dst, b: a, c: b },
            (Class::Unsigned, BinOp::Div) => Op::DivU { a: dst, b: a, c: b },
            (Class::Unsigned, BinOp::Rem) => Op::RemU { a: dst, b: a, c: b },
            (_, BinOp::Div) => Op::DivI { a: dst, b: a, c: b },
            (_, BinOp::Rem) => Op::RemI { a: dst, b: a, c: b },
            (_, BinOp::And) => Op::And { a: dst, b: a, c: b },
            (_, BinOp::Or) => Op::Or { a: dst, b: a, c: b },
            (_, BinOp::Xor) => Op::Xor { a: dst, b: a, c: b },
            (_, BinOp::AndNot) => Op::AndNot { a: dst, b: a, c: b },
            (_, BinOp::Shl) => {
                let b = self.shift_count(b, rty);
                Op::Shl { a: dst, b: a, c: b }
            }
            (Class::Unsigned, BinOp::Shr) => {
                let b = self.shift_count(b, rty);
                Op::ShrU { a: dst, b: a, c: b }
            }
            (_, BinOp::Shr) => {
                let b = self.shift_count(b, rty);
                Op::ShrS { a: dst, b: a, c: b }
            }
            _ => Op::Unreachable,
        };
        self.emit(o);
        match class {
            Class::Float if self.is_f32(ty) => {
                self.emit(Op::RoundF32 { a: dst });
            }
            Class::Signed | Class::Unsigned => self.trunc(dst, ty),
            _ => {}
        }
    }

    /// Shift counts of unsigned 64-bit types may exceed i64::MAX: clamp them so the
    /// signed check for negative counts does not misfire.
    fn shift_count(&mut self, b: R, rty: TypeId) -> R {
        if matches!(
            self.types().basic(rty),
            Some(Basic::Uint | Basic::Uint64 | Basic::Uintptr)
        ) {
            let t = self.temp();
            let big = self.temp();
            self.emit(Op::LoadInt { a: big, v: 64 });
            // min(count, 64) as unsigned: if count <u 64 keep it, else 64.
            self.emit(Op::LtU { a: t, b, c: big });
            let j = self.jump_if(t);
            self.emit(Op::Move { a: t, b: big });
            let end = self.jump();
            self.patch_here(j);
            self.emit(Op::Move { a: t, b });
            self.patch_here(end);
            return t;
        }
        b
    }

    fn compare_op(&mut self, op: BinOp, dst: R, a: R, b: R, ty: TypeId) {
        let class = self.class(ty);
        // Greater-than forms swap their operands.
        let (op, a, b) = match op {
            BinOp::Gt => (BinOp::Lt, b, a),
            BinOp::Ge => (BinOp::Le, b, a),
            o => (o, a, b),
        };
        let o = match (class, op) {
            (Class::Signed | Class::Unsigned, BinOp::Eq) => Op::EqI { a: dst, b: a, c: b },
            (Class::Signed | Class::Unsigned, BinOp::Ne) => Op::NeI { a: dst, b: a, c: b },
            (Class::Signed, BinOp::Lt) => Op::LtI { a: dst, b: a, c: b },
            (Class::Signed, BinOp::Le) => Op::LeI { a: dst, b: a, c: b },
            (Class::Unsigned, BinOp::Lt) => Op::LtU { a: dst, b: a, c: b },
            (Class::Unsigned, BinOp::Le) => Op::LeU { a: dst, b: a, c: b },
            (Class::Float, BinOp::Eq) => Op::EqF { a: dst, b: a, c: b },
            (Class::Float, BinOp::Ne) => Op::NeF { a: dst, b: a, c: b },
            (Class::Float, BinOp::Lt) => Op::LtF { a: dst, b: a, c: b },
            (Class::Float, BinOp::Le) => Op::LeF { a: dst, b: a, c: b },
            (Class::String, BinOp::Lt) => Op::LtS { a: dst, b: a, c: b },
            (Class::String, BinOp::Le) => Op::LeS { a: dst, b: a, c: b },
            (_, BinOp::Eq) => Op::Eq { a: dst, b: a, c: b },
            (_, BinOp::Ne) => Op::Ne { a: dst, b: a, c: b },
            _ => Op::Unreachable,
        };
        self.emit(o);
    }

    fn convert(&mut self, x: &ir::Expr, to: TypeId, dst: R) {
        let from = x.ty;
        let r = self.expr_any(x);
        let (fc, tc) = (self.class(from), self.class(to));
        let tt = self.types();
        let is_runes =
            |t: TypeId| matches!(tt.under(t), TypeKind::Slice(e) if tt.underlying(*e) == INT32);
        let is_bytes =
            |t: TypeId| matches!(tt.under(t), TypeKind::Slice(e) if tt.underlying(*e) == UINT8);
        match (fc, tc) {
            (Class::Signed | Class::Unsigned, Class::Signed | Class::Unsigned) => {
                if r != dst {
                    self.emit(Op::Move { a: dst, b: r });
                }
                self.trunc(dst, to);
            }
            (Class::Signed, Class::Float) => {
                self.emit(Op::IntToFloat { a: dst, b: r });
                if self.is_f32(to) {
                    self.emit(Op::RoundF32 { a: dst });
                }
            }
            (Class::Unsigned, Class::Float) => {
                self.emit(Op::UintToFloat { a: dst, b: r });
                if self.is_f32(to) {
                    self.emit(Op::RoundF32 { a: dst });
                }
            }
            (Class::Float, Class::Signed) => {
                self.emit(Op::FloatToInt { a: dst, b: r });
                self.trunc(dst, to);
            }
            (Class::Float, Class::Unsigned) => {
                self.emit(Op::FloatToUint { a: dst, b: r });
                self.trunc(dst, to);
            }
            (Class::Float, Class::Float) => {
                if r != dst {
                    self.emit(Op::Move { a: dst, b: r });
                }
                if self.is_f32(to) {
                    self.emit(Op::RoundF32 { a: dst });
                }
            }
            (Class::Signed | Class::Unsigned, Class::String) => {
                self.emit(Op::RuneToStr { a: dst, b: r });
            }
            (Class::String, Class::Other) if is_bytes(to) => {
                self.emit(Op::StrToBytes { a: dst, b: r });
            }
            (Class::String, Class::Other) if is_runes(to) => {
                self.emit(Op::StrToRunes { a: dst, b: r });
            }
            (Class::Other, Class::String) if is_bytes(from) => {
                self.emit(Op::BytesToStr { a: dst, b: r });
            }
            (Class::Other, Class::String) if is_runes(from) => {
                self.emit(Op::RunesToStr { a: dst, b: r });
            }
            _ => {
                // Same representation (named/unnamed, pointers): a move, or a copy of
                // an aggregate (a conversion makes a new value).
                if self.is_agg(to) {
                    self.emit(Op::Copy { a: dst, b: r });
                } else if r != dst {
                    self.emit(Op::Move { a: dst, b: r });
                }
            }
        }
    }

    fn addr_of(&mut self, x: &ir::Expr, dst: R) {
        match &x.kind {
            K::Local(l) => {
                if self.is_agg(x.ty) {
                    self.emit(Op::AddrAgg { a: dst, b: *l as R });
                } else {
                    // A boxed local's register holds the pointer to its cell.
                    self.emit(Op::Move { a: dst, b: *l as R });
                }
            }
            K::Upvalue(i) => {
                self.emit(Op::Upval {
                    a: dst,
                    i: *i as u16,
                });
                if self.is_agg(x.ty) {
                    self.emit(Op::AddrAgg { a: dst, b: dst });
                }
            }
            K::Global(g) => {
                self.emit(Op::Global { a: dst, g: *g });
                if self.is_agg(x.ty) {
                    self.emit(Op::AddrAgg { a: dst, b: dst });
                }
            }
            K::Field(b, i) if matches!(b.kind, K::Deref(_)) => {
                let K::Deref(p) = &b.kind else { unreachable!() };
                let pr = self.expr_any(p);
                let i = *i as u16;
                if self.is_agg(x.ty) {
                    self.emit(Op::PtrFieldAgg { a: dst, b: pr, i });
                } else {
                    self.emit(Op::PtrField { a: dst, b: pr, i });
                }
            }
            K::Field(b, i) => {
                let br = self.expr_any(b);
                if self.is_agg(x.ty) {
                    self.emit(Op::GetField {
                        a: dst,
                        b: br,
                        i: *i as u16,
                    });
                    self.emit(Op::AddrAgg { a: dst, b: dst });
                } else {
                    self.emit(Op::FieldPtr {
                        a: dst,
                        b: br,
                        i: *i as u16,
                    });
                }
            }
            K::Index(a, i) => {
                let ar = self.expr_any(a);
                let ir_ = self.expr_any(i);
                if self.is_agg(x.ty) {
                    self.emit(Op::Index {
                        a: dst,
                        b: ar,
                        c: ir_,
                    });
                    self.emit(Op::AddrAgg { a: dst, b: dst });
                } else {
                    self.emit(Op::IndexPtr {
                        a: dst,
                        b: ar,
                        c: ir_,
                    });
                }
            }
            K::Deref(p) => self.expr_to(p, dst),
            _ => {
                // &T{...} and other fresh values: a new object.
                if self.is_agg(x.ty) {
                    self.value_to(x, dst);
                    self.emit(Op::AddrAgg { a: dst, b: dst });
                } else {
                    let t = self.temp();
                    self.value_to(x, t);
                    self.emit(Op::NewCell { a: dst, b: t });
                }
            }
        }
    }

    fn composite(&mut self, c: &ir::Composite, ty: TypeId, dst: R, span: Span) {
        match c {
            ir::Composite::Struct(fields) => {
                self.emit(Op::Zero { a: dst, t: ty.0 });
                let ftys: Vec<TypeId> = self
                    .types()
                    .struct_fields(ty)
                    .map(|f| f.iter().map(|f| f.ty).collect())
                    .unwrap_or_default();
                for i in order::struct_order(fields) {
                    if let Some(e) = &fields[i] {
                        let v = self.temp();
                        self.value_to(e, v);
                        let agg = ftys.get(i).is_some_and(|t| self.is_agg(*t));
                        // The new struct's own zero field is replaced by the fresh value.
                        let _ = agg;
                        self.emit(Op::SetField {
                            a: dst,
                            i: i as u16,
                            b: v,
                        });
                        self.next -= 1;
                    }
                }
            }
            ir::Composite::Array(elems) => {
                self.emit(Op::Zero { a: dst, t: ty.0 });
                self.fill_elems(dst, elems);
            }
            ir::Composite::Slice(elems, len) => {
                let n = self.temps(1);
                let t = self.type_u16(ty, span);
                match i32::try_from(*len) {
                    Ok(l) => {
                        self.emit(Op::LoadInt { a: n, v: l });
                    }
                    Err(_) => {
                        let k = self.konst(Constant::Int(*len as i64));
                        self.emit(Op::LoadK { a: n, k });
                    }
                }
                self.emit(Op::MakeSlice {
                    a: dst,
                    b: n,
                    t,
                    cap: false,
                });
                self.fill_elems(dst, elems);
            }
            ir::Composite::Map(items) => {
                self.emit(Op::MakeMap { a: dst });
                for (k, v) in items {
                    // Each entry is a statement `m[k] = v` of its own to gc.
                    let mark = self.next;
                    let hoisted = self.order(&[Root::Key(ty, k), Root::Expr(v)]);
                    let kr = self.temp();
                    self.value_to(k, kr);
                    let vr = self.temp();
                    self.value_to(v, vr);
                    self.emit(Op::MapSet {
                        a: dst,
                        b: kr,
                        c: vr,
                    });
                    self.hoisted.truncate(hoisted);
                    self.next = mark;
                }
            }
        }
    }

    fn fill_elems(&mut self, dst: R, elems: &[(u64, ir::Expr)]) {
        for (i, e) in elems {
            let ir_ = self.temp();
            match i32::try_from(*i) {
                Ok(v) => {
                    self.emit(Op::LoadInt { a: ir_, v });
                }
                Err(_) => {
                    let k = self.konst(Constant::Int(*i as i64));
                    self.emit(Op::LoadK { a: ir_, k });
                }
            }
            let v = self.temp();
            self.value_to(e, v);
            // A fresh container's slot is replaced, not copied into.
            self.emit(Op::SetIndex {
                a: dst,
                b: ir_,
                c: v,
            });
            self.next -= 2;
        }
    }

    // ----- calls -----

    /// Compiles a call; returns the register where its results start.
    fn call(&mut self, c: &ir::Call, _ty: TypeId) -> R {
        match &c.callee {
            Callee::Static(f) => {
                let n = self.call_arg_count(c);
                let nres = self.result_count(*f);
                let base = self.temps(n.max(nres).max(1));
                self.args_to(c, base);
                self.emit(Op::Call { a: base, f: *f });
                base
            }
            Callee::Value(fv) => {
                let n = self.call_arg_count(c);
                let base = self.temps(n + 1);
                self.expr_to(fv, base);
                self.args_to(c, base + 1);
                self.emit(Op::CallValue { a: base });
                base
            }
            Callee::Iface { recv, method } => {
                let n = self.call_arg_count(c);
                let base = self.temps(n + 1);
                self.expr_to(recv, base);
                self.args_to(c, base + 1);
                let m = self.b.method_id(method);
                self.emit(Op::CallIface { a: base, m });
                base
            }
        }
    }

    fn result_count(&self, f: u32) -> u32 {
        let func = &self.p.funcs[f as usize];
        self.types()
            .signature(func.sig)
            .map(|s| s.results.len() as u32)
            .unwrap_or(0)
    }

    fn builtin(&mut self, b: Builtin, args: &[ir::Expr], dst: R, e: &ir::Expr) {
        match b {
            Builtin::Len | Builtin::Cap => {
                let r = self.expr_any(&args[0]);
                // len of a pointer to an array is the array's length.
                let r = if self.types().is_pointer(args[0].ty) {
                    let t = self.temp();
                    self.emit(Op::Load { a: t, b: r });
                    t
                } else {
                    r
                };
                if b == Builtin::Len {
                    self.emit(Op::Len { a: dst, b: r });
                } else {
                    self.emit(Op::Cap { a: dst, b: r });
                }
            }
            Builtin::Append => {
                let n = args.len() as u32 - 1;
                let base = self.temps(n + 1);
                self.expr_to(&args[0], base);
                for (i, a) in args[1..].iter().enumerate() {
                    self.value_to(a, base + 1 + i as R);
                }
                let t = self.type_u16(e.ty, e.span);
                self.emit(Op::Append {
                    a: base,
                    n: n as u16,
                    t,
                });
                self.emit(Op::Move { a: dst, b: base });
            }
            Builtin::AppendSpread => {
                let base = self.temps(2);
                self.expr_to(&args[0], base);
                self.expr_to(&args[1], base + 1);
                let t = self.type_u16(e.ty, e.span);
                self.emit(Op::AppendSlice {
                    a: base,
                    b: base + 1,
                    t,
                });
                self.emit(Op::Move { a: dst, b: base });
            }
            Builtin::Copy => {
                let a = self.expr_any(&args[0]);
                let s = self.expr_any(&args[1]);
                self.emit(Op::CopySlice { a: dst, b: a, c: s });
            }
            Builtin::Delete => {
                let m = self.expr_any(&args[0]);
                let k = self.temp();
                self.value_to(&args[1], k);
                self.emit(Op::MapDelete { a: m, b: k });
            }
            Builtin::Make => {
                let t = args[0].ty;
                match self.types().under(t) {
                    TypeKind::Slice(_) => {
                        let base = self.temps(2);
                        self.value_to(&args[1], base);
                        let cap = args.len() > 2;
                        if cap {
                            self.value_to(&args[2], base + 1);
                        }
                        let tt = self.type_u16(t, e.span);
                        self.emit(Op::MakeSlice {
                            a: dst,
                            b: base,
                            t: tt,
                            cap,
                        });
                    }
                    TypeKind::Map(..) => {
                        for a in &args[1..] {
                            self.expr_discard(a);
                        }
                        self.emit(Op::MakeMap { a: dst });
                    }
                    _ => {
                        match args.get(1) {
                            Some(n) => self.value_to(n, dst),
                            None => {
                                self.emit(Op::LoadInt { a: dst, v: 0 });
                            }
                        }
                        let elem = self.types().elem(t).unwrap_or(INVALID);
                        self.emit(Op::MakeChan { a: dst, t: elem.0 });
                    }
                }
            }
            Builtin::New => {
                let t = args[0].ty;
                self.emit(Op::New { a: dst, t: t.0 });
            }
            Builtin::Panic => {
                let r = self.temp();
                self.value_to(&args[0], r);
                self.emit(Op::Panic { a: r });
            }
            Builtin::Recover => {
                self.emit(Op::Recover { a: dst });
            }
            Builtin::Print | Builtin::Println => {
                let n = args.len() as u32;
                let base = self.temps(n.max(1));
                for (i, a) in args.iter().enumerate() {
                    self.expr_to(a, base + i as R);
                    // print shows interface values as (type, value) pairs: keep types.
                    let ty = a.ty;
                    if !self.types().is_interface(ty) {
                        self.emit(Op::ToIface {
                            a: base + i as R,
                            t: ty.0,
                        });
                    }
                }
                self.emit(Op::Print {
                    a: base,
                    n: n as u16,
                    ln: b == Builtin::Println,
                });
            }
            Builtin::Min | Builtin::Max => {
                let n = args.len() as u32;
                let base = self.temps(n);
                for (i, a) in args.iter().enumerate() {
                    self.expr_to(a, base + i as R);
                }
                let float = self.class(e.ty) == Class::Float;
                let unsigned = self.class(e.ty) == Class::Unsigned;
                if unsigned {
                    // Unsigned order differs from the signed one MinMax uses: fold with LtU.
                    self.emit(Op::Move { a: dst, b: base });
                    let c = self.temp();
                    for i in 1..n as R {
                        if b == Builtin::Min {
                            self.emit(Op::LtU {
                                a: c,
                                b: base + i,
                                c: dst,
                            });
                        } else {
                            self.emit(Op::LtU {
                                a: c,
                                b: dst,
                                c: base + i,
                            });
                        }
                        let j = self.jump_if_not(c);
                        self.emit(Op::Move {
                            a: dst,
                            b: base + i,
                        });
                        self.patch_here(j);
                    }
                } else {
                    self.emit(Op::MinMax {
                        a: base,
                        n: n as u16,
                        max: b == Builtin::Max,
                        float,
                    });
                    self.emit(Op::Move { a: dst, b: base });
                }
            }
            Builtin::Clear => {
                let r = self.expr_any(&args[0]);
                self.emit(Op::Clear { a: r });
            }
            Builtin::Close => {
                let r = self.expr_any(&args[0]);
                self.emit(Op::Close { a: r });
            }
        }
    }
}

/// A constant that fits an immediate operand (and whose negation does too).
fn small_const(e: &ir::Expr) -> Option<i16> {
    match &e.kind {
        K::Const(c) => c
            .to_i64()
            .and_then(|v| i16::try_from(v).ok())
            .filter(|v| *v != i16::MIN),
        _ => None,
    }
}

/// An evaluated assignment target.
#[derive(Clone, Copy)]
enum Place {
    Blank,
    /// A plain register (a non-shared scalar or a new aggregate local).
    Reg(R),
    /// An aggregate local, assigned by copying.
    AggLocal(R),
    /// A new aggregate local: takes a fresh value, or a copy.
    AggDecl(R),
    /// A new variable that lives in a cell (created by the store).
    NewCell(R),
    /// A cell (or, when the flag is set, an aggregate) designated by R.
    Cell(R, bool),
    Field(R, u16, bool),
    Index(R, R, bool),
    Map(R, R),
    Ptr(R, bool),
}
