// `npm run bench:search [-- --site DIR] [--latency 0,50,100] [--runs R] [--query WORD]`: what a
// reader of a built site waits for on its search page, in Debian's headless Chromium: from opening
// `/search/` to the index loaded (every shard merged, its filters read), then from typing a word to
// its results shown. Each latency is added to every request by Chromium (DevTools' network
// emulation): on localhost the index loads without round trips, and a reader on GitHub Pages has
// 20-100 ms of them. Each figure is the median of R runs (default 3), in a fresh browser context
// each (nothing cached).
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { launchChromium } from "../tests/site/browser/browser-page.js";
import { serveStatic } from "../tests/site/browser/static-server.js";

const { values } = parseArgs({
  options: {
    site: { type: "string", default: "_site" },
    latency: { type: "string", default: "0,50,100" },
    runs: { type: "string", default: "3" },
    query: { type: "string", default: "election" },
  },
});
const site = resolve(values.site);
if (!existsSync(join(site, "search", "index.html")) || !existsSync(join(site, "pagefind", "shards.json"))) {
  console.error(`${site} has no search page and index: build a site first (npm run build), or pass --site DIR.`);
  process.exit(1);
}
const latencies = values.latency.split(",").map(Number);
const runs = Math.max(1, Number(values.runs));
const { bundles } = JSON.parse(readFileSync(join(site, "pagefind", "shards.json"), "utf8")) as { bundles: string[] };

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
const server = await serveStatic(site, "/");
const browser = await launchChromium();
try {
  console.log(`${site}: ${bundles.length} index shard${bundles.length === 1 ? "" : "s"}, query “${values.query}”`);
  console.log("latency   index loaded   results shown");
  for (const latency of latencies) {
    const loaded: number[] = [];
    const shown: number[] = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const devtools = await context.newCDPSession(page);
      await devtools.send("Network.enable");
      await devtools.send("Network.emulateNetworkConditions", {
        offline: false,
        latency,
        downloadThroughput: 5_000_000,
        uploadThroughput: 2_000_000,
      });
      const opened = performance.now();
      await page.goto(`${server.base}search/`);
      // The status says "Loading the search index…" until every shard is merged.
      await page.waitForFunction(() => document.querySelector(".search-status")?.textContent === "", null, {
        timeout: 120_000,
        polling: 10,
      });
      loaded.push(performance.now() - opened);
      const typed = performance.now();
      await page.locator("#search-input").fill(values.query);
      await page.waitForFunction(
        (query) => (document.querySelector(".search-status")?.textContent ?? "").includes(`“${query}”`),
        values.query,
        { timeout: 120_000, polling: 10 },
      );
      shown.push(performance.now() - typed);
      await context.close();
    }
    const seconds = (list: number[]) => `${(median(list) / 1000).toFixed(2)} s`.padStart(14);
    console.log(`${`${latency} ms`.padEnd(7)} ${seconds(loaded)}  ${seconds(shown)}`);
  }
} finally {
  await browser.close();
  await server.close();
}
