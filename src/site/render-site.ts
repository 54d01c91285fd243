import { readdir } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { SiteData } from "../types.js";

export interface RenderOptions {
  /** Where the site is written. */
  outDir: string;
  /** Serve the site under this path, e.g. `/repo/` for GitHub Pages project sites. Default `/`. */
  pathPrefix?: string;
  /** The site's origin (`https://user.github.io`) for absolute URLs in feeds, sitemap and Open Graph. Default: `$DIGEST_SITE_URL`, else site-relative URLs. */
  siteUrl?: string;
  /** Silence Eleventy's per-file log. Default false. */
  quiet?: boolean;
}

export interface RenderResult {
  /** HTML pages written. */
  pages: number;
  /** All files in the output, search index included. */
  files: number;
}

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

async function countFiles(dir: string): Promise<{ files: number; pages: number }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile());
  return { files: files.length, pages: files.filter((entry) => entry.name.endsWith(".html")).length };
}

/**
 * Renders SiteData into outDir with Eleventy (programmatic API, configuration `.eleventy.ts`),
 * then indexes it with Pagefind (the site plugin's `eleventy.after` step).
 */
export async function renderSite(site: SiteData, options: RenderOptions): Promise<RenderResult> {
  // Eleventy imports `.eleventy.ts` with Node's own loader: make sure tsx handles TypeScript
  // (the `digest` bin registers it already; tests and other callers may not have).
  const { register } = await import("tsx/esm/api");
  register();
  const { default: Eleventy } = await import("@11ty/eleventy");
  const outDir = resolve(options.outDir);
  const cwdRelative = (path: string) => relative(process.cwd(), path) || ".";
  const eleventy = new Eleventy(cwdRelative(join(projectRoot, "templates")), outDir, {
    configPath: cwdRelative(join(projectRoot, ".eleventy.ts")),
    pathPrefix: options.pathPrefix ?? "/",
    quietMode: options.quiet ?? false,
    config(config: { addGlobalData(name: string, data: unknown): void }) {
      config.addGlobalData("digest", site);
      const siteUrl = options.siteUrl ?? process.env.DIGEST_SITE_URL;
      if (siteUrl) config.addGlobalData("siteUrl", siteUrl);
    },
  });
  await eleventy.write();
  return countFiles(outDir);
}
