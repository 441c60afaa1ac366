import { join } from 'node:path';
import type { DiffResult } from '../types.js';
import type { LoadedDeclaration } from './load.js';

/** A reference made a file-name part: the file's base name without extension, anything but `A-Za-z0-9._-` a hyphen. */
export function fileSlug(reference: string): string {
  const base = reference.split(/[\\/]/).pop()!.replace(/\.(md|txt|html?)$/i, '');
  return base.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '').slice(0, 60) || 'declaration';
}

/** Name of the pair's report: `A-vs-B.docx`. */
export function reportName(from: string, to: string): string {
  return `${fileSlug(from)}-vs-${fileSlug(to)}.docx`;
}

/**
 * For the review's `w` key: writes the pair's Word redline into the working folder (replacing an
 * earlier one of the same pair atomically) and says so in one line, or why it could not.
 */
export function docxReportWriter(cwd: string, from: LoadedDeclaration, to: LoadedDeclaration, result: DiffResult): () => Promise<string> {
  return async () => {
    const name = reportName(from.label, to.label);
    const [{ renderDocx }, { writeFileAtomic }] = await Promise.all([import('../render/docx/index.js'), import('../store/atomic-write.js')]);
    try {
      await writeFileAtomic(join(cwd, name), renderDocx(result, from.declaration, to.declaration), { throughLinks: true });
    } catch (error) {
      return `cannot write ${name} (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
    }
    return `wrote ${name}`;
  };
}
