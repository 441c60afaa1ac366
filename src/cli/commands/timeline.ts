import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import type { CliIO } from '../io.js';

/** Placeholder: `clausewise timeline` is being built. */
export function register(program: Command, _io: CliIO): void {
  program
    .command('timeline')
    .description('(not built yet)')
    .allowUnknownOption()
    .action(() => {
      throw new UsageError('timeline is not built yet');
    });
}
