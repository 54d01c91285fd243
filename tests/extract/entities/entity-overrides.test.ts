import { describe, expect, it } from "vitest";
import { extractEntities } from "../../../src/extract/entities/extract-entities.js";
import { entityOverridesSchema } from "../../../src/extract/entities/entity-overrides.js";

describe("entityOverridesSchema", () => {
  it("accepts the documented shape and fills defaults", () => {
    const o = entityOverridesSchema.parse({
      entities: [{ name: "Fumio Kishida", kind: "person", aliases: ["Kishida"] }],
    });
    expect(o.merge).toEqual({});
    expect(o.ignore).toEqual([]);
    expect(o.entities[0]?.aliases).toEqual(["Kishida"]);
  });
  it.each([
    [{ entities: [{ name: "X", kind: "planet" }] }],
    [{ ignore: [""] }],
    [{ merge: { a: 3 } }],
    [{ unknownKey: true }],
  ])("rejects %j", (bad) => {
    expect(entityOverridesSchema.safeParse(bad).success).toBe(false);
  });
});

describe("overrides applied", () => {
  const text = "Zorblat Industries hired Qux. Read also: more news. Qux said the deal with Japan stands.";
  it("adds and retypes entities with aliases", () => {
    const overrides = entityOverridesSchema.parse({
      entities: [{ name: "Quentin Qux", kind: "person", aliases: ["Qux"] }],
    });
    const q = extractEntities(text, { overrides }).find((e) => e.id === "quentin-qux");
    expect(q?.kind).toBe("person");
    expect(q?.mentions.map((m) => m.text)).toEqual(["Qux", "Qux"]);
  });
  it("merges, renames and ignores", () => {
    const overrides = entityOverridesSchema.parse({
      merge: { "Zorblat Industries": "Zorblat" },
      rename: { Japan: "Nippon" },
      ignore: ["Qux"],
    });
    const e = extractEntities(text, { overrides });
    expect(e.find((x) => x.name === "Zorblat")?.mentions[0]?.text).toBe("Zorblat Industries");
    expect(e.find((x) => x.name === "Nippon")?.kind).toBe("country");
    expect(e.some((x) => x.mentions.some((m) => m.text === "Qux"))).toBe(false);
  });
});
