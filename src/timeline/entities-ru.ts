import type { GazetteerHit } from './entities.js';
import { GAZETTEER, type GazetteerEntry } from './gazetteer.js';
import { RUSSIAN_NAMES } from './gazetteer-ru.js';

/*
 * Gazetteer names in Russian text, in every grammatical case. Each word of a name is reduced to a
 * stem by dropping its nominative ending (Федерация → федераци, Российская → российск,
 * Казахстан stays), and a word of the text matches when it is that stem plus a case ending
 * (федерации, федерацией, российской, казахстаном). The Snowball stemmer the similarity uses
 * (`@orama/stemmers/russian`) is not used here: it gives different stems to the cases of many
 * names (Казахстан → казахста but Казахстаном → казахстан, Китай → кита but Китая → кит,
 * Беларусь → белар but Беларуси → беларус), and the same stem to words that are not the name.
 * Abbreviations (ШОС, ООН, США) match as written, case and all; other words ignore case and ё.
 */

/** Nominative endings dropped from a name's word to get its stem, longest first. */
const NOMINATIVE = ['ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ий', 'ый', 'ой', 'а', 'я', 'ы', 'и', 'о', 'е', 'ь', 'й'];

/** Case endings of nouns and adjectives, singular and plural: what may follow a stem. */
const ENDINGS = new Set([
  '', 'а', 'я', 'у', 'ю', 'е', 'и', 'ы', 'о', 'ь', 'й',
  'ой', 'ей', 'ом', 'ем', 'ам', 'ям', 'ах', 'ях', 'ов', 'ев', 'ью', 'ию', 'ии', 'ия', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ий', 'ый',
  'ым', 'им', 'ых', 'их', 'ую', 'юю', 'ою', 'ею',
  'ами', 'ями', 'ией', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими',
]);
const LONGEST_ENDING = 3;

/** A stem is kept at least this long; shorter words (о, по, и) match only as written. */
const MIN_STEM = 3;

/** A word of a text or a name: letters and digits. */
const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case, ё as е. */
const lower = (word: string): string => word.toLowerCase().replace(/ё/gu, 'е');

/** Between two words of a name: whitespace, hyphens and dashes count as nothing, anything else as written. */
const gap = (text: string): string => text.replace(/[\s\-‐‑‒–—−]+/gu, '');

/** An abbreviation: two or more letters, all capitals (ШОС, ООН, G20 counts by its letter). */
const isAbbreviation = (word: string): boolean => word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();

/** One word of a name, ready to match. */
interface NameWord {
  /** The abbreviation as written, or the lower-case stem. */
  stem: string;
  exact: boolean;
}

/** A Russian name of a gazetteer entry, as words. */
interface RussianName {
  entry: GazetteerEntry;
  words: NameWord[];
  /** `gap()` of what stands between word k and word k + 1 in the name. */
  gaps: string[];
}

function nameWord(word: string): NameWord {
  if (isAbbreviation(word)) return { stem: word, exact: true };
  const low = lower(word);
  if (low.length <= MIN_STEM) return { stem: low, exact: true };
  const ending = NOMINATIVE.find((end) => low.endsWith(end) && low.length - end.length >= MIN_STEM) ?? '';
  return { stem: low.slice(0, low.length - ending.length), exact: false };
}

let index: Map<string, RussianName[]> | undefined;
/** The first two letters (lower case) of every name's first stem: most words of a text start otherwise, and are passed over at once. */
let openings: Set<string> | undefined;

/** The names by the stem of their first word, most words first. */
function names(): Map<string, RussianName[]> {
  if (!index) {
    index = new Map();
    openings = new Set();
    for (const entry of GAZETTEER) {
      for (const name of RUSSIAN_NAMES[entry.name] ?? []) {
        const matches = [...name.matchAll(WORD)];
        const words = matches.map((m) => nameWord(m[0]));
        const gaps = matches.slice(1).map((m, k) => gap(name.slice(matches[k]!.index + matches[k]![0].length, m.index)));
        const list = index.get(words[0]!.stem) ?? [];
        list.push({ entry, words, gaps });
        index.set(words[0]!.stem, list);
        openings.add(lower(words[0]!.stem).slice(0, 2));
      }
    }
    for (const list of index.values()) list.sort((x, y) => y.words.length - x.words.length);
  }
  return index;
}

/** Does a word of the text (as written, and lower-cased) match a word of a name? */
function matches(word: string, low: string, name: NameWord): boolean {
  if (name.exact) return isAbbreviation(name.stem) ? word === name.stem : low === name.stem;
  return low.startsWith(name.stem) && ENDINGS.has(low.slice(name.stem.length));
}

/**
 * Gazetteer names in a Russian text, left to right, the name of most words first, without
 * overlaps. Each hit's `alias.alias` is the name as written (`Республики Казахстан`). One pass
 * over the words: each is looked up by the stems it may have (at most five look-ups).
 */
export function findGazetteerNamesRu(text: string): GazetteerHit[] {
  const byStem = names();
  const first = openings!;
  // Lower-cased once; per word where lower case changes a length (no Cyrillic letter does).
  const lowText = lower(text);
  const sameLength = lowText.length === text.length;
  const starts: number[] = [];
  const ends: number[] = [];
  const pattern = new RegExp(WORD.source, 'gu');
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  const wordAt = (k: number): string => text.slice(starts[k], ends[k]);
  const lowAt = (k: number): string => (sameLength ? lowText.slice(starts[k], ends[k]) : lower(wordAt(k)));
  const hits: GazetteerHit[] = [];
  for (let k = 0; k < starts.length; ) {
    const low = lowAt(k);
    if (!first.has(low.slice(0, 2))) {
      k += 1;
      continue;
    }
    const word = wordAt(k);
    // The stems the word may have: as written, or less a case ending of one to three letters.
    let best: RussianName | undefined;
    for (let cut = -1; cut <= LONGEST_ENDING && cut < low.length; cut++) {
      // cut -1: the word as written (an abbreviation); 0: lower case; 1–3: less an ending.
      const key = cut < 0 ? word : low.slice(0, low.length - cut);
      if (cut < 0 && key === low) continue;
      for (const name of byStem.get(key) ?? []) {
        if (best && name.words.length <= best.words.length) continue;
        if (k + name.words.length > starts.length) continue;
        const fits = name.words.every((w, n) => {
          if (!matches(wordAt(k + n), lowAt(k + n), w)) return false;
          return n === 0 || gap(text.slice(ends[k + n - 1], starts[k + n])) === name.gaps[n - 1];
        });
        if (fits) best = name;
      }
    }
    if (!best) {
      k += 1;
      continue;
    }
    const start = starts[k]!;
    const end = ends[k + best.words.length - 1]!;
    hits.push({ start, end, alias: { alias: text.slice(start, end), entry: best.entry } });
    k += best.words.length;
  }
  return hits;
}

/** The Russian name of a gazetteer entry (its full official form), or its canonical name when it has none. */
export function russianName(entry: GazetteerEntry): string {
  return RUSSIAN_NAMES[entry.name]?.[0] ?? entry.name;
}
