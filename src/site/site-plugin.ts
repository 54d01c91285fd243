import type { EleventyAfterEvent, EleventyConfig } from "./eleventy-config.js";
import type { RenderPlan } from "./page-template.js";
import { runPagefind, type SearchIndexResult } from "./run-pagefind.js";
import { searchDocuments } from "./search-documents.js";

export interface SitePluginOptions {
  /** What to render: a plan made by renderSite, or how to make one (the dev server runs the pipeline itself). */
  plan: RenderPlan | (() => Promise<RenderPlan>);
  /** Index the site with Pagefind on each build. Default true. */
  search?: boolean;
}

/** Wires the site stage into Eleventy: the render plan as global data, the search index. */
export function sitePlugin(config: EleventyConfig, options: SitePluginOptions): void {
  let loaded: Promise<RenderPlan> | undefined;
  let indexing: Promise<SearchIndexResult> | undefined;
  config.on("eleventy.before", (event: EleventyAfterEvent) => {
    // A watch rebuild must see new content: forget the previous build's plan.
    if (typeof options.plan === "function") loaded = undefined;
    // A plan known up front (digest build): the search index is made from the site's data, not
    // from the pages, so Pagefind (a process of its own) indexes while Eleventy renders.
    // Not returned: Eleventy would wait for it before rendering.
    else if (options.search !== false && event.outputMode === "fs") {
      indexing = indexSearch(options.plan, event.directories.output);
      // Handled in eleventy.after; until then a failure must not count as unhandled.
      indexing.catch(() => undefined);
    }
  });
  config.addGlobalData("siteRender", () => (loaded ??= Promise.resolve(typeof options.plan === "function" ? options.plan() : options.plan)));
  // Pages come from the digest's data, not from collections: skipping collections keeps
  // Eleventy's per-page bookkeeping small for sites with tens of thousands of pages.
  config.addGlobalData("eleventyExcludeFromCollections", true);

  if (options.search !== false) {
    config.on("eleventy.after", async (event: EleventyAfterEvent) => {
      if (event.outputMode !== "fs") return;
      const pending = indexing;
      indexing = undefined;
      const plan = await loaded;
      if (pending) await pending;
      else if (plan) await indexSearch(plan, event.directories.output);
    });
  }
}

async function indexSearch(plan: RenderPlan, outDir: string): Promise<SearchIndexResult> {
  const started = performance.now();
  const result = await runPagefind(outDir, { documents: searchDocuments(plan.ctx, plan.site), version: plan.version, ...(plan.previousDir ? { previousDir: plan.previousDir } : {}) });
  if (process.env.DEBUG) process.stderr.write(`[digest] pagefind indexed ${result.documentsIndexed} of ${result.documents} documents in ${((performance.now() - started) / 1000).toFixed(2)} s\n`);
  return result;
}
