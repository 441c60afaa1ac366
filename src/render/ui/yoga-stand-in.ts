import { loadYoga, type Yoga } from 'yoga-layout/load';

/**
 * `yoga-layout` in the CLI's CommonJS UI bundle: the same engine, filled in by
 * `loadLayoutEngine` instead of by a top-level await as the package's own entry does. Ink reads
 * Yoga only inside the functions that lay a frame out, never as its modules load, and every
 * render of the UI awaits `loadLayoutEngine` first.
 */
const engine = {} as Yoga;
export default engine;

let loading: Promise<void> | undefined;

/** Load and instantiate Yoga's WebAssembly, once. */
export function loadLayoutEngine(): Promise<void> {
  loading ??= loadYoga().then((yoga) => {
    Object.assign(engine, yoga);
  });
  return loading;
}
