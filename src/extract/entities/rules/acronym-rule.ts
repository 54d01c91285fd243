// An unknown all-capital word in running text ("NLD", "LIFFE", "KDP") or one with a capital
// inside ("NationsBank", "CITIC") is almost always an organisation's name. Ordinary words in
// capitals ("CAPS", "PRESS DIGEST", "PAYING AGENT") are shouting, not names: no entity.
import { isEnglishWord, isFirstName, isLastName } from "../gazetteer.js";
import { chunkTokens, type Rule } from "./rule.js";

/**
 * Capitals that are all English words, one of four letters or more ("CAPS", "CRUDE OIL"). A
 * short word alone is often an acronym ("CAN", "BAN").
 */
const shouted = (texts: readonly string[]): boolean =>
  texts.some((t) => t.length >= 4) && texts.every((t) => /^\p{Lu}{3,}$/u.test(t) && isEnglishWord(t.toLowerCase()));

const ACRONYM = /^\p{Lu}[\p{Lu}&]{1,6}$/u;
const INNER_CAPITAL = /^\p{Lu}\p{Ll}+\p{Lu}/u;
/** Surnames with a capital inside by their prefix ("McAteer", "MacLeod", "DiCaprio", "LaRue"):
 * a person's, not a company's. */
const SURNAME_PREFIX = /^(?:Mc|Mac|Di|De|Da|Du|La|Le|Van|Von|Fitz)\p{Lu}\p{Ll}+$/u;

export const acronymRule: Rule = {
  name: "acronym",
  apply(input) {
    if (input.chunk.capsLine) return null;
    const toks = chunkTokens(input);
    const first = toks[0];
    if (!first) return null;
    if (ACRONYM.test(first.text) && shouted(toks.map((t) => t.text)))
      return { kind: null, canonical: "", strength: "strong", rule: "acronym-shouted" };
    // A name or word shouted in capitals ("HILLARY", "TOBLERONE") is no acronym: acronyms that
    // long are rare, names and words are not.
    if (
      toks.length === 1 &&
      first.text.length >= 5 &&
      ACRONYM.test(first.text) &&
      (isFirstName(first.lower) || isLastName(first.lower) || isEnglishWord(first.lower))
    )
      return null;
    const innerCapital = INNER_CAPITAL.test(first.text) && !SURNAME_PREFIX.test(first.text);
    if (toks.length === 1 && (ACRONYM.test(first.text) || innerCapital)) {
      return { kind: "organization", canonical: input.text, strength: "strong", rule: "acronym" };
    }
    if (toks.length > 1 && ACRONYM.test(first.text) && first.text.length >= 3) {
      return { kind: "organization", canonical: input.text, strength: "weak", rule: "acronym-led" };
    }
    return null;
  },
};
