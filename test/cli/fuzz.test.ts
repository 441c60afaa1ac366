import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOneLineError, ROOT, runCli, SEED, spawnCli, tempDir } from '../support/cli.js';

/**
 * Fuzzing the importer and `diff` through the CLI: whatever the bytes, a run ends with a
 * result (exit 0) or one line on stderr (exit 2) — never a stack trace, a hang or a partial file.
 */

const seedBytes = readFileSync(SEED);
const dir = tempDir('clausewise-fuzz-');
let counter = 0;

function writeInput(bytes: Uint8Array | string, extension = 'txt'): string {
  counter += 1;
  const path = join(dir, `input-${counter}.${extension}`);
  writeFileSync(path, bytes);
  return path;
}

/** Files in the folder, to check that a failed run left nothing behind. */
function filesIn(folder: string): string[] {
  return readdirSync(folder).sort();
}

async function expectResultOrOneLineError(args: readonly string[]): Promise<number> {
  const result = await runCli(args, { cwd: dir });
  if (result.code === 0) {
    expect(result.stdout.length).toBeGreaterThan(0);
  } else {
    expect(result.code, result.stderr).toBe(2);
    expect(result.stdout).toBe('');
    expect(isOneLineError(result.stderr), result.stderr).toBe(true);
  }
  return result.code;
}

/** A deterministic generator so failures can be replayed. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed with random byte-level damage: flips, cuts, insertions of junk. */
function mutate(bytes: Uint8Array, random: () => number): Uint8Array {
  const out = Array.from(bytes);
  const edits = 1 + Math.floor(random() * 20);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * out.length);
    const what = random();
    if (what < 0.4) out[at] = Math.floor(random() * 256);
    else if (what < 0.7) out.splice(at, Math.floor(random() * 200));
    else out.splice(at, 0, ...Array.from({ length: Math.floor(random() * 50) }, () => Math.floor(random() * 256)));
  }
  return Uint8Array.from(out);
}

describe('fuzz: importer and diff never crash', () => {
  it('random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 4000 }), async (bytes) => {
        await expectResultOrOneLineError(['normalise', writeInput(bytes)]);
      }),
      { numRuns: 60, seed: 42 },
    );
  });

  it('mutated seed, in both normalise and diff', async () => {
    const random = prng(7);
    for (let run = 0; run < 40; run++) {
      const path = writeInput(mutate(seedBytes, random));
      await expectResultOrOneLineError(['normalise', path]);
      await expectResultOrOneLineError(['diff', '--json', SEED, path]);
    }
  });

  it('UTF-8 truncated at every kind of boundary, and truncated GBK', async () => {
    const random = prng(11);
    for (let run = 0; run < 30; run++) {
      const cut = 1 + Math.floor(random() * (seedBytes.length - 1));
      await expectResultOrOneLineError(['normalise', writeInput(seedBytes.subarray(0, cut))]);
    }
    const renderings = join(ROOT, 'fixtures/renderings');
    const gbk = readdirSync(renderings).filter((name) => /gbk|gb18030/i.test(name));
    expect(gbk.length).toBeGreaterThan(0);
    for (const name of gbk) {
      const bytes = readFileSync(join(renderings, name));
      for (let run = 0; run < 10; run++) {
        const cut = 1 + Math.floor(random() * (bytes.length - 1));
        await expectResultOrOneLineError(['normalise', writeInput(bytes.subarray(0, cut), 'html')]);
      }
    }
  });

  it('hostile shapes: huge lines, deep nesting, empty paragraphs, broken HTML', async () => {
    const paragraph = '成员国重申，坚定支持联合国作为综合性多边组织。';
    const shapes: Array<[string, string]> = [
      ['txt', `# 宣言\n\n${paragraph.repeat(60_000)}\n`],
      ['md', `# 宣言\n\n${Array.from({ length: 3000 }, (_, i) => `${'#'.repeat(2 + (i % 5))} 节${i}\n\n${paragraph}`).join('\n\n')}\n`],
      ['md', `# 宣言\n\n${'>'.repeat(5000)} ${paragraph}\n`],
      ['md', `# 宣言\n\n${'\n'.repeat(20_000)}${paragraph}\n${'\n\n'.repeat(5000)}`],
      ['html', `<html><body>${'<div>'.repeat(20_000)}<h1>宣言</h1><p>${paragraph}</p></body></html>`],
      ['html', `<html><head><meta charset="gbk"><title>x</title></head><body><h1>宣言<p>${paragraph}<p><b><i>未闭合</b></i><script>alert(1)</script><table><tr><td>${paragraph}`],
      ['html', '<html><body><p></p><p></p></body></html>'],
      ['txt', '\u0000\u0001\u0002'.repeat(1000)],
      ['txt', '\uFEFF'],
      ['txt', '\n\n\n   \u3000\u3000\n\t\n'],
    ];
    for (const [extension, text] of shapes) {
      const started = performance.now();
      await expectResultOrOneLineError(['normalise', writeInput(text, extension)]);
      expect(performance.now() - started).toBeLessThan(15_000);
    }
  });

  it('a failed import writes no file and leaves the folder as it was', async () => {
    const work = tempDir('clausewise-nowrite-');
    const bad = join(work, 'bad.txt');
    writeFileSync(bad, Uint8Array.from([0, 159, 146, 150, 0, 0, 255, 254, 0, 1]));
    const before = filesIn(work);
    const result = await runCli(['import', bad, '--id', 'x-test'], { cwd: work });
    expect(result.code).toBe(2);
    expect(filesIn(work)).toEqual(before);
    expect(existsSync(join(work, 'declarations', 'x-test.md'))).toBe(false);
  });
});

describe('fuzz in a real process', () => {
  it('a 100 MB file is refused quickly with the size limit in the message', () => {
    const path = join(dir, 'huge.txt');
    const chunk = Buffer.from('成员国重申，坚定支持联合国。\n'.repeat(100_000));
    const copies = Math.ceil((100 * 1024 * 1024) / chunk.length);
    writeFileSync(path, Buffer.concat(Array.from({ length: copies }, () => chunk)));
    expect(statSync(path).size).toBeGreaterThanOrEqual(100 * 1024 * 1024);
    const started = performance.now();
    const result = spawnCli(['normalise', path]);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(result.code).toBe(2);
    expect(isOneLineError(result.stderr), result.stderr).toBe(true);
    expect(result.stderr).toMatch(/limit/);
  });

  it('binary and undecodable input give one line and exit 2 in a real process', () => {
    const binary = writeInput(Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256), 'bin');
    for (const path of [binary, join(dir, 'does-not-exist.txt'), dir]) {
      const result = spawnCli(['normalise', path]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(isOneLineError(result.stderr), result.stderr).toBe(true);
    }
  });
});
