// Eleventy's configuration: wiring only. The site stage lives in src/site/; this file is run
// through tsx (Eleventy 3.1 does not discover `.eleventy.ts` by itself: pass --config).
//   digest build   -> src/site/render-site.ts passes its render plan in (global data `siteRender`)
//   npm start      -> `eleventy --config=.eleventy.ts --serve`: the pipeline runs here on the
//                     content folder ($DIGEST_CONTENT, default content/) on every change
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { EleventyConfig } from "./src/site/eleventy-config.js";
import type { RenderPlan } from "./src/site/page-template.js";
import { previewPlan } from "./src/site/preview-plan.js";
import { sitePlugin } from "./src/site/site-plugin.js";

const root = dirname(fileURLToPath(import.meta.url));
const fromCwd = (path: string) => relative(process.cwd(), resolve(root, path)) || ".";

export default function eleventyConfig(config: EleventyConfig): void {
  // The programmatic API's `config` callback (render-site.ts) runs before this file.
  const given = config.globalData.siteRender as RenderPlan | undefined;
  // The dev server reads and watches the same folder: $DIGEST_CONTENT when set.
  const contentDir = fromCwd(process.env.DIGEST_CONTENT ?? join(root, "content"));
  config.addPlugin(sitePlugin, {
    plan: given ?? previewPlan({ contentDir, pathPrefix: process.env.DIGEST_PATH_PREFIX ?? "/", siteUrl: process.env.DIGEST_SITE_URL ?? "" }),
  });
  // Directories set here would override the programmatic API's input and output, so only the
  // Eleventy CLI (dev server) gets them; render-site.ts passes its own.
  if (!given) {
    config.setInputDirectory(fromCwd("templates"));
    config.setOutputDirectory(process.env.DIGEST_OUT ?? "_site");
    config.addWatchTarget(contentDir);
    // Stop on SIGTERM (process managers, test runners) as on Ctrl-C: Eleventy's SIGINT handlers
    // close the server and the watcher, and the process ends with status 0.
    process.once("SIGTERM", () => {
      process.kill(process.pid, "SIGINT");
      setTimeout(() => process.exit(0), 3000).unref();
    });
  }
  config.addPassthroughCopy({ [fromCwd("templates/assets")]: "assets" });
}

export const config = {
  templateFormats: ["11ty.js"],
};
