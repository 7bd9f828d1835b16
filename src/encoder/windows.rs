//! Sentence-aware windows over a long sequence of word pieces. Each window holds at most
//! `budget` pieces, ends at a sentence (else word) boundary when one lies in its second half,
//! and overlaps the next by about `overlap` pieces; each piece is read from the window where it
//! is most central.

use std::ops::Range;

/// Plans windows over `n` pieces. `sentence_starts` and `word_starts` are sorted piece indices
/// where sentences and words begin. Windows cover `0..n` with overlaps and never exceed `budget`.
pub fn plan(
    n: usize,
    sentence_starts: &[usize],
    word_starts: &[usize],
    budget: usize,
    overlap: usize,
) -> Vec<Range<usize>> {
    let budget = budget.max(1);
    let overlap = overlap.min(budget / 2);
    let mut out = Vec::new();
    let mut s = 0;
    while s < n {
        let hard_end = s + budget;
        if hard_end >= n {
            out.push(s..n);
            break;
        }
        let half = s + budget / 2;
        let e = last_in(sentence_starts, half + 1, hard_end)
            .or_else(|| last_in(word_starts, half + 1, hard_end))
            .unwrap_or(hard_end);
        out.push(s..e);
        // The next window starts at a sentence start (the model was trained on windows that
        // do): the last one at least `overlap` pieces back, else any in the overlap, else a word.
        let target = e.saturating_sub(overlap).max(s + 1);
        let next = last_in(sentence_starts, s + 1, target)
            .or_else(|| first_in(sentence_starts, target, e))
            .or_else(|| first_in(word_starts, target, e))
            .unwrap_or(target);
        s = next.max(s + 1);
    }
    out
}

/// Largest value of sorted `xs` in `lo..=hi`.
fn last_in(xs: &[usize], lo: usize, hi: usize) -> Option<usize> {
    let i = xs.partition_point(|&x| x <= hi);
    xs[..i].last().copied().filter(|&x| x >= lo)
}

/// Smallest value of sorted `xs` in `lo..=hi`.
fn first_in(xs: &[usize], lo: usize, hi: usize) -> Option<usize> {
    let i = xs.partition_point(|&x| x < lo);
    xs.get(i).copied().filter(|&x| x <= hi)
}

/// For each piece, the index of the window where it is most central (largest distance to the
/// window's nearer edge; the earlier window on ties).
pub fn owners(n: usize, windows: &[Range<usize>]) -> Vec<usize> {
    let mut best = vec![(0usize, usize::MAX); n];
    for (w, r) in windows.iter().enumerate() {
        for p in r.clone() {
            let centrality = (p - r.start).min(r.end - 1 - p);
            let slot = &mut best[p];
            if slot.1 == usize::MAX || centrality > slot.1 {
                *slot = (w, centrality);
            }
        }
    }
    best.into_iter().map(|(w, _)| w).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_sequence_is_one_window() {
        assert_eq!(plan(10, &[0], &[0, 5], 20, 4), vec![0..10]);
        assert!(plan(0, &[], &[], 20, 4).is_empty());
    }

    #[test]
    fn windows_cover_overlap_and_respect_budget() {
        let n = 1000;
        let words: Vec<usize> = (0..n).step_by(2).collect();
        let sentences: Vec<usize> = (0..n).step_by(30).collect();
        let ws = plan(n, &sentences, &words, 126, 32);
        assert_eq!(ws.first().unwrap().start, 0);
        assert_eq!(ws.last().unwrap().end, n);
        for pair in ws.windows(2) {
            assert!(pair[1].start < pair[0].end, "windows overlap");
            assert!(pair[1].start > pair[0].start, "progress");
        }
        for w in &ws {
            assert!(w.len() <= 126);
            assert!(
                sentences.contains(&w.end) || w.end == n,
                "ends at a sentence start"
            );
        }
        let own = owners(n, &ws);
        for (p, &w) in own.iter().enumerate() {
            assert!(ws[w].contains(&p));
        }
    }

    #[test]
    fn no_boundaries_still_progresses() {
        let ws = plan(300, &[0], &[0], 100, 20);
        assert_eq!(ws.last().unwrap().end, 300);
        assert!(ws.iter().all(|w| w.len() <= 100));
    }
}
