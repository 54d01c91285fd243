// Awards are named like people ("Oscar", "Emmy", "Grammy"): a name after a prize's category ("the
// best actress Oscar", "a best film Bafta") or before a word for what an award has ("Oscar
// nominations", "the Oscar ceremony", "Oscar hopefuls") is the award, an event; a singular of a
// listed awards event takes that event's name ("Oscar" -> "Academy Awards"), so it is no second page.
import { lookup } from "../gazetteer.js";
import { after, before, chunkTokens, type Rule, type RuleInput } from "./rule.js";

/** Categories of prizes, written between "best" and the award: "best supporting actor Oscar". */
const CATEGORY_NOUNS = new Set([
  "actor",
  "actress",
  "director",
  "film",
  "picture",
  "screenplay",
  "song",
  "album",
  "single",
  "documentary",
  "newcomer",
  "score",
  "animation",
  "comedy",
  "drama",
  "musical",
]);
/** What an award has, written just after its name. */
const AWARD_NOUNS = new Set([
  "nomination",
  "nominations",
  "nominated",
  "ceremony",
  "ceremonies",
  "statuette",
  "statuettes",
  "hopefuls",
  "contenders",
  "glory",
  "night",
  "race",
  "voters",
  "winners",
  "winner",
  "nominees",
  "nominee",
  "presenters",
  "categories",
  "category",
]);

/** "best actress X", "best supporting actor X": a category noun just before, "best" at most three words back. */
function afterCategory(input: RuleInput): boolean {
  const prev = before(input);
  if (!prev || prev.cap || !CATEGORY_NOUNS.has(prev.lower)) return false;
  for (let n = 2; n <= 4; n++) {
    const t = before(input, n);
    if (!t || t.cap) return false;
    if (t.lower === "best") return true;
  }
  return false;
}

export const awardRule: Rule = {
  name: "award",
  apply(input) {
    const toks = chunkTokens(input);
    if (toks.length > 3) return null;
    const listed = lookup(`${input.key}s`);
    const award = listed?.kind === "event" ? listed : undefined;
    const canonical = award?.canonical ?? input.text;
    if (afterCategory(input)) return { kind: "event", canonical, strength: "strong", rule: "award-category" };
    const next = after(input);
    // Only a listed award's singular before such a noun: "Bush nominee John Roberts" is a person's.
    if (award && next && !next.cap && AWARD_NOUNS.has(next.lower))
      return { kind: "event", canonical, strength: "strong", rule: "award-noun" };
    return null;
  },
};
