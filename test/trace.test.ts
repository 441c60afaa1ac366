import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { disableTrace, enableTrace, tracePhase } from '../src/trace.js';
import { ROOT, runCli, SEED } from './support/cli.js';

afterEach(() => disableTrace());

describe('tracePhase', () => {
  it('does nothing until turned on, then writes one line per phase with its milliseconds', () => {
    const lines: string[] = [];
    tracePhase('before');
    enableTrace((line) => lines.push(line));
    tracePhase('first');
    tracePhase('second');
    disableTrace();
    tracePhase('after');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^trace first +\d+\.\d ms {2}\(\d+ ms since start; CPU \d+\.\d ms\)\n$/);
    expect(lines[1]).toMatch(/^trace second +\d+\.\d ms/);
  });
});

describe('CLAUSEWISE_TRACE=1', () => {
  it('prints the phases of a diff to standard error and leaves the report as it is', async () => {
    const revised = join(ROOT, 'fixtures/synthetic-2020-moscow-revised.md');
    const plain = await runCli(['diff', '--json', SEED, revised]);
    const traced = await runCli(['diff', '--json', SEED, revised], { env: { CLAUSEWISE_TRACE: '1' } });
    expect(traced.code).toBe(0);
    expect(traced.stdout).toBe(plain.stdout);
    const phases = traced.stderr.trim().split('\n').map((line) => line.replace(/^trace (.+?) +[\d.]+ ms.*$/, '$1'));
    expect(phases).toEqual([
      'start and arguments', 'modules loaded', 'read and parse', 'align: prepare', 'align: exact and folded', 'align: similar, local',
      'align: split/merge', 'align: similar, far', 'align: split/merge again', 'align: sections', 'align: changes', 'align: word edits', 'JSON written',
    ]);
    expect(plain.stderr).toBe('');
  });
});
