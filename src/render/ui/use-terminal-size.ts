import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

/** Size of a terminal in cells. */
export interface TerminalSize {
  columns: number;
  rows: number;
}

/** The size of Ink's output terminal, updated on every `resize` event (default 80×24 when unknown). */
export function useTerminalSize(): TerminalSize {
  const { stdout } = useStdout();
  const read = (): TerminalSize => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 });
  const [size, setSize] = useState(read);
  useEffect(() => {
    const update = (): void => setSize(read());
    stdout.on('resize', update);
    return () => {
      stdout.off('resize', update);
    };
  }, [stdout]);
  return size;
}
