import { useRef, useState } from 'react';
import { useKeyPresses } from './key-stream.js';

/** Writes the pair's report somewhere and says where, in one line (`wrote report.docx`). */
export type ReportWriter = () => Promise<string>;

/** The key that writes the report, and its line for the help. */
export const REPORT_KEY = ['w', 'write the Word redline of the pair (.docx) to the current folder'] as const;

/**
 * The `w` key of the review: writes the pair's Word redline through `write` and gives the line
 * to show in the footer (what was written, or why not), until the next key. Listens only while
 * `active` (no search being typed, no overlay open), so that `w` typed in a search stays text.
 */
export function useReportKey(write: ReportWriter | undefined, active: boolean): string | null {
  const [message, setMessage] = useState<string | null>(null);
  const busy = useRef(false);
  useKeyPresses(({ input, key }) => {
    if (input !== REPORT_KEY[0] || key.ctrl || key.meta) {
      if (message !== null && !busy.current) setMessage(null);
      return;
    }
    if (busy.current) return;
    if (!write) {
      setMessage('no report writer in this review');
      return;
    }
    busy.current = true;
    setMessage('writing the Word redline…');
    write()
      .then(setMessage, (error: unknown) => setMessage(`could not write the report: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => { busy.current = false; });
  }, { isActive: active });
  return message;
}
