// Issue 15, item 1: Pagefind's UI inserted filter values as markup. Outlet and entity names come
// from front matter and the knowledge file, headlines and excerpts from articles; on the search
// page they must stay text, so that an outlet named `<meta http-equiv="refresh" …>` does not send
// everyone who searches elsewhere.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { runPipeline } from "../../../src/pipeline/run-pipeline.js";
import { renderSite } from "../../../src/site/render-site.js";
import { launchChromium, openWatchedPage } from "./browser-page.js";
import { serveStatic, type StaticServer } from "./static-server.js";

const REFRESH = `<meta http-equiv="refresh" content="0;url=https://evil.example/">`;
const IMAGE = `<img src="x" onerror="document.title='pwned'">`;
const BOLD = `<b onmouseover="alert(1)">Bold Corp</b>`;
// A character reference written in front matter is text, shown as written.
const LITERAL_ENTITY = "AT&amp;T Wire";

let root: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "digest-filter-names-"));
  const content = join(root, "content");
  mkdirSync(content);
  const article = (outlet: string, entity: string, title: string) =>
    `---\ntitle: ${JSON.stringify(title)}\ndate: 2024-03-11\noutlet: ${JSON.stringify(outlet)}\nentities: [${JSON.stringify(entity)}]\n---\nThe harbour authority reopened the zanzibar ferry route on Monday after repairs to the pier.\n`;
  writeFileSync(join(content, "one.md"), article(REFRESH, IMAGE, "Zanzibar ferry route reopens"));
  writeFileSync(join(content, "two.md"), article(BOLD, LITERAL_ENTITY, `Zanzibar ferry pier ${IMAGE} repaired`));
  const { site } = await runPipeline({ contentDir: content, now: new Date("2024-04-01T00:00:00Z"), cache: false });
  const outDir = join(root, "site");
  await renderSite(site, { outDir });
  server = await serveStatic(outDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

it("shows outlet and entity names in the search filters, and headlines in the results, as text, not as markup", async () => {
  const { page, problems } = await openWatchedPage(browser);
  const searchUrl = `${server.base}search/`;
  // Were the refresh to run, it must not leave the machine.
  await page.route("https://evil.example/**", (route) => route.abort());
  await page.goto(searchUrl);
  await page.locator("#search-input").fill("zanzibar");
  await page.locator(".search-status", { hasText: "“zanzibar”" }).waitFor({ timeout: 10_000 });
  const labels = await page.locator(".search-facet-values label").allTextContents();
  expect(labels).toEqual(
    expect.arrayContaining([REFRESH, IMAGE, BOLD, LITERAL_ENTITY].map((name) => expect.stringContaining(name))),
  );
  expect(await page.locator(".search-result h2").allTextContents()).toEqual(
    expect.arrayContaining([`Zanzibar ferry pier ${IMAGE} repaired`]),
  );
  const search = page.locator("#search");
  expect(await search.locator("meta, img, b").count()).toBe(0);
  expect(await page.locator("meta[http-equiv=refresh i]").count()).toBe(0);
  expect(await page.title()).not.toBe("pwned");
  // A refresh of 0 seconds would have happened by now; give it a moment all the same.
  await page.waitForTimeout(500);
  // Still here: the search page keeps its search in the address, nothing more.
  expect(page.url()).toBe(`${searchUrl}?q=zanzibar`);
  expect(problems).toEqual([]);
});
