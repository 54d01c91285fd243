import { describe, expect, it } from "vitest";
import { entityOverridesSchema } from "../../../../src/extract/entities/entity-overrides.js";
import { traceEntities } from "../../../../src/extract/entities/extract-entities.js";

const overrides = entityOverridesSchema.parse({
  entities: [
    { name: "Zembra Works", kind: "organization", aliases: ["Zembra"] },
    { name: "Japan Quartet", kind: "work" },
  ],
  ignore: ["Qorvath"],
});
const trace = (text: string, mention: string) => traceEntities(text, { overrides }).find((t) => t.text === mention);

describe("overrides rule: the site's knowledge file beats every built-in rule", () => {
  it.each([
    ["Zembra Works said profits rose.", "Zembra Works", "organization", "Zembra Works"],
    ["Zembra said profits rose.", "Zembra", "organization", "Zembra Works"],
    ["The Japan Quartet played.", "Japan Quartet", "work", "Japan Quartet"],
  ])("%j: %s", (text, mention, kind, canonical) => {
    expect(trace(text, mention)).toMatchObject({ rule: "overrides", kind, canonical });
  });

  it("drops an ignored name", () => {
    expect(trace("Qorvath said nothing.", "Qorvath")).toMatchObject({ rule: "overrides-ignore", kind: null });
  });

  it.each([
    ["a longer name holding an ignored word", "Phil Qorvath said nothing.", "Phil Qorvath"],
    ["a name the file does not list", "Mary Zembrak won the vote.", "Mary Zembrak"],
  ])("not for %s: %j", (_why, text, mention) => {
    expect(trace(text, mention)?.rule).not.toMatch(/^overrides/);
  });

  it("does nothing without a knowledge file", () => {
    expect(traceEntities("Zembra said profits rose.").find((t) => t.text === "Zembra")?.rule).not.toMatch(/^overrides/);
  });
});
