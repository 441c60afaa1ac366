/** The clause aligner: two declarations in, the `clausewise/diff@1` result out. */
export { align, type AlignInput } from './align.js';
export { wordEdits, coarseEdits, cleanEdits, type EditOptions } from './edits.js';
export { headingKey } from './heading-key.js';
