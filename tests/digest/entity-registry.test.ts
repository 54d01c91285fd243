import { describe, expect, it } from "vitest";
import { mergeEntities } from "../../src/digest/entity-registry.js";
import { buildEntityViews } from "../../src/digest/entity-views.js";
import type { StoryCard } from "../../src/types.js";
import { fixtureArticle } from "../cluster/article-fixtures.js";

const people = fixtureArticle({
  id: "a",
  title: "a",
  body: "Kofi Annan of the UN spoke.",
  date: "2005-01-10",
  entities: [
    { id: "kofi-annan", name: "Kofi Annan", kind: "person" },
    { id: "un", name: "UN", kind: "organization" },
  ],
});
// Extraction gave the person a mention that is another entity's name, and a lower-case one.
people.entities[0]!.mentions.push({ text: "UN", start: 19, end: 21 }, { text: "the", start: 15, end: 18 });

describe("mergeEntities", () => {
  it("never lists another entity's name or a lower-case word as an alias", () => {
    const merged = mergeEntities([people]);
    expect(merged.get("kofi-annan")!.aliases).toEqual([]);
  });
});

describe("mergeEntities: the kind", () => {
  const named = (id: string, kind: "person" | "place", guessed: boolean) => {
    const a = fixtureArticle({
      id,
      title: id,
      body: "Fans met in Zarvollo.",
      date: "2005-01-10",
      entities: [{ id: "zarvollo", name: "Zarvollo", kind }],
    });
    if (guessed) a.entities[0]!.kindGuessed = true;
    return a;
  };
  it("takes the kind articles found evidence for over more articles' guesses", () => {
    const merged = mergeEntities([named("a", "person", true), named("b", "person", true), named("c", "place", false)]);
    expect(merged.get("zarvollo")!.kind).toBe("place");
  });
  it("takes the majority when every article only guessed", () => {
    const merged = mergeEntities([named("a", "person", true), named("b", "person", true), named("c", "place", true)]);
    expect(merged.get("zarvollo")!.kind).toBe("person");
  });
  it("takes the other kind on a tie of evidence with a person, then the kind more articles gave", () => {
    expect(mergeEntities([named("a", "person", false), named("b", "place", false)]).get("zarvollo")!.kind).toBe(
      "place",
    );
    const more = mergeEntities([named("a", "person", false), named("b", "place", false), named("c", "person", true)]);
    expect(more.get("zarvollo")!.kind).toBe("person");
  });
  it("keeps a person on a tie when the name opens with a given name", () => {
    const tony = (id: string, kind: "person" | "place") =>
      fixtureArticle({
        id,
        title: id,
        body: "Fans met Tony Zarvollo.",
        date: "2005-01-10",
        entities: [{ id: "tony-zarvollo", name: "Tony Zarvollo", kind }],
      });
    expect(mergeEntities([tony("a", "person"), tony("b", "place")]).get("tony-zarvollo")!.kind).toBe("person");
  });
});

describe("buildEntityViews", () => {
  it("never lists an entity under its own name in Seen with", () => {
    const a = fixtureArticle({
      id: "b",
      title: "b",
      body: "Tony Blair and Blair.",
      date: "2005-01-10",
      entities: [
        { id: "tony-blair", name: "Tony Blair", kind: "person" },
        { id: "blair", name: "Blair", kind: "person" },
        { id: "labour", name: "Labour", kind: "organization" },
      ],
    });
    const entities = mergeEntities([a]);
    const card = { id: "s", url: "/stories/s/" } as unknown as StoryCard;
    const views = buildEntityViews(entities, new Map([[a.id, a]]), [
      { card, entityIds: ["tony-blair", "blair", "labour"] },
    ]);
    expect(views.find((v) => v.id === "tony-blair")!.seenWith.map((s) => s.id)).toEqual(["labour"]);
  });

  it("counts the topics and months of the articles naming an entity: most named first, months in order", () => {
    const topic = (iptc: string, label: string) => ({ id: label.toLowerCase(), label, iptc, score: 1 });
    const article = (id: string, date: string, topics: ReturnType<typeof topic>[], both: boolean) => {
      const a = fixtureArticle({
        id,
        title: id,
        body: "Zarvollo beat Orvan.",
        date,
        entities: [{ id: "zarvollo" }, ...(both ? [{ id: "orvan" }] : [])],
      });
      a.topics = topics;
      return a;
    };
    const sport = topic("medtop:15000000", "Sport");
    const economy = topic("medtop:04000000", "Economy");
    const politics = topic("medtop:11000000", "Politics");
    const articles = [
      article("a", "2005-03-02", [economy, sport], true),
      article("b", "2005-01-10", [sport], false),
      article("c", "2005-03-20", [politics, economy], true),
      article("d", "2005-01-12", [sport], false),
    ];
    const card = { id: "s", url: "/stories/s/" } as unknown as StoryCard;
    const views = buildEntityViews(mergeEntities(articles), new Map(articles.map((a) => [a.id, a])), [
      { card, entityIds: ["zarvollo", "orvan"] },
    ]);
    const ref = (t: ReturnType<typeof topic>, count: number) => ({
      id: t.id,
      name: t.label,
      url: `/topics/${t.id}/`,
      iptc: t.iptc,
      count,
    });
    const zarvollo = views.find((v) => v.id === "zarvollo")!;
    expect(zarvollo.topics).toEqual([ref(sport, 3), ref(economy, 2), ref(politics, 1)]);
    expect(zarvollo.coverage).toEqual([
      { month: "2005-01", count: 2 },
      { month: "2005-03", count: 2 },
    ]);
    // Counted on their own: nothing of the other entity's counts carries over.
    const orvan = views.find((v) => v.id === "orvan")!;
    expect(orvan.topics).toEqual([ref(economy, 2), ref(politics, 1), ref(sport, 1)]);
    expect(orvan.coverage).toEqual([{ month: "2005-03", count: 2 }]);
  });
});
