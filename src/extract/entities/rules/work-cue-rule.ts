// A title introduced by what it is names a work, not a person: "the film Million Dollar Baby",
// "her album Confessions on a Dance Floor", "the novel \"Atonement\"", "period drama Vera Drake";
// so does a title an actor has a role in ("her role in Vera Drake", "starring in Finding
// Neverland") and a sequel's number ("Half-Life 2 dominated", "Spider-Man 2 on UMD"). Nouns that
// are also verbs or counts ("play", "hit", "single", "series", "show": "they play Chelsea") are
// left out. Document memory then carries the kind to the title's other mentions.
import { ORG_TAILS, PLACE_TAILS } from "../cue-words.js";
import { isEnglishWord } from "../gazetteer.js";
import { after, before, chunkTokens, type Rule, type RuleInput } from "./rule.js";

const WORK_NOUNS = new Set([
  "film",
  "films",
  "movie",
  "movies",
  "biopic",
  "blockbuster",
  "documentary",
  "album",
  "albums",
  "song",
  "songs",
  "book",
  "books",
  "novel",
  "novels",
  "memoir",
  "autobiography",
  "biography",
  "musical",
  "opera",
  "ballet",
  "sitcom",
  "soap",
  "thriller",
  "cartoon",
  "sequel",
  "remake",
  "painting",
  "poem",
  "drama",
  "dramas",
  "comedy",
  "comedies",
  "videogame",
  "programme",
  "epic",
]);
/** "her role in X", "starring in X": what an actor is in is a work. */
const PART_NOUNS = new Set([
  "role",
  "roles",
  "performance",
  "performances",
  "starring",
  "starred",
  "stars",
  "appeared",
  "appears",
  "appearing",
  "cameo",
]);
const OPEN_QUOTES = new Set(['"', "“", "‘", "'"]);
const SEQUEL = /^[2-9]$/;

/** "Half-Life 2 dominated": a name no English word, then a sequel's number, on a line that is no table of figures. */
function isSequel(input: RuleInput): boolean {
  const toks = chunkTokens(input);
  const last = toks[toks.length - 1];
  const number = after(input);
  if (!last || !number || !SEQUEL.test(number.text) || number.line !== last.line || isEnglishWord(last.lower))
    return false;
  const following = after(input, 2);
  if (following && following.line === last.line && (/^[\d.,:%/-]/.test(following.text) || following.lower === "of"))
    return false;
  let figures = 0;
  for (const t of input.tokens) if (t.line === last.line && /^\d/.test(t.text)) figures++;
  return figures <= 2;
}

export const workCueRule: Rule = {
  name: "work-cue",
  apply(input) {
    const work = (rule: string) => ({
      kind: "work" as const,
      canonical: input.text,
      strength: "strong" as const,
      rule,
    });
    let prev = before(input);
    let back = 1;
    if (prev && OPEN_QUOTES.has(prev.text)) prev = before(input, ++back);
    if (prev && prev.word && !prev.cap && WORK_NOUNS.has(prev.lower)) return work("work-cue");
    const prev2 = before(input, back + 1);
    // "her role in Vera Drake", not "his role in Qorvath Holdings" (a name's own head word decides).
    const tail = chunkTokens(input).at(-1)?.lower ?? "";
    if (
      prev?.lower === "in" &&
      prev2 &&
      !prev2.cap &&
      PART_NOUNS.has(prev2.lower) &&
      !ORG_TAILS.has(tail) &&
      !PLACE_TAILS.has(tail)
    )
      return work("work-cue-part");
    if (isSequel(input)) return work("work-cue-sequel");
    return null;
  },
};
