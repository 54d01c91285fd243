// The built site in a real browser (Debian's chromium through playwright-core): navigation by
// clicks, Pagefind search, axe-core accessibility checks and screenshots for review.
import { DEFAULT_CACHE_DIR } from "../../../src/cache/cache-folder.js";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPipeline } from "../../../src/pipeline/run-pipeline.js";
import { manifestPath, renderSite } from "../../../src/site/render-site.js";
import { launchChromium, openWatchedPage } from "./browser-page.js";
import { serveStatic, type StaticServer } from "./static-server.js";

const PREFIX = "/repo/";
const SAMPLES = join(process.cwd(), "tests", "fixtures", "samples");
const SCREENSHOTS = join(process.cwd(), "screenshots");
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let outDir: string;
let contentDir: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  // The real pipeline over the sample articles (both about Fumio Kishida's visit),
  // with a knowledge file that gives every entity a page (one story; the default asks for two).
  contentDir = mkdtempSync(join(tmpdir(), "digest-browser-content-"));
  for (const name of readdirSync(SAMPLES)) copyFileSync(join(SAMPLES, name), join(contentDir, name));
  writeFileSync(join(contentDir, "knowledge.yml"), "entityPages:\n  minStories: 1\n");
  const { site } = await runPipeline({ contentDir, now: new Date("2024-04-01T00:00:00Z") });
  outDir = mkdtempSync(join(tmpdir(), "digest-browser-"));
  await renderSite(site, { outDir, pathPrefix: PREFIX });
  server = await serveStatic(outDir, PREFIX);
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir)
    for (const path of [outDir, manifestPath(outDir, DEFAULT_CACHE_DIR)])
      rmSync(path, { recursive: true, force: true });
  if (contentDir) rmSync(contentDir, { recursive: true, force: true });
});

const openPage = (width = 1280) => openWatchedPage(browser, width);

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol, so the page's CSP (no inline script) does not block it.
  await page.evaluate(axeSource);
  const results = await page.evaluate(() =>
    (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    }),
  );
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

describe("the built site in a browser", () => {
  it("goes home -> story -> entity -> topic by clicks", async () => {
    const { page, problems } = await openPage();
    await page.goto(server.base);
    await page.locator(".cards h3 a").first().click();
    await expect.poll(() => page.url()).toMatch(/\/repo\/stories\/[^/]+\/$/);
    await page.locator('.story-side .tags:not(.topics) a[href*="/entities/"]').first().click();
    await expect.poll(() => page.url()).toMatch(/\/repo\/entities\/[^/]+\/$/);
    expect(await page.locator("figure.coverage svg").count()).toBe(1);
    await page.locator(".tags.topics a").first().click();
    await expect.poll(() => page.url()).toMatch(/\/repo\/topics\/[^/]+\/$/);
    expect(await page.locator("h1").textContent()).not.toBe("");
    expect(problems).toEqual([]);
    await page.close();
  });

  it('finds the story when searching "Kishida"', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${server.base}search/`);
    await page.locator("#search-input").fill("Kishida");
    const result = page.locator(".search-result h2 a").first();
    await result.waitFor({ timeout: 10_000 });
    expect(await result.getAttribute("href")).toMatch(/^\/repo\/stories\//);
    const hrefs = await page
      .locator(".search-result a")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs.some((href) => href?.startsWith("/repo/stories/"))).toBe(true);
    // A result is a story; its matching articles are sub-results that open the article page.
    const articleLinks = hrefs.filter((href) => href?.startsWith("/repo/articles/"));
    expect(articleLinks.length).toBeGreaterThan(0);
    for (const href of articleLinks) expect((await fetch(new URL(href!, server.base))).status).toBe(200);
    // Filters for topic and entity are offered (outlet too, when articles name their outlet), with
    // the results' values ticked off by name.
    expect(await page.locator(".search-facet:not([hidden]) legend").allTextContents()).toEqual(
      expect.arrayContaining(["Topics", "People, places and organizations"]),
    );
    expect(await page.locator(".search-facet-values label").allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\s*Fumio Kishida \d+$/)]),
    );
    // The results and filters the script builds meet the same bar as the pages.
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, "search-results-1280.png"), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it("parses every feed and sitemap as XML", async () => {
    const { page } = await openPage();
    await page.goto(server.base);
    const data = JSON.parse(readFileSync(join(outDir, "data/topics.json"), "utf8")) as { url: string }[];
    const paths = ["feed.xml", "sitemap.xml", ...data.map((t) => `${t.url.slice(PREFIX.length)}feed.xml`)];
    for (const path of paths) {
      const errors = await page.evaluate(async (url) => {
        const text = await (await fetch(url)).text();
        const doc = new DOMParser().parseFromString(text, "application/xml");
        return doc.getElementsByTagName("parsererror").length;
      }, `${server.base}${path}`);
      expect(errors, path).toBe(0);
    }
    await page.close();
  });

  // A story's index entry, with its parties and topics from its full record in the month shard.
  const firstStory = () => {
    const [entry] = JSON.parse(readFileSync(join(outDir, "data/stories.json"), "utf8")) as {
      id: string;
      shard: string;
    }[];
    const shard = JSON.parse(readFileSync(join(outDir, entry!.shard.slice(PREFIX.length)), "utf8")) as {
      id: string;
      url: string;
      articles: { url: string }[];
      parties: { url: string; kind: string }[];
      topics: { url: string }[];
    }[];
    return shard.find((story) => story.id === entry!.id)!;
  };
  const pageKinds = (): [string, string][] => {
    const story = firstStory();
    return [
      ["home", ""],
      ["story", story.url.slice(PREFIX.length)],
      ["article", story.articles[0]!.url.slice(PREFIX.length)],
      ["entity", story.parties.find((p) => p.kind === "person")!.url.slice(PREFIX.length)],
      ["topic", story.topics[0]!.url.slice(PREFIX.length)],
      ["topics", "topics/"],
      ["entities", "entities/"],
      ["people", "people/"],
      ["archive", "archive/"],
      ["about", "about/"],
      ["search", "search/"],
      ["404", "no-such-page/"],
    ];
  };

  it("has no WCAG 2.2 AA violations (axe-core) on any page kind, fits 320 px, and writes screenshots", async () => {
    const violations: string[] = [];
    // 320 px is the narrowest phone we support: checked for overflow, not photographed.
    for (const width of [320, 390, 1280]) {
      const { page, problems } = await openPage(width);
      for (const [kind, path] of pageKinds()) {
        const before = problems.length;
        await page.goto(`${server.base}${path}`);
        // The 404 page is served with status 404 on purpose.
        if (kind === "404") problems.splice(before);
        if (kind === "search") await page.locator("#search-input").waitFor();
        if (width === 1280) violations.push(...(await axeViolations(page)).map((v) => `${kind}: ${v}`));
        if (width !== 320) await page.screenshot({ path: join(SCREENSHOTS, `${kind}-${width}.png`), fullPage: true });
        // No horizontal scrolling, down to a 320 px phone.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${kind} at ${width}px`).toBeLessThanOrEqual(0);
      }
      expect(problems).toEqual([]);
      await page.close();
    }
    expect(violations).toEqual([]);
  });

  it("passes axe in dark mode too", async () => {
    const context = await browser.newContext({ colorScheme: "dark", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const violations: string[] = [];
    for (const [kind, path] of pageKinds().slice(0, 5)) {
      await page.goto(`${server.base}${path}`);
      violations.push(...(await axeViolations(page)).map((v) => `${kind}: ${v}`));
      if (kind === "story") await page.screenshot({ path: join(SCREENSHOTS, "story-dark-1280.png"), fullPage: true });
    }
    expect(violations).toEqual([]);
    await context.close();
  });
});
