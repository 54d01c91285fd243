// Words for groups of people are no entity of their own: the plural of a demonym ("Europeans",
// "Americans") and a stance ("Pro-Europeans", "Anti-Americans"). Without this, the fallback calls
// them a person and a page of "Europeans" heads the People index.
import { demonymCountry } from "../gazetteer.js";
import type { Rule } from "./rule.js";

const STANCE_PREFIX = /^(?:pro|anti|non|neo|ex)-/;
/** Plurals of proper adjectives that name peoples of regions and faiths ("Europeans", "Asians",
 * "Christians"); not "-ans" alone, which is also the shape of team names ("Titans"). */
const PEOPLES_PLURAL = /(?:ean|ian)s$/;

export const groupNounRule: Rule = {
  name: "group-noun",
  apply(input) {
    if (input.chunk.first !== input.chunk.last) return null;
    const key = input.key;
    const pluralDemonym = key.endsWith("s") && demonymCountry(key.slice(0, -1)) !== undefined;
    if (!pluralDemonym && !PEOPLES_PLURAL.test(key) && !STANCE_PREFIX.test(key)) return null;
    return { kind: null, canonical: "", strength: "strong", rule: "group-noun" };
  },
};
