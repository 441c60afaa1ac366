import { spawn, spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type FileContent, writeFileAtomic } from '../../src/store/atomic-write.js';

/** Make a FIFO at `fifo`, write `content` into it with `writeFileAtomic` (as `-o` does) and return what a reader got. */
async function writtenThroughFifo(fifo: string, content: FileContent): Promise<string> {
  expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
  const reader = spawn('cat', [fifo]);
  let received = '';
  reader.stdout.on('data', (chunk: Buffer) => (received += chunk.toString()));
  const closed = new Promise((done) => reader.on('close', done));
  await writeFileAtomic(fifo, content, { throughLinks: true });
  await closed;
  return received;
}

describe('writeFileAtomic', () => {
  it('creates folders, replaces content and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausewise-atomic-'));
    const target = join(dir, 'a/b/file.md');
    await writeFileAtomic(target, 'first\n');
    await writeFileAtomic(target, new TextEncoder().encode('second 第二\n'));
    expect(readFileSync(target, 'utf8')).toBe('second 第二\n');
    expect(readdirSync(join(dir, 'a/b'))).toEqual(['file.md']);
  });

  it('writes chunks as they come, to a file and into a FIFO, and leaves the old content when making them fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausewise-atomic-'));
    const target = join(dir, 'report.json');
    const encode = (text: string) => new TextEncoder().encode(text);
    await writeFileAtomic(target, [encode('{"a": '), encode('"第一"'), encode('}\n')]);
    expect(readFileSync(target, 'utf8')).toBe('{"a": "第一"}\n');
    function* failing(): Generator<Uint8Array> {
      yield encode('partial');
      throw new Error('the report failed half-way');
    }
    await expect(writeFileAtomic(target, failing())).rejects.toThrow('half-way');
    expect(readFileSync(target, 'utf8')).toBe('{"a": "第一"}\n');
    expect(readdirSync(dir)).toEqual(['report.json']);
    const fifo = join(dir, 'pipe');
    expect(await writtenThroughFifo(fifo, [encode('one '), encode('two\n')])).toBe('one two\n');
  });

  it('puts its temporary file in tempDir and removes it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausewise-atomic-'));
    const temp = join(dir, 'temp');
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out/file.md'), 'old\n');
    await writeFileAtomic(join(dir, 'out/file.md'), 'new\n', { tempDir: temp });
    expect(readFileSync(join(dir, 'out/file.md'), 'utf8')).toBe('new\n');
    expect(readdirSync(join(dir, 'out'))).toEqual(['file.md']);
    expect(readdirSync(temp)).toEqual([]);
  });

  it('leaves the old content and no temporary file when the rename fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausewise-atomic-'));
    mkdirSync(join(dir, 'target-is-a-folder'));
    writeFileSync(join(dir, 'target-is-a-folder/keep'), 'x');
    await expect(writeFileAtomic(join(dir, 'target-is-a-folder'), 'new\n')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['target-is-a-folder']);
  });

  // `clausewise diff -o /dev/null` once replaced the device with a regular file.
  it('writes into a FIFO (or a device) instead of replacing it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausewise-atomic-'));
    const fifo = join(dir, 'pipe');
    expect(await writtenThroughFifo(fifo, 'report\n')).toBe('report\n');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['pipe']);
  });

  it('writes through a symbolic link, keeping the link', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausewise-atomic-'));
    writeFileSync(join(dir, 'real.md'), 'old\n');
    symlinkSync('real.md', join(dir, 'link.md'));
    await writeFileAtomic(join(dir, 'link.md'), 'new\n', { throughLinks: true });
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.md'), 'utf8')).toBe('new\n');
    expect(readdirSync(dir).sort()).toEqual(['link.md', 'real.md']);
  });

  it('writes through a link whose target does not exist yet, creating the target as a shell would', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausewise-atomic-'));
    symlinkSync('report.html', join(dir, 'link.html'));
    await writeFileAtomic(join(dir, 'link.html'), 'new\n', { throughLinks: true });
    expect(lstatSync(join(dir, 'link.html')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toBe('new\n');
    expect(readdirSync(dir).sort()).toEqual(['link.html', 'report.html']);
  });

  it('replaces a symbolic link itself by default (the store: nothing is written outside it)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausewise-atomic-'));
    writeFileSync(join(dir, 'outside.md'), 'keep\n');
    symlinkSync('outside.md', join(dir, 'link.md'));
    await writeFileAtomic(join(dir, 'link.md'), 'new\n');
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(dir, 'link.md'), 'utf8')).toBe('new\n');
    expect(readFileSync(join(dir, 'outside.md'), 'utf8')).toBe('keep\n');
  });
});
