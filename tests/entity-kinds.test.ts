// The one list of entity kinds drives the knowledge file's schema, the indexes' order and the
// site's sections: a kind added there is accepted, ordered and given a section without other edits.
import { describe, expect, it } from "vitest";
import { ENTITY_KINDS, ENTITY_KIND_NAMES, kindOrder } from "../src/entity-kinds.js";
import { entityOverridesSchema } from "../src/extract/entities/entity-overrides.js";
import { buildSitePages } from "../src/site/site-pages.js";
import { buildFixtureSite } from "./site/site-fixture.js";

describe("entity kinds", () => {
  it("have distinct names and index slugs", () => {
    expect(new Set(ENTITY_KIND_NAMES).size).toBe(ENTITY_KINDS.length);
    expect(new Set(ENTITY_KINDS.map((k) => k.slug)).size).toBe(ENTITY_KINDS.length);
    expect(ENTITY_KIND_NAMES).toEqual(
      expect.arrayContaining(["person", "organization", "event", "product", "work", "law"]),
    );
  });

  it.each(ENTITY_KIND_NAMES)("the knowledge file accepts kind %s", (kind) => {
    expect(entityOverridesSchema.safeParse({ entities: [{ name: "Something", kind }] }).success).toBe(true);
  });

  it("order the indexes people first, and every kind present gets a section", () => {
    expect(kindOrder("person")).toBe(0);
    const site = buildFixtureSite();
    const film = {
      ...site.entities[0]!,
      id: "a-film",
      name: "A Film",
      kind: "work" as const,
      url: "/entities/a-film/",
    };
    const pages = buildSitePages({ ...site, entities: [...site.entities, film] });
    const sections = pages.entityKinds.map((group) => group.kind);
    expect(sections).toContain("work");
    expect(sections).toEqual([...sections].sort((a, b) => kindOrder(a) - kindOrder(b)));
    expect(pages.entityKinds.find((group) => group.kind === "work")?.url).toBe("/works/");
  });
});
