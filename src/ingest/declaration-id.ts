import { UsageError } from '../errors.js';
import { printable } from '../text/sanitize.js';
import type { Declaration } from '../types.js';
import { findPlace } from './place.js';
import { placeSlug } from './place-slug.js';

export { loadRomanisers } from './place-slug.js';

/** What a declaration id may look like: it is also a file name inside `declarations/`. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;

/** Endings that make a reference a file path rather than an id (see src/cli/load.ts). */
export const FILE_NAME_ENDING = /\.(?:md|txt|html?|markdown)$/i;

/** Check an id (no path separators, no leading dash, no `..`, no final dot, no file-name ending) and return it. */
export function validateId(id: string): string {
  if (!ID_PATTERN.test(id) || id.includes('..') || id.endsWith('.') || id.length > 100) {
    throw new UsageError(`invalid declaration id '${printable(id)}': use lower-case letters, digits, '.', '_' and '-', starting with a letter or digit`);
  }
  // Commands read `NAME.md` as a file path: such an id could never be reached.
  if (FILE_NAME_ENDING.test(id)) throw new UsageError(`invalid declaration id '${printable(id)}': it ends like a file name, which commands read as a path`);
  return id;
}

/** The id's language part: none for Chinese (Simplified and Traditional alike), else `-en`, `-ru`, … */
export function languageSuffix(lang: string | undefined): string {
  const primary = (lang ?? '').toLowerCase().split('-')[0] ?? '';
  return !primary || primary === 'zh' || !/^[a-z]{2,3}$/.test(primary) ? '' : `-${primary}`;
}

/** A summit's documents besides its declaration: the kind goes into the id. */
export type DocumentKind = 'communique' | 'statement';

const CHINESE_KIND = /(?:(公报|公報)|(声明|聲明)|宣言)$/u;
const LATIN_KIND = /(?<!\p{L})(?:(communiqu[eé])|(statement)|declaration)(?!\p{L})/iu;
const RUSSIAN_KIND = /(?:(коммюнике)|(заявлени)|декларац)/iu;

/**
 * What kind of document a title names: `communique` (公报, Communiqué, коммюнике), `statement`
 * (声明, Statement, заявление), or undefined for a declaration (宣言, Declaration, декларация) and
 * for a title that names none. Chinese names the kind last; English and Russian first (`Joint
 * Communiqué following…`, `Statement… on…`).
 */
export function documentKind(title: string | undefined): DocumentKind | undefined {
  const text = (title ?? '').trim();
  const found = CHINESE_KIND.exec(text) ?? LATIN_KIND.exec(text) ?? RUSSIAN_KIND.exec(text);
  return found?.[1] ? 'communique' : found?.[2] ? 'statement' : undefined;
}

/**
 * Default id: `<year>-<place in ASCII>[-<kind>][-<language>]` (`2020-moscow`, `2020-moscow-en`,
 * `2020-moscow-ru`, a summit's press communiqué `2020-moscow-communique`: see `documentKind`). The place is the metadata's, else the one the title names: a gazetteer city
 * by its usual English name, any other place romanised (`placeSlug`: the importer has loaded
 * what that needs; call `loadRomanisers` first for a place set by hand). With no place the id is
 * `<year>-declaration`, and `undated-…` without a date (`import` asks for both instead).
 */
export function defaultId(declaration: Declaration): string {
  const { meta } = declaration;
  const year = /^\d{4}/.exec(meta.date ?? '')?.[0] ?? 'undated';
  const named = meta.place ?? findPlace(meta.title)?.name;
  const place = (named ? placeSlug(named) : undefined) ?? 'declaration';
  const kind = documentKind(meta.title);
  return `${year}-${place}${kind ? `-${kind}` : ''}${languageSuffix(meta.lang)}`.slice(0, 100).replace(/(?<!-)-+$/, '');
}
