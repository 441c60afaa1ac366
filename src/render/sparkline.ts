/** Bars of a sparkline, lowest first; zero is drawn apart so that "none" never looks like "few". */
const BARS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/** One cell per value, scaled to the largest value; `·` for zero. */
export function sparkline(values: readonly number[]): string {
  const top = Math.max(0, ...values);
  return values.map((value) => (value <= 0 || top === 0 ? '·' : BARS[Math.max(0, Math.ceil((value / top) * BARS.length) - 1)]!)).join('');
}
