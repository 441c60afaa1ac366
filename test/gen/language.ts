import type { Rng } from './rng.js';

/** Everything the edit generator needs to know about a language: its phrases and its punctuation. */
export interface LanguageProfile {
  /** `zh`, `en` or `ru`. */
  name: 'zh' | 'en' | 'ru';
  /** Verb swaps of a light rewording, [from, to]. */
  verbs: Array<[string, string]>;
  /** Lead-ins put before a clause by a heavy rewording. */
  leadIns: string[];
  /** Names inserted after the first list separator by a light rewording. */
  countries: string[];
  /** The separator after which a name is inserted (and at which a clause is cut in half). */
  listSeparator: string;
  /** Where a half-rewritten clause is cut: the first of these after its middle. */
  clauseSeparator: string;
  /** A light rewording's last resort: a word inserted at the start. */
  insertWord(text: string): string;
  /** Put a lead-in before a clause. */
  lead(leadIn: string, text: string): string;
  /** The clause's sentences, in order (their concatenation with `joiner` reads as the clause). */
  sentences(text: string): string[];
  /** Does the clause hold a sentence end before its last character (can it be split)? */
  splittable(text: string): boolean;
  /** What joins two clauses (or two pieces) into one text. */
  joiner: string;
  /** Sentences of a clause for the phrase pool. */
  poolSentences(clause: string): string[];
  /** Comma-separated phrases of a clause for the phrase pool (long enough to carry meaning). */
  poolPhrases(clause: string): string[];
  /** Phrases joined into a new clause. */
  recombined(parts: string[]): string;
  /** A renamed heading. */
  rename(heading: string): string;
  /** A numbered heading (`k` from 0). */
  numbered(heading: string, k: number): string;
  /** The title after a retitling edit. */
  retitled(title: string): string;
  /** Kinds of noise that make sense in the language (Traditional script only in Chinese). */
  noiseKinds: ReadonlyArray<'width' | 'spaces' | 'breaks' | 'traditional'>;
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];

/** Chinese: the generator's original phrases and punctuation. */
export const CHINESE: LanguageProfile = {
  name: 'zh',
  verbs: [['支持', '注意到'], ['强调', '指出'], ['欢迎', '赞赏'], ['认为', '重申'], ['注意到', '欢迎'], ['高度评价', '赞赏'], ['重申', '强调']],
  leadIns: ['为此，', '在此背景下，', '鉴于当前国际和地区形势，', '根据上合组织宪章，'],
  countries: ['蒙古国、', '白俄罗斯共和国、', '阿富汗伊斯兰共和国、', '伊朗伊斯兰共和国、'],
  listSeparator: '、',
  clauseSeparator: '，',
  insertWord: (text) => text.replace(/^(成员国)?/, (m) => `${m}一致`),
  lead: (leadIn, text) => `${leadIn}${text}`,
  sentences: (text) => {
    const sentences: string[] = [];
    for (const sentence of text.match(/[^。]+(?:。|$)/g) ?? []) {
      if (sentence.trim() === '' || sentence.trim() === '。') sentences[sentences.length - 1] += sentence;
      else sentences.push(sentence);
    }
    return sentences;
  },
  splittable: (text) => (text.slice(0, -1).match(/。/g) ?? []).length >= 1,
  joiner: '',
  poolSentences: (clause) => clause.match(/[^。]+。/g) ?? [],
  poolPhrases: (clause) => clause.split(/[，。；：]/).filter((phrase) => phrase.length >= 6),
  recombined: (parts) => `${parts.join('，')}。`,
  rename: (old) => (old.endsWith('合作') ? `${old.slice(0, -2)}领域合作` : `${old}与合作`),
  numbered: (heading, k) => `${NUMERALS[k] ?? String(k + 1)}、${heading}`,
  retitled: (title) => title.replace('莫斯科', '杜尚别'),
  noiseKinds: ['width', 'spaces', 'breaks', 'traditional'],
};

/** Sentences of an alphabetic text: runs ending in . ! or ? followed by a space (or the end). */
const alphabeticSentences = (text: string): string[] => (text.match(/[^.!?]+(?:[.!?]+(?=\s|$)|$)\s*/g) ?? []).map((s) => s.trim()).filter((s) => s !== '');
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** What English and Russian share: spaces between words, `.` ends a sentence, `, ` separates. */
function alphabetic(profile: Pick<LanguageProfile, 'name' | 'verbs' | 'leadIns' | 'countries' | 'insertWord' | 'rename'> & { phraseBreaks: RegExp }): LanguageProfile {
  const { phraseBreaks: _breaks, ...rest } = profile;
  return {
    ...rest,
    listSeparator: ', ',
    clauseSeparator: ', ',
    lead: (leadIn, text) => `${leadIn}${lowerFirst(text)}`,
    sentences: alphabeticSentences,
    splittable: (text) => alphabeticSentences(text).length >= 2,
    joiner: ' ',
    poolSentences: alphabeticSentences,
    // Cut at conjunctions too, so that a phrase is as small a part of its clause as a Chinese one (a sixth to a tenth).
    poolPhrases: (clause) => clause.split(profile.phraseBreaks).map((phrase) => phrase.trim()).filter((phrase) => phrase.split(' ').length >= 4),
    recombined: (parts) => {
      const text = parts.map((part, k) => (k === 0 ? part.charAt(0).toUpperCase() + part.slice(1) : lowerFirst(part))).join(', ');
      return `${text}.`;
    },
    numbered: (heading, k) => `${k + 1}. ${heading}`,
    retitled: (title) => `${title} (revised)`,
    noiseKinds: ['width', 'spaces', 'breaks'],
  };
}

/** English phrases (written for the evaluation). */
export const ENGLISH: LanguageProfile = alphabetic({
  name: 'en',
  verbs: [['note', 'stress'], ['support', 'welcome'], ['welcome', 'appreciate'], ['agree', 'decide'], ['stress', 'underline'], ['call for', 'advocate'], ['express concern', 'are worried']],
  leadIns: ['To this end, ', 'In this context, ', 'Given the current regional situation, ', 'In line with the charter of the organisation, '],
  countries: ['Mongolia, ', 'Belarus, ', 'Afghanistan, ', 'Iran, '],
  insertWord: (text) => text.replace(/^(The member states )?/, (m) => `${m}also `),
  rename: (old) => `${old} and partnership`,
  phraseBreaks: /[,.;:]\s*|\s(?:and|which|that|including|so that|while|but|with)\s/,
});

/** Russian phrases (written for the evaluation). */
export const RUSSIAN: LanguageProfile = alphabetic({
  name: 'ru',
  verbs: [['отмечают', 'подчёркивают'], ['поддерживают', 'приветствуют'], ['приветствуют', 'высоко оценивают'], ['договорились', 'решили'], ['подчёркивают', 'указывают'], ['призывают', 'предлагают'], ['выражают обеспокоенность', 'выражают тревогу']],
  leadIns: ['В этой связи ', 'В этом контексте ', 'С учётом нынешней обстановки в регионе ', 'В соответствии с уставом организации '],
  countries: ['Монголия, ', 'Белоруссия, ', 'Афганистан, ', 'Иран, '],
  insertWord: (text) => text.replace(/^(Государства-члены )?/, (m) => `${m}также `),
  rename: (old) => `${old} и партнёрство`,
  phraseBreaks: /[,.;:]\s*|\s(?:и|а|что|чтобы|который|которые|которая|включая|но|с)\s/,
});

/** The profile of a declaration's language (`meta.lang`), Chinese when it names none. */
export function profileOf(lang: string | undefined): LanguageProfile {
  if (lang === 'en') return ENGLISH;
  if (lang === 'ru') return RUSSIAN;
  return CHINESE;
}

/** Pick one of the profile's noise kinds (Chinese: the original four, in the original order). */
export function pickNoise(profile: LanguageProfile, rng: Rng): LanguageProfile['noiseKinds'][number] {
  return rng.pick(profile.noiseKinds);
}
