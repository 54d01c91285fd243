// Word tokeniser and light stemmer shared by the lexicon compiler and the classifier, so that a
// lexicon term and the text it should match are always normalised the same way.

/** How a token was written, for case-sensitive lexicon terms. */
export const CaseShape = {
  /** lower-case first letter (`labour`). */
  Lower: 0,
  /** Capitalised (`Labour`). */
  Capitalised: 1,
  /** All capitals, at least two letters (`WHO`, `MPs`). */
  Upper: 2,
} as const;
export type CaseShape = (typeof CaseShape)[keyof typeof CaseShape];

/** One word of text: its stem and how it was written. */
export interface WordToken {
  stem: string;
  shape: CaseShape;
}

// Words (letters/digits, with inner apostrophes: "Lord's", "d'etat") and "&" (A&E, R&B).
// Hyphens split words, so "air-defence" matches the phrase "air defence".
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|&/gu;

// Endings a plural rule must not strip: "business", "virus", "crisis", "politics".
const KEEP_S = /(?:ss|us|is|ics)$/;
const ES_PLURAL = /(?:sh|ch|x|z)es$/;

/** Light stemmer: possessive and plural endings only, because heavier stemming merges topic words
 * ("election"/"elect" are listed separately in the lexicon where both matter). */
export function stemWord(lower: string): string {
  let w = lower;
  if (w.endsWith("'s") || w.endsWith("’s")) w = w.slice(0, -2);
  else if (w.endsWith("s'")) w = w.slice(0, -1);
  if (w.length <= 3 || KEEP_S.test(w)) return w;
  if (w.endsWith("ies") && w.length > 4) return `${w.slice(0, -3)}y`;
  if (ES_PLURAL.test(w)) return w.slice(0, -2);
  if (w.endsWith("s")) return w.slice(0, -1);
  return w;
}

function shapeOf(word: string): CaseShape {
  const first = word.charAt(0);
  if (first === first.toLowerCase()) return CaseShape.Lower;
  // "MPs", "CEOs": a trailing lower-case plural s still counts as all capitals.
  const core = word.length > 2 && word.endsWith("s") ? word.slice(0, -1) : word;
  return core.length >= 2 && core === core.toUpperCase() && /\p{L}.*\p{L}/u.test(core)
    ? CaseShape.Upper
    : CaseShape.Capitalised;
}

/** Splits text into stemmed word tokens, in order. */
export function tokeniseWords(text: string): WordToken[] {
  const out: WordToken[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0];
    out.push({ stem: stemWord(word.toLowerCase()), shape: shapeOf(word) });
  }
  return out;
}
