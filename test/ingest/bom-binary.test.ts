import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/ingest/decode.js';
import { InputError } from '../../src/errors.js';

/** Issue 23, item 6: the binary check runs after a byte order mark is removed, for UTF-8 and UTF-16. */

const TEXT = '成员国指出。\n';
const withNul = `${TEXT}\u0000\u0001\u0002${TEXT}`;
const controls = `${TEXT}${'\u0001\u0002\u0003'.repeat(20)}`;

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  if (bigEndian) le.swap16();
  return Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), le]);
}

const FORMS: Record<string, (text: string) => Uint8Array> = {
  'UTF-8 with BOM': (text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
  'UTF-16LE': (text) => utf16(text, false),
  'UTF-16BE': (text) => utf16(text, true),
};

describe('binary data behind a byte order mark', () => {
  it.each(Object.keys(FORMS))('%s: NUL and control bytes are refused, text is read', (form) => {
    const encode = FORMS[form]!;
    expect(() => decodeBytes(encode(withNul))).toThrow(InputError);
    expect(() => decodeBytes(encode(controls))).toThrow(/binary data/);
    expect(decodeBytes(encode(TEXT)).text).toBe(TEXT);
  });
});
