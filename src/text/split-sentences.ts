/** A sentence of a text with its offsets (UTF-16, end exclusive). */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

// Intl.Segmenter (ICU, built into Node) finds sentence boundaries per Unicode UAX #29, but it
// breaks after every abbreviation followed by a capital ("U.S. | President", "Mr. | Smith").
// These abbreviations almost never end a sentence in news, so a break after them is undone.
const TITLE_ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Capt|Sgt|Sen|Rep|Gov|Pres|St|Rev|Hon|Jr|Sr|Adm|Maj|Cmdr|Brig|Supt|Insp|No|Nos|vs|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|Inc|Corp|Ltd|Co|approx|est)\.\s*$/;
const INITIAL = /(?:^|[\s(])[A-Z]\.\s*$/;
// "U.S. President", "U.N. Security Council": a country or body used as an adjective.
const ADJECTIVAL_ACRONYM = /(?:^|[\s("“])(?:U\.S|U\.K|U\.N|E\.U)\.\s*$/;

/** Splits text into sentences; paragraph breaks (blank lines or single newlines) always end one. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
  const paragraph = /[^\n]+/g;
  for (let p = paragraph.exec(text); p; p = paragraph.exec(text)) {
    let pending: SentenceSpan | undefined;
    for (const { segment, index } of segmenter.segment(p[0])) {
      const start = p.index + index;
      if (pending && shouldJoin(pending.text)) {
        pending = { text: pending.text + segment, start: pending.start, end: start + segment.length };
        continue;
      }
      if (pending) spans.push(trim(pending));
      pending = { text: segment, start, end: start + segment.length };
    }
    if (pending) spans.push(trim(pending));
  }
  return spans.filter((s) => s.text.length > 0);
}

function shouldJoin(previous: string): boolean {
  return TITLE_ABBREVIATION.test(previous) || INITIAL.test(previous) || ADJECTIVAL_ACRONYM.test(previous);
}

function trim(span: SentenceSpan): SentenceSpan {
  const lead = span.text.length - span.text.trimStart().length;
  const text = span.text.trim();
  return { text, start: span.start + lead, end: span.start + lead + text.length };
}
