// Whether a mention cites its entity as a source: "according to Yomiuri", "reported by
// Bloomberg", "Ukrinform saw", "the Japanese newspaper Yomiuri writes", "cited by ... Yomiuri".
import { CITING_AFTER, CITING_BEFORE, OUTLET_NOUNS } from "./cue-words.js";
import { demonymCountry } from "./gazetteer.js";
import type { Token } from "./tokenize.js";

// Between a citing phrase and the name: "the", a demonym, "news", an outlet noun.
function skippable(t: Token): boolean {
  return (
    t.lower === "the" ||
    t.lower === "news" ||
    t.lower === "state" ||
    t.lower === "local" ||
    OUTLET_NOUNS.has(t.lower) ||
    demonymCountry(t.lower) !== undefined
  );
}

/**
 * How a mention is cited: `before` ("according to X", "reported by X") cites anyone;
 * `after` ("X reported", "X said") cites only when X is an outlet: "Kenya said" is a party speaking.
 */
export function citation(tokens: Token[], first: number, last: number): "before" | "after" | null {
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
    if (ok) return "before";
  }
  let n = last + 1;
  if (tokens[n]?.lower === "'s") return null;
  while (tokens[n] && (tokens[n] as Token).lower === "also") n++;
  const next = tokens[n];
  return next !== undefined && CITING_AFTER.has(next.lower) ? "after" : null;
}
