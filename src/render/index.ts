import type { DiffResult } from '../types.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderText } from './text.js';

/** Options shared by the report renderers. */
export interface ReportOptions {
  /** ANSI colours (text report only). Default false. */
  color?: boolean;
  /** Terminal width for wrapping (text report only). Default 80. */
  width?: number;
}

/** Render a diff in one of the report formats. */
export function renderReport(result: DiffResult, format: 'text' | 'json' | 'markdown' | 'html', options: ReportOptions = {}): string {
  switch (format) {
    case 'json':
      return renderJson(result);
    case 'markdown':
      return renderMarkdown(result);
    case 'html':
      return renderHtml(result);
    case 'text':
      return renderText(result, options);
  }
}
