/**
 * Dice coefficient of the character bigrams of two strings, in [0, 1]:
 * 1 for equal strings, 0 when they share no bigram. Works for CJK text without segmentation.
 */
export function diceSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const x = [...a];
  const y = [...b];
  if (x.length < 2 || y.length < 2) return 0;
  const counts = new Map<string, number>();
  for (let i = 0; i < x.length - 1; i++) {
    const gram = x[i]! + x[i + 1]!;
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < y.length - 1; i++) {
    const gram = y[i]! + y[i + 1]!;
    const left = counts.get(gram) ?? 0;
    if (left > 0) {
      shared += 1;
      counts.set(gram, left - 1);
    }
  }
  return (2 * shared) / (x.length - 1 + (y.length - 1));
}
