//! The interpreter loop: runs one goroutine's instructions until it finishes, yields
//! (its instruction budget ran out), or exits the program.
//!
//! Calls push a frame and continue the loop (`'frames`); nothing recurses on the Rust
//! stack for a Go call. Errors travel as `Trap`s to `panic::handle`, which unwinds the
//! goroutine's frames by running their deferred calls as ordinary frames.

use std::sync::Arc;

use super::goroutine::{Deferred, Frame, FrameKind, Goroutine, ParkRequest, SelectCase};
use super::image::Image;
use super::panic;
use super::value::*;
use super::{Host, Trap};
use crate::compile::opcode::*;
use crate::runtime::chan::{self, ChanObj, Try};
use crate::runtime::natives::NativeCtx;
use crate::runtime::print;

/// Go's limit on a goroutine's stack: 1 GB (runtime/stack.go, maxstacksize on 64-bit).
/// minigo counts a frame's record and its registers against it, which lets simple
/// recursions go several million calls deep, as in Go.
pub const MAX_STACK_BYTES: usize = 1_000_000_000;
/// The frame limit implied by the byte limit (frames alone).
pub const MAX_FRAMES: usize = MAX_STACK_BYTES / std::mem::size_of::<Frame>();
/// The value-stack limit implied by the byte limit (registers alone).
pub const MAX_STACK: usize = MAX_STACK_BYTES / std::mem::size_of::<Value>();

pub enum Outcome {
    /// The goroutine returned from its function (for the main goroutine: the program ended).
    Done,
    /// The goroutine ended by `runtime.Goexit` (main's Goexit does not end the program).
    Goexit,
    /// The instruction budget ran out.
    Yield,
    /// The program exits with this status.
    Exit(i32),
    /// The goroutine must wait: the scheduler retries the operation, then parks it.
    Park(Box<ParkRequest>),
}

/// Runs `g` for at most about `budget` calls and backward jumps.
pub fn run(img: &Image, g: &mut Goroutine, mut budget: u32, host: &mut dyn Host) -> Outcome {
    // A goroutine resuming from a wait may first have to raise a panic (a send on a
    // channel closed meanwhile) or repeat the native call it was blocked in.
    if let Some(t) = g.take_resume_trap()
        && let Some(outcome) = panic::handle(img, g, t, host)
    {
        return outcome;
    }
    if std::mem::take(&mut g.start) {
        // A new goroutine: call its function value, whose arguments follow it.
        let fv = g.stack[0].clone();
        match call_value(img, g, &fv, 0, FrameKind::Normal, host) {
            Ok(_) => {}
            Err(Trap::Park(p)) => return Outcome::Park(p),
            Err(t) => {
                if let Some(outcome) = panic::handle(img, g, t, host) {
                    return outcome;
                }
            }
        }
    }
    if std::mem::take(&mut g.retry)
        && let Some((f, slot, ret)) = g.native_retry.take()
    {
        match enter(
            img,
            g,
            f,
            slot as usize,
            ret as usize,
            None,
            FrameKind::Normal,
            host,
        ) {
            Ok(_) => {}
            Err(Trap::Park(p)) => return Outcome::Park(p),
            Err(t) => {
                if let Some(outcome) = panic::handle(img, g, t, host) {
                    return outcome;
                }
            }
        }
    }
    loop {
        match exec(img, g, &mut budget, host) {
            Ok(outcome) => return outcome,
            Err(Trap::Park(p)) => return Outcome::Park(p),
            Err(trap) => {
                if let Some(outcome) = panic::handle(img, g, trap, host) {
                    return outcome;
                }
            }
        }
    }
}

#[inline(always)]
fn int(v: &Value) -> i64 {
    match v {
        Value::Int(i) => *i,
        _ => 0,
    }
}

#[inline(always)]
fn float(v: &Value) -> f64 {
    match v {
        Value::Float(f) => *f,
        _ => 0.0,
    }
}

/// Writes an integer into a register. When the register already holds an integer only
/// the payload is written: no drop check, and no 24-byte temporary whose partial stores
/// would stall the following load (store forwarding) on every arithmetic instruction.
#[inline(always)]
fn put_int(slot: &mut Value, v: i64) {
    slot.put_int(v)
}

#[inline(always)]
fn put_bool(slot: &mut Value, v: bool) {
    if let Value::Bool(x) = slot {
        *x = v;
    } else {
        slot.put(Value::Bool(v));
    }
}

#[inline(always)]
fn put_float(slot: &mut Value, v: f64) {
    if let Value::Float(x) = slot {
        *x = v;
    } else {
        slot.put(Value::Float(v));
    }
}

fn nil_deref() -> Trap {
    Trap::RuntimeError("invalid memory address or nil pointer dereference".into())
}

/// Makes sure the stack has room for `need` values.
#[inline]
fn ensure(stack: &mut Vec<Value>, need: usize) -> Result<(), Trap> {
    if stack.len() < need {
        if need > MAX_STACK {
            return Err(Trap::StackOverflow);
        }
        stack.resize(need, Value::Nil);
    }
    Ok(())
}

/// Whether a goroutine's frames and registers together pass Go's stack limit.
#[inline]
fn too_deep(g: &Goroutine) -> bool {
    g.frames.len() * std::mem::size_of::<Frame>() + g.stack.len() * std::mem::size_of::<Value>()
        > MAX_STACK_BYTES
}

fn exec(
    img: &Image,
    g: &mut Goroutine,
    budget: &mut u32,
    host: &mut dyn Host,
) -> Result<Outcome, Trap> {
    'frames: loop {
        let Some(frame) = g.frames.last() else {
            return Ok(Outcome::Done);
        };
        let fi = frame.func as usize;
        let proto = &img.prog.funcs[fi];
        let code = &proto.code[..];
        let consts = &img.consts[fi][..];
        let base = frame.base as usize;
        let mut pc = frame.pc as usize;
        ensure(&mut g.stack, base + proto.nregs as usize)?;

        // Saves the pc in the frame (for traces and for resuming).
        macro_rules! save_pc {
            () => {
                if let Some(f) = g.frames.last_mut() {
                    f.pc = pc as u32;
                }
            };
        }
        macro_rules! throw {
            ($t:expr) => {{
                save_pc!();
                return Err($t);
            }};
        }
        macro_rules! r {
            ($i:expr) => {
                g.stack[base + $i as usize]
            };
        }
        macro_rules! set {
            ($i:expr, $v:expr) => {{
                let v = $v;
                g.stack[base + $i as usize].put(v);
            }};
        }
        macro_rules! seti {
            ($i:expr, $v:expr) => {{
                let v: i64 = $v;
                put_int(&mut g.stack[base + $i as usize], v);
            }};
        }
        macro_rules! setb {
            ($i:expr, $v:expr) => {{
                let v: bool = $v;
                put_bool(&mut g.stack[base + $i as usize], v);
            }};
        }
        macro_rules! setf {
            ($i:expr, $v:expr) => {{
                let v: f64 = $v;
                put_float(&mut g.stack[base + $i as usize], v);
            }};
        }
        macro_rules! jump {
            ($off:expr) => {{
                let off = $off as isize;
                pc = (pc as isize + off) as usize;
                if off < 0 {
                    *budget = budget.saturating_sub(1);
                    if *budget == 0 {
                        save_pc!();
                        return Ok(Outcome::Yield);
                    }
                }
            }};
        }

        loop {
            let op = code[pc];
            pc += 1;
            match op {
                Op::Move { a, b } => {
                    if let Value::Int(i) = r!(b) {
                        seti!(a, i);
                    } else {
                        let v = r!(b).clone();
                        set!(a, v);
                    }
                }
                Op::LoadK { a, k } => set!(a, consts[k as usize].clone()),
                Op::LoadInt { a, v } => seti!(a, v as i64),
                Op::LoadNil { a } => set!(a, Value::Nil),
                Op::LoadBool { a, v } => setb!(a, v),
                Op::Zero { a, t } => set!(a, img.zero(crate::check::types::TypeId(t))),
                Op::Global { a, g: gi } => set!(a, img.globals[gi as usize].clone()),
                Op::Upval { a, i } => {
                    let v = match g.frames.last().and_then(|f| f.closure.as_ref()) {
                        Some(c) => c.captures[i as usize].clone(),
                        None => Value::Nil,
                    };
                    set!(a, v);
                }
                Op::NewCell { a, b } => {
                    // Copied, not moved: `y := x` with y captured makes y's cell from a
                    // local x that lives on.
                    let v = r!(b).clone();
                    set!(
                        a,
                        Value::Ptr(Pointer {
                            obj: Obj::cell(v),
                            idx: 0
                        })
                    );
                }
                Op::Load { a, b } => {
                    let v = match &r!(b) {
                        Value::Ptr(p) => {
                            if p.idx == WHOLE {
                                Value::Agg(p.obj.clone())
                            } else {
                                p.obj.get(p.idx as usize)
                            }
                        }
                        _ => throw!(nil_deref()),
                    };
                    set!(a, v);
                }
                Op::Store { a, b } => {
                    let v = r!(b).clone();
                    match &r!(a) {
                        Value::Ptr(p) => p.obj.set(p.idx as usize, v),
                        _ => throw!(nil_deref()),
                    }
                }
                Op::StoreAgg { a, b } => {
                    let v = r!(b).clone();
                    match (&r!(a), &v) {
                        (Value::Ptr(p), Value::Agg(src)) if p.idx == WHOLE => {
                            copy_into(&p.obj, src)
                        }
                        (Value::Ptr(p), _) => p.obj.set_agg(p.idx as usize, &v),
                        _ => throw!(nil_deref()),
                    }
                }
                Op::Copy { a, b } => {
                    let v = deep_copy(&r!(b));
                    set!(a, v);
                }
                Op::CopyInto { a, b } => {
                    if let (Value::Agg(d), Value::Agg(s)) = (&r!(a), &r!(b)) {
                        copy_into(d, s);
                    }
                }
                Op::AddrAgg { a, b } if a == b => {
                    // In place (`&x` of a temporary): the aggregate's reference moves
                    // into the pointer, with no reference count traffic.
                    let slot = &mut r!(a);
                    if let Value::Agg(_) = slot
                        && let Value::Agg(o) = std::mem::take(slot)
                    {
                        slot.put(Value::Ptr(Pointer { obj: o, idx: WHOLE }));
                    }
                }
                Op::AddrAgg { a, b } => {
                    let v = match &r!(b) {
                        Value::Agg(o) => Value::Ptr(Pointer {
                            obj: o.clone(),
                            idx: WHOLE,
                        }),
                        other => other.clone(),
                    };
                    set!(a, v);
                }

                Op::AddI { a, b, c } => seti!(a, int(&r!(b)).wrapping_add(int(&r!(c)))),
                Op::AddIK { a, b, k } => seti!(a, int(&r!(b)).wrapping_add(k as i64)),
                Op::SubI { a, b, c } => seti!(a, int(&r!(b)).wrapping_sub(int(&r!(c)))),
                Op::MulI { a, b, c } => seti!(a, int(&r!(b)).wrapping_mul(int(&r!(c)))),
                Op::DivI { a, b, c } => {
                    let d = int(&r!(c));
                    if d == 0 {
                        throw!(Trap::RuntimeError("integer divide by zero".into()));
                    }
                    seti!(a, int(&r!(b)).wrapping_div(d));
                }
                Op::RemI { a, b, c } => {
                    let d = int(&r!(c));
                    if d == 0 {
                        throw!(Trap::RuntimeError("integer divide by zero".into()));
                    }
                    seti!(a, int(&r!(b)).wrapping_rem(d));
                }
                Op::DivU { a, b, c } => {
                    let d = int(&r!(c)) as u64;
                    if d == 0 {
                        throw!(Trap::RuntimeError("integer divide by zero".into()));
                    }
                    seti!(a, ((int(&r!(b)) as u64) / d) as i64);
                }
                Op::RemU { a, b, c } => {
                    let d = int(&r!(c)) as u64;
                    if d == 0 {
                        throw!(Trap::RuntimeError("integer divide by zero".into()));
                    }
                    seti!(a, ((int(&r!(b)) as u64) % d) as i64);
                }
                Op::And { a, b, c } => seti!(a, int(&r!(b)) & int(&r!(c))),
                Op::Or { a, b, c } => seti!(a, int(&r!(b)) | int(&r!(c))),
                Op::Xor { a, b, c } => seti!(a, int(&r!(b)) ^ int(&r!(c))),
                Op::AndNot { a, b, c } => seti!(a, int(&r!(b)) & !int(&r!(c))),
                Op::Shl { a, b, c } => {
                    let n = int(&r!(c));
                    if n < 0 {
                        throw!(Trap::RuntimeError("negative shift amount".into()));
                    }
                    let x = int(&r!(b));
                    seti!(a, if n >= 64 { 0 } else { x << n });
                }
                Op::ShrS { a, b, c } => {
                    let n = int(&r!(c));
                    if n < 0 {
                        throw!(Trap::RuntimeError("negative shift amount".into()));
                    }
                    let x = int(&r!(b));
                    seti!(a, x >> n.min(63));
                }
                Op::ShrU { a, b, c } => {
                    let n = int(&r!(c));
                    if n < 0 {
                        throw!(Trap::RuntimeError("negative shift amount".into()));
                    }
                    let x = int(&r!(b)) as u64;
                    seti!(a, if n >= 64 { 0 } else { (x >> n) as i64 });
                }
                Op::NegI { a, b } => seti!(a, int(&r!(b)).wrapping_neg()),
                Op::BitNot { a, b } => seti!(a, !int(&r!(b))),
                Op::Trunc { a, kind } => {
                    let v = kind.wrap(int(&r!(a)));
                    seti!(a, v);
                }

                Op::AddF { a, b, c } => setf!(a, float(&r!(b)) + float(&r!(c))),
                Op::SubF { a, b, c } => setf!(a, float(&r!(b)) - float(&r!(c))),
                Op::MulF { a, b, c } => setf!(a, float(&r!(b)) * float(&r!(c))),
                Op::DivF { a, b, c } => setf!(a, float(&r!(b)) / float(&r!(c))),
                Op::NegF { a, b } => setf!(a, -float(&r!(b))),
                Op::RoundF32 { a } => {
                    let v = float(&r!(a)) as f32 as f64;
                    setf!(a, v);
                }

                Op::Concat { a, b, c } => {
                    let v = {
                        let (x, y) = (r!(b).as_bytes(), r!(c).as_bytes());
                        if y.is_empty() {
                            r!(b).clone()
                        } else if x.is_empty() {
                            r!(c).clone()
                        } else {
                            let mut s = Vec::with_capacity(x.len() + y.len());
                            s.extend_from_slice(x);
                            s.extend_from_slice(y);
                            Value::Str(Arc::from(s))
                        }
                    };
                    set!(a, v);
                }

                Op::EqI { a, b, c } => setb!(a, int(&r!(b)) == int(&r!(c))),
                Op::NeI { a, b, c } => setb!(a, int(&r!(b)) != int(&r!(c))),
                Op::LtI { a, b, c } => setb!(a, int(&r!(b)) < int(&r!(c))),
                Op::LeI { a, b, c } => setb!(a, int(&r!(b)) <= int(&r!(c))),
                Op::LtU { a, b, c } => setb!(a, (int(&r!(b)) as u64) < (int(&r!(c)) as u64)),
                Op::LeU { a, b, c } => setb!(a, (int(&r!(b)) as u64) <= (int(&r!(c)) as u64)),
                Op::EqF { a, b, c } => setb!(a, float(&r!(b)) == float(&r!(c))),
                Op::NeF { a, b, c } => setb!(a, float(&r!(b)) != float(&r!(c))),
                Op::LtF { a, b, c } => setb!(a, float(&r!(b)) < float(&r!(c))),
                Op::LeF { a, b, c } => setb!(a, float(&r!(b)) <= float(&r!(c))),
                Op::LtS { a, b, c } => setb!(a, r!(b).as_bytes() < r!(c).as_bytes()),
                Op::LeS { a, b, c } => setb!(a, r!(b).as_bytes() <= r!(c).as_bytes()),
                Op::Eq { a, b, c } | Op::Ne { a, b, c } => {
                    let eq = match eq_checked(img, &r!(b), &r!(c)) {
                        Ok(e) => e,
                        Err(t) => throw!(t),
                    };
                    setb!(a, if matches!(op, Op::Eq { .. }) { eq } else { !eq });
                }
                Op::Not { a, b } => {
                    let v = !r!(b).as_bool();
                    setb!(a, v);
                }

                Op::Jmp { off } => jump!(off),
                Op::JmpRet { off } => {
                    if g.frames.len() == 1 {
                        g.exit_site = crate::detect::site(fi as u32, pc as u32);
                    }
                    jump!(off)
                }
                Op::JmpIf { a, off } => {
                    if r!(a).as_bool() {
                        jump!(off);
                    }
                }
                Op::JmpIfNot { a, off } => {
                    if !r!(a).as_bool() {
                        jump!(off);
                    }
                }
                Op::JmpIfNotLtI { a, b, off } => {
                    if int(&r!(a)) >= int(&r!(b)) {
                        jump!(off);
                    }
                }
                Op::JmpIfNotLeI { a, b, off } => {
                    if int(&r!(a)) > int(&r!(b)) {
                        jump!(off);
                    }
                }
                Op::JmpIfLtI { a, b, off } => {
                    if int(&r!(a)) < int(&r!(b)) {
                        jump!(off);
                    }
                }
                Op::JmpIfLeI { a, b, off } => {
                    if int(&r!(a)) <= int(&r!(b)) {
                        jump!(off);
                    }
                }
                Op::JmpIfNotLtIK { a, k, off } => {
                    if int(&r!(a)) >= k as i64 {
                        jump!(off);
                    }
                }
                Op::JmpIfNotLeIK { a, k, off } => {
                    if int(&r!(a)) > k as i64 {
                        jump!(off);
                    }
                }
                Op::JmpIfLtIK { a, k, off } => {
                    if int(&r!(a)) < k as i64 {
                        jump!(off);
                    }
                }
                Op::JmpIfLeIK { a, k, off } => {
                    if int(&r!(a)) <= k as i64 {
                        jump!(off);
                    }
                }

                Op::IntToFloat { a, b } => setf!(a, int(&r!(b)) as f64),
                Op::UintToFloat { a, b } => setf!(a, int(&r!(b)) as u64 as f64),
                Op::FloatToInt { a, b } => seti!(a, float_to_int(float(&r!(b)))),
                Op::FloatToUint { a, b } => seti!(a, float_to_uint(float(&r!(b))) as i64),
                Op::RuneToStr { a, b } => {
                    let v = int(&r!(b));
                    let c = u32::try_from(v)
                        .ok()
                        .and_then(char::from_u32)
                        .unwrap_or('\u{FFFD}');
                    set!(a, Value::str(c.encode_utf8(&mut [0; 4])));
                }
                Op::StrToBytes { a, b } => {
                    let v = byte_slice_of(r!(b).as_bytes().to_vec());
                    set!(a, v);
                }
                Op::BytesToStr { a, b } => {
                    let v = match &r!(b) {
                        Value::Slice(s) => Value::Str(Arc::from(s.to_bytes())),
                        _ => Value::Str(empty_str()),
                    };
                    set!(a, v);
                }
                Op::StrToRunes { a, b } => {
                    let runes: Vec<Value> = decode_runes(r!(b).as_bytes())
                        .map(|c| Value::Int(c as i64))
                        .collect();
                    set!(a, slice_of(runes));
                }
                Op::RunesToStr { a, b } => {
                    let mut s = String::new();
                    for v in slice_values(&r!(b)) {
                        let c = u32::try_from(int(&v))
                            .ok()
                            .and_then(char::from_u32)
                            .unwrap_or('\u{FFFD}');
                        s.push(c);
                    }
                    set!(a, Value::str(&s));
                }

                Op::GetField { a, b, i } => {
                    let v = match &r!(b) {
                        Value::Agg(o) => o.get(i as usize),
                        _ => throw!(nil_deref()),
                    };
                    set!(a, v);
                }
                Op::SetField { a, i, b } => {
                    let v = r!(b).clone();
                    match &r!(a) {
                        Value::Agg(o) => o.set(i as usize, v),
                        _ => throw!(nil_deref()),
                    }
                }
                Op::SetFieldAgg { a, i, b } => {
                    let v = r!(b).clone();
                    match &r!(a) {
                        Value::Agg(o) => o.set_agg(i as usize, &v),
                        _ => throw!(nil_deref()),
                    }
                }
                Op::LoadField { a, b, i } => {
                    let v = match &r!(b) {
                        Value::Ptr(p) if p.idx == WHOLE => p.obj.get(i as usize),
                        Value::Ptr(p) => match p.obj.get(p.idx as usize) {
                            Value::Agg(o) => o.get(i as usize),
                            _ => throw!(nil_deref()),
                        },
                        _ => throw!(nil_deref()),
                    };
                    set!(a, v);
                }
                Op::PtrField { a, b, i } => {
                    let v = match &r!(b) {
                        Value::Ptr(p) if p.idx == WHOLE => Value::Ptr(Pointer {
                            obj: p.obj.clone(),
                            idx: i as u32,
                        }),
                        Value::Ptr(p) => match p.obj.get(p.idx as usize) {
                            Value::Agg(o) => Value::Ptr(Pointer {
                                obj: o,
                                idx: i as u32,
                            }),
                            _ => throw!(nil_deref()),
                        },
                        _ => throw!(nil_deref()),
                    };
                    set!(a, v);
                }
                Op::PtrFieldAgg { a, b, i } => {
                    let field = match &r!(b) {
                        Value::Ptr(p) if p.idx == WHOLE => p.obj.get(i as usize),
                        Value::Ptr(p) => match p.obj.get(p.idx as usize) {
                            Value::Agg(o) => o.get(i as usize),
                            _ => throw!(nil_deref()),
                        },
                        _ => throw!(nil_deref()),
                    };
                    let v = match field {
                        Value::Agg(o) => Value::Ptr(Pointer { obj: o, idx: WHOLE }),
                        other => other,
                    };
                    set!(a, v);
                }
                Op::FieldPtr { a, b, i } => {
                    let v = match &r!(b) {
                        Value::Agg(o) => Value::Ptr(Pointer {
                            obj: o.clone(),
                            idx: i as u32,
                        }),
                        _ => throw!(nil_deref()),
                    };
                    set!(a, v);
                }
                Op::Index { a, b, c } => {
                    let i = int(&r!(c));
                    let v = match &r!(b) {
                        Value::Slice(s) => {
                            if i < 0 || i >= s.len as i64 {
                                throw!(index_error(i, s.len as i64));
                            }
                            s.obj.get(s.off as usize + i as usize)
                        }
                        Value::Agg(o) => {
                            let n = o.len() as i64;
                            if i < 0 || i >= n {
                                throw!(index_error(i, n));
                            }
                            o.get(i as usize)
                        }
                        _ => throw!(index_error(i, 0)),
                    };
                    set!(a, v);
                }
                Op::SetIndex { a, b, c } | Op::SetIndexAgg { a, b, c } => {
                    let i = int(&r!(b));
                    let v = r!(c).clone();
                    let agg = matches!(op, Op::SetIndexAgg { .. });
                    let (obj, at) = match &r!(a) {
                        Value::Slice(s) => {
                            if i < 0 || i >= s.len as i64 {
                                throw!(index_error(i, s.len as i64));
                            }
                            (s.obj.clone(), s.off as usize + i as usize)
                        }
                        Value::Agg(o) => {
                            let n = o.len() as i64;
                            if i < 0 || i >= n {
                                throw!(index_error(i, n));
                            }
                            (o.clone(), i as usize)
                        }
                        _ => throw!(index_error(i, 0)),
                    };
                    if agg {
                        obj.set_agg(at, &v);
                    } else {
                        obj.set(at, v);
                    }
                }
                Op::IndexPtr { a, b, c } => {
                    let i = int(&r!(c));
                    let v = match &r!(b) {
                        Value::Slice(s) => {
                            if i < 0 || i >= s.len as i64 {
                                throw!(index_error(i, s.len as i64));
                            }
                            Value::Ptr(Pointer {
                                obj: s.obj.clone(),
                                idx: s.off + i as u32,
                            })
                        }
                        Value::Agg(o) => {
                            let n = o.len() as i64;
                            if i < 0 || i >= n {
                                throw!(index_error(i, n));
                            }
                            Value::Ptr(Pointer {
                                obj: o.clone(),
                                idx: i as u32,
                            })
                        }
                        _ => throw!(index_error(i, 0)),
                    };
                    set!(a, v);
                }
                Op::IndexStr { a, b, c } => {
                    let i = int(&r!(c));
                    let v = {
                        let s = r!(b).as_bytes();
                        if i < 0 || i >= s.len() as i64 {
                            throw!(index_error(i, s.len() as i64));
                        }
                        Value::Int(s[i as usize] as i64)
                    };
                    set!(a, v);
                }
                Op::RuneAt { a, b, c } => {
                    let i = int(&r!(c)) as usize;
                    let (ch, w) = decode_rune_at(r!(b).as_bytes(), i);
                    seti!(a, ch as i64);
                    seti!(a + 1, w as i64);
                }
                Op::Slice { a, b, flags } => {
                    let x = r!(b).clone();
                    let lo = if flags & SLICE_LO != 0 {
                        Some(int(&r!(b + 1)))
                    } else {
                        None
                    };
                    let hi = if flags & SLICE_HI != 0 {
                        Some(int(&r!(b + 2)))
                    } else {
                        None
                    };
                    let max = if flags & SLICE_MAX != 0 {
                        Some(int(&r!(b + 3)))
                    } else {
                        None
                    };
                    match slice_value(&x, lo, hi, max, flags) {
                        Ok(v) => set!(a, v),
                        Err(t) => throw!(t),
                    }
                }

                Op::MakeMap { a } => set!(a, Value::Map(MapObj::new())),
                Op::MapGet { a, b, t } | Op::MapGet2 { a, b, t } => {
                    let found = match &r!(b) {
                        Value::Map(m) => m.get(&r!(b + 1)),
                        _ => None,
                    };
                    if let Err(trap) = check_key(img, &r!(b + 1)) {
                        throw!(trap);
                    }
                    let ok = found.is_some();
                    let v =
                        found.unwrap_or_else(|| img.zero(crate::check::types::TypeId(t as u32)));
                    set!(a, v);
                    if matches!(op, Op::MapGet2 { .. }) {
                        setb!(a + 1, ok);
                    }
                }
                // Go's mapassign checks for a nil map before it hashes the key.
                Op::MapSet { a, b, c } => {
                    let Value::Map(m) = &r!(a) else {
                        throw!(Trap::Panic(
                            img.runtime_error_plain("assignment to entry in nil map")
                        ))
                    };
                    if let Err(trap) = check_key(img, &r!(b)) {
                        throw!(trap);
                    }
                    m.insert(&r!(b), r!(c).clone());
                }
                Op::MapAddI { a, b, c } => {
                    let Value::Map(m) = &r!(a) else {
                        throw!(Trap::Panic(
                            img.runtime_error_plain("assignment to entry in nil map")
                        ))
                    };
                    if let Err(trap) = check_key(img, &r!(b)) {
                        throw!(trap);
                    }
                    m.add_int(&r!(b), int(&r!(c)));
                }
                Op::MapDelete { a, b } => {
                    if let Value::Map(m) = &r!(a) {
                        m.remove(&r!(b));
                    }
                }
                Op::MapKeys { a, b } => {
                    let keys = match &r!(b) {
                        Value::Map(m) => {
                            let mut ks: Vec<Value> =
                                m.entries().into_iter().map(|(k, _)| k).collect();
                            // Go randomizes iteration order; minigo rotates the table's order
                            // by a seeded random offset.
                            if ks.len() > 1 {
                                let off = crate::runtime::rand::next_u64() as usize % ks.len();
                                ks.rotate_left(off);
                            }
                            ks
                        }
                        _ => Vec::new(),
                    };
                    set!(a, slice_of(keys));
                }

                Op::MakeSlice { a, b, t, cap } => {
                    let n = int(&r!(b));
                    let c = if cap { int(&r!(b + 1)) } else { n };
                    if n < 0 {
                        throw!(Trap::RuntimeError("makeslice: len out of range".into()));
                    }
                    if c < n || c > u32::MAX as i64 / 2 {
                        throw!(Trap::RuntimeError("makeslice: cap out of range".into()));
                    }
                    let st = crate::check::types::TypeId(t as u32);
                    let elem = img.types().elem(st).unwrap_or(crate::check::types::INT);
                    let obj = img.new_elems(elem, c as usize);
                    set!(
                        a,
                        Value::Slice(SliceRef {
                            obj,
                            off: 0,
                            len: n as u32,
                            cap: c as u32
                        })
                    );
                }
                Op::Append { a, n, t } => {
                    let st = crate::check::types::TypeId(t as u32);
                    let items: Vec<Value> =
                        (1..=n).map(|i| std::mem::take(&mut r!(a + i))).collect();
                    let v = append(img, &r!(a), items, st);
                    set!(a, v);
                }
                Op::AppendSlice { a, b, t } => {
                    let st = crate::check::types::TypeId(t as u32);
                    let items: Vec<Value> = match &r!(b) {
                        Value::Slice(s) => {
                            let elem_agg = img
                                .types()
                                .elem(st)
                                .is_some_and(|e| img.types().is_aggregate(e));
                            let mut v = s.to_vec();
                            if elem_agg {
                                v = v.iter().map(deep_copy).collect();
                            }
                            v
                        }
                        Value::Str(s) => s.iter().map(|&x| Value::Int(x as i64)).collect(),
                        _ => Vec::new(),
                    };
                    let v = append(img, &r!(a), items, st);
                    set!(a, v);
                }
                Op::CopySlice { a, b, c } => {
                    let n = copy_slice(&r!(b), &r!(c));
                    seti!(a, n as i64);
                }
                Op::Len { a, b } => {
                    let n = match &r!(b) {
                        Value::Str(s) => s.len(),
                        Value::Slice(s) => s.len as usize,
                        Value::Agg(o) => o.len(),
                        Value::Map(m) => m.len(),
                        Value::Native(n) => crate::runtime::natives::native_len(n),
                        Value::Chan(c) => c.len(),
                        _ => 0,
                    };
                    seti!(a, n as i64);
                }
                Op::Cap { a, b } => {
                    let n = match &r!(b) {
                        Value::Slice(s) => s.cap as usize,
                        Value::Agg(o) => o.len(),
                        Value::Native(n) => crate::runtime::natives::native_cap(n),
                        Value::Chan(c) => c.cap,
                        _ => 0,
                    };
                    seti!(a, n as i64);
                }
                Op::Clear { a } => match &r!(a) {
                    Value::Map(m) => m.clear(),
                    Value::Slice(s) => {
                        for i in 0..s.len {
                            let at = (s.off + i) as usize;
                            let z = match s.obj.get(at) {
                                Value::Agg(o) => {
                                    let fresh = deep_copy(&Value::Agg(o));
                                    zero_like(&fresh)
                                }
                                other => zero_like(&other),
                            };
                            s.obj.set(at, z);
                        }
                    }
                    _ => {}
                },
                Op::New { a, t } => {
                    let ty = crate::check::types::TypeId(t);
                    let z = img.zero(ty);
                    let v = match z {
                        Value::Agg(o) => Value::Ptr(Pointer { obj: o, idx: WHOLE }),
                        other => Value::Ptr(Pointer {
                            obj: Obj::cell(other),
                            idx: 0,
                        }),
                    };
                    set!(a, v);
                }
                Op::Print { a, n, ln } => {
                    let vals: Vec<Value> = (0..n).map(|i| r!(a + i).clone()).collect();
                    let s = print::builtin_print(img, &vals, ln);
                    img.write_stderr(s.as_bytes());
                }
                Op::MinMax {
                    a,
                    n,
                    max,
                    float: is_float,
                } => {
                    let mut best = r!(a).clone();
                    for i in 1..n {
                        let v = r!(a + i).clone();
                        let better = if is_float {
                            let (x, y) = (v.as_float(), best.as_float());
                            if x.is_nan() || y.is_nan() {
                                // A NaN operand makes the result NaN.
                                x.is_nan()
                            } else if x == y {
                                // min(-0, 0) is -0 and max(-0, 0) is 0.
                                if max {
                                    y.is_sign_negative()
                                } else {
                                    x.is_sign_negative()
                                }
                            } else if max {
                                x > y
                            } else {
                                x < y
                            }
                        } else {
                            match (&v, &best) {
                                (Value::Str(x), Value::Str(y)) => {
                                    if max {
                                        x > y
                                    } else {
                                        x < y
                                    }
                                }
                                _ => {
                                    if max {
                                        int(&v) > int(&best)
                                    } else {
                                        int(&v) < int(&best)
                                    }
                                }
                            }
                        };
                        if better && !(is_float && best.as_float().is_nan()) {
                            best = v;
                        }
                    }
                    set!(a, best);
                }

                Op::ToIface { a, t } => {
                    let v = std::mem::take(&mut r!(a));
                    set!(
                        a,
                        Value::Iface(Arc::new(Iface {
                            ty: crate::check::types::TypeId(t),
                            val: v
                        }))
                    );
                }
                Op::Assert { a, b, i } | Op::Assert2 { a, b, i } | Op::IsType { a, b, i } => {
                    let asrt = proto.asserts[i as usize];
                    let x = r!(b).clone();
                    let (ok, val) = assert_type(img, &x, asrt.target);
                    match op {
                        Op::Assert { .. } => {
                            if !ok {
                                throw!(assert_error(img, &x, asrt.target, asrt.from));
                            }
                            set!(a, val);
                        }
                        Op::Assert2 { .. } => {
                            let v = if ok { val } else { img.zero(asrt.target) };
                            set!(a, v);
                            setb!(a + 1, ok);
                        }
                        _ => setb!(a, ok),
                    }
                }

                Op::Closure { a, f } => {
                    let n = img.prog.funcs[f as usize].ncaptures;
                    let caps: Vec<Value> = (1..=n).map(|i| r!(a + i).clone()).collect();
                    set!(
                        a,
                        Value::Func(Arc::new(Closure {
                            func: f,
                            captures: caps.into_boxed_slice(),
                            bound: None,
                            iface_method: None,
                        }))
                    );
                }
                Op::BindMethod { a, f } => {
                    let recv = std::mem::take(&mut r!(a));
                    set!(
                        a,
                        Value::Func(Arc::new(Closure {
                            func: f,
                            captures: Box::new([]),
                            bound: Some(Box::new(recv)),
                            iface_method: None,
                        }))
                    );
                }
                Op::BindIface { a, m } => {
                    let recv = std::mem::take(&mut r!(a));
                    if recv.is_nil() {
                        throw!(nil_deref());
                    }
                    set!(
                        a,
                        Value::Func(Arc::new(Closure {
                            func: 0,
                            captures: Box::new([]),
                            bound: Some(Box::new(recv)),
                            iface_method: Some(m),
                        }))
                    );
                }
                Op::Call { a, f } => {
                    save_pc!();
                    *budget = budget.saturating_sub(1);
                    let slot = base + a as usize;
                    // Fast path: a bytecode function with room on the stack.
                    if img.natives[f as usize].is_none()
                        && g.frames.len() < MAX_FRAMES
                        && (g.frames.len() & 0xFFF != 0 || !too_deep(g))
                    {
                        let need = slot + img.prog.funcs[f as usize].nregs as usize;
                        if need <= g.stack.len() || ensure(&mut g.stack, need).is_ok() {
                            g.frames.push(Frame {
                                func: f,
                                pc: 0,
                                base: slot as u32,
                                ret: slot as u32,
                                closure: None,
                                defer_mark: g.defers.len() as u32,
                                kind: FrameKind::Normal,
                            });
                            continue 'frames;
                        }
                    }
                    if enter(img, g, f, slot, slot, None, FrameKind::Normal, host)? {
                        continue 'frames;
                    }
                    if *budget == 0 {
                        return Ok(Outcome::Yield);
                    }
                }
                Op::CallValue { a } => {
                    save_pc!();
                    *budget = budget.saturating_sub(1);
                    let slot = base + a as usize;
                    let fv = g.stack[slot].clone();
                    if call_value(img, g, &fv, slot, FrameKind::Normal, host)? {
                        continue 'frames;
                    }
                }
                Op::CallIface { a, m } => {
                    save_pc!();
                    *budget = budget.saturating_sub(1);
                    let slot = base + a as usize;
                    let recv = std::mem::take(&mut g.stack[slot]);
                    let (f, rv) = resolve_iface(img, &recv, m)?;
                    g.stack[slot] = rv;
                    if enter(img, g, f, slot, slot, None, FrameKind::Normal, host)? {
                        continue 'frames;
                    }
                }
                Op::Ret { a, n } => {
                    let frame = g.frames.pop().expect("a frame is running");
                    if g.frames.is_empty() && g.exit_site == 0 {
                        g.exit_site = crate::detect::site(frame.func, pc as u32);
                    }
                    let src = base + a as usize;
                    let dst = frame.ret as usize;
                    if n == 1 {
                        if let Value::Int(i) = g.stack[src] {
                            put_int(&mut g.stack[dst], i);
                        } else {
                            let v = std::mem::take(&mut g.stack[src]);
                            g.stack[dst] = v;
                        }
                    } else {
                        for i in 0..n as usize {
                            let v = std::mem::take(&mut g.stack[src + i]);
                            g.stack[dst + i] = v;
                        }
                    }
                    // The frame's deferred calls have all run by now; registers release
                    // their objects lazily, as the stack is reused.
                    if g.defers.len() > frame.defer_mark as usize {
                        g.defers.truncate(frame.defer_mark as usize);
                    }
                    match frame.kind {
                        FrameKind::Normal | FrameKind::Deferred => {}
                        FrameKind::PanicDeferred { .. } => {
                            if let Some(o) = panic::after_panic_defer(img, g, host)? {
                                return Ok(o);
                            }
                        }
                        FrameKind::PanicPrint => {
                            if let Some(outcome) = panic::after_print_call(img, g, dst, host) {
                                return Ok(outcome);
                            }
                        }
                        FrameKind::GoexitDeferred => {
                            if let Some(o) = panic::goexit(img, g, host) {
                                return Ok(o);
                            }
                        }
                    }
                    continue 'frames;
                }
                Op::RunDefers => {
                    let mark = g.frames.last().map(|f| f.defer_mark).unwrap_or(0) as usize;
                    if g.defers.len() > mark {
                        // Run the latest deferred call, then this instruction again.
                        pc -= 1;
                        save_pc!();
                        let d = g.defers.pop().expect("checked");
                        let top = base + proto.nregs as usize;
                        if run_deferred(img, g, d, top, FrameKind::Deferred, host)? {
                            continue 'frames;
                        }
                        // A native deferred call already ran.
                        continue 'frames;
                    }
                }
                Op::Defer { a, n } => {
                    let func = r!(a).clone();
                    let args: Vec<Value> = (1..=n).map(|i| r!(a + i).clone()).collect();
                    if g.defers.capacity() == 0 {
                        // Most functions defer one call: room for exactly one keeps
                        // a blocked goroutine small (Vec would reserve four).
                        g.defers.reserve_exact(1);
                    }
                    g.defers.push(Deferred {
                        func,
                        args,
                        site: crate::detect::site(fi as u32, pc as u32),
                    });
                }
                Op::Panic { a } => {
                    let v = r!(a).clone();
                    throw!(Trap::Panic(v));
                }
                Op::Recover { a } => {
                    let v = panic::recover(g);
                    set!(a, v);
                }
                Op::Unreachable => throw!(Trap::Fatal(
                    "minigo internal error: reached unreachable code".into()
                )),
                Op::Unsupported { .. } => {
                    throw!(Trap::Fatal("this operation is not supported yet".into()))
                }

                Op::MakeChan { a, t } => {
                    let n = int(&r!(a));
                    if !(0..=(1 << 31)).contains(&n) {
                        throw!(Trap::RuntimeError("makechan: size out of range".into()));
                    }
                    let line = proto.lines.get(pc - 1).copied().unwrap_or(0);
                    let ch = ChanObj::new(
                        crate::check::types::TypeId(t),
                        n as usize,
                        (fi as u32, line),
                    );
                    set!(a, Value::Chan(ch));
                }
                // Send and Recv borrow the channel from its register; the wait takes
                // a reference only when the goroutine parks.
                Op::Send { a, b } => {
                    let Some(ch) = chan::chan_ref(&r!(a)) else {
                        save_pc!();
                        return Ok(Outcome::Park(Box::new(ParkRequest::Forever {
                            reason: "chan send (nil chan)",
                        })));
                    };
                    let v = r!(b).clone();
                    let attempt = {
                        let mut st = ch.lock();
                        chan::try_send_locked(&mut st, ch, v, host)
                    };
                    match attempt {
                        Ok(Try::Done(())) => {}
                        Ok(Try::WouldBlock) => {
                            let (ch, v) = (ch.clone(), r!(b).clone());
                            save_pc!();
                            return Ok(Outcome::Park(Box::new(ParkRequest::Send { ch, val: v })));
                        }
                        Err((t, _)) => throw!(t),
                    }
                }
                Op::Recv { a, b, ok } => {
                    let Some(ch) = chan::chan_ref(&r!(b)) else {
                        save_pc!();
                        return Ok(Outcome::Park(Box::new(ParkRequest::Forever {
                            reason: "chan receive (nil chan)",
                        })));
                    };
                    let attempt = {
                        let mut st = ch.lock();
                        match chan::try_recv_locked(&mut st, ch, || img.zero(ch.elem), host) {
                            Try::Done(got) => Ok(got),
                            Try::WouldBlock => Err(ch.clone()),
                        }
                    };
                    match attempt {
                        Ok((v, okv)) => {
                            set!(a, v);
                            if ok {
                                setb!(a + 1, okv);
                            }
                        }
                        Err(ch) => {
                            save_pc!();
                            let dst = (base + a as usize) as u32;
                            return Ok(Outcome::Park(Box::new(ParkRequest::Recv { ch, dst, ok })));
                        }
                    }
                }
                Op::Close { a } => {
                    let Some(ch) = chan::chan_of(&r!(a)) else {
                        throw!(Trap::RuntimePlain("close of nil channel".into()));
                    };
                    if let Err(t) = chan::close(&ch, || img.zero(ch.elem), host) {
                        throw!(t);
                    }
                }
                Op::Select { a, n, i } => {
                    use crate::runtime::select::{self, CaseRef};
                    let info = &proto.selects[i as usize];
                    // Pass 1 borrows the cases from the registers; they are copied out
                    // only if the goroutine has to park.
                    let (polled, wait) = {
                        let stack = &g.stack[base..];
                        let case = |k: u16| CaseRef {
                            ch: chan::chan_ref(&stack[(a + 3 + 2 * k) as usize]),
                            send: info.sends[k as usize].then(|| &stack[(a + 4 + 2 * k) as usize]),
                        };
                        let cases: smallvec::SmallVec<[CaseRef<'_>; 8]> =
                            (0..n).map(case).collect();
                        let polled = select::poll(img, &cases, host);
                        let wait = match polled {
                            Ok(None) if !info.has_default => {
                                Some(if cases.iter().all(|c| c.ch.is_none()) {
                                    ParkRequest::Forever {
                                        reason: if cases.is_empty() {
                                            "select (no cases)"
                                        } else {
                                            "select"
                                        },
                                    }
                                } else {
                                    ParkRequest::Select {
                                        cases: cases
                                            .iter()
                                            .map(|c| SelectCase {
                                                ch: c.ch.cloned(),
                                                send: c.send.cloned(),
                                            })
                                            .collect(),
                                        dst: (base + a as usize) as u32,
                                    }
                                })
                            }
                            _ => None,
                        };
                        (polled, wait)
                    };
                    if let Some(req) = wait {
                        save_pc!();
                        return Ok(Outcome::Park(Box::new(req)));
                    }
                    match polled {
                        Err(t) => throw!(t),
                        Ok(Some((case, v, okv))) => {
                            seti!(a, case as i64);
                            set!(a + 1, v);
                            setb!(a + 2, okv);
                        }
                        Ok(None) => seti!(a, -1),
                    }
                }
                Op::Go { a, n } => {
                    let fv = r!(a).clone();
                    let args: Vec<Value> = (1..=n).map(|k| r!(a + k).clone()).collect();
                    let line = proto.lines.get(pc - 1).copied().unwrap_or(0);
                    let id = host.next_gid();
                    match new_goroutine(img, id, fv, args) {
                        Ok(mut ng) => {
                            ng.started_at = (fi as u32, line);
                            ng.parent = g.id;
                            host.spawn(ng);
                        }
                        Err(t) => throw!(t),
                    }
                }
            }
        }
    }
}

/// Enters function `f` with its arguments at `stack[start..]`, results to `stack[ret..]`.
/// Natives run at once (false: keep running the current frame); other functions get a
/// frame (true: switch to it).
#[allow(clippy::too_many_arguments)]
pub fn enter(
    img: &Image,
    g: &mut Goroutine,
    f: u32,
    start: usize,
    ret: usize,
    closure: Option<Arc<Closure>>,
    kind: FrameKind,
    host: &mut dyn Host,
) -> Result<bool, Trap> {
    let proto = &img.prog.funcs[f as usize];
    if let Some(native) = img.natives[f as usize] {
        let n = (proto.nparams.max(proto.nresults) as usize).max(1);
        ensure(&mut g.stack, start + n)?;
        let mut ctx = NativeCtx {
            img,
            gid: g.id,
            host,
            frames: &g.frames,
            defer_site: std::mem::take(&mut g.defer_site),
        };
        match native(&mut ctx, &mut g.stack[start..start + n]) {
            Ok(()) => {}
            Err(Trap::Park(p)) => {
                // Remember the call, in case the waker asks for it to run again.
                g.native_retry = Some((f, start as u32, ret as u32));
                return Err(Trap::Park(p));
            }
            Err(t) => return Err(t),
        }
        if ret != start {
            for i in 0..proto.nresults as usize {
                let v = std::mem::take(&mut g.stack[start + i]);
                g.stack[ret + i] = v;
            }
        }
        return Ok(false);
    }
    if g.frames.len() >= MAX_FRAMES || too_deep(g) {
        return Err(Trap::StackOverflow);
    }
    ensure(&mut g.stack, start + proto.nregs as usize)?;
    g.frames.push(Frame {
        func: f,
        pc: 0,
        base: start as u32,
        ret: ret as u32,
        closure: closure.filter(|c| !c.captures.is_empty()),
        defer_mark: g.defers.len() as u32,
        kind,
    });
    Ok(true)
}

/// Calls the function value `fv` whose arguments are at `stack[slot+1..]`; results go
/// to `stack[slot..]`.
pub fn call_value(
    img: &Image,
    g: &mut Goroutine,
    fv: &Value,
    slot: usize,
    kind: FrameKind,
    host: &mut dyn Host,
) -> Result<bool, Trap> {
    let Value::Func(c) = fv else {
        return Err(nil_deref());
    };
    if let Some(m) = c.iface_method {
        let recv = c.bound.as_deref().cloned().unwrap_or_default();
        let (f, rv) = resolve_iface(img, &recv, m)?;
        g.stack[slot] = rv;
        return enter(img, g, f, slot, slot, None, kind, host);
    }
    if let Some(b) = &c.bound {
        // Each call of a method value gets its own copy of a value receiver.
        g.stack[slot] = deep_copy(b);
        return enter(img, g, c.func, slot, slot, Some(c.clone()), kind, host);
    }
    enter(img, g, c.func, slot + 1, slot, Some(c.clone()), kind, host)
}

/// Runs a deferred call with its arguments placed at `top` (above the current frame).
pub fn run_deferred(
    img: &Image,
    g: &mut Goroutine,
    d: Deferred,
    top: usize,
    kind: FrameKind,
    host: &mut dyn Host,
) -> Result<bool, Trap> {
    ensure(&mut g.stack, top + d.args.len() + 2)?;
    for (i, a) in d.args.into_iter().enumerate() {
        g.stack[top + 1 + i] = a;
    }
    g.defer_site = d.site;
    let r = call_value(img, g, &d.func, top, kind, host);
    g.defer_site = 0;
    r
}

/// A new goroutine that calls the function value `fv` with `args` when it first runs.
pub fn new_goroutine(
    img: &Image,
    id: u64,
    fv: Value,
    args: Vec<Value>,
) -> Result<Box<Goroutine>, Trap> {
    let Value::Func(c) = &fv else {
        return Err(Trap::RuntimeError(
            "invalid memory address or nil pointer dereference".into(),
        ));
    };
    // Room for the entry function's registers from the start (it enters at slot 1), so
    // that entering it does not move the stack.
    let proto = &img.prog.funcs[c.func as usize];
    let regs = (proto.nregs as usize).max(proto.nparams.max(proto.nresults) as usize);
    let mut g = Box::new(Goroutine::spawned(id, c.func, 1 + regs.max(args.len())));
    g.stack.push(fv);
    g.stack.extend(args);
    g.start = true;
    Ok(g)
}

/// The function implementing method `m` of an interface value, and the receiver to pass.
fn resolve_iface(img: &Image, recv: &Value, m: u32) -> Result<(u32, Value), Trap> {
    let Value::Iface(iv) = recv else {
        return Err(nil_deref());
    };
    let Some((f, deref)) = img.method(iv.ty, m) else {
        let name = img
            .prog
            .method_names
            .get(m as usize)
            .cloned()
            .unwrap_or_default();
        return Err(Trap::Fatal(format!(
            "minigo internal error: {} has no method {name}",
            img.types().go_name(iv.ty)
        )));
    };
    let rv = if deref {
        match &iv.val {
            Value::Ptr(p) if p.idx == WHOLE => deep_copy(&Value::Agg(p.obj.clone())),
            Value::Ptr(p) => p.obj.get(p.idx as usize),
            _ => return Err(nil_deref()),
        }
    } else {
        deep_copy(&iv.val)
    };
    Ok((f, rv))
}

fn index_error(i: i64, len: i64) -> Trap {
    // Go leaves the length out when the index is negative (runtime.boundsError).
    if i < 0 {
        return Trap::RuntimeError(format!("index out of range [{i}]"));
    }
    Trap::RuntimeError(format!("index out of range [{i}] with length {len}"))
}

/// Go's float-to-int conversion: truncation; out-of-range values are
/// implementation-defined in Go (amd64 gives MinInt64), matched here.
fn float_to_int(f: f64) -> i64 {
    if f.is_nan() || !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&f) {
        i64::MIN
    } else {
        f as i64
    }
}

fn float_to_uint(f: f64) -> u64 {
    if f.is_nan() {
        return 0x8000000000000000;
    }
    if f < 9.223_372_036_854_776e18 {
        return float_to_int(f) as u64;
    }
    // amd64: values of 2^63 and above are converted by subtracting 2^63 first.
    let x = f - 9.223_372_036_854_776e18;
    if x >= 9.223_372_036_854_776e18 {
        0x8000000000000000
    } else {
        (x as i64 as u64) ^ 0x8000000000000000
    }
}

pub fn decode_rune_at(s: &[u8], i: usize) -> (u32, usize) {
    if i >= s.len() {
        return (0xFFFD, 1);
    }
    let b0 = s[i];
    if b0 < 0x80 {
        return (b0 as u32, 1);
    }
    let end = (i + 4).min(s.len());
    match std::str::from_utf8(&s[i..end]) {
        Ok(t) => {
            let c = t.chars().next().unwrap_or('\u{FFFD}');
            (c as u32, c.len_utf8())
        }
        Err(e) => {
            if e.valid_up_to() > 0 {
                let t = std::str::from_utf8(&s[i..i + e.valid_up_to()]).unwrap_or("");
                let c = t.chars().next().unwrap_or('\u{FFFD}');
                (c as u32, c.len_utf8())
            } else {
                (0xFFFD, 1)
            }
        }
    }
}

/// The runes of a byte string as Go decodes them (invalid bytes: U+FFFD each).
pub fn decode_runes(s: &[u8]) -> impl Iterator<Item = u32> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        if i >= s.len() {
            return None;
        }
        let (c, w) = decode_rune_at(s, i);
        i += w;
        Some(c)
    })
}

fn slice_value(
    x: &Value,
    lo: Option<i64>,
    hi: Option<i64>,
    max: Option<i64>,
    flags: u8,
) -> Result<Value, Trap> {
    if flags & SLICE_STR != 0 {
        let s = x.as_bytes();
        let n = s.len() as i64;
        let l = lo.unwrap_or(0);
        let h = hi.unwrap_or(n);
        if h < 0 || h > n {
            return Err(Trap::RuntimeError(format!(
                "slice bounds out of range [:{h}] with length {n}"
            )));
        }
        if l < 0 || l > h {
            return Err(Trap::RuntimeError(format!(
                "slice bounds out of range [{l}:{h}]"
            )));
        }
        return Ok(Value::bytes_str(&s[l as usize..h as usize]));
    }
    let (obj, off, len, cap) = match x {
        Value::Slice(s) => (s.obj.clone(), s.off as i64, s.len as i64, s.cap as i64),
        Value::Agg(o) => {
            let n = o.len() as i64;
            (o.clone(), 0, n, n)
        }
        Value::Ptr(p) if p.idx == WHOLE => {
            let n = p.obj.len() as i64;
            (p.obj.clone(), 0, n, n)
        }
        Value::Nil => {
            let l = lo.unwrap_or(0);
            let h = hi.unwrap_or(0);
            let m = max.unwrap_or(0);
            if l == 0 && h == 0 && m == 0 {
                return Ok(Value::Nil);
            }
            if flags & SLICE_ARR != 0 {
                return Err(nil_deref());
            }
            return Err(Trap::RuntimeError(format!(
                "slice bounds out of range [:{h}] with capacity 0"
            )));
        }
        _ => return Err(nil_deref()),
    };
    let l = lo.unwrap_or(0);
    let h = hi.unwrap_or(len);
    let m = max.unwrap_or(cap);
    let what = if flags & SLICE_ARR != 0 || matches!(x, Value::Ptr(_)) {
        "length"
    } else {
        "capacity"
    };
    if max.is_some() && (m < 0 || m > cap) {
        return Err(Trap::RuntimeError(format!(
            "slice bounds out of range [::{m}] with {what} {cap}"
        )));
    }
    if h < 0 || h > m {
        if max.is_some() {
            return Err(Trap::RuntimeError(format!(
                "slice bounds out of range [:{h}:{m}]"
            )));
        }
        return Err(Trap::RuntimeError(format!(
            "slice bounds out of range [:{h}] with {what} {cap}"
        )));
    }
    if l < 0 || l > h {
        return Err(Trap::RuntimeError(format!(
            "slice bounds out of range [{l}:{h}]"
        )));
    }
    Ok(Value::Slice(SliceRef {
        obj,
        off: (off + l) as u32,
        len: (h - l) as u32,
        cap: (m - l) as u32,
    }))
}

/// `append(s, items...)`: in place when the capacity allows, else into new storage grown
/// as Go grows it.
fn append(
    img: &Image,
    s: &Value,
    items: Vec<Value>,
    slice_t: crate::check::types::TypeId,
) -> Value {
    let add = items.len() as u32;
    let (obj, off, len, cap) = match s {
        Value::Slice(s) => (Some(s.obj.clone()), s.off, s.len, s.cap),
        _ => (None, 0, 0, 0),
    };
    if add == 0 {
        return s.clone();
    }
    let need = len + add;
    if let Some(o) = &obj
        && need <= cap
    {
        for (i, v) in items.into_iter().enumerate() {
            o.set((off + len) as usize + i, v);
        }
        return Value::Slice(SliceRef {
            obj: o.clone(),
            off,
            len: need,
            cap,
        });
    }
    let new_cap = super::layout::grow_cap(cap as u64, need as u64, img.elem_size(slice_t))
        .max(need as u64) as u32;
    let elem = img
        .types()
        .elem(slice_t)
        .unwrap_or(crate::check::types::INT);
    let is_bytes = img.types().underlying(elem) == crate::check::types::UINT8;
    let new_obj = if is_bytes {
        let mut b = match &obj {
            Some(o) => SliceRef {
                obj: o.clone(),
                off,
                len,
                cap,
            }
            .to_bytes(),
            None => Vec::new(),
        };
        b.reserve(new_cap as usize);
        b.extend(items.iter().map(|v| v.as_int() as u8));
        b.resize(new_cap as usize, 0);
        Obj::bytes(b)
    } else {
        let mut v = match &obj {
            Some(o) => {
                let old = SliceRef {
                    obj: o.clone(),
                    off,
                    len,
                    cap,
                }
                .to_vec();
                // Elements move to new storage: aggregates are copied so pointers into
                // the old array keep pointing there, as in Go.
                if img.types().is_aggregate(elem) {
                    old.iter().map(deep_copy).collect()
                } else {
                    old
                }
            }
            None => Vec::new(),
        };
        v.reserve(new_cap as usize);
        v.extend(items);
        while v.len() < new_cap as usize {
            v.push(img.zero(elem));
        }
        Obj::new(v)
    };
    Value::Slice(SliceRef {
        obj: new_obj,
        off: 0,
        len: need,
        cap: new_cap,
    })
}

fn copy_slice(dst: &Value, src: &Value) -> usize {
    let Value::Slice(d) = dst else { return 0 };
    let vals: Vec<Value> = match src {
        Value::Slice(s) => s.to_vec(),
        Value::Str(s) => s.iter().map(|&b| Value::Int(b as i64)).collect(),
        _ => return 0,
    };
    let n = vals.len().min(d.len as usize);
    for (i, v) in vals.into_iter().take(n).enumerate() {
        let at = d.off as usize + i;
        if let Value::Agg(_) = &v {
            d.obj.set_agg(at, &v);
        } else {
            d.obj.set(at, v);
        }
    }
    n
}

/// The zero value of the same kind as `v` (for `clear` on slices).
fn zero_like(v: &Value) -> Value {
    match v {
        Value::Int(_) => Value::Int(0),
        Value::Float(_) => Value::Float(0.0),
        Value::Bool(_) => Value::Bool(false),
        Value::Str(_) => Value::Str(empty_str()),
        Value::Agg(o) => {
            let vals: Vec<Value> = o.snapshot().iter().map(zero_like).collect();
            Value::Agg(Obj::new(vals))
        }
        _ => Value::Nil,
    }
}

/// `x.(T)`: whether it holds, and the value (unboxed for a concrete T).
fn assert_type(img: &Image, x: &Value, target: crate::check::types::TypeId) -> (bool, Value) {
    let Value::Iface(iv) = x else {
        return (false, Value::Nil);
    };
    if img.types().is_interface(target) {
        if img.implements(iv.ty, target) {
            return (true, x.clone());
        }
        return (false, Value::Nil);
    }
    if iv.ty == target {
        return (true, iv.val.clone());
    }
    (false, Value::Nil)
}

fn assert_error(
    img: &Image,
    x: &Value,
    target: crate::check::types::TypeId,
    from: crate::check::types::TypeId,
) -> Trap {
    let tt = img.types();
    let from_s = tt.go_name(from);
    let target_s = tt.go_name(target);
    let msg = match x {
        Value::Iface(iv) => {
            let dyn_s = tt.go_name(iv.ty);
            if tt.is_interface(target) {
                let missing = img.missing_method(iv.ty, target).unwrap_or_default();
                format!("interface conversion: {dyn_s} is not {target_s}: missing method {missing}")
            } else {
                format!("interface conversion: {from_s} is {dyn_s}, not {target_s}")
            }
        }
        _ => {
            if tt.is_interface(target) {
                format!("interface conversion: interface is nil, not {target_s}")
            } else {
                format!("interface conversion: {from_s} is nil, not {target_s}")
            }
        }
    };
    // Go's value is a *runtime.TypeAssertionError, a runtime.Error: "interface conversion: ...".
    Trap::Panic(img.type_assertion_error(&msg))
}

/// Go's `==` with its run-time checks: comparing two interfaces that hold the same
/// uncomparable dynamic type (slice, map, function) panics, also inside structs and
/// arrays. Fields are compared in order and the first difference decides, so a
/// difference before an uncomparable field means no panic (as in Go).
fn eq_checked(img: &Image, a: &Value, b: &Value) -> Result<bool, Trap> {
    match (a, b) {
        (Value::Iface(x), Value::Iface(y)) => {
            if x.ty != y.ty {
                return Ok(false);
            }
            if !img.types().comparable(x.ty) {
                return Err(Trap::RuntimeError(format!(
                    "comparing uncomparable type {}",
                    img.types().go_name(x.ty)
                )));
            }
            eq_checked(img, &x.val, &y.val)
        }
        (Value::Agg(x), Value::Agg(y)) => {
            let (xs, ys) = (x.snapshot(), y.snapshot());
            for (p, q) in xs.iter().zip(&ys) {
                if !eq_checked(img, p, q)? {
                    return Ok(false);
                }
            }
            Ok(xs.len() == ys.len())
        }
        _ => Ok(equal(a, b)),
    }
}

/// Map keys that hold uncomparable values in interfaces (directly or inside structs
/// and arrays) panic when hashed.
fn check_key(img: &Image, k: &Value) -> Result<(), Trap> {
    match k {
        Value::Iface(iv) => {
            if !img.types().comparable(iv.ty) {
                return Err(Trap::RuntimeError(format!(
                    "hash of unhashable type {}",
                    img.types().go_name(iv.ty)
                )));
            }
            check_key(img, &iv.val)
        }
        Value::Agg(o) => {
            for v in o.snapshot() {
                check_key(img, &v)?;
            }
            Ok(())
        }
        _ => Ok(()),
    }
}
