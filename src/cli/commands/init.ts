import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import type { CliIO } from '../io.js';

/** Placeholder: `clausewise init` is being built. */
export function register(program: Command, _io: CliIO): void {
  program
    .command('init')
    .description('(not built yet)')
    .allowUnknownOption()
    .action(() => {
      throw new UsageError('init is not built yet');
    });
}
