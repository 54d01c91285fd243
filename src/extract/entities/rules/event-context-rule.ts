// "Results in the Trofej Beograd 96 international basketball tournament", "their European Under-21
// soccer match": an unknown name right before a sport's or a contest's words and a contest's noun
// names the contest, an event, not a person. Only numbers (an edition, a year) and the words of a
// sport or a contest's level may stand between the name and the noun, so "Smith won the match"
// is not read; only runs of two or more words are read, so a lone club ("a Lazio match") is left
// to the team rules.
import { after, chunkTokens, type Rule } from "./rule.js";

const CONTEST_NOUNS = new Set([
  "tournament",
  "tournaments",
  "championship",
  "championships",
  "match",
  "qualifier",
  "qualifiers",
  "final",
  "finals",
  "race",
  "rally",
  "regatta",
]);

const CONTEST_WORDS = new Set([
  "international",
  "invitational",
  "world",
  "junior",
  "youth",
  "amateur",
  "group",
  "qualifying",
  "soccer",
  "football",
  "rugby",
  "hockey",
  "basketball",
  "baseball",
  "cricket",
  "tennis",
  "golf",
  "volleyball",
  "handball",
  "athletics",
  "chess",
  "squash",
  "snooker",
  "boxing",
  "cycling",
  "sailing",
  "motor",
  "friendly",
  "cup",
]);

const NUMBER = /^\d+$/;

export const eventContextRule: Rule = {
  name: "event-context",
  apply(input) {
    const toks = chunkTokens(input);
    const last = toks[toks.length - 1];
    if (toks.length < 2 || !last || last.possessive) return null;
    for (let n = 1; n <= 4; n++) {
      const t = after(input, n);
      if (!t || t.cap) return null;
      if (CONTEST_NOUNS.has(t.lower)) {
        return n > 1 ? { kind: "event", canonical: input.text, strength: "weak", rule: "event-context" } : null;
      }
      if (!NUMBER.test(t.text) && !CONTEST_WORDS.has(t.lower)) return null;
    }
    return null;
  },
};
