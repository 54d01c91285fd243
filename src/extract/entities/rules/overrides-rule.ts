// Site knowledge beats everything the code knows: a user who types a name into
// content/knowledge.yml expects it to win.
import type { Rule } from "./rule.js";

export const overridesRule: Rule = {
  name: "overrides",
  apply({ key, overrides }) {
    if (!overrides) return null;
    if (overrides.ignore.has(key)) return { kind: null, canonical: "", strength: "strong", rule: "overrides-ignore" };
    const hit = overrides.names.get(key);
    return hit ? { kind: hit.kind, canonical: hit.canonical, strength: "strong", rule: "overrides" } : null;
  },
};
