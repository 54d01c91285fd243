// Sports teams are named after their towns and regions ("Leicestershire beat Somerset",
// "Puchon 2 Chonbuk 1", "NEW YORK 59 76 .437"): in a results row or next to a verb of winning,
// a town or unknown name is a team (organisation). Countries stay countries: national sides are
// named for the country itself.
import { demonymCountry, isFirstName, isPeopleWord, lookup } from "../gazetteer.js";
import { figureGoesOn } from "../tokenize.js";
import { after, before, chunkTokens, type Rule, type RuleInput } from "./rule.js";

const INITIAL = /^\p{Lu}\.$/u;
const TAG = /^\p{Lu}{1,3}$/u;
const SCORE = /^\d+(?:[-–]\d+)?$|^\.\d+$/;
const SPORT_BEFORE = new Set([
  "beat",
  "beats",
  "against",
  "v",
  "vs",
  "vs.",
  "over",
  "champions",
  "defeated",
  "hosts",
  "visitors",
  "edged",
  "thrashed",
  "routed",
  "downed",
  "trounced",
  "for",
  "at",
]);
const SPORT_AFTER = new Set([
  "v",
  "vs",
  "vs.",
  "beat",
  "beats",
  "defeated",
  "drew",
  "lost",
  "edged",
  "thrashed",
  "routed",
  "trounced",
  "downed",
  "won",
  "lead",
  "led",
  "trail",
  "trailed",
  "scored",
]);
const ROW_OPENERS = new Set([",", "-", "–", "v", "vs", "vs.", "at", ":", "(", ")"]);

/** A results row: the name is followed by a score and stands first or after a score or separator. */
function inScoreRow(input: RuleInput): boolean {
  // A town's tag in parentheses may stand between a club and its score: "Mladost (BJ) 0".
  const tagged = after(input)?.text === "(" && TAG.test(after(input, 2)?.text ?? "") && after(input, 3)?.text === ")";
  const next = tagged ? after(input, 4) : after(input);
  const prev = before(input);
  const first = input.tokens[input.chunk.first];
  if (!next || !first || next.line !== first.line || !SCORE.test(next.text)) return false;
  // "M1 63.02 62.83", "World 4,000 metres": a figure with decimals or thousands is no score.
  if (figureGoesOn(input.tokens, next)) return false;
  // "Pakistan 185 (Ijaz Ahmed 79; ...)": a batsman's score inside his side's innings.
  if (prev?.text === "(" && SCORE.test(before(input, 2)?.text ?? "")) return false;
  return !prev || prev.line !== first.line || SCORE.test(prev.text) || ROW_OPENERS.has(prev.lower);
}

/** A league table's row: the name opens its line and four or more whole numbers follow it. */
function inTableRow(input: RuleInput): boolean {
  const first = input.tokens[input.chunk.first];
  const prev = before(input);
  if (!first || (prev && prev.line === first.line)) return false;
  let n = 0;
  for (let t = after(input, n + 1); t && t.line === first.line && /^\d+$/.test(t.text); t = after(input, n + 1)) n++;
  return n >= 4;
}

/** A result's second side: "Wigan 42 Bradford Bulls 36", a score just before and just after on one line. */
function betweenScores(input: RuleInput): boolean {
  const first = input.tokens[input.chunk.first];
  const prev = before(input);
  const next = after(input);
  const lead = before(input, 2);
  return (
    first !== undefined &&
    prev?.line === first.line &&
    next?.line === first.line &&
    /^\d+$/.test(prev.text) &&
    /^\d+$/.test(next.text) &&
    lead !== undefined &&
    lead.cap &&
    lead.word
  );
}

/**
 * A line-up's club in parentheses after a player named by initial or surname alone: "M Davies
 * (Gloucester)", "Roberts (Tranmere), Weston (Cardiff)". Not after a full name, where awards
 * lists put a film ("Imelda Staunton (Vera Drake)").
 */
function inLineUp(input: RuleInput): boolean {
  const open = before(input);
  const surname = before(input, 2);
  const lead = before(input, 3);
  if (open?.text !== "(" || after(input)?.text !== ")" || !surname?.cap || !surname.word) return false;
  return (
    lead === undefined ||
    lead.line !== surname.line ||
    INITIAL_ALONE.test(lead.text) ||
    [",", ";", "-", "–"].includes(lead.text)
  );
}
const INITIAL_ALONE = /^\p{Lu}\.?$/u;

/** Beside a verb of winning in a sentence that also holds a score or another team cue. */
function inSportSentence(input: RuleInput): boolean {
  const prev = before(input);
  const next = after(input);
  if (prev && (prev.lower === "for" || prev.lower === "at" || prev.lower === "over")) return false;
  return (prev !== undefined && SPORT_BEFORE.has(prev.lower)) || (next !== undefined && SPORT_AFTER.has(next.lower));
}

const NICKNAME_AFTER = new Set([...SPORT_AFTER, "blanked", "swept", "rallied", "clinched", "snapped", "outscored"]);
const NICKNAME_BEFORE = new Set(["beat", "beating", "against", "over", "defeated", "for", "to", "past", "with"]);

/**
 * "the Florida Marlins beat", "for the Rockies", "lost to the Reds": a plural name after "the"
 * beside a verb of winning or a side's preposition is a team's nickname. Not a people ("against
 * the Kurds") or a country ("the Netherlands").
 */
function pluralNickname(input: RuleInput): boolean {
  const toks = chunkTokens(input);
  const last = toks[toks.length - 1];
  const the = before(input);
  if (!last || the?.lower !== "the" || !/^\p{Lu}\p{Ll}*[^su]s$/u.test(last.text) || toks.length > 3) return false;
  if (isPeopleWord(last.lower) || demonymCountry(last.lower) || lookup(input.key)) return false;
  const next = after(input);
  const lead = before(input, 2);
  return (
    (next !== undefined && NICKNAME_AFTER.has(next.lower)) || (lead !== undefined && NICKNAME_BEFORE.has(lead.lower))
  );
}

const RESULT_NOUNS = new Set([
  "defeat",
  "defeats",
  "loss",
  "losses",
  "win",
  "wins",
  "victory",
  "victories",
  "draw",
  "drew",
  "lost",
  "beaten",
  "tie",
]);
const RESULT_PREPOSITIONS = new Set(["to", "by", "over", "against", "with", "at"]);

/** "Nice's home defeat to Guingamp", "a 2-0 win over Qorvath", "a draw with X": the other side. */
function afterResult(input: RuleInput): boolean {
  const prep = before(input);
  const noun = before(input, 2);
  return (
    prep !== undefined && noun !== undefined && RESULT_PREPOSITIONS.has(prep.lower) && RESULT_NOUNS.has(noun.lower)
  );
}

export const teamRule: Rule = {
  name: "team",
  apply(input) {
    const toks = chunkTokens(input);
    const entry = lookup(input.key);
    // Clubs share their names with towns and tournaments ("Wimbledon"), never with countries or people.
    if (entry && entry.kind !== "place" && entry.kind !== "event") return null;
    // "Phil Simmons 12", "J. Ratcliffe 34": a batting card's names are people. Not in a league
    // table's row ("Ross County 3 0 0 3 3 7 0") or between two scores ("Wigan 42 Bradford Bulls 36").
    const personShaped = toks.length > 1 && (isFirstName(toks[0]?.lower ?? "") || INITIAL.test(toks[0]?.text ?? ""));
    if (personShaped && (INITIAL.test(toks[0]?.text ?? "") || !(inTableRow(input) || betweenScores(input))))
      return null;
    if (afterResult(input) && (entry !== undefined || !toks[0]?.sentStart))
      return { kind: "organization", canonical: input.text, strength: "weak", rule: "team-result" };
    if (pluralNickname(input))
      return { kind: "organization", canonical: input.text, strength: "strong", rule: "team-nickname" };
    if (inScoreRow(input)) return { kind: "organization", canonical: input.text, strength: "strong", rule: "team-row" };
    if (inLineUp(input) && !isFirstName(toks[0]?.lower ?? ""))
      return { kind: "organization", canonical: input.text, strength: "strong", rule: "team-line-up" };
    // A town the gazetteer knows, or an unknown name capitalised mid-sentence ("beat Somerset").
    const known = entry !== undefined || (toks.length === 1 && !toks[0]?.sentStart);
    if (known && inSportSentence(input))
      return { kind: "organization", canonical: input.text, strength: "weak", rule: "team-context" };
    return null;
  },
};
