import type { DiffResult } from '../types.js';

/** Options shared by the report renderers. */
export interface ReportOptions {
  /** ANSI colours (text report only). Default false. */
  color?: boolean;
  /** Terminal width for wrapping (text report only). Default 80; `Infinity`: no wrapping. */
  width?: number;
  /** Unchanged clauses shown around each change (text report only). Default 0. */
  context?: number;
}

/**
 * Render a diff in one of the report formats, loading only that format's renderer (and, for
 * text, `string-width` only when a text needs it: see `withCellWidths`).
 */
export async function renderReport(result: DiffResult, format: 'text' | 'json' | 'markdown' | 'html', options: ReportOptions = {}): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('./json.js')).renderJson(result);
    case 'markdown':
      return (await import('./markdown.js')).renderMarkdown(result);
    case 'html':
      return (await import('./html.js')).renderHtml(result);
    case 'text': {
      const [{ renderText }, { withCellWidths }] = await Promise.all([import('./text.js'), import('./width.js')]);
      return withCellWidths(() => renderText(result, options));
    }
  }
}
