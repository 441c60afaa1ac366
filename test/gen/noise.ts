import * as OpenCC from 'opencc-js/cn2t';
import type { Rng } from './rng.js';

/** Simplified → Traditional converter, built on first use. */
let toTraditional: ((text: string) => string) | undefined;

const HALF_WIDTH: Record<string, string> = { '，': ',', '；': ';', '：': ':', '（': '(', '）': ')', '！': '!', '？': '?' };

/** Noise that canonical folding removes: width of punctuation and digits, stray spaces, hard line breaks, Traditional script. */
export const NOISE_KINDS = ['width', 'spaces', 'breaks', 'traditional'] as const;
export type NoiseKind = (typeof NOISE_KINDS)[number];

/** Apply one kind of noise to a clause text; in a script with spaces between words (`spaced`), spaces and breaks go between words. */
export function addNoise(text: string, kind: NoiseKind, rng: Rng, spaced = false): string {
  switch (kind) {
    case 'width':
      if (spaced) return text.replace(/[,;:()!?0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
      return text
        .replace(/[，；：（）！？]/g, (c) => HALF_WIDTH[c] ?? c)
        .replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    case 'spaces':
    case 'breaks': {
      if (spaced) return spacedNoise(text, kind, rng);
      const chars = [...text];
      const count = rng.int(1, 3);
      for (let k = 0; k < count; k++) {
        const at = rng.int(1, Math.max(1, chars.length - 1));
        chars.splice(at, 0, kind === 'breaks' ? '\n' : rng.pick([' ', '\u3000', '  ']));
      }
      return kind === 'spaces' && rng.chance(0.5) ? `\u3000\u3000${chars.join('')} ` : chars.join('');
    }
    case 'traditional':
      return (toTraditional ??= OpenCC.Converter({ from: 'cn', to: 'tw' }))(text);
  }
}

/** Extra spaces, or hard line breaks, at 1–3 of the spaces between words. */
function spacedNoise(text: string, kind: 'spaces' | 'breaks', rng: Rng): string {
  const words = text.split(' ');
  if (words.length < 2) return kind === 'spaces' ? `  ${text} ` : text;
  const count = rng.int(1, 3);
  const gaps = words.slice(1).map(() => ' ');
  for (let k = 0; k < count; k++) gaps[rng.int(0, gaps.length - 1)] = kind === 'breaks' ? '\n' : rng.pick(['  ', '\u00a0', ' \t ']);
  return words.map((word, k) => (k === 0 ? word : `${gaps[k - 1]}${word}`)).join('');
}
