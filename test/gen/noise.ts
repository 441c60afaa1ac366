import * as OpenCC from 'opencc-js/cn2t';
import type { Rng } from './rng.js';

/** Simplified → Traditional converter, built on first use. */
let toTraditional: ((text: string) => string) | undefined;

const HALF_WIDTH: Record<string, string> = { '，': ',', '；': ';', '：': ':', '（': '(', '）': ')', '！': '!', '？': '?' };

/** Noise that canonical folding removes: width of punctuation and digits, stray spaces, hard line breaks, Traditional script. */
export const NOISE_KINDS = ['width', 'spaces', 'breaks', 'traditional'] as const;
export type NoiseKind = (typeof NOISE_KINDS)[number];

/** Apply one kind of noise to a clause text. */
export function addNoise(text: string, kind: NoiseKind, rng: Rng): string {
  switch (kind) {
    case 'width':
      return text
        .replace(/[，；：（）！？]/g, (c) => HALF_WIDTH[c] ?? c)
        .replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    case 'spaces':
    case 'breaks': {
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
