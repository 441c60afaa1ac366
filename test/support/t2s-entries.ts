import { CONVERSION, NORMALIZATION } from '../../src/text/t2s-table.js';

/** The entries of a table in OpenCC's form (`source replacement|source replacement`). */
function tableEntries(table: string): Array<[string, string]> {
  return table.split('|').map((entry) => {
    const space = entry.indexOf(' ');
    return [entry.slice(0, space), entry.slice(space + 1)];
  });
}

/** Every entry that changes its text, in either pass of the converter: [source, replacement]. */
export function changingEntries(): Array<[string, string]> {
  return [...tableEntries(NORMALIZATION), ...tableEntries(CONVERSION)].filter(([source, replacement]) => source !== replacement);
}
