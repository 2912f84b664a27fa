//! Finding fields and methods through embedded structs, method sets, and interface
//! satisfaction.
//!
//! The search is breadth-first by embedding depth, as in Go's spec ("Selectors"): the
//! shallowest match wins, and two matches at the same depth make the selector ambiguous.

use std::collections::HashSet;

use super::types::*;
use super::Checker;

#[derive(Clone, Debug)]
pub(crate) enum Found {
    /// A field: indices of the embedded fields walked, then the field's own index.
    Field { path: Vec<u32>, ty: TypeId },
    /// A declared method of the named type reached through `path` (embedded fields).
    Method {
        path: Vec<u32>,
        decl: MethodDecl,
        recv: TypeId,
        /// An embedded pointer was crossed on the way, so pointer methods are reachable
        /// even from a value.
        indirect: bool,
    },
    /// A method of an interface (the value itself, or an embedded interface field).
    IfaceMethod { path: Vec<u32>, sig: TypeId },
    NotFound,
    Ambiguous,
}

/// Why a type does not implement an interface.
pub(crate) enum Missing {
    Method(String),
    PointerReceiver(String),
    WrongType { name: String, have: TypeId, want: TypeId },
}

impl Checker {
    /// Looks `name` up as a field or method of `t` (a pointer is looked through).
    pub(crate) fn lookup_field_or_method(&self, t: TypeId, name: &str) -> Found {
        let tt = &self.types;
        let mut start = t;
        if let TypeKind::Pointer(e) = tt.kind(t) {
            start = *e;
        } else if !tt.is_named(t) {
            if let TypeKind::Pointer(e) = tt.under(t) {
                start = *e;
            }
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
                    if let Some(n) = tt.named_info(ty) {
                        if let Some(m) = n.methods.iter().find(|m| m.name == name) {
                            count += 1;
                            found = Some(Found::Method {
                                path: path.clone(),
                                decl: m.clone(),
                                recv: ty,
                                indirect,
                            });
                            continue;
                        }
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
        Found::NotFound
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
