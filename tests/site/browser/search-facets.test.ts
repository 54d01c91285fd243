// The search page's filters in a real browser: a filter lists the values that count most in the
// results, a few at a time, never all of them (an archive names tens of thousands: Pagefind's own
// UI put every one into the page and froze it for 37 s at 10,000 articles); a box finds any value
// by name; a ticked value narrows the results and is kept in the address, so a search can be shared.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DEFAULT_CACHE_DIR } from "../../../src/cache/cache-folder.js";
import { manifestPath, renderSite } from "../../../src/site/render-site.js";
import type { SiteData } from "../../../src/types.js";
import { buildFixtureSite, entityRef } from "../site-fixture.js";
import { launchChromium, openWatchedPage } from "./browser-page.js";
import { serveStatic, type StaticServer } from "./static-server.js";

const FILLERS = 30;
/** Each filler story's article names a person no other story names. */
const person = (n: number) => `Person ${String(n).padStart(2, "0")}`;

let dir: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const base = buildFixtureSite({ extraStories: FILLERS });
  const site: SiteData = {
    ...base,
    articles: base.articles.map((article) => {
      const n = /^filler-(\d+)-a$/.exec(article.id)?.[1];
      if (!n) return article;
      const ref = entityRef(`person-${n}`, person(Number(n)), "person");
      return { ...article, entities: [...article.entities, ref] };
    }),
  };
  dir = mkdtempSync(join(tmpdir(), "digest-facets-"));
  // Pages and the search index.
  await renderSite(site, { outDir: dir });
  server = await serveStatic(dir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  for (const path of [dir, manifestPath(dir, DEFAULT_CACHE_DIR)])
    if (path) rmSync(path, { recursive: true, force: true });
});

const names = "People, places and organizations";
const facet = (page: Page) => page.locator(".search-facet", { has: page.locator("legend", { hasText: names }) });
/** The entity filter's values as listed: name and count. */
const listed = async (page: Page) =>
  (await facet(page).locator(".search-facet-values label").allTextContents()).map((text) => text.trim());

/** A new page of the search page, searched for `term`. */
async function openSearch(term: string, width?: number): Promise<{ page: Page; problems: string[] }> {
  const opened = await openWatchedPage(browser, width);
  await opened.page.goto(`${server.base}search/`);
  await search(opened.page, term);
  return opened;
}

/** The stories listed, by link. */
const storyLinks = (page: Page) =>
  page.locator(".search-result h2 a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));

async function search(page: Page, term: string): Promise<void> {
  await page.locator("#search-input").fill(term);
  await page.locator(".search-status", { hasText: `“${term}”` }).waitFor({ timeout: 10_000 });
}

it("lists the most frequent values first, eight at a time, and finds any other by name", async () => {
  const { page, problems } = await openSearch("filler");
  expect(await page.locator(".search-status").textContent()).toBe(`${FILLERS} stories for “filler”.`);
  // Japan is named by every filler story; each person by one. 31 values, 8 listed.
  const first = await listed(page);
  expect(first).toHaveLength(8);
  expect(first[0]).toBe(`Japan ${FILLERS}`);
  expect(first.slice(1)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `${person(n)} 1`));
  const more = facet(page).locator(".search-facet-more");
  await expect.poll(() => more.textContent()).toBe("More (23 not shown)");
  await more.click();
  expect(await listed(page)).toHaveLength(31);
  expect(await more.isHidden()).toBe(true);

  // A name far down the list, found by typing part of it (any case, no accents needed).
  await facet(page).locator(".search-facet-find").fill("person 27");
  expect(await listed(page)).toEqual([`${person(27)} 1`]);
  expect(problems).toEqual([]);
  await page.close();
});

it("narrows the results to a ticked value, keeps it in the address, and restores it from there", async () => {
  const { page, problems } = await openSearch("filler");
  await facet(page).locator(".search-facet-find").fill(person(27));
  await facet(page).getByLabel(person(27)).check();
  await page.locator(".search-status", { hasText: "with 1 filter" }).waitFor({ timeout: 10_000 });
  expect(await page.locator(".search-status").textContent()).toBe("1 story for “filler” with 1 filter.");
  expect(await storyLinks(page)).toEqual(["/stories/filler-27/"]);
  const address = new URL(page.url());
  expect(address.searchParams.get("q")).toBe("filler");
  expect(address.searchParams.getAll("entity")).toEqual([person(27)]);

  // The shared address opens the same search: the value ticked, the one story found.
  const { page: again, problems: againProblems } = await openWatchedPage(browser);
  await again.goto(address.href);
  await again.locator(".search-status", { hasText: "with 1 filter" }).waitFor({ timeout: 10_000 });
  expect(await again.locator(".search-result h2 a").count()).toBe(1);
  expect(await facet(again).getByLabel(person(27)).isChecked()).toBe(true);
  // Cleared, the filter lets every filler story back (and the value goes back to its place in the list).
  await facet(again).getByLabel(person(27)).click();
  await again.locator(".search-status", { hasText: `${FILLERS} stories` }).waitFor({ timeout: 10_000 });
  expect(new URL(again.url()).searchParams.getAll("entity")).toEqual([]);
  expect([...problems, ...againProblems]).toEqual([]);
  await page.close();
  await again.close();
});

it("folds the filters above the results on a phone, saying how many are on", async () => {
  const { page, problems } = await openWatchedPage(browser, 390);
  await page.goto(`${server.base}search/?q=filler&entity=${encodeURIComponent(person(5))}`);
  await page.locator(".search-status", { hasText: "with 1 filter" }).waitFor({ timeout: 10_000 });
  const filters = page.locator("details.search-facets");
  expect(await filters.getAttribute("open")).toBeNull();
  expect(await filters.locator("summary").textContent()).toBe("Filter the results (1 chosen)");
  // Above the results, where a thumb finds it.
  const top = async (selector: string) => (await page.locator(selector).first().boundingBox())!.y;
  expect(await top("details.search-facets summary")).toBeLessThan(await top(".search-result"));
  await filters.locator("summary").click();
  expect(await facet(page).getByLabel(person(5)).isChecked()).toBe(true);
  expect(problems).toEqual([]);
  await page.close();
});

it("says so when part of the index does not load, instead of searching for ever", async () => {
  const { page } = await openWatchedPage(browser);
  // The index loads; the files of results (fragments) do not.
  await page.route("**/pagefind/**/fragment/**", (route) => route.abort());
  await page.goto(`${server.base}search/`);
  await page.locator("#search-input").fill("filler");
  await page.locator(".search-status", { hasText: "The search failed" }).waitFor({ timeout: 10_000 });
  expect(await page.locator(".search-status").textContent()).toBe(
    "The search failed: part of the index did not load. Reload the page to try again.",
  );
  await page.close();
});

it("keeps the keyboard's place: a value ticked with Space keeps the focus, and More moves it to the first item added", async () => {
  const { page, problems } = await openSearch("filler");
  const focusedLabel = () => page.evaluate(() => document.activeElement?.closest("label")?.textContent?.trim() ?? "");
  await facet(page).getByLabel(person(3)).focus();
  await page.keyboard.press("Space");
  await page.locator(".search-status", { hasText: "with 1 filter" }).waitFor({ timeout: 10_000 });
  // The list was made anew, the ticked value first: the focus went with it.
  expect(await focusedLabel()).toBe(`${person(3)} 1`);
  expect(await facet(page).getByLabel(person(3)).isChecked()).toBe(true);
  await page.keyboard.press("Space");
  await page.locator(".search-status", { hasText: `${FILLERS} stories for “filler”.` }).waitFor({ timeout: 10_000 });
  expect(await focusedLabel()).toBe(`${person(3)} 1`);

  await facet(page).locator(".search-facet-more").focus();
  await page.keyboard.press("Enter");
  expect(await focusedLabel()).toBe(`${person(8)} 1`);

  await page.locator(".search-more").click();
  await page.locator(".search-result").nth(19).waitFor({ timeout: 10_000 });
  const focusedLink = await page.evaluate(() => document.activeElement?.getAttribute("href"));
  const links = await storyLinks(page);
  expect(links).toHaveLength(20);
  expect(focusedLink).toBe(links[10]);
  expect(problems).toEqual([]);
  await page.close();
});

it("shows a story's matching articles with their excerpts, and the story's own excerpt only when it lists none", async () => {
  // The summit story: two articles with pages of their own, both naming Kishida.
  const { page, problems } = await openSearch("Kishida");
  const summit = page.locator(".search-result", { has: page.locator('h2 a[href="/stories/us-japan-summit/"]') });
  expect(await summit.locator(":scope > .search-excerpt").count()).toBe(0);
  expect(await summit.locator(".search-articles li").count()).toBe(2);
  expect(await summit.locator(".search-articles li .search-excerpt mark").count()).toBeGreaterThan(1);
  // A filler story's only source has no page of its own: the story's excerpt stands for it.
  await search(page, "filler");
  const first = page.locator(".search-result").first();
  expect(await first.locator(":scope > .search-excerpt mark").count()).toBeGreaterThan(0);
  expect(await first.locator(".search-articles").count()).toBe(0);
  expect(problems).toEqual([]);
  await page.close();
});

it("says when the index is missing and offers the other ways in, under the site's prefix", async () => {
  const bare = mkdtempSync(join(tmpdir(), "digest-no-index-"));
  await renderSite(buildFixtureSite(), { outDir: bare, pathPrefix: "/repo/" });
  // A site published without its search index (copied by hand, a folder filtered out).
  rmSync(join(bare, "pagefind"), { recursive: true, force: true });
  const noIndex = await serveStatic(bare, "/repo/");
  try {
    const { page, problems } = await openWatchedPage(browser);
    await page.goto(`${noIndex.base}search/`);
    await page.locator(".search-status", { hasText: "missing" }).waitFor({ timeout: 10_000 });
    expect(await page.locator(".search-status").textContent()).toBe(
      "The search index is missing. Browse by topic, people and places or the archive instead.",
    );
    expect(
      await page.locator(".search-status a").evaluateAll((links) => links.map((a) => a.getAttribute("href"))),
    ).toEqual(["/repo/topics/", "/repo/entities/", "/repo/archive/"]);
    expect(await page.locator("#search-input").isHidden()).toBe(true);
    // The one failed request is the missing list of shards (and the console's line about it).
    expect(problems).toEqual([
      expect.stringMatching(/^404 .*\/repo\/pagefind\/shards\.json$/),
      expect.stringMatching(/^Failed to load resource: .*404/),
    ]);
    await page.close();
  } finally {
    await noIndex.close();
    for (const path of [bare, manifestPath(bare, DEFAULT_CACHE_DIR)]) rmSync(path, { recursive: true, force: true });
  }
});
