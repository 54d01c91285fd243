// Organisations named by what surrounds them, when the name itself says nothing: the employer
// of a role ("an analyst at Jupiter Research"), the author of a report ("a survey by Sony
// Ericsson", "figures from Gartner"), a name in apposition with a kind of organisation ("Wal-Mart,
// the largest US retailer,"; "the world's largest retailer, Wal-Mart") and a known company's name
// with a second one ("Sony Ericsson"). Without it the given-name rule and the fallback called them
// people ("Merrill Lynch", "Gartner said").
import { ORG_KIND_NOUNS } from "../cue-words.js";
import { isEnglishWord, isFirstName, lookup } from "../gazetteer.js";
import { after, before, chunkTokens, type Rule, type RuleInput } from "./rule.js";

/** People who work at an organisation: "an analyst at X", "a professor at X". */
const WORKER_NOUNS = new Set([
  "analyst",
  "analysts",
  "economist",
  "economists",
  "strategist",
  "strategists",
  "researcher",
  "researchers",
  "executive",
  "executives",
  "director",
  "directors",
  "professor",
  "lecturer",
  "partner",
  "partners",
  "engineer",
  "engineers",
  "employee",
  "employees",
  "worker",
  "workers",
  "consultant",
  "consultants",
  "trader",
  "traders",
  "banker",
  "bankers",
  "scientist",
  "scientists",
]);
/** Documents an organisation publishes: "a report from X", "a survey by X". */
const REPORT_NOUNS = new Set([
  "report",
  "reports",
  "survey",
  "surveys",
  "study",
  "studies",
  "research",
  "figures",
  "data",
  "analysis",
  "forecast",
  "forecasts",
  "poll",
  "polls",
  "estimates",
  "index",
  "statistics",
]);
const DETERMINERS = new Set(["the", "a", "an", "its"]);
/** What only an organisation has, before "of", "in" or "for": "shares in X", "a bid for X",
 * "the London offices of X", "a spokesman for X" (a person's spokesman is "Mr X's"). */
const HOLDING_NOUNS = new Set([
  "shares",
  "stake",
  "shareholders",
  "shareholder",
  "bid",
  "takeover",
  "offices",
  "headquarters",
  "subsidiary",
  "spokesman",
  "spokeswoman",
  "spokesperson",
]);
const HOLDING_PREPOSITIONS = new Set(["of", "in", "for"]);

/** "X, the largest US retailer," — an organisation's kind within five words after a comma. */
function kindAfterComma(input: RuleInput): boolean {
  if (after(input)?.text !== ",") return false;
  const det = after(input, 2);
  if (!det || !DETERMINERS.has(det.lower)) return false;
  for (let n = 3; n <= 8; n++) {
    const t = after(input, n);
    if (!t || (!t.word && !/^\d/.test(t.text))) return false;
    if (ORG_KIND_NOUNS.has(t.lower) && !t.cap) return true;
  }
  return false;
}

/** "the world's largest retailer, X" — the kind just before a comma before the name. */
function kindBeforeComma(input: RuleInput): boolean {
  const comma = before(input);
  const noun = before(input, 2);
  return comma?.text === "," && noun !== undefined && !noun.cap && ORG_KIND_NOUNS.has(noun.lower);
}

export const orgContextRule: Rule = {
  name: "org-context",
  apply(input) {
    const toks = chunkTokens(input);
    const first = toks[0];
    if (!first || toks.length > 5) return null;
    const verdict = (rule: string) => ({
      kind: "organization" as const,
      canonical: input.text,
      strength: "strong" as const,
      rule,
    });
    const p1 = before(input);
    const p2 = before(input, 2);
    if (p1 && p2 && !p2.cap && (p1.lower === "at" || p1.lower === "with") && WORKER_NOUNS.has(p2.lower))
      return verdict("org-context-employer");
    if (p1 && p2 && !p2.cap && (p1.lower === "from" || p1.lower === "by") && REPORT_NOUNS.has(p2.lower))
      return verdict("org-context-report");
    if (kindAfterComma(input) || kindBeforeComma(input)) return verdict("org-context-apposition");
    // "shares in X", "a bid for X", "a spokesman for X": not after a title ("a spokesman for Mr X")
    // and not a given name's ("a spokesman for Tony Blair").
    if (
      p1 &&
      p2 &&
      !p2.cap &&
      HOLDING_PREPOSITIONS.has(p1.lower) &&
      HOLDING_NOUNS.has(p2.lower) &&
      !input.chunk.afterTitle &&
      !(p2.lower.startsWith("spokes") && isFirstName(first.lower)) &&
      !(p1.lower === "in" && (p2.lower === "offices" || p2.lower === "headquarters"))
    )
      return verdict("org-context-holding");
    // "X chief executive Werner Seifert", "X chief Jean-Francois Theodore".
    const n1 = after(input);
    const n2 = after(input, 2);
    if (n1?.lower === "chief" && !n1.cap && n2 && (n2.lower === "executive" || (n2.cap && n2.word)))
      return verdict("org-context-chief");
    // "Sony Ericsson": a company the gazetteer knows and one more name.
    const head = lookup(first.lower);
    const second = toks[1];
    // Not "Republican House (speaker)": the second word is a name, no English word.
    if (
      toks.length === 2 &&
      head?.kind === "organization" &&
      second &&
      !isFirstName(first.lower) &&
      !isEnglishWord(second.lower)
    )
      return verdict("org-context-known-head");
    return null;
  },
};
