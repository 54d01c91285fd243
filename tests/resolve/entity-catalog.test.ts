import { describe, expect, it } from "vitest";
import { tieOrder } from "../../src/entity-kinds.js";
import { buildCatalog, nameWords, opensWithGivenName } from "../../src/resolve/entity-catalog.js";
import type { EntityKind, ExtractedArticle } from "../../src/types.js";
import { seededRandom } from "../seeded-random.js";
import { article } from "./resolve-fixtures.js";

/** The plain catalog: a map per id of names, kinds and evidenced kinds, a set of texts, every entry sorted out. */
function referenceCatalog(articles: readonly ExtractedArticle[]) {
  interface Tally {
    names: Map<string, number>;
    kinds: Map<EntityKind, number>;
    evidenced?: Map<EntityKind, number>;
    texts: Set<string>;
    inArticles: number[];
  }
  const tallies = new Map<string, Tally>();
  articles.forEach((a, index) => {
    for (const e of a.entities) {
      const t: Tally = tallies.get(e.id) ?? { names: new Map(), kinds: new Map(), texts: new Set(), inArticles: [] };
      tallies.set(e.id, t);
      t.names.set(e.name, (t.names.get(e.name) ?? 0) + 1);
      t.kinds.set(e.kind, (t.kinds.get(e.kind) ?? 0) + 1);
      if (!e.kindGuessed) (t.evidenced ??= new Map()).set(e.kind, (t.evidenced.get(e.kind) ?? 0) + 1);
      for (const m of e.mentions) t.texts.add(m.text);
      if (t.inArticles[t.inArticles.length - 1] !== index) t.inArticles.push(index);
    }
  });
  return [...tallies.keys()].sort().map((id) => {
    const t = tallies.get(id)!;
    const name = [...t.names].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0]![0];
    const givenName = opensWithGivenName(name);
    const kind = [...(t.evidenced ?? t.kinds)].sort(
      (a, b) => b[1] - a[1] || tieOrder(a[0], b[0], t.kinds, givenName),
    )[0]![0];
    return {
      id,
      name,
      words: nameWords(name),
      kind,
      articles: t.inArticles.length,
      names: [...t.names],
      texts: [...t.texts],
      inArticles: t.inArticles,
      guessed: t.evidenced === undefined,
    };
  });
}

describe("buildCatalog", () => {
  it("gives the plain tally's entries: names, kinds, texts in the order first seen", () => {
    const next = seededRandom(11);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    const kinds: EntityKind[] = ["person", "organization", "place", "country", "product"];
    const articles: ExtractedArticle[] = Array.from({ length: 300 }, (_, n) => {
      const a = article(`a${n}`, "Text.", []);
      // Few ids, each with a few names, kinds and texts: ties of counts and of lengths included.
      for (let k = 0; k < 1 + Math.floor(next() * 6); k++) {
        const id = `e${Math.floor(next() * 40)}`;
        a.entities.push({
          id,
          name: pick([`${id} Name`, `${id} Nm`, `The ${id}`, `Jo ${id}`]),
          kind: pick(kinds),
          salience: 0.5,
          mentions: Array.from({ length: Math.floor(next() * 3) }, () => ({
            text: pick([id, `${id}s`, `the ${id}`]),
            start: 0,
            end: 1,
          })),
          ...(Number(id.slice(1)) < 5 || next() < 0.4 ? { kindGuessed: true } : {}),
        });
      }
      return a;
    });
    const catalog = buildCatalog(articles);
    const plain = [...catalog.values()].map((e) => ({
      id: e.id,
      name: e.name,
      words: e.words,
      kind: e.kind,
      articles: e.articles,
      names: [...e.names],
      texts: [...e.texts],
      inArticles: e.inArticles,
      guessed: e.guessed,
    }));
    expect(plain).toEqual(referenceCatalog(articles));
    // The random archive has what the fast paths skip: ids with several names, several kinds, only guesses.
    expect(plain.filter((e) => e.names.length > 1).length).toBeGreaterThan(10);
    expect(plain.some((e) => e.guessed)).toBe(true);
  });
});

describe("buildCatalog: an entry's kind", () => {
  const named = (id: string, kind: "person" | "product", guessed: boolean) => {
    const a = article(id, "Fans of Qorblet bars were angry.", [["Qorblet", kind]]);
    if (guessed) a.entities[0]!.kindGuessed = true;
    return a;
  };
  it("prefers the kind some article found evidence for to guesses", () => {
    const catalog = buildCatalog([
      named("a", "person", true),
      named("b", "person", true),
      named("c", "product", false),
    ]);
    expect(catalog.get("qorblet")!.kind).toBe("product");
  });
  it("counts guesses when nothing else is known", () => {
    const catalog = buildCatalog([named("a", "person", true), named("b", "product", true), named("c", "person", true)]);
    expect(catalog.get("qorblet")!.kind).toBe("person");
  });
  it("takes the other kind on a tie of evidence with a person, then the kind more articles gave", () => {
    expect(buildCatalog([named("a", "person", false), named("b", "product", false)]).get("qorblet")!.kind).toBe(
      "product",
    );
    const more = buildCatalog([named("a", "person", false), named("b", "product", false), named("c", "person", true)]);
    expect(more.get("qorblet")!.kind).toBe("person");
  });
  it("tells whether the archive only ever guessed", () => {
    expect(buildCatalog([named("a", "person", true), named("b", "person", true)]).get("qorblet")!.guessed).toBe(true);
    expect(buildCatalog([named("a", "person", true), named("b", "person", false)]).get("qorblet")!.guessed).toBe(false);
  });
});
