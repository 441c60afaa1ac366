import { styledCharsFromTokens, styledCharsToString, tokenize } from '@alcalzone/ansi-tokenize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as quick from '../../src/render/ui/quick-ansi-tokenize.js';

// Ink's colours and styles as it writes them, opened and closed in any order.
const CODES = ['\u001b[31m', '\u001b[39m', '\u001b[36m', '\u001b[90m', '\u001b[1m', '\u001b[22m', '\u001b[2m', '\u001b[7m', '\u001b[27m', '\u001b[4m', '\u001b[24m', '\u001b[9m', '\u001b[29m', '\u001b[43m', '\u001b[49m', '\u001b[0m', '\u001b[38;5;208m'];
const piece = fc.oneof(fc.constantFrom(...CODES), fc.constantFrom('成', '员', 'a', ' ', '│', '…', 'é'));
const styledLine = fc.array(piece, { maxLength: 40 }).map((pieces) => styledCharsFromTokens(tokenize(pieces.join(''))));

describe('the UI bundle\'s ansi-tokenize', () => {
  it('writes the same string as the package for any styled characters (property)', () => {
    // Rows in Ink are cells taken from several writes: characters of different lines side by side.
    fc.assert(fc.property(fc.array(styledLine, { minLength: 1, maxLength: 4 }), (lines) => {
      const row = lines.flat();
      expect(quick.styledCharsToString(row)).toBe(styledCharsToString(row));
    }), { numRuns: 1000 });
  });

  it('keeps the package\'s other exports', () => {
    expect(quick.tokenize).toBe(tokenize);
    expect(quick.styledCharsFromTokens).toBe(styledCharsFromTokens);
  });
});
