import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/ingest/decode.js';

/** The decoder's rules for UTF-8 and binary data (a BOM first, then the binary check of what follows it), with a fatal TextDecoder and a byte loop. */
function reference(bytes: Uint8Array): string {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  // The binary check reads what follows a BOM (issue 23).
  const body = bom ? bytes.subarray(3) : bytes;
  const sample = body.subarray(0, 65536);
  let controls = 0;
  for (const byte of sample) if ((byte < 0x20 && ![0x09, 0x0a, 0x0d, 0x0c].includes(byte)) || byte === 0x7f) controls += 1;
  if (body.includes(0) || controls > sample.length * 0.1) return 'binary';
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes);
  } catch {
    return 'not utf-8';
  }
}

function outcome(bytes: Uint8Array): string {
  try {
    const { text, encoding } = decodeBytes(bytes);
    return encoding === 'utf-8' ? text : 'not utf-8';
  } catch (error) {
    return /binary/.test((error as Error).message) ? 'binary' : 'not utf-8';
  }
}

/** Bytes that are mostly text: UTF-8 of any string, some control or invalid bytes mixed in, a BOM sometimes. */
const mostlyText = fc.tuple(
  fc.boolean(),
  fc.array(fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => [...new TextEncoder().encode(s)]),
    fc.array(fc.integer({ min: 1, max: 0x1f }), { maxLength: 3 }),
    fc.array(fc.integer({ min: 0x80, max: 0xff }), { maxLength: 3 }),
  ), { minLength: 1, maxLength: 12 }),
).map(([bom, parts]) => new Uint8Array([...(bom ? [0xef, 0xbb, 0xbf] : []), ...parts.flat()]))
  .filter((bytes) => bytes[0] !== 0xff && bytes[0] !== 0xfe);

describe('decodeBytes (UTF-8 and binary checks)', () => {
  it('agrees with a fatal TextDecoder and the byte-by-byte binary check', () => {
    fc.assert(fc.property(mostlyText, (bytes) => {
      const expected = reference(bytes);
      const actual = outcome(bytes);
      // Invalid UTF-8 may still be read as GB18030: only the UTF-8 answers must agree.
      if (expected !== 'not utf-8' || actual !== 'not utf-8') expect(actual).toBe(expected);
    }), { numRuns: 2000 });
  });

  it('counts control bytes in the first 64 KB only, as before', () => {
    const text = new TextEncoder().encode('成员国重申。\n'.repeat(8000));
    const controls = new Uint8Array(text.length + 30_000).fill(0x01);
    controls.set(text);
    expect(outcome(controls)).toBe(reference(controls));
    const early = new Uint8Array(70_000).fill(0x41);
    early.fill(0x1b, 0, 7000);
    expect(outcome(early)).toBe('binary');
    expect(reference(early)).toBe('binary');
  });

  it('keeps a second byte order mark as U+FEFF, as the TextDecoder did', () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41])).text).toBe('\uFEFFA');
  });
});
