import type { EleventyConfig } from "./eleventy-config.js";
import { PAGE_KINDS, type PageKindName } from "./page-kinds.js";
import { pageTemplate, type RenderPlan } from "./page-template.js";

export interface SitePluginOptions {
  /** What to render, made by render-site.ts. */
  plan: RenderPlan;
}

/** Wires the site stage into Eleventy: one virtual template per page kind, the render plan as global data. */
export function sitePlugin(config: EleventyConfig, options: SitePluginOptions): void {
  // The registry is the list of templates: a kind added there is rendered, with no file to add.
  for (const name of Object.keys(PAGE_KINDS) as PageKindName[])
    config.addTemplate(`${name}.11ty.js`, pageTemplate(name));
  config.addGlobalData("siteRender", options.plan);
  // Pages come from the digest's data, not from collections: skipping collections keeps
  // Eleventy's per-page bookkeeping small for sites with tens of thousands of pages.
  config.addGlobalData("eleventyExcludeFromCollections", true);
}
