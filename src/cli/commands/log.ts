import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import type { CliIO } from '../io.js';

/** Placeholder: `clausewise log` is being built. */
export function register(program: Command, _io: CliIO): void {
  program
    .command('log')
    .description('(not built yet)')
    .allowUnknownOption()
    .action(() => {
      throw new UsageError('log is not built yet');
    });
}
