import { Text } from 'ink';
import { cellWidth } from '../../width.js';
import { oneLine } from '../model.js';
import { fitCells } from '../text-cells.js';
import { type CorpusView, VIEWS } from './corpus-state.js';

const VIEW_NAME: Record<CorpusView, string> = { summits: 'Summits', map: 'Map', clause: 'Clause', terms: 'Terms' };

/** Props of `CorpusHeader`. */
export interface CorpusHeaderProps {
  language: string;
  languageIndex: number;
  languages: number;
  summits: number;
  first: string | null;
  last: string | null;
  view: CorpusView;
  width: number;
  color: boolean;
}

/** The two header rows: the language and its summits, then the views with the current one marked. */
export function CorpusHeader({ language, languageIndex, languages, summits, first, last, view, width, color }: CorpusHeaderProps) {
  const span = first && last ? `  ${first} → ${last}` : '';
  const switcher = languages > 1 ? `   [ ] language ${languageIndex + 1}/${languages}` : '';
  return (
    <>
      <Text wrap="truncate-end">
        <Text bold {...(color ? { color: 'cyan' } : {})}>{`Corpus · ${language}`}</Text>
        <Text>{` · ${summits} summit${summits === 1 ? '' : 's'}${span}`}</Text>
        <Text {...(color ? { dimColor: true } : {})}>{switcher}</Text>
      </Text>
      <Text wrap="truncate-end">
        {VIEWS.map((name, k) => (
          <Text key={name}>
            <Text inverse={name === view} bold={name === view}>{` ${k + 1} ${VIEW_NAME[name]} `}</Text>
            <Text> </Text>
          </Text>
        ))}
        <Text {...(color ? { dimColor: true } : {})}>{fitCells('  tab: next view', Math.max(0, width - 44))}</Text>
      </Text>
    </>
  );
}

/** The bottom row: a notice or what the keys of this view do. */
export function CorpusFooter({ hint, width, color }: { hint: string; width: number; color: boolean }) {
  const right = '? help · q quit';
  const left = fitCells(oneLine(hint), Math.max(0, width - cellWidth(right) - 2));
  return (
    <Text wrap="truncate-end">
      {left}
      {'  '}
      <Text {...(color ? { color: 'gray' } : {})}>{right}</Text>
    </Text>
  );
}
