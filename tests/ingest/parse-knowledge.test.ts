import { describe, expect, it } from "vitest";
import { parseKnowledge } from "../../src/ingest/parse-knowledge.js";

const knowledge = (raw: string) => parseKnowledge({ path: "knowledge.yml", absolutePath: "/c/knowledge.yml", raw, hash: "h" });

describe("parseKnowledge", () => {
  it("reads a valid file", () => {
    expect(knowledge("ignore: [Read also]\n")).toMatchObject({ overrides: { ignore: ["Read also"] }, diagnostics: [] });
  });

  it("reports a YAML error at its line", () => {
    expect(knowledge("ignore: [a\nmerge: {}\n").diagnostics).toEqual([expect.objectContaining({ code: "yaml-syntax", line: 2 })]);
  });

  it("refuses an alias bomb quickly instead of validating millions of values", () => {
    const lines = ["a: &a [x,x,x,x,x,x,x,x,x,x]"];
    for (let i = 1; i < 8; i++) lines.push(`l${i}: &l${i} [${Array(10).fill(i === 1 ? "*a" : `*l${i - 1}`).join(",")}]`);
    lines.push("ignore: *l7");
    const started = performance.now();
    expect(knowledge(lines.join("\n")).diagnostics).toEqual([expect.objectContaining({ code: "knowledge-too-large" })]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
