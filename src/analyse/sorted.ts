// Sorted lists of text offsets (anchor positions, quote marks, sentence breaks), searched by halving.

/** The index of the first offset in the ascending list `sorted` at or after `at` (its length when there is none). */
export function firstIndexAtOrAfter(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
