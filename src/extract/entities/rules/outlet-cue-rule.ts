// A name introduced as a publication is an outlet: "the Japanese newspaper Yomiuri",
// "the news agency Ukrinform"; so is one followed by the word for it: "Le Matin newspaper said",
// "the Liberte daily" (not a town's papers, "London newspapers", nor an owner's, "Murdoch newspapers").
import { OUTLET_NOUNS } from "../cue-words.js";
import { isNameWord, lookup } from "../gazetteer.js";
import { after, before, chunkTokens, type Rule } from "./rule.js";

/** Written straight after a publication's name, in lower case. */
const OUTLET_AFTER = new Set(["newspaper", "daily", "weekly", "magazine", "tabloid"]);

export const outletCueRule: Rule = {
  name: "outlet-cue",
  apply(input) {
    const p1 = before(input);
    if (p1 && OUTLET_NOUNS.has(p1.lower))
      return { kind: "outlet", canonical: input.text, strength: "strong", rule: "outlet-cue" };
    const n1 = after(input);
    if (!n1 || n1.cap || !OUTLET_AFTER.has(n1.lower) || lookup(input.key)) return null;
    const toks = chunkTokens(input);
    const only = toks.length === 1 ? (toks[0]?.lower ?? "") : "";
    if (only && isNameWord(only)) return null;
    return { kind: "outlet", canonical: input.text, strength: "strong", rule: "outlet-cue-after" };
  },
};
