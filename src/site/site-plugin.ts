import type { EleventyAfterEvent, EleventyConfig } from "./eleventy-config.js";
import type { RenderPlan } from "./page-template.js";
import { runPagefind } from "./run-pagefind.js";

export interface SitePluginOptions {
  /** What to render: a plan made by renderSite, or how to make one (the dev server runs the pipeline itself). */
  plan: RenderPlan | (() => Promise<RenderPlan>);
  /** Index the output with Pagefind after each build. Default true. */
  search?: boolean;
}

/** Wires the site stage into Eleventy: the render plan as global data, the search index. */
export function sitePlugin(config: EleventyConfig, options: SitePluginOptions): void {
  let loaded: Promise<RenderPlan> | undefined;
  // A watch rebuild must see new content: forget the previous build's plan.
  config.on("eleventy.before", () => {
    if (typeof options.plan === "function") loaded = undefined;
  });
  config.addGlobalData("siteRender", () => (loaded ??= Promise.resolve(typeof options.plan === "function" ? options.plan() : options.plan)));
  // Pages come from the digest's data, not from collections: skipping collections keeps
  // Eleventy's per-page bookkeeping small for sites with tens of thousands of pages.
  config.addGlobalData("eleventyExcludeFromCollections", true);

  if (options.search !== false) {
    config.on("eleventy.after", async (event: EleventyAfterEvent) => {
      if (event.outputMode !== "fs") return;
      const started = performance.now();
      const previousDir = (await loaded)?.previousDir;
      const result = await runPagefind(event.directories.output, previousDir ? { previousDir } : {});
      if (process.env.DEBUG) process.stderr.write(`[digest] pagefind indexed ${result.pagesIndexed} of ${result.pages} pages in ${((performance.now() - started) / 1000).toFixed(2)} s\n`);
    });
  }
}
