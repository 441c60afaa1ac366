/** Clamp a number into `[low, high]` (high wins when the range is empty). */
export function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, high));
}

/**
 * The first visible position of a window of `height` rows over `count` rows so that `cursor`
 * stays visible, moving the previous `scroll` as little as possible.
 */
export function keepVisible(cursor: number, scroll: number, height: number, count: number): number {
  const size = Math.max(1, height);
  let next = scroll;
  if (cursor < next) next = cursor;
  if (cursor >= next + size) next = cursor - size + 1;
  return clamp(next, 0, Math.max(0, count - size));
}

/** A window of `height` rows centred on `cursor` as far as the ends allow: for lists without kept scroll state. */
export function centredWindow(cursor: number, height: number, count: number): number {
  return clamp(cursor - Math.floor(height / 2), 0, Math.max(0, count - height));
}
