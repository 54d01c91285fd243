import { createHash } from "node:crypto";
import { appendFile, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { contextDigest, extractionKey, ExtractionCache, type Extraction } from "../../src/cache/extraction-cache.js";
import type { Article } from "../../src/types.js";
import { extraction } from "./extraction-fixture.js";

const VERSION = "a".repeat(64);
const key = (n: number): string => n.toString(16).padStart(64, "0");

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "extraction-cache-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("ExtractionCache", () => {
  it("returns what an earlier build stored", async () => {
    const first = await ExtractionCache.open(dir, VERSION);
    first.set(key(1), extraction(10));
    await first.close();
    const second = await ExtractionCache.open(dir, VERSION);
    expect(second.get(key(1))).toEqual(extraction(10));
    expect(second.get(key(2))).toBeUndefined();
  });

  it("ignores corrupt and truncated lines and keeps the good ones", async () => {
    const first = await ExtractionCache.open(dir, VERSION);
    first.set(key(1), extraction(10));
    await first.close();
    const [file] = await readdir(dir);
    const path = join(dir, file as string);
    await appendFile(
      path,
      `${key(2)} {"published":\n${key(3)} {"wrong":"shape"}\nnot a line at all\n${key(4)} ` +
        `${JSON.stringify(extraction(4)).slice(0, 20)}`,
    );
    const second = await ExtractionCache.open(dir, VERSION);
    expect(second.get(key(1))).toEqual(extraction(10));
    for (const n of [2, 3, 4]) expect(second.get(key(n))).toBeUndefined();
    // The next append starts on a fresh line, so the truncated tail cannot swallow it.
    second.set(key(5), extraction(5));
    await second.close();
    expect((await ExtractionCache.open(dir, VERSION)).get(key(5))).toEqual(extraction(5));
  });

  it("deletes the stores of other pipeline versions", async () => {
    const old = await ExtractionCache.open(dir, "b".repeat(64));
    old.set(key(1), extraction(1));
    await old.close();
    const current = await ExtractionCache.open(dir, VERSION);
    expect(current.get(key(1))).toBeUndefined();
    expect(await readdir(dir)).not.toContain(`extract-${"b".repeat(16)}.ndjson`);
  });

  it("drops entries no build used once they are the majority", async () => {
    const first = await ExtractionCache.open(dir, VERSION);
    for (let n = 0; n < 200; n++) first.set(key(n), extraction(n));
    await first.close();
    const second = await ExtractionCache.open(dir, VERSION);
    second.get(key(7));
    await second.close();
    const [file] = await readdir(dir);
    const lines = (await readFile(join(dir, file as string), "utf8")).trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]?.startsWith(key(7))).toBe(true);
  });

  it("a disabled cache stores nothing and never hits", async () => {
    const cache = ExtractionCache.disabled();
    cache.set(key(1), extraction(1));
    expect(cache.get(key(1))).toBeUndefined();
    await cache.close();
    expect(await readdir(dir)).toEqual([]);
  });

  it("runs without a cache when the folder cannot be written", async () => {
    const blocked = join(dir, "file");
    await writeFile(blocked, "");
    const cache = await ExtractionCache.open(join(blocked, "sub"), VERSION);
    cache.set(key(1), extraction(1));
    await expect(cache.close()).resolves.toBeUndefined();
  });
});

describe("extractionKey", () => {
  const article: Article = {
    id: "a",
    sourcePath: "a.md",
    hash: "h",
    title: "T",
    titleSource: "front-matter",
    authors: [],
    body: "Body.",
    bodyLine: 1,
    tags: [],
    declaredEntities: [],
    declaredTopics: [],
    extra: {},
  };
  const digest = contextDigest(VERSION, {});
  it("ignores the id (it depends on other files) but not what extraction reads", () => {
    expect(extractionKey({ ...article, id: "a-2" }, digest)).toBe(extractionKey(article, digest));
    expect(extractionKey({ ...article, body: "Other." }, digest)).not.toBe(extractionKey(article, digest));
    expect(extractionKey({ ...article, sourcePath: "2024-03-10-a.md" }, digest)).not.toBe(
      extractionKey(article, digest),
    );
  });
  it("is the sha256 of the context's digest and the article's fields, as caches already on disk were keyed", () => {
    const { id: _id, ...fields } = { ...article, body: "Zürich – talks." };
    const expected = createHash("sha256").update(digest).update("\0").update(JSON.stringify(fields)).digest("hex");
    expect(extractionKey({ ...article, body: "Zürich – talks." }, digest)).toBe(expected);
  });
  it("changes with the knowledge context and the pipeline version", () => {
    const base = extractionKey(article, digest);
    expect(extractionKey(article, contextDigest(VERSION, { overrides: { ignore: ["X"] } }))).not.toBe(base);
    expect(extractionKey(article, contextDigest("c".repeat(64), {}))).not.toBe(base);
  });
});

describe("ExtractionCache: sentences as offsets into the body", () => {
  const body = "Leaders met in Tokyo. They agreed on 3 points.\n\nTalks resume in May. Leaders met in Tokyo.";
  const withSentences = (sentences: string[]): Extraction => ({ ...extraction(12), sentences });

  it("stores sentences found in the body as offsets, not text, and cuts the same sentences on load", async () => {
    const sentences = [
      "Leaders met in Tokyo.",
      "They agreed on 3 points.",
      "Talks resume in May.",
      "Leaders met in Tokyo.",
    ];
    const first = await ExtractionCache.open(dir, VERSION);
    first.set(key(1), withSentences(sentences), body);
    await first.close();
    const [file] = await readdir(dir);
    const stored = await readFile(join(dir, file!), "utf8");
    expect(stored).not.toContain("agreed");
    expect(stored).toContain('"sentenceSpans":[0,21,22,46,48,68,69,90]');
    const second = await ExtractionCache.open(dir, VERSION);
    expect(second.get(key(1), body)).toEqual(withSentences(sentences));
  });

  it("is a miss without the body, and keeps sentences as text when one is not in the body verbatim", async () => {
    const first = await ExtractionCache.open(dir, VERSION);
    first.set(key(1), withSentences(["Leaders met in Tokyo."]), body);
    first.set(key(2), withSentences(["Leaders met in Tokyo.", "Talks resume in May (reworded)."]), body);
    await first.close();
    const second = await ExtractionCache.open(dir, VERSION);
    expect(second.get(key(1))).toBeUndefined();
    expect(second.get(key(2))).toEqual(withSentences(["Leaders met in Tokyo.", "Talks resume in May (reworded)."]));
  });

  it("treats offsets outside the body as a miss, not as an error", async () => {
    const first = await ExtractionCache.open(dir, VERSION);
    first.set(key(1), withSentences(["Talks resume in May."]), body);
    await first.close();
    const second = await ExtractionCache.open(dir, VERSION);
    expect(second.get(key(1), "short")).toBeUndefined();
  });
});
