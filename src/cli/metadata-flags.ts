import { UsageError } from '../errors.js';
import { isoDate } from '../ingest/repair/dates.js';
import { printable } from '../text/sanitize.js';

/** Languages `--lang` accepts. */
export const LANGUAGES = ['zh-Hans', 'zh-Hant', 'en', 'ru'] as const;

/** `--title`, `--date`, `--place`, `--lang` as commander gives them. */
export interface MetadataFlags {
  title?: string;
  date?: string;
  place?: string;
  lang?: string;
}

/** The flag that supplies each field, as the refusal names it. */
export const FLAG_FOR = { title: '--title TITLE', date: '--date YYYY-MM-DD', place: '--place NAME' } as const;

/** Check the flags (a real calendar date, a known language, one-line texts) and return them trimmed. */
export function readMetadataFlags(flags: MetadataFlags): MetadataFlags {
  const checked: MetadataFlags = {};
  for (const key of ['title', 'place'] as const) {
    const value = flags[key];
    if (value === undefined) continue;
    const text = value.trim();
    if (!text || /[\n\r]/.test(text)) throw new UsageError(`--${key} needs a one-line, non-empty text`);
    checked[key] = text;
  }
  if (flags.date !== undefined) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(flags.date);
    if (!match || isoDate(Number(match[1]), Number(match[2]), Number(match[3])) !== flags.date) {
      throw new UsageError(`invalid --date '${printable(flags.date)}': give a real calendar date as YYYY-MM-DD`);
    }
    checked.date = flags.date;
  }
  if (flags.lang !== undefined) {
    if (!(LANGUAGES as readonly string[]).includes(flags.lang)) {
      throw new UsageError(`invalid --lang '${printable(flags.lang)}': use one of ${LANGUAGES.join(', ')}`);
    }
    checked.lang = flags.lang;
  }
  return checked;
}
