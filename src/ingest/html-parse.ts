import type { Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parse } from 'parse5';

/**
 * An HTML page as hast, as rehype-parse reads it but without source positions: rehype-parse
 * (through hast-util-from-html) always asks parse5 for every node's location, and nothing the
 * importer keeps of an HTML page uses them, while on a 10 MB page their objects are much of what
 * the garbage collector spends its time on. The same parser and the same conversion otherwise
 * (no scripting, as rehype-parse; the HTML space); the reader's property tests compare the two.
 */
export function parseHtml(source: string): Root {
  return fromParse5(parse(source, { scriptingEnabled: false }), {}) as Root;
}
