import abbreviationData from "./abbreviations.json" with { type: "json" };

/** A sentence of a body as offsets: [start, end), trimmed of surrounding whitespace. */
export interface SentenceSpan {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(abbreviationData.abbreviations);

// A candidate boundary: terminal punctuation (plus closing quotes/brackets) then whitespace, or a blank line.
// A single linear pass keeps this cheap on long archives; abbreviations are checked only at candidates.
const BOUNDARY = /([.!?]+)(["'”’)\]]*)(\s+)|\n\s*\n/g;

/** Splits `body` into sentences; a period after a known abbreviation or an initial ("J.") does not end one. */
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
  if (end > start) spans.push({ start, end });
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
