import { MAX_SENTENCE_CHARS, splitLongSpan } from "../../text/sentence-bounds.js";
import abbreviationData from "./abbreviations.json" with { type: "json" };

/** A sentence of a body as offsets: [start, end), trimmed of surrounding whitespace. */
export interface SentenceSpan {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(abbreviationData.abbreviations);

// A candidate boundary: terminal punctuation (plus closing quotes/brackets) then whitespace, or a blank line.
// A single linear pass keeps this cheap on long archives; abbreviations are checked only at candidates.
// Written so that no match is retried from inside a run (which made 1 MB of "....." or of blank lines take
// minutes): punctuation is matched from the start of its run only, taken whole as an atomic group
// ((?=(x))\1), and a blank line's whitespace cannot backtrack across newlines.
const BOUNDARY = /(?<![.!?])(?=([.!?]+))\1(?=(["'”’)\]]*))\2(\s+)|\n(?:[^\S\n]*\n)+/g;

/**
 * Splits `body` into sentences; a period after a known abbreviation or an initial ("J.") does not end one.
 * A sentence longer than MAX_SENTENCE_CHARS (a pasted list of dates, text without punctuation) is cut at
 * spaces, so that each dated event copies a bounded sentence.
 */
export function sentenceSpans(body: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(body); m; m = BOUNDARY.exec(body)) {
    const end = m.index + (m[1] ?? "").length + (m[2] ?? "").length;
    if (m[1] === ".") {
      const word = /([A-Za-z.]+)$/.exec(body.slice(Math.max(start, m.index - 12), m.index))?.[1]?.toLowerCase() ?? "";
      const next = body.charAt(m.index + m[0].length);
      // "Washington, D.C. on April 10": a lower-case continuation never starts a sentence.
      if (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word) || (next !== "" && !/[A-Z"“'‘(\d]/.test(next))) continue;
    }
    pushTrimmed(spans, body, start, end);
    start = m.index + m[0].length;
  }
  pushTrimmed(spans, body, start, body.length);
  return spans;
}

function pushTrimmed(spans: SentenceSpan[], body: string, start: number, end: number): void {
  while (start < end && /\s/.test(body.charAt(start))) start++;
  while (end > start && /\s/.test(body.charAt(end - 1))) end--;
  if (end - start > MAX_SENTENCE_CHARS)
    for (const [from, to] of splitLongSpan(body, start, end)) spans.push({ start: from, end: to });
  else if (end > start) spans.push({ start, end });
}

/** The sentence that contains `offset` (binary search over spans in text order). */
export function sentenceAt(spans: SentenceSpan[], offset: number): SentenceSpan | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid]!;
    if (offset < span.start) hi = mid - 1;
    else if (offset >= span.end) lo = mid + 1;
    else return span;
  }
  return undefined;
}
