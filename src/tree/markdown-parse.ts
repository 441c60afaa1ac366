import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { type Block, mdastToBlocks } from './blocks.js';
import { readCanonicalLines } from './canonical-lines.js';
import { readSimpleFrontMatter } from './front-matter-lines.js';
import { checkMarkdownLimits } from './markdown-limits.js';
import { declarationFromCanonical, requireData, splitFrontMatterWith } from './markdown-read.js';
import type { Declaration } from '../types.js';

/** Parse Markdown into an mdast tree with remark, after refusing what is beyond its limits (hostile shapes micromark is slow on). */
export function parseMarkdown(body: string): Root {
  checkMarkdownLimits(body);
  return unified().use(remarkParse).parse(body);
}

/** Parse Markdown with remark and flatten it into headings and paragraphs. */
export function parseMarkdownBlocks(body: string): Block[] {
  return mdastToBlocks(parseMarkdown(body));
}

/**
 * `parseCanonical` without the lazy loads: loads remark and YAML with this module. For tests and tools
 * that read many files synchronously; the CLI uses the async `parseCanonical`.
 */
export function parseCanonicalSync(text: string): Declaration {
  const { data, body } = requireData(splitFrontMatterWith(text, (yaml) => readSimpleFrontMatter(yaml) ?? parseYaml(yaml, { logLevel: 'error' })));
  return declarationFromCanonical(data, readCanonicalLines(body) ?? parseMarkdownBlocks(body));
}
