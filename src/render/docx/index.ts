import type { Declaration, DiffResult } from '../../types.js';
import { guessLang } from '../html.js';
import { documentXml } from './document-xml.js';
import { CONTENT_TYPES, DOCUMENT_RELS, PACKAGE_RELS, SETTINGS, coreXml, stylesXml, textLanguage } from './parts.js';
import { redlineParagraphs } from './redline.js';
import { zipFiles } from './zip.js';

/** Date of every revision and zip entry: B's date, else A's, else a fixed one, so that the same inputs give the same bytes. */
export function revisionStamp(result: DiffResult): string {
  const date = [result.to.date, result.from.date].find((d) => d && /^\d{4}-\d{2}-\d{2}$/.test(d));
  return `${date ?? '2000-01-01'}T00:00:00Z`;
}

/**
 * The Word redline of a diff: B's declaration as a .docx whose tracked changes turn A into B
 * (see `redlineParagraphs`), with both versions' metadata and the summary in a table under the title.
 */
export function renderDocx(result: DiffResult, from: Declaration, to: Declaration): Uint8Array {
  const stamp = revisionStamp(result);
  const encoder = new TextEncoder();
  const document = documentXml(result, redlineParagraphs(result, from, to), stamp);
  return zipFiles([
    ['[Content_Types].xml', encoder.encode(CONTENT_TYPES)],
    ['_rels/.rels', encoder.encode(PACKAGE_RELS)],
    ['docProps/core.xml', encoder.encode(coreXml(result.to.title, stamp))],
    ['word/_rels/document.xml.rels', encoder.encode(DOCUMENT_RELS)],
    ['word/document.xml', encoder.encode(document)],
    ['word/styles.xml', encoder.encode(stylesXml(textLanguage(to.meta.lang ?? guessLang(result))))],
    ['word/settings.xml', encoder.encode(SETTINGS)],
  ], stamp);
}
