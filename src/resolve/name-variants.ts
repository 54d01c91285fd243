// Short forms and number variants of one name: "Lib Dems", "Lib Dem", "Liberal Democrat" and
// "Liberal Democrats" are one party. The rule is about word forms, not a list of names: two names
// of as many words are variants when each word of the shorter is the other's word, its singular,
// or an abbreviation of it (a prefix of three letters or more: "Lib" of "Liberal", "Dem" of
// "Democrat"). Only names of two words or more: one word is too little evidence ("Celtic" and
// "Celtics" are two teams).
import { push } from "./push.js";
import { isFirstName, keyOf, lookup } from "../extract/entities/gazetteer.js";

/** Whether the gazetteer knows a text as a name (a place, a country, an organisation...). */
export const isKnownName: (text: string) => boolean = memo((text) => lookup(keyOf(text)) !== undefined);
import type { EntityKind } from "../types.js";
import { nameWords, type CatalogEntry } from "./entity-catalog.js";
import { memo } from "./memo.js";

/** A word's singular as far as English spelling shows it ("democrats" -> "democrat", "parties" -> "party"). */
export function singular(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith("s") && !/(ss|us|is|os)$/.test(word)) return word.slice(0, -1);
  return word;
}

// Words that say what sort of organisation a name is, not which: "Labour Party" is "Labour".
const DESIGNATORS = new Set([
  "party",
  "inc",
  "ltd",
  "plc",
  "corp",
  "corporation",
  "co",
  "company",
  "group",
  "fc",
  "club",
  "llc",
  "ag",
  "sa",
]);

/**
 * The words of a name as variants compare them: singular, a leading "the" and a trailing designator
 * dropped. Remembered per name: the array is shared, never to be changed.
 */
export const variantWords: (name: string) => readonly string[] = memo((name) => {
  const words = nameWords(name).map(singular);
  const start = words[0] === "the" ? 1 : 0;
  const end = words.length > start + 1 && DESIGNATORS.has(words[words.length - 1]!) ? words.length - 1 : words.length;
  return words.slice(start, end);
});

/** Whether `short` abbreviates `long` word by word (equal words allowed; not both equal throughout). */
export function abbreviates(short: readonly string[], long: readonly string[]): boolean {
  if (short.length !== long.length) return false;
  let strict = false;
  for (let i = 0; i < short.length; i++) {
    const s = short[i]!;
    const l = long[i]!;
    if (s === l) continue;
    if (s.length < 3 || !l.startsWith(s)) return false;
    strict = true;
  }
  return strict;
}

/** Kinds that may be one entity: equal, or one of them "person", the kind extraction gives a name it cannot place. */
function compatible(a: EntityKind, b: EntityKind): boolean {
  return a === b || a === "person" || b === "person";
}

/**
 * A person's name whose words vary is another person ("John Adam" is not "John Adams"): variants
 * apply to people only when the name does not open with a given name.
 */
function variantCandidate(entry: CatalogEntry): readonly string[] | undefined {
  const words = variantWords(entry.name);
  if (words.length === 0 || words.length > 6) return undefined;
  if (entry.kind === "person" && isFirstName(entry.words[0] ?? "")) return undefined;
  // A known place is no short form of anything: "Paris" is not the Paris Club, nor "New York" the
  // New Yorker. A name the gazetteer does not know as a place may have been misread as one.
  if ((entry.kind === "place" || entry.kind === "country") && isKnownName(entry.name)) return undefined;
  return words;
}

/** Whether a name is fuller than its variant words (it had a designator: "Labour Party"). */
const designated = (entry: CatalogEntry): boolean =>
  entry.words.filter((w) => w !== "the").length > variantWords(entry.name).length;

/**
 * id -> the id of the fuller form it is a variant of. Names with the same singular words form one
 * group under its most-named member; a group whose words abbreviate exactly one other group's
 * (the longest such, when several chain) joins it.
 */
export function nameVariants(
  catalog: ReadonlyMap<string, CatalogEntry>,
  pinned: ReadonlySet<string>,
): Map<string, { id: string; kind: EntityKind }> {
  const groups = new Map<string, CatalogEntry[]>();
  for (const entry of catalog.values()) {
    const words = variantCandidate(entry);
    if (!words) continue;
    const key = words.join(" ");
    const list = groups.get(key) ?? [];
    list.push(entry);
    groups.set(key, list);
  }
  // One word is too little evidence unless a member of its group is the same word designated
  // ("Labour" beside "Labour Party"): "Celtic" and "Celtics" stay two teams.
  for (const [key, members] of groups) if (key.split(" ").length === 1 && !members.some(designated)) groups.delete(key);
  // A group's head: the member most articles name (ties: the longer name, then the id); its kind:
  // the designated member's, when there is one (a party is an organisation, whatever "Labour" alone read as).
  const head = new Map<string, CatalogEntry>();
  const kindOf = new Map<string, EntityKind>();
  for (const [key, members] of groups) {
    members.sort((a, b) => b.articles - a.articles || b.name.length - a.name.length || (a.id < b.id ? -1 : 1));
    const first = members.find((m) => pinned.has(m.id)) ?? members[0]!;
    head.set(key, first);
    kindOf.set(key, pinned.has(first.id) ? first.kind : (members.find(designated) ?? first).kind);
  }
  // Keys by word count and the first word's first three letters, which an abbreviation keeps
  // (a shorter first word must equal its counterpart), so each key is compared with few others.
  const bucketOf = (words: readonly string[]): string => `${words.length} ${words[0]!.slice(0, 3)}`;
  // Each key's words, split once: a bucket's keys are compared pairwise (a large archive has
  // buckets of hundreds of names).
  const wordsOf = new Map([...groups.keys()].map((key) => [key, key.split(" ")]));
  const buckets = new Map<string, string[]>();
  for (const [key, words] of wordsOf) push(buckets, bucketOf(words), key);
  const target = new Map<string, { id: string; kind: EntityKind }>();
  for (const [key, words] of wordsOf) {
    const kind = kindOf.get(key)!;
    const longer = (buckets.get(bucketOf(words)) ?? []).filter(
      (other) => other !== key && abbreviates(words, wordsOf.get(other)!) && compatible(kind, kindOf.get(other)!),
    );
    // Chains ("Lib Dem" < "Liber Democrat" < "Liberal Democrat"): only the fullest forms count.
    const fullest = longer.filter(
      (other) => !longer.some((o) => o !== other && abbreviates(wordsOf.get(other)!, wordsOf.get(o)!)),
    );
    const into = fullest.length === 1 ? fullest[0]! : key;
    const to = head.get(into)!;
    const toKind = kindOf.get(into)!;
    for (const member of groups.get(key)!)
      if (!pinned.has(member.id) && (member.id !== to.id || member.kind !== toKind))
        target.set(member.id, { id: to.id, kind: toKind });
  }
  return target;
}
