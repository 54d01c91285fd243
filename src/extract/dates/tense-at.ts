import cues from "./tense-cues.json" with { type: "json" };

/** Whether an expression points before or after the moment of writing, as far as nearby words tell. */
export type Tense = "past" | "future";

const FUTURE = new Set(cues.future);
const PAST = new Set(cues.past);
const NOT_PAST_ED = new Set(cues.notPastEd);
const WORD = /[A-Za-z]+/g;

// How far to look: the verb governing a date adjunct is nearly always within a short clause.
const WORDS_BEFORE = 10;
const WORDS_AFTER = 6;

function cueOf(word: string): Tense | undefined {
  const w = word.toLowerCase();
  if (FUTURE.has(w)) return "future";
  if (PAST.has(w)) return "past";
  // Regular past forms are open-ended, so a suffix rule beats listing them; NOT_PAST_ED holds the adjectives.
  if (w.length > 4 && w.endsWith("ed") && !NOT_PAST_ED.has(w)) return "past";
  return undefined;
}

/**
 * The tense of the clause around [start, end) within its sentence [sentenceStart, sentenceEnd):
 * the nearest cue word before the expression wins, then the nearest after it; undefined when none.
 */
export function tenseAt(text: string, start: number, end: number, sentenceStart: number, sentenceEnd: number): Tense | undefined {
  const before = text.slice(Math.max(sentenceStart, start - 120), start).match(WORD) ?? [];
  for (let i = before.length - 1, n = 0; i >= 0 && n < WORDS_BEFORE; i--, n++) {
    const cue = cueOf(before[i]!);
    if (cue) return cue;
  }
  const after = text.slice(end, Math.min(sentenceEnd, end + 80)).match(WORD) ?? [];
  for (let i = 0; i < after.length && i < WORDS_AFTER; i++) {
    const cue = cueOf(after[i]!);
    if (cue) return cue;
  }
  return undefined;
}
