// Equipment, events, products and laws are capitalised but are neither people nor places. A name
// ending in an event's word is an event ("World Cup", "Six Nations", "Grand Slam", "World War
// II"), one ending in a law's word a law ("Freedom of Information Act", "Kyoto Protocol"); other
// names with a thing's word inside or just after them are equipment and models ("Patriot
// missiles", "F-35A fighter jets") and no entity at all.
// A law or scheme is also named by a single word that ends in "-care" ("Obamacare", "Medicare")
// or as what a government repeals ("repeal Obamacare"). Generic names of kinds of events ("the
// Grand Prix", "a Test match") name no one event: not entities.
import { COMPETITION_LEAGUE_WORDS, EVENT_TAILS, GENERIC_EVENT_NAMES, LAW_TAILS, THING_WORDS } from "../cue-words.js";
import { isEnglishWord } from "../gazetteer.js";
import { after, before, chunkTokens, type Rule } from "./rule.js";

const REPEAL_VERBS = new Set(["repeal", "repealed", "repealing", "repeals", "amend", "amending"]);

const MODEL_CODE = /^\p{Lu}+-?\d/u; // "F-35A", "T-72", "MiG-29", "S-300"
const ROMAN = /^(?:[IVX]+|\d+)$/; // "World War II", "Super Bowl XXXIX"

export const thingRule: Rule = {
  name: "thing",
  apply(input) {
    const toks = chunkTokens(input);
    // The last word that is not a numeral: "World War II" ends in "war".
    let tail = toks.length - 1;
    while (tail > 0 && ROMAN.test(toks[tail]?.text ?? "")) tail--;
    const tailWord = toks[tail]?.lower ?? "";
    if (GENERIC_EVENT_NAMES.has(input.key))
      return { kind: null, canonical: "", strength: "strong", rule: "thing-generic" };
    // "National League", "Premier League": a league with a sport's or a tier's word is a competition.
    const competitionLeague =
      tailWord === "league" && toks.slice(0, tail).some((t) => COMPETITION_LEAGUE_WORDS.has(t.lower));
    if (tail > 0 && (EVENT_TAILS.has(tailWord) || competitionLeague))
      return { kind: "event", canonical: input.text, strength: "strong", rule: "thing-event" };
    if (tail > 0 && LAW_TAILS.has(tailWord))
      return { kind: "law", canonical: input.text, strength: "strong", rule: "thing-law" };
    const only = toks.length === 1 ? (toks[0]?.lower ?? "") : "";
    const careWord = /^\p{L}{3,}care$/u.test(only) && !isEnglishWord(only);
    const prev = before(input);
    const repealed = prev !== undefined && REPEAL_VERBS.has(prev.lower) && toks.length <= 3;
    if (careWord || repealed)
      return { kind: "law", canonical: input.text, strength: "strong", rule: "thing-law-scheme" };
    const next = after(input);
    const thingAfter = next !== undefined && !next.cap && THING_WORDS.has(next.lower);
    const thingInside = toks.some((t, i) => i > 0 && THING_WORDS.has(t.lower));
    const model = toks.some((t) => MODEL_CODE.test(t.text) && /\d/.test(t.text));
    if (thingAfter || thingInside || model) return { kind: null, canonical: "", strength: "strong", rule: "thing" };
    return null;
  },
};
