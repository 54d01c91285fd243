// Words for groups of people are no entity of their own: the plural of a demonym ("Americans")
// or of a proper adjective of a region or faith ("Europeans", "Christians"), and a member of a
// people or faith, one or many ("Kurds", "Moslem", "Hutu": data/peoples.json). Without this the
// fallback calls them a person, and the resolver then made "Europeans" an alias of a
// "Pro-Europeans" person that headed the People index of a real archive.
import { demonymCountry, isPeopleWord } from "../gazetteer.js";
import { beliefRegionRule } from "./belief-region-rule.js";
import type { Rule } from "./rule.js";

/** Not "-ans" alone, which is also the shape of team names ("Titans"). */
const PEOPLES_PLURAL = /(?:ean|ian)s$/;

export const groupNounRule: Rule = {
  name: "group-noun",
  apply(input) {
    if (input.chunk.first !== input.chunk.last) return null;
    const key = input.key;
    const pluralDemonym = key.endsWith("s") && demonymCountry(key.slice(0, -1)) !== undefined;
    if (!pluralDemonym && !PEOPLES_PLURAL.test(key) && !isPeopleWord(key)) return null;
    // Faiths and region adjectives ("Muslim", "European") are the belief-region rule's, later in
    // the order so that given names come first ("Christian Bale").
    if (beliefRegionRule.apply(input)) return null;
    return { kind: null, canonical: "", strength: "strong", rule: "group-noun" };
  },
};
