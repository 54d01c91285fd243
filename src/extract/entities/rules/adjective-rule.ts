// Proper adjectives ("European", "Jewish", "Moslem", "Olympic") qualify a noun that follows; they
// are no entity of their own. A lone unknown word with an adjective's ending, right before a
// lower-case word, is dropped.
import { SPEECH_VERBS } from "../cue-words.js";
import { after, type Rule } from "./rule.js";

const ADJECTIVE_END = /(?:ean|ian|ish|ese|ic|an|i)$/;

export const adjectiveRule: Rule = {
  name: "adjective",
  apply(input) {
    if (input.chunk.first !== input.chunk.last) return null;
    const next = after(input);
    if (!next || !next.word || next.cap || SPEECH_VERBS.has(next.lower)) return null;
    if (!ADJECTIVE_END.test(input.key)) return null;
    return { kind: null, canonical: "", strength: "weak", rule: "adjective" };
  },
};
