import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED } from '../support/cli.js';

describe('output into a pipe that closes early (`clausewise … | head`)', () => {
  it('exits quietly with status 0 when the reader goes away', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'dist/cli/main.js'), 'diff', '--json', SEED, SEED], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    // Close our end before the report is written, as `head` does once it has its lines.
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', (status) => resolve(status)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
