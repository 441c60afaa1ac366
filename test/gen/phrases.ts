import { CHINESE, type LanguageProfile } from './language.js';
import type { Rng } from './rng.js';

/** Pieces of the base text used to build added or rewritten clauses by recombination (never invented prose). */
export class PhrasePool {
  /** Comma-separated phrases long enough to carry meaning, with the index of their source clause. */
  readonly phrases: Array<{ text: string; source: number }> = [];
  /** Whole sentences, with their source clause. */
  readonly sentences: Array<{ text: string; source: number }> = [];

  constructor(
    clauses: readonly string[],
    private readonly profile: LanguageProfile = CHINESE,
  ) {
    clauses.forEach((clause, source) => {
      for (const sentence of profile.poolSentences(clause)) this.sentences.push({ text: sentence, source });
      for (const phrase of profile.poolPhrases(clause)) this.phrases.push({ text: phrase, source });
    });
  }

  /** A new clause: `count` phrases from different clauses (none from `avoid`), joined and ended as the language does. */
  recombine(rng: Rng, count: number, avoid: ReadonlySet<number> = new Set()): string {
    const used = new Set(avoid);
    const parts: string[] = [];
    while (parts.length < count) {
      const phrase = rng.pick(this.phrases);
      if (used.has(phrase.source)) continue;
      used.add(phrase.source);
      parts.push(phrase.text);
    }
    return this.profile.recombined(parts);
  }

  /** A whole sentence from a clause other than those in `avoid`. */
  sentence(rng: Rng, avoid: ReadonlySet<number>): string {
    for (;;) {
      const sentence = rng.pick(this.sentences);
      if (!avoid.has(sentence.source)) return sentence.text;
    }
  }
}
