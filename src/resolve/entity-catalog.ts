// What the archive says about each entity id before resolution: its names, the kinds articles
// gave it, how many articles name it and with whom. Every resolution rule reads this one index.
import { tieOrder } from "../entity-kinds.js";
import { isFirstName } from "../extract/entities/gazetteer.js";
import type { EntityKind, ExtractedArticle } from "../types.js";
import { memo } from "./memo.js";

/** One entity id as the archive's articles name it. */
export interface CatalogEntry {
  id: string;
  /** The name most articles give it (ties: the longer, then the first in code-point order). */
  name: string;
  /** Its name's words as resolution compares them (nameWords): read by every rule, split once. */
  words: readonly string[];
  /** The kind most articles give it, among those with evidence for it if any (ties: the kinds' display order). */
  kind: EntityKind;
  /** Articles naming it. */
  articles: number;
  /** Every name articles give it, in the order first given, with how many articles give it. */
  names: ReadonlyMap<string, number>;
  /** Every text its mentions have, as written. */
  texts: Set<string>;
  /** Positions of the articles naming it in the list the catalog was built from, ascending. */
  inArticles: number[];
  /** No article found evidence for any of its kinds: every kind it has is the extractor's fallback guess (kindGuessed). */
  guessed: boolean;
}

/** Whether two entries are named in one article at least once. */
export function namedTogether(a: CatalogEntry, b: CatalogEntry): boolean {
  const [x, y] = [a.inArticles, b.inArticles];
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    if (x[i] === y[j]) return true;
    if (x[i]! < y[j]!) i++;
    else j++;
  }
  return false;
}

/** The archive's entities by id. Articles must come in a fixed order for the result to be deterministic. */
export function buildCatalog(articles: readonly ExtractedArticle[]): Map<string, CatalogEntry> {
  // One tally per id, so each mention costs one lookup (10,000 articles name 140,000 entities).
  interface Tally {
    names: Map<string, number>;
    kinds: Map<EntityKind, number>;
    /** Kinds some article found evidence for: they outvote the extractor's guesses (kindGuessed). */
    evidenced: Map<EntityKind, number> | undefined;
    texts: Set<string>;
    inArticles: number[];
  }
  const tallies = new Map<string, Tally>();
  articles.forEach((article, index) => {
    for (const e of article.entities) {
      let tally = tallies.get(e.id);
      if (!tally) {
        tally = { names: new Map(), kinds: new Map(), evidenced: undefined, texts: new Set(), inArticles: [] };
        tallies.set(e.id, tally);
      }
      tally.names.set(e.name, (tally.names.get(e.name) ?? 0) + 1);
      tally.kinds.set(e.kind, (tally.kinds.get(e.kind) ?? 0) + 1);
      if (!e.kindGuessed) {
        const sure = (tally.evidenced ??= new Map());
        sure.set(e.kind, (sure.get(e.kind) ?? 0) + 1);
      }
      for (const m of e.mentions) tally.texts.add(m.text);
      const list = tally.inArticles;
      if (list[list.length - 1] !== index) list.push(index);
    }
  });
  const catalog = new Map<string, CatalogEntry>();
  for (const id of [...tallies.keys()].sort()) {
    const tally = tallies.get(id)!;
    const name = [...tally.names].sort(
      (a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1),
    )[0]![0];
    const all = tally.kinds;
    const givenName = opensWithGivenName(name);
    const kind = [...(tally.evidenced ?? all)].sort(
      (a, b) => b[1] - a[1] || tieOrder(a[0], b[0], all, givenName),
    )[0]![0];
    const list = tally.inArticles;
    const guessed = tally.evidenced === undefined;
    catalog.set(id, {
      id,
      name,
      words: nameWords(name),
      kind,
      articles: list.length,
      names: tally.names,
      texts: tally.texts,
      inArticles: list,
      guessed,
    });
  }
  return catalog;
}

/** Whether a name of two words or more opens with a known given name ("Bill Clinton"). */
export function opensWithGivenName(name: string): boolean {
  const words = nameWords(name);
  return words.length >= 2 && isFirstName(words[0]!);
}

/**
 * The words of a name as resolution compares them: lower case, possessive `'s` and dots dropped.
 * Remembered per name: the array is shared, never to be changed.
 */
export const nameWords: (name: string) => readonly string[] = memo((name) =>
  name
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(/\./g, "")
    .split(/[\s-]+/)
    .filter((w) => w.length > 0),
);
