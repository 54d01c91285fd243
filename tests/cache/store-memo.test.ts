// The cache stores kept in memory between the builds of one process (`digest serve`): a store
// whose file is as this process left it is not read again; one another process wrote is.
import * as fsPromises from "node:fs/promises";
import { appendFile, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ExtractionCache } from "../../src/cache/extraction-cache.js";
import { keepParsedLines } from "../../src/cache/line-memo.js";
import { ParsedFileCache, RACY_MS, type ParsedSource } from "../../src/cache/parsed-file-cache.js";
import { StoryCache } from "../../src/cache/story-cache.js";
import type { StoryPrep } from "../../src/digest/story-prep.js";
import { extraction } from "./extraction-fixture.js";

// Every read of a file, counted by path, as the stores make them.
vi.mock("node:fs/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof fsPromises>();
  return { ...actual, readFile: vi.fn(actual.readFile) };
});
const reads = (file: string) =>
  vi.mocked(fsPromises.readFile).mock.calls.filter(([path]) => String(path) === file).length;

const VERSION = "a".repeat(64);
const key = (n: number) => String(n).padStart(64, "0");

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "store-memo-"));
  vi.mocked(fsPromises.readFile).mockClear();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function storeFile(prefix: string): Promise<string> {
  const name = (await readdir(dir)).find((entry) => entry.startsWith(prefix) && entry.endsWith(".ndjson"));
  if (!name) throw new Error(`no ${prefix} store in ${dir}`);
  return join(dir, name);
}

/** The keys of a store file as a fresh process reads it: the first 64 characters of each line. */
async function keysOnDisk(file: string): Promise<string[]> {
  return (await readFile(file, "utf8"))
    .split("\n")
    .filter((line) => line.length > 65)
    .map((line) => line.slice(0, 64));
}

describe("the stores, opened again by the process that wrote them (keepParsedLines)", () => {
  beforeEach(() => keepParsedLines());

  it("the extraction cache: not read again after its own append, read again after another process's", async () => {
    const first = await ExtractionCache.open(dir, VERSION);
    first.set(key(1), extraction(10));
    await first.close();
    const file = await storeFile("extract-");
    const before = reads(file);

    const again = await ExtractionCache.open(dir, VERSION);
    expect(reads(file)).toBe(before);
    expect(again.get(key(1), "One.")).toEqual(extraction(10));
    again.set(key(2), extraction(20));
    await again.close();

    const third = await ExtractionCache.open(dir, VERSION);
    expect(reads(file)).toBe(before);
    expect(third.size).toBe(2);
    expect(third.get(key(2), "One.")).toEqual(extraction(20));
    await third.close();

    // Another process appends an entry: the file's stamp changes, and the store is read.
    const line = (await readFile(file, "utf8")).split("\n")[0]!;
    await appendFile(file, `${key(3)}${line.slice(64)}\n`);
    const fourth = await ExtractionCache.open(dir, VERSION);
    expect(reads(file)).toBe(before + 2);
    expect(fourth.get(key(3), "One.")).toEqual(extraction(10));
  });

  it("the extraction cache: after it rewrites itself without its unused entries, holds what the file holds", async () => {
    const first = await ExtractionCache.open(dir, VERSION);
    for (let n = 0; n < 70; n++) first.set(key(n), extraction(n));
    await first.close();
    const second = await ExtractionCache.open(dir, VERSION);
    expect(second.get(key(5), "One.")).toEqual(extraction(5));
    await second.close();
    const file = await storeFile("extract-");
    expect(await keysOnDisk(file)).toEqual([key(5)]);

    const before = reads(file);
    const third = await ExtractionCache.open(dir, VERSION);
    expect(reads(file)).toBe(before);
    expect(third.size).toBe(1);
    expect(third.get(key(6), "One.")).toBeUndefined();
    expect(third.get(key(5), "One.")).toEqual(extraction(5));
  });

  it("the story cache: not read again after it saved itself", async () => {
    const prep = { summary: { vocabulary: "", candidates: [] }, provenance: [] } as unknown as StoryPrep;
    const first = await StoryCache.open(dir, VERSION);
    first.set(key(1), prep);
    await first.save();
    const file = await storeFile("stories-");
    const before = reads(file);
    const second = await StoryCache.open(dir, VERSION);
    expect(reads(file)).toBe(before);
    expect(second.get(key(1))).toEqual(prep);
  });

  it("the ingest cache: not read again after its own appends, a replaced line among them", async () => {
    const stamp = { size: 10, mtimeMs: Date.now() - 10 * RACY_MS, ino: 7 };
    const record = (path: string): ParsedSource => ({
      path,
      sameText: "x",
      readDiagnostics: [],
      parsed: { diagnostics: [] },
    });
    const first = await ParsedFileCache.open(dir, "version-1");
    first.set(record("a.md"), stamp, Date.now());
    await first.close();
    const file = await storeFile("files-");
    const before = reads(file);
    const second = await ParsedFileCache.open(dir, "version-1");
    expect(reads(file)).toBe(before);
    expect(second.get("a.md", stamp)).toEqual(record("a.md"));
    // The same path again, as after an edit: the file now has a replaced line.
    second.set(record("a.md"), { ...stamp, size: 11 }, Date.now());
    await second.close();
    const third = await ParsedFileCache.open(dir, "version-1");
    expect(reads(file)).toBe(before);
    expect(third.size).toBe(1);
    expect(third.get("a.md", { ...stamp, size: 11 })).toEqual(record("a.md"));
    expect((await readFile(file, "utf8")).split("\n").filter(Boolean)).toHaveLength(2);
  });
});

describe("the stores in a process that did not ask to keep them (a single build)", () => {
  it("read their file at every open", async () => {
    vi.resetModules();
    const { ExtractionCache: Fresh } = await import("../../src/cache/extraction-cache.js");
    const first = await Fresh.open(dir, VERSION);
    first.set(key(1), extraction(10));
    await first.close();
    const file = await storeFile("extract-");
    const before = reads(file);
    await Fresh.open(dir, VERSION);
    expect(reads(file)).toBe(before + 1);
  });
});
