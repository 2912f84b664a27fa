//! Natives of package sort: the reflection that `sort.Slice` needs, and native sorts of
//! `[]int` and `[]string` (whose equal elements cannot be told apart, so any correct
//! sort gives Go's result).

use crate::check::types::{TypeId, TypeKind};
use crate::runtime::natives::{NativeCtx, NativeFn};
use crate::vm::Trap;
use crate::vm::value::*;

pub fn natives() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("sort.sortInts", sort_ints),
        ("sort.sortStrings", sort_strings),
        ("sort.sliceLen", slice_len),
        ("sort.anyLen", any_len),
        ("sort.kindOf", kind_of),
        ("sort.sliceSwapper.swap", slice_swap),
    ]
}

/// Sorts the window of a slice in place with `sort` applied to its values.
fn sort_window(v: &Value, sort: impl FnOnce(&mut [Value])) {
    let Value::Slice(s) = v else { return };
    let (off, len) = (s.off as usize, s.len as usize);
    if len < 2 {
        return;
    }
    let mut guard = s.obj.lock();
    match &mut *guard {
        ObjData::Vals(vals) => sort(&mut vals[off..off + len]),
        ObjData::Bytes(b) => b[off..off + len].sort_unstable(),
    }
}

/// `sortInts(x []int)`
fn sort_ints(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    sort_window(&a[0], |w| w.sort_unstable_by_key(|v| v.as_int()));
    Ok(())
}

/// `sortStrings(x []string)`
fn sort_strings(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    sort_window(&a[0], |w| {
        w.sort_unstable_by(|x, y| x.as_bytes().cmp(y.as_bytes()))
    });
    Ok(())
}

/// The dynamic type and value in an interface argument.
fn dynamic(v: &Value) -> Option<(TypeId, &Value)> {
    match v {
        Value::Iface(iv) => Some((iv.ty, &iv.val)),
        _ => None,
    }
}

/// `sliceLen(x any) int`: the length of the slice in x, or -1 if x holds no slice.
fn slice_len(ctx: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let n = match dynamic(&a[0]) {
        Some((ty, val)) if matches!(ctx.img.types().under(ty), TypeKind::Slice(_)) => match val {
            Value::Slice(s) => s.len as i64,
            _ => 0,
        },
        _ => -1,
    };
    a[0] = Value::Int(n);
    Ok(())
}

/// `anyLen(x any) int`: reflect.Value.Len of x, or -1 if its kind has no length.
fn any_len(ctx: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let n = match dynamic(&a[0]) {
        Some((ty, val)) => match ctx.img.types().under(ty) {
            TypeKind::Slice(_)
            | TypeKind::Map(..)
            | TypeKind::Chan(..)
            | TypeKind::Basic(crate::check::types::Basic::String) => match val {
                Value::Str(s) => s.len() as i64,
                Value::Slice(s) => s.len as i64,
                Value::Map(m) => m.len() as i64,
                Value::Chan(c) => c.len() as i64,
                _ => 0,
            },
            TypeKind::Array(n, _) => *n as i64,
            _ => -1,
        },
        None => -1,
    };
    a[0] = Value::Int(n);
    Ok(())
}

/// `kindOf(x any) string`: reflect's name of the kind of x's dynamic type ("" for nil).
fn kind_of(ctx: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let name = match dynamic(&a[0]) {
        None => "",
        Some((ty, _)) => match ctx.img.types().under(ty) {
            TypeKind::Basic(b) => b.name(),
            TypeKind::Pointer(_) => "ptr",
            TypeKind::Slice(_) => "slice",
            TypeKind::Array(..) => "array",
            TypeKind::Map(..) => "map",
            TypeKind::Chan(..) => "chan",
            TypeKind::Struct(_) => "struct",
            TypeKind::Func(_) => "func",
            TypeKind::Interface(_) => "interface",
            _ => "invalid",
        },
    };
    a[0] = Value::str(name);
    Ok(())
}

/// `(sliceSwapper).swap(i, j int)`: swaps two elements of the slice in the receiver's
/// field x. Aggregates are swapped by exchanging their contents, so pointers to the
/// elements (and into them) keep pointing at the slots, as in Go.
fn slice_swap(_: &mut NativeCtx<'_>, a: &mut [Value]) -> Result<(), Trap> {
    let x = match &a[0] {
        Value::Agg(o) => o.get(0),
        Value::Ptr(p) if p.idx == WHOLE => p.obj.get(0),
        _ => Value::Nil,
    };
    let Some((_, Value::Slice(s))) = dynamic(&x) else {
        return Ok(());
    };
    let (i, j) = (a[1].as_int(), a[2].as_int());
    let len = s.len as i64;
    if i < 0 || j < 0 || i >= len || j >= len {
        return Err(Trap::Panic(Value::iface_str(
            "reflect: slice index out of range",
        )));
    }
    if i == j {
        return Ok(());
    }
    let (i, j) = ((s.off as i64 + i) as usize, (s.off as i64 + j) as usize);
    let nested = {
        let mut g = s.obj.lock();
        match &mut *g {
            ObjData::Bytes(b) => {
                b.swap(i, j);
                None
            }
            ObjData::Vals(v) => match (&v[i], &v[j]) {
                (Value::Agg(x), Value::Agg(y)) => Some((x.clone(), y.clone())),
                _ => {
                    v.swap(i, j);
                    None
                }
            },
        }
    };
    if let Some((x, y)) = nested {
        swap_contents(&x, &y);
    }
    Ok(())
}

/// Exchanges the contents of two aggregates of the same type, nested aggregates
/// included, in place. The two locks are taken in address order, so two swaps of the
/// same pair cannot deadlock (nothing else holds two object locks at once).
fn swap_contents(x: &std::sync::Arc<Obj>, y: &std::sync::Arc<Obj>) {
    if std::sync::Arc::ptr_eq(x, y) {
        return;
    }
    let (first, second) = if std::sync::Arc::as_ptr(x) < std::sync::Arc::as_ptr(y) {
        (x, y)
    } else {
        (y, x)
    };
    let mut inner = Vec::new();
    {
        let mut g1 = first.lock();
        let mut g2 = second.lock();
        match (&mut *g1, &mut *g2) {
            (ObjData::Bytes(b1), ObjData::Bytes(b2)) => std::mem::swap(b1, b2),
            (ObjData::Vals(v1), ObjData::Vals(v2)) => {
                for (e1, e2) in v1.iter_mut().zip(v2.iter_mut()) {
                    match (&*e1, &*e2) {
                        (Value::Agg(o1), Value::Agg(o2)) => inner.push((o1.clone(), o2.clone())),
                        _ => std::mem::swap(e1, e2),
                    }
                }
            }
            (d1, d2) => {
                // Mixed representations (not expected): exchange by value.
                let s1 = match d1 {
                    ObjData::Vals(v) => ObjData::Vals(v.clone()),
                    ObjData::Bytes(b) => ObjData::Bytes(b.clone()),
                };
                let s2 = std::mem::replace(d2, s1);
                *d1 = s2;
            }
        }
    }
    for (o1, o2) in inner {
        swap_contents(&o1, &o2);
    }
}
