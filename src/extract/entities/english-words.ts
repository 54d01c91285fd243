// Whether a lower-case word is an ordinary English word (so capitalisation alone proves little).
// The list is the `an-array-of-english-words` package: 275,000 words. Parsing it and filling a
// Set costs ~120 ms at every start-up, most of `digest inspect`'s time on a batch of 50 files.
// The file is a sorted JSON array of [a-z] words, so its raw text is binary-searched in place:
// loading is one file read. A file in any other shape (a future version) falls back to the Set,
// slower to load but always right; tests check the order the search relies on.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const QUOTE = 34;
const SEPARATOR = '","';
/** Offset of the first word: just after `["`. */
const FIRST = 2;

/** The word list's raw text when it has the searchable shape: `["a","aa",…]`, nothing but [a-z] inside. */
export function searchableWordList(raw: string): string | undefined {
  const text = raw.trimEnd();
  return text.startsWith('["') && text.endsWith('"]') && !/[^a-z",[\]]/.test(text) ? text : undefined;
}

/**
 * Compares the word starting at `start` in `raw` with `word`, as `<` on strings orders them: negative, 0 or positive.
 */
function compareAt(raw: string, start: number, word: string): number {
  for (let i = 0; ; i++) {
    const a = raw.charCodeAt(start + i);
    if (i === word.length) return a === QUOTE ? 0 : 1;
    if (a === QUOTE) return -1;
    const b = word.charCodeAt(i);
    if (a !== b) return a - b;
  }
}

/**
 * Binary search over character offsets of a sorted searchable list. Invariant: if `word` is
 * listed, it starts at an offset in [lo, hi). Each step looks at the first word starting at or
 * after the midpoint.
 */
export function hasWord(raw: string, word: string): boolean {
  let lo = FIRST;
  let hi = raw.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    let start = FIRST;
    if (mid > FIRST) {
      const at = raw.indexOf(SEPARATOR, mid - SEPARATOR.length);
      start = at === -1 ? hi : at + SEPARATOR.length;
    }
    if (start >= hi) {
      hi = mid;
      continue;
    }
    const order = compareAt(raw, start, word);
    if (order === 0) return true;
    if (order > 0) hi = mid;
    else lo = start + 1;
  }
  return false;
}

function loadLookup(): (lower: string) => boolean {
  const bytes = readFileSync(require.resolve("an-array-of-english-words"));
  // latin1 decodes twice as fast as UTF-8 and is exact for ASCII, the only shape searched in place.
  const raw = searchableWordList(bytes.toString("latin1"));
  if (raw !== undefined) return (lower) => hasWord(raw, lower);
  const words = new Set(JSON.parse(bytes.toString("utf8")) as string[]);
  return (lower) => words.has(lower);
}

const lookupWord = loadLookup();

/** Whether a lower-case word is in the English word list. */
export function isEnglishWord(lower: string): boolean {
  return lower.length > 0 && lookupWord(lower);
}
