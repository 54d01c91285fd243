// Whether a mention cites its entity as a source: "according to Yomiuri", "reported by
// Bloomberg", "Ukrinform saw", "the Japanese newspaper Yomiuri writes", "cited by ... Yomiuri".
import { CITING_AFTER, CITING_BEFORE, OUTLET_NOUNS } from "./cue-words.js";
import { demonymCountry } from "./gazetteer.js";
import type { Token } from "./tokenize.js";

// Between a citing phrase and the name: "the", a demonym, "news", an outlet noun.
function skippable(t: Token): boolean {
  return t.lower === "the" || t.lower === "news" || t.lower === "state" || t.lower === "local" || OUTLET_NOUNS.has(t.lower) || demonymCountry(t.lower) !== undefined;
}

export function citesSource(tokens: Token[], first: number, last: number): boolean {
  let p = first - 1;
  while (p >= 0 && p > first - 5 && skippable(tokens[p] as Token)) p--;
  for (const phrase of CITING_BEFORE) {
    let ok = true;
    for (let k = 0; k < phrase.length; k++) {
      const t = tokens[p - (phrase.length - 1) + k];
      if (!t || t.lower !== phrase[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return true;
  }
  let n = last + 1;
  if (tokens[n]?.lower === "'s") return false;
  while (tokens[n] && (tokens[n] as Token).lower === "also") n++;
  const next = tokens[n];
  return next !== undefined && CITING_AFTER.has(next.lower);
}
