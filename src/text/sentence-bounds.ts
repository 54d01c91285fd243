// How long one sentence may be. News sentences run to 20-40 words; the longest real ones
// (a list of casualties, a legal clause) reach 150 words, about 1,000 characters. A "sentence"
// longer than MAX_SENTENCE_CHARS is text without punctuation (a pasted list, a table, a paste
// that lost its line breaks): it is cut into pieces at spaces, so that everything that copies a
// sentence (dated events, timelines, summaries) copies a bounded amount per mention.

/** The most characters one sentence may hold (see above). */
export const MAX_SENTENCE_CHARS = 2000;

/**
 * [start, end) pieces of `text` between `start` and `end`, each at most MAX_SENTENCE_CHARS
 * long, cut after the last whitespace that fits (or hard, when a piece has none), trimmed.
 */
export function splitLongSpan(text: string, start: number, end: number): [number, number][] {
  const pieces: [number, number][] = [];
  let from = start;
  while (from < end) {
    while (from < end && isSpace(text.charCodeAt(from))) from++;
    if (from >= end) break;
    let to = Math.min(end, from + MAX_SENTENCE_CHARS);
    if (to < end) {
      let space = to;
      while (space > from && !isSpace(text.charCodeAt(space))) space--;
      if (space > from) to = space;
    }
    let last = to;
    while (last > from && isSpace(text.charCodeAt(last - 1))) last--;
    if (last > from) pieces.push([from, last]);
    from = to;
  }
  return pieces;
}

function isSpace(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0x3000
  );
}
