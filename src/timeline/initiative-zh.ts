import { trimWhere } from '../text/trim-where.js';
import { countryAtEnd, findGazetteerNames } from './entities.js';

/** An initiative found in one sentence, before it is tied to a clause. */
export interface InitiativeFind {
  /** Canonical name of the proposing country, or null when the text names none. */
  proposer: string | null;
  /** The proposer as written (`俄方`, `吉尔吉斯共和国`), or null. */
  proposerWritten: string | null;
  /** What is proposed, as written: the `关于…` part, the quoted name, or the verb's object. */
  gist: string;
  /** The sentence it was found in. */
  sentence: string;
}

const OPENERS: Record<string, string> = { '》': '《', '”': '“', '）': '（', ')': '(', '〉': '〈', '>': '<' };
const CLOSERS: Record<string, string> = { '《': '》', '“': '”', '（': '）', '(': ')', '〈': '〉', '<': '>' };

/** Punctuation that ends a phrase (full-width and the ASCII forms noise may leave). */
const BOUNDARIES = '，；。：,;:';

/** Verbs that open the phrase naming an initiative (`注意到…的倡议`). */
const LEAD_VERBS = ['注意到', '支持', '欢迎', '肯定', '赞赏', '落实', '实施', '研究', '提出', '评价', '重申'];

/** Words before `倡议` that refer back to an initiative already named. */
const ANAPHORA = /(?:该|此|上述|这一|这些|各项)$/u;

/** Split a text into sentences at `。；！？`, keeping the punctuation. */
export function sentencesZh(text: string): string[] {
  return text.split(/(?<=[。；！？;])/u).filter((s) => s.trim().length > 0);
}

/** Scan left from `end` (exclusive) to the nearest boundary at bracket depth 0; returns its index + 1. */
function segmentStart(text: string, end: number, boundaries: string): number {
  let depth = 0;
  for (let i = end - 1; i >= 0; i--) {
    const char = text[i] ?? '';
    if (OPENERS[char]) depth += 1;
    else if (CLOSERS[char]) depth = Math.max(0, depth - 1);
    else if (depth === 0 && boundaries.includes(char)) return i + 1;
  }
  return 0;
}

/** Scan right from `start` to the nearest `，。；` at bracket depth 0; returns its index (or the length). */
function segmentEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const char = text[i] ?? '';
    if (CLOSERS[char]) depth += 1;
    else if (OPENERS[char]) depth = Math.max(0, depth - 1);
    else if (depth === 0 && '，。；,;'.includes(char)) return i;
  }
  return text.length;
}

/** Index of the last `word` in `text` outside brackets, or -1. */
function lastOutsideBrackets(text: string, word: string): number {
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const char = text[i] ?? '';
    if (OPENERS[char]) depth += 1;
    else if (CLOSERS[char]) depth = Math.max(0, depth - 1);
    else if (depth === 0 && text.startsWith(word, i)) return i;
  }
  return -1;
}

/** Index of the bracket opening the one that closes `text` (its last character), or -1. */
function openingOf(text: string): number {
  const close = text[text.length - 1] ?? '';
  const open = OPENERS[close];
  if (!open) return -1;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === close) depth += 1;
    else if (text[i] === open) {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** The last country named in a text (gazetteer, with `…方` forms), or undefined. */
function lastCountry(text: string): { written: string; name: string } | undefined {
  const hits = findGazetteerNames(text).filter((hit) => hit.alias.entry.kind === 'country');
  const last = hits[hits.length - 1];
  return last ? { written: last.alias.alias, name: last.alias.entry.name } : undefined;
}

/** Strip one pair of enclosing quotation marks or title brackets. */
function unwrap(text: string): string {
  const inner = /^[“《"](.*)[”》"]$/su.exec(text);
  return inner?.[1] ?? text;
}

/** Drop a lead verb at the start of a phrase (`注意到在…` → `在…`). */
function dropLeadVerb(text: string): string {
  let best = text;
  for (const verb of LEAD_VERBS) {
    const at = text.lastIndexOf(verb);
    if (at >= 0 && at + verb.length <= text.length) {
      const rest = text.slice(at + verb.length);
      if (rest.length < best.length) best = rest;
    }
  }
  return best;
}

/**
 * Initiatives in one Chinese sentence: `X关于…的倡议`, `X提出的“…”倡议`, `《…》倡议`,
 * `…的倡议` with no proposer, and the verb form `由X倡议…`. Anaphora (`该倡议`) are skipped.
 * When the construction does not name the proposer, the last country named earlier in the same
 * comma segment is taken (`支持塔吉克斯坦共和国…落实《…》倡议`).
 */
export function initiativesInSentenceZh(sentence: string): InitiativeFind[] {
  const finds: InitiativeFind[] = [];
  let from = 0;
  for (;;) {
    const at = sentence.indexOf('倡议', from);
    if (at < 0) break;
    from = at + 2;
    const before = sentence.slice(0, at);
    if (ANAPHORA.test(before)) continue;
    const find = analyse(sentence, before, at);
    if (find) finds.push(find);
  }
  return finds;
}

function analyse(sentence: string, before: string, at: number): InitiativeFind | undefined {
  const make = (gist: string, proposer: { written: string; name: string } | undefined): InitiativeFind | undefined => {
    const clean = trimWhere(gist, (ch) => /[，、：,:\s]/u.test(ch));
    if (!clean) return undefined;
    return { proposer: proposer?.name ?? null, proposerWritten: proposer?.written ?? null, gist: clean, sentence };
  };
  const commaSegment = before.slice(segmentStart(before, before.length, BOUNDARIES));
  // Verb form: 由俄罗斯联邦倡议举行的…会议
  const by = /由([^，、。；,;]{1,16})$/u.exec(before);
  const byProposer = by?.[1] ? countryAtEnd(by[1]) : undefined;
  if (byProposer) {
    const proposer = byProposer;
    const after = sentence.slice(at + 2, segmentEnd(sentence, at + 2));
    return make(after, proposer);
  }
  // X关于…的倡议 (the last 关于 outside brackets)
  if (before.endsWith('的')) {
    const about = lastOutsideBrackets(commaSegment, '关于');
    if (about >= 0) {
      const head = commaSegment.slice(0, about);
      const proposer = countryAtEnd(head) ?? lastCountry(head);
      return make(commaSegment.slice(about + 2, -1), proposer);
    }
  }
  // X提出的“…”倡议, 《…》倡议
  const open = openingOf(before);
  if (open >= 0) {
    const name = unwrap(before.slice(open));
    const head = before.slice(0, open);
    const proposer = head.endsWith('提出的') ? countryAtEnd(head.slice(0, -3)) : lastCountry(head.slice(segmentStart(head, open, BOUNDARIES)));
    return make(name, proposer);
  }
  // Verb use after a country: 成员国欢迎俄罗斯联邦倡议举办…
  const subject = countryAtEnd(commaSegment);
  if (subject) return make(sentence.slice(at + 2, segmentEnd(sentence, at + 2)), subject);
  // Verb use at the start of a phrase: 各方重申，倡议推动建设…
  if (commaSegment.length === 0 || /(?:重申|一致|共同|愿|将)$/u.test(commaSegment)) {
    const after = sentence.slice(at + 2, segmentEnd(sentence, at + 2));
    return make(after, undefined);
  }
  // …的倡议 / …合作倡议 without a named proposer
  const phrase = dropLeadVerb(before.slice(segmentStart(before, before.length, `${BOUNDARIES}、`))).replace(/的$/u, '');
  return make(phrase, lastCountry(commaSegment.slice(0, Math.max(0, commaSegment.length - phrase.length))));
}
