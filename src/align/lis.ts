/**
 * Longest strictly increasing subsequence (patience sorting, O(n log n)).
 * Returns one flag per input value: true when the value is on the chosen chain.
 * Ties between equally long chains are broken deterministically (earliest tails).
 */
export function longestIncreasing(values: ArrayLike<number>): boolean[] {
  const n = values.length;
  const tails: number[] = []; // index of the smallest tail of a chain of each length
  const previous = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const value = values[i]!;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const onChain = new Array<boolean>(n).fill(false);
  let k = tails.length > 0 ? tails[tails.length - 1]! : -1;
  while (k >= 0) {
    onChain[k] = true;
    k = previous[k]!;
  }
  return onChain;
}
