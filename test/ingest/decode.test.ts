import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { declaredCharset, decodeBytes } from '../../src/ingest/decode.js';
import { encodeGbk } from './renderings.js';

const SAMPLE = '成员国重申，坚定支持联合国作为综合性多边组织。Member States';
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const utf16 = (text: string, endian: 'le' | 'be'): Uint8Array => {
  const out = [endian === 'le' ? 0xff : 0xfe, endian === 'le' ? 0xfe : 0xff];
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    out.push(...(endian === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
  }
  return new Uint8Array(out);
};

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a BOM, and drops the BOM', () => {
    expect(decodeBytes(utf8(SAMPLE))).toEqual({ text: SAMPLE, encoding: 'utf-8' });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(SAMPLE)]))).toEqual({ text: SAMPLE, encoding: 'utf-8' });
  });

  it('reads any well-formed UTF-8 text exactly as TextDecoder does (astral characters, U+FEFF inside, Latin-1 only)', () => {
    const text = fc.string({ unit: fc.oneof(fc.constantFrom('成', '员', '𠵾', '\ufeff', 'é', '\n', '\t'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })), maxLength: 60 });
    fc.assert(
      fc.property(text, (value) => {
        const bytes = utf8(`x${value}`);
        expect(decodeBytes(bytes).text).toBe(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
      }),
      { numRuns: 500 },
    );
  });

  it('reads UTF-16 little- and big-endian with a BOM', () => {
    expect(decodeBytes(utf16(SAMPLE, 'le'))).toEqual({ text: SAMPLE, encoding: 'utf-16le' });
    expect(decodeBytes(utf16(SAMPLE, 'be'))).toEqual({ text: SAMPLE, encoding: 'utf-16be' });
  });

  it('reads GBK declared by <meta charset> or <meta http-equiv>, with the gb18030 decoder', () => {
    for (const meta of ['<meta charset="gbk">', '<meta charset=gb2312>', '<meta http-equiv="Content-Type" content="text/html; charset=GB18030">']) {
      const page = `<html><head>${meta}</head><body><p>${SAMPLE}</p></body></html>`;
      const bytes = encodeGbk(page);
      expect(declaredCharset(bytes)).toBe('gb18030');
      expect(decodeBytes(bytes)).toEqual({ text: page, encoding: 'gb18030' });
    }
  });

  it('detects undeclared GBK text', () => {
    expect(decodeBytes(encodeGbk(SAMPLE))).toEqual({ text: SAMPLE, encoding: 'gb18030' });
  });

  it('prefers valid UTF-8 over a stale GBK declaration', () => {
    const page = `<meta charset="gbk"><p>${SAMPLE}</p>`;
    expect(decodeBytes(utf8(page)).encoding).toBe('utf-8');
  });

  it('rejects binary data and undecodable bytes with an InputError', () => {
    expect(() => decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toThrow(/binary/);
    expect(() => decodeBytes(new Uint8Array(Array.from({ length: 200 }, (_, i) => (i * 7) % 32)))).toThrow(InputError);
    expect(() => decodeBytes(new Uint8Array([...utf8('abc '), 0xff, 0x80, 0xff, 0xfe, 0x41]))).toThrow(/cannot decode/);
    expect(() => decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0xff, 0xff]))).toThrow(/invalid UTF-8/);
  });

  it('does not take Latin-1 text for GBK', () => {
    const latin1 = new Uint8Array([...'Fran'].map((ch) => ch.charCodeAt(0)).concat([0xe7], [...'ais et caf'].map((ch) => ch.charCodeAt(0)), [0xe9, 0x20]));
    expect(() => decodeBytes(latin1)).toThrow(/cannot decode/);
  });
});
