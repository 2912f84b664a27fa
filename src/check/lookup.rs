//! Finding fields and methods through embedded structs, method sets, and interface
//! satisfaction.
//!
//! The search is breadth-first by embedding depth, as in Go's spec ("Selectors"): the
//! shallowest match wins, and two matches at the same depth make the selector ambiguous.

use std::collections::HashSet;

use super::Checker;
use super::types::*;

#[derive(Clone, Debug)]
pub(crate) enum Found {
    /// A field: indices of the embedded fields walked, then the field's own index.
    Field {
        path: Vec<u32>,
        ty: TypeId,
    },
    /// A declared method of the named type reached through `path` (embedded fields).
    Method {
        path: Vec<u32>,
        decl: MethodDecl,
        /// An embedded pointer was crossed on the way, so pointer methods are reachable
        /// even from a value.
        indirect: bool,
    },
    /// A method of an interface (the value itself, or an embedded interface field).
    IfaceMethod {
        path: Vec<u32>,
        sig: TypeId,
    },
    Absent,
    Ambiguous,
}

/// Why a type does not implement an interface.
pub(crate) enum Missing {
    Method(String),
    PointerReceiver(String),
    WrongType {
        name: String,
        have: TypeId,
        want: TypeId,
    },
}

impl Checker {
    /// Looks `name` up as a field or method of `t` (a pointer is looked through).
    pub(crate) fn lookup_field_or_method(&self, t: TypeId, name: &str) -> Found {
        let tt = &self.types;
        let mut start = t;
        if let TypeKind::Pointer(e) = tt.kind(t) {
            start = *e;
        } else if !tt.is_named(t)
            && let TypeKind::Pointer(e) = tt.under(t)
        {
            start = *e;
        }
        let mut current: Vec<(TypeId, Vec<u32>, bool)> = vec![(start, Vec::new(), false)];
        let mut seen: HashSet<TypeId> = HashSet::new();
        while !current.is_empty() {
            let mut next = Vec::new();
            let mut found: Option<Found> = None;
            let mut count = 0;
            for (ty, path, indirect) in current {
                if tt.is_named(ty) {
                    if !seen.insert(ty) {
                        continue;
                    }
                    if let Some(n) = tt.named_info(ty)
                        && let Some(m) = n.methods.iter().find(|m| m.name == name)
                    {
                        count += 1;
                        found = Some(Found::Method {
                            path: path.clone(),
                            decl: m.clone(),
                            indirect,
                        });
                        continue;
                    }
                }
                match tt.under(ty) {
                    TypeKind::Struct(fields) => {
                        for (i, f) in fields.iter().enumerate() {
                            if f.name == name {
                                count += 1;
                                let mut p = path.clone();
                                p.push(i as u32);
                                found = Some(Found::Field { path: p, ty: f.ty });
                            }
                            if f.embedded {
                                let (inner, ptr) = match tt.kind(f.ty) {
                                    TypeKind::Pointer(e) => (*e, true),
                                    _ => (f.ty, false),
                                };
                                let mut p = path.clone();
                                p.push(i as u32);
                                next.push((inner, p, indirect || ptr));
                            }
                        }
                    }
                    TypeKind::Interface(methods) => {
                        if let Some(m) = methods.iter().find(|m| m.name == name) {
                            count += 1;
                            found = Some(Found::IfaceMethod {
                                path: path.clone(),
                                sig: m.sig,
                            });
                        }
                    }
                    _ => {}
                }
            }
            if count > 1 {
                return Found::Ambiguous;
            }
            if let Some(f) = found {
                return f;
            }
            current = next;
        }
        Found::Absent
    }

    /// Finds method `name` in the method set of `t`: its signature, and whether it exists
    /// only in the method set of `*t` (a pointer receiver).
    pub(crate) fn method_in_set(&self, t: TypeId, name: &str) -> Option<(TypeId, bool)> {
        if let Some(ms) = self.types.interface_methods(t) {
            return ms.iter().find(|m| m.name == name).map(|m| (m.sig, false));
        }
        let is_ptr = matches!(self.types.kind(t), TypeKind::Pointer(_));
        match self.lookup_field_or_method(t, name) {
            Found::Method { decl, indirect, .. } => {
                let needs_ptr = decl.ptr_recv && !is_ptr && !indirect;
                Some((decl.sig, needs_ptr))
            }
            Found::IfaceMethod { sig, .. } => Some((sig, false)),
            _ => None,
        }
    }

    /// Whether values of type `t` implement interface `iface`.
    pub(crate) fn implements(&self, t: TypeId, iface: TypeId) -> Result<(), Missing> {
        let Some(methods) = self.types.interface_methods(iface) else {
            return Ok(());
        };
        for m in methods {
            match self.method_in_set(t, &m.name) {
                None => return Err(Missing::Method(m.name.clone())),
                Some((sig, needs_ptr)) => {
                    if sig != m.sig {
                        return Err(Missing::WrongType {
                            name: m.name.clone(),
                            have: sig,
                            want: m.sig,
                        });
                    }
                    if needs_ptr {
                        return Err(Missing::PointerReceiver(m.name.clone()));
                    }
                }
            }
        }
        Ok(())
    }

    /// Explains a failed `implements` the way Go does: "T does not implement I (...)".
    pub(crate) fn missing_text(&self, t: TypeId, iface: TypeId, why: &Missing) -> String {
        let ts = self.types.display(t);
        let is = self.types.display(iface);
        match why {
            Missing::Method(m) => format!("{ts} does not implement {is} (missing method {m})"),
            Missing::PointerReceiver(m) => {
                format!("{ts} does not implement {is} (method {m} has pointer receiver)")
            }
            Missing::WrongType { name, have, want } => format!(
                "{ts} does not implement {is} (wrong type for method {name})\n\t\thave {name}{}\n\t\twant {name}{}",
                self.types.display(*have).trim_start_matches("func"),
                self.types.display(*want).trim_start_matches("func")
            ),
        }
    }
}

impl Checker {
    /// What to write so that `t` implements `iface`, for a missing method: the method
    /// with the wrong case renamed, or a declaration to add (for a type of the program).
    pub(crate) fn missing_help(&self, t: TypeId, iface: TypeId, why: &Missing) -> Option<String> {
        let Missing::Method(name) = why else {
            return None;
        };
        let (base, ptr) = match self.types.pointer_elem(t) {
            Some(e) if self.types.is_named(e) => (e, true),
            _ => (t, false),
        };
        let info = self.types.named_info(base)?;
        if info.pkg != "main" || self.types.is_interface(base) {
            return None;
        }
        if let Some(m) = info
            .methods
            .iter()
            .find(|m| m.name.to_lowercase() == name.to_lowercase())
        {
            return Some(format!(
                "{} has a method {}, but names are case-sensitive: rename it to {name}",
                info.name, m.name
            ));
        }
        let sig = self
            .types
            .interface_methods(iface)?
            .iter()
            .find(|m| &m.name == name)?
            .sig;
        let recv = info.name.chars().next()?.to_lowercase().to_string();
        let star = if ptr { "*" } else { "" };
        let sig = self.types.display(sig);
        Some(format!(
            "add the method: func ({recv} {star}{}) {name}{}",
            info.name,
            sig.trim_start_matches("func")
        ))
    }

    /// Fills in the method tables of every defined type: for T and *T, each method in
    /// the type's method set with the function that implements it. Methods promoted from
    /// embedded fields get a wrapper function that walks to the embedded receiver.
    pub(crate) fn build_vtables(&mut self) {
        let n_named = self.types.named.len();
        for n in 0..n_named {
            let t = self.named_type_id(n);
            let Some(t) = t else { continue };
            if self.types.is_interface(t) {
                continue;
            }
            let names = self.method_names(t);
            if names.is_empty() {
                continue;
            }
            let pt = self.types.pointer(t);
            let mut vt = Vec::new();
            let mut pvt = Vec::new();
            for name in names {
                if let Some((sig, needs_ptr)) = self.method_in_set(t, &name)
                    && !needs_ptr
                    && let Some(e) = self.vtable_entry(t, &name, sig, false)
                {
                    vt.push(e);
                }
                if let Some((sig, _)) = self.method_in_set(pt, &name)
                    && let Some(e) = self.vtable_entry(pt, &name, sig, true)
                {
                    pvt.push(e);
                }
            }
            vt.sort_by(|a, b| a.name.cmp(&b.name));
            pvt.sort_by(|a, b| a.name.cmp(&b.name));
            if let Some(info) = self.types.named_info_mut(t) {
                info.vtable = vt;
                info.ptr_vtable = pvt;
            }
        }
    }

    fn named_type_id(&mut self, n: usize) -> Option<TypeId> {
        // Named kinds are interned, so the id is found by interning the kind again.
        let id = self.types.intern(TypeKind::Named(n as u32));
        Some(id)
    }

    /// Every method name in the method set of *t (declared or promoted).
    fn method_names(&self, t: TypeId) -> Vec<String> {
        let mut names = Vec::new();
        let mut seen = HashSet::new();
        let mut stack = vec![t];
        let mut visited = HashSet::new();
        while let Some(ty) = stack.pop() {
            if !visited.insert(ty) {
                continue;
            }
            if let Some(n) = self.types.named_info(ty) {
                for m in &n.methods {
                    if seen.insert(m.name.clone()) {
                        names.push(m.name.clone());
                    }
                }
            }
            match self.types.under(ty) {
                TypeKind::Struct(fields) => {
                    for f in fields.iter().filter(|f| f.embedded) {
                        stack.push(self.types.pointer_elem(f.ty).unwrap_or(f.ty));
                    }
                }
                TypeKind::Interface(ms) if ty != t => {
                    for m in ms {
                        if seen.insert(m.name.clone()) {
                            names.push(m.name.clone());
                        }
                    }
                }
                _ => {}
            }
        }
        names.sort();
        names
    }

    fn vtable_entry(
        &mut self,
        recv: TypeId,
        name: &str,
        sig: TypeId,
        is_ptr: bool,
    ) -> Option<VEntry> {
        match self.lookup_field_or_method(recv, name) {
            Found::Method { path, decl, .. } if path.is_empty() => Some(VEntry {
                name: name.to_string(),
                func: decl.func,
                deref: is_ptr && !decl.ptr_recv,
                sig,
            }),
            Found::Method { .. } | Found::IfaceMethod { .. } => {
                let f = self.promoted_wrapper(recv, name, sig)?;
                Some(VEntry {
                    name: name.to_string(),
                    func: f,
                    deref: false,
                    sig,
                })
            }
            _ => None,
        }
    }

    /// `func (r R) M(args) results { return r.<path>.M(args) }`
    pub(crate) fn promoted_wrapper(
        &mut self,
        recv: TypeId,
        name: &str,
        sig: TypeId,
    ) -> Option<u32> {
        use super::ir::{self, ExprKind as K};
        let key = (recv, name.to_string());
        if let Some(&f) = self.wrappers.get(&key) {
            return Some(f);
        }
        let span = crate::syntax::ast::Span::default();
        let s = self.types.signature(sig)?.clone();
        let fname = format!("{}.{name}", self.types.go_name(recv));
        let f = self.new_func_pub(fname, span, sig);
        self.wrappers.insert(key, f);
        let mut locals = vec![ir::Local {
            name: "recv".into(),
            ty: recv,
            span,
            captured: false,
            addressed: false,
        }];
        for (i, p) in s.params.iter().enumerate() {
            locals.push(ir::Local {
                name: format!("p{i}"),
                ty: *p,
                span,
                captured: false,
                addressed: false,
            });
        }
        let args_tail: Vec<ir::Expr> = s
            .params
            .iter()
            .enumerate()
            .map(|(i, p)| ir::Expr::new(K::Local(i as u32 + 1), *p, span))
            .collect();
        let base = ir::Expr::new(K::Local(0), recv, span);
        let call = match self.lookup_field_or_method(recv, name) {
            Found::Method { path, decl, .. } => {
                let r = self.field_path(base, &path, span);
                let r = if decl.ptr_recv && !self.types.is_pointer(r.ty) {
                    let p = self.types.pointer(r.ty);
                    ir::Expr::new(K::AddrOf(Box::new(r)), p, span)
                } else if !decl.ptr_recv && self.types.is_pointer(r.ty) {
                    let e = self.types.pointer_elem(r.ty).unwrap_or(INVALID);
                    ir::Expr::new(K::Deref(Box::new(r)), e, span)
                } else {
                    r
                };
                let mut args = vec![r];
                args.extend(args_tail);
                ir::Call::new(ir::Callee::Static(decl.func), args)
            }
            Found::IfaceMethod { path, .. } => {
                let r = self.field_path(base, &path, span);
                ir::Call::new(
                    ir::Callee::Iface {
                        recv: r,
                        method: name.to_string(),
                    },
                    args_tail,
                )
            }
            _ => return None,
        };
        let rt = match s.results.len() {
            0 => VOID,
            1 => s.results[0],
            _ => self.types.tuple(s.results.clone()),
        };
        let call = ir::Expr::new(K::Call(Box::new(call)), rt, span);
        let body = super::expr::wrapper_body(call, s.results.len(), span);
        // The receiver local is the wrapper's first parameter (methods take it first).
        let func = &mut self.funcs[f as usize];
        func.params = (0..locals.len() as u32).collect();
        func.locals = locals;
        func.body = ir::FuncBody::Code(body);
        Some(f)
    }
}
