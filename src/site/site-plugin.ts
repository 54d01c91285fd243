import type { SiteData } from "../types.js";
import type { EleventyAfterEvent, EleventyConfig } from "./eleventy-config.js";
import { runPagefind } from "./run-pagefind.js";
import { siteFilters } from "./site-filters.js";
import { buildSitePages, type SitePages } from "./site-pages.js";

export interface SitePluginOptions {
  /** The digest's site data, or how to compute it (the dev server runs the pipeline itself). */
  digest: SiteData | (() => Promise<SiteData>);
  /** The site's origin (`https://user.github.io`), for feeds, sitemap and Open Graph; else links stay site-relative. */
  siteUrl?: string;
  /** Shown in the header, titles and feeds. Default "News Digest". */
  siteTitle?: string;
  /** Index the output with Pagefind after each build. Default true. */
  search?: boolean;
}

/** Wires the site stage into Eleventy: data, filters, template engine settings, search index. */
export function sitePlugin(config: EleventyConfig, options: SitePluginOptions): void {
  let loaded: Promise<{ site: SiteData; pages: SitePages }> | undefined;
  const load = () =>
    (loaded ??= Promise.resolve(typeof options.digest === "function" ? options.digest() : options.digest).then((site) => ({
      site,
      pages: buildSitePages(site),
    })));
  // A watch rebuild must see new content: forget the previous build's data.
  config.on("eleventy.before", () => {
    if (typeof options.digest === "function") loaded = undefined;
  });

  config.addGlobalData("digest", async () => (await load()).site);
  config.addGlobalData("sitePages", async () => (await load()).pages);
  config.addGlobalData("siteMeta", {
    title: options.siteTitle ?? "News Digest",
    description: "Stories grouped from many outlets, by topic, person, country and organization.",
    url: options.siteUrl ?? "",
  });
  // Pages come from the digest's data, not from collections: skipping collections keeps
  // Eleventy's per-page bookkeeping small for sites with tens of thousands of pages.
  config.addGlobalData("eleventyExcludeFromCollections", true);

  // Autoescape is what keeps article text inert; it is Nunjucks' default, stated to keep it so.
  config.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true });
  for (const [name, filter] of Object.entries(siteFilters)) config.addFilter(name, filter);

  if (options.search !== false) {
    config.on("eleventy.after", async (event: EleventyAfterEvent) => {
      if (event.outputMode === "fs") await runPagefind(event.directories.output);
    });
  }
}
