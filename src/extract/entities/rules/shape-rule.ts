// What a name's own words say: "Kiel Institute for the World Economy" and "Bank of Japan" are
// organisations, "Kyiv Post" an outlet, "Yangtze River" and "Mount Fuji" places; "Radio X" is a
// station and "X & Y" a firm.
import { ORG_HEADS_FIRST, ORG_TAILS, OUTLET_TAILS, PLACE_HEADS_FIRST, PLACE_TAILS } from "../cue-words.js";
import { chunkTokens, type Rule } from "./rule.js";

/** Letters of sports clubs' names, as written ("FC", "VfB"); not "US" or "AS", which are words or countries too. */
const CLUB_MARKERS = new Set([
  "FC",
  "AFC",
  "SC",
  "SK",
  "AC",
  "CF",
  "SV",
  "VfB",
  "VfL",
  "TSV",
  "FK",
  "NK",
  "CD",
  "UD",
  "BK",
  "IK",
]);

/**
 * What is held at a centre that is a venue, not a body: "National Tennis Centre", "Lee Valley
 * Leisure Centre", "World Trade Center", "Birmingham Exhibition Centre" are places. A centre of
 * anything else ("Carter Center", "Centre for Policy Studies") stays an organisation.
 */
const VENUE_WORDS = new Set([
  "tennis",
  "sports",
  "sport",
  "leisure",
  "shopping",
  "conference",
  "convention",
  "exhibition",
  "aquatics",
  "aquatic",
  "equestrian",
  "trade",
  "velodrome",
  "golf",
  "cricket",
  "hockey",
  "racing",
]);
const CENTRES = new Set(["centre", "center", "centres", "centers"]);

export const shapeRule: Rule = {
  name: "shape",
  apply(input) {
    const toks = chunkTokens(input);
    if (toks.length < 2) return null;
    const first = toks[0]?.lower ?? "";
    const last = toks[toks.length - 1]?.lower ?? "";
    const hasOf = toks.some((t) => t.lower === "of" || t.lower === "for");
    const verdict = (kind: "organization" | "outlet" | "place") => ({
      kind,
      canonical: input.text,
      strength: "strong" as const,
      rule: `shape-${kind}`,
    });
    if (OUTLET_TAILS.has(last) && !ORG_TAILS.has(last)) return verdict("outlet");
    // "Radio Red", "Radio Liberty": a station is named after the word "Radio".
    if (first === "radio") return verdict("outlet");
    // "Douglas & Lomason", "Standard & Poor": names joined by an ampersand are a firm's, never a person's.
    if (toks.some((t, i) => t.text === "&" && i > 0 && i < toks.length - 1)) return verdict("organization");
    if (PLACE_HEADS_FIRST.has(first) && !hasOf) return verdict("place");
    if (CENTRES.has(last) && toks.length > 2 && VENUE_WORDS.has(toks[toks.length - 2]?.lower ?? ""))
      return verdict("place");
    if (ORG_TAILS.has(last)) return verdict("organization");
    // "SC Freiburg", "Ajax FC", "VfB Stuttgart": a club's letters before or after its town.
    if (CLUB_MARKERS.has(toks[0]?.text ?? "") || CLUB_MARKERS.has(toks[toks.length - 1]?.text ?? ""))
      return verdict("organization");
    // "Patriotic Union of Kurdistan", "Chicago Board of Trade": an organisation's head before "of".
    const of = toks.findIndex((t, i) => i > 0 && t.lower === "of");
    if (of > 0 && ORG_TAILS.has(toks[of - 1]?.lower ?? "")) return verdict("organization");
    if (ORG_HEADS_FIRST.has(first) && hasOf) return verdict("organization");
    if (PLACE_TAILS.has(last) || (PLACE_HEADS_FIRST.has(first) && hasOf)) return verdict("place");
    return null;
  },
};
