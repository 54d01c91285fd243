// A name set straight after a noun for a kind of organisation is that organisation: "media
// regulator Ofcom", "internet giant Google", "phone firm Nokia", "the watchdog Ofcom". Without
// it a lone unknown word falls to the fallback, which calls it a person ("Ofcom said").
import { before, type Rule } from "./rule.js";

/** Nouns that name a kind of organisation, in apposition before its name. Not words a person
 * is called by ("boss", "chief": those introduce people), nor publications (the outlet rule). */
const ORG_KIND_NOUNS = new Set([
  "regulator", "watchdog", "firm", "company", "giant", "maker", "manufacturer", "retailer",
  "carrier", "airline", "operator", "lender", "insurer", "conglomerate", "consortium",
  "supermarket", "chain", "bank", "charity", "agency", "organisation", "organization", "group",
  "studio", "label", "publisher", "developer", "start-up", "startup", "broadband", "telecoms",
]);

export const orgCueRule: Rule = {
  name: "org-cue",
  apply(input) {
    const p1 = before(input);
    if (!p1 || p1.cap || !ORG_KIND_NOUNS.has(p1.lower)) return null;
    return { kind: "organization", canonical: input.text, strength: "strong", rule: "org-cue" };
  },
};
