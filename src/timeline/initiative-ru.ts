import type { GazetteerHit } from './entities.js';
import { findGazetteerNamesRu } from './entities-ru.js';
import type { InitiativeFind } from './initiative-zh.js';

/** How many characters before the word are read for its proposer or what was held at it (bounded, so that the patterns anchored at the end stay linear). */
const NEAR = 400;

/** How many characters after the word are read for its proposer and gist: a sentence of many initiatives and no comma stays linear. */
const FAR = 1000;

/** Split a Russian text into sentences at `.`, `;`, `!` or `?` followed by a space. */
export function sentencesRu(text: string): string[] {
  return text.split(/(?<=[.;!?])\s+/u).filter((s) => s.trim().length > 0);
}

/** The words for an initiative and a proposal, in any case, at the start of a word. */
const WORD = /(инициатив|предложени)[\p{L}]*/giu;
const LETTER = /\p{L}/u;

/** Words that introduce what an initiative is about (dropped from the gist, as `to`/`on` in English). */
const GIST_LEAD = /^\s*(?:о|об|обо|по|относительно|касательно|в\s+области|в\s+сфере)\s+/iu;

/** A title between the word and the country (`инициатива Президента Республики Казахстан`). */
const TITLE = /^\s+(?:(?:Президента|Председателя|Правительства|Премьер-министра|главы|руководства)\s+)?/iu;

/** Words that refer back to an initiative already named (`эта инициатива`, `данную инициативу`). */
const ANAPHORA = /(?:^|[^\p{L}])(?:эт\p{L}{0,3}|данн\p{L}{0,3}|указанн\p{L}{0,3}|вышеуказанн\p{L}{0,3}|упомянут\p{L}{0,3}|так\p{L}{0,3}|сво\p{L}{0,3})\s+$/iu;

/** A participle that puts an initiative forward, before the country that did (`выдвинутую Китаем инициативу`, `…», выдвинутую Китаем`). */
const PUT_FORWARD = /(?:выдвинут|предложенн|внесенн|внесённ|озвученн)\p{L}{0,3}\s+$/iu;

/** Verbs of a stance, after which the gist of a `по инициативе` phrase begins. */
const STANCE = /(?:^|[^\p{L}])(?:поддерж\p{L}*|приветств\p{L}*|отмеча\p{L}*|отметил\p{L}*|оценива\p{L}*|оценил\p{L}*|одобр\p{L}*|принима\p{L}*\s+к\s+сведению|приняли\s+к\s+сведению|констатир\p{L}*|подтвержда\p{L}*|считают|выступа\p{L}*\s+за)\s+/giu;

/** A participle that says a thing was held at someone's initiative (`проведённый по инициативе`), at the end of a trimmed text. */
const HELD = /(?:проведенн|проведённ|организованн|состоявш|созванн)\p{L}{0,3}$/iu;

/** `text` without a trailing `HELD` participle and the comma before it (no pattern with a leading `\s*`, which would not be linear). */
function dropHeld(text: string): string {
  const trimmed = text.trimEnd();
  const held = HELD.exec(trimmed);
  if (!held) return trimmed;
  const rest = trimmed.slice(0, held.index).trimEnd();
  return rest.endsWith(',') ? rest.slice(0, -1).trimEnd() : rest;
}

/** Cut a phrase at the first comma, semicolon or full stop outside «…» (within `FAR` characters), and trim. */
function cut(text: string): string {
  let depth = 0;
  for (let i = 0; i < Math.min(text.length, FAR); i++) {
    const char = text[i];
    if (char === '«') depth += 1;
    else if (char === '»') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (char === ',' || char === ';' || char === '.')) return text.slice(0, i).trim();
  }
  return text.slice(0, FAR).trim();
}

/** The text inside the `«…»` that opens `text` (after spaces), and the index just past it; undefined when none. */
function quotedAtStart(text: string): { name: string; end: number } | undefined {
  const open = /^\s*«/u.exec(text);
  if (!open) return undefined;
  let depth = 0;
  for (let i = open[0].length - 1; i < Math.min(text.length, FAR); i++) {
    if (text[i] === '«') depth += 1;
    else if (text[i] === '»' && --depth === 0) return { name: text.slice(open[0].length, i).trim(), end: i + 1 };
  }
  return undefined;
}

/** The countries named in a sentence, by where each starts and ends. */
interface Countries {
  byStart: Map<number, GazetteerHit>;
  byEnd: Map<number, GazetteerHit>;
}

function countries(sentence: string): Countries {
  const hits = findGazetteerNamesRu(sentence).filter((hit) => hit.alias.entry.kind === 'country');
  return { byStart: new Map(hits.map((hit) => [hit.start, hit])), byEnd: new Map(hits.map((hit) => [hit.end, hit])) };
}

/** The country whose name starts exactly at `position` (after a title such as `Президента`). */
function countryAt(found: Countries, text: string, position: number): GazetteerHit | undefined {
  const skip = TITLE.exec(text.slice(position, position + 40))?.[0].length ?? 0;
  return found.byStart.get(position + skip);
}

/** The country whose name ends exactly at `position`, after spaces are skipped back (at most `NEAR`). */
function countryEndingAt(found: Countries, text: string, position: number): GazetteerHit | undefined {
  let end = position;
  while (end > 0 && position - end < NEAR && /\s/u.test(text[end - 1] ?? '')) end -= 1;
  return found.byEnd.get(end);
}

/**
 * Initiatives in one Russian sentence: `инициатива X о/по …` (X in the genitive, in any form the
 * gazetteer knows: `Республики Казахстан`, `Казахстана`), `предложение X о …`, a named initiative
 * `инициатива «…»` (with `…», выдвинутая X` or `выдвинутая X инициатива`), and `… проведённый по
 * инициативе X` or `проведение по инициативе X …` (the gist is what was held). Anaphora (`эта
 * инициатива`) are skipped; so are an initiative with neither a proposer nor what it is about, and
 * a proposal (`предложение`, a common word) with no proposer. The proposer is the canonical name.
 */
export function initiativesInSentenceRu(sentence: string): InitiativeFind[] {
  const hits = countries(sentence);
  const finds: InitiativeFind[] = [];
  for (const match of sentence.matchAll(WORD)) {
    const start = match.index;
    if (LETTER.test(sentence[start - 1] ?? '')) continue;
    const end = start + match[0].length;
    const offset = Math.max(0, start - NEAR);
    const before = sentence.slice(offset, start);
    if (ANAPHORA.test(before)) continue;
    const proposal = match[1]!.toLowerCase() === 'предложени';
    const after = sentence.slice(end, end + FAR);
    let proposer = countryAt(hits, sentence, end);
    let rest = proposer ? sentence.slice(proposer.end, proposer.end + FAR) : after;
    let gist = '';
    const named = quotedAtStart(after);
    if (named) {
      // инициатива «…», выдвинутая X
      gist = named.name;
      const tail = sentence.slice(end + named.end, end + named.end + FAR);
      const by = /^\s*(?:,\s*)?(?:выдвинут|предложенн|внесенн|внесённ|озвученн)\p{L}{0,3}/iu.exec(tail);
      if (!proposer && by) proposer = countryAt(hits, sentence, end + named.end + by[0].length);
    }
    // выдвинутую X инициативу
    if (!proposer) {
      const country = countryEndingAt(hits, sentence, start);
      if (country && PUT_FORWARD.test(sentence.slice(Math.max(0, country.start - 40), country.start))) {
        proposer = country;
        rest = after;
      }
    }
    if (!gist && /(?:^|[^\p{L}])по\s+$/iu.test(before) && match[0].toLowerCase() === 'инициативе' && proposer) {
      // … проведённый по инициативе X; проведение по инициативе X …
      const head = dropHeld(before.replace(/(?:^|[^\p{L}])по\s+$/iu, ''));
      const stances = [...head.matchAll(STANCE)];
      const last = stances[stances.length - 1];
      const held = cut((last ? head.slice(last.index + last[0].length) : head).split(/[;]/u).pop() ?? '');
      const following = cut(sentence.slice(proposer.end));
      gist = held.split(/\s+/u).filter(Boolean).length >= 2 ? held : `${held} ${following}`.trim();
    } else if (!gist && GIST_LEAD.test(rest)) {
      gist = cut(rest.replace(GIST_LEAD, ''));
    } else if (!gist && !proposer) {
      continue;
    }
    if (proposal && !proposer) continue;
    if (!gist) gist = cut(rest);
    if (!gist) continue;
    finds.push({
      proposer: proposer?.alias.entry.name ?? null,
      proposerWritten: proposer?.alias.alias ?? null,
      gist,
      sentence,
    });
  }
  return finds;
}
