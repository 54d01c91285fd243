import { MAX_SENTENCE_CHARS, splitLongSpan } from "./sentence-bounds.js";

/** A sentence of a text with its offsets (UTF-16, end exclusive). */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

// Intl.Segmenter (ICU, built into Node) finds sentence boundaries per Unicode UAX #29, but it
// breaks after every abbreviation followed by a capital ("U.S. | President", "Mr. | Smith").
// These abbreviations almost never end a sentence in news, so a break after them is undone.
const TITLE_ABBREVIATION =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Capt|Sgt|Sen|Rep|Gov|Pres|St|Rev|Hon|Jr|Sr|Adm|Maj|Cmdr|Brig|Supt|Insp|No|Nos|vs|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|Inc|Corp|Ltd|Co|approx|est)\.\s*$/;
const INITIAL = /(?:^|[\s(])[A-Z]\.\s*$/;
// "U.S. President", "U.N. Security Council": a country or body used as an adjective.
const ADJECTIVAL_ACRONYM = /(?:^|[\s("“])(?:U\.S|U\.K|U\.N|E\.U)\.\s*$/;
/**
 * The abbreviation patterns above need only this much of a sentence's end (plus any trailing spaces, trimmed first).
 */
const JOIN_TAIL = 16;

/**
 * Intl.Segmenter's time grows with the square of the string it is given (measured: a 1 MB
 * paragraph, a whole article pasted without line breaks, took minutes), so a paragraph is
 * segmented in windows of this many characters. A boundary is kept only when at least
 * WINDOW_MARGIN characters follow it inside the window: UAX #29 decides a boundary from the
 * characters right after it (SB8 looks past closing punctuation and spaces for a lower-case
 * letter), so a boundary kept this way is one the whole paragraph has too; the next window
 * starts at it.
 */
const WINDOW = 4096;
const WINDOW_MARGIN = 512;

/** Splits text into sentences; paragraph breaks (blank lines or single newlines) always end one. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
  const paragraph = /[^\n]+/g;
  for (let p = paragraph.exec(text); p; p = paragraph.exec(text)) {
    let pending: SentenceSpan | undefined;
    for (const { segment, index } of windowedSegments(segmenter, p[0])) {
      const start = p.index + index;
      if (pending && pending.text.length < MAX_SENTENCE_CHARS && shouldJoin(pending.text)) {
        pending = { text: pending.text + segment, start: pending.start, end: start + segment.length };
        continue;
      }
      if (pending) pushBounded(spans, trim(pending));
      pending = { text: segment, start, end: start + segment.length };
    }
    if (pending) pushBounded(spans, trim(pending));
  }
  return spans.filter((s) => s.text.length > 0);
}

/** The segmenter's sentences of `text`, found window by window (see WINDOW), with offsets into `text`. */
function* windowedSegments(segmenter: Intl.Segmenter, text: string): Generator<{ segment: string; index: number }> {
  let base = 0;
  while (text.length - base > WINDOW) {
    const window = text.slice(base, base + WINDOW);
    const kept: { segment: string; index: number }[] = [];
    for (const segment of segmenter.segment(window)) {
      if (segment.index + segment.segment.length > WINDOW - WINDOW_MARGIN) break;
      kept.push(segment);
    }
    const last = kept[kept.length - 1];
    let cut = last ? last.index + last.segment.length : 0;
    // No boundary in the whole window: a "sentence" of thousands of characters (a list or a
    // paste without punctuation). It is cut at a space, as pushBounded would cut it anyway.
    if (cut === 0) {
      const space = window.lastIndexOf(" ", WINDOW - WINDOW_MARGIN);
      cut = space > 0 ? space + 1 : WINDOW - WINDOW_MARGIN;
      // Never between the two halves of a surrogate pair.
      if (space <= 0 && /[\uD800-\uDBFF]/.test(window.charAt(cut - 1))) cut--;
      kept.push({ segment: window.slice(0, cut), index: 0 });
    }
    for (const { segment, index } of kept) yield { segment, index: base + index };
    base += cut;
  }
  for (const { segment, index } of segmenter.segment(text.slice(base))) yield { segment, index: base + index };
}

function shouldJoin(previous: string): boolean {
  const tail = previous.trimEnd().slice(-JOIN_TAIL);
  return TITLE_ABBREVIATION.test(tail) || INITIAL.test(tail) || ADJECTIVAL_ACRONYM.test(tail);
}

function trim(span: SentenceSpan): SentenceSpan {
  const lead = span.text.length - span.text.trimStart().length;
  const text = span.text.trim();
  return { text, start: span.start + lead, end: span.start + lead + text.length };
}

/** Adds a span, cut into pieces of at most MAX_SENTENCE_CHARS when it is longer. */
function pushBounded(spans: SentenceSpan[], span: SentenceSpan): void {
  if (span.text.length <= MAX_SENTENCE_CHARS) {
    spans.push(span);
    return;
  }
  for (const [start, end] of splitLongSpan(span.text, 0, span.text.length)) {
    spans.push({ text: span.text.slice(start, end), start: span.start + start, end: span.start + end });
  }
}
