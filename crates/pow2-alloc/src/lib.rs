//! The page's memory allocator, in place of the standard library's
//! dlmalloc: about 2 KB gzip less wasm, and faster on big articles
//! (docs/PERFORMANCE.md has both, and the memory it costs).
//!
//! Every block is a power of two of bytes (8 bytes up), taken from the top
//! of memory and, once freed, kept in a free list of its size for the next
//! allocation of that size. That is all an analysis needs: it allocates
//! and frees many blocks of few sizes, and its vectors grow by doubling,
//! which is what the sizes are. The cost is memory: a block is up to twice
//! what was asked, and freed blocks of one size never serve another.
//!
//! Memory comes from `memory.grow` in wasm. Built natively (for this
//! crate's tests), it comes from the system allocator, a chunk at a time.
//!
//! Not for threads: the page's wasm runs on one.
#![no_std]

#[cfg(not(target_arch = "wasm32"))]
extern crate std;

use core::alloc::{GlobalAlloc, Layout};
use core::cell::UnsafeCell;
use core::ptr::null_mut;

/// The unit memory grows by: a wasm page.
const PAGE: usize = 65536;
/// The fewest pages taken at a time: each growth of a wasm memory makes
/// the JavaScript glue's views of it stale, to be made again.
const MIN_PAGES: usize = 16;
const CLASSES: usize = usize::BITS as usize;
/// Every block starts at a multiple of its size or of this, whichever is
/// less: so a free block meets any alignment up to this, the most any
/// type in the page asks. A layout asking more gets a new block.
const BLOCK_ALIGN: usize = 16;

/// The allocator: free lists by size class (blocks of `1 << class`
/// bytes), and the untouched memory from `top` to `end`.
pub struct Pow2 {
    state: UnsafeCell<State>,
}

struct State {
    free: [usize; CLASSES],
    top: usize,
    end: usize,
}

// SAFETY: used on one thread only (the page's wasm has one).
unsafe impl Sync for Pow2 {}

impl Pow2 {
    pub const fn new() -> Pow2 {
        Pow2 {
            state: UnsafeCell::new(State {
                free: [0; CLASSES],
                top: 0,
                end: 0,
            }),
        }
    }
}

impl Default for Pow2 {
    fn default() -> Self {
        Self::new()
    }
}

/// The size class of a layout: the least power of two that holds its
/// size and its alignment.
fn class(layout: Layout) -> usize {
    let n = layout.size().max(layout.align()).max(8);
    (usize::BITS - (n - 1).leading_zeros()) as usize
}

/// `pages` more pages of memory: the address of the first, or `None`.
#[cfg(target_arch = "wasm32")]
fn grow(pages: usize) -> Option<usize> {
    let before = core::arch::wasm32::memory_grow(0, pages);
    (before != usize::MAX).then(|| before * PAGE)
}

#[cfg(not(target_arch = "wasm32"))]
fn grow(pages: usize) -> Option<usize> {
    let layout = Layout::from_size_align(pages * PAGE, PAGE).ok()?;
    // SAFETY: the layout is not zero-sized. The chunk is never given back:
    // the tests' allocators live as long as the test.
    let at = unsafe { std::alloc::alloc(layout) };
    (!at.is_null()).then_some(at as usize)
}

const fn align_up(at: usize, align: usize) -> usize {
    (at + align - 1) & !(align - 1)
}

unsafe impl GlobalAlloc for Pow2 {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let c = class(layout);
        if c >= CLASSES - 1 {
            return null_mut();
        }
        // SAFETY: one thread, and nothing here allocates.
        let s = unsafe { &mut *self.state.get() };
        let align = layout.align();
        let head = s.free[c];
        if head != 0 && align <= BLOCK_ALIGN {
            // SAFETY: a free block's first word holds the next free block.
            s.free[c] = unsafe { *(head as *const usize) };
            return head as *mut u8;
        }
        let size = 1usize << c;
        let align = align.max(size.min(BLOCK_ALIGN));
        let mut at = align_up(s.top, align);
        if s.end < size || at > s.end - size {
            let pages = (size + align).div_ceil(PAGE).max(MIN_PAGES);
            let Some(start) = grow(pages) else {
                return null_mut();
            };
            if start != s.end {
                // Not next to the memory left: start afresh at the new pages
                // (what is left at the old top stays unused).
                s.top = start;
            }
            s.end = start + pages * PAGE;
            at = align_up(s.top, align);
        }
        s.top = at + size;
        at as *mut u8
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let c = class(layout);
        // SAFETY: as in `alloc`. The block is at least a word long and
        // aligned to one: it holds the link to the next free block.
        let s = unsafe { &mut *self.state.get() };
        unsafe { *(ptr as *mut usize) = s.free[c] };
        s.free[c] = ptr as usize;
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller promises a size valid for the alignment.
        let new = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        if class(new) == class(layout) {
            // The block already holds the new size.
            return ptr;
        }
        // SAFETY: as GlobalAlloc's own `realloc`: a new block, the bytes
        // both hold copied, the old block freed.
        unsafe {
            let to = self.alloc(new);
            if !to.is_null() {
                core::ptr::copy_nonoverlapping(ptr, to, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
            to
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::vec::Vec;

    fn layout(size: usize, align: usize) -> Layout {
        Layout::from_size_align(size, align).unwrap()
    }

    #[test]
    fn a_size_class_is_the_least_power_of_two_holding_size_and_alignment() {
        assert_eq!(class(layout(0, 1)), 3);
        assert_eq!(class(layout(8, 1)), 3);
        assert_eq!(class(layout(9, 1)), 4);
        assert_eq!(class(layout(1, 64)), 6);
        assert_eq!(class(layout(1 << 20, 8)), 20);
        assert_eq!(class(layout((1 << 20) + 1, 8)), 21);
    }

    #[test]
    fn blocks_are_aligned_and_never_overlap() {
        let a = Pow2::new();
        let mut blocks: Vec<(usize, usize)> = Vec::new();
        for i in 0..2000usize {
            let (size, align) = (1 + (i * 37) % 3000, 1 << (i % 7));
            let p = unsafe { a.alloc(layout(size, align)) } as usize;
            assert_ne!(p, 0);
            assert_eq!(p % align, 0, "block {i} is aligned");
            blocks.push((p, p + size));
        }
        blocks.sort();
        for w in blocks.windows(2) {
            assert!(w[0].1 <= w[1].0, "{:?} overlaps {:?}", w[0], w[1]);
        }
    }

    #[test]
    fn a_freed_block_serves_the_next_allocation_of_its_size() {
        let a = Pow2::new();
        unsafe {
            let p = a.alloc(layout(100, 8));
            let q = a.alloc(layout(100, 8));
            a.dealloc(p, layout(100, 8));
            assert_eq!(a.alloc(layout(120, 8)), p, "the same class (128 bytes)");
            assert_ne!(a.alloc(layout(100, 8)), q);
            let big = a.alloc(layout(300, 8));
            a.dealloc(big, layout(300, 8));
            assert_ne!(a.alloc(layout(100, 8)), big, "another class");
        }
    }

    #[test]
    fn a_free_block_is_reused_only_for_an_alignment_it_meets() {
        let a = Pow2::new();
        unsafe {
            a.alloc(layout(8, 8));
            let p = a.alloc(layout(12, 4));
            assert_eq!(
                p as usize % 16,
                0,
                "every block of 16 bytes or more starts at a multiple of 16"
            );
            a.dealloc(p, layout(12, 4));
            assert_eq!(a.alloc(layout(16, 16)), p);
            let q = a.alloc(layout(20, 4));
            a.dealloc(q, layout(20, 4));
            let r = a.alloc(layout(32, 32));
            assert_eq!(r as usize % 32, 0);
            let small = a.alloc(layout(1, 1));
            a.dealloc(small, layout(1, 1));
            assert_eq!(
                a.alloc(layout(8, 8)),
                small,
                "an 8-byte block is aligned to 8"
            );
        }
    }

    #[test]
    fn realloc_keeps_the_bytes_and_the_block_while_it_fits() {
        let a = Pow2::new();
        unsafe {
            let p = a.alloc(layout(20, 4));
            for i in 0..20 {
                *p.add(i) = i as u8;
            }
            assert_eq!(a.realloc(p, layout(20, 4), 32), p, "32 bytes fit the block");
            let q = a.realloc(p, layout(32, 4), 1000);
            assert_ne!(q, p);
            for i in 0..20 {
                assert_eq!(*q.add(i), i as u8);
            }
            let r = a.realloc(q, layout(1000, 4), 10);
            for i in 0..10 {
                assert_eq!(*r.add(i), i as u8);
            }
        }
    }

    #[test]
    fn blocks_bigger_than_the_growth_step_and_impossible_ones() {
        let a = Pow2::new();
        unsafe {
            let big = a.alloc(layout(3 * MIN_PAGES * PAGE, 8));
            assert!(!big.is_null());
            *big.add(3 * MIN_PAGES * PAGE - 1) = 1;
            let small = a.alloc(layout(16, 8)) as usize;
            assert!(small >= big as usize + (4 * MIN_PAGES * PAGE) || small < big as usize);
            assert!(a.alloc(layout(isize::MAX as usize - 7, 8)).is_null());
        }
    }
}
