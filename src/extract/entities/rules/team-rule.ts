// Sports teams are named after their towns and regions ("Leicestershire beat Somerset",
// "Puchon 2 Chonbuk 1", "NEW YORK 59 76 .437"): in a results row or next to a verb of winning,
// a town or unknown name is a team (organisation). Countries stay countries: national sides are
// named for the country itself.
import { isFirstName, lookup } from "../gazetteer.js";
import { after, before, chunkTokens, type Rule, type RuleInput } from "./rule.js";

const INITIAL = /^\p{Lu}\.$/u;
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
  const next = after(input);
  const prev = before(input);
  const first = input.tokens[input.chunk.first];
  if (!next || !first || next.line !== first.line || !SCORE.test(next.text)) return false;
  return !prev || prev.line !== first.line || SCORE.test(prev.text) || ROW_OPENERS.has(prev.lower);
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

export const teamRule: Rule = {
  name: "team",
  apply(input) {
    const toks = chunkTokens(input);
    const entry = lookup(input.key);
    // Clubs share their names with towns and tournaments ("Wimbledon"), never with countries or people.
    if (entry && entry.kind !== "place" && entry.kind !== "event") return null;
    // "Phil Simmons 12", "J. Ratcliffe 34": a batting card's names are people.
    if (toks.length > 1 && (isFirstName(toks[0]?.lower ?? "") || INITIAL.test(toks[0]?.text ?? ""))) return null;
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
