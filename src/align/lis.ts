/**
 * Longest strictly increasing subsequence (patience sorting, O(n log n)).
 * Returns one flag per input value: 1 when the value is on the chosen chain.
 * Ties between equally long chains are broken deterministically (earliest tails).
 */
export function longestIncreasing(values: ArrayLike<number>): Uint8Array {
  const n = values.length;
  const tails = new Int32Array(n); // index of the smallest tail of a chain of each length
  const previous = new Int32Array(n);
  let length = 0;
  for (let i = 0; i < n; i++) {
    const value = values[i]!;
    let lo = length;
    // Aligned documents are mostly in order: a value above the last tail extends the longest chain without a search.
    if (length > 0 && values[tails[length - 1]!]! >= value) {
      lo = 0;
      let hi = length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (values[tails[mid]!]! < value) lo = mid + 1;
        else hi = mid;
      }
    }
    previous[i] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = i;
    if (lo === length) length++;
  }
  const onChain = new Uint8Array(n);
  for (let k = length > 0 ? tails[length - 1]! : -1; k >= 0; k = previous[k]!) onChain[k] = 1;
  return onChain;
}
