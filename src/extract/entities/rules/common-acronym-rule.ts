// "TV", "PCs", "GDP": an acronym that is a common noun is no entity (see common-acronyms.ts).
import { isCommonAcronym } from "../common-acronyms.js";
import { chunkTokens, type Rule } from "./rule.js";

export const commonAcronymRule: Rule = {
  name: "common-acronym",
  apply(input) {
    const toks = chunkTokens(input);
    const only = toks[0];
    if (toks.length !== 1 || !only || !isCommonAcronym(only.text)) return null;
    return { kind: null, canonical: "", strength: "strong", rule: "common-acronym" };
  },
};
