import cues from "./tense-cues.json" with { type: "json" };

/** Whether an expression points before or after the moment of writing, as far as nearby words tell. */
export type Tense = "past" | "future";

const FUTURE = new Set(cues.future);
const PAST = new Set(cues.past);
const NOT_PAST_ED = new Set(cues.notPastEd);
const PRESENT = new Set(cues.present);
const WORD = /[A-Za-z]+/g;

// How far to look: the verb governing a date adjunct is nearly always within a short clause.
const WORDS_BEFORE = 10;
const WORDS_AFTER = 6;

function cueOf(word: string): Tense | "present" | undefined {
  const w = word.toLowerCase();
  if (FUTURE.has(w)) return "future";
  if (PAST.has(w)) return "past";
  if (PRESENT.has(w)) return "present";
  // Regular past forms are open-ended, so a suffix rule beats listing them; NOT_PAST_ED holds the adjectives.
  if (w.length > 4 && w.endsWith("ed") && !NOT_PAST_ED.has(w)) return "past";
  return undefined;
}

function nearest(words: string[], limit: number): { tense: Tense | undefined; distance: number } {
  for (let i = 0; i < words.length && i < limit; i++) {
    const cue = cueOf(words[i]!);
    if (cue) return { tense: cue === "present" ? undefined : cue, distance: i };
  }
  return { tense: undefined, distance: Infinity };
}

/**
 * The tense of the clause around [start, end) within its sentence [sentenceStart, sentenceEnd): the cue word
 * nearest the expression on either side (the governing verb is usually adjacent: "agreed in December",
 * "on Sunday issued"), the earlier one on a tie; undefined when none or when the nearest is present tense.
 */
export function tenseAt(
  text: string,
  start: number,
  end: number,
  sentenceStart: number,
  sentenceEnd: number,
): Tense | undefined {
  const before = (text.slice(Math.max(sentenceStart, start - 120), start).match(WORD) ?? []).reverse();
  const after = text.slice(end, Math.min(sentenceEnd, end + 80)).match(WORD) ?? [];
  const back = nearest(before, WORDS_BEFORE);
  const ahead = nearest(after, WORDS_AFTER);
  return back.distance <= ahead.distance ? back.tense : ahead.tense;
}
