// Eleventy's configuration (`.eleventy.js` at the project's root loads it, compiled or through
// tsx, see bin/load-code.js): wiring only. The site stage lives beside it in src/site/:
// render-site.ts runs Eleventy through its programmatic API with this configuration and passes in
// its render plan as global data `siteRender`: the records of the pages whose inputs changed,
// rendered into the build's staging folder.
import type { EleventyConfig } from "./eleventy-config.js";
import type { RenderPlan } from "./page-template.js";
import { sitePlugin } from "./site-plugin.js";

export default function eleventyConfig(config: EleventyConfig): void {
  // The programmatic API's `config` callback (render-site.ts) runs before this file. Not an
  // `instanceof` test: a test runner may load this file's imports as other module instances.
  const plan = config.globalData.siteRender as RenderPlan | undefined;
  if (!plan?.render)
    throw new Error(
      "news-digest: Eleventy renders the pages `digest build` and `digest serve` choose; run `npm run build` or `npm start`, not `eleventy`.",
    );
  config.addPlugin(sitePlugin, { plan });
}

export const config = {
  templateFormats: ["11ty.js"],
};
