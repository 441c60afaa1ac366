import { zipSync } from 'fflate';

/**
 * A zip of these files, in this order, every entry stamped with the same time (from an ISO date
 * `YYYY-MM-DD…`, read as written whatever the machine's time zone): the same files give the same bytes.
 */
export function zipFiles(files: ReadonlyArray<readonly [name: string, data: Uint8Array]>, isoDate: string): Uint8Array {
  const [year = 1980, month = 1, day = 1] = isoDate.slice(0, 10).split('-').map(Number);
  // fflate writes DOS times from a Date's local fields: build the date from local fields too.
  const mtime = new Date(Math.min(2107, Math.max(1980, year)), month - 1, day, 0, 0, 0);
  return zipSync(Object.fromEntries(files.map(([name, data]) => [name, [data, { mtime, level: 6 }]])));
}
