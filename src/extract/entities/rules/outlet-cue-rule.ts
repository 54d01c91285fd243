// A name introduced as a publication is an outlet: "the Japanese newspaper Yomiuri",
// "the news agency Ukrinform".
import { OUTLET_NOUNS } from "../cue-words.js";
import { before, type Rule } from "./rule.js";

export const outletCueRule: Rule = {
  name: "outlet-cue",
  apply(input) {
    const p1 = before(input);
    if (p1 && OUTLET_NOUNS.has(p1.lower))
      return { kind: "outlet", canonical: input.text, strength: "strong", rule: "outlet-cue" };
    return null;
  },
};
