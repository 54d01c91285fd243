import { describe, expect, it } from "vitest";
import { lineOfPath, parseKnowledge } from "../../src/ingest/parse-knowledge.js";

const knowledge = (raw: string) =>
  parseKnowledge({ path: "knowledge.yml", absolutePath: "/c/knowledge.yml", raw, hash: "h" });

describe("parseKnowledge", () => {
  it("reads a valid file", () => {
    expect(knowledge("ignore: [Read also]\n")).toMatchObject({ overrides: { ignore: ["Read also"] }, diagnostics: [] });
  });

  it("reads which entities get pages apart from the entity overrides (so the extraction cache keeps)", () => {
    const read = knowledge("ignore: [Read also]\nentityPages:\n  minStories: 3\n");
    expect(read).toMatchObject({
      overrides: { ignore: ["Read also"] },
      entityPages: { minStories: 3 },
      diagnostics: [],
    });
    expect(read.overrides).not.toHaveProperty("entityPages");
    expect(knowledge("ignore: []\n").entityPages).toBeUndefined();
    expect(knowledge("entityPages: {}\n").entityPages).toEqual({ minStories: 2 });
  });

  it("reports a bad entityPages setting at its line, with the overrides' problems", () => {
    const read = knowledge("merge:\n  a: b\nentityPages:\n  minStories: 0\nignore: 5\n");
    expect(read.overrides).toBeUndefined();
    expect(read.diagnostics).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: "knowledge-shape",
          line: 4,
          message: expect.stringContaining("entityPages.minStories"),
        }),
        expect.objectContaining({ code: "knowledge-shape", line: 5, message: expect.stringContaining("ignore") }),
      ]),
    );
    expect(knowledge("entityPages:\n  minStory: 2\n").diagnostics).toEqual([
      expect.objectContaining({ code: "knowledge-shape", line: 1 }),
    ]);
  });

  it("reports a YAML error at its line", () => {
    expect(knowledge("ignore: [a\nmerge: {}\n").diagnostics).toEqual([
      expect.objectContaining({ code: "yaml-syntax", line: 2 }),
    ]);
  });

  it("refuses an alias bomb by its size instead of validating millions of values", () => {
    const lines = ["a: &a [x,x,x,x,x,x,x,x,x,x]"];
    for (let i = 1; i < 8; i++)
      lines.push(
        `l${i}: &l${i} [${Array(10)
          .fill(i === 1 ? "*a" : `*l${i - 1}`)
          .join(",")}]`,
      );
    lines.push("ignore: *l7");
    expect(knowledge(lines.join("\n")).diagnostics).toEqual([expect.objectContaining({ code: "knowledge-too-large" })]);
  });
});

describe("lineOfPath", () => {
  const raw =
    "# names\nentities:\n  - name: A\n    kind: person\n  - name: B\n    kind: planet\n    aliases: [b]\nmerge:\n  " +
    "x: y\nignore: [z]\n";
  it.each([
    [["entities"], 2],
    [["entities", 0], 3],
    [["entities", 1], 5],
    [["entities", 1, "kind"], 6],
    [["entities", 1, "aliases"], 7],
    [["entities", 0, "kind"], 4],
    [["merge", "x"], 9],
    [["ignore", 0], 10],
    [["nowhere"], undefined],
  ])("%j -> line %s", (path, line) => {
    expect(lineOfPath(raw, path)).toBe(line);
  });

  it("points a schema error at the line of the bad value", () => {
    expect(knowledge(raw).diagnostics).toEqual([expect.objectContaining({ code: "knowledge-shape", line: 6 })]);
  });
});
