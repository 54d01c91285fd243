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
  /** The kind most articles give it, among those with evidence for it if any (ties: the kinds' display order). */
  kind: EntityKind;
  /** Articles naming it. */
  articles: number;
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
  const names = new Map<string, Map<string, number>>();
  const kinds = new Map<string, Map<EntityKind, number>>();
  // Kinds some article found evidence for outvote the extractor's guesses (kindGuessed).
  const evidenced = new Map<string, Map<EntityKind, number>>();
  const texts = new Map<string, Set<string>>();
  const inArticles = new Map<string, number[]>();
  articles.forEach((article, index) => {
    for (const e of article.entities) {
      const n = names.get(e.id) ?? new Map<string, number>();
      n.set(e.name, (n.get(e.name) ?? 0) + 1);
      names.set(e.id, n);
      const k = kinds.get(e.id) ?? new Map<EntityKind, number>();
      k.set(e.kind, (k.get(e.kind) ?? 0) + 1);
      kinds.set(e.id, k);
      if (!e.kindGuessed) {
        const sure = evidenced.get(e.id) ?? new Map<EntityKind, number>();
        sure.set(e.kind, (sure.get(e.kind) ?? 0) + 1);
        evidenced.set(e.id, sure);
      }
      const t = texts.get(e.id) ?? new Set<string>();
      for (const m of e.mentions) t.add(m.text);
      texts.set(e.id, t);
      const list = inArticles.get(e.id) ?? [];
      if (list[list.length - 1] !== index) list.push(index);
      inArticles.set(e.id, list);
    }
  });
  const catalog = new Map<string, CatalogEntry>();
  for (const id of [...names.keys()].sort()) {
    const name = [...names.get(id)!].sort(
      (a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1),
    )[0]![0];
    const all = kinds.get(id)!;
    const givenName = opensWithGivenName(name);
    const kind = [...(evidenced.get(id) ?? all)].sort(
      (a, b) => b[1] - a[1] || tieOrder(a[0], b[0], all, givenName),
    )[0]![0];
    const list = inArticles.get(id)!;
    const guessed = !evidenced.has(id);
    catalog.set(id, { id, name, kind, articles: list.length, texts: texts.get(id)!, inArticles: list, guessed });
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
