import { describe, expect, it } from 'vitest';
import { adversarial, adversarialShapes, atoms, build, findRegexes, timeSearch } from '../support/regex-scan.js';

/**
 * Issue 23: every regular expression in `src/` is linear. No ReDoS checker is installed, so this
 * finds every regex literal and `new RegExp(...)` in `src/` (TypeScript's parser), builds
 * adversarial strings from what each pattern mentions (runs of each character and class member
 * it names, of each pair of neighbouring ones, of its literal parts, and those with a character
 * that makes the match fail), and runs the pattern at every start position (`replace` with the
 * `g` flag, as a search that fails does) on them: every string at 4 KB, then the worst three at
 * 64 KB (quadratic fails there in seconds, where 1 MB would take hours), then the worst at 1 MB
 * within a budget (2 s, generous for a loaded 2-core machine: a benchmark-style check, not a
 * tight timing). A pattern that overflows its backtracking stack (a RangeError) fails too.
 */

/** Every string at 4 KB ranks them; the worst three go on to 64 KB, the worst to 1 MB. */
const SMALL = 4 * 1024;
const MIDDLE = 64 * 1024;
const LARGE = 1 << 20;
/** A search this slow at 4 KB is exponential or steeply polynomial: no larger size is tried. */
const SMALL_LIMIT_MS = 250;
/** The worst three at 64 KB: linear takes about a millisecond, quadratic seconds (1 MB would take hours). */
const MIDDLE_BUDGET_MS = 200;
const BUDGET_MS = 2_000;
const WORST = 3;

/**
 * Patterns not scanned, with the reason: they never run on user text. Keyed by `file:line`.
 * Keep it small.
 */
const EXEMPT: Record<string, string> = {
  'src/ingest/decode.ts:16': 'runs on the first 4 KB of a page',
  'src/timeline/initiative-en.ts:51': 'runs on the 400 characters before the word initiative (NEAR)',
};

describe('every regex of src/ is linear on adversarial strings', () => {
  const regexes = findRegexes();

  it('finds the regexes of src/ (literals and new RegExp)', () => {
    expect(regexes.length).toBeGreaterThan(300);
    expect(regexes.some((found) => found.where.startsWith('src/ingest/repair/dates.ts') && found.regex.source.includes('年'))).toBe(true);
    for (const where of Object.keys(EXEMPT)) expect(regexes.map((found) => found.where), `exempt ${where} is no longer there`).toContain(where);
  });

  it('the stand-ins: a pattern\'s atoms and the strings made of them', () => {
    expect(atoms(/<!--[^>]*-->/).runs).toEqual(['<!--', '-->']);
    expect(atoms(/\s+\d{1,3}[.)]/u).chars).toEqual([' ', '1', '.', ')']);
    expect(atoms(/[^\]\n]*\]:/).chars).toEqual([']', '\n', '\n', ']', ':']); // the class's members, then one it stops at
    expect(adversarial(/a+b/, 8)).toContain('aaaaaaaab\u0001');
  });

  it(`runs each within ${MIDDLE_BUDGET_MS} ms on its worst ${WORST} strings of 64 KB and ${BUDGET_MS} ms on the worst of 1 MB`, () => {
    const failures: string[] = [];
    for (const { where, regex } of regexes) {
      if (where in EXEMPT) continue;
      try {
        const shapes = adversarialShapes(regex);
        const show = (index: number) => JSON.stringify(build(shapes[index]!, 8));
        const small = shapes.map((shape, index) => ({ index, ms: timeSearch(regex, build(shape, SMALL)) }));
        const slow = small.find(({ ms }) => ms > SMALL_LIMIT_MS);
        if (slow) {
          failures.push(`${where} /${regex.source}/${regex.flags}: ${slow.ms.toFixed(0)} ms at 4 KB on ${show(slow.index)}…`);
          continue;
        }
        const worst = small.sort((x, y) => y.ms - x.ms).slice(0, WORST).map(({ index }) => index);
        let middleMs = 0; // stops at the first string past the budget: a quadratic one takes seconds each
        for (const index of worst) if (middleMs <= MIDDLE_BUDGET_MS) middleMs += timeSearch(regex, build(shapes[index]!, MIDDLE));
        if (middleMs > MIDDLE_BUDGET_MS) {
          failures.push(`${where} /${regex.source}/${regex.flags}: ${middleMs.toFixed(0)} ms at 64 KB on ${worst.map(show).join(', ')}…`);
          continue;
        }
        const ms = timeSearch(regex, build(shapes[worst[0]!]!, LARGE));
        if (ms > BUDGET_MS) failures.push(`${where} /${regex.source}/${regex.flags}: ${ms.toFixed(0)} ms at 1 MB on ${show(worst[0]!)}…`);
      } catch (error) {
        failures.push(`${where} /${regex.source}/${regex.flags}: ${(error as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
