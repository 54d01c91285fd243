import type { EleventyAfterEvent, EleventyConfig } from "./eleventy-config.js";
import { PAGE_KINDS, type PageKindName } from "./page-kinds.js";
import type { PageFailures } from "./page-failures.js";
import { pageTemplate, type RenderPlan } from "./page-template.js";
import type { PageContext } from "./pages/page-context.js";
import { writeSiteMarker } from "./output-folder.js";
import { runPagefind, type SearchIndexResult } from "./run-pagefind.js";
import { searchDocuments } from "./search-documents.js";
import { debug } from "../diagnostics/debug.js";
import type { SiteData } from "../types.js";

export interface SitePluginOptions {
  /** What to render: a plan made by renderSite, or how to make one (the dev server runs the pipeline itself). */
  plan: RenderPlan | (() => Promise<RenderPlan>);
}

/** Wires the site stage into Eleventy: one virtual template per page kind, the render plan as global data, the search index. */
export function sitePlugin(config: EleventyConfig, options: SitePluginOptions): void {
  // The registry is the list of templates: a kind added there is rendered, with no file to add.
  for (const name of Object.keys(PAGE_KINDS) as PageKindName[]) config.addTemplate(`${name}.11ty.js`, pageTemplate(name));
  let loaded: Promise<RenderPlan> | undefined;
  // A watch rebuild must see new content: forget the previous build's plan.
  config.on("eleventy.before", () => {
    if (typeof options.plan === "function") loaded = undefined;
  });
  config.addGlobalData("siteRender", () => (loaded ??= Promise.resolve(typeof options.plan === "function" ? options.plan() : options.plan)));
  // Pages come from the digest's data, not from collections: skipping collections keeps
  // Eleventy's per-page bookkeeping small for sites with tens of thousands of pages.
  config.addGlobalData("eleventyExcludeFromCollections", true);

  config.on("eleventy.after", async (event: EleventyAfterEvent) => {
    if (event.outputMode !== "fs") return;
    const plan = await loaded;
    if (!plan) return;
    // renderSite started the index before rendering; the dev server indexes its output in place.
    await (plan.searchIndex ?? indexSearch(plan.ctx, plan.site, plan.version, event.directories.output, plan.previousDir, plan.failures));
    // The dev server's output is a site too: `digest build` may replace it.
    if (!plan.searchIndex) writeSiteMarker(event.directories.output);
  });
}

/**
 * Indexes the site's search documents into `outDir/pagefind/`, reusing unchanged shards of
 * `previousDir` (default: outDir). Documents that fail to render go to `failures` (see searchDocuments).
 */
export async function indexSearch(ctx: PageContext, site: SiteData, version: string, outDir: string, previousDir?: string, failures?: PageFailures): Promise<SearchIndexResult> {
  const started = performance.now();
  const result = await runPagefind(outDir, { documents: searchDocuments(ctx, site, failures), version, ...(previousDir ? { previousDir } : {}) });
  debug(() => `pagefind indexed ${result.documentsIndexed} of ${result.documents} documents in ${((performance.now() - started) / 1000).toFixed(2)} s`);
  return result;
}
