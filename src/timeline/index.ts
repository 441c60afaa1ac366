/** The multi-year views: timeline, clause history, initiatives and named entities. Re-exports only. */
export { alignChain, sortByDate, type AlignedChain, type ChainOptions, type TimelineInput } from './chain.js';
export { extractEntities, type NamedEntity } from './entities.js';
export { GAZETTEER, lookupEntity, type EntityKind, type GazetteerEntry } from './gazetteer.js';
export { buildHistory, selectClause, type ClauseSelection, type HistoryResult, type HistoryStep, type HistoryVersion } from './history.js';
export { compareInitiatives, extractInitiatives, type Initiative, type InitiativesResult } from './initiatives.js';
export { extractInstruments, type NamedInstrument } from './instruments.js';
export { buildTimeline, type ClauseOrigin, type SummitCounts, type TimelineLanguage, type TimelineLatest, type TimelineResult, type TimelineSummit } from './timeline.js';
