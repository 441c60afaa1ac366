import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// The build aliases `node:process` and `node:child_process` to these modules (package.json).
const require = createRequire(import.meta.url);
const processShim = require('../../src/cli/process-shim.cjs') as unknown;
const childProcessShim = require('../../src/cli/child-process-lazy.cjs') as Record<string, unknown>;

describe('module stand-ins of the bundle', () => {
  it('gives the process object itself for node:process', () => {
    expect(processShim).toBe(process);
  });

  it('forwards every export of child_process, calls included', () => {
    expect(Object.keys(childProcessShim).sort()).toEqual(Object.keys(require('node:child_process') as object).sort());
    const run = childProcessShim['execFileSync'] as typeof execFileSync;
    expect(run(process.execPath, ['-e', 'process.stdout.write("ok")'], { encoding: 'utf8' })).toBe('ok');
    expect(childProcessShim['ChildProcess']).toBe((require('node:child_process') as { ChildProcess: unknown }).ChildProcess);
  });
});
