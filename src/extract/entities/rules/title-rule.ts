// A name after a person's title or role is a person: "President Joe Biden", "Mr. Kishida",
// "striker Alan Shearer", "spokesman Nicholas Burns".
import { ORG_TAILS, ROLE_NOUNS, TITLE_HEADS } from "../cue-words.js";
import { isEnglishWord, isFirstName, isLastName } from "../gazetteer.js";
import { after, before, chunkTokens, type Rule } from "./rule.js";

/**
 * Title heads that are ordinary adjectives too: "the General Election", "a major Hollywood
 * studio", "Chief Constable". After one of them only a name counts, not a common word.
 */
const ADJECTIVE_TITLES = new Set(["general", "major", "chief", "grand", "first", "supreme", "national"]);

export const titleRule: Rule = {
  name: "title",
  apply(input) {
    const toks = chunkTokens(input);
    if (toks.length > 4 || ORG_TAILS.has(toks[toks.length - 1]?.lower ?? "")) return null;
    // "the rival Patriotic Union of Kurdistan": an organisation's head before "of" is no person's name.
    if (toks.some((t, i) => i > 0 && t.lower === "of" && ORG_TAILS.has(toks[i - 1]?.lower ?? ""))) return null;
    const prev = before(input);
    // A role noun works in lower case ("striker Alan Shearer"); a title only capitalised
    // ("Major Smith", not "major Hollywood studios").
    const cued =
      input.chunk.afterTitle ||
      (prev !== undefined && prev.word && (ROLE_NOUNS.has(prev.lower) || (TITLE_HEADS.has(prev.lower) && prev.cap)));
    // "the coach of Ajax": a role noun followed by a possessive or "of" is not a title.
    const next = after(input);
    if (!cued || (next !== undefined && next.lower === "'s" && !input.chunk.afterTitle)) return null;
    const head = input.chunk.afterTitle ? before(input) : prev;
    const only = toks[0];
    if (
      head &&
      ADJECTIVE_TITLES.has(head.lower) &&
      toks.length === 1 &&
      only &&
      isEnglishWord(only.lower) &&
      !isFirstName(only.lower) &&
      !isLastName(only.lower)
    )
      return null;
    return { kind: "person", canonical: input.text, strength: "strong", rule: "title" };
  },
};
