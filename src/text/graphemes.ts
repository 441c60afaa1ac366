let segmenter: Intl.Segmenter | undefined;

/** The grapheme segmenter, built on first need (the first `Intl.Segmenter` of a process costs 15–20 ms) and shared. */
export function graphemeSegmenter(): Intl.Segmenter {
  return (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' }));
}
