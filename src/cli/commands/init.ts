import type { Command } from 'commander';
import type { CliIO } from '../io.js';

/** `clausewise init <dir>`: create a new empty declaration store. */
export function register(program: Command, io: CliIO): void {
  program
    .command('init')
    .description('create a new empty declaration store (a git repository with declarations/)')
    .argument('<dir>', 'folder for the store (created if missing)')
    .action(async (dir: string) => {
      const [{ initStore }, { resolve }] = await Promise.all([import('../../store/init.js'), import('node:path')]);
      const { store, created } = await initStore(resolve(io.cwd, dir));
      io.stdout(created ? `initialised an empty clausewise store in ${store.root}\n` : `${store.root} is already a clausewise store\n`);
    });
}
