// A name after a person's title or role is a person: "President Joe Biden", "Mr. Kishida",
// "striker Alan Shearer", "spokesman Nicholas Burns".
import { ORG_TAILS, ROLE_NOUNS, TITLE_HEADS } from "../cue-words.js";
import { after, before, chunkTokens, type Rule } from "./rule.js";

export const titleRule: Rule = {
  name: "title",
  apply(input) {
    const toks = chunkTokens(input);
    if (toks.length > 4 || ORG_TAILS.has(toks[toks.length - 1]?.lower ?? "")) return null;
    const prev = before(input);
    const cued = input.chunk.afterTitle || (prev !== undefined && prev.word && (ROLE_NOUNS.has(prev.lower) || TITLE_HEADS.has(prev.lower)));
    // "the coach of Ajax": a role noun followed by a possessive or "of" is not a title.
    const next = after(input);
    if (!cued || (next !== undefined && next.lower === "'s" && !input.chunk.afterTitle)) return null;
    return { kind: "person", canonical: input.text, strength: "strong", rule: "title" };
  },
};
