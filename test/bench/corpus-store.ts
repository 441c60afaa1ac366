/**
 * A store of the generated corpus (test/gen/corpus.ts) for the bench and terminal checks: a git
 * repository with `declarations/ID.md` for every declaration, in one commit. Run as a script it
 * writes one into the folder given (`npx tsx test/bench/corpus-store.ts DIR [SUMMITS]`).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { toMarkdown } from '../../src/tree/markdown-write.js';
import { makeCorpus } from '../gen/corpus.js';

/** Write a store of `summits` summits × 3 languages into the empty folder `dir`; returns how many declarations. */
export function writeCorpusStore(dir: string, summits = 25): number {
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@example.invalid', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@example.invalid' };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, stdio: ['ignore', 'ignore', 'inherit'] });
  git('init', '--quiet', '--initial-branch=main');
  mkdirSync(join(dir, 'declarations'), { recursive: true });
  const corpus = makeCorpus(summits);
  for (const { id, declaration } of corpus) writeFileSync(join(dir, 'declarations', `${id}.md`), toMarkdown(declaration));
  git('add', '--', 'declarations');
  git('-c', 'commit.gpgsign=false', 'commit', '--quiet', '-m', `synthetic corpus: ${corpus.length} declarations`);
  return corpus.length;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = resolve(process.argv[2] ?? '.');
  console.log(`${writeCorpusStore(dir, Number(process.argv[3] ?? 25))} declarations in ${dir}`);
}
