// Ingest by stat: an article file whose size, modification time and inode are those it had when a
// previous build read it is not read again; its parsed record comes from the cache. The tests
// change a file's bytes behind the stat's back (same size, time put back): the old text coming
// out proves the file was not read; any change the stat does show makes it read again.
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ParsedFileCache, RACY_MS } from "../../src/cache/parsed-file-cache.js";
import { ingestContent } from "../../src/ingest/ingest-content.js";
import { runPipeline } from "../../src/pipeline/run-pipeline.js";
import { makeHostileFolder } from "../robustness/hostile-folder.js";

const HOUR_AGO = Date.now() / 1000 - 3600;
const article = (title: string, text: string) => `---\ntitle: ${title}\noutlet: Test Wire\n---\n\n${text}\n`;

let root: string;
let content: string;
let cacheDir: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "ingest-by-stat-"));
  content = join(root, "content");
  cacheDir = join(root, "cache");
  mkdirContent();
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function mkdirContent(): void {
  const files: Record<string, string> = {
    "a.md": article("Harbour reopens", "The harbour reopened on Monday after repairs."),
    "b.md": article("Bridge closes", "The old bridge closed to traffic for inspection."),
  };
  rmSync(content, { recursive: true, force: true });
  for (const [name, text] of Object.entries(files)) writeFile(name, text, HOUR_AGO);
}

function writeFile(name: string, text: string, seconds: number): void {
  mkdirSync(content, { recursive: true });
  writeFileSync(join(content, name), text);
  utimesSync(join(content, name), seconds, seconds);
}

/** Rewrites a file in place (same inode) with text of the same length, then puts its times back. */
function changeBehindStat(name: string, from: string, to: string): void {
  const path = join(content, name);
  const before = lstatSync(path);
  const text = readFileSync(path, "utf8");
  expect(to.length).toBe(from.length);
  writeFileSync(path, text.replace(from, to));
  utimesSync(path, before.atime, before.mtime);
  expect(lstatSync(path).ino).toBe(before.ino);
}

async function ingest() {
  const cache = await ParsedFileCache.open(cacheDir, "version-1");
  const result = await ingestContent(content, undefined, { parsedFiles: cache });
  await cache.close();
  return { result, bodies: Object.fromEntries(result.articles.map((a) => [a.sourcePath, a.body.trim()])) };
}

describe("ingest by stat", () => {
  it("does not read a file again while its size, time and inode are unchanged", async () => {
    const first = await ingest();
    expect(first.result.unread).toBe(0);
    changeBehindStat("a.md", "Monday", "Friday");
    const second = await ingest();
    expect(second.result.unread).toBe(2);
    expect(second.bodies["a.md"]).toContain("Monday");
    expect(second.result.articles).toEqual(first.result.articles);
  });

  it("reads a touched file again (same bytes count, new time)", async () => {
    await ingest();
    changeBehindStat("a.md", "Monday", "Friday");
    utimesSync(join(content, "a.md"), HOUR_AGO + 60, HOUR_AGO + 60);
    const again = await ingest();
    expect(again.result.unread).toBe(1);
    expect(again.bodies["a.md"]).toContain("Friday");
  });

  it("reads an edited file again (new size), and a file replaced by another (new inode)", async () => {
    await ingest();
    writeFile("a.md", article("Harbour reopens", "The harbour reopened on Tuesday after long repairs."), HOUR_AGO);
    const replacement = join(root, "b-new.md");
    writeFileSync(replacement, readFileSync(join(content, "b.md"), "utf8").replace("old", "new"));
    const { atime, mtime } = lstatSync(join(content, "b.md"));
    utimesSync(replacement, atime, mtime);
    renameSync(replacement, join(content, "b.md"));
    const again = await ingest();
    expect(again.result.unread).toBe(0);
    expect(again.bodies["a.md"]).toContain("Tuesday after long repairs");
    expect(again.bodies["b.md"]).toContain("The new bridge");
  });

  it("does not trust the stat of a file written just before it was read (its clock tick may not be over)", async () => {
    const now = Date.now() / 1000;
    writeFile("c.md", article("Ferry delayed", "The morning ferry was delayed by fog."), now);
    await ingest();
    changeBehindStat("c.md", "fog", "ice");
    const again = await ingest();
    expect(again.bodies["c.md"]).toContain("ice");
    expect(RACY_MS).toBeGreaterThanOrEqual(1000);
  });

  it("forgets a deleted file, and a new file in its place is read", async () => {
    await ingest();
    rmSync(join(content, "b.md"));
    const without = await ingest();
    expect(without.result.articles.map((a) => a.sourcePath)).toEqual(["a.md"]);
    writeFile("b.md", article("Bridge reopens", "The old bridge reopened to traffic today."), HOUR_AGO);
    const back = await ingest();
    expect(back.bodies["b.md"]).toContain("reopened");
  });

  it("gives the same articles, rejections and diagnostics, in the same order, from the cache as from the files", async () => {
    const folder = await makeHostileFolder();
    try {
      for (const entry of readdirSync(folder.content, { recursive: true, withFileTypes: true })) {
        if (entry.isFile()) utimesSync(join(entry.parentPath, entry.name), HOUR_AGO, HOUR_AGO);
      }
      const plain = await ingestContent(folder.content);
      const cache = await ParsedFileCache.open(cacheDir, "version-1");
      await ingestContent(folder.content, undefined, { parsedFiles: cache });
      await cache.close();
      const cached = await ingestContent(folder.content, undefined, {
        parsedFiles: await ParsedFileCache.open(cacheDir, "version-1"),
      });
      expect(cached.unread).toBeGreaterThan(3);
      const { unread: _a, ...fromCache } = cached;
      const { unread: _b, ...fromFiles } = plain;
      expect(fromCache).toEqual(fromFiles);
    } finally {
      rmSync(folder.root, { recursive: true, force: true });
    }
  });

  it("keeps no record under another ingest version", async () => {
    await ingest();
    changeBehindStat("a.md", "Monday", "Friday");
    const cache = await ParsedFileCache.open(cacheDir, "version-2");
    const result = await ingestContent(content, undefined, { parsedFiles: cache });
    expect(result.unread).toBe(0);
    expect(result.articles.find((a) => a.sourcePath === "a.md")?.body).toContain("Friday");
  });

  it("is used by the pipeline: a rebuild reads no unchanged file", async () => {
    const run = () =>
      runPipeline({ contentDir: content, now: new Date("2026-01-01T00:00:00Z"), cache: cacheDir, workers: 0 });
    expect((await run()).unreadFiles).toBe(0);
    changeBehindStat("b.md", "old", "odd");
    const again = await run();
    expect(again.unreadFiles).toBe(2);
    expect(again.articles.find((a) => a.sourcePath === "b.md")?.body).toContain("old bridge");
  });
});
