// Weak evidence from the words around an unknown name: a verb of saying makes it a person
// ("Hussain said", "said Hussain"); a locative preposition a place ("fighting in Grozny").
// Weak verdicts yield to what the rest of the document teaches.
import { LOCATIVE_PREPOSITIONS, ORG_TAILS, SPEECH_VERBS } from "../cue-words.js";
import { isFirstName, isPlainWord } from "../gazetteer.js";
import { after, before, type Rule } from "./rule.js";

const INITIAL = /^\p{Lu}\.?$/u;

export const contextRule: Rule = {
  name: "context",
  apply(input) {
    const prev = before(input);
    const next = after(input);
    // "said Smith" names the speaker; "said Veritas would", "said Nationwide economist Alex
    // Bannister" run on in lower case: the name opens a reported clause or describes someone.
    const speaker = prev && SPEECH_VERBS.has(prev.lower) && prev.lower !== "beat" && !(next?.word && !next.cap);
    // An ordinary word, no given name or surname, that the text writes after "the" or in lower
    // case too is a body ("the Bank said", "a row in Cabinet" beside "the cabinet"), where it
    // speaks and where something happens in it: the BBC's Places listed "Cabinet" and
    // "Parliament". Not a rare word that is a surname too ("Wang said").
    // Asked only where a cue is found: the lower-case test reads the whole text.
    const body = () =>
      input.chunk.first === input.chunk.last &&
      isPlainWord(input.key) &&
      (prev?.lower === "the" || input.tokens.some((t) => t.lower === input.key && !t.cap));
    if ((next && SPEECH_VERBS.has(next.lower)) || speaker) {
      if (body()) return { kind: "organization", canonical: input.text, strength: "weak", rule: "context-speech-body" };
      return { kind: "person", canonical: input.text, strength: "weak", rule: "context-speech" };
    }
    if (prev && LOCATIVE_PREPOSITIONS.has(prev.lower) && input.chunk.first === input.chunk.last) {
      // So is a word that ends names of bodies ("in Parliament", "a row in Cabinet", "in Congress").
      if (ORG_TAILS.has(input.key) || body())
        return { kind: "organization", canonical: input.text, strength: "weak", rule: "context-locative-body" };
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
