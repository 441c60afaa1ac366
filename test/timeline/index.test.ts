import { expect, it } from 'vitest';
import * as timeline from '../../src/timeline/index.js';

it('exports the public API of the multi-year views', () => {
  expect(Object.keys(timeline).sort()).toEqual([
    'GAZETTEER', 'alignChain', 'buildHistory', 'buildTimeline', 'compareInitiatives', 'extractEntities',
    'extractInitiatives', 'extractInstruments', 'lookupEntity', 'selectClause', 'sortByDate',
  ]);
});
