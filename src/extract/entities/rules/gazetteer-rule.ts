// Names the gazetteer lists (countries, capitals, cities, regions, organisations, outlets) and
// demonyms. A capital standing for its government ("Washington supplies arms", "Tokyo's policy")
// becomes its country; one where something happens ("meet in Washington", "Washington, D.C.")
// stays a place. An event named after its venue ("Wimbledon") is the place where it ends a route:
// "the tram from New Addington to Wimbledon".
import { LOCATIVE_PREPOSITIONS } from "../cue-words.js";
import { demonymCountry, isEnglishWord, lookup } from "../gazetteer.js";
import { after, before, type Rule, type RuleInput } from "./rule.js";

/** A name that is not an event's, capitalised: the other end of a route. */
function otherEnd(t: { cap: boolean; word: boolean; lower: string } | undefined): boolean {
  return t !== undefined && t.cap && t.word && lookup(t.lower)?.kind !== "event";
}

/** "from X to NAME", "from NAME to X", "to NAME via X": the name is an end of a journey. */
function inRoute(input: RuleInput): boolean {
  const prev = before(input);
  const next = after(input);
  if (prev?.lower === "from" && next?.lower === "to") return otherEnd(after(input, 2));
  if (prev?.lower === "to" && next?.lower === "via") return otherEnd(after(input, 2));
  if (prev?.lower !== "to") return false;
  for (let n = 2; n <= 6; n++) {
    const t = before(input, n);
    if (!t || t.sentStart) return false;
    if (t.lower === "from") return otherEnd(before(input, n - 1));
  }
  return false;
}

const COMPASS_INITIALS: Record<string, string> = { n: "north", s: "south", e: "east", w: "west" };

/** "N. Korea", "S. Korean": a compass point's initial before a listed name stands for the word. */
function compassExpanded(key: string): string | undefined {
  const m = /^([nsew])\. (.+)$/.exec(key);
  if (!m) return undefined;
  const full = `${COMPASS_INITIALS[m[1] as string]} ${m[2]}`;
  return lookup(full) || demonymCountry(full) ? full : undefined;
}

export const gazetteerRule: Rule = {
  name: "gazetteer",
  apply(input) {
    const { text, chunk } = input;
    const key = compassExpanded(input.key) ?? input.key;
    const entry = lookup(key);
    if (entry) {
      if (entry.acronym) {
        // "US" the country, not "us"; in a capitals headline "US"/"WHO" are words.
        // British style writes a pronounceable acronym of four letters in title case ("Fifa",
        // "Nato", "Opec"); such a word is no English word, unlike "Who" or "Us".
        const letters = text.replace(/[^\p{L}]/gu, "");
        const surface = entry.surface.replace(/[^\p{L}]/gu, "");
        const titleCased =
          letters.length >= 4 && letters === surface.charAt(0) + surface.slice(1).toLowerCase() && !isEnglishWord(key);
        if (letters !== surface && !titleCased) return null;
        if (chunk.capsLine && isEnglishWord(key)) return null;
      }
      if (entry.capitalOf) {
        const prev = before(input);
        const next = after(input);
        const next2 = after(input, 2);
        const locative = prev !== undefined && LOCATIVE_PREPOSITIONS.has(prev.lower);
        const qualified =
          next !== undefined &&
          (next.text === "," || next.text === "D.C.") &&
          (next.text === "D.C." || (next2 !== undefined && next2.cap));
        const multiword = chunk.last > chunk.first;
        if (!locative && !qualified && !multiword && !chunk.capsLine) {
          return { kind: "country", canonical: entry.capitalOf, strength: "strong", rule: "capital-metonym" };
        }
      }
      if (entry.kind === "event" && !chunk.capsLine && inRoute(input))
        return { kind: "place", canonical: entry.canonical, strength: "strong", rule: "gazetteer-route" };
      return { kind: entry.kind, canonical: entry.canonical, strength: "strong", rule: "gazetteer" };
    }
    const country = demonymCountry(key);
    if (country) return { kind: "country", canonical: country, strength: "strong", rule: "demonym", demonym: true };
    return null;
  },
};
