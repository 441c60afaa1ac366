import { UsageError } from '../errors.js';

/** The values `--color` takes; `true` is a bare `--color` (auto), `false` is `--no-color`. */
export type ColorOption = string | boolean | undefined;

/** The values `--color` takes (also what completion offers after it). */
export const WHEN = ['auto', 'always', 'never'];

/**
 * The arguments with `--color` in the form commander reads unambiguously: a bare `--color` is
 * `--color=always` (as in git), `--color WHEN` is `--color=WHEN`; so `diff --color A B` never
 * takes A for the value. Nothing after `--` is touched.
 */
export function colorArguments(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]!;
    if (arg === '--') return [...out, ...argv.slice(k)];
    if (arg !== '--color') out.push(arg);
    else if (WHEN.includes(argv[k + 1] ?? '')) out.push(`--color=${argv[++k]!}`);
    else out.push('--color=always');
  }
  return out;
}

/**
 * Whether to colour, as git and chalk users expect: `--color=always` (and a bare `--color`) /
 * `--color=never` (and `--no-color`) win; under `auto` a `FORCE_COLOR` other than `0`/`false` turns colour on and
 * `FORCE_COLOR=0` off, then a non-empty `NO_COLOR` turns it off, else colour goes to terminals only.
 */
export function chooseColor(option: ColorOption, env: Record<string, string | undefined>, isTTY: boolean): boolean {
  if (option === false || option === 'never') return false;
  if (option === 'always' || option === true) return true;
  if (option !== undefined && option !== 'auto') {
    throw new UsageError(`unknown --color value '${String(option)}': use auto, always or never`);
  }
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env['NO_COLOR']) return false;
  return isTTY;
}
