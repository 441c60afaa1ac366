// The floor the issue measures a whole-process diff against: Node start, read both files, split
// them into lines, hash every line (a Map count, as exact matching does). Plain JavaScript, so
// that nothing but Node starts: `node test/bench/read-floor.mjs a.md b.md`.
import { readFileSync } from 'node:fs';

const seen = new Map();
for (const file of process.argv.slice(2)) {
  for (const line of readFileSync(file, 'utf8').split('\n')) if (line !== '') seen.set(line, (seen.get(line) ?? 0) + 1);
}
process.stdout.write(`${seen.size}\n`);
