import { UsageError } from '../errors.js';

/** The values `--color` takes; `true` is a bare `--color` (auto), `false` is `--no-color`. */
export type ColorOption = string | boolean | undefined;

/**
 * Whether to colour, as git and chalk users expect: `--color=always` / `--color=never` (and
 * `--no-color`) win; under `auto` a `FORCE_COLOR` other than `0`/`false` turns colour on and
 * `FORCE_COLOR=0` off, then a non-empty `NO_COLOR` turns it off, else colour goes to terminals only.
 */
export function chooseColor(option: ColorOption, env: Record<string, string | undefined>, isTTY: boolean): boolean {
  if (option === false || option === 'never') return false;
  if (option === 'always') return true;
  if (option !== undefined && option !== true && option !== 'auto') {
    throw new UsageError(`unknown --color value '${String(option)}': use auto, always or never`);
  }
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env['NO_COLOR']) return false;
  return isTTY;
}
