// The sharded search index: a rebuild indexes only the shards holding a changed, added or
// removed page, links the others from the previous build, and ends up with the same bundles a
// full index of the new site holds.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderSite } from "../../src/site/render-site.js";
import { runPagefind, SHARDS_FILE } from "../../src/site/run-pagefind.js";
import { shardFolder, shardOf } from "../../src/site/search-shard.js";
import type { SiteData } from "../../src/types.js";
import { buildFixtureSite, withNewHeadline } from "./site-fixture.js";

const SHARDS = 8;
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function render(site: SiteData, previousDir?: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "digest-search-"));
  dirs.push(dir);
  await renderSite(site, { outDir: dir, quiet: true, ...(previousDir ? { previousDir } : {}) });
  return dir;
}

/** Story and article pages with their HTML. */
function indexedPages(dir: string): Map<string, string> {
  const pages = new Map<string, string>();
  for (const folder of ["stories", "articles"]) {
    for (const entry of readdirSync(join(dir, folder), { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith(".html")) {
        const path = join(entry.parentPath, entry.name).slice(dir.length + 1);
        pages.set(path, readFileSync(join(dir, path), "utf8"));
      }
    }
  }
  return pages;
}

/** The shards that must be indexed again: those of every page added, removed or changed between two builds. */
function expectedDirtyShards(before: string, after: string): Set<number> {
  const old = indexedPages(before);
  const now = indexedPages(after);
  const changed = [...new Set([...old.keys(), ...now.keys()])].filter((path) => old.get(path) !== now.get(path));
  expect(changed.length).toBeGreaterThan(0);
  return new Set(changed.map((path) => shardOf(path, SHARDS)));
}

/**
 * What the search index holds, per shard: its page count and its page fragments (URL, title,
 * text, filters of each page; named by a hash of their content). Pagefind's filter and meta files
 * vary from run to run for the same pages (hash-map order), so they are not compared byte for byte.
 */
function indexContent(dir: string): Map<string, string> {
  const root = join(dir, "pagefind");
  const content = new Map<string, string>();
  for (const shard of readdirSync(root).filter((name) => name.startsWith("shard-"))) {
    const entry = JSON.parse(readFileSync(join(root, shard, "pagefind-entry.json"), "utf8")) as { languages: { en?: { page_count: number } } };
    content.set(`${shard} pages`, String(entry.languages.en?.page_count));
    for (const fragment of readdirSync(join(root, shard, "fragment")).sort()) {
      content.set(`${shard}/${fragment}`, createHash("sha1").update(readFileSync(join(root, shard, "fragment", fragment))).digest("hex"));
    }
  }
  return content;
}


describe("runPagefind in shards", () => {
  const site = buildFixtureSite({ extraStories: 25 });
  let before: string;
  let nonEmpty: number;

  beforeAll(async () => {
    before = await render(site);
    const full = await runPagefind(before, { shards: SHARDS });
    nonEmpty = new Set([...indexedPages(before).keys()].map((path) => shardOf(path, SHARDS))).size;
    expect(full).toMatchObject({ shards: SHARDS, reindexed: nonEmpty, reused: 0 });
  });

  it("writes one bundle per non-empty shard, lists them, and keeps one copy of the UI", () => {
    const { bundles } = JSON.parse(readFileSync(join(before, "pagefind", SHARDS_FILE), "utf8")) as { bundles: string[] };
    expect(bundles).toHaveLength(nonEmpty);
    expect(bundles).toEqual([...bundles].sort());
    for (const bundle of bundles) {
      const files = readdirSync(join(before, "pagefind", bundle));
      // What a merged index (and the first one, as the primary) loads; not the UI.
      expect(files).toEqual(expect.arrayContaining(["pagefind-entry.json", "pagefind.js", "pagefind-worker.js", "wasm.en.pagefind", "index", "fragment", "filter"]));
      expect(files).not.toContain("pagefind-ui.js");
    }
    expect(existsSync(join(before, "pagefind", "pagefind-ui.js"))).toBe(true);
    expect(existsSync(join(before, "pagefind", "pagefind-ui.css"))).toBe(true);
  });

  it("indexes only the story and article pages that carry data-pagefind-body (not redirect stubs)", async () => {
    const pages = indexedPages(before);
    const marked = [...pages.values()].filter((html) => html.includes("data-pagefind-body")).length;
    expect(marked).toBeLessThan(pages.size); // the fixture has a redirect stub under stories/
    const counts = readdirSync(join(before, "pagefind"))
      .filter((name) => name.startsWith("shard-"))
      .map((name) => (JSON.parse(readFileSync(join(before, "pagefind", name, "pagefind-entry.json"), "utf8")) as { languages: { en?: { page_count: number } } }).languages.en?.page_count ?? 0);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(marked);
  });

  it("re-indexes only the shards of changed pages, links the rest, and matches a full index", async () => {
    const changed = withNewHeadline(site, "filler-3", "A changed headline");
    const after = await render(changed, before);
    const dirty = expectedDirtyShards(before, after);
    expect(dirty.size).toBeLessThan(nonEmpty);
    const result = await runPagefind(after, { shards: SHARDS, previousDir: before });
    expect(result).toMatchObject({ shards: SHARDS, reindexed: dirty.size, reused: nonEmpty - dirty.size });
    expect(result.pagesIndexed).toBeLessThan(result.pages / 2);
    // Kept shards are hard links to the previous build's files, not copies.
    const kept = [...Array(SHARDS).keys()].find((shard) => !dirty.has(shard) && existsSync(join(before, "pagefind", shardFolder(shard))))!;
    const entry = (dir: string) => statSync(join(dir, "pagefind", shardFolder(kept), "pagefind-entry.json")).ino;
    expect(entry(after)).toBe(entry(before));
    // The same pages in the same shards as indexing the new site from scratch.
    const full = await render(changed);
    await runPagefind(full, { shards: SHARDS });
    expect(indexContent(after)).toEqual(indexContent(full));
  });

  it("re-indexes the shards of added and removed pages", async () => {
    const grown = await render(buildFixtureSite({ extraStories: 27 }), before);
    const added = expectedDirtyShards(before, grown);
    expect(await runPagefind(grown, { shards: SHARDS, previousDir: before })).toMatchObject({ reindexed: added.size });
    const shrunk = await render(site, grown);
    expect(await runPagefind(shrunk, { shards: SHARDS, previousDir: grown })).toMatchObject({ reindexed: expectedDirtyShards(grown, shrunk).size });
    expect(indexContent(shrunk)).toEqual(indexContent(before));
  });

  it("rebuilds in place: nothing when nothing changed, one shard for one edited page", async () => {
    const dir = await render(site);
    await runPagefind(dir, { shards: SHARDS });
    expect(await runPagefind(dir, { shards: SHARDS })).toMatchObject({ reindexed: 0, reused: nonEmpty, pagesIndexed: 0 });
    const page = join(dir, "articles/summit-plain/index.html");
    writeFileSync(page, readFileSync(page, "utf8").replace("co-produce missiles", "co-produce shells"));
    expect(await runPagefind(dir, { shards: SHARDS })).toMatchObject({ reindexed: 1, reused: nonEmpty - 1, pagesIndexed: expect.any(Number) });
  });

  it("indexes everything again when the shard count changes, and leaves no stale shard behind", async () => {
    const dir = await render(site);
    await runPagefind(dir, { shards: SHARDS });
    const result = await runPagefind(dir, { shards: 2 });
    expect(result).toMatchObject({ shards: 2, reindexed: 2, reused: 0 });
    expect(readdirSync(join(dir, "pagefind")).filter((name) => name.startsWith("shard-")).sort()).toEqual(["shard-00", "shard-01"]);
  });

  it("indexes a page whose path a glob cannot spell (sent as content instead)", async () => {
    const dir = await render(site);
    const pageCount = () => (JSON.parse(readFileSync(join(dir, "pagefind", "shard-00", "pagefind-entry.json"), "utf8")) as { languages: { en: { page_count: number } } }).languages.en.page_count;
    const before = pageCount();
    const odd = join(dir, "articles", "odd,{name}[1]");
    mkdirSync(odd, { recursive: true });
    writeFileSync(join(odd, "index.html"), readFileSync(join(dir, "articles/summit-plain/index.html"), "utf8"));
    expect(await runPagefind(dir)).toMatchObject({ shards: 1, reindexed: 1 });
    expect(pageCount()).toBe(before + 1);
  });

  it("uses one shard for a small site by default", async () => {
    const dir = await render(site);
    // renderSite indexed it already (the site plugin): one bundle, re-used on a second run.
    expect(JSON.parse(readFileSync(join(dir, "pagefind", SHARDS_FILE), "utf8"))).toEqual({ bundles: ["shard-00"] });
    expect(await runPagefind(dir)).toMatchObject({ shards: 1, reindexed: 0, reused: 1 });
  });
});
