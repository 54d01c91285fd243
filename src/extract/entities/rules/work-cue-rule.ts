// A title introduced by what it is names a work, not a person: "the film Million Dollar Baby",
// "her album Confessions on a Dance Floor", "the novel \"Atonement\"". Nouns that are also verbs
// or counts ("play", "hit", "single", "series": "they play Chelsea") are left out. Document memory then
// carries the kind to the title's other mentions.
import { before, type Rule } from "./rule.js";

const WORK_NOUNS = new Set([
  "film", "films", "movie", "movies", "biopic", "blockbuster", "documentary", "album", "albums",
  "song", "songs", "book", "books", "novel", "novels", "memoir", "autobiography", "biography",
  "musical", "opera", "ballet", "sitcom", "soap", "thriller", "cartoon", "sequel", "remake",
  "painting", "poem",
]);
const OPEN_QUOTES = new Set(['"', "“", "‘", "'"]);

export const workCueRule: Rule = {
  name: "work-cue",
  apply(input) {
    let prev = before(input);
    if (prev && OPEN_QUOTES.has(prev.text)) prev = before(input, 2);
    if (!prev || !prev.word || prev.cap || !WORK_NOUNS.has(prev.lower)) return null;
    return { kind: "work", canonical: input.text, strength: "strong", rule: "work-cue" };
  },
};
