// Places introduced as places: "the town of Staouelli", "the village of Mahala", a name
// qualified by its country or region: "Stirling, Scotland", and a name before the kind of
// site it is: "the Sandilands stop", "the Interlagos circuit", "Paddington station"; and a part of
// a listed place named by a compass word: "South London", "East Jerusalem", "northern Iraq".
import { COMPASS_WORDS } from "../cue-words.js";
import { lookup } from "../gazetteer.js";
import { chunkKey } from "../name-chunks.js";
import { after, before, chunkTokens, type Rule } from "./rule.js";

const PLACE_NOUNS = new Set([
  "town",
  "city",
  "village",
  "region",
  "province",
  "district",
  "capital",
  "port",
  "suburb",
  "state",
  "island",
  "county",
  "area",
  "outskirts",
  "municipality",
  "republic",
  "enclave",
  "resort",
  "neighbourhood",
  "neighborhood",
]);

/** Sites named after a place, written just after its name in lower case; not what a person has. */
const SITE_NOUNS = new Set([
  "stop",
  "station",
  "circuit",
  "racetrack",
  "racecourse",
  "junction",
  "interchange",
  "roundabout",
  "terminal",
  "airport",
  "stadium",
  "airfield",
  "airbase",
  "crossing",
  "underpass",
  "flyover",
  "motorway",
  "tunnel",
  "bridge",
  "harbour",
  "harbor",
  "marina",
  "quay",
  "pier",
]);

export const placeCueRule: Rule = {
  name: "place-cue",
  apply(input) {
    const p1 = before(input);
    const p2 = before(input, 2);
    if (p1?.lower === "of" && p2 && PLACE_NOUNS.has(p2.lower))
      return { kind: "place", canonical: input.text, strength: "strong", rule: "place-of" };
    const toks = chunkTokens(input);
    if (toks.length >= 2 && COMPASS_WORDS.has(toks[0]?.lower ?? "")) {
      const rest = lookup(chunkKey(input.tokens, input.chunk.first + 1, input.chunk.last));
      if (rest && (rest.kind === "place" || rest.kind === "country"))
        return { kind: "place", canonical: input.text, strength: "strong", rule: "place-compass" };
    }
    const n1 = after(input);
    const n2 = after(input, 2);
    if (n1 && n1.word && !n1.cap && SITE_NOUNS.has(n1.lower))
      return { kind: "place", canonical: input.text, strength: "strong", rule: "place-site" };
    if (n1?.text === "," && n2 && n2.cap) {
      const e = lookup(n2.lower);
      if (e && (e.kind === "country" || (e.kind === "place" && !e.capitalOf)))
        return { kind: "place", canonical: input.text, strength: "strong", rule: "place-qualified" };
    }
    return null;
  },
};
