/**
 * Which items of a run to show as context: those within `context` places of an item that is not
 * unchanged (as `diff -U N` shows lines around each hunk); changed items are always shown.
 */
export function contextMask<T>(items: readonly T[], context: number, unchanged: (item: T) => boolean): boolean[] {
  const shown = items.map((item) => !unchanged(item));
  if (context <= 0) return shown;
  const changed = [...shown];
  let last = -Infinity;
  for (let i = 0; i < items.length; i++) {
    if (changed[i]) last = i;
    else if (i - last <= context) shown[i] = true;
  }
  last = Infinity;
  for (let i = items.length - 1; i >= 0; i--) {
    if (changed[i]) last = i;
    else if (last - i <= context) shown[i] = true;
  }
  return shown;
}
