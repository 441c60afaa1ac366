/** Phrase tracking: counts of phrases across declarations, and the formulations a declaration brings. Re-exports only. */
export { countTerm, countTerms, foldDeclarations, type FoldedDeclaration, type TermCount, type TermCounts, type TermsResult } from './count.js';
export { countFolded, countOccurrences, foldForTerms } from './fold.js';
export { isFunctionWord } from './function-words.js';
export { newFormulations, type NewFormulation, type NewTermsResult } from './new-terms.js';
