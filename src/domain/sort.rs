//! A stable sort that costs little code.
//!
//! `slice::sort_by_key` is fast, but every call site instantiates the whole driftsort and
//! quicksort machinery; with fifteen call sites that was about 45 KB of wasm. The lists sorted
//! here are short (a few thousand entries at most) and nearly always already in order, so a
//! binary insertion sort is just as fast in practice: already sorted input costs n log n
//! comparisons and no moves.

/// Sorts `items` by `key`, keeping the order of items with equal keys (stable).
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..items.len() {
        let k = key(&items[i]);
        // Behind every earlier item whose key is not greater: that keeps the sort stable.
        let at = items[..i].partition_point(|x| key(x) <= k);
        items[at..=i].rotate_right(1);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn edge_cases() {
        let mut empty: [u8; 0] = [];
        sort_by_key(&mut empty, |x| *x);
        let mut one = [5];
        sort_by_key(&mut one, |x| *x);
        assert_eq!(one, [5]);
        let mut reversed = [5, 4, 3, 2, 1];
        sort_by_key(&mut reversed, |x| *x);
        assert_eq!(reversed, [1, 2, 3, 4, 5]);
    }

    proptest! {
        /// Same result as the standard library's stable sort, including the order of equal keys.
        #[test]
        fn matches_std_stable_sort(v in proptest::collection::vec((0u8..8, any::<u16>()), 0..200)) {
            let mut ours = v.clone();
            sort_by_key(&mut ours, |p| p.0);
            let mut std_sorted = v;
            std_sorted.sort_by_key(|p| p.0);
            prop_assert_eq!(ours, std_sorted);
        }
    }
}
