// The order rules are asked in; the first verdict wins. Why this order:
// 1. overrides  — the site's own knowledge beats every built-in guess.
// 2. gazetteer  — a listed name is the safest evidence ("Japan", "Yomiuri", "Washington").
// 3. thing      — equipment and events must be dropped before titles or shapes call
//                 "Patriot missiles" a person or "World War II" a place.
// 4. title      — "President X" is a person even when X looks like a place ("President Jordan").
// 5. shape      — a name's own head word ("Institute", "River", "Post").
// 6. outlet-cue — "the newspaper X".
// 7. given-name — "Phil Simmons".
// 8. context    — weak: verbs of saying, locative prepositions.
// 9. fallback   — weak: what unknown capitalised words usually are.
import { contextRule } from "./context-rule.js";
import { fallbackRule } from "./fallback-rule.js";
import { gazetteerRule } from "./gazetteer-rule.js";
import { givenNameRule } from "./given-name-rule.js";
import { outletCueRule } from "./outlet-cue-rule.js";
import { overridesRule } from "./overrides-rule.js";
import type { Rule } from "./rule.js";
import { shapeRule } from "./shape-rule.js";
import { thingRule } from "./thing-rule.js";
import { titleRule } from "./title-rule.js";

export const RULES: readonly Rule[] = [
  overridesRule,
  gazetteerRule,
  thingRule,
  titleRule,
  shapeRule,
  outletCueRule,
  givenNameRule,
  contextRule,
  fallbackRule,
];
