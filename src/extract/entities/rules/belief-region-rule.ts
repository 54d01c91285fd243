// Words for a faith or its followers ("Islam", "Muslim", "UK Muslims") and adjectives of a
// region's people ("European", "North American") name no entity: they qualify a noun ("the Muslim
// community", "North American sales") or stand for a group. The fallback called them people and a
// real archive's People index listed "Islam", "Muslim" and "European". Region adjectives are read
// off the gazetteer's regions ("Europe" -> "European", "North America" -> "North American"), so no
// list of them is kept; countries' demonyms are the gazetteer rule's.
import { COMPASS_WORDS, FAITH_WORDS, SPEECH_VERBS } from "../cue-words.js";
import { demonymCountry, isFirstName, lookup } from "../gazetteer.js";
import { after, chunkTokens, type Rule } from "./rule.js";

function isFaithWord(lower: string): boolean {
  return FAITH_WORDS.has(lower) || (lower.endsWith("s") && FAITH_WORDS.has(lower.slice(0, -1)));
}

/** "european" -> Europe, "north american" -> North America: an adjective of a region the gazetteer lists. */
function isRegionAdjective(key: string): boolean {
  if (key.length < 6) return false;
  // "african" - "n" = "africa"; "european" - "an" = "europe".
  const stems = key.endsWith("an") ? [key.slice(0, -1), key.slice(0, -2)] : [];
  return stems.some((stem) => {
    const entry = lookup(stem);
    return entry !== undefined && entry.kind === "place" && entry.capitalOf === undefined;
  });
}

/** A people's adjective: a country's demonym or a region's adjective, singular or plural. */
function isPeopleAdjective(lower: string): boolean {
  const singular = lower.endsWith("s") ? lower.slice(0, -1) : lower;
  return demonymCountry(lower) !== undefined || isRegionAdjective(lower) || isRegionAdjective(singular);
}

export const beliefRegionRule: Rule = {
  name: "belief-region",
  apply(input) {
    const toks = chunkTokens(input);
    if (toks.length > 2) return null;
    const last = toks[toks.length - 1];
    const first = toks[0];
    if (!last || !first) return null;
    const drop = { kind: null, canonical: "", strength: "strong" as const, rule: "belief-region" };
    if (toks.length === 1) {
      // "Christian" is also a given name: alone it may be a person ("Christian said").
      if (isFaithWord(last.lower) && !isFirstName(last.lower)) return drop;
      if (
        !isFirstName(last.lower) &&
        isRegionAdjective(last.lower.endsWith("s") ? last.lower.slice(0, -1) : last.lower)
      )
        return drop;
      return isRegionAdjective(input.key) ? drop : null;
    }
    // "UK Muslims", "British Hindu": a faith qualified by a country or people.
    const qualifier = lookup(first.lower);
    if (
      isFaithWord(last.lower) &&
      ((qualifier !== undefined && (qualifier.kind === "country" || qualifier.kind === "place")) ||
        isPeopleAdjective(first.lower))
    )
      return drop;
    // "North American", "Latin Americans".
    if (COMPASS_WORDS.has(first.lower) && (isPeopleAdjective(last.lower) || isRegionAdjective(input.key))) return drop;
    return null;
  },
};

// "the Roman Catholic archdiocese", "a Greek Orthodox priest": a run ending in a faith's adjective
// before a lower-case noun qualifies the noun; it is no person, though its first word may be a
// given name ("Roman"). Asked before the given-name rule. A last word that is itself a given name
// ("Mark Christian said"), a verb of saying after it or a lower-case word inside ("Nation of
// Islam") keeps the run for the other rules.
export const faithPhraseRule: Rule = {
  name: "faith-phrase",
  apply(input) {
    const toks = chunkTokens(input);
    const last = toks[toks.length - 1];
    if (toks.length < 2 || !last || !FAITH_WORDS.has(last.lower) || isFirstName(last.lower)) return null;
    // "Nation of Islam" is a name built on a noun, not an adjective run.
    if (toks.some((t) => !t.cap)) return null;
    const next = after(input);
    if (!next || !next.word || next.cap || SPEECH_VERBS.has(next.lower)) return null;
    return { kind: null, canonical: "", strength: "weak", rule: "faith-phrase" };
  },
};
