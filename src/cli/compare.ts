import { align, type AlignInput } from '../align/index.js';
import { tracePhase } from '../trace.js';
import type { DiffResult } from '../types.js';
import { prepareV8For } from './v8-flags.js';
import type { CliIO } from './io.js';
import { type LoadedDeclaration, loadDeclaration } from './load.js';
import { requireOneLanguage } from './same-language.js';

/**
 * Load two references and align them; the loaded declarations come back too. Declarations in
 * different languages are refused unless `anyLanguage`. `alignOptions` go to `align` (the review
 * UI asks for lazy word edits).
 */
export async function compareReferences(a: string, b: string, io: CliIO, storeDir?: string, anyLanguage = false, alignOptions: Pick<AlignInput, 'lazyWordEdits'> = {}): Promise<{ from: LoadedDeclaration; to: LoadedDeclaration; result: DiffResult }> {
  await prepareV8For([a, b], io.cwd);
  const [from, to] = await Promise.all([loadDeclaration(a, io, storeDir), loadDeclaration(b, io, storeDir)]);
  tracePhase('read and parse');
  requireOneLanguage(from, to, anyLanguage);
  return { from, to, result: align(from.declaration, to.declaration, { ...alignOptions, fromSource: from.label, toSource: to.label }) };
}
