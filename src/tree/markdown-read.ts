import { InputError } from '../errors.js';
import type { Declaration, DeclarationMeta } from '../types.js';
import type { Block } from './blocks.js';
import { buildDeclaration } from './build.js';
import { readCanonicalLines } from './canonical-lines.js';
import { knownFreeOfRawControls, markFreeOfRawControls } from './raw-control-free.js';
import { readSimpleFrontMatter } from './front-matter-lines.js';

/** Front matter at the very start of a file: `---` line, YAML, `---` line. */
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Does this text look like a canonical declaration (front matter with a title)? */
export function isCanonical(text: string): boolean {
  const match = FRONT_MATTER.exec(text.replace(/^\uFEFF/, ''));
  return match !== null && /^title:/m.test(match[1] ?? '');
}

/** A YAML parser, such as `parse` of the `yaml` package. */
export type YamlParse = (yaml: string) => unknown;

/**
 * Split a Markdown text into its parsed front matter (or null) and the body. The YAML library
 * (a large module, slow to load) is loaded only for front matter `readSimpleFrontMatter` declines.
 */
export async function splitFrontMatter(text: string): Promise<{ data: Record<string, unknown> | null; body: string }> {
  const yaml = FRONT_MATTER.exec(text.replace(/^\uFEFF/, ''))?.[1];
  const simple = yaml === undefined ? null : readSimpleFrontMatter(yaml);
  return splitFrontMatterWith(text, simple !== null ? () => simple : quietYaml((await import('yaml')).parse));
}

/**
 * The YAML library's `parse` with its warnings silenced: a warning quotes the document raw on
 * stderr, escape sequences included; what it warns about (an unknown tag) is read as plain data.
 */
export function quietYaml(parse: (source: string, options: { logLevel: 'error' }) => unknown): YamlParse {
  return (yaml) => parse(yaml, { logLevel: 'error' });
}

/** `splitFrontMatter` with the parser that reads the front matter, synchronous. */
export function splitFrontMatterWith(text: string, parseYaml: YamlParse): { data: Record<string, unknown> | null; body: string } {
  const clean = text.replace(/^\uFEFF/, '');
  const match = FRONT_MATTER.exec(clean);
  if (!match) return { data: null, body: clean };
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '');
  } catch (error) {
    throw new InputError(`front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new InputError('front matter must be a YAML mapping');
  return { data: data as Record<string, unknown>, body: clean.slice(match[0].length) };
}

/** Turn front-matter data into typed metadata; unknown keys go to `extra`. */
export function metaFromData(data: Record<string, unknown>, fallbackTitle = ''): DeclarationMeta {
  const { title, date, place, lang, source, synthetic, signatories, excerpt, ...extra } = data;
  const meta: DeclarationMeta = {
    title: asText(title, 'title') ?? fallbackTitle,
    signatories: Array.isArray(signatories) ? signatories.map((s) => String(s)) : [],
    extra,
  };
  if (excerpt === true) meta.excerpt = true;
  else if (excerpt !== undefined) extra['excerpt'] = excerpt;
  if (signatories !== undefined && signatories !== null && !(Array.isArray(signatories) && signatories.every(isScalar))) throw fieldError('signatories', 'a list of texts');
  const fields = { date: calendarDate(date), place: asText(place, 'place'), lang: asText(lang, 'lang'), source: asText(source, 'source'), synthetic: asText(synthetic, 'synthetic') };
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) (meta as unknown as Record<string, unknown>)[key] = value;
  }
  return meta;
}

/** A text field's value: a text (or a number, written as one); a mapping, a list or a flag is refused. */
function asText(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (!isScalar(value)) throw fieldError(field, 'a text');
  return String(value);
}

/** The `date` field: a real calendar date written `YYYY-MM-DD`, else refused. */
function calendarDate(value: unknown): string | undefined {
  const text = asText(value, 'date');
  if (text === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!day || day.toISOString().slice(0, 10) !== text) throw fieldError('date', 'a real calendar date as YYYY-MM-DD');
  return text;
}

const isScalar = (value: unknown): boolean => typeof value === 'string' || typeof value === 'number';

/** The one-line refusal of a front-matter field of the wrong type or form. */
function fieldError(field: string, expected: string): InputError {
  return new InputError(`front matter field '${field}' must be ${expected}`);
}

/**
 * Read a canonical declaration file (contract §1). Heading depths are trusted; the front matter
 * gives the metadata (the `# title` line only when the front matter has no title).
 * Files in the writer's exact line form are read directly; anything else goes through remark,
 * which is loaded only then.
 */
export async function parseCanonical(text: string): Promise<Declaration> {
  const { data, body } = await requireFrontMatter(text);
  const blocks = readCanonicalLines(body) ?? (await import('./markdown-parse.js')).parseMarkdownBlocks(body);
  return declarationFromCanonical(data, blocks);
}

/** The front matter of a canonical file, which must have one. */
export async function requireFrontMatter(text: string): Promise<{ data: Record<string, unknown>; body: string }> {
  return requireData(await splitFrontMatter(text));
}

/** A split file whose front matter must be there. */
export function requireData(split: { data: Record<string, unknown> | null; body: string }): { data: Record<string, unknown>; body: string } {
  const { data, body } = split;
  if (!data) throw new InputError('not a canonical declaration: no front matter');
  return { data, body };
}

/** Build the declaration of a canonical file from its front matter and body blocks. */
export function declarationFromCanonical(data: Record<string, unknown>, blocks: readonly Block[]): Declaration {
  const firstTitle = blocks.find((block) => block.kind === 'heading' && block.depth === 1);
  const meta = metaFromData(data, firstTitle?.text ?? '');
  // `title: ""` is a declaration whose title was not found; a file without the key or a `# ` line has none at all.
  if (!meta.title && data['title'] === undefined) throw new InputError('declaration has no title');
  const declaration = buildDeclaration(meta, blocks);
  if (knownFreeOfRawControls(blocks)) markFreeOfRawControls(declaration);
  return declaration;
}
