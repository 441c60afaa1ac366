import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { align } from '../../../src/align/index.js';
import { renderDocx, revisionStamp } from '../../../src/render/docx/index.js';
import { execFileSync } from 'node:child_process';
import { crc32, crc32Table, zipFiles } from '../../../src/render/docx/zip.js';
import { cleanText, escapeXml } from '../../../src/render/docx/xml.js';
import type { Declaration } from '../../../src/types.js';
import { excerptSeed } from '../../gen/generate.js';
import { documentXmlOf, expectedView, readParagraphs, unzip, view } from './read-docx.js';

/** A small declaration with these clauses under one heading. */
function declaration(title: string, clauses: string[], date = '2021-06-15'): Declaration {
  return { meta: { title, date, signatories: [], extra: {} }, preamble: [], sections: [{ heading: '一、合作', depth: 2, clauses, children: [] }] };
}

describe('the .docx package', () => {
  const a = excerptSeed(2, 3);
  const b: Declaration = { ...a, meta: { ...a.meta, date: '2021-09-17' }, preamble: [a.preamble[1]!, '成员国欢迎新的合作倡议。'] };
  const result = align(a, b);

  it('holds the parts Word needs, with an East Asian font and language for Chinese', () => {
    const files = unzip(renderDocx(result, a, b));
    expect(Object.keys(files)).toEqual(['[Content_Types].xml', '_rels/.rels', 'docProps/core.xml', 'word/_rels/document.xml.rels', 'word/document.xml', 'word/styles.xml', 'word/settings.xml']);
    const styles = new TextDecoder().decode(files['word/styles.xml']);
    expect(styles).toContain('w:eastAsia="SimSun"');
    expect(styles).toContain('w:eastAsia="zh-CN"');
  });

  it('dates every revision and zip entry with B\'s date, author clausewise: the same inputs give the same bytes, whatever the time zone', () => {
    expect(revisionStamp(result)).toBe('2021-09-17T00:00:00Z');
    const xml = documentXmlOf(renderDocx(result, a, b));
    const revisions = [...xml.matchAll(/<w:(?:ins|del|moveFrom|moveTo)\b[^>]*>/g)].map((m) => m[0]);
    expect(revisions.length).toBeGreaterThan(0);
    for (const tag of revisions) expect(tag).toMatch(/w:author="clausewise" w:date="2021-09-17T00:00:00Z"/);
    const before = process.env['TZ'];
    try {
      process.env['TZ'] = 'Pacific/Kiritimati';
      const east = renderDocx(result, a, b);
      process.env['TZ'] = 'America/Adak';
      const west = renderDocx(result, a, b);
      expect(Buffer.from(east).equals(Buffer.from(west))).toBe(true);
    } finally {
      if (before === undefined) delete process.env['TZ'];
      else process.env['TZ'] = before;
    }
    // DOS date of the first local header: 2021-09-17 00:00.
    const bytes = zipFiles([['x', new Uint8Array([1])]], '2021-09-17T00:00:00Z');
    const view32 = new DataView(bytes.buffer, bytes.byteOffset);
    expect(view32.getUint16(10, true)).toBe(0);
    expect(view32.getUint16(12, true)).toBe(((2021 - 1980) << 9) | (9 << 5) | 17);
  });

  it('is a zip that Python\'s zipfile reads and checks, with the CRC-32 of every entry', () => {
    expect(crc32Table(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    const bytes = new TextEncoder().encode('上海合作组织'.repeat(1000));
    expect(crc32Table(bytes)).toBe(crc32(bytes));
    const docx = renderDocx(result, a, b);
    const check = 'import sys, zipfile, io; z = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read())); print(z.testzip(), len(z.namelist()))';
    let out: string;
    try {
      out = execFileSync('python3', ['-c', check], { input: docx, encoding: 'utf8' });
    } catch {
      return console.warn('test/render/docx: python3 missing, the zip was not checked by zipfile');
    }
    expect(out.trim()).toBe('None 7');
  });

  it('leaves the last paragraph mark untracked when the text ends with removed, added or moved clauses', () => {
    const base = ['成员国指出，合作十分重要。', '成员国强调，应加强协调。', '成员国欢迎新的倡议。'];
    const pairs: Array<[string[], string[]]> = [
      [base, base.slice(0, 2)],
      [base, [...base, '成员国决定成立新的工作组。']],
      [base, [base[1]!, base[2]!, base[0]!]],
      [base, []],
    ];
    for (const [x, y] of pairs) {
      const from = declaration('宣言', x);
      const to = declaration('宣言', y);
      const paragraphs = readParagraphs(documentXmlOf(renderDocx(align(from, to), from, to)));
      expect(paragraphs[paragraphs.length - 1]!.mark).toBe('none');
      expect(view(paragraphs, 'accept')).toEqual(expectedView(to));
      expect(view(paragraphs, 'reject')).toEqual(expectedView(from));
    }
  });

  it('escapes text for XML and drops control characters, escape sequences and what XML cannot hold', () => {
    expect(escapeXml('a<b>&"c"')).toBe('a&lt;b&gt;&amp;&quot;c&quot;');
    expect(cleanText('x\u001B[31my\u0000z\u202E\uFFFF\uD800\tw')).toBe('xyz w');
    const hostile = fc.string({ unit: 'binary', maxLength: 40 });
    fc.assert(fc.property(hostile, hostile, hostile, (title, x, y) => {
      const from = declaration(`宣言${title}`, [`成员国${x}。`, '成员国指出。']);
      const to = declaration(`宣言${title}`, [`成员国${y}。`, '成员国强调。', `新${x}`]);
      const paragraphs = readParagraphs(documentXmlOf(renderDocx(align(from, to), from, to)));
      expect(view(paragraphs, 'accept').map((p) => p.text)).toEqual(expectedView(to).map((p) => p.text));
      expect(view(paragraphs, 'reject').map((p) => p.text)).toEqual(expectedView(from).map((p) => p.text));
      const xml = documentXmlOf(renderDocx(align(from, to), from, to));
      expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/);
    }), { numRuns: 200 });
  });
});
