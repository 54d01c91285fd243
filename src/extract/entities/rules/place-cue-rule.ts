// Places introduced as places: "the town of Staouelli", "the village of Mahala", and a name
// qualified by its country or region: "Stirling, Scotland".
import { lookup } from "../gazetteer.js";
import { after, before, type Rule } from "./rule.js";

const PLACE_NOUNS = new Set(["town", "city", "village", "region", "province", "district", "capital", "port", "suburb", "state", "island", "county", "area", "outskirts", "municipality", "republic", "enclave", "resort", "neighbourhood", "neighborhood"]);

export const placeCueRule: Rule = {
  name: "place-cue",
  apply(input) {
    const p1 = before(input);
    const p2 = before(input, 2);
    if (p1?.lower === "of" && p2 && PLACE_NOUNS.has(p2.lower)) return { kind: "place", canonical: input.text, strength: "strong", rule: "place-of" };
    const n1 = after(input);
    const n2 = after(input, 2);
    if (n1?.text === "," && n2 && n2.cap) {
      const e = lookup(n2.lower);
      if (e && (e.kind === "country" || (e.kind === "place" && !e.capitalOf))) return { kind: "place", canonical: input.text, strength: "strong", rule: "place-qualified" };
    }
    return null;
  },
};
