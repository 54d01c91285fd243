// Eleventy's configuration (`.eleventy.js` at the project's root loads it, compiled or through
// tsx, see bin/load-code.js): wiring only. The site stage lives beside it in src/site/.
//   digest build   -> src/site/render-site.ts passes its render plan in (global data `siteRender`)
//   npm start      -> `eleventy --config=.eleventy.js --serve`: the pipeline runs here on the
//                     content folder ($DIGEST_CONTENT, default content/) on every change
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { EleventyConfig } from "./eleventy-config.js";
import type { RenderPlan } from "./page-template.js";
import { previewPlan } from "./preview-plan.js";
import { sitePlugin } from "./site-plugin.js";

// The project's root, from src/site/ or dist/site/ alike.
const root = fileURLToPath(new URL("../..", import.meta.url));
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
