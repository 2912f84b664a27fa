//! The instruction set: a register machine with 8-byte instructions.
//!
//! Each function has a window of registers `R[0..nregs]` on its goroutine's value stack;
//! parameters arrive in `R[0..]`. Operands are register numbers unless noted. Each entry
//! documents its operands and effect as `effect` (like Lua's `lopcodes.h`). Anything that
//! can fail at run time panics the goroutine with Go's message.
//!
//! Calling convention: the caller puts the arguments in consecutive registers starting at
//! `a`; the callee's window starts there, and its results are copied back to `R[a..]`.

use std::fmt;

/// A register number.
pub type R = u16;

/// Integer kinds narrower than 64 bits, for `Trunc`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntKind {
    I8,
    I16,
    I32,
    U8,
    U16,
    U32,
}

impl IntKind {
    #[inline]
    pub fn wrap(self, v: i64) -> i64 {
        match self {
            IntKind::I8 => v as i8 as i64,
            IntKind::I16 => v as i16 as i64,
            IntKind::I32 => v as i32 as i64,
            IntKind::U8 => v as u8 as i64,
            IntKind::U16 => v as u16 as i64,
            IntKind::U32 => v as u32 as i64,
        }
    }
}

/// How a `Slice` operation's operands are laid out: `R[b]` is the sliced value and the
/// flags say which of `lo` (R[b+1]), `hi` (R[b+2]) and `max` (R[b+3]) are present.
pub const SLICE_LO: u8 = 1;
pub const SLICE_HI: u8 = 2;
pub const SLICE_MAX: u8 = 4;
/// The operand is a string.
pub const SLICE_STR: u8 = 8;
/// The operand is an array (an aggregate), not a slice.
pub const SLICE_ARR: u8 = 16;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    // ----- moves, constants, variables -----
    /// `R[a] = R[b]`
    Move {
        a: R,
        b: R,
    },
    /// `R[a] = K[k]` (the function's constant pool)
    LoadK {
        a: R,
        k: u32,
    },
    /// `R[a] = Int(v)`
    LoadInt {
        a: R,
        v: i32,
    },
    /// `R[a] = nil`
    LoadNil {
        a: R,
    },
    /// `R[a] = Bool(v)`
    LoadBool {
        a: R,
        v: bool,
    },
    /// `R[a] = zero value of type t` (a fresh object for structs and arrays)
    Zero {
        a: R,
        t: u32,
    },
    /// `R[a] = handle of global g`: a cell pointer, or the aggregate itself
    Global {
        a: R,
        g: u32,
    },
    /// `R[a] = capture i of the running closure` (a cell pointer or an aggregate)
    Upval {
        a: R,
        i: u16,
    },
    /// `R[a] = pointer to a new cell holding R[b]`
    NewCell {
        a: R,
        b: R,
    },
    /// `R[a] = *R[b]`: the slot a pointer designates (nil: panic)
    Load {
        a: R,
        b: R,
    },
    /// `*R[a] = R[b]`
    Store {
        a: R,
        b: R,
    },
    /// `*R[a] = R[b]` for an aggregate: copied into the pointed-to aggregate
    StoreAgg {
        a: R,
        b: R,
    },
    /// `R[a] = copy of aggregate R[b]`
    Copy {
        a: R,
        b: R,
    },
    /// `aggregate R[a] = aggregate R[b]`, copied into R[a]'s storage
    CopyInto {
        a: R,
        b: R,
    },
    /// `R[a] = &R[b]`, R[b] an aggregate
    AddrAgg {
        a: R,
        b: R,
    },

    // ----- integer arithmetic: 64-bit, wrapping -----
    /// `R[a] = R[b] + R[c]`
    AddI {
        a: R,
        b: R,
        c: R,
    },
    /// `R[a] = R[b] + k`
    AddIK {
        a: R,
        b: R,
        k: i16,
    },
    SubI {
        a: R,
        b: R,
        c: R,
    },
    MulI {
        a: R,
        b: R,
        c: R,
    },
    /// Signed division (truncating; divisor 0 panics; MinInt64/-1 wraps as in Go)
    DivI {
        a: R,
        b: R,
        c: R,
    },
    RemI {
        a: R,
        b: R,
        c: R,
    },
    /// Unsigned division and remainder of the operands' bits
    DivU {
        a: R,
        b: R,
        c: R,
    },
    RemU {
        a: R,
        b: R,
        c: R,
    },
    And {
        a: R,
        b: R,
        c: R,
    },
    Or {
        a: R,
        b: R,
        c: R,
    },
    Xor {
        a: R,
        b: R,
        c: R,
    },
    AndNot {
        a: R,
        b: R,
        c: R,
    },
    /// Shifts: a negative count panics, a count of 64 or more shifts everything out
    Shl {
        a: R,
        b: R,
        c: R,
    },
    /// Arithmetic (signed) right shift
    ShrS {
        a: R,
        b: R,
        c: R,
    },
    /// Logical (unsigned) right shift of the operand's 64 bits
    ShrU {
        a: R,
        b: R,
        c: R,
    },
    /// Count is unsigned (a uint operand: never negative)
    NegI {
        a: R,
        b: R,
    },
    /// `R[a] = ^R[b]`
    BitNot {
        a: R,
        b: R,
    },
    /// `R[a] = R[a]` wrapped to a narrower integer type
    Trunc {
        a: R,
        kind: IntKind,
    },

    // ----- floating point -----
    AddF {
        a: R,
        b: R,
        c: R,
    },
    SubF {
        a: R,
        b: R,
        c: R,
    },
    MulF {
        a: R,
        b: R,
        c: R,
    },
    DivF {
        a: R,
        b: R,
        c: R,
    },
    NegF {
        a: R,
        b: R,
    },
    /// `R[a]` rounded to float32 precision
    RoundF32 {
        a: R,
    },

    // ----- strings -----
    /// `R[a] = R[b] + R[c]`
    Concat {
        a: R,
        b: R,
        c: R,
    },

    // ----- comparison: R[a] = Bool(R[b] op R[c]) -----
    EqI {
        a: R,
        b: R,
        c: R,
    },
    NeI {
        a: R,
        b: R,
        c: R,
    },
    LtI {
        a: R,
        b: R,
        c: R,
    },
    LeI {
        a: R,
        b: R,
        c: R,
    },
    LtU {
        a: R,
        b: R,
        c: R,
    },
    LeU {
        a: R,
        b: R,
        c: R,
    },
    EqF {
        a: R,
        b: R,
        c: R,
    },
    NeF {
        a: R,
        b: R,
        c: R,
    },
    LtF {
        a: R,
        b: R,
        c: R,
    },
    LeF {
        a: R,
        b: R,
        c: R,
    },
    LtS {
        a: R,
        b: R,
        c: R,
    },
    LeS {
        a: R,
        b: R,
        c: R,
    },
    /// Go's `==` on any comparable values (strings, structs, pointers, interfaces, ...);
    /// interfaces holding uncomparable dynamic types panic
    Eq {
        a: R,
        b: R,
        c: R,
    },
    Ne {
        a: R,
        b: R,
        c: R,
    },
    /// `R[a] = !R[b]`
    Not {
        a: R,
        b: R,
    },

    // ----- jumps: pc-relative, from the next instruction -----
    Jmp {
        off: i32,
    },
    /// A `return` in a function with deferred calls: a jump to its epilogue that also
    /// notes, in a goroutine's last frame, which return statement ended it (the
    /// detector's "returned at line 15 without calling wg.Done()").
    JmpRet {
        off: i32,
    },
    JmpIf {
        a: R,
        off: i32,
    },
    JmpIfNot {
        a: R,
        off: i32,
    },
    /// Fused integer compare-and-jump (loop tests): jump unless `R[a] < R[b]`
    JmpIfNotLtI {
        a: R,
        b: R,
        off: i16,
    },
    /// Jump unless `R[a] <= R[b]`
    JmpIfNotLeI {
        a: R,
        b: R,
        off: i16,
    },
    /// Jump if `R[a] < R[b]`
    JmpIfLtI {
        a: R,
        b: R,
        off: i16,
    },
    /// Jump if `R[a] <= R[b]`
    JmpIfLeI {
        a: R,
        b: R,
        off: i16,
    },
    /// Jump unless `R[a] < k`
    JmpIfNotLtIK {
        a: R,
        k: i16,
        off: i16,
    },
    /// Jump unless `R[a] <= k`
    JmpIfNotLeIK {
        a: R,
        k: i16,
        off: i16,
    },
    /// Jump if `R[a] < k`
    JmpIfLtIK {
        a: R,
        k: i16,
        off: i16,
    },
    /// Jump if `R[a] <= k`
    JmpIfLeIK {
        a: R,
        k: i16,
        off: i16,
    },

    // ----- conversions: R[a] = convert(R[b]) -----
    IntToFloat {
        a: R,
        b: R,
    },
    UintToFloat {
        a: R,
        b: R,
    },
    /// Truncates toward zero (as Go does); the result is then wrapped if narrow
    FloatToInt {
        a: R,
        b: R,
    },
    FloatToUint {
        a: R,
        b: R,
    },
    /// A code point to its UTF-8 string (invalid ones become U+FFFD)
    RuneToStr {
        a: R,
        b: R,
    },
    StrToBytes {
        a: R,
        b: R,
    },
    BytesToStr {
        a: R,
        b: R,
    },
    StrToRunes {
        a: R,
        b: R,
    },
    RunesToStr {
        a: R,
        b: R,
    },

    // ----- structs and arrays (aggregates) -----
    /// `R[a] = R[b].field[i]` (an aggregate field is returned by reference)
    GetField {
        a: R,
        b: R,
        i: u16,
    },
    /// `R[a].field[i] = R[b]`
    SetField {
        a: R,
        i: u16,
        b: R,
    },
    /// `R[a].field[i] = R[b]`, an aggregate copied into the field's storage
    SetFieldAgg {
        a: R,
        i: u16,
        b: R,
    },
    /// `R[a] = &R[b].field[i]` for a non-aggregate field
    FieldPtr {
        a: R,
        b: R,
        i: u16,
    },
    /// `R[a] = R[b].field[i]` with R[b] a pointer to a struct (`p.f`): a load and a
    /// field read without the struct passing through a register
    LoadField {
        a: R,
        b: R,
        i: u16,
    },
    /// `R[a] = &R[b].field[i]` with R[b] a pointer to a struct, for a non-aggregate field
    PtrField {
        a: R,
        b: R,
        i: u16,
    },
    /// `R[a] = &R[b].field[i]` with R[b] a pointer to a struct, for an aggregate field
    /// (`&p.mu`, the receiver of `p.mu.Lock()`)
    PtrFieldAgg {
        a: R,
        b: R,
        i: u16,
    },
    /// `R[a] = R[b][R[c]]` for arrays and slices (bounds checked)
    Index {
        a: R,
        b: R,
        c: R,
    },
    /// `R[a][R[b]] = R[c]`
    SetIndex {
        a: R,
        b: R,
        c: R,
    },
    /// `R[a][R[b]] = R[c]`, an aggregate element copied into place
    SetIndexAgg {
        a: R,
        b: R,
        c: R,
    },
    /// `R[a] = &R[b][R[c]]` for a non-aggregate element
    IndexPtr {
        a: R,
        b: R,
        c: R,
    },
    /// `R[a] = R[b][R[c]]`, a byte of a string
    IndexStr {
        a: R,
        b: R,
        c: R,
    },
    /// `R[a], R[a+1] =` the rune starting at byte R[c] of string R[b], and its width
    /// (invalid UTF-8 gives U+FFFD, width 1: Go's `range` over strings)
    RuneAt {
        a: R,
        b: R,
        c: R,
    },
    /// `R[a] = R[b][lo:hi:max]`, see the `SLICE_*` flags
    Slice {
        a: R,
        b: R,
        flags: u8,
    },

    // ----- maps -----
    /// `R[a] = make(map)`
    MakeMap {
        a: R,
    },
    /// `R[a] = R[b][R[b+1]]`, the zero value of type t if absent
    MapGet {
        a: R,
        b: R,
        t: u16,
    },
    /// `R[a], R[a+1] = R[b][R[b+1]]` (value, present)
    MapGet2 {
        a: R,
        b: R,
        t: u16,
    },
    /// `R[a][R[b]] = R[c]` (nil map: panic)
    MapSet {
        a: R,
        b: R,
        c: R,
    },
    /// `R[a][R[b]] += R[c]` for a 64-bit integer element type: `m[k]++`, `m[k] += v`
    /// with one lookup (nil map: panic)
    MapAddI {
        a: R,
        b: R,
        c: R,
    },
    /// `delete(R[a], R[b])`
    MapDelete {
        a: R,
        b: R,
    },
    /// `R[a] =` the keys of map R[b] as a slice, in a random order (for `range`)
    MapKeys {
        a: R,
        b: R,
    },

    // ----- slices and builtins -----
    /// `R[a] = make(slice type t, R[b][, R[b+1]])`
    MakeSlice {
        a: R,
        b: R,
        t: u16,
        cap: bool,
    },
    /// `R[a] = append(R[a], R[a+1..=a+n])` for slice type t
    Append {
        a: R,
        n: u16,
        t: u16,
    },
    /// `R[a] = append(R[a], R[b]...)` (R[b] a slice or, for []byte, a string)
    AppendSlice {
        a: R,
        b: R,
        t: u16,
    },
    /// `R[a] = copy(R[b], R[c])`
    CopySlice {
        a: R,
        b: R,
        c: R,
    },
    /// `R[a] = len(R[b])` for strings, slices, arrays, maps and channels
    Len {
        a: R,
        b: R,
    },
    Cap {
        a: R,
        b: R,
    },
    /// `clear(R[a])`
    Clear {
        a: R,
    },
    /// `R[a] = new(T)`: a pointer to a new zero value of type t
    New {
        a: R,
        t: u32,
    },
    /// `print`/`println` of R[a..a+n] to standard error
    Print {
        a: R,
        n: u16,
        ln: bool,
    },
    /// `R[a] = min/max(R[a..a+n])`; `max` selects max, `float` NaN-aware float rules
    MinMax {
        a: R,
        n: u16,
        max: bool,
        float: bool,
    },

    // ----- interfaces -----
    /// `R[a] = interface value of dynamic type t holding R[a]`
    ToIface {
        a: R,
        t: u32,
    },
    /// `R[a] = R[b].(T)` for assertion i of the function's table (failure panics)
    Assert {
        a: R,
        b: R,
        i: u16,
    },
    /// `R[a], R[a+1] = R[b].(T)` (value or zero, ok)
    Assert2 {
        a: R,
        b: R,
        i: u16,
    },
    /// `R[a] = R[b]'s dynamic type matches assertion i` (type switch cases)
    IsType {
        a: R,
        b: R,
        i: u16,
    },

    // ----- functions -----
    /// `R[a] = closure of function f` capturing the handles in R[a+1..] (as many as f has)
    Closure {
        a: R,
        f: u32,
    },
    /// `R[a] = method value: function f bound to receiver R[a]`
    BindMethod {
        a: R,
        f: u32,
    },
    /// `R[a] = method value: interface R[a]'s method named m`
    BindIface {
        a: R,
        m: u32,
    },
    /// Call function f with arguments R[a..]; results in R[a..]
    Call {
        a: R,
        f: u32,
    },
    /// Call the function value R[a] with arguments R[a+1..]; results in R[a..]
    CallValue {
        a: R,
    },
    /// Call method m of the interface value R[a] with arguments R[a+1..]; results in R[a..]
    CallIface {
        a: R,
        m: u32,
    },
    /// Return R[a..a+n]
    Ret {
        a: R,
        n: u16,
    },
    /// Run the calling frame's deferred calls, most recent first (re-executes itself
    /// until none is left)
    RunDefers,
    /// Defer a call of the function value R[a] with arguments R[a+1..=a+n]
    Defer {
        a: R,
        n: u16,
    },
    /// `panic(R[a])`
    Panic {
        a: R,
    },
    /// `R[a] = recover()`
    Recover {
        a: R,
    },
    /// Reaching this is a compiler bug (e.g. the end of a function with results).
    Unreachable,
    /// An operation this build of minigo cannot run (kept for a clear message).
    Unsupported {
        what: u16,
    },

    // ----- goroutines and channels (may suspend the goroutine) -----
    /// `R[a] = make(chan T, R[a])` for element type t
    MakeChan {
        a: R,
        t: u32,
    },
    /// `R[a] <- R[b]`
    Send {
        a: R,
        b: R,
    },
    /// `R[a] = <-R[b]`; with `ok`, also `R[a+1] = ok`
    Recv {
        a: R,
        b: R,
        ok: bool,
    },
    /// `close(R[a])`
    Close {
        a: R,
    },
    /// `select` with case table i: channels and values in R[a+3..] (two per case);
    /// the chosen case goes to R[a] (-1: default), a received value to R[a+1], ok to R[a+2]
    Select {
        a: R,
        n: u16,
        i: u16,
    },
    /// `go` a call of the function value R[a] with arguments R[a+1..=a+n]
    Go {
        a: R,
        n: u16,
    },
}

impl fmt::Display for Op {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `Name { a: 1, b: 2 }` → `Name a=1 b=2`, compact for the disassembler.
        let s = format!("{self:?}");
        let s = s.replace(['{', '}', ','], "").replace(": ", "=");
        f.write_str(s.trim_end())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn instructions_are_eight_bytes() {
        assert_eq!(std::mem::size_of::<super::Op>(), 8);
    }
}
