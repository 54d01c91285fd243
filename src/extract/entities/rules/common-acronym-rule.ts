// "TV", "PCs", "GDP": an acronym that is a common noun is no entity (see common-acronyms.ts).
// An unknown acronym is one by its use too: counted ("121 RBI", "three RBI"), as a name never
// is. Asked after the gazetteer, so a known name keeps its reading ("two BBC reporters"); not
// after a year ("the 1996 XYZ report") nor before a plural noun, which it then qualifies ("two
// XYZ executives"). Owned acronyms ("his ERA") are not read: "his WBA title" names a body.
import { isCommonAcronym } from "../common-acronyms.js";
import { after, before, chunkTokens, type Rule } from "./rule.js";

const ACRONYM = /^\p{Lu}{2,5}$/u;
const COUNT = /^\d+$/;
const YEAR = /^(?:1[89]|20)\d\d$/;
const NUMBER_WORDS = new Set([
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "several",
  "many",
]);

function countedOrOwned(input: Parameters<Rule["apply"]>[0]): boolean {
  const prev = before(input);
  if (!prev) return false;
  const counted = (COUNT.test(prev.text) && !YEAR.test(prev.text)) || NUMBER_WORDS.has(prev.lower);
  if (!counted) return false;
  const next = after(input);
  return !(next && next.word && !next.cap && next.lower.length > 3 && next.lower.endsWith("s"));
}

export const commonAcronymRule: Rule = {
  name: "common-acronym",
  apply(input) {
    const toks = chunkTokens(input);
    const only = toks[0];
    if (toks.length !== 1 || !only) return null;
    if (isCommonAcronym(only.text) || (ACRONYM.test(only.text) && countedOrOwned(input)))
      return { kind: null, canonical: "", strength: "strong", rule: "common-acronym" };
    return null;
  },
};
