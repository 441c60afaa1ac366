import type { Rng } from './rng.js';

/** Pieces of real seed text used to build added or rewritten clauses by recombination (never invented prose). */
export class PhrasePool {
  /** Comma-separated phrases of at least 6 characters, with the index of their source clause. */
  readonly phrases: Array<{ text: string; source: number }> = [];
  /** Whole sentences ending in 。, with their source clause. */
  readonly sentences: Array<{ text: string; source: number }> = [];

  constructor(clauses: readonly string[]) {
    clauses.forEach((clause, source) => {
      for (const sentence of clause.match(/[^。]+。/g) ?? []) this.sentences.push({ text: sentence, source });
      for (const phrase of clause.split(/[，。；：]/)) if (phrase.length >= 6) this.phrases.push({ text: phrase, source });
    });
  }

  /** A new clause: `count` phrases from different seed clauses (none from `avoid`), joined with ， and ended with 。. */
  recombine(rng: Rng, count: number, avoid: ReadonlySet<number> = new Set()): string {
    const used = new Set(avoid);
    const parts: string[] = [];
    while (parts.length < count) {
      const phrase = rng.pick(this.phrases);
      if (used.has(phrase.source)) continue;
      used.add(phrase.source);
      parts.push(phrase.text);
    }
    return `${parts.join('，')}。`;
  }

  /** A whole seed sentence from a clause other than those in `avoid`. */
  sentence(rng: Rng, avoid: ReadonlySet<number>): string {
    for (;;) {
      const sentence = rng.pick(this.sentences);
      if (!avoid.has(sentence.source)) return sentence.text;
    }
  }
}
