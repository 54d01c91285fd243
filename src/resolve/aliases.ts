// Which of the names articles give an entity are shown as its aliases ("also known as"). Every
// mention text is a candidate; an alias must be a name the entity goes by, so:
//   - never another entity's name or id, nor a name the gazetteer gives another entity
//     ("Washington" is the capital, not the United States its articles sometimes mean);
//   - never the name itself in other capitals ("HILLARY CLINTON"), nor a description in front of
//     a person's full name ("Conservative Michael Howard", "Did Hillary Clinton");
//   - never a person's given name alone ("Andy" for Andy Roddick: many people are "Andy");
//   - never an event's head word alone, a common noun ("Open" for the Australian Open, "Cup" for
//     the World Cup: every tournament is an open); a team's last word is kept ("Cubs");
//   - an alias of two entities stays only on the one the archive names at least twice as often
//     ("Yeltsin" on Boris Yeltsin's page, not on a relative's); else on neither.
import { entityId } from "../extract/entities/entity-id.js";
import { isEnglishWord, keyOf, lookup } from "../extract/entities/gazetteer.js";
import type { EntityKind } from "../types.js";
import { memo } from "./memo.js";

/** One entity as its page shows it, with every name and mention text its articles give it. */
export interface AliasCandidates {
  id: string;
  name: string;
  kind: EntityKind;
  forms: Iterable<string>;
  /** Articles naming it. */
  articles: number;
}

/** Lower case, dots and apostrophes dropped, spaces made one: how two writings of one name compare. */
const plain = memo((text) => text.toLowerCase().replace(/[.'’]/g, "").replace(/\s+/g, " ").trim());

/** The gazetteer's canonical name for a text, "" when it knows none. */
const canonicalOf = memo((text) => lookup(keyOf(text))?.canonical ?? "");

/**
 * Whether `alias` is a person's full name with words of description in front ("Republican Donald
 * Trump"): it ends with the name, or with another of its forms of two words or more.
 */
function describedName(alias: string, fullNames: readonly string[]): boolean {
  const a = plain(alias);
  return fullNames.some((n) => a.length > n.length && a.endsWith(` ${n}`));
}

/** Whether `alias` is one of a person's names other than the last: a given name alone. */
function givenName(alias: string, name: string): boolean {
  const a = plain(alias);
  if (a.includes(" ")) return false;
  const words = plain(name).split(/[\s-]+/);
  return words.length >= 2 && words.slice(0, -1).includes(a);
}

/** Whether `alias` is the last word of an event's name of several words, and a common English word. */
function eventHead(alias: string, name: string): boolean {
  const a = plain(alias);
  const words = plain(name).split(" ");
  return !a.includes(" ") && words.length >= 2 && words.at(-1) === a && isEnglishWord(a);
}

/** Whether the gazetteer knows `alias` as the name of something other than `name`. */
function gazetteerOther(alias: string, name: string): boolean {
  const canonical = canonicalOf(alias);
  return canonical !== "" && plain(canonical) !== plain(name) && entityId(canonical) !== entityId(name);
}

/** The aliases of each entity, sorted; entities without aliases get an empty list. */
export function pageAliases(entities: readonly AliasCandidates[]): Map<string, string[]> {
  const ids = new Set(entities.map((e) => e.id));
  const names = new Set(entities.map((e) => plain(e.name)));
  const candidates = new Map<string, string[]>();
  // Plain form -> the entities it would be an alias of.
  const claimed = new Map<string, Set<string>>();
  for (const e of entities) {
    const own = plain(e.name);
    const forms = [...new Set(e.forms)];
    let fullNames: string[] | undefined;
    const list = forms.filter((a) => {
      if (a === e.name || !/\p{Lu}|\p{N}/u.test(a)) return false;
      const p = plain(a);
      const id = entityId(a);
      if (p === own || (id !== e.id && ids.has(id)) || names.has(p) || gazetteerOther(a, e.name)) return false;
      if (e.kind === "event") return !eventHead(a, e.name);
      if (e.kind !== "person") return true;
      fullNames ??= [...new Set([e.name, ...forms].map(plain))].filter((f) => f.includes(" "));
      return !describedName(a, fullNames) && !givenName(a, e.name);
    });
    candidates.set(e.id, list);
    for (const a of list) claimed.set(plain(a), (claimed.get(plain(a)) ?? new Set()).add(e.id));
  }
  const articles = new Map(entities.map((e) => [e.id, e.articles]));
  const holder = (alias: string): string | undefined => {
    const ranked = [...claimed.get(plain(alias))!].sort((a, b) => articles.get(b)! - articles.get(a)!);
    const [first, second] = ranked;
    return second === undefined || articles.get(first!)! >= 2 * articles.get(second)! ? first : undefined;
  };
  const out = new Map<string, string[]>();
  for (const [id, list] of candidates) out.set(id, list.filter((a) => holder(a) === id).sort());
  return out;
}
