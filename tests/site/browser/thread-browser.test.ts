// A thread in a real browser: a subject followed over six weeks (generated follow-ups of a bank's
// data breach, beside unrelated events, through the real pipeline) walked story -> thread ->
// story by clicks.
import { DEFAULT_CACHE_DIR } from "../../../src/cache/cache-folder.js";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPipeline } from "../../../src/pipeline/run-pipeline.js";
import { manifestPath, renderSite } from "../../../src/site/render-site.js";
import { breachChain, unrelatedStories } from "../../thread/chain-fixtures.js";
import { launchChromium, openWatchedPage } from "./browser-page.js";
import { serveStatic, type StaticServer } from "./static-server.js";

const PREFIX = "/repo/";
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

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

let outDir: string;
let contentDir: string;
let server: StaticServer;
let browser: Browser;
let threadCount = 0;

beforeAll(async () => {
  contentDir = mkdtempSync(join(tmpdir(), "digest-thread-content-"));
  for (const article of [...breachChain(), ...unrelatedStories()]) {
    const front = `---\ntitle: ${JSON.stringify(article.title)}\ndate: ${article.published.date}\noutlet: ${JSON.stringify(article.outlet)}\n---\n`;
    writeFileSync(join(contentDir, `${article.id}.md`), `${front}${article.body}\n`);
  }
  const { site } = await runPipeline({ contentDir, now: new Date("2024-05-01T00:00:00Z"), cache: false, workers: 0 });
  threadCount = site.threads.length;
  outDir = mkdtempSync(join(tmpdir(), "digest-thread-site-"));
  await renderSite(site, { outDir, pathPrefix: PREFIX });
  server = await serveStatic(outDir, PREFIX);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir)
    for (const path of [outDir, manifestPath(outDir, DEFAULT_CACHE_DIR)])
      rmSync(path, { recursive: true, force: true });
  if (contentDir) rmSync(contentDir, { recursive: true, force: true });
});

describe("a thread in the browser", () => {
  it("goes story -> thread -> the next story by clicks", async () => {
    expect(threadCount).toBe(1);
    const { page, problems } = await openWatchedPage(browser);
    // The newest story of the subject, as data/threads.json lists it; its "Part of" line leads to the thread.
    const [thread] = JSON.parse(readFileSync(join(outDir, "data", "threads.json"), "utf8")) as { stories: string[] }[];
    await page.goto(`${server.base}stories/${thread!.stories.at(-1)}/`);
    const partOf = page.locator(".thread-nav a").first();
    expect(await page.locator(".thread-nav").textContent()).toMatch(/Part of: .+\(\d+ stories\)/);
    const violations = (await axeViolations(page)).map((v) => `story: ${v}`);
    await partOf.click();
    await expect.poll(() => page.url()).toMatch(/\/repo\/threads\/[^/]+\/$/);
    violations.push(...(await axeViolations(page)).map((v) => `thread: ${v}`));
    expect(violations).toEqual([]);
    const entries = page.locator(".thread-timeline li");
    expect(await entries.count()).toBeGreaterThanOrEqual(4);
    // Each entry: a date, a headline link and one line.
    for (let i = 0; i < (await entries.count()); i++) {
      expect(await entries.nth(i).locator("time").count()).toBe(1);
      expect(await entries.nth(i).locator("a").count()).toBe(1);
    }
    await entries.first().locator("a").click();
    await expect.poll(() => page.url()).toMatch(/\/repo\/stories\/[^/]+\/$/);
    expect(await page.locator(".thread-nav a[rel=prev]").count()).toBe(0);
    await page.locator(".thread-nav a[rel=next]").click();
    await expect.poll(() => page.url()).toMatch(/\/repo\/stories\/[^/]+\/$/);
    expect(await page.locator(".thread-nav a[rel=prev]").count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });
});
