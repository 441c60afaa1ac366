import { readFileSync } from 'node:fs';

/**
 * CPU milliseconds (user + system) of the children waited for so far, with theirs, from
 * /proc/self/stat in clock ticks of 10 ms; NaN elsewhere. On a shared machine the wall time of a
 * run includes waiting for a core: the CPU time does not.
 */
export function childrenCpu(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return Number.NaN;
  }
}
