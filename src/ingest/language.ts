/** Frequent characters written differently in Traditional and Simplified Chinese, in pairs. */
const TRADITIONAL = new Set('國會與為這對們個發經關際組織員議戰權義實區進時說過還從應');
const SIMPLIFIED = new Set('国会与为这对们个发经关际组织员议战权义实区进时说过还从应');

/** How much text to look at: enough to be sure, small enough to stay fast. */
export const SAMPLE = 4000;

/**
 * Guess the BCP 47 language tag of a declaration's text: `zh-Hans` / `zh-Hant` (by frequent
 * characters that differ between the scripts), `ru`, `en`, `fr`; undefined when unsure.
 */
export function detectLanguage(text: string): string | undefined {
  const sample = text.slice(0, SAMPLE);
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  const cyrillic = sample.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (han > 0 && han >= (cyrillic + latin) / 4) {
    let traditional = 0;
    let simplified = 0;
    for (const ch of sample) {
      if (TRADITIONAL.has(ch)) traditional += 1;
      else if (SIMPLIFIED.has(ch)) simplified += 1;
    }
    return traditional > simplified ? 'zh-Hant' : 'zh-Hans';
  }
  if (cyrillic > latin) return 'ru';
  if (latin === 0) return undefined;
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const count = (list: readonly string[]): number => words.filter((word) => list.includes(word)).length;
  const english = count(['the', 'of', 'and', 'to', 'in']);
  const french = count(['les', 'des', 'et', 'du', 'la']);
  if (english === 0 && french === 0) return undefined;
  return english >= french ? 'en' : 'fr';
}
