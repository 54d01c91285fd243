// Weak evidence from the words around an unknown name: a verb of saying makes it a person
// ("Hussain said", "said Hussain"); a locative preposition a place ("fighting in Grozny").
// Weak verdicts yield to what the rest of the document teaches.
import { LOCATIVE_PREPOSITIONS, SPEECH_VERBS } from "../cue-words.js";
import { isFirstName } from "../gazetteer.js";
import { after, before, type Rule } from "./rule.js";

const INITIAL = /^\p{Lu}\.?$/u;

export const contextRule: Rule = {
  name: "context",
  apply(input) {
    const prev = before(input);
    const next = after(input);
    if ((next && SPEECH_VERBS.has(next.lower)) || (prev && SPEECH_VERBS.has(prev.lower) && prev.lower !== "beat")) {
      return { kind: "person", canonical: input.text, strength: "weak", rule: "context-speech" };
    }
    if (prev && LOCATIVE_PREPOSITIONS.has(prev.lower) && input.chunk.first === input.chunk.last) {
      return { kind: "place", canonical: input.text, strength: "weak", rule: "context-locative" };
    }
    // "at Old Trafford", "at White Hart Lane": where things happen, for a name of several words
    // that starts with no given name (people are "with", not "at", someone).
    const first = input.tokens[input.chunk.first];
    if (
      prev?.lower === "at" &&
      first &&
      input.chunk.last > input.chunk.first &&
      !isFirstName(first.lower) &&
      !INITIAL.test(first.text)
    ) {
      return { kind: "place", canonical: input.text, strength: "weak", rule: "context-venue" };
    }
    return null;
  },
};
