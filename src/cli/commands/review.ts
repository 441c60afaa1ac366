import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import type { CliIO } from '../io.js';

/** Placeholder: `clausewise review` is being built. */
export function register(program: Command, _io: CliIO): void {
  program
    .command('review')
    .description('(not built yet)')
    .allowUnknownOption()
    .action(() => {
      throw new UsageError('review is not built yet');
    });
}
