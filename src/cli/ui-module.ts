/** The review UI's module: `runReviewUI`, and the cell widths it measures with. */
export type UiModule = typeof import('../render/ui/entry.js');

/**
 * Where the launcher (`src/cli/launcher.cjs`) leaves its loader for the UI. The CLI runs as one
 * CommonJS bundle from a code cache; the UI (Ink, React, Yoga) is a CommonJS bundle of its own
 * with a cache of its own, which the launcher loads: only the commands that draw it pay for it.
 */
const UI_LOADER = Symbol.for('clausewise.loadUi');

/**
 * Import the review UI: through the launcher's loader when there is one, else directly (tests,
 * sources). Callers open it on a terminal only, so an environment that says CI (`CI`,
 * `CONTINUOUS_INTEGRATION`, as a dev container or a CI job's shell may set) must not stop it:
 * Ink reads them once as it loads and then draws nothing until it exits, in no colour.
 */
export async function importUi(): Promise<UiModule> {
  // Removed, not set to 'false': supports-color, which Ink's colours go through, reads their presence.
  for (const name of ['CI', 'CONTINUOUS_INTEGRATION']) delete process.env[name];
  const load = (globalThis as { [UI_LOADER]?: () => Promise<UiModule> })[UI_LOADER];
  return load ? load() : import('../render/ui/entry.js');
}
