// What the cache stores parse to, kept between the builds of one process (`digest serve`).
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ExtractionCache } from "../../src/cache/extraction-cache.js";
import { keepParsedLines, LineMemo } from "../../src/cache/line-memo.js";
import { extraction } from "./extraction-fixture.js";

// As `digest serve` does; a single build keeps nothing (see the last test).
beforeAll(() => keepParsedLines());

describe("LineMemo", () => {
  it("parses a line once for as long as it stays the same, and again once it changes", () => {
    const memo = new LineMemo<{ n: number }>();
    let parses = 0;
    const parse = (line: string) => () => {
      parses++;
      return { n: line.length };
    };
    const first = memo.get("k", "abc", parse("abc"));
    // An equal line read again from the file (another string with the same text).
    expect(memo.get("k", ["a", "b", "c"].join(""), parse("abc"))).toBe(first);
    expect(parses).toBe(1);
    expect(memo.get("k", "abcd", parse("abcd"))).toEqual({ n: 4 });
    expect(parses).toBe(2);
  });

  it("keeps nothing in a process that did not ask (a single build: its records can go while its site renders)", async () => {
    vi.resetModules();
    const fresh = await import("../../src/cache/line-memo.js");
    const memo = new fresh.LineMemo<{ n: number }>();
    const first = memo.get("k", "abc", () => ({ n: 3 }));
    expect(memo.get("k", "abc", () => ({ n: 3 }))).not.toBe(first);
    expect(memo.size).toBe(0);
  });

  it("does not remember a line that did not parse, and forgets the keys a build did not use", () => {
    const memo = new LineMemo<number>();
    expect(memo.get("bad", "x", () => undefined)).toBeUndefined();
    expect(memo.get("bad", "x", () => 7)).toBe(7);
    memo.get("other", "y", () => 8);
    memo.retain(new Set(["other"]));
    expect(memo.size).toBe(1);
    expect(memo.get("bad", "x", () => 9)).toBe(9);
  });
});

describe("the extraction cache opened again in one process (`digest serve`'s rebuilds)", () => {
  const key = "1".padStart(64, "0");
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "line-memo-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("gives the entry parsed by the last build, not parsed again, until another build rewrites its line", async () => {
    const version = "a".repeat(64);
    const first = await ExtractionCache.open(dir, version);
    first.set(key, extraction(10));
    await first.close();
    const read = (await ExtractionCache.open(dir, version)).get(key, "One.");
    expect(read).toEqual(extraction(10));
    // Opened again: the very record, where parsing would make a new one.
    const again = await ExtractionCache.open(dir, version);
    expect(again.get(key, "One.")).toBe(read);
    await again.close();
    // Another process wrote a different entry under the key: that is what the next build reads.
    const [file] = await readdir(dir);
    const path = join(dir, file as string);
    await writeFile(path, (await readFile(path, "utf8")).replace('"wordCount":10', '"wordCount":11'));
    expect((await ExtractionCache.open(dir, version)).get(key, "One.")).toEqual(extraction(11));
  });
});
