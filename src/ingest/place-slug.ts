import { knownPlace } from './place.js';

/**
 * The ASCII id part of a place name: the gazetteer's (`莫斯科` → `moscow`), else a romanisation:
 * Chinese by pinyin-pro (`呼和浩特` → `huhehaote`), Cyrillic by iuliia's Wikipedia scheme
 * (`Новосибирск` → `novosibirsk`), Latin letters with their accents removed. The two libraries
 * are loaded only for a place the gazetteer lacks. Undefined when nothing ASCII is left.
 */
export async function placeSlug(name: string): Promise<string | undefined> {
  const known = knownPlace(name);
  if (known) return known.ascii;
  let text = name.trim().replace(/^(?:г\.|город)\s*/u, '').replace(/(?<=\p{Script=Han})[市州]$/u, '');
  if (/\p{Script=Han}/u.test(text)) {
    const { pinyin } = await import('pinyin-pro');
    text = text.replace(/\p{Script=Han}+/gu, (han) => ` ${pinyin(han, { toneType: 'none', type: 'array' }).join('')} `);
  }
  if (/\p{Script=Cyrillic}/u.test(text)) {
    const iuliia = (await import('iuliia')).default;
    text = iuliia.translate(text, iuliia.WIKIPEDIA);
  }
  const slug = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug || undefined;
}
