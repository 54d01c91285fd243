// What the archive says about each entity id before resolution: its names, the kinds articles
// gave it, how many articles name it and with whom. Every resolution rule reads this one index.
import { tieOrder } from "../entity-kinds.js";
import { isFirstName } from "../extract/entities/gazetteer.js";
import type { ArticleEntity, EntityKind, ExtractedArticle } from "../types.js";
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
  /** Every text its mentions have, as written, in the order first written. */
  readonly texts: ReadonlySet<string>;
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

/**
 * A count per value, in the order values first came: the first value held in fields, a map only
 * once a second one comes (most ids of an archive have one name and one kind).
 */
class Counts<T> {
  first: T;
  firstCount = 1;
  more: Map<T, number> | undefined;

  constructor(value: T) {
    this.first = value;
  }

  add(value: T): void {
    if (this.more) this.more.set(value, (this.more.get(value) ?? 0) + 1);
    else if (value === this.first) this.firstCount++;
    else
      this.more = new Map([
        [this.first, this.firstCount],
        [value, 1],
      ]);
  }

  /** Every value with its count, in the order first added. */
  map(): Map<T, number> {
    return this.more ?? new Map([[this.first, this.firstCount]]);
  }
}

/** One id's tally over the archive, as its articles name it. */
interface Tally {
  names: Counts<string>;
  kinds: Counts<EntityKind>;
  /** Kinds some article found evidence for: they outvote the extractor's guesses (kindGuessed). */
  evidenced: Counts<EntityKind> | undefined;
  /** Its entities in the articles, in article order: their mentions' texts, read when asked for. */
  named: ArticleEntity[];
  inArticles: number[];
}

/** A catalog entry whose mention texts are collected when first read (most rules never read them). */
class Entry implements CatalogEntry {
  #texts: Set<string> | undefined;

  constructor(
    readonly id: string,
    readonly name: string,
    readonly words: readonly string[],
    readonly kind: EntityKind,
    readonly names: ReadonlyMap<string, number>,
    readonly inArticles: number[],
    readonly guessed: boolean,
    private readonly named: readonly ArticleEntity[],
  ) {}

  get articles(): number {
    return this.inArticles.length;
  }

  get texts(): Set<string> {
    if (!this.#texts) {
      this.#texts = new Set();
      for (const e of this.named) for (const m of e.mentions) this.#texts.add(m.text);
    }
    return this.#texts;
  }
}

/** The archive's entities by id. Articles must come in a fixed order for the result to be deterministic. */
export function buildCatalog(articles: readonly ExtractedArticle[]): Map<string, CatalogEntry> {
  // One tally per id, so each mention costs one lookup (10,000 articles name 140,000 entities).
  const tallies = new Map<string, Tally>();
  for (let index = 0; index < articles.length; index++) {
    const entities = articles[index]!.entities;
    for (let k = 0; k < entities.length; k++) {
      const e = entities[k]!;
      const tally = tallies.get(e.id);
      if (!tally) {
        tallies.set(e.id, {
          names: new Counts(e.name),
          kinds: new Counts(e.kind),
          evidenced: e.kindGuessed ? undefined : new Counts(e.kind),
          named: [e],
          inArticles: [index],
        });
        continue;
      }
      tally.names.add(e.name);
      tally.kinds.add(e.kind);
      if (!e.kindGuessed) {
        if (tally.evidenced) tally.evidenced.add(e.kind);
        else tally.evidenced = new Counts(e.kind);
      }
      tally.named.push(e);
      const list = tally.inArticles;
      if (list[list.length - 1] !== index) list.push(index);
    }
  }
  const catalog = new Map<string, CatalogEntry>();
  for (const id of [...tallies.keys()].sort()) {
    const tally = tallies.get(id)!;
    const names = tally.names.map();
    const name = tally.names.more
      ? [...names].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0]![0]
      : tally.names.first;
    const votes = tally.evidenced ?? tally.kinds;
    let kind = votes.first;
    if (votes.more) {
      const all = tally.kinds.map();
      const givenName = opensWithGivenName(name);
      kind = [...votes.more].sort((a, b) => b[1] - a[1] || tieOrder(a[0], b[0], all, givenName))[0]![0];
    }
    catalog.set(
      id,
      new Entry(id, name, nameWords(name), kind, names, tally.inArticles, tally.evidenced === undefined, tally.named),
    );
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
