import { git, headCommit, isLinkAt, readAt } from './git.js';
import { declarationPath, type Store } from './locate.js';

/** One commit that touched a declaration. */
export interface Revision {
  /** Full commit hash. */
  commit: string;
  /** Abbreviated hash as git prints it. */
  short: string;
  /** Author date, `YYYY-MM-DD`. */
  date: string;
  /** First line of the commit message. */
  message: string;
  /** The file's text at this commit, or null when the commit deleted it. */
  text: string | null;
  /** True when the file is a symbolic link at this commit (`text` is then the link's target, never followed). */
  link?: true;
}

/** The commits of HEAD's history that touched `declarations/ID.md`, newest first, with the file at each. */
export async function declarationHistory(store: Store, id: string): Promise<Revision[]> {
  const path = declarationPath(id);
  if (!(await headCommit(store.root))) return [];
  const output = await git(store.root, ['log', '--no-color', '--format=%H%x1f%h%x1f%as%x1f%s%x1e', 'HEAD', '--', path]);
  const revisions: Revision[] = [];
  for (const record of output.split('\x1e')) {
    const [commit, short, date, message] = record.trim().split('\x1f');
    if (!commit || !short || date === undefined || message === undefined) continue;
    const text = await readAt(store.root, commit, path);
    // Canonical text opens with front matter: only other text can be a link's target name.
    const link = text !== null && !text.startsWith('---') && (await isLinkAt(store.root, commit, path));
    revisions.push({ commit, short, date, message, text, ...(link ? { link } : {}) });
  }
  return revisions;
}
