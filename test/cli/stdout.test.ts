import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTerminal, openOutput, slices, utf8, utf8OfPieces } from '../../src/cli/stdout.js';
import { ROOT, runCli, SEED } from '../support/cli.js';

const REVISED = join(ROOT, 'fixtures/synthetic-2020-moscow-revised.md');

describe('slices', () => {
  it('joins back to the text and never cuts a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.integer({ min: 1, max: 9 }), (text, size) => {
        const pieces = slices(text, size);
        expect(pieces.join('')).toBe(text);
        let offset = 0;
        for (const piece of pieces) {
          expect(piece.length).toBeLessThanOrEqual(size);
          offset += piece.length;
          const last = piece.charCodeAt(piece.length - 1);
          const next = text.charCodeAt(offset);
          const cutPair = last >= 0xd800 && last <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
          expect(cutPair && piece.length > 1).toBe(false);
        }
      }),
    );
  });
});

/** Any text, lone surrogate halves included. */
const anyText = fc.string({ unit: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff')), maxLength: 60 });

describe('utf8', () => {
  it('encodes UTF-16LE exactly as Buffer.from(text, "utf8") does, a lone surrogate as U+FFFD', () => {
    fc.assert(fc.property(anyText, (text) => {
      expect(utf8(Buffer.from(text, 'utf16le')).equals(Buffer.from(text, 'utf8'))).toBe(true);
    }));
    expect(utf8(Buffer.from('a\ud800b', 'utf16le')).toString('hex')).toBe('61efbfbd62');
  });

  it('encodes pieces as their concatenation, over several buffers too', () => {
    fc.assert(fc.property(fc.array(anyText, { maxLength: 8 }), (pieces) => {
      expect(Buffer.concat([...utf8OfPieces(pieces)]).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
    }));
    const large = ['成员国'.repeat(100_000), '{', '重申'.repeat(200_000), '}'];
    const chunks = [...utf8OfPieces(large)];
    expect(chunks.length).toBeGreaterThan(1); // given as they fill, not joined
    expect(Buffer.concat(chunks).toString('utf8')).toBe(large.join(''));
  });
});

describe('openOutput', () => {
  it('writes exactly the text, in UTF-8, to a file descriptor', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausewise-stdout-'));
    try {
      const file = join(dir, 'out.txt');
      const fd = openSync(file, 'w');
      const text = `成员国𠵾 ${'重申'.repeat(70_000)}\n`;
      const first = (await openOutput(fd, () => new PassThrough())).writer;
      first.write(text);
      first.flush();
      const second = (await openOutput(fd, () => new PassThrough())).writer;
      second.write('end');
      second.flush();
      closeSync(fd);
      expect(readFileSync(file, 'utf8')).toBe(`${text}end`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes text with lone surrogates to a file descriptor as Buffer.from would encode it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausewise-stdout-'));
    try {
      await fc.assert(fc.asyncProperty(fc.array(anyText, { maxLength: 8 }), async (pieces) => {
        const file = join(dir, 'out.txt');
        const fd = openSync(file, 'w');
        const { writer } = await openOutput(fd, () => new PassThrough());
        for (const piece of pieces) writer.write(piece);
        writer.flush();
        closeSync(fd);
        expect(readFileSync(file).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
      }), { numRuns: 50 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes text with lone surrogates to a stream as Buffer.from would encode it, large pieces included', async () => {
    // Each piece ends with a full stop: the writer may encode two pieces apart, so half a pair at
    // the end of one and the other half at the start of the next is not joined.
    const piece = fc.oneof(anyText, anyText.map((text) => text.repeat(3000))).map((text) => `${text}.`);
    await fc.assert(fc.asyncProperty(fc.array(piece, { maxLength: 6 }), async (pieces) => {
      const stream = new PassThrough();
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      const { writer } = await openOutput(-1, () => stream);
      for (const piece of pieces) writer.write(piece);
      writer.flush();
      expect(Buffer.concat(chunks).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
    }), { numRuns: 50 });
  });

  it('writes exactly the text to a stream: small pieces joined, a large one in slices, the rest on flush', async () => {
    const stream = new PassThrough();
    const chunks: string[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
    const { writer } = await openOutput(-1, () => stream); // no descriptor: the stream is used
    const pieces = ['{', '\n  "a": ', '成员国'.repeat(20_000), ',', '𠵾'.repeat(9), '\n}'];
    for (const piece of pieces) writer.write(piece);
    const beforeFlush = chunks.join('');
    writer.flush();
    expect(chunks.join('')).toBe(pieces.join(''));
    expect(beforeFlush).toBe(pieces.slice(0, 3).join(''));
  });

  it('never creates the stream for a file or a device such as /dev/null', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausewise-stdout-'));
    try {
      for (const path of [join(dir, 'out.txt'), '/dev/null']) {
        const fd = openSync(path, 'w');
        let created = 0;
        const { writer, isTTY } = await openOutput(fd, () => {
          created++;
          return new PassThrough();
        });
        writer.write('成员国\n');
        writer.flush();
        closeSync(fd);
        expect({ path, created, isTTY }).toEqual({ path, created: 0, isTTY: false });
      }
      expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe('成员国\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.runIf(process.platform !== 'win32')('creates the stream for a pipe once, at the first write, not before', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausewise-stdout-'));
    try {
      const fifo = join(dir, 'fifo');
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      const fd = openSync(fifo, 'r+'); // read and write: opening does not wait for a reader
      const stream = new PassThrough();
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      let created = 0;
      const { writer, isTTY } = await openOutput(fd, () => {
        created++;
        return stream;
      });
      expect([created, isTTY]).toEqual([0, false]);
      writer.write('a');
      writer.write('b');
      writer.flush();
      closeSync(fd);
      expect(created).toBe(1);
      expect(Buffer.concat(chunks).toString('utf8')).toBe('ab');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('tells a file, a device that is not a terminal and a closed descriptor from a terminal', async () => {
    const fd = openSync('/dev/null', 'r');
    expect(await isTerminal(fd)).toBe(false);
    closeSync(fd);
    expect(await isTerminal(fd)).toBe(false);
  });

  it('gives the same report through a file and through a pipe as in-process', async () => {
    const expected = (await runCli(['diff', '--json', SEED, REVISED])).stdout;
    const dir = mkdtempSync(join(tmpdir(), 'clausewise-stdout-'));
    try {
      const file = join(dir, 'report.json');
      const fd = openSync(file, 'w');
      const toFile = spawnSync(process.execPath, [join(ROOT, 'dist/cli/main.js'), 'diff', '--json', SEED, REVISED], { stdio: ['ignore', fd, 'pipe'] });
      closeSync(fd);
      expect(toFile.status).toBe(0);
      expect(readFileSync(file, 'utf8')).toBe(expected);
      const toPipe = spawnSync(process.execPath, [join(ROOT, 'dist/cli/main.js'), 'diff', '--json', SEED, REVISED], { encoding: 'utf8' });
      expect(toPipe.stdout).toBe(expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('standard streams of the built CLI', () => {
  // Node builds process.stdin, stdout and stderr on first use, and building one loads modules
  // (tty, net, streams): a command writing to a file or a pipe should build only what it uses.
  const WATCH_STREAMS = `data:text/javascript,${encodeURIComponent(
    "import{writeSync}from'node:fs';for(const name of['stdin','stdout','stderr']){const real=Object.getOwnPropertyDescriptor(process,name);Object.defineProperty(process,name,{configurable:true,enumerable:real.enumerable,get(){writeSync(2,`built ${name}\\n`);return real.get.call(process)}})}",
  )}`;
  const cli = (stdout: 'pipe' | number, args: string[]) =>
    spawnSync(process.execPath, ['--import', WATCH_STREAMS, join(ROOT, 'dist/cli/main.js'), ...args], { stdio: ['ignore', stdout, 'pipe'], encoding: 'utf8' });

  it('builds none for a report written to a file, only stdout for a pipe, stderr only for an error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausewise-stdout-'));
    try {
      const fd = openSync(join(dir, 'report.json'), 'w');
      const toFile = cli(fd, ['diff', '--json', SEED, REVISED]);
      closeSync(fd);
      expect([toFile.status, toFile.stderr]).toEqual([0, '']);
      const toPipe = cli('pipe', ['diff', '--json', SEED, REVISED]);
      expect([toPipe.status, toPipe.stderr]).toEqual([0, 'built stdout\n']);
      expect(JSON.parse(toPipe.stdout).schema).toBe('clausewise/diff@1');
      const failed = cli('pipe', ['diff', '--json', SEED, join(dir, 'missing.md')]);
      expect(failed.status).toBe(2);
      expect(failed.stderr.split('\n')[0]).toBe('built stderr');
      expect(failed.stderr).toMatch(/^built stderr\nclausewise: .*missing\.md/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
