// Golden facts about the two sample articles, checked by hand against their text.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractEntities } from "../../../src/extract/entities/extract-entities.js";
import type { ArticleEntity } from "../../../src/types.js";

const content = fileURLToPath(new URL("../../fixtures/samples/", import.meta.url));
const read = (f: string) => readFileSync(content + f, "utf8");
const A = read("000_1544b0afc51780d7.txt");
const B = read("002_3e46861d0261ddd1.txt");
const ea = extractEntities(A);
const eb = extractEntities(B);

const byId = (list: ArticleEntity[], id: string) => list.find((e) => e.id === id);
const texts = (e: ArticleEntity | undefined) => (e?.mentions ?? []).map((m) => m.text);

describe.each([
  ["000", A, ea],
  ["002", B, eb],
] as const)("sample %s", (_n, body, entities) => {
  it("finds the parties with their kinds", () => {
    expect(byId(entities, "japan")?.kind).toBe("country");
    expect(byId(entities, "united-states")?.kind).toBe("country");
    expect(byId(entities, "ukraine")?.kind).toBe("country");
    expect(byId(entities, "russia")?.kind).toBe("country");
    expect(byId(entities, "china")?.kind).toBe("country");
    expect(byId(entities, "joe-biden")?.kind).toBe("person");
    expect(byId(entities, "fumio-kishida")?.kind).toBe("person");
  });
  it("gives offsets that index the body", () => {
    for (const e of entities) for (const m of e.mentions) expect(body.slice(m.start, m.end)).toBe(m.text);
  });
  it("resolves U.S. and Washington-as-government to one United States", () => {
    const us = texts(byId(entities, "united-states"));
    expect(us).toContain("U.S.");
    expect(us).toContain("United States");
    expect(us).toContain("Washington");
  });
  it("resolves the lone surname to the full name", () => {
    expect(texts(byId(entities, "fumio-kishida"))).toEqual(["Fumio Kishida", "Kishida"]);
    expect(texts(byId(entities, "joe-biden"))).toEqual(["Joe Biden", "Biden"]);
  });
  it("cites Yomiuri as a source outlet", () => {
    const y = byId(entities, "yomiuri");
    expect(y?.kind).toBe("outlet");
    expect(y?.mentions.every((m) => m.role === "source")).toBe(true);
  });
  it("never makes names of headline fragments, equipment or common words", () => {
    const names = entities.map((e) => e.name.toLowerCase());
    for (const bad of ["read also", "read", "patriot", "allies", "f-35a", "president", "prime minister"])
      expect(names).not.toContain(bad);
    // A war is an event of its own kind, never a person or a place.
    expect(entities.find((e) => e.name === "World War II")?.kind ?? "event").toBe("event");
    expect(
      entities
        .filter((e) => e.kind === "person")
        .map((e) => e.id)
        .sort(),
    ).toEqual(["fumio-kishida", "joe-biden"]);
  });
  it("keeps possessives out of mentions", () => {
    for (const e of entities) for (const m of e.mentions) expect(m.text).not.toMatch(/['’]s$/);
  });
  it("ranks the main parties first", () => {
    expect(
      entities
        .slice(0, 3)
        .map((e) => e.id)
        .sort(),
    ).toEqual(["japan", "ukraine", "united-states"]);
    expect(entities[0]?.salience).toBe(1);
  });
});

describe("sample 000", () => {
  it("reads Washington, D.C. in the first sentence as the city, not the government", () => {
    const start = A.indexOf("Washington, D.C.");
    const dc = ea.find((e) => e.mentions.some((m) => m.start === start));
    expect(dc?.kind).toBe("place");
    expect(texts(byId(ea, "united-states")).length).toBeGreaterThan(0);
    expect(byId(ea, "united-states")?.mentions.some((m) => m.start === start)).toBe(false);
  });
  it("finds the Kiel Institute as an organization", () => {
    expect(byId(ea, "kiel-institute-for-the-world-economy")?.kind).toBe("organization");
  });
});

describe("sample 002", () => {
  it("cites Bloomberg and Ukrinform as sources", () => {
    for (const id of ["bloomberg", "ukrinform"]) {
      const e = byId(eb, id);
      expect(e?.kind).toBe("outlet");
      expect(e?.mentions.length).toBeGreaterThan(0);
      expect(e?.mentions.every((m) => m.role === "source")).toBe(true);
    }
  });
});
