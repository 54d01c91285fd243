// Equipment, events and products are capitalised but are neither people nor places:
// "Patriot missiles", "F-35A fighter jets", "World War II", "World Cup".
import { THING_WORDS } from "../cue-words.js";
import { after, chunkTokens, type Rule } from "./rule.js";

const MODEL_CODE = /^\p{Lu}+-?\d/u; // "F-35A", "T-72", "MiG-29", "S-300"

export const thingRule: Rule = {
  name: "thing",
  apply(input) {
    const toks = chunkTokens(input);
    const next = after(input);
    const thingAfter = next !== undefined && !next.cap && THING_WORDS.has(next.lower);
    const thingInside = toks.some((t, i) => i > 0 && THING_WORDS.has(t.lower));
    const model = toks.some((t) => MODEL_CODE.test(t.text) && /\d/.test(t.text));
    if (thingAfter || thingInside || model) return { kind: null, canonical: "", strength: "strong", rule: "thing" };
    return null;
  },
};
