// What is left: several unknown capitalised words are most often a person's name in news text;
// a lone unknown word that is not an English word is too (a surname), while a lone English word
// ("Navy", "Allies") is not trusted at all, nor a run of ordinary words ("Million Dollar Baby").
// A run that ends in a plural common noun after a place or ordinary words ("Chicago Purchasing
// Managers", "British Universities", "Leeds Rhinos") names a body or a team, not one person:
// an organisation.
import { demonymCountry, isEnglishWord, isFirstName, isLastName, isPlainWord, lookup } from "../gazetteer.js";
import type { Token } from "../tokenize.js";
import { CALENDAR_WORDS, PERSON_PARTICLES } from "../cue-words.js";
import { chunkTokens, type Rule } from "./rule.js";

/**
 * "Pro-Moscow", "Co-Premiers", "Baseball-Results", "January-June": a compound whose first part is
 * an ordinary word (a prefix, a sport's slug, a month) is an adjective, a plural or a header, not
 * a surname. Not when that part is a name or a name's particle ("Smith-Jones", "al-Assad"), nor
 * with a letter for a part ("Jay-Z").
 */
const PREFIXES = new Set(["co", "pro", "anti", "non", "ex", "vice", "post", "pre", "neo", "semi", "sub", "mid", "pan"]);

function isWordCompound(text: string): boolean {
  const parts = text.toLowerCase().split("-");
  const head = parts[0] ?? "";
  return (
    parts.length >= 2 &&
    parts.every((p) => p.length >= 2) &&
    head.length >= 2 &&
    (isEnglishWord(head) || PREFIXES.has(head) || CALENDAR_WORDS.has(head)) &&
    !isFirstName(head) &&
    !isLastName(head) &&
    !PERSON_PARTICLES.has(head)
  );
}

/** "managers" -> "manager", "universities" -> "university": a plural of an English noun that is no name. */
function isPluralNoun(t: Token): boolean {
  const w = t.lower;
  if (!t.cap || w.length < 4 || w.endsWith("ss") || isFirstName(w) || isLastName(w)) return false;
  const singular = w.endsWith("ies") ? `${w.slice(0, -3)}y` : w.endsWith("s") ? w.slice(0, -1) : "";
  return singular !== "" && isEnglishWord(singular);
}

/** A word that qualifies a body's noun: an ordinary word, a place's or a country's name or adjective. */
function isQualifier(t: Token): boolean {
  if (t.lower.replace(/\./g, "").length < 2 || isFirstName(t.lower)) return false;
  const entry = lookup(t.lower);
  return (
    // An ordinary word of three letters or more: "Is" opening a question ("Is Chicago Cubs' curse
    // over?") qualifies nothing.
    (t.lower.length >= 3 && isEnglishWord(t.lower) && !isLastName(t.lower)) ||
    (entry !== undefined && (entry.kind === "place" || entry.kind === "country")) ||
    demonymCountry(t.lower) !== undefined
  );
}

export const fallbackRule: Rule = {
  name: "fallback",
  apply(input) {
    const toks = chunkTokens(input);
    if (toks.length > 1) {
      // "Million Dollar Baby", "Grand Designs": a run of ordinary words with no given name or
      // surname among them is a title or a thing's name, not a person's.
      if (toks.every((t) => isPlainWord(t.lower))) {
        return { kind: null, canonical: "", strength: "weak", rule: "fallback-words" };
      }
      const last = toks[toks.length - 1] as Token;
      if (isPluralNoun(last) && toks.slice(0, -1).every(isQualifier))
        return { kind: "organization", canonical: input.text, strength: "weak", rule: "fallback-body" };
      return { kind: "person", canonical: input.text, strength: "weak", rule: "fallback-multi" };
    }
    const only = toks[0];
    if (!only) return null;
    if (isEnglishWord(only.lower) && !isLastName(only.lower))
      return { kind: null, canonical: "", strength: "weak", rule: "fallback-word" };
    if (isWordCompound(only.text)) return { kind: null, canonical: "", strength: "weak", rule: "fallback-compound" };
    return { kind: "person", canonical: input.text, strength: "weak", rule: "fallback-single" };
  },
};
