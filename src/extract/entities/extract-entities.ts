// Finds the people, countries, places, organisations and outlets an article names, one entity
// per real-world thing, with every mention's offsets. Design: a fast tokenizer, gazetteers from
// maintained packages, and small ordered rules (rules/registry.ts); no full parser, so an
// archive of thousands of articles takes seconds. Two passes: the first classifies every
// capitalised run, the second lets strong verdicts teach weak ones ("Kishida" after "Fumio
// Kishida") and finds known names in capitals headlines.
import type { ArticleEntity, EntityKind, Mention } from "../../types.js";
import { entityId } from "./entity-id.js";
import type { EntityOverrides } from "./entity-overrides.js";
import { indexOverrides, type OverrideIndex } from "./override-index.js";
import { isEnglishWord, isFirstName, isLastName, isPlainWord, keyOf, lookup } from "./gazetteer.js";
import { capsLineChunks, chunkKey, nameChunks, type NameChunk } from "./name-chunks.js";
import { RULES } from "./rules/registry.js";
import { ORG_TAILS, PLACE_TAILS, SPORT_WORDS } from "./cue-words.js";
import { teamRule } from "./rules/team-rule.js";
import type { RuleInput, Verdict } from "./rules/rule.js";
import { salienceScores } from "./salience.js";
import { citation } from "./source-role.js";
import { figureGoesOn, tokenize, type Token } from "./tokenize.js";

export interface EntityOptions {
  /** The article's headline, used for salience only (offsets index `body`). */
  title?: string;
  /** Site-level overrides a user edits without code (content/knowledge.yml); already validated. */
  overrides?: EntityOverrides;
  /** Extra entity names declared in front matter (`entities: [..]`), always included. */
  declared?: string[];
}

/**
 * Demonyms ("Japanese", "American") are evidence for their country: they raise its salience and
 * make it an entity of the article. They are not output as mentions, because a mention claims
 * the text names the thing, and "Japanese companies" names companies (measured: emitting them
 * costs 4 points of F1 on CoNLL, where they are MISC).
 */
const DEMONYM_MENTIONS = false;

interface Candidate {
  chunk: NameChunk;
  key: string;
  text: string;
  verdict: Verdict;
}

function classify(input: RuleInput): Verdict {
  for (const rule of RULES) {
    const v = rule.apply(input);
    if (v) return v;
  }
  return { kind: null, canonical: "", strength: "weak", rule: "none" };
}

const KIND_RANK: Record<EntityKind, number> = {
  outlet: 5,
  organization: 4,
  event: 4,
  product: 4,
  work: 4,
  law: 4,
  country: 3,
  person: 2,
  place: 1,
};

/** Second pass: strong verdicts of the document teach weak ones and surnames resolve to full names. */
function resolveWithDocument(cands: Candidate[], tokens: Token[]): Map<string, Verdict> {
  const memory = new Map<string, Verdict>();
  // One sense per document: the highest-ranked strong reading of a name wins ("Leicestershire"
  // the team in a cricket report, even where it reads as the county).
  for (const c of cands)
    if (
      c.verdict.strength === "strong" &&
      c.verdict.kind !== null &&
      !c.verdict.demonym &&
      c.verdict.rule !== "capital-metonym"
    ) {
      const seen = memory.get(c.key);
      if (!seen || KIND_RANK[c.verdict.kind] > KIND_RANK[seen.kind ?? "place"]) memory.set(c.key, c.verdict);
    }
  // Surname (and lone given name) -> full name of a person named in full in this document.
  const surnames = new Map<string, string | null>();
  // Surnames of names the rules are sure are people's. Only these may take a place's name from
  // the gazetteer: "Moment Croydon", a headline's fragment that the fallback guessed was a
  // person, made every "Croydon" of a report a person.
  const sureSurnames = new Set<string>();
  // Where each surname is first written in a full name, to tell a relative named late from the
  // person the text has been naming by surname all along.
  const firstFull = new Map<string, number>();
  for (const c of cands) {
    if (c.verdict.kind !== "person" || c.chunk.last === c.chunk.first) continue;
    const parts = c.key.split(" ");
    const last = parts[parts.length - 1] ?? "";
    const canonical = memory.get(c.key)?.canonical ?? c.verdict.canonical;
    // Not a name with an initial ("U. Chandana"): scorecards and line-ups write those after the surname alone.
    const initial = /^\p{L}\.?$/u.test(parts[0] ?? "");
    if (!initial && (!firstFull.has(last) || (firstFull.get(last) as number) > c.chunk.first))
      firstFull.set(last, c.chunk.first);
    const sure = (memory.get(c.key) ?? c.verdict).strength === "strong" || parts.every((p) => !isPlainWord(p));
    for (const part of [last, ...(parts.length > 2 ? [parts[parts.length - 2] ?? ""] : [])]) {
      const seen = surnames.get(part);
      surnames.set(part, seen === undefined || seen === canonical ? canonical : null);
      if (sure) sureSurnames.add(part);
    }
  }
  for (const surname of namedBeforeFullName(cands, firstFull)) surnames.set(surname, null);
  for (const c of cands) {
    const single = c.chunk.first === c.chunk.last;
    const known = memory.get(c.key);
    const surnameOf = single ? surnames.get(c.key) : undefined;
    // A capital named like the person of the text ("Hamilton" after "Lewis Hamilton") is the person.
    const overridable =
      c.verdict.kind === "person" ||
      c.verdict.strength === "weak" ||
      ((c.verdict.rule === "gazetteer" || c.verdict.rule === "capital-metonym") &&
        (c.verdict.kind === "place" || c.verdict.kind === "country") &&
        sureSurnames.has(c.key));
    if (surnameOf && overridable && !isFirstName(c.key)) {
      c.verdict = { kind: "person", canonical: surnameOf, strength: "strong", rule: "coreference" };
    } else if (
      known &&
      (c.verdict.strength === "weak" ||
        (KIND_RANK[known.kind as EntityKind] > KIND_RANK[c.verdict.kind ?? "place"] && c.verdict.kind !== "country")) &&
      c.verdict.kind !== known.kind &&
      !c.verdict.demonym &&
      c.verdict.rule !== "capital-metonym"
    ) {
      c.verdict = { ...known, rule: `memory:${known.rule}` };
    }
  }
  loneGivenNamesOfPeople(cands, tokens, memory, surnames);
  defaultsYieldToContext(cands, tokens);
  possessivesOfInstitutions(cands, tokens);
  roomsNamedLikeOffices(cands, tokens);
  townsOwningPlayers(cands, tokens);
  clubsOfTransfers(cands, tokens);
  listsShareKinds(cands, tokens);
  clubsKeepTheirKind(cands, tokens);
  organizationsByFirstWord(cands);
  loneGivenNamesInSport(cands, tokens);
  for (const c of cands)
    if (c.verdict.kind !== null && !c.verdict.demonym && !memory.has(c.key)) memory.set(c.key, c.verdict);
  for (const [part, canonical] of surnames)
    if (canonical && !memory.has(part))
      memory.set(part, { kind: "person", canonical, strength: "strong", rule: "coreference" });
  return memory;
}

/**
 * Words before a name that say it is where something is. Not "to" or "from" ("what happened to
 * Paula", "the thing to take from Paula's Olympics"): people are given and taken from too.
 */
const WHERE = new Set(["in", "at", "near", "outside", "into", "across", "via", "throughout"]);

/**
 * A given name standing alone where the text names one person in full with that given name is
 * that person: reports call people by their first name in quotes ("Paula would be a huge asset",
 * "David has decided that this season will be his last"). Left alone, such a name is whatever
 * else it can be read as: "David" is a town in Panama's gazetteer entry, "Paula" after "to" read
 * as a place, "to beat Hillary" as a team, and an archive of BBC reports listed "David" among its
 * places, from nine of them.
 * Not where a mention of it says where something is ("in David"), nor when it is also the surname
 * of someone named here ("Craig David"), nor when two people here share the given name.
 */
function loneGivenNamesOfPeople(
  cands: Candidate[],
  tokens: Token[],
  memory: ReadonlyMap<string, Verdict>,
  surnames: ReadonlyMap<string, string | null>,
): void {
  const byGiven = new Map<string, string | null>();
  for (const c of cands) {
    if (c.verdict.kind !== "person" || c.chunk.last === c.chunk.first || c.chunk.capsLine) continue;
    const given = c.key.split(" ")[0] ?? "";
    if (!isFirstName(given)) continue;
    const canonical = memory.get(c.key)?.canonical ?? c.verdict.canonical;
    const seen = byGiven.get(given);
    byGiven.set(given, seen === undefined || seen === canonical ? canonical : null);
  }
  if (byGiven.size === 0) return;
  const located = new Set<string>();
  for (const c of cands)
    // Not before a possessive ("in Paula's absence"): someone's, not somewhere.
    if (
      c.chunk.first === c.chunk.last &&
      WHERE.has(tokens[c.chunk.first - 1]?.lower ?? "") &&
      !(tokens[c.chunk.last] as Token).possessive
    )
      located.add(c.key);
  for (const c of cands) {
    if (c.chunk.first !== c.chunk.last) continue;
    const person = byGiven.get(c.key);
    if (!person || surnames.has(c.key) || located.has(c.key)) continue;
    // What a rule was sure of stays, but for a place: the gazetteer's towns named like people.
    const { kind, demonym, strength } = c.verdict;
    if (
      demonym ||
      kind === "country" ||
      (strength === "strong" && kind !== null && kind !== "place" && kind !== "person")
    )
      continue;
    c.verdict = { kind: "person", canonical: person, strength: "strong", rule: "given-name-coreference" };
  }
}

/** Lone surnames the text writes this many times before the first full name with that surname. */
const ALONE_BEFORE_FULL = 3;

/**
 * Surnames the body writes alone again and again (a headline's once is not enough) before it
 * first names anyone with that surname in full: the full name that comes later is another
 * person, a relative named in passing ("President Obama" eleven times, then "Michelle Obama";
 * reporters introduce a person in full, then shorten). The lone surname stays itself, for the
 * archive and its titles to resolve.
 */
function namedBeforeFullName(cands: Candidate[], firstFull: Map<string, number>): string[] {
  const before = new Map<string, number>();
  for (const c of cands) {
    if (c.chunk.first !== c.chunk.last || c.verdict.kind !== "person" || c.chunk.capsLine) continue;
    const full = firstFull.get(c.key);
    if (full !== undefined && c.chunk.first < full) before.set(c.key, (before.get(c.key) ?? 0) + 1);
  }
  return [...before].filter(([, n]) => n >= ALONE_BEFORE_FULL).map(([surname]) => surname);
}

/**
 * The fallback's verdict is a default, not evidence: where the same name has a weak verdict from
 * its context elsewhere in the document ("at Interlagos", "Sandilands said"), the fallback's
 * mentions take the kind most such contexts give. Without this, "the Interlagos circuit" stayed a
 * person beside "at Interlagos" and the archive's vote made the circuit a person.
 */
function defaultsYieldToContext(cands: Candidate[], _tokens: Token[]): void {
  const votes = new Map<string, Map<EntityKind, number>>();
  for (const c of cands) {
    const v = c.verdict;
    if (v.strength !== "weak" || v.kind === null || v.rule.startsWith("fallback")) continue;
    const forKey = votes.get(c.key) ?? new Map<EntityKind, number>();
    forKey.set(v.kind, (forKey.get(v.kind) ?? 0) + 1);
    votes.set(c.key, forKey);
  }
  for (const c of cands) {
    if (!c.verdict.rule.startsWith("fallback") || c.verdict.kind === null) continue;
    const forKey = votes.get(c.key);
    if (!forKey) continue;
    const ranked = [...forKey].sort((a, b) => b[1] - a[1]);
    const [best, second] = ranked;
    if (!best || (second && second[1] === best[1]) || best[0] === c.verdict.kind) continue;
    c.verdict = {
      kind: best[0],
      canonical: c.verdict.canonical,
      strength: "weak",
      rule: `context-vote:${c.verdict.rule}`,
    };
  }
}

/**
 * A name in the possessive standing alone is short for the institution or site of the document
 * whose name it opens: "the survivors at St George's" after "St George's Hospital" (the saint's
 * name alone became a place of its own). Only when one such name fits: "St Mary's Hospital" beside "St Mary's Church" leaves it alone.
 */
function possessivesOfInstitutions(cands: Candidate[], tokens: Token[]): void {
  const longer = new Map<string, Verdict | null>();
  for (const c of cands) {
    const tail = (tokens[c.chunk.last] as Token).lower;
    if (c.verdict.kind === null || c.verdict.kind === "person" || !(ORG_TAILS.has(tail) || PLACE_TAILS.has(tail)))
      continue;
    for (let p = c.chunk.first; p < c.chunk.last - 1; p++) {
      if (!(tokens[p] as Token).possessive) continue;
      const key = chunkKey(tokens, c.chunk.first, p);
      const seen = longer.get(key);
      longer.set(key, seen === undefined || seen?.canonical === c.verdict.canonical ? c.verdict : null);
    }
  }
  if (longer.size === 0) return;
  for (const c of cands) {
    if (!(tokens[c.chunk.last] as Token).possessive) continue;
    const to = longer.get(c.key);
    if (to) c.verdict = { ...to, rule: `possessive-short-form:${to.rule}` };
  }
}

const INTO_ROOM = new Set(["in", "into", "inside", "from", "outside", "entered", "visited"]);
const BODY_AFTER = new Set([
  "said",
  "says",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "minister",
  "ministers",
  "official",
  "officials",
  "has",
  "is",
  "announced",
]);

/**
 * A name shaped like a government office ("Oval Office") is a room when the document only goes
 * into it, speaks from it or meets in it, and never has it speak or employ anyone: "ushered into
 * the Oval Office", "spoke in the Oval Office". "The Home Office said" and "a Foreign Office
 * minister" keep the organisation.
 */
function roomsNamedLikeOffices(cands: Candidate[], tokens: Token[]): void {
  const places = new Map<string, number>();
  const bodies = new Set<string>();
  for (const c of cands) {
    if (c.verdict.rule !== "shape-organization" || !c.key.endsWith(" office")) continue;
    let p = tokens[c.chunk.first - 1];
    if (p?.lower === "the") p = tokens[c.chunk.first - 2];
    const next = tokens[c.chunk.last + 1];
    if (next && (BODY_AFTER.has(next.lower) || next.lower === "'s")) bodies.add(c.key);
    else if (p && INTO_ROOM.has(p.lower)) places.set(c.key, (places.get(c.key) ?? 0) + 1);
  }
  for (const c of cands)
    if (c.verdict.rule === "shape-organization" && (places.get(c.key) ?? 0) > 0 && !bodies.has(c.key))
      c.verdict = { ...c.verdict, kind: "place", rule: "office-room" };
}

const LIST_SEPARATORS = new Set([",", "and", "or", "&"]);

/** Runs of names joined only by commas and "and"/"or" on one line: "Google, Ask Jeeves, MSN and Yahoo". */
function nameLists(cands: Candidate[], tokens: Token[]): Candidate[][] {
  const sorted = [...cands].sort((a, b) => a.chunk.first - b.chunk.first);
  const lists: Candidate[][] = [];
  let current: Candidate[] = [];
  for (const c of sorted) {
    const prev = current[current.length - 1];
    const between = prev ? tokens.slice(prev.chunk.last + 1, c.chunk.first) : [];
    const joined =
      prev !== undefined &&
      between.length > 0 &&
      between.length <= 2 &&
      between.every((t) => LIST_SEPARATORS.has(t.lower)) &&
      tokens[c.chunk.first]?.line === tokens[prev.chunk.last]?.line;
    if (joined) current.push(c);
    else {
      if (current.length > 1) lists.push(current);
      current = [c];
    }
  }
  if (current.length > 1) lists.push(current);
  return lists;
}

/**
 * Names in one list are things of one kind. What a cue says of one member it says of the list:
 * "former Blackburn and Southampton skipper" (a side's member noun after the last: both are
 * clubs, though Blackburn is a town), "main stage headliners Scissor Sisters and Franz
 * Ferdinand" (a kind noun before the first), and a name the rules could only guess at beside two
 * organisations is one too ("Microsoft, Google and Ask Jeeves").
 */
function listsShareKinds(cands: Candidate[], tokens: Token[]): void {
  const guessed = (c: Candidate) => c.verdict.rule.startsWith("fallback") || c.verdict.rule.startsWith("context-vote");
  const sports = isSportsReport(cands, tokens);
  for (const list of nameLists(cands, tokens)) {
    const last = list[list.length - 1] as Candidate;
    const first = list[0] as Candidate;
    const beforeLast = tokens[last.chunk.first - 1];
    const sideAfterLast = last.verdict.rule === "side-cue" && beforeLast?.lower !== ",";
    const cueBeforeFirst = first.verdict.rule === "org-cue";
    const orgs = list.filter((c) => c.verdict.kind === "organization" && c.verdict.strength === "strong").length;
    // "title rivals Essex, Derbyshire and Surrey": beside a team of a sports report, towns are teams.
    const team = sports && list.some((c) => /^(memory:)?(team|side-cue|transfer|town-owns)/.test(c.verdict.rule));
    // Most of the list must be known organisations: "Given, Breen, Staunton, Irwin" is a team sheet.
    const known = orgs >= 2 && orgs >= list.filter(guessed).length;
    for (const c of list) {
      if (c.verdict.kind === "organization" || c.verdict.kind === "country" || c.verdict.demonym) continue;
      const place = c.verdict.kind === "place" && c.chunk.first === c.chunk.last;
      if (((sideAfterLast || team) && (guessed(c) || place)) || ((cueBeforeFirst || known) && guessed(c)))
        c.verdict = { kind: "organization", canonical: c.verdict.canonical, strength: "weak", rule: "list-of-orgs" };
    }
  }
}

/** A sports report: four or more distinct words of sport, or a name some team rule found. */
function isSportsReport(cands: Candidate[], tokens: Token[]): boolean {
  if (cands.some((c) => c.verdict.rule.startsWith("team") || c.verdict.rule.startsWith("side-cue"))) return true;
  const seen = new Set<string>();
  for (const t of tokens) if (SPORT_WORDS.has(t.lower)) seen.add(t.lower);
  return seen.size >= 4;
}

/**
 * In a sports report a town that owns a player named in full is his club: "Everton's Duncan
 * Ferguson went close". Elsewhere a town's person is its mayor or MP ("London's Boris Johnson").
 */
function townsOwningPlayers(cands: Candidate[], tokens: Token[]): void {
  const owners = cands.filter((c) => {
    const next = tokens[c.chunk.last + 1];
    return (
      c.verdict.kind === "place" &&
      c.verdict.rule === "gazetteer" &&
      c.chunk.first === c.chunk.last &&
      !c.chunk.capsLine &&
      next?.lower === "'s"
    );
  });
  if (owners.length === 0 || !isSportsReport(cands, tokens)) return;
  for (const c of owners) {
    const player = cands.find((p) => p.chunk.first === c.chunk.last + 2);
    if (player?.verdict.kind === "person" && player.chunk.last > player.chunk.first)
      c.verdict = { kind: "organization", canonical: c.verdict.canonical, strength: "weak", rule: "town-owns-player" };
  }
}

const JOIN_VERBS = new Set(["joined", "rejoined", "joins", "join", "signed", "signs", "sign", "loaned", "bought"]);
const MOVE_NOUNS = new Set(["move", "moved", "transfer", "transferred", "switch", "loaned", "signed", "return"]);

/**
 * In a sports report the places of a transfer are clubs: "has joined Espanyol from Nantes",
 * "loaned to Atalanta", "his move to Newcastle"; so is the place a player named in full is "of"
 * ("Keith O'Neill of Norwich City"). A town the gazetteer knows, or a name the rules
 * only guessed at, takes the club's kind; countries and named people keep theirs.
 */
function clubsOfTransfers(cands: Candidate[], tokens: Token[]): void {
  const changeable = (c: Candidate) =>
    (c.verdict.kind === "place" && c.verdict.rule === "gazetteer" && c.chunk.first === c.chunk.last) ||
    c.verdict.rule === "shape-place" ||
    ((c.verdict.rule === "fallback-single" || c.verdict.rule.startsWith("context-")) && c.chunk.first === c.chunk.last);
  const byLast = new Map<number, Candidate>();
  for (const c of cands) byLast.set(c.chunk.last, c);
  const club = (c: Candidate): boolean => {
    const p1 = tokens[c.chunk.first - 1];
    const p2 = tokens[c.chunk.first - 2];
    if (!p1) return false;
    if (JOIN_VERBS.has(p1.lower) && !p1.cap) return true;
    if ((p1.lower === "to" || p1.lower === "for") && p2 && MOVE_NOUNS.has(p2.lower)) return true;
    // "Keith O'Neill of Norwich City": a player named in full, then his club.
    if (p1.lower === "of") {
      const player = byLast.get(c.chunk.first - 2);
      return player !== undefined && player.verdict.kind === "person" && player.chunk.last > player.chunk.first;
    }
    if (p1.lower !== "from") return false;
    // "joined Espanyol of Barcelona from Nantes": a joining verb earlier in the sentence.
    for (let i = c.chunk.first - 2; i >= 0 && i >= c.chunk.first - 8; i--) {
      const t = tokens[i] as Token;
      if (JOIN_VERBS.has(t.lower) && !t.cap) return true;
      if (t.sentStart) break;
    }
    return false;
  };
  const targets = cands.filter((c) => changeable(c) && !c.chunk.capsLine && club(c));
  if (targets.length === 0 || !isSportsReport(cands, tokens)) return;
  for (const c of targets)
    c.verdict = { kind: "organization", canonical: c.verdict.canonical, strength: "weak", rule: "transfer-club" };
}

/**
 * One sense per sports report for a town that is a club: once a cue made it a team ("title rivals
 * Essex, Derbyshire and Surrey"), its other mentions are the team too ("Essex reached 372").
 */
function clubsKeepTheirKind(cands: Candidate[], tokens: Token[]): void {
  const clubs = new Set<string>();
  for (const c of cands)
    if (
      c.verdict.kind === "organization" &&
      /^(list-of-orgs|town-owns-player|transfer-club)$/.test(c.verdict.rule) &&
      c.chunk.first === c.chunk.last
    )
      clubs.add(c.key);
  if (clubs.size === 0 || !isSportsReport(cands, tokens)) return;
  for (const c of cands)
    if (clubs.has(c.key) && c.verdict.kind === "place" && !c.chunk.capsLine)
      c.verdict = { kind: "organization", canonical: c.verdict.canonical, strength: "weak", rule: "club-memory" };
}

/**
 * An organisation named in full is named again by its first word ("Mondelez International" ...
 * "Mondelez said"), as a person by the surname: a lone word with only weak evidence of its own
 * takes the organisation's name. Strong readings stay ("Chicago" the city beside "Chicago Cubs").
 */
function organizationsByFirstWord(cands: Candidate[]): void {
  const byFirst = new Map<string, string | null>();
  for (const c of cands) {
    if (c.verdict.kind !== "organization" || c.verdict.strength !== "strong" || c.chunk.last === c.chunk.first)
      continue;
    const first = c.key.split(" ")[0] ?? "";
    if (isEnglishWord(first) || isFirstName(first)) continue;
    const seen = byFirst.get(first);
    byFirst.set(first, seen === undefined || seen === c.verdict.canonical ? c.verdict.canonical : null);
  }
  for (const c of cands) {
    if (c.chunk.first !== c.chunk.last || c.verdict.strength !== "weak" || c.verdict.kind === null) continue;
    const org = byFirst.get(c.key);
    if (org)
      c.verdict = { kind: "organization", canonical: org, strength: "weak", rule: `org-first-word:${c.verdict.rule}` };
  }
}

/**
 * In a sports report (some name in it is a team by its context), a given name standing alone and
 * never paired with a surname in the text is a club named after a place ("Chelsea"), not a
 * person: reports introduce people by their full names. Not in a line-up, a list with a person
 * named in full ("Carroll, Gary Neville, Brown, Ferdinand").
 */
function loneGivenNamesInSport(cands: Candidate[], tokens: Token[]): void {
  if (!cands.some((c) => c.verdict.rule.startsWith("team") || c.verdict.rule.startsWith("side-cue"))) return;
  const paired = new Set<string>();
  for (const c of cands) if (c.chunk.last > c.chunk.first) for (const part of c.key.split(" ")) paired.add(part);
  // A line-up lists players: "Carroll, Gary Neville, Brown, Ferdinand, Heinze" (a person named in full among them).
  for (const list of nameLists(cands, tokens))
    if (list.some((c) => c.verdict.kind === "person" && c.chunk.last > c.chunk.first))
      for (const c of list) if (c.chunk.first === c.chunk.last) paired.add(c.key);
  for (const c of cands) {
    const v = c.verdict;
    if (c.chunk.first !== c.chunk.last || v.kind !== "person" || v.strength !== "weak") continue;
    if (!isFirstName(c.key) || isLastName(c.key) || paired.has(c.key)) continue;
    c.verdict = { kind: "organization", canonical: v.canonical, strength: "weak", rule: "lone-given-name-team" };
  }
}

const DATE_LIKE = /^\d{4}-\d\d-\d\d$|^\d{1,2}$/;

/** Capitalised words from `from` to a date that ends the line: "Faroe Islands 1996-08-31". */
function regionThenDate(tokens: Token[], from: number): boolean {
  const line = (tokens[from] as Token).line;
  for (let i = from; i < from + 5; i++) {
    const t = tokens[i];
    if (!t || t.line !== line) return false;
    if (/^\d{4}-\d\d-\d\d$/.test(t.text)) return i > from && tokens[i + 1]?.line !== line;
    if (!t.cap || !t.word) return false;
  }
  return false;
}

/** Wire-copy datelines ("LONDON 1996-08-30", "WASHINGTON (Reuters)"): the line's first words are a place. */
function datelineChunks(tokens: Token[]): NameChunk[] {
  const out: NameChunk[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1];
    if (!t.word || !t.cap || (prev && prev.line === t.line)) continue;
    let last = i;
    while (
      tokens[last + 1]?.word &&
      tokens[last + 1]?.line === t.line &&
      tokens[last + 1]?.text === tokens[last + 1]?.text.toUpperCase() &&
      last - i < 3
    )
      last++;
    const next = tokens[last + 1];
    const isCaps = tokens.slice(i, last + 1).every((x) => x.text === x.text.toUpperCase());
    // "M1 63.02 62.83", "MARTELA H1 PROFIT FIM 6.3 MLN": a code with a digit and a figure that
    // goes on past its decimal mark or thousands comma open a table's row, not a dateline.
    const code = tokens.slice(i, last + 1).some((x) => /\d/.test(x.text));
    if (
      isCaps &&
      !code &&
      next &&
      next.line === t.line &&
      ((DATE_LIKE.test(next.text) && !figureGoesOn(tokens, next)) || next.text === "(" || next.text === ",")
    ) {
      const after = tokens[last + 2];
      if (next.text === "(" && after?.lower !== "reuters" && after?.lower !== "ap" && after?.lower !== "afp") continue;
      // "WASHINGTON, Aug 30", and "ESCHEN, Liechtenstein 1996-08-31": a capitalised region, then the date.
      if (
        next.text === "," &&
        !(after && /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(after.text)) &&
        !(after?.cap && regionThenDate(tokens, last + 2))
      )
        continue;
      out.push({ first: i, last, afterTitle: false, capsLine: true });
    }
  }
  return out;
}

/** One decided candidate, with the rule that decided it: for tracing and debugging. */
export interface TracedMention {
  text: string;
  start: number;
  end: number;
  kind: EntityKind | null;
  canonical: string;
  rule: string;
}

/** Every candidate name and the verdict on it, dropped ones included (kind null). */
export function traceEntities(body: string, options: EntityOptions = {}): TracedMention[] {
  const { tokens, cands } = candidates(body, options);
  return cands.map((c) => ({
    text: c.text,
    start: (tokens[c.chunk.first] as Token).start,
    end: (tokens[c.chunk.last] as Token).end,
    kind: c.verdict.kind,
    canonical: c.verdict.canonical,
    rule: c.verdict.rule,
  }));
}

export function extractEntities(body: string, options: EntityOptions = {}): ArticleEntity[] {
  const { tokens, cands, overrides } = candidates(body, options);
  return assemble(body, tokens, cands, options, overrides);
}

function candidates(
  body: string,
  options: EntityOptions,
): { tokens: Token[]; cands: Candidate[]; overrides: OverrideIndex | undefined } {
  const overrides: OverrideIndex | undefined = options.overrides ? indexOverrides(options.overrides) : undefined;
  const tokens = tokenize(body);
  const midCaps = new Set<string>();
  for (const t of tokens) if (t.cap && !t.sentStart && !t.capsLine) midCaps.add(t.lower);

  const cands: Candidate[] = [];
  const run = (chunk: NameChunk): Candidate => {
    const key = chunkKey(tokens, chunk.first, chunk.last);
    const text = body.slice((tokens[chunk.first] as Token).start, (tokens[chunk.last] as Token).end);
    return { chunk, key, text, verdict: classify({ tokens, chunk, key, text, overrides }) };
  };
  for (const chunk of nameChunks(tokens, midCaps)) cands.push(run(chunk));
  const memory = resolveWithDocument(cands, tokens);

  // Capitals lines: names the gazetteer or this document knows, and datelines.
  const known = new Set<string>();
  const knownPrefixes = new Set<string>();
  for (const [key, v] of memory) {
    if (v.kind === null) continue;
    known.add(key);
    const parts = key.split(" ");
    for (let i = 1; i < parts.length; i++) knownPrefixes.add(parts.slice(0, i).join(" "));
  }
  const datelines = datelineChunks(tokens);
  const taken = new Set<number>();
  for (const d of datelines) {
    const c = run(d);
    if (c.verdict.kind === null || c.verdict.strength === "weak" || c.verdict.kind === "person") {
      c.verdict = { kind: "place", canonical: titleCaseWords(c.text), strength: "strong", rule: "dateline" };
    } else if (c.verdict.kind === "country" && lookup(c.key)?.capitalOf) {
      c.verdict = {
        kind: "place",
        canonical: lookup(c.key)?.canonical ?? c.text,
        strength: "strong",
        rule: "dateline",
      };
    }
    cands.push(c);
    for (let i = d.first; i <= d.last; i++) taken.add(i);
  }
  // A dateline on a line not all in capitals ("ESCHEN, Liechtenstein 1996-08-31") was read as a
  // name too: the dateline's reading replaces it.
  for (let k = cands.length - 1; k >= 0; k--) {
    const c = cands[k] as Candidate;
    if (c.verdict.rule !== "dateline" && !c.chunk.capsLine && taken.has(c.chunk.first)) cands.splice(k, 1);
  }
  for (const chunk of capsLineChunks(tokens, known, knownPrefixes)) {
    if (taken.has(chunk.first)) continue;
    const key = chunkKey(tokens, chunk.first, chunk.last);
    const text = body.slice((tokens[chunk.first] as Token).start, (tokens[chunk.last] as Token).end);
    const input = { tokens, chunk, key, text, overrides };
    const verdict = teamRule.apply(input) ?? memory.get(key) ?? classify(input);
    cands.push({ chunk, key, text, verdict });
  }

  return { tokens, cands, overrides };
}

/** The kind of a name declared in front matter, read as if it stood alone in a sentence. */
function declaredKind(name: string, overrides: OverrideIndex | undefined): EntityKind {
  const tokens = tokenize(name);
  if (tokens.length === 0) return "organization";
  const chunk: NameChunk = { first: 0, last: tokens.length - 1, afterTitle: false, capsLine: false };
  const verdict = classify({ tokens, chunk, key: chunkKey(tokens, 0, tokens.length - 1), text: name, overrides });
  if (verdict.kind) return verdict.kind;
  return tokens.length > 1 ? "person" : "organization";
}

function titleCaseWords(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

interface Group {
  name: string;
  kinds: Map<EntityKind, number>;
  /** Kinds some rule found evidence for (not only the fallback's default). */
  evidenced: Set<EntityKind>;
  mentions: Mention[];
  /** Every piece of evidence, demonyms included, for salience. */
  evidence: { start: number; weight: number }[];
  keys: Set<string>;
  declared: boolean;
}

function assemble(
  body: string,
  tokens: Token[],
  cands: Candidate[],
  options: EntityOptions,
  overrides: OverrideIndex | undefined,
): ArticleEntity[] {
  const groups = new Map<string, Group>();
  const groupFor = (name: string): Group => {
    const merged = overrides?.merge.get(name.toLowerCase()) ?? name;
    const display = overrides?.rename.get(merged.toLowerCase()) ?? merged;
    const gkey = display.toLowerCase();
    let g = groups.get(gkey);
    if (!g) {
      g = {
        name: display,
        kinds: new Map(),
        evidenced: new Set(),
        mentions: [],
        evidence: [],
        keys: new Set([keyOf(display)]),
        declared: false,
      };
      groups.set(gkey, g);
    }
    return g;
  };
  cands.sort((a, b) => a.chunk.first - b.chunk.first);
  for (const c of cands) {
    const v = c.verdict;
    if (v.kind === null || !v.canonical) continue;
    if (overrides && (overrides.ignore.has(c.key) || overrides.ignore.has(keyOf(v.canonical)))) continue;
    const merged = overrides?.merge.get(c.text.toLowerCase());
    const g = groupFor(merged ?? v.canonical);
    const kind = overrides?.names.get(keyOf(g.name))?.kind ?? v.kind;
    g.kinds.set(kind, (g.kinds.get(kind) ?? 0) + (v.strength === "strong" ? 2 : 1));
    if (!v.rule.startsWith("fallback") || kind !== v.kind) g.evidenced.add(kind);
    g.keys.add(c.key);
    const start = (tokens[c.chunk.first] as Token).start;
    const end = (tokens[c.chunk.last] as Token).end;
    const cited = citation(tokens, c.chunk.first, c.chunk.last);
    const source = cited === "before" || (cited === "after" && kind === "outlet");
    g.evidence.push({ start, weight: v.demonym || source ? 0.5 : 1 });
    if (v.demonym && !DEMONYM_MENTIONS) continue;
    const mention: Mention = { text: body.slice(start, end), start, end };
    if (source) mention.role = "source";
    else if (kind !== "place" && kind !== "outlet") mention.role = "party";
    g.mentions.push(mention);
  }
  for (const name of options.declared ?? []) {
    const g = groups.get((overrides?.merge.get(name.toLowerCase()) ?? name).toLowerCase()) ?? groupFor(name);
    g.declared = true;
    if (g.kinds.size === 0) {
      g.kinds.set(declaredKind(name, overrides), 1);
    }
    for (const k of g.kinds.keys()) g.evidenced.add(k);
  }
  const list = [...groups.values()].filter((g) => g.mentions.length > 0 || g.declared || g.evidence.length > 0);
  const scores = salienceScores(
    list.map((g) => ({
      keys: [...g.keys],
      mentions: g.evidence,
      declared: g.declared,
    })),
    body.length,
    options.title,
  );
  const entities: ArticleEntity[] = list.map((g, i) => {
    let kind: EntityKind = "place";
    let best = -1;
    for (const [k, n] of g.kinds) if (n > best || (n === best && KIND_RANK[k] > KIND_RANK[kind])) [kind, best] = [k, n];
    const id = entityId(g.name) || `entity-${i}`;
    const entity: ArticleEntity = { id, name: g.name, kind, mentions: g.mentions, salience: scores[i] ?? 0 };
    if (!g.evidenced.has(kind)) entity.kindGuessed = true;
    return entity;
  });
  entities.sort(
    (a, b) => b.salience - a.salience || (a.mentions[0]?.start ?? Infinity) - (b.mentions[0]?.start ?? Infinity),
  );
  return entities;
}
