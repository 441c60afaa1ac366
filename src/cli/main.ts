#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
import { run } from './run.js';
import { streamWriter } from './stdout.js';

// V8 doubles the young generation each time much of it survives, and a diff keeps most of what
// it builds: the new pages cost more in page faults than the collections they save.
setFlagsFromString('--semi-space-growth-factor=1');

// A reader that stops early (`clausewise diff … | head`) closes the pipe: that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    // Anything else (a full disk behind a pipe): one line, as for every other failure.
    if (stream !== process.stderr) process.stderr.write(`clausewise: cannot write the output (${error.code ?? 'error'})\n`);
    process.exit(2);
  });
}

// The only module that touches `process`: everything else receives a CliIO.
const stdout = streamWriter(process.stdout, 1);
const code = await run(process.argv.slice(2), {
  stdout: (text) => stdout.write(text),
  flush: () => stdout.flush(),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY),
  ...(process.stdout.columns ? { columns: process.stdout.columns } : {}),
  ...(process.stdin.isTTY && process.stdout.isTTY ? { terminal: { stdin: process.stdin, stdout: process.stdout } } : {}),
});
process.exitCode = code;
