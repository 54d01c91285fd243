// What is left: several unknown capitalised words are most often a person's name in news text;
// a lone unknown word that is not an English word is too (a surname), while a lone English word
// ("Navy", "Allies") is not trusted at all, nor a run of ordinary words ("Million Dollar Baby").
import { isEnglishWord, isFirstName, isLastName } from "../gazetteer.js";
import { chunkTokens, type Rule } from "./rule.js";

export const fallbackRule: Rule = {
  name: "fallback",
  apply(input) {
    const toks = chunkTokens(input);
    if (toks.length > 1) {
      // "Million Dollar Baby", "Grand Designs": a run of ordinary words with no given name or
      // surname among them is a title or a thing's name, not a person's.
      if (toks.every((t) => isEnglishWord(t.lower) && !isFirstName(t.lower) && !isLastName(t.lower))) {
        return { kind: null, canonical: "", strength: "weak", rule: "fallback-words" };
      }
      return { kind: "person", canonical: input.text, strength: "weak", rule: "fallback-multi" };
    }
    const only = toks[0];
    if (!only) return null;
    if (isEnglishWord(only.lower) && !isLastName(only.lower))
      return { kind: null, canonical: "", strength: "weak", rule: "fallback-word" };
    return { kind: "person", canonical: input.text, strength: "weak", rule: "fallback-single" };
  },
};
