// A name set straight after a noun for a kind of organisation is that organisation: "media
// regulator Ofcom", "internet giant Google", "phone firm Nokia", "the watchdog Ofcom". Without
// it a lone unknown word falls to the fallback, which calls it a person ("Ofcom said").
import { ORG_KIND_NOUNS } from "../cue-words.js";
import { before, type Rule } from "./rule.js";

export const orgCueRule: Rule = {
  name: "org-cue",
  apply(input) {
    const p1 = before(input);
    if (!p1 || p1.cap || !ORG_KIND_NOUNS.has(p1.lower)) return null;
    return { kind: "organization", canonical: input.text, strength: "strong", rule: "org-cue" };
  },
};
