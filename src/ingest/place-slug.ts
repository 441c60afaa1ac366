import { knownPlace } from './place.js';

/** The romanisers, once loaded (`loadRomanisers`): pinyin-pro's `pinyin` and iuliia's Wikipedia scheme. */
let chinese: ((han: string) => string) | undefined;
let cyrillic: ((text: string) => string) | undefined;

const HAN = /\p{Script=Han}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * Load what romanising this place name needs: pinyin-pro for Chinese, iuliia for Cyrillic; nothing
 * for a gazetteer city or a Latin name. The importer calls it for the place it found, `import` for
 * `--place`, so that `placeSlug` (and `defaultId`) can stay synchronous.
 */
export async function loadRomanisers(name: string | undefined): Promise<void> {
  if (!name || knownPlace(name)) return;
  if (HAN.test(name) && !chinese) {
    const { pinyin } = await import('pinyin-pro');
    chinese = (han) => pinyin(han, { toneType: 'none', type: 'array' }).join('');
  }
  if (CYRILLIC.test(name) && !cyrillic) {
    const iuliia = (await import('iuliia')).default;
    cyrillic = (text) => iuliia.translate(text, iuliia.WIKIPEDIA);
  }
}

/**
 * The ASCII id part of a place name: the gazetteer's (`莫斯科` → `moscow`), else a romanisation:
 * Chinese by pinyin-pro (`呼和浩特` → `huhehaote`), Cyrillic by iuliia's Wikipedia scheme
 * (`Новосибирск` → `novosibirsk`), Latin letters with their accents removed. A script whose
 * romaniser `loadRomanisers` has not loaded is left out. Undefined when nothing ASCII is left.
 */
export function placeSlug(name: string): string | undefined {
  const known = knownPlace(name);
  if (known) return known.ascii;
  let text = name.trim().replace(/^(?:г\.|город)\s*/u, '').replace(/(?<=\p{Script=Han})[市州]$/u, '');
  if (chinese && HAN.test(text)) text = text.replace(/\p{Script=Han}+/gu, (han) => ` ${chinese!(han)} `);
  if (cyrillic && CYRILLIC.test(text)) text = cyrillic(text);
  const slug = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug || undefined;
}
