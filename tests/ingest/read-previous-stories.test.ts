import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readPreviousStories } from "../../src/ingest/read-previous-stories.js";

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function site(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), "digest-previous-"));
  mkdirSync(join(dir, "data"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, "data", name), text);
  return dir;
}

describe("readPreviousStories", () => {
  it("reads the previous threads with their story ids, beside the stories", async () => {
    const out = site({
      "stories.json": JSON.stringify([
        { id: "a", articles: [{ id: "x" }] },
        { id: "b", articles: [{ id: "y" }] },
      ]),
      "threads.json": JSON.stringify([
        { id: "subject", url: "/threads/subject/", title: "Subject", stories: ["a", "b"], formerIds: ["old"] },
      ]),
    });
    const previous = await readPreviousStories(out);
    expect(previous.stories.map((s) => s.id)).toEqual(["a", "b"]);
    expect(previous.threads).toEqual([{ id: "subject", articleIds: ["a", "b"], formerIds: ["old"] }]);
    expect(previous.diagnostics).toEqual([]);
  });

  it("warns about a damaged thread list by name, and keeps the stories", async () => {
    const out = site({
      "stories.json": JSON.stringify([{ id: "a", articles: [{ id: "x" }] }]),
      "threads.json": "{ broken",
    });
    const previous = await readPreviousStories(out);
    expect(previous.stories).toHaveLength(1);
    expect(previous.threads).toEqual([]);
    expect(previous.diagnostics).toHaveLength(1);
    expect(previous.diagnostics[0]!.message).toContain("the previous build's thread list is not valid JSON");
    expect(previous.diagnostics[0]!.file).toMatch(/threads\.json$/);
  });
});
