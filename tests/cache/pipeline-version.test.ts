import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { computePipelineVersion } from "../../src/cache/pipeline-version.js";

let root: string;
const entry = (): string => join(root, "src", "extract", "extract-article.ts");

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "pipeline-version-"));
  await mkdir(join(root, "src", "extract", "rules"), { recursive: true });
  await mkdir(join(root, "src", "site"), { recursive: true });
  await mkdir(join(root, "node_modules", "compromise"), { recursive: true });
  await writeFile(join(root, "package.json"), "{}");
  await writeFile(join(root, "node_modules", "compromise", "package.json"), JSON.stringify({ version: "14.17.0" }));
  await writeFile(
    entry(),
    'import nlp from "compromise";\nimport { rule } from "./rules/name-rule.js";\nimport { readFileSync } from ' +
      '"node:fs";\nimport type { Record } from "../types.js";\nimport { type Kind, kinds } from "./kinds.js";\n' +
      "export const x = rule;\n",
  );
  await writeFile(join(root, "src", "types.ts"), "export interface Record { id: string }\n");
  await writeFile(join(root, "src", "extract", "kinds.ts"), 'export type Kind = "a";\nexport const kinds = ["a"];\n');
  await writeFile(join(root, "src", "extract", "rules", "name-rule.ts"), "export const rule = 1;\n");
  await writeFile(join(root, "src", "extract", "rules", "lexicon.json"), '{"a": 1}');
  await writeFile(join(root, "src", "site", "render-site.ts"), "export const site = 1;\n");
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("computePipelineVersion", () => {
  it("lists the import closure, data beside it and imported packages with versions", () => {
    const version = computePipelineVersion(entry(), root);
    // Not src/types.ts: imported for its types alone, it is not part of the running code.
    expect(version.files).toEqual([
      "src/extract/extract-article.ts",
      "src/extract/kinds.ts",
      "src/extract/rules/lexicon.json",
      "src/extract/rules/name-rule.ts",
    ]);
    expect(version.packages).toEqual(["compromise@14.17.0"]);
  });

  const changes: [string, () => Promise<void>][] = [
    [
      "an imported rule",
      () => writeFile(join(root, "src", "extract", "rules", "name-rule.ts"), "export const rule = 2;\n"),
    ],
    ["a data file beside a rule", () => writeFile(join(root, "src", "extract", "rules", "lexicon.json"), '{"a": 2}')],
    [
      "the entry",
      () =>
        writeFile(
          entry(),
          'import nlp from "compromise";\nimport { rule } from "./rules/name-rule.js";\nexport const x = rule + 1;\n',
        ),
    ],
    [
      "a module imported for a value beside a type",
      () =>
        writeFile(join(root, "src", "extract", "kinds.ts"), 'export type Kind = "a";\nexport const kinds = ["b"];\n'),
    ],
    [
      "a package version",
      () => writeFile(join(root, "node_modules", "compromise", "package.json"), JSON.stringify({ version: "14.18.0" })),
    ],
  ];
  it.each(changes)("changes when %s changes", async (_, change) => {
    const before = computePipelineVersion(entry(), root).hash;
    await change();
    expect(computePipelineVersion(entry(), root).hash).not.toBe(before);
  });

  const unrelated: [string, () => Promise<void>][] = [
    ["the site stage", () => writeFile(join(root, "src", "site", "render-site.ts"), "export const site = 2;\n")],
    ["a new file outside the closure's folders", () => writeFile(join(root, "src", "site", "new.json"), "{}")],
    [
      "a module imported for its types alone",
      () => writeFile(join(root, "src", "types.ts"), "export interface Record { id: string; more: number }\n"),
    ],
  ];
  it.each(unrelated)("stays the same when %s changes", async (_, change) => {
    const before = computePipelineVersion(entry(), root).hash;
    await change();
    expect(computePipelineVersion(entry(), root).hash).toBe(before);
  });
});
