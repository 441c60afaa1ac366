import { Box, Text } from 'ink';
import type { TermCounts } from '../../../terms/count.js';
import { isSpacedWordChar } from '../../../text/words.js';
import { cellWidth } from '../../width.js';
import { sparkline } from '../../sparkline.js';
import { oneLine } from '../model.js';
import { fitCells } from '../text-cells.js';
import { keepVisible } from '../viewport.js';

/** Props of `TermsView`. */
export interface TermsViewProps {
  counts: readonly TermCounts[];
  cursor: number;
  /** The phrase being typed, or null. */
  draft: string | null;
  /** List the clauses of the selected phrase. */
  open: boolean;
  /** The text of clause `n` (1-based) of a summit, for the listing. */
  clauseText: (id: string, number: number) => string;
  height: number;
  width: number;
  color: boolean;
}

/** Characters kept before a phrase when a clause is shown from it. */
const LEAD = 8;

/** The clause from a little before the phrase (found as written, case aside), or whole when it is not found so. */
export function around(text: string, phrase: string): string {
  const at = text.toLowerCase().indexOf(phrase.trim().toLowerCase());
  if (at <= LEAD) return text;
  let start = at - LEAD;
  // Not from the middle of a word of a spaced script: from the next word.
  if (isSpacedWordChar(text[start - 1]) && isSpacedWordChar(text[start])) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < at ? space + 1 : at;
  }
  return `…${text.slice(start)}`;
}

/**
 * Phrases typed by the user, each with a sparkline of its counts per summit (date order), its
 * total and the first summit using it; with one open, the summits and clauses that hold it.
 */
export function TermsView({ counts, cursor, draft, open, clauseText, height, width, color }: TermsViewProps) {
  const input = draft === null ? (counts.length === 0 ? 'press / and type a phrase (人类命运共同体, 上海精神, Greater Eurasian Partnership…)' : '/ another phrase · x remove · enter: its clauses') : '';
  const termWidth = Math.min(28, Math.max(8, ...counts.map((c) => cellWidth(oneLine(c.term)) + 1)));
  const listRows = open ? Math.min(counts.length, Math.max(2, Math.floor((height - 1) / 3))) : Math.max(1, height - 1);
  const scroll = keepVisible(cursor, Math.max(0, cursor - listRows + 1), listRows, counts.length);
  const selected = counts[cursor];
  const listing = open && selected ? selected.counts.filter((c) => c.count > 0) : [];
  const listingRows = Math.max(0, height - 1 - listRows - 1);
  return (
    <Box flexDirection="column" height={height}>
      {draft !== null ? (
        <Text wrap="truncate-end">
          <Text {...(color ? { color: 'cyan' } : {})}>/</Text>
          {oneLine(draft)}
          <Text inverse> </Text>
        </Text>
      ) : (
        <Text wrap="truncate-end" {...(color ? { dimColor: true } : {})}>{input}</Text>
      )}
      {counts.slice(scroll, scroll + listRows).map((term, offset) => {
        const index = scroll + offset;
        const total = term.counts.reduce((sum, c) => sum + c.count, 0);
        const first = term.first ? `first ${oneLine(term.first.id)}` : 'in none';
        // Every piece fitted here: the row is exactly `width` cells, never wrapped by Ink.
        const spark = sparkline(term.counts.map((c) => c.count)).slice(-Math.max(4, width - termWidth - 24));
        const rest = Math.max(0, width - termWidth - 2 - spark.length - 1);
        return (
          <Text key={term.term} wrap="truncate-end" inverse={index === cursor} bold={index === cursor}>
            {fitCells(oneLine(term.term), termWidth)}
            {'  '}
            <Text {...(color && index !== cursor ? { color: 'yellow' } : {})}>{spark}</Text>
            {fitCells(`  ${total} use${total === 1 ? '' : 's'} · ${first}`, rest)}
          </Text>
        );
      })}
      {open && selected ? (
        <>
          <Text wrap="truncate-end" {...(color ? { color: 'cyan' } : {})}>{`── ${listing.length} summit${listing.length === 1 ? '' : 's'} use “${oneLine(selected.term)}” · esc closes`}</Text>
          {listing.slice(0, listingRows).map((c) => {
            const where = fitCells(`${oneLine(c.date ?? 'no date')}  ${oneLine(c.id)}`, Math.min(40, Math.floor(width / 3)));
            const count = ` ×${c.count}  `;
            const clauses = `§${c.clauses.join(', ')}  `;
            const room = Math.max(0, width - 1 - cellWidth(where) - cellWidth(count) - cellWidth(clauses));
            return (
              <Text key={c.id} wrap="truncate-end">
                {where}
                {count}
                <Text {...(color ? { dimColor: true } : {})}>{fitCells(clauses, Math.min(cellWidth(clauses), Math.max(0, width - 1 - cellWidth(where) - cellWidth(count))))}</Text>
                {fitCells(around(oneLine(clauseText(c.id, c.clauses[0] ?? 0)), selected.term), room)}
              </Text>
            );
          })}
        </>
      ) : null}
    </Box>
  );
}
