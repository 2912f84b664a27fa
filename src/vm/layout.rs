//! Go's memory layout, as far as a program can observe it: `cap` after `append`.
//!
//! Go grows a slice by a formula and then rounds the new backing array up to the
//! allocator's size class, so `cap(append(s, x))` depends on the element's size in bytes.
//! minigo computes both the way Go 1.19 on amd64 does (runtime/slice.go `growslice`,
//! runtime/sizeclasses.go), so programs that print capacities agree with Go.

use crate::check::types::{Basic, TypeId, TypeKind, TypeTable};

/// Go's malloc size classes (runtime/sizeclasses.go, Go 1.19), in bytes.
const SIZE_CLASSES: [u64; 68] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
    2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];

const PAGE_SIZE: u64 = 8192;

/// Rounds an allocation size up to what Go's allocator hands out.
pub fn roundup_size(size: u64) -> u64 {
    if size <= 32768 {
        match SIZE_CLASSES.binary_search(&size) {
            Ok(i) => SIZE_CLASSES[i],
            Err(i) => SIZE_CLASSES[i.min(SIZE_CLASSES.len() - 1)],
        }
    } else {
        size.div_ceil(PAGE_SIZE) * PAGE_SIZE
    }
}

/// The capacity `append` gives a slice of capacity `old_cap` that must hold `needed`
/// elements of `elem_size` bytes.
pub fn grow_cap(old_cap: u64, needed: u64, elem_size: u64) -> u64 {
    let mut newcap = old_cap;
    let doublecap = newcap + newcap;
    if needed > doublecap {
        newcap = needed;
    } else {
        const THRESHOLD: u64 = 256;
        if old_cap < THRESHOLD {
            newcap = doublecap;
        } else {
            // From doubling for small slices to about 1.25x for large ones.
            while newcap > 0 && newcap < needed {
                newcap += (newcap + 3 * THRESHOLD) / 4;
            }
            if newcap == 0 {
                newcap = needed;
            }
        }
    }
    if elem_size == 0 {
        return newcap;
    }
    roundup_size(newcap.saturating_mul(elem_size)) / elem_size
}

/// The size in bytes of a value of type `t` on amd64.
pub fn size_of(tt: &TypeTable, t: TypeId) -> u64 {
    size_align(tt, t).0
}

fn size_align(tt: &TypeTable, t: TypeId) -> (u64, u64) {
    match tt.under(t) {
        TypeKind::Basic(b) => match b {
            Basic::Bool | Basic::Int8 | Basic::Uint8 => (1, 1),
            Basic::Int16 | Basic::Uint16 => (2, 2),
            Basic::Int32 | Basic::Uint32 | Basic::Float32 => (4, 4),
            Basic::String => (16, 8),
            _ => (8, 8),
        },
        TypeKind::Slice(_) => (24, 8),
        TypeKind::Interface(_) => (16, 8),
        TypeKind::Array(n, e) => {
            let (s, a) = size_align(tt, *e);
            (s * n, a)
        }
        TypeKind::Struct(fields) => {
            let mut off = 0u64;
            let mut align = 1u64;
            for f in fields {
                let (s, a) = size_align(tt, f.ty);
                off = off.div_ceil(a) * a + s;
                align = align.max(a);
            }
            // A final zero-size field gets padding so its address stays in bounds.
            if fields.last().is_some_and(|f| size_align(tt, f.ty).0 == 0) && off > 0 {
                off += 1;
            }
            (off.div_ceil(align) * align, align)
        }
        _ => (8, 8),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn growth_matches_go() {
        // Appending ints one at a time to a nil slice: Go prints 1 2 4 8 16 32 64 128 256 512 848.
        let mut cap = 0;
        let mut caps = Vec::new();
        for len in 1..=600u64 {
            if len > cap {
                cap = grow_cap(cap, len, 8);
                caps.push(cap);
            }
        }
        assert_eq!(caps, vec![1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848]);
        // append([]int{}, 1, 2, 3) gives cap 3; five ints round up to a 48-byte class: 6.
        assert_eq!(grow_cap(0, 3, 8), 3);
        assert_eq!(grow_cap(0, 5, 8), 6);
        // Bytes: append([]byte{}, 'a') has cap 8.
        assert_eq!(grow_cap(0, 1, 1), 8);
    }
}
