// Two or more capitalised words starting with a known given name (or an initial) are a person:
// "Phil Simmons", "J. Smith". Given names come from compromise's lexicon.
import { isFirstName } from "../gazetteer.js";
import { chunkTokens, type Rule } from "./rule.js";

const INITIAL = /^\p{Lu}\.$/u;

export const givenNameRule: Rule = {
  name: "given-name",
  apply(input) {
    const toks = chunkTokens(input);
    if (toks.length < 2 || toks.length > 4) return null;
    const first = toks[0];
    if (!first || !(isFirstName(first.lower) || INITIAL.test(first.text))) return null;
    return { kind: "person", canonical: input.text, strength: "strong", rule: "given-name" };
  },
};
