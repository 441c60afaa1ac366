import { StoreError } from '../errors.js';
import type { CliIO } from '../cli/io.js';
import type { Declaration } from '../types.js';

/** Load `ID` or `ID@REV` from the store. (Placeholder until the store lands.) */
export async function loadFromStore(ref: string, _io: CliIO, _storeDir?: string): Promise<Declaration> {
  throw new StoreError(`${ref}: not a file, and the store is not available yet`);
}
