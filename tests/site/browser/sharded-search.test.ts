// Search over a sharded index in a real browser, under a path prefix, after an incremental
// rebuild: a page in a shard linked from the previous build is found, as is the changed page;
// results, filters and their counts are those of a single index of the same site.
import { DEFAULT_CACHE_DIR } from "../../../src/cache/cache-folder.js";
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manifestPath, renderSite } from "../../../src/site/render-site.js";
import { searchDocuments } from "../../../src/site/search-documents.js";
import { runPagefind, SHARDS_FILE } from "../../../src/site/run-pagefind.js";
import { shardFolder, shardOf } from "../../../src/site/search-shard.js";
import type { SiteData } from "../../../src/types.js";
import { buildFixtureSite, withNewHeadline } from "../site-fixture.js";
import { launchChromium, openWatchedPage } from "./browser-page.js";
import { serveStatic, type StaticServer } from "./static-server.js";

const PREFIX = "/repo/";
const SHARDS = 8;
const SUMMIT = "stories/us-japan-summit/index.html";
const dirs: string[] = [];
const servers: StaticServer[] = [];
let browser: Browser;
let sharded: StaticServer;
let single: StaticServer;
let shardedDir: string;
let previousDir: string;

async function render(site: SiteData, previous?: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "digest-sharded-"));
  dirs.push(dir);
  await renderSite(site, { outDir: dir, pathPrefix: PREFIX, ...(previous ? { previousDir: previous } : {}) });
  return dir;
}

beforeAll(async () => {
  const site = buildFixtureSite({ extraStories: 25 });
  const documents = (of: SiteData) => searchDocuments(of);
  previousDir = await render(site);
  await runPagefind(previousDir, { documents: documents(site), shards: SHARDS });
  const changed = withNewHeadline(site, "filler-3", "Zanzibar ferry timetable");
  shardedDir = await render(changed, previousDir);
  const rebuilt = await runPagefind(shardedDir, { documents: documents(changed), shards: SHARDS, previousDir });
  expect(rebuilt.reindexed).toBeGreaterThan(0);
  expect(rebuilt.reused).toBeGreaterThan(0);
  // The same site with one index, for comparison.
  const singleDir = mkdtempSync(join(tmpdir(), "digest-single-"));
  dirs.push(singleDir);
  cpSync(shardedDir, singleDir, { recursive: true });
  await runPagefind(singleDir, { documents: documents(changed), shards: 1 });
  sharded = await serveStatic(shardedDir, PREFIX);
  single = await serveStatic(singleDir, PREFIX);
  servers.push(sharded, single);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  for (const server of servers) await server.close();
  for (const dir of dirs)
    for (const path of [dir, manifestPath(dir, DEFAULT_CACHE_DIR)]) rmSync(path, { recursive: true, force: true });
});

async function openSearch(server: StaticServer): Promise<{ page: Page; problems: string[] }> {
  const { page, problems } = await openWatchedPage(browser);
  await page.goto(`${server.base}search/`);
  await page.locator("#search-input").waitFor();
  return { page, problems };
}

async function resultLinks(page: Page, term: string): Promise<string[]> {
  await page.locator("#search-input").fill(term);
  // The status names the term once this search's results are in the list.
  await page.locator(".search-status", { hasText: `“${term}”` }).waitFor({ timeout: 10_000 });
  return page.locator(".search-result a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
}

/** Results (URL and score) and filter counts from Pagefind's own API, as the search page merges the shards. */
async function apiSearch(
  server: StaticServer,
  term: string,
): Promise<{ results: { url: string; score: number }[]; filters: Record<string, Record<string, number>> }> {
  const page = await browser.newPage();
  // A document of the site without a CSP (pages forbid scripts; the search page's own script
  // loads, and merges, the same module).
  await page.goto(`${server.base}robots.txt`);
  // A string, not a function: the test runner would rewrite a function's dynamic import().
  const script = `(async () => {
    const base = ${JSON.stringify(new URL(server.base).pathname)};
    const { bundles } = await (await fetch(base + "pagefind/shards.json")).json();
    const pagefind = await import(base + "pagefind/" + bundles[0] + "/pagefind.js");
    await pagefind.options({ baseUrl: base });
    await pagefind.init();
    await Promise.all(bundles.slice(1).map((bundle) => pagefind.mergeIndex(base + "pagefind/" + bundle + "/", { baseUrl: base })));
    const search = await pagefind.search(${JSON.stringify(term)});
    const results = await Promise.all(search.results.map(async (r) => ({ url: (await r.data()).url, score: r.score })));
    return { results, filters: search.totalFilters };
  })()`;
  const found = (await page.evaluate(script)) as {
    results: { url: string; score: number }[];
    filters: Record<string, Record<string, number>>;
  };
  await page.close();
  return found;
}

describe("sharded search in a browser", () => {
  it("loads every shard listed, and the summit story's shard was reused from the previous build", () => {
    const { bundles } = JSON.parse(readFileSync(join(shardedDir, "pagefind", SHARDS_FILE), "utf8")) as {
      bundles: string[];
    };
    expect(bundles.length).toBeGreaterThan(1);
    const folder = shardFolder(shardOf(SUMMIT, SHARDS));
    const entry = (dir: string) => statSync(join(dir, "pagefind", folder, "pagefind-entry.json")).ino;
    expect(entry(shardedDir)).toBe(entry(previousDir));
  });

  it('finds the summit story (reused shard) for "Kishida" and the changed story (re-indexed shard), under the prefix, without CSP errors', async () => {
    const { page, problems } = await openSearch(sharded);
    const kishida = await resultLinks(page, "Kishida");
    expect(kishida).toContain(`${PREFIX}stories/us-japan-summit/`);
    expect(kishida.every((href) => href.startsWith(`${PREFIX}stories/`) || href.startsWith(`${PREFIX}articles/`))).toBe(
      true,
    );
    // The summit's matching articles are its sub-results, linked to their own pages.
    expect(kishida).toEqual(
      expect.arrayContaining([`${PREFIX}articles/summit-plain/`, `${PREFIX}articles/summit-hostile/`]),
    );
    // Each filter offers the values of the results, from every shard that holds them.
    expect(await page.locator(".search-facet:not([hidden]) legend").allTextContents()).toEqual([
      "Topics",
      "People, places and organizations",
      "Outlets",
    ]);
    expect(await resultLinks(page, "Zanzibar")).toEqual([`${PREFIX}stories/filler-3/`]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("asks for every other shard's index at once, not one after another (each would wait a round trip)", async () => {
    const { bundles } = JSON.parse(readFileSync(join(shardedDir, "pagefind", SHARDS_FILE), "utf8")) as {
      bundles: string[];
    };
    const merged = bundles.length - 1;
    const { page, problems } = await openWatchedPage(browser);
    // Each merged shard's entry file is held until all of them have been asked for (or 5 s have
    // passed): one after another, only one is ever waiting.
    let waiting = 0;
    let mostWaiting = 0;
    let allAsked!: () => void;
    const asked = new Promise<void>((resolve) => (allAsked = resolve));
    await page.route(/\/pagefind\/shard-\d+\/pagefind-entry\.json/, async (route) => {
      if (route.request().url().includes(`/pagefind/${bundles[0]}/`)) return route.continue();
      mostWaiting = Math.max(mostWaiting, ++waiting);
      if (waiting === merged) allAsked();
      await Promise.race([asked, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      await route.continue();
    });
    await page.goto(`${sharded.base}search/`);
    expect(await resultLinks(page, "Zanzibar")).toEqual([`${PREFIX}stories/filler-3/`]);
    expect(mostWaiting).toBe(merged);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("returns the same results and filter counts as a single index of the same site", async () => {
    for (const term of ["Kishida", "Japan", "filler"]) {
      const fromShards = await apiSearch(sharded, term);
      const fromOne = await apiSearch(single, term);
      expect(fromShards.results.map((r) => r.url).sort(), term).toEqual(fromOne.results.map((r) => r.url).sort());
      expect(fromShards.filters, term).toEqual(fromOne.filters);
      expect(fromShards.results.length, term).toBeGreaterThan(0);
    }
    // Ranking: each shard scores with its own term statistics, so near-ties may swap. In this
    // tiny fixture a shard holds ~7 pages, too few for a term on every page ("Japan") to rank
    // alike (shards only exist from 500 pages, 60+ each); for rarer terms a page a single index
    // ranks clearly above another (by a quarter) stays above it.
    for (const term of ["Kishida", "missiles", "Biden"]) {
      const one = (await apiSearch(single, term)).results;
      const rank = new Map((await apiSearch(sharded, term)).results.map((r, i) => [r.url, i]));
      for (const a of one)
        for (const b of one)
          if (a.score > b.score * 1.25)
            expect(rank.get(a.url)!, `${term}: ${a.url} above ${b.url}`).toBeLessThan(rank.get(b.url)!);
    }
  });
});
