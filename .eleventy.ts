// Eleventy's configuration: wiring only. The site stage lives in src/site/; this file is run
// through tsx (Eleventy 3.1 does not discover `.eleventy.ts` by itself: pass --config).
//   digest build   -> src/site/render-site.ts passes the digest's SiteData in (global data `digest`)
//   npm start      -> `eleventy --config=.eleventy.ts --serve`: the pipeline runs here on content/
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { EleventyConfig } from "./src/site/eleventy-config.js";
import { sitePlugin } from "./src/site/site-plugin.js";
import type { SiteData } from "./src/types.js";

const root = dirname(fileURLToPath(import.meta.url));
const fromCwd = (path: string) => relative(process.cwd(), join(root, path)) || ".";

async function digestFromContent(): Promise<SiteData> {
  const { runPipeline } = await import("./src/pipeline/run-pipeline.js");
  const contentDir = process.env.DIGEST_CONTENT ?? join(root, "content");
  return (await runPipeline({ contentDir, now: new Date() })).site;
}

export default function eleventyConfig(config: EleventyConfig): void {
  // The programmatic API's `config` callback (render-site.ts) runs before this file.
  const given = config.globalData;
  config.addPlugin(sitePlugin, {
    digest: (given.digest as SiteData | undefined) ?? digestFromContent,
    siteUrl: (given.siteUrl as string | undefined) ?? process.env.DIGEST_SITE_URL,
  });
  // Directories set here would override the programmatic API's input and output, so only the
  // Eleventy CLI (dev server) gets them; render-site.ts passes its own.
  if (!given.digest) {
    config.setInputDirectory(fromCwd("templates"));
    config.setOutputDirectory(process.env.DIGEST_OUT ?? "_site");
  }
  config.addPassthroughCopy({ [fromCwd("templates/assets")]: "assets" });
  config.addWatchTarget(fromCwd("content"));
}

export const config = {
  templateFormats: ["njk"],
  htmlTemplateEngine: "njk",
};
