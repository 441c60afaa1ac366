import { findGazetteerNames, type GazetteerHit } from './entities.js';
import type { InitiativeFind } from './initiative-zh.js';

/** How many characters before `initiative` are read for its name, proposer or the meeting held at it. */
const NEAR = 400;

/** Split an English text into sentences at `.`, `;`, `!` or `?` followed by a space. */
export function sentencesEn(text: string): string[] {
  return text.split(/(?<=[.;!?])\s+/u).filter((s) => s.trim().length > 0);
}

/** Words that introduce what an initiative is about. */
const GIST_LEAD = /^\s*(?:to|on|for|regarding|concerning|about)\b/iu;

/** Cut a phrase at the first comma, semicolon or full stop, and trim. */
function cut(text: string): string {
  return (text.split(/[,;.]/u)[0] ?? '').trim();
}

/** The country whose gazetteer hit starts exactly at `position` (after an optional `the`). */
function countryAt(hits: readonly GazetteerHit[], text: string, position: number): GazetteerHit | undefined {
  const skip = /^\s*(?:the\s+)?/iu.exec(text.slice(position))?.[0].length ?? 0;
  return hits.find((hit) => hit.start === position + skip && hit.alias.entry.kind === 'country');
}

/**
 * Initiatives in one English sentence: `the initiative of/by X to …`, `X's initiative to/on …`,
 * `the … Initiative put forward by X`, and `… held at the initiative of X`. The proposer must be
 * a country the gazetteer knows; otherwise it is null.
 */
export function initiativesInSentenceEn(sentence: string): InitiativeFind[] {
  const hits = findGazetteerNames(sentence);
  const finds: InitiativeFind[] = [];
  for (const match of sentence.matchAll(/\binitiatives?\b/giu)) {
    const start = match.index;
    const end = start + match[0].length;
    // What names or introduces an initiative stands just before it: NEAR characters are read, so
    // that the patterns anchored at the end stay linear whatever the length of the sentence.
    const offset = Math.max(0, start - NEAR);
    const before = sentence.slice(offset, start);
    const after = sentence.slice(end);
    let proposer: GazetteerHit | undefined;
    let gist = '';
    // X's initiative …
    const possessive = /['’]s\s+(?:[\w-]+\s+){0,2}$/u.exec(before);
    if (possessive) proposer = hits.find((hit) => hit.end === offset + possessive.index && hit.alias.entry.kind === 'country');
    // initiative of/by X …, at the initiative of X
    const of = /^\s+(?:of|by|put forward by|proposed by|advanced by|launched by)\b/iu.exec(after);
    if (!proposer && of) proposer = countryAt(hits, sentence, end + of[0].length);
    // … Initiative put forward by X (a named initiative)
    const named = /((?:[A-Z][\w-]*\s+(?:(?:and|of|for|on|the)\s+)*)*[A-Z][\w-]*)\s+$/u.exec(before);
    const rest = proposer && proposer.start > end ? sentence.slice(proposer.end) : after;
    if (/\bat the\s+$/iu.test(before)) {
      // … meeting held at the initiative of X: the gist is what was held.
      const held = cut(before.replace(/(?<!\s)\s*(?:(?:held|convened|organised|organized)\s*)?at the\s+$/iu, '').split(/[,;]/u).pop() ?? '');
      // Drop the subject and verb: the gist starts at the first article.
      const article = /\b(?:the|a|an)\s/iu.exec(held);
      gist = article ? held.slice(article.index) : held;
    } else if (named?.[1] && /^[A-Z]/u.test(match[0])) {
      gist = named[1].replace(/^The\s+/u, '');
    } else if (GIST_LEAD.test(rest)) {
      gist = cut(rest.replace(GIST_LEAD, ''));
    } else if (!proposer) {
      continue;
    }
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
