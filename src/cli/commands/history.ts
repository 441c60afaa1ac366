import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import type { CliIO } from '../io.js';

/** Placeholder: `clausewise history` is being built. */
export function register(program: Command, _io: CliIO): void {
  program
    .command('history')
    .description('(not built yet)')
    .allowUnknownOption()
    .action(() => {
      throw new UsageError('history is not built yet');
    });
}
