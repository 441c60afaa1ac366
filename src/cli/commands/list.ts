import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import type { CliIO } from '../io.js';

/** Placeholder: `clausewise list` is being built. */
export function register(program: Command, _io: CliIO): void {
  program
    .command('list')
    .description('(not built yet)')
    .allowUnknownOption()
    .action(() => {
      throw new UsageError('list is not built yet');
    });
}
