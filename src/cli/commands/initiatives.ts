import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import type { CliIO } from '../io.js';

/** Placeholder: `clausewise initiatives` is being built. */
export function register(program: Command, _io: CliIO): void {
  program
    .command('initiatives')
    .description('(not built yet)')
    .allowUnknownOption()
    .action(() => {
      throw new UsageError('initiatives is not built yet');
    });
}
